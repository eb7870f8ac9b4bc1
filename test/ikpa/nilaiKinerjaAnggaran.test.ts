import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ATURAN_NKA, buatAturanNka, bulatkan, Decimal, nilaiKinerjaAnggaran } from '../../src/index.js';
import { bekukan, galat, kodeGalat, lokasiGalat, nilai0sd100, rusakSemua } from './alat.js';

// A ministry report (RUMUS.md §8): "84,76 × 50% + 95,91 × 50% = 90,335", printed 42,380 + 47,955.
const LAPORAN = { smart: '84,76', ikpa: '95,91' };
const aturanSendiri = (smart: number | string | Decimal, ikpa: number | string | Decimal) => ({
  id: 'SENDIRI',
  nama: 'Bobot sendiri',
  sumber: 'uji',
  status: 'belum-terverifikasi' as const,
  bobot: { smart, ikpa },
});

describe('nilaiKinerjaAnggaran: bobot menurut tahun', () => {
  it('TA 2023 (PMK 62/2023): 42,380 + 47,955 = 90,335 exactly', () => {
    const h = nilaiKinerjaAnggaran(LAPORAN, { tahun: 2023 });
    expect(h.nilai.toString()).toBe('90.335');
    expect(h.suku.smart.toFixed(3)).toBe('42.380');
    expect(h.suku.ikpa.toFixed(3)).toBe('47.955');
    expect([h.bobot.smart.toString(), h.bobot.ikpa.toString()]).toEqual(['50', '50']);
    expect(h.aturan.id).toBe('PMK_62_2023');
    expect(h.aturan.sumber).toMatch(/PMK 62\/2023/);
    expect(h.aturan.status).toBe('terverifikasi');
    // The report prints 90,33 (cut); spreadsheet ROUND would give 90,34 — a float toFixed gives 90,33.
    expect(bulatkan(h.nilai, 2, 'potong').toString()).toBe('90.33');
    expect(bulatkan(h.nilai, 2).toString()).toBe('90.34');
  });

  it('TA 2022: 0,6 × 84,76 + 0,4 × 95,91 = 50,856 + 38,364 = 89,22', () => {
    for (const opsi of [{ tahun: 2022 }, { aturan: 'TA_2022' }, { aturan: ATURAN_NKA.TA_2022 }]) {
      const h = nilaiKinerjaAnggaran(LAPORAN, opsi);
      expect(h.suku.smart.toString()).toBe('50.856');
      expect(h.suku.ikpa.toString()).toBe('38.364');
      expect(h.nilai.toString()).toBe('89.22');
    }
  });

  it.each([2023, 2024, 2025, 2026])('TA %i takes the 50/50 of PMK 62/2023', (tahun) => {
    const h = nilaiKinerjaAnggaran(LAPORAN, { tahun });
    expect(h.nilai.toString()).toBe('90.335');
    expect(h.aturan.id).toBe('PMK_62_2023');
  });

  it('weights of one’s own are a rule object (the 0.1 option bobot is gone)', () => {
    // 0,4 × 84,76 + 0,6 × 95,91 = 33,904 + 57,546 = 91,45
    const h = nilaiKinerjaAnggaran(LAPORAN, { aturan: aturanSendiri('40', 60) });
    expect(h.nilai.toString()).toBe('91.45');
    expect(h.aturan).toEqual({
      id: 'SENDIRI',
      nama: 'Bobot sendiri',
      sumber: 'uji',
      status: 'belum-terverifikasi',
    });
    const dibuat = buatAturanNka(aturanSendiri(40, 60));
    expect(nilaiKinerjaAnggaran(LAPORAN, { aturan: dibuat }).nilai.toString()).toBe('91.45');
    expect(kodeGalat(() => nilaiKinerjaAnggaran(LAPORAN, { bobot: { smart: 40, ikpa: 60 } } as never))).toBe(
      'OPSI_TIDAK_VALID',
    );
  });

  it('the trace holds the two terms and the sum, exact', () => {
    const h = nilaiKinerjaAnggaran(LAPORAN, { tahun: 2023 });
    expect(h.langkah.map((l) => l.hasil.toString())).toEqual(['42.38', '47.955', '90.335']);
    expect(Object.entries(h.langkah[0]?.masukan ?? {}).map(([k, v]) => [k, String(v)])).toEqual([
      ['smart', '84.76'],
      ['bobot', '50'],
    ]);
  });

  it('does not mutate its input', () => {
    expect(() =>
      nilaiKinerjaAnggaran(bekukan({ ...LAPORAN }), bekukan({ aturan: aturanSendiri(60, 40) })),
    ).not.toThrow();
  });

  it('mutating any result object cannot change a later result', () => {
    const sebelum = JSON.stringify(nilaiKinerjaAnggaran(LAPORAN, { tahun: 2023 }));
    rusakSemua(nilaiKinerjaAnggaran(LAPORAN, { tahun: 2023 }));
    rusakSemua(ATURAN_NKA);
    expect(JSON.stringify(nilaiKinerjaAnggaran(LAPORAN, { tahun: 2023 }))).toBe(sebelum);
    expect(Object.isFrozen(ATURAN_NKA.PMK_62_2023.bobot.ikpa)).toBe(true);
  });
});

