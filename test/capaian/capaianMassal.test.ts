// The fast integer path of capaianMassal must give exactly what the slow Decimal path gives:
// capaian() → bulatkan() → predikat(), item by item. Proven here by properties, not by a timing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Angka,
  buatSkala,
  bulatkan,
  capaian,
  capaianMassal,
  isSakipError,
  MODE_PEMBULATAN,
  predikat,
  SKALA,
  type Skala,
} from '../../src/index.js';

const PRESET = Object.values(SKALA) as Skala[];
// A table with 3-decimal bounds: forces the integer path to a finer scale.
const HALUS = buatSkala({
  id: 'UJI_HALUS',
  nama: 'Uji halus',
  domain: {},
  interval: [
    { atas: '99,995', label: 'Bawah' },
    { bawah: '99,995', atas: '100,005', atasInklusif: true, label: 'Sekitar 100' },
    { bawah: '100,005', bawahInklusif: false, label: 'Atas' },
  ],
  sumber: 'uji',
  status: 'belum-terverifikasi',
});

/** The slow path, item by item; `undefined` where it throws (with the code). */
function lambat(
  t: Angka,
  r: Angka,
  o: {
    polaritas: 'positif' | 'negatif';
    rumusNegatif: 'selisih' | 'kebalikan';
    desimal: number | undefined;
    mode: (typeof MODE_PEMBULATAN)[number];
    skala: Skala | undefined;
    dari: 'tampil' | 'tepat';
  },
): { capaian: string; peringkat: number | undefined } | { kode: string } {
  try {
    const tepat = capaian({ target: t, realisasi: r, polaritas: o.polaritas, rumusNegatif: o.rumusNegatif });
    const tampil = o.desimal === undefined ? tepat : bulatkan(tepat, o.desimal, o.mode);
    const p = o.skala ? predikat(o.dari === 'tampil' ? tampil : tepat, o.skala).peringkat : undefined;
    return { capaian: tampil.toString(), peringkat: p };
  } catch (e) {
    if (isSakipError(e)) return { kode: e.kode };
    throw e;
  }
}

const seratusan = (min: number, max: number) => fc.integer({ min, max }).map((n) => n / 100);
const opsiArb = fc.record({
  polaritas: fc.constantFrom('positif' as const, 'negatif' as const),
  rumusNegatif: fc.constantFrom('selisih' as const, 'kebalikan' as const),
  desimal: fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
  mode: fc.constantFrom(...MODE_PEMBULATAN),
  skala: fc.option(fc.constantFrom(...PRESET, HALUS), { nil: undefined }),
  dari: fc.constantFrom('tampil' as const, 'tepat' as const),
});

type OpsiUji = Parameters<typeof lambat>[2];

function periksa(target: Angka[], realisasi: Angka[], o: OpsiUji) {
  const dari = o.desimal === undefined ? 'tepat' : o.dari;
  const harap = target.map((t, i) => lambat(t, realisasi[i]!, { ...o, dari }));
  const galat = harap.findIndex((h) => 'kode' in h);
  const jalankan = () =>
    capaianMassal(
      { target, realisasi },
      {
        polaritas: o.polaritas,
        rumusNegatif: o.rumusNegatif,
        ...(o.desimal === undefined ? {} : { pembulatan: { desimal: o.desimal, mode: o.mode } }),
        ...(o.skala ? { skala: o.skala } : {}),
        predikatDari: dari,
      },
    );
  if (galat >= 0) {
    // The first failing item is reported, by its position.
    try {
      jalankan();
      expect.unreachable('capaianMassal harus gagal');
    } catch (e) {
      expect(isSakipError(e) && e.kode).toBe((harap[galat] as { kode: string }).kode);
      expect(isSakipError(e) && e.lokasi).toBe(`[${galat}]`);
    }
    return;
  }
  const h = jalankan();
  expect(h.banyak).toBe(target.length);
  harap.forEach((x, i) => {
    const y = x as { capaian: string; peringkat: number | undefined };
    expect(h.capaian(i).toString()).toBe(y.capaian);
    expect(h.peringkat?.[i]).toBe(y.peringkat);
    expect(h.predikat(i)?.peringkat).toBe(y.peringkat);
  });
}

