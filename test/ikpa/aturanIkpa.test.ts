import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ATURAN_IKPA,
  aturanIkpaTahun,
  aturanIkpaVersi,
  buatAturanIkpa,
  Decimal,
  ID_INDIKATOR_IKPA,
  ikpa,
} from '../../src/index.js';
import { kodeGalat, lokasiGalat } from './alat.js';

// RUMUS.md §8, copied by hand (and checked against the KPPN Kotabumi letter S-168/WPB.08/KP.03/2021
// for TA 2020/2021 and the DJPb reformulation 2022 handbook): the expected weight of each indicator.
const BOBOT_DIHARAP: Record<string, Record<string, number>> = {
  'PER-4/PB/2020': {
    revisiDipa: 5,
    deviasiHalamanIIIDipa: 5,
    penyerapanAnggaran: 15,
    belanjaKontraktual: 15,
    penyelesaianTagihan: 12,
    pengelolaanUpTup: 8,
    dispensasiSpm: 5,
    capaianOutput: 10,
    lpjBendahara: 5,
    renkas: 5,
    kesalahanSpm: 5,
    returSp2d: 5,
    paguMinus: 5,
  },
  'PER-4/PB/2021': {
    revisiDipa: 5,
    deviasiHalamanIIIDipa: 5,
    penyerapanAnggaran: 15,
    belanjaKontraktual: 10,
    penyelesaianTagihan: 10,
    pengelolaanUpTup: 8,
    dispensasiSpm: 5,
    capaianOutput: 17,
    lpjBendahara: 5,
    renkas: 5,
    kesalahanSpm: 5,
    returSp2d: 5,
    paguMinus: 5,
  },
  'PER-5/PB/2022': {
    revisiDipa: 10,
    deviasiHalamanIIIDipa: 10,
    penyerapanAnggaran: 20,
    belanjaKontraktual: 10,
    penyelesaianTagihan: 10,
    pengelolaanUpTup: 10,
    dispensasiSpm: 5,
    capaianOutput: 25,
  },
  'PER-5/PB/2024': {
    revisiDipa: 10,
    deviasiHalamanIIIDipa: 15,
    penyerapanAnggaran: 20,
    belanjaKontraktual: 10,
    penyelesaianTagihan: 10,
    pengelolaanUpTup: 10,
    capaianOutput: 25,
  },
};

const SEMUA = Object.values(ATURAN_IKPA);

describe('ATURAN_IKPA: bobot per versi (RUMUS.md §8)', () => {
  it.each(SEMUA.map((a) => [a.versi, a] as const))('%s: bobot sesuai tabel', (versi, a) => {
    const nyata = Object.fromEntries(a.indikator.map((i) => [i.id, Number(i.bobot.toString())]));
    expect(nyata).toEqual(BOBOT_DIHARAP[versi]);
  });

  it.each(SEMUA.map((a) => [a.versi, a] as const))('%s: jumlah bobot tepat 100', (_versi, a) => {
    const total = a.indikator.reduce((s, i) => s.plus(i.bobot), new Decimal(0));
    expect(total.toString()).toBe('100');
  });

  it('hand sums of the expected tables are 100 too (the table itself is consistent)', () => {
    for (const t of Object.values(BOBOT_DIHARAP)) {
      expect(Object.values(t).reduce((s, b) => s + b, 0)).toBe(100);
    }
  });

  it('every indicator id is one of ID_INDIKATOR_IKPA, and every id is used by some version', () => {
    const dipakai = new Set(SEMUA.flatMap((a) => a.indikator.map((i) => i.id)));
    expect([...dipakai].sort()).toEqual([...ID_INDIKATOR_IKPA].sort());
  });

  it('each rule set carries sumber and status', () => {
    for (const a of SEMUA) {
      expect(a.sumber.length).toBeGreaterThan(10);
      expect(['terverifikasi', 'sesuai-praktik', 'belum-terverifikasi']).toContain(a.status);
    }
    expect(ATURAN_IKPA.PER_5_PB_2024.status).toBe('sesuai-praktik');
  });

  it('2022+ aspects: perencanaan 20/25, pelaksanaan 55/50, hasil 25 (weights per aspect)', () => {
    const perAspek = (a: (typeof SEMUA)[number]) => {
      const r: Record<string, number> = {};
      for (const i of a.indikator) r[i.aspek ?? '-'] = (r[i.aspek ?? '-'] ?? 0) + Number(i.bobot.toString());
      return r;
    };
    expect(perAspek(ATURAN_IKPA.PER_5_PB_2022)).toEqual({ perencanaan: 20, pelaksanaan: 55, hasil: 25 });
    expect(perAspek(ATURAN_IKPA.PER_5_PB_2024)).toEqual({ perencanaan: 25, pelaksanaan: 50, hasil: 25 });
    expect(ATURAN_IKPA.PER_4_PB_2021.aspek).toEqual([]);
  });

  it('only PER-5/PB/2024 deducts dispensasi, and does not weigh it', () => {
    expect(ATURAN_IKPA.PER_5_PB_2024.pengurangDispensasi).toBeDefined();
    expect(ATURAN_IKPA.PER_5_PB_2024.indikator.some((i) => i.id === 'dispensasiSpm')).toBe(false);
    for (const a of [ATURAN_IKPA.PER_4_PB_2020, ATURAN_IKPA.PER_4_PB_2021, ATURAN_IKPA.PER_5_PB_2022]) {
      expect(a.pengurangDispensasi).toBeUndefined();
    }
  });
});

