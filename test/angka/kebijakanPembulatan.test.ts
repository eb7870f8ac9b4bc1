import { describe, expect, it } from 'vitest';
import {
  AturanPembulatan,
  BESARAN,
  buatKebijakanPembulatan,
  type Decimal,
  KEBIJAKAN_PEMBULATAN,
  type KebijakanPembulatan,
  keDecimal,
  pembulatan,
} from '../../src/angka/index.js';
import { pilihKebijakan } from '../../src/angka/kebijakanPembulatan.js';
import type { SakipError } from '../../src/galat/index.js';
import { kodeGalat } from '../alat/galat.js';

/** Capaian = realisasi / target × 100 through a policy, the way a report computes it step by step. */
function capaianMenurut(target: string, realisasi: string, k: KebijakanPembulatan) {
  const r = pembulatan(realisasi, 'realisasi', k).lanjut;
  return pembulatan(r.div(keDecimal(target)).times(100), 'capaian', k);
}

function rataRataMenurut(nilai: (string | Decimal)[], k: KebijakanPembulatan) {
  const jumlah = nilai.map((n) => keDecimal(n)).reduce((a, b) => a.plus(b));
  return pembulatan(jumlah.div(nilai.length), 'rataRata', k);
}

describe('preset kebijakan pembulatan mereproduksi laporan contoh (LKIP 2024 Dinsos Barito Kuala)', () => {
  const iku = [
    ['69,02', '92,71', '134,32'],
    ['1,31', '0,73', '55,72'],
    ['71,86', '71,91', '100,06'],
  ] as const;

  it('POTONG: setiap capaian tercetak dan rata-rata 96,7 dari capaian terpotong', () => {
    const k = KEBIJAKAN_PEMBULATAN.POTONG;
    const capaian = iku.map(([t, r]) => capaianMenurut(t, r, k));
    expect(capaian.map((c) => c.tampil.toFixed(2))).toEqual(iku.map(([, , c]) => keDecimal(c).toFixed(2)));
    const rata = rataRataMenurut(
      capaian.map((c) => c.lanjut),
      k,
    );
    expect(rata.tampil.toString()).toBe('96.7');
    // Means of targets and realisasi, truncated: 47,39 and 55,11 as printed.
    expect(
      rataRataMenurut(
        iku.map(([t]) => t),
        k,
      ).tampil.toString(),
    ).toBe('47.39');
    expect(
      rataRataMenurut(
        iku.map(([, r]) => r),
        k,
      ).tampil.toString(),
    ).toBe('55.11');
  });

  it('SETENGAH_ATAS memberi 55,73 dan 100,07, dan rata-rata dari nilai tepat 96,71', () => {
    const k = KEBIJAKAN_PEMBULATAN.SETENGAH_ATAS;
    const capaian = iku.map(([t, r]) => capaianMenurut(t, r, k));
    expect(capaian.map((c) => c.tampil.toFixed(2))).toEqual(['134.32', '55.73', '100.07']);
    const rata = rataRataMenurut(
      capaian.map((c) => c.lanjut),
      k,
    );
    expect(rata.tampil.toString()).toBe('96.71');
  });

  it('BERTAHAP: 28/1784×100 = 1,57, lalu 1,57/2,5×100 = 62,80 (dari nilai tepat 62,78)', () => {
    const k = KEBIJAKAN_PEMBULATAN.BERTAHAP;
    const realisasi = pembulatan(keDecimal(28).div(1784).times(100), 'realisasi', k);
    expect(realisasi.tampil.toString()).toBe('1.57');
    const capaian = pembulatan(realisasi.lanjut.div(keDecimal('2,5')).times(100), 'capaian', k);
    expect(capaian.tampil.toFixed(2)).toBe('62.80');
    const tepat = pembulatan(realisasi.tepat.div(keDecimal('2,5')).times(100), 'capaian', k);
    expect(tepat.tampil.toFixed(2)).toBe('62.78');
  });

  it('TEPAT tidak membulatkan apa pun', () => {
    for (const b of BESARAN) {
      const h = pembulatan('55,72519083969465648854961832061068702290', b, KEBIJAKAN_PEMBULATAN.TEPAT);
      expect(h.tampil.equals(h.tepat) && h.lanjut.equals(h.tepat)).toBe(true);
      expect(h.aturan).toBeUndefined();
    }
  });

  it('setiap preset bersumber dan berstatus, id-nya sama dengan kuncinya', () => {
    for (const [kunci, k] of Object.entries(KEBIJAKAN_PEMBULATAN)) {
      expect(k.id).toBe(kunci);
      expect(k.jenis).toBe('kebijakan-pembulatan');
      expect(k.sumber.length).toBeGreaterThan(0);
      expect(['terverifikasi', 'sesuai-praktik', 'belum-terverifikasi']).toContain(k.status);
    }
    expect(Object.keys(KEBIJAKAN_PEMBULATAN)).toEqual(['TEPAT', 'SETENGAH_ATAS', 'POTONG', 'BERTAHAP']);
  });

  it('KEBIJAKAN_PEMBULATAN beku sampai ke dalam, termasuk besaran.capaian', () => {
    const tumpuk: unknown[] = [KEBIJAKAN_PEMBULATAN];
    let dilihat = 0;
    while (tumpuk.length > 0) {
      const x = tumpuk.pop();
      if (typeof x !== 'object' || x === null) continue;
      expect(Object.isFrozen(x)).toBe(true);
      dilihat++;
      tumpuk.push(...Object.values(x));
    }
    expect(dilihat).toBeGreaterThan(20);
    expect(Object.isFrozen(KEBIJAKAN_PEMBULATAN.POTONG.besaran.capaian)).toBe(true);
    expect(() => {
      (KEBIJAKAN_PEMBULATAN.POTONG.besaran.capaian as { desimal: number }).desimal = 5;
    }).toThrow(TypeError);
    expect(KEBIJAKAN_PEMBULATAN.POTONG.besaran.capaian?.desimal).toBe(2);
  });

  it('hasil pembulatan tidak berbagi objek dengan preset', () => {
    const h = pembulatan('55,72519083', 'capaian', 'POTONG');
    expect(h.aturan).toEqual(KEBIJAKAN_PEMBULATAN.POTONG.besaran.capaian);
    expect(h.aturan).not.toBe(KEBIJAKAN_PEMBULATAN.POTONG.besaran.capaian);
  });
});

