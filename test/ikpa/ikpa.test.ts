import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ATURAN_IKPA, type AturanIkpa, bacaLaporan, Decimal, ikpa, SKALA } from '../../src/index.js';
import { bekukan, kodeGalat, lokasiGalat, nilai0sd100 } from './alat.js';

const SEMUA = Object.values(ATURAN_IKPA);
const semuaSeratus = (a: AturanIkpa) => Object.fromEntries(a.indikator.map((i) => [i.id, 100]));

// A hand-made PER-5/PB/2022 satker whose aspect values are the two verified printed ones, 84,36 and
// 98,14 (RUMUS.md §8). Hand computation:
//   perencanaan (100 + 68,72)/2 = 84,36; pelaksanaan (100 + 99,5 + 100 + 91,2 + 100)/5 = 490,7/5 = 98,14
//   Nilai Total = 10 + 6,872 + 20 + 9,95 + 10 + 9,12 + 5 + 24,325 = 95,267
const SATKER_2022 = {
  revisiDipa: 100,
  deviasiHalamanIIIDipa: '68,72',
  penyerapanAnggaran: 100,
  belanjaKontraktual: '99,5',
  penyelesaianTagihan: 100,
  pengelolaanUpTup: '91,2',
  dispensasiSpm: 100,
  capaianOutput: '97,3',
};