describe('nilaiKinerjaAnggaran: galat', () => {
  it.each([2021, 2019, 2027, 3000])('NKA for year %i → ATURAN_TAHUN_TIDAK_DIKENAL, not a guess', (tahun) => {
    expect(kodeGalat(() => nilaiKinerjaAnggaran(LAPORAN, { tahun }))).toBe('ATURAN_TAHUN_TIDAK_DIKENAL');
  });

  it('a year that is not an integer → OPSI_TIDAK_VALID', () => {
    expect(kodeGalat(() => nilaiKinerjaAnggaran(LAPORAN, { tahun: 2022.5 }))).toBe('OPSI_TIDAK_VALID');
  });

  it('neither aturan nor tahun, or an unknown id → ATURAN_TIDAK_DIKENAL', () => {
    expect(kodeGalat(() => nilaiKinerjaAnggaran(LAPORAN, {}))).toBe('ATURAN_TIDAK_DIKENAL');
    expect(kodeGalat(() => nilaiKinerjaAnggaran(LAPORAN, undefined as never))).toBe('ATURAN_TIDAK_DIKENAL');
    expect(kodeGalat(() => nilaiKinerjaAnggaran(LAPORAN, { aturan: 'PMK_62_2024' }))).toBe(
      'ATURAN_TIDAK_DIKENAL',
    );
  });

  it('aturan and tahun must agree', () => {
    expect(nilaiKinerjaAnggaran(LAPORAN, { aturan: 'PMK_62_2023', tahun: 2024 }).nilai.toString()).toBe(
      '90.335',
    );
    expect(kodeGalat(() => nilaiKinerjaAnggaran(LAPORAN, { aturan: 'TA_2022', tahun: 2023 }))).toBe(
      'OPSI_TIDAK_VALID',
    );
  });

  it('a misspelt option key names the nearest key', () => {
    const g = galat(() => nilaiKinerjaAnggaran(LAPORAN, { tahunn: 2023 } as never));
    expect(g.kode).toBe('OPSI_TIDAK_VALID');
    expect(g.message).toMatch(/maksudnya "tahun"\?/);
  });

  it.each([
    ['jumlah 120', aturanSendiri(60, 60), 'bobot'],
    ['negatif', aturanSendiri(110, -10), 'bobot.ikpa'],
    ['tanpa ikpa', { ...aturanSendiri(100, 0), bobot: { smart: 100 } }, 'bobot.ikpa'],
    ['tanpa sumber', { ...aturanSendiri(50, 50), sumber: undefined }, 'sumber'],
  ])('weights of one’s own, %s → ATURAN_TIDAK_VALID at %s', (_judul, aturan, lokasi) => {
    const g = galat(() => nilaiKinerjaAnggaran(LAPORAN, { aturan: aturan as never }));
    expect(g.kode).toBe('ATURAN_TIDAK_VALID');
    expect(g.masalah.map((m) => m.lokasi)).toContain(lokasi);
  });

  it.each([
    [{ smart: 101, ikpa: 90 }, 'NKA_NILAI_DI_LUAR_RENTANG', 'nilai.smart'],
    [{ smart: 90, ikpa: '-0,01' }, 'NKA_NILAI_DI_LUAR_RENTANG', 'nilai.ikpa'],
    [{ smart: 90 }, 'MASUKAN_TIDAK_VALID', 'nilai.ikpa'],
    [{ smart: 90, ikap: 90 }, 'MASUKAN_TIDAK_VALID', 'nilai.ikap'],
    [{ smart: 90, ikpa: null }, 'ANGKA_TIPE_TIDAK_DIDUKUNG', 'nilai.ikpa'],
  ])('%o → %s at %s', (nilai, kode, lokasi) => {
    const f = () => nilaiKinerjaAnggaran(nilai as never, { tahun: 2023 });
    expect(kodeGalat(f)).toBe(kode);
    expect(lokasiGalat(f)).toBe(lokasi);
  });

  it('a misspelt value key names the nearest key', () => {
    expect(
      galat(() => nilaiKinerjaAnggaran({ smart: 90, ikap: 90 } as never, { tahun: 2023 })).message,
    ).toMatch(/maksudnya "ikpa"\?/);
  });
});

describe('nilaiKinerjaAnggaran: hukum', () => {
  const bobotAcak = fc.integer({ min: 0, max: 10_000 }).map((n) => {
    const smart = new Decimal(n).div(100);
    return aturanSendiri(smart, new Decimal(100).minus(smart));
  });

  it('NKA lies between its two inputs, for every known year and any valid weights', () => {
    fc.assert(
      fc.property(
        nilai0sd100,
        nilai0sd100,
        fc.oneof(
          fc.integer({ min: 2022, max: 2026 }).map((tahun) => ({ tahun })),
          bobotAcak.map((aturan) => ({ aturan })),
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

  it('any year outside 2022–2026 is an error', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2200 }).filter((t) => t < 2022 || t > 2026),
        (tahun) => {
          expect(kodeGalat(() => nilaiKinerjaAnggaran(LAPORAN, { tahun }))).toBe(
            'ATURAN_TAHUN_TIDAK_DIKENAL',
          );
        },
      ),
    );
  });
});
