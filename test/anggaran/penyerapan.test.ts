import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bulatkan,
  Decimal,
  isSakipError,
  parseAngka,
  penyerapan,
  persentaseSisa,
  sisaAnggaran,
} from '../../src/index.js';
import { kodeGalat } from '../alat/galat.js';
import { BELANJA, SASARAN, TOTAL } from './contohLaporan.js';

describe('penyerapan dan sisa: LKIP 2024 Dinsos Barito Kuala (Tabel 3.2.12)', () => {
  const uang = (s: { pagu: string; realisasi: string }) => ({ pagu: s.pagu, realisasi: s.realisasi });

  it.each(SASARAN.map((s) => [s.id, s] as const))(
    '%s: penyerapan tercetak cocok (setengah ke atas)',
    (_id, s) => {
      expect(bulatkan(penyerapan(uang(s)), 2).toString()).toBe(parseAngka(s.persen).toString());
    },
  );

  it('total 94,01', () => {
    expect(bulatkan(penyerapan(uang(TOTAL)), 2).toFixed(2)).toBe('94.01');
  });

  it('Tabel 3.2.19 mencetak 93,27 untuk sasaran 3: dipotong, bukan dibulatkan (93,2768…)', () => {
    const s3 = uang(SASARAN[2]);
    expect(bulatkan(penyerapan(s3), 2, 'potong').toFixed(2)).toBe('93.27');
    expect(bulatkan(penyerapan(s3), 2).toFixed(2)).toBe('93.28');
  });

  it('sisa dalam Rupiah, dihitung dengan tangan', () => {
    // 2.142.720.865 − 2.113.252.231 = 29.468.634; 8.069.859.523 − 7.586.731.701 = 483.127.822.
    expect(sisaAnggaran(uang(SASARAN[0])).toString()).toBe('29468634');
    expect(sisaAnggaran(uang(SASARAN[1])).toString()).toBe('137715392');
    expect(sisaAnggaran(uang(SASARAN[2])).toString()).toBe('315943796');
    expect(sisaAnggaran(uang(TOTAL)).toString()).toBe('483127822');
  });

  it('pagu per sasaran menjumlah ke total, dan Belanja Operasi + Modal = total (Tabel 3.2.11)', () => {
    const jumlah = SASARAN.reduce((j, s) => j.plus(parseAngka(s.pagu)), new Decimal(0));
    expect(jumlah.toString()).toBe(parseAngka(TOTAL.pagu).toString());
    expect(parseAngka(BELANJA.operasi).plus(parseAngka(BELANJA.modal)).toString()).toBe(
      parseAngka(BELANJA.total).toString(),
    );
  });

  it('hasil tepat, bukan float', () => {
    expect(penyerapan({ pagu: 3, realisasi: 1 }).toString()).toBe(
      '33.33333333333333333333333333333333333333',
    );
    expect(penyerapan({ pagu: '0,3', realisasi: '0,1' }).toString()).toBe(
      '33.33333333333333333333333333333333333333',
    );
    expect(penyerapan({ pagu: 8, realisasi: 1 }).toString()).toBe('12.5');
  });

  it('realisasi di atas pagu diizinkan', () => {
    expect(penyerapan({ pagu: 100, realisasi: 120 }).toString()).toBe('120');
    expect(sisaAnggaran({ pagu: 100, realisasi: 120 }).toString()).toBe('-20');
  });

  it.each([
    [{ pagu: 0, realisasi: 0 }, 'ANGGARAN_PAGU_NOL'],
    [{ pagu: '0,00', realisasi: 5 }, 'ANGGARAN_PAGU_NOL'],
    [{ pagu: -1, realisasi: 0 }, 'ANGGARAN_NEGATIF'],
    [{ pagu: 100, realisasi: '-5.000,00' }, 'ANGGARAN_NEGATIF'],
    [{ pagu: Number.NaN, realisasi: 0 }, 'ANGKA_TIDAK_HINGGA'],
    [{ pagu: '#VALUE!', realisasi: 0 }, 'ANGKA_GALAT_SPREADSHEET'],
    [{ pagu: 100 }, 'MASUKAN_TIDAK_VALID'],
    [{ pagu: 100, realisasi: 5, persen: 5 }, 'MASUKAN_TIDAK_VALID'],
    [{ pagu: 100, realisasi: {} }, 'ANGKA_TIPE_TIDAK_DIDUKUNG'],
    [null, 'MASUKAN_TIDAK_VALID'],
    [[100, 5], 'MASUKAN_TIDAK_VALID'],
  ])('%j → %s', (masukan, kode) => {
    expect(kodeGalat(() => penyerapan(masukan as never))).toBe(kode);
    expect(kodeGalat(() => sisaAnggaran(masukan as never))).toBe(kode);
    expect(kodeGalat(() => persentaseSisa(masukan as never))).toBe(kode);
  });

  it('kunci salah ketik: pesan menyebut kunci yang benar', () => {
    let pesan = '';
    try {
      penyerapan({ pagu: 100, realisai: 5 } as never);
    } catch (e) {
      if (isSakipError(e)) pesan = e.message;
    }
    expect(pesan).toMatch(/"realisai" tidak dikenal — maksudnya "realisasi"\?/);
  });

  it('galat menyebut lokasi', () => {
    let lokasi: string | undefined;
    try {
      penyerapan({ pagu: 100, realisasi: -1 });
    } catch (e) {
      if (isSakipError(e)) lokasi = e.lokasi;
    }
    expect(lokasi).toBe('realisasi');
  });
});