describe('capaianMassal = jalur lambat (sifat)', () => {
  it('angka ≤ 2 desimal: jalur bilangan bulat', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(seratusan(1, 2_000_000), seratusan(-20_000, 4_000_000)), {
          minLength: 1,
          maxLength: 40,
        }),
        opsiArb,
        (pasangan, o) => {
          periksa(
            pasangan.map((p) => p[0]),
            pasangan.map((p) => p[1]),
            o,
          );
        },
      ),
      { numRuns: 400 },
    );
  });

  it('tepi: capaian tepat di batas pita dan di titik setengah', () => {
    // realisasi = target × k / 100 for k near every band edge (k in hundredths of a percent)
    const tepi = fc.constantFrom(0, 3000, 5000, 5500, 6500, 7000, 7500, 8000, 8900, 9000, 9500, 10000, 12000);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 400 }),
        tepi,
        fc.integer({ min: -3, max: 3 }),
        (t100, k, geser) => {
          const target = t100 / 100;
          // realisasi chosen so that capaian lands on, or a hair around, an edge
          const realisasi = Math.round(t100 * (k + geser)) / 10000;
          periksa([target, 2, 0.5], [realisasi, 1.99995, 0.005], {
            polaritas: 'positif',
            rumusNegatif: 'selisih',
            desimal: 2,
            mode: 'setengah-atas',
            skala: SKALA.PERMENDAGRI_54_2010,
            dari: 'tampil',
          });
        },
      ),
    );
  });

  it('titik setengah tepat: target 8, 16, 40 … membuat capaian berakhir …5 (semua mode, positif dan negatif)', () => {
    // r / 8 × 100 = 12,5 × r: with r in hundredths, capaian ends in 5 at the third decimal, etc.
    const target = fc.constantFrom(8, 0.8, 16, 40, 0.4, 80, 1.6, 2, 0.08);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(target, seratusan(-5000, 50000)), { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 0, max: 3 }),
        fc.constantFrom(...MODE_PEMBULATAN),
        fc.constantFrom('positif' as const, 'negatif' as const),
        (pasangan, desimal, mode, polaritas) => {
          periksa(
            pasangan.map((p) => p[0]),
            pasangan.map((p) => p[1]),
            { polaritas, rumusNegatif: 'selisih', desimal, mode, skala: SKALA.TAPIN_2022, dari: 'tampil' },
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('masukan lain (teks, Decimal, > 2 desimal, sangat besar, target 0) lewat jalur Decimal, hasil sama', () => {
    const lain = fc.oneof(
      seratusan(-1000, 100000),
      fc.integer({ min: -1000, max: 100000 }).map((n) => n / 1000),
      fc.integer({ min: 0, max: 100000 }).map((n) => `${n},5`),
      // 1e13 forces the Decimal path; larger values could give a capaian ≥ 10²⁰, which the public
      // predikat of the reference refuses as input (ANGKA_DI_LUAR_JANGKAUAN) while the core bands it.
      fc.constantFrom(0, 1e13, 123456789012.34, 0.001, '1.234,56', -0),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(lain, lain), { minLength: 1, maxLength: 20 }), opsiArb, (pasangan, o) => {
        periksa(
          pasangan.map((p) => p[0]),
          pasangan.map((p) => p[1]),
          o,
        );
      }),
      { numRuns: 300 },
    );
  });
});