const DEFINISI = {
  id: 'CAPAIAN_BULAT',
  nama: 'Capaian bulat',
  catatan: 'Capaian dicetak tanpa desimal (103%)',
  sumber: 'kebiasaan unit kami',
  status: 'sesuai-praktik',
  besaran: { capaian: { desimal: 0, dipakaiLanjut: true } },
} as const;

describe('buatKebijakanPembulatan', () => {
  it('mengisi bawaan aturan pembulatan dan membekukan hasilnya sampai ke dalam', () => {
    const k = buatKebijakanPembulatan(DEFINISI);
    expect(k.besaran.capaian).toEqual({ desimal: 0, mode: 'setengah-atas', dipakaiLanjut: true });
    expect(k.jenis).toBe('kebijakan-pembulatan');
    expect(Object.isFrozen(k) && Object.isFrozen(k.besaran) && Object.isFrozen(k.besaran.capaian)).toBe(true);
    expect(pembulatan('102,5', 'capaian', k).tampil.toString()).toBe('103');
  });

  it('menyebut setiap field yang salah dengan jalurnya', () => {
    try {
      buatKebijakanPembulatan({
        nama: 'x',
        keterangan: '',
        sumber: 's',
        status: 'terverifikasi',
        besaran: { capaian: { desimal: 2.5, mode: 'potong', dipakaiLanjut: true }, laba: { desimal: 1 } },
      });
      expect.unreachable();
    } catch (e) {
      const g = e as SakipError;
      expect(g.kode).toBe('ATURAN_TIDAK_VALID');
      const lokasi = g.masalah.map((m) => m.lokasi).sort();
      expect(lokasi).toEqual(['besaran.capaian.desimal', 'besaran.laba', 'id', 'keterangan']);
      expect(g.message).toMatch(/besaran\.capaian\.desimal/);
      expect(g.message).toMatch(
        /besaran\.laba: kunci "laba" tidak dikenal; yang dikenal: realisasi, capaian/,
      );
      expect(g.message).toMatch(/kunci "keterangan" tidak dikenal; yang dikenal: id, nama, sumber/);
      expect(g.message).not.toMatch(/Invalid input|expected|Unrecognized/);
    }
  });

  it('kunci lama aturan (0.1.0) ditolak dengan saran besaran', () => {
    const { besaran, ...tanpa } = DEFINISI;
    expect(() => buatKebijakanPembulatan({ ...tanpa, aturan: besaran })).toThrow(/"aturan" tidak dikenal/);
  });

  it('tidak mengubah masukan', () => {
    const def = structuredClone(DEFINISI) as unknown as Record<string, unknown>;
    const salinan = structuredClone(def);
    buatKebijakanPembulatan(def);
    expect(def).toEqual(salinan);
    expect(Object.isFrozen(def) || Object.isFrozen((def.besaran as { capaian: object }).capaian)).toBe(false);
  });

  it('objek beku yang tidak sah tetap ditolak; objek beku yang sah diterima', () => {
    const bekuSalah = Object.freeze({
      ...DEFINISI,
      besaran: Object.freeze({ capaian: Object.freeze({ desimal: 99 }) }),
    });
    expect(kodeGalat(() => buatKebijakanPembulatan(bekuSalah))).toBe('ATURAN_TIDAK_VALID');
    expect(kodeGalat(() => pembulatan(1, 'capaian', bekuSalah as never))).toBe('ATURAN_TIDAK_VALID');
    const bekuSah = Object.freeze({
      ...DEFINISI,
      besaran: Object.freeze({ capaian: Object.freeze({ desimal: 1 }) }),
    });
    const k = buatKebijakanPembulatan(bekuSah);
    expect(k).not.toBe(bekuSah);
    expect(k.besaran.capaian?.mode).toBe('setengah-atas');
    expect(pembulatan('1,25', 'capaian', bekuSah as never).tampil.toString()).toBe('1.3');
  });

  it('salinan preset dengan id baru adalah definisi yang sah (hasil buatan dapat dibuat ulang)', () => {
    for (const k of Object.values(KEBIJAKAN_PEMBULATAN)) {
      const milikKami = buatKebijakanPembulatan({ ...k, id: `${k.id}_KAMI` });
      expect(milikKami).toEqual({ ...k, id: `${k.id}_KAMI` });
    }
  });

  it('kebijakan yang sudah dibuat dikembalikan apa adanya, tanpa diperiksa ulang', () => {
    const k = buatKebijakanPembulatan(DEFINISI);
    expect(buatKebijakanPembulatan(k)).toBe(k);
    expect(pilihKebijakan(k)).toBe(k);
    expect(pilihKebijakan(KEBIJAKAN_PEMBULATAN.POTONG)).toBe(KEBIJAKAN_PEMBULATAN.POTONG);
  });

  it('dipilih dengan id atau objek; tanpa pilihan TEPAT; id tak dikenal ATURAN_TIDAK_DIKENAL', () => {
    expect(pilihKebijakan('POTONG')).toBe(KEBIJAKAN_PEMBULATAN.POTONG);
    expect(pilihKebijakan(undefined)).toBe(KEBIJAKAN_PEMBULATAN.TEPAT);
    expect(pembulatan('55,72519083', 'capaian', 'SETENGAH_ATAS').tampil.toString()).toBe('55.73');
    expect(kodeGalat(() => pembulatan(1, 'capaian', 'POTONGAN'))).toBe('ATURAN_TIDAK_DIKENAL');
    expect(kodeGalat(() => pembulatan(1, 'capaian', 'toString'))).toBe('ATURAN_TIDAK_DIKENAL');
    expect(() => pembulatan(1, 'capaian', 'POTONGAN')).toThrow(/TEPAT, SETENGAH_ATAS, POTONG, BERTAHAP/);
  });

  it('pembulatan menolak kebijakan tanpa bentuk dan besaran yang tidak dikenal', () => {
    expect(kodeGalat(() => pembulatan(1, 'capaian', {} as KebijakanPembulatan))).toBe('ATURAN_TIDAK_VALID');
    expect(kodeGalat(() => pembulatan(1, 'capaian', null as never))).toBe('ATURAN_TIDAK_VALID');
    expect(kodeGalat(() => pembulatan(1, 'laba' as never, 'POTONG'))).toBe('OPSI_TIDAK_VALID');
  });
});

describe('AturanPembulatan: satu bentuk opsi pembulatan', () => {
  it('bawaan mode dan dipakaiLanjut; kunci asing ditolak', () => {
    expect(AturanPembulatan.parse({ desimal: 2 })).toEqual({
      desimal: 2,
      mode: 'setengah-atas',
      dipakaiLanjut: false,
    });
    expect(AturanPembulatan.safeParse({ desimal: 2, modus: 'potong' }).success).toBe(false);
    expect(AturanPembulatan.safeParse({ desimal: 41 }).success).toBe(false);
    expect(AturanPembulatan.safeParse({ desimal: -16 }).success).toBe(false);
  });
});