describe('aturanIkpaTahun / aturanIkpaVersi', () => {
  it.each([
    [2020, 'PER-4/PB/2020'],
    [2021, 'PER-4/PB/2021'],
    [2022, 'PER-5/PB/2022'],
    [2023, 'PER-5/PB/2022'],
    [2024, 'PER-5/PB/2024'],
    [2025, 'PER-5/PB/2024'],
    [2031, 'PER-5/PB/2024'],
  ])('TA %i → %s', (tahun, versi) => {
    expect(aturanIkpaTahun(tahun).versi).toBe(versi);
    expect(aturanIkpaVersi(versi).versi).toBe(versi);
  });

  it.each([2019, 1999, 2022.5, Number.NaN])('TA %s → IKPA_TAHUN_TIDAK_DIKENAL', (tahun) => {
    expect(kodeGalat(() => aturanIkpaTahun(tahun))).toBe('IKPA_TAHUN_TIDAK_DIKENAL');
  });

  it('an unknown version id is an error', () => {
    expect(kodeGalat(() => aturanIkpaVersi('PER-5/PB/2023'))).toBe('IKPA_VERSI_TIDAK_DIKENAL');
    expect(kodeGalat(() => aturanIkpaVersi(''))).toBe('IKPA_VERSI_TIDAK_DIKENAL');
  });

  it('every year a version declares maps back to it (no overlaps between versions)', () => {
    for (const a of SEMUA) {
      const akhir = a.tahun.sampai ?? a.tahun.dari + 5;
      for (let t = a.tahun.dari; t <= akhir; t++) expect(aturanIkpaTahun(t)).toBe(a);
    }
  });
});

const dasar = {
  versi: 'uji',
  nama: 'Uji',
  tahun: { dari: 2025 },
  sumber: 'uji',
  status: 'belum-terverifikasi' as const,
};