describe('capaianMassal: contoh dan galat', () => {
  it('laporan contoh, kebiasaan potong', () => {
    const h = capaianMassal(
      { target: [69.02, 1.31, 71.86], realisasi: [92.71, 0.73, 71.91] },
      { pembulatan: { desimal: 2, mode: 'potong' }, skala: SKALA.TINGKAT_CAPAIAN },
    );
    expect(h.semuaCapaian().map(String)).toEqual(['134.32', '55.72', '100.06']);
    expect([0, 1, 2].map((i) => h.predikat(i)?.label)).toEqual([
      'Melebihi target',
      'Tidak tercapai',
      'Melebihi target',
    ]);
  });

  it('tanpa pembulatan: capaian tepat', () => {
    const h = capaianMassal({ target: [1.31], realisasi: [0.73] });
    expect(h.capaian(0).eq(capaian({ target: '1,31', realisasi: '0,73' }))).toBe(true);
    expect(h.peringkat).toBeUndefined();
    expect(h.predikat(0)).toBeUndefined();
  });

  it('galat', () => {
    const kode = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return isSakipError(e) ? e.kode : 'bukan SakipError';
      }
      return undefined;
    };
    expect(kode(() => capaianMassal({ target: [1, 2], realisasi: [1] }))).toBe('AGREGASI_PANJANG_BERBEDA');
    expect(kode(() => capaianMassal({ target: [1], realisasi: [1] }, { predikatDari: 'tampil' }))).toBe(
      'OPSI_TIDAK_VALID',
    );
    expect(kode(() => capaianMassal({ target: [1], realisasi: [1] }).capaian(5))).toBe('MASUKAN_TIDAK_VALID');
    expect(kode(() => capaianMassal({ target: [1], realisasi: [1] }, { skal: 'IKPA' } as never))).toBe(
      'OPSI_TIDAK_VALID',
    );
    expect(kode(() => capaianMassal({ target: [1], realisasi: [1], satuan: 'KK' } as never))).toBe(
      'MASUKAN_TIDAK_VALID',
    );
    expect(kode(() => capaianMassal({ target: [1], realisasi: [1] }, { skala: 'IKPA_2099' }))).toBe(
      'ATURAN_TIDAK_DIKENAL',
    );
    expect(
      kode(() => capaianMassal({ target: [10], realisasi: [-1] }, { skala: SKALA.PERMENDAGRI_54_2010 })),
    ).toBe('PREDIKAT_DI_LUAR_DOMAIN');
    expect(
      kode(() =>
        capaianMassal({ target: [1], realisasi: [1] }, { pembulatan: { desimal: 2, mode: 'naik' as never } }),
      ),
    ).toBe('OPSI_TIDAK_VALID');
    expect(kode(() => capaianMassal({ target: [1, 'x'], realisasi: [1, 2] }))).toBe('ANGKA_HURUF');
  });

  it('larik bertipe (Float64Array) dan skala dengan id preset', () => {
    const h = capaianMassal(
      { target: Float64Array.from([69.02, 1.31, 71.86]), realisasi: Float64Array.from([92.71, 0.73, 71.91]) },
      { pembulatan: { desimal: 2, mode: 'potong' }, skala: 'PERMENDAGRI_54_2010' },
    );
    expect(h.semuaCapaian().map(String)).toEqual(['134.32', '55.72', '100.06']);
    expect(h.predikat(1)).toEqual({ label: 'Kurang', kode: undefined, peringkat: 1 });
    expect(h.predikat(1)).not.toBe(h.predikat(1));
  });

  it('tanpa pembulatan, capaian(i) sama persis dengan capaian() satu per satu', () => {
    const target = [69.02, 1.31, 71.86, 7, 0.3333];
    const realisasi = [92.71, 0.73, 71.91, 6.5, 1];
    const h = capaianMassal({ target, realisasi }, { polaritas: 'negatif', rumusNegatif: 'kebalikan' });
    target.forEach((t, i) => {
      const satu = capaian({
        target: t,
        realisasi: realisasi[i]!,
        polaritas: 'negatif',
        rumusNegatif: 'kebalikan',
      });
      expect(h.capaian(i).toString()).toBe(satu.toString());
    });
  });

  it('skala yang tidak dibuat buatSkala diperiksa dulu', () => {
    const mentah = { ...SKALA.TAPIN_2022, interval: [...SKALA.TAPIN_2022.interval].reverse() };
    const h = capaianMassal(
      { target: [100], realisasi: [62.8] },
      { pembulatan: { desimal: 2 }, skala: mentah },
    );
    expect(h.predikat(0)?.kode).toBe('C');
  });

  it('tidak mengubah masukan', () => {
    const target = Object.freeze([69.02, 1.31]);
    const realisasi = Object.freeze([92.71, 0.73]);
    capaianMassal({ target, realisasi }, { pembulatan: { desimal: 2 } });
    expect(target).toEqual([69.02, 1.31]);
  });
});
