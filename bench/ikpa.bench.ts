// IKPA throughput: sakip's ikpa() (reading and checking the input once, exact arithmetic, aspects,
// predikat and the trace) over many satker, against its core ikpaInti on values already read (what
// hitungLaporan calls), a plain-number loop and a naive decimal.js loop doing only the weighted sum. The
// rule is given by id, as a caller would.
import DecimalJs from 'decimal.js';
import { bacaNilaiIkpa, ikpaInti } from '../src/ikpa/ikpa.js';
import { ATURAN_IKPA, ikpa, nilaiKinerjaAnggaran } from '../src/index.js';
import { bandingkan, rasio } from './alat.js';

export default async function (): Promise<void> {
  const N = 10_000;
  const aturan = ATURAN_IKPA.PER_5_PB_2022;
  const ids = aturan.indikator.map((i) => i.id);
  const bobot = aturan.indikator.map((i) => Number(i.bobot.toString()));
  // Report-shaped values with 2 decimals; every 7th satker has no contracts (not applicable).
  const satker = Array.from({ length: N }, (_, s) =>
    Object.fromEntries(
      ids.map((id, k) => [
        id,
        id === 'belanjaKontraktual' && s % 7 === 0 ? null : ((s * 7919 + k * 104_729) % 10_001) / 100,
      ]),
    ),
  );

  const opsiIkpa = { aturan: 'PER_5_PB_2022' };
  const terbaca = satker.map((n) => bacaNilaiIkpa(n, aturan));
  const hasil = await bandingkan('ikpa (PER_5_PB_2022, 8 indikator)', N, [
    { nama: 'sakip ikpa', jalankan: () => satker.map((n) => ikpa(n, opsiIkpa)) },
    { nama: 'sakip ikpaInti (nilai sudah dibaca)', jalankan: () => terbaca.map((n) => ikpaInti(n, aturan)) },
    {
      nama: 'number (loop berbobot)',
      jalankan: () =>
        satker.map((n) => {
          let total = 0;
          let w = 0;
          for (let k = 0; k < ids.length; k++) {
            const v = n[ids[k] as string];
            if (v === null || v === undefined) continue;
            total += (v * (bobot[k] as number)) / 100;
            w += bobot[k] as number;
          }
          return total / (w / 100);
        }),
    },
    {
      nama: 'decimal.js naif (loop berbobot)',
      jalankan: () =>
        satker.map((n) => {
          let total = new DecimalJs(0);
          let w = new DecimalJs(0);
          for (let k = 0; k < ids.length; k++) {
            const v = n[ids[k] as string];
            if (v === null || v === undefined) continue;
            total = total.plus(new DecimalJs(v).times(bobot[k] as number).div(100));
            w = w.plus(bobot[k] as number);
          }
          return total.div(w.div(100));
        }),
    },
  ]);
  rasio('sakip ikpa terhadap intinya (biaya batas: membaca dan memeriksa masukan)', hasil[0], hasil[1]);
  rasio('sakip terhadap number', hasil[0], hasil[2]);
  rasio('sakip terhadap decimal.js naif', hasil[0], hasil[3]);

  const pasangan = satker.map((n) => ({ smart: n.capaianOutput ?? 0, ikpa: n.penyerapanAnggaran ?? 0 }));
  const nka = await bandingkan('nilaiKinerjaAnggaran (TA 2023)', N, [
    {
      nama: 'sakip nilaiKinerjaAnggaran',
      jalankan: () => pasangan.map((p) => nilaiKinerjaAnggaran(p, { tahun: 2023 })),
    },
    { nama: 'number', jalankan: () => pasangan.map((p) => p.smart * 0.5 + p.ikpa * 0.5) },
    {
      nama: 'decimal.js naif',
      jalankan: () =>
        pasangan.map((p) => new DecimalJs(p.smart).times(0.5).plus(new DecimalJs(p.ikpa).times(0.5))),
    },
  ]);
  rasio('sakip terhadap number', nka[0], nka[1]);
  rasio('sakip terhadap decimal.js naif', nka[0], nka[2]);
}