describe('ikpa: contoh hitungan tangan per versi', () => {
  it.each(SEMUA.map((a) => [a.versi, a] as const))('%s: semua indikator 100 → 100', (_versi, a) => {
    const h = ikpa(semuaSeratus(a), { versi: a });
    expect(h.nilaiTotal.toString()).toBe('100');
    expect(h.konversiBobot.toString()).toBe('1');
    expect(h.nilaiAkhir.toString()).toBe('100');
    expect(h.pengurangDispensasi.toString()).toBe('0');
    expect(h.predikat?.label).toBe('Sangat Baik');
    for (const v of Object.values(h.aspek)) expect(v?.toString()).toBe('100');
  });

  it('PER-4/PB/2020: Retur SP2D tidak berlaku, Capaian Output 50 → 90 / 0,95 = 1800/19', () => {
    // Σ bobot lain = 100 − 5 (retur) − 10 (capaian output) = 85 → 85; capaian output 50 × 10% = 5.
    const n = { ...semuaSeratus(ATURAN_IKPA.PER_4_PB_2020), returSp2d: null, capaianOutput: 50 };
    const h = ikpa(n, { versi: 'PER-4/PB/2020' });
    expect(h.nilaiTotal.toString()).toBe('90');
    expect(h.konversiBobot.toString()).toBe('0.95');
    expect(h.nilaiAkhir.eq(new Decimal(1800).div(19))).toBe(true);
    expect(h.nilaiAkhir.toDecimalPlaces(2).toString()).toBe('94.74');
    expect(h.perIndikator.find((i) => i.id === 'returSp2d')).toMatchObject({
      nilai: null,
      nilaiTertimbang: null,
    });
    expect(h.aspek).toEqual({});
  });

  it('PER-4/PB/2021: Capaian Output 50 → 83 + 8,5 = 91,5 (Baik)', () => {
    const n = { ...semuaSeratus(ATURAN_IKPA.PER_4_PB_2021), capaianOutput: 50 };
    const h = ikpa(n, { tahun: 2021 });
    expect(h.versi).toBe('PER-4/PB/2021');
    expect(h.nilaiAkhir.toString()).toBe('91.5');
    expect(h.predikat?.label).toBe('Baik');
  });

  it('PER-5/PB/2022: the verified aspect means 84,36 and 98,14', () => {
    const h = ikpa(SATKER_2022, { versi: 'PER-5/PB/2022' });
    expect(h.nilaiTotal.toString()).toBe('95.267');
    expect(h.nilaiAkhir.toString()).toBe('95.267');
    expect(h.aspek.perencanaan?.toString()).toBe('84.36');
    expect(h.aspek.pelaksanaan?.toString()).toBe('98.14');
    expect(h.aspek.hasil?.toString()).toBe('97.3');
    expect(h.perIndikator.map((i) => i.nilaiTertimbang?.toString())).toEqual([
      '10',
      '6.872',
      '20',
      '9.95',
      '10',
      '9.12',
      '5',
      '24.325',
    ]);
  });

  it('PER-5/PB/2022: the weighted aspect mean is a named option', () => {
    // pelaksanaan tertimbang: (100×20 + 99,5×10 + 100×10 + 91,2×10 + 100×5) / 55 = 5407/55
    const h = ikpa(SATKER_2022, { versi: 'PER-5/PB/2022', rerataAspek: 'tertimbang' });
    expect(h.aspek.perencanaan?.toString()).toBe('84.36'); // equal weights: same as the simple mean
    expect(h.aspek.pelaksanaan?.eq(new Decimal(5407).div(55))).toBe(true);
    expect(h.langkah.some((l) => /rata-rata tertimbang/.test(l.uraian))).toBe(true);
  });

  it('PER-5/PB/2022: Belanja Kontraktual tidak berlaku → 85,317 / 0,9 renormalised', () => {
    const h = ikpa({ ...SATKER_2022, belanjaKontraktual: null }, { tahun: 2022 });
    expect(h.nilaiTotal.toString()).toBe('85.317');
    expect(h.konversiBobot.toString()).toBe('0.9');
    expect(h.nilaiAkhir.eq(new Decimal('85.317').div('0.9'))).toBe(true);
    expect(h.nilaiAkhir.toDecimalPlaces(2).toString()).toBe('94.8');
    // pelaksanaan without it: (100 + 100 + 91,2 + 100)/4 = 97,8
    expect(h.aspek.pelaksanaan?.toString()).toBe('97.8');
  });

  it('PER-5/PB/2022: an aspect with no applicable indicator is null', () => {
    const h = ikpa({ ...SATKER_2022, capaianOutput: null }, { tahun: 2023 });
    expect(h.aspek.hasil).toBeNull();
    expect(h.konversiBobot.toString()).toBe('0.75');
  });

  it('PER-5/PB/2024: deviasi weighs 15; dispensasi per mil deducts after renormalisation', () => {
    const { dispensasiSpm: _tidakDipakai, ...n } = SATKER_2022;
    // 10 + 68,72×15% (10,308) + 20 + 9,95 + 10 + 9,12 + 24,325 = 93,703
    const tanpa = ikpa(n, { versi: 'PER-5/PB/2024' });
    expect(tanpa.nilaiAkhir.toString()).toBe('93.703');
    expect(tanpa.langkah.some((l) => /dianggap 0 ‰/.test(l.rumus))).toBe(true);
    const h = ikpa(n, { versi: 'PER-5/PB/2024', dispensasiPermil: '0,5' });
    expect(h.pengurangDispensasi.toString()).toBe('0.5');
    expect(h.nilaiSebelumPengurang.toString()).toBe('93.703');
    expect(h.nilaiAkhir.toString()).toBe('93.203');
    // Renormalisation first, deduction second: (93,703 − 10)/0,9 − 0,75
    const r = ikpa({ ...n, revisiDipa: null }, { tahun: 2025, dispensasiPermil: 2 });
    expect(r.nilaiAkhir.eq(new Decimal('83.703').div('0.9').minus('0.75'))).toBe(true);
  });

  it.each([
    [0, '0'],
    ['0,005', '0'],
    ['0,01', '0.25'],
    ['0,099', '0.25'],
    ['0,0995', '0.25'],
    ['0,1', '0.5'],
    ['0,99', '0.5'],
    [1, '0.75'],
    ['4,99', '0.75'],
    [5, '1'],
    [1000, '1'],
  ])('PER-5/PB/2024 tabel pengurang: %s ‰ → %s', (permil, pengurang) => {
    const h = ikpa(semuaSeratus(ATURAN_IKPA.PER_5_PB_2024), { tahun: 2024, dispensasiPermil: permil });
    expect(h.pengurangDispensasi.toString()).toBe(pengurang);
    expect(h.nilaiAkhir.toString()).toBe(new Decimal(100).minus(pengurang).toString());
  });

  it('the deduction never drives the score below 0', () => {
    const nol = Object.fromEntries(ATURAN_IKPA.PER_5_PB_2024.indikator.map((i) => [i.id, 0]));
    expect(ikpa(nol, { tahun: 2024, dispensasiPermil: 10 }).nilaiAkhir.toString()).toBe('0');
  });

  it('the trace shows each step with the exact numbers', () => {
    const h = ikpa({ ...SATKER_2022, belanjaKontraktual: null }, { tahun: 2022 });
    const [total, konversi, akhir] = h.langkah;
    expect(total?.hasil.toString()).toBe('85.317');
    expect(total?.rumus).toContain('68,72 × 10/100');
    expect(konversi?.rumus).toContain('90/100 = 0,9');
    expect(akhir?.rumus).toMatch(/^85,317 \/ 0,9 = 94,79/);
  });

  it('langkah is part of the result, built once on first read', () => {
    const h = ikpa(SATKER_2022, { tahun: 2022 });
    expect(Object.keys(h)).toContain('langkah');
    expect(h.langkah).toBe(h.langkah);
    expect(h.langkah.map((l) => l.hasil.toString())).toEqual([
      '95.267',
      '1',
      '95.267',
      '84.36',
      '98.14',
      '97.3',
    ]);
  });

  it("a Laporan's IKPA section (BagianIkpa) feeds ikpa directly", () => {
    const laporan = bacaLaporan({
      instansi: 'Satker contoh',
      tahun: 2023,
      sasaran: [],
      ikpa: { versi: 'PER-5/PB/2022', nilai: { ...SATKER_2022, belanjaKontraktual: null } },
    });
    const bagian = laporan.ikpa!;
    expect(ikpa(bagian.nilai, { versi: bagian.versi }).nilaiTotal.toString()).toBe('85.317');
  });

  it('accepts numbers, Indonesian strings and Decimals alike', () => {
    const a = ikpa(SATKER_2022, { tahun: 2022 });
    const b = ikpa(
      { ...SATKER_2022, deviasiHalamanIIIDipa: new Decimal('68.72'), capaianOutput: 97.3 },
      { tahun: 2022 },
    );
    expect(b.nilaiAkhir.toString()).toBe(a.nilaiAkhir.toString());
  });

  it('does not mutate its input', () => {
    const n = bekukan({ ...SATKER_2022, belanjaKontraktual: null });
    const opsi = bekukan({ tahun: 2022 });
    expect(() => ikpa(n, opsi)).not.toThrow();
  });

  it('a custom band table, or none', () => {
    expect(ikpa(SATKER_2022, { tahun: 2022, skala: null }).predikat).toBeNull();
    const h = ikpa({ ...SATKER_2022, capaianOutput: 70 }, { tahun: 2022, skala: SKALA.IKPA_VARIAN_79 });
    // 95,267 − 24,325 + 17,5 = 88,442 → Cukup under both tables
    expect(h.nilaiAkhir.toString()).toBe('88.442');
    expect(h.predikat?.label).toBe('Cukup');
  });
});

