import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ATURAN_NKA, aturanNkaTahun, bulatkan, Decimal, nilaiKinerjaAnggaran } from '../../src/index.js';
import { bekukan, kodeGalat, lokasiGalat, nilai0sd100 } from './alat.js';

// A ministry report (RUMUS.md §8): "84,76 × 50% + 95,91 × 50% = 90,335", printed 42,380 + 47,955.
const LAPORAN = { smart: '84,76', ikpa: '95,91' };

describe('nilaiKinerjaAnggaran: bobot menurut tahun', () => {
  it('TA 2023 (PMK 62/2023): 42,380 + 47,955 = 90,335 exactly', () => {
    const h = nilaiKinerjaAnggaran(LAPORAN, { tahun: 2023 });
    expect(h.nilai.toString()).toBe('90.335');
    expect(h.suku.smart.toFixed(3)).toBe('42.380');
    expect(h.suku.ikpa.toFixed(3)).toBe('47.955');
    expect([h.bobot.smart.toString(), h.bobot.ikpa.toString()]).toEqual(['50', '50']);
    expect(h.sumber).toMatch(/PMK 62\/2023/);
    // The report prints 90,33 (cut); spreadsheet ROUND would give 90,34 — a float toFixed gives 90,33.
    expect(bulatkan(h.nilai, 2, 'potong').toString()).toBe('90.33');
    expect(bulatkan(h.nilai, 2).toString()).toBe('90.34');
  });

  it('TA 2022: 0,6 × 84,76 + 0,4 × 95,91 = 50,856 + 38,364 = 89,22', () => {
    const h = nilaiKinerjaAnggaran(LAPORAN, { tahun: 2022 });
    expect(h.suku.smart.toString()).toBe('50.856');
    expect(h.suku.ikpa.toString()).toBe('38.364');
    expect(h.nilai.toString()).toBe('89.22');
  });

  it.each([2024, 2025, 2030])('TA %i keeps the 50/50 of PMK 62/2023', (tahun) => {
    expect(nilaiKinerjaAnggaran(LAPORAN, { tahun }).nilai.toString()).toBe('90.335');
    expect(aturanNkaTahun(tahun)).toBe(ATURAN_NKA.PMK_62_2023);
  });

  it('explicit weights', () => {
    const h = nilaiKinerjaAnggaran(LAPORAN, { bobot: { smart: '40', ikpa: 60 } });
    // 0,4 × 84,76 + 0,6 × 95,91 = 33,904 + 57,546 = 91,45
    expect(h.nilai.toString()).toBe('91.45');
    expect(h.sumber).toBe('bobot dari pengguna');
  });

  it('the trace prints the terms as reports do', () => {
    const h = nilaiKinerjaAnggaran(LAPORAN, { tahun: 2023 });
    expect(h.langkah.map((l) => l.rumus)).toEqual([
      '84,76 × 50% = 42,38',
      '95,91 × 50% = 47,955',
      '42,38 + 47,955 = 90,335',
    ]);
  });

  it('does not mutate its input', () => {
    expect(() =>
      nilaiKinerjaAnggaran(bekukan({ ...LAPORAN }), bekukan({ bobot: { smart: 60, ikpa: 40 } })),
    ).not.toThrow();
  });
});

describe('nilaiKinerjaAnggaran: galat', () => {
  it.each([2021, 2019, 2022.5])('unknown year %s without bobot → NKA_TAHUN_TIDAK_DIKENAL', (tahun) => {
    expect(kodeGalat(() => nilaiKinerjaAnggaran(LAPORAN, { tahun }))).toBe('NKA_TAHUN_TIDAK_DIKENAL');
  });

  it.each([
    ['tanpa opsi', undefined],
    ['objek kosong', {}],
    ['tahun dan bobot', { tahun: 2023, bobot: { smart: 50, ikpa: 50 } }],
    ['jumlah 120', { bobot: { smart: 60, ikpa: 60 } }],
    ['negatif', { bobot: { smart: 110, ikpa: -10 } }],
    ['tanpa ikpa', { bobot: { smart: 100 } }],
  ])('%s → NKA_BOBOT_TIDAK_VALID', (_judul, opsi) => {
    // biome-ignore lint/suspicious/noExplicitAny: deliberately wrong options
    expect(kodeGalat(() => nilaiKinerjaAnggaran(LAPORAN, opsi as any))).toBe('NKA_BOBOT_TIDAK_VALID');
  });

  it.each([
    [{ smart: 101, ikpa: 90 }, 'nilai.smart'],
    [{ smart: 90, ikpa: '-0,01' }, 'nilai.ikpa'],
    [{ smart: 90 }, 'nilai.ikpa'],
  ])('%o → NKA_NILAI_DI_LUAR_RENTANG at %s', (nilai, lokasi) => {
    // biome-ignore lint/suspicious/noExplicitAny: deliberately wrong input
    const f = () => nilaiKinerjaAnggaran(nilai as any, { tahun: 2023 });
    expect(kodeGalat(f)).toBe('NKA_NILAI_DI_LUAR_RENTANG');
    expect(lokasiGalat(f)).toBe(lokasi);
  });
});

describe('nilaiKinerjaAnggaran: hukum', () => {
  const bobotAcak = fc.integer({ min: 0, max: 10_000 }).map((n) => {
    const smart = new Decimal(n).div(100);
    return { smart, ikpa: new Decimal(100).minus(smart) };
  });

  it('NKA lies between its two inputs, for every known year and any valid weights', () => {
    fc.assert(
      fc.property(
        nilai0sd100,
        nilai0sd100,
        fc.oneof(
          fc.integer({ min: 2022, max: 2040 }).map((tahun) => ({ tahun })),
          bobotAcak.map((bobot) => ({ bobot })),
        ),
        (smart, ikpa, opsi) => {
          const h = nilaiKinerjaAnggaran({ smart, ikpa }, opsi);
          expect(h.nilai.gte(Decimal.min(smart, ikpa))).toBe(true);
          expect(h.nilai.lte(Decimal.max(smart, ikpa))).toBe(true);
          expect(h.nilai.toString()).toBe(h.suku.smart.plus(h.suku.ikpa).toString());
        },
      ),
    );
  });

  it('50/50 is the plain mean', () => {
    fc.assert(
      fc.property(nilai0sd100, nilai0sd100, (smart, ikpa) => {
        const h = nilaiKinerjaAnggaran({ smart, ikpa }, { tahun: 2023 });
        expect(h.nilai.toString()).toBe(smart.plus(ikpa).div(2).toString());
      }),
    );
  });
});