describe('buatAturanIkpa: aturan buatan pengguna divalidasi', () => {
  it('accepts weights given as Indonesian strings summing to exactly 100', () => {
    const a = buatAturanIkpa({
      ...dasar,
      indikator: [
        { id: 'penyerapanAnggaran', nama: 'P', bobot: '33,34' },
        { id: 'capaianOutput', nama: 'C', bobot: '66,66' },
      ],
    });
    expect(Object.isFrozen(a)).toBe(true);
    expect(ikpa({ penyerapanAnggaran: 100, capaianOutput: 100 }, { versi: a }).nilaiAkhir.toString()).toBe(
      '100',
    );
  });

  it.each([
    ['jumlah 99,99', [{ id: 'a', nama: 'A', bobot: '99,99' }]],
    [
      'jumlah 100,01',
      [
        { id: 'a', nama: 'A', bobot: 50 },
        { id: 'b', nama: 'B', bobot: '50,01' },
      ],
    ],
    [
      'id ganda',
      [
        { id: 'a', nama: 'A', bobot: 50 },
        { id: 'a', nama: 'B', bobot: 50 },
      ],
    ],
    [
      'bobot 0',
      [
        { id: 'a', nama: 'A', bobot: 100 },
        { id: 'b', nama: 'B', bobot: 0 },
      ],
    ],
    [
      'bobot negatif',
      [
        { id: 'a', nama: 'A', bobot: 110 },
        { id: 'b', nama: 'B', bobot: -10 },
      ],
    ],
    ['id bukan camelCase', [{ id: 'Revisi DIPA', nama: 'A', bobot: 100 }]],
    ['aspek tidak dideklarasikan', [{ id: 'a', nama: 'A', bobot: 100, aspek: 'hasil' }]],
    ['tanpa indikator', []],
  ])('%s → IKPA_ATURAN_TIDAK_VALID', (_judul, indikator) => {
    expect(kodeGalat(() => buatAturanIkpa({ ...dasar, indikator }))).toBe('IKPA_ATURAN_TIDAK_VALID');
  });

  it('the message and lokasi name the field', () => {
    const f = () => buatAturanIkpa({ ...dasar, indikator: [{ id: 'a', nama: 'A', bobot: 90 }] });
    expect(lokasiGalat(f)).toBe('indikator');
    expect(() => f()).toThrow(/jumlah bobot 90, harus 100/);
  });

  it.each([
    ['tidak mulai dari 0', [{ dari: 1, pengurang: 1 }]],
    [
      'tidak naik',
      [
        { dari: 0, pengurang: 0 },
        { dari: 1, pengurang: 1 },
        { dari: 1, pengurang: 2 },
      ],
    ],
    ['pengurang negatif', [{ dari: 0, pengurang: -1 }]],
  ])('tabel pengurang %s → IKPA_ATURAN_TIDAK_VALID', (_judul, pengurangDispensasi) => {
    const indikator = [{ id: 'a', nama: 'A', bobot: 100 }];
    expect(kodeGalat(() => buatAturanIkpa({ ...dasar, indikator, pengurangDispensasi }))).toBe(
      'IKPA_ATURAN_TIDAK_VALID',
    );
  });

  it('a rule set passed to ikpa without buatAturanIkpa is validated too', () => {
    const mentah = { ...dasar, indikator: [{ id: 'a', nama: 'A', bobot: 60 }] };
    // biome-ignore lint/suspicious/noExplicitAny: deliberately unvalidated input
    expect(kodeGalat(() => ikpa({ a: 100 }, { versi: mentah as any }))).toBe('IKPA_ATURAN_TIDAK_VALID');
  });

  it('property: any split of 100 into positive hundredths is accepted; any other total is rejected', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 3000 }), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: -500, max: 500 }).filter((d) => d !== 0),
        (mentah, geser) => {
          // Scale to hundredths summing to 10 000 (= 100,00), the last one absorbing the remainder.
          const total = mentah.reduce((s, x) => s + x, 0);
          const ratusan = mentah.map((x) => Math.floor((x * 10_000) / total));
          ratusan[ratusan.length - 1]! += 10_000 - ratusan.reduce((s, x) => s + x, 0);
          fc.pre(ratusan.every((x) => x > 0));
          const indikator = ratusan.map((r, i) => ({
            id: `i${i}`,
            nama: `I${i}`,
            bobot: new Decimal(r).div(100),
          }));
          expect(kodeGalat(() => buatAturanIkpa({ ...dasar, indikator }))).toBeUndefined();
          const last = indikator[indikator.length - 1]!;
          fc.pre(last.bobot.plus(new Decimal(geser).div(100)).gt(0));
          const salah = [
            ...indikator.slice(0, -1),
            { ...last, bobot: last.bobot.plus(new Decimal(geser).div(100)) },
          ];
          expect(kodeGalat(() => buatAturanIkpa({ ...dasar, indikator: salah }))).toBe(
            'IKPA_ATURAN_TIDAK_VALID',
          );
        },
      ),
    );
  });
});