describe('ikpa: galat', () => {
  it('missing indicator → IKPA_INDIKATOR_HILANG with its lokasi', () => {
    const { capaianOutput: _c, ...n } = SATKER_2022;
    expect(kodeGalat(() => ikpa(n, { tahun: 2022 }))).toBe('IKPA_INDIKATOR_HILANG');
    expect(lokasiGalat(() => ikpa(n, { tahun: 2022 }))).toBe('nilai.capaianOutput');
    // undefined is missing, not "not applicable"
    expect(
      kodeGalat(() => ikpa({ ...SATKER_2022, capaianOutput: undefined as unknown as null }, { tahun: 2022 })),
    ).toBe('IKPA_INDIKATOR_HILANG');
  });

  it('unknown indicator → IKPA_INDIKATOR_TIDAK_DIKENAL (including ids of another version)', () => {
    expect(kodeGalat(() => ikpa({ ...SATKER_2022, lpjBendahara: 100 }, { tahun: 2022 }))).toBe(
      'IKPA_INDIKATOR_TIDAK_DIKENAL',
    );
    expect(kodeGalat(() => ikpa({ ...SATKER_2022, revisiDIPA: 100 }, { tahun: 2022 }))).toBe(
      'IKPA_INDIKATOR_TIDAK_DIKENAL',
    );
    // 2024 has no weighted dispensasi: it must come as dispensasiPermil
    expect(kodeGalat(() => ikpa(SATKER_2022, { tahun: 2024 }))).toBe('IKPA_INDIKATOR_TIDAK_DIKENAL');
    expect(kodeGalat(() => ikpa(SATKER_2022, { tahun: 2022, dispensasiPermil: 1 }))).toBe(
      'IKPA_INDIKATOR_TIDAK_DIKENAL',
    );
  });

  it.each([-1, '-0,01', '100,01', 101, 1e9])('value %s out of range → IKPA_NILAI_DI_LUAR_RENTANG', (v) => {
    expect(kodeGalat(() => ikpa({ ...SATKER_2022, revisiDipa: v }, { tahun: 2022 }))).toBe(
      'IKPA_NILAI_DI_LUAR_RENTANG',
    );
  });

  it('dispensasi ratio out of 0–1000 ‰ → IKPA_NILAI_DI_LUAR_RENTANG', () => {
    const n = semuaSeratus(ATURAN_IKPA.PER_5_PB_2024);
    expect(kodeGalat(() => ikpa(n, { tahun: 2024, dispensasiPermil: -0.1 }))).toBe(
      'IKPA_NILAI_DI_LUAR_RENTANG',
    );
    expect(kodeGalat(() => ikpa(n, { tahun: 2024, dispensasiPermil: '1000,1' }))).toBe(
      'IKPA_NILAI_DI_LUAR_RENTANG',
    );
  });

  it('unreadable values keep the parser code and gain a lokasi', () => {
    const f = () => ikpa({ ...SATKER_2022, penyerapanAnggaran: '#VALUE!' }, { tahun: 2022 });
    expect(kodeGalat(f)).toBe('ANGKA_GALAT_SPREADSHEET');
    expect(lokasiGalat(f)).toBe('nilai.penyerapanAnggaran');
    expect(kodeGalat(() => ikpa({ ...SATKER_2022, revisiDipa: Number.NaN }, { tahun: 2022 }))).toBe(
      'ANGKA_TIDAK_HINGGA',
    );
  });

  it('all indicators null → IKPA_TIDAK_ADA_INDIKATOR_BERLAKU', () => {
    const n = Object.fromEntries(Object.keys(SATKER_2022).map((k) => [k, null]));
    expect(kodeGalat(() => ikpa(n, { tahun: 2022 }))).toBe('IKPA_TIDAK_ADA_INDIKATOR_BERLAKU');
  });

  it('version: none, both, unknown', () => {
    expect(kodeGalat(() => ikpa(SATKER_2022, {}))).toBe('IKPA_VERSI_TIDAK_DIKENAL');
    expect(kodeGalat(() => ikpa(SATKER_2022, { tahun: 2022, versi: 'PER-5/PB/2022' }))).toBe(
      'IKPA_VERSI_TIDAK_DIKENAL',
    );
    expect(kodeGalat(() => ikpa(SATKER_2022, { versi: 'PER-5/PB/2023' }))).toBe('IKPA_VERSI_TIDAK_DIKENAL');
    expect(kodeGalat(() => ikpa(SATKER_2022, { tahun: 2019 }))).toBe('IKPA_TAHUN_TIDAK_DIKENAL');
  });

  it('not an object → IKPA_INDIKATOR_HILANG', () => {
    // biome-ignore lint/suspicious/noExplicitAny: deliberately wrong input
    expect(kodeGalat(() => ikpa(null as any, { tahun: 2022 }))).toBe('IKPA_INDIKATOR_HILANG');
    // biome-ignore lint/suspicious/noExplicitAny: deliberately wrong input
    expect(kodeGalat(() => ikpa([100] as any, { tahun: 2022 }))).toBe('IKPA_INDIKATOR_HILANG');
  });
});