const rupiah = fc
  .tuple(fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.integer({ min: 0, max: 99 }))
  .map(([r, sen]) => new Decimal(`${r}.${String(sen).padStart(2, '0')}`));
const paguPositif = rupiah.filter((d) => d.gt(0));

describe('hukum penyerapan', () => {
  it('angka number dan Decimal memberi penyerapan yang sama persis (jalan cepat = decimal.js)', () => {
    fc.assert(
      fc.property(paguPositif, rupiah, (pagu, realisasi) => {
        const a = penyerapan({ pagu: pagu.toNumber(), realisasi: realisasi.toNumber() });
        const b = penyerapan({ pagu: pagu.toString(), realisasi: realisasi.toString() });
        const c = parseAngka(realisasi.toNumber().toString())
          .times(100)
          .div(parseAngka(pagu.toNumber().toString()));
        expect(a.toString()).toBe(c.toString());
        if (
          pagu.toNumber().toString() === pagu.toString() &&
          realisasi.toNumber().toString() === realisasi.toString()
        ) {
          expect(a.toString()).toBe(b.toString());
        }
      }),
    );
  });

  it('penyerapan + persentase sisa = 100 tepat', () => {
    fc.assert(
      fc.property(paguPositif, rupiah, (pagu, realisasi) => {
        const a = { pagu, realisasi };
        expect(penyerapan(a).plus(persentaseSisa(a)).toString()).toBe('100');
      }),
    );
  });

  it('penyerapan + persentase sisa = 100 juga untuk penyerapan sangat kecil', () => {
    const a = { pagu: '1000000000000000', realisasi: '0,01' };
    expect(penyerapan(a).plus(persentaseSisa(a)).toString()).toBe('100');
    expect(
      persentaseSisa({ pagu: 3, realisasi: 1e-20 })
        .plus(penyerapan({ pagu: 3, realisasi: 1e-20 }))
        .toString(),
    ).toBe('100');
  });

  it('pagu − sisa = realisasi tepat; penyerapan naik bersama realisasi', () => {
    fc.assert(
      fc.property(paguPositif, rupiah, rupiah, (pagu, r1, r2) => {
        expect(pagu.minus(sisaAnggaran({ pagu, realisasi: r1 })).eq(r1)).toBe(true);
        const [a, b] = r1.lte(r2) ? [r1, r2] : [r2, r1];
        expect(penyerapan({ pagu, realisasi: a }).lte(penyerapan({ pagu, realisasi: b }))).toBe(true);
      }),
    );
  });

  it('tidak pernah NaN: hasil hingga atau SakipError', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (pagu, realisasi) => {
        try {
          const p = penyerapan({ pagu, realisasi } as never);
          expect(p.isFinite()).toBe(true);
        } catch (e) {
          expect(isSakipError(e)).toBe(true);
        }
      }),
    );
  });

  it('masukan tidak diubah', () => {
    const a = Object.freeze({ pagu: new Decimal(200), realisasi: new Decimal(50) });
    penyerapan(a);
    expect(a.pagu.toString()).toBe('200');
  });
});