/** Random inputs for a version: each indicator a 2-decimal value or (sometimes) null. */
const masukanAcak = (a: AturanIkpa, bolehNull: boolean) =>
  fc
    .tuple(...a.indikator.map(() => (bolehNull ? fc.option(nilai0sd100, { freq: 4 }) : nilai0sd100)))
    .map(
      (vs) =>
        Object.fromEntries(a.indikator.map((i, n) => [i.id, vs[n] ?? null])) as Record<
          string,
          Decimal | null
        >,
    )
    .filter((m) => Object.values(m).some((v) => v !== null));

describe('ikpa: hukum (fast-check)', () => {
  it.each(SEMUA.map((a) => [a.versi, a] as const))(
    '%s: nilai sebelum pengurang di antara min dan maks masukan yang berlaku',
    (_versi, a) => {
      fc.assert(
        fc.property(masukanAcak(a, true), (m) => {
          const h = ikpa(m, { versi: a });
          const vs = Object.values(m).filter((v): v is Decimal => v !== null);
          expect(h.nilaiSebelumPengurang.gte(Decimal.min(...vs))).toBe(true);
          expect(h.nilaiSebelumPengurang.lte(Decimal.max(...vs))).toBe(true);
          expect(h.nilaiAkhir.isFinite()).toBe(true);
        }),
      );
    },
  );

  it.each(SEMUA.map((a) => [a.versi, a] as const))(
    '%s: renormalisasi tidak mengubah satker yang semua indikatornya berlaku',
    (_versi, a) => {
      fc.assert(
        fc.property(masukanAcak(a, false), (m) => {
          const h = ikpa(m, { versi: a });
          expect(h.konversiBobot.toString()).toBe('1');
          expect(h.nilaiSebelumPengurang.toString()).toBe(h.nilaiTotal.toString());
        }),
      );
    },
  );

  it.each(SEMUA.map((a) => [a.versi, a] as const))(
    '%s: sama dengan rata-rata tertimbang yang dihitung dengan bilangan bulat (per seratus)',
    (_versi, a) => {
      fc.assert(
        fc.property(masukanAcak(a, true), (m) => {
          // Independent: Σ (value in hundredths × weight in hundredths) / Σ weights, in BigInt.
          let pembilang = 0n;
          let penyebut = 0n;
          for (const i of a.indikator) {
            const v = m[i.id];
            if (v === null || v === undefined) continue;
            const w = BigInt(i.bobot.times(100).toFixed(0));
            pembilang += BigInt(v.times(100).toFixed(0)) * w;
            penyebut += w;
          }
          const harapan = new Decimal(pembilang.toString()).div(penyebut.toString()).div(100);
          expect(ikpa(m, { versi: a }).nilaiSebelumPengurang.toString()).toBe(harapan.toString());
        }),
      );
    },
  );

  it('menaikkan satu indikator tidak pernah menurunkan nilai akhir', () => {
    const a = ATURAN_IKPA.PER_5_PB_2022;
    fc.assert(
      fc.property(masukanAcak(a, true), fc.nat({ max: 7 }), nilai0sd100, (m, k, tambah) => {
        const id = a.indikator[k]?.id as string;
        const v = m[id];
        fc.pre(v !== null && v !== undefined);
        const naik = Decimal.min(v.plus(tambah), 100);
        const sebelum = ikpa(m, { versi: a }).nilaiAkhir;
        const sesudah = ikpa({ ...m, [id]: naik }, { versi: a }).nilaiAkhir;
        expect(sesudah.gte(sebelum)).toBe(true);
      }),
    );
  });

  it('PER-5/PB/2024: pengurang naik menurut rasio, nilai akhir = maks(0, sebelum − pengurang)', () => {
    const a = ATURAN_IKPA.PER_5_PB_2024;
    const permil = fc.integer({ min: 0, max: 1_000_000 }).map((n) => new Decimal(n).div(1000));
    fc.assert(
      fc.property(masukanAcak(a, true), permil, permil, (m, p, q) => {
        const [kecil, besar] = p.lte(q) ? [p, q] : [q, p];
        const h1 = ikpa(m, { versi: a, dispensasiPermil: kecil });
        const h2 = ikpa(m, { versi: a, dispensasiPermil: besar });
        expect(h2.pengurangDispensasi.gte(h1.pengurangDispensasi)).toBe(true);
        expect(h2.nilaiAkhir.lte(h1.nilaiAkhir)).toBe(true);
        const harapan = Decimal.max(0, h1.nilaiSebelumPengurang.minus(h1.pengurangDispensasi));
        expect(h1.nilaiAkhir.toString()).toBe(harapan.toString());
      }),
    );
  });
});
