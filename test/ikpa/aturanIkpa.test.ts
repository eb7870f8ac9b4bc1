import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ATURAN_IKPA, buatAturanIkpa, Decimal, ID_INDIKATOR_IKPA, ikpa } from '../../src/index.js';
import { dihitung, galat, kodeGalat } from './alat.js';

// RUMUS.md §8, copied by hand (and checked against the KPPN Kotabumi letter S-168/WPB.08/KP.03/2021
// for TA 2020/2021 and the DJPb reformulation 2022 handbook): the expected weight of each indicator.
const BOBOT_DIHARAP: Record<string, Record<string, number>> = {
  PER_4_PB_2020: {
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
  TA_2021: {
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
  PER_5_PB_2022: {
    revisiDipa: 10,
    deviasiHalamanIIIDipa: 10,
    penyerapanAnggaran: 20,
    belanjaKontraktual: 10,
    penyelesaianTagihan: 10,
    pengelolaanUpTup: 10,
    dispensasiSpm: 5,
    capaianOutput: 25,
  },
  PER_5_PB_2024: {
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

describe('ATURAN_IKPA: bobot per aturan (RUMUS.md §8)', () => {
  it('ids are the keys, in SCREAMING_SNAKE', () => {
    expect(Object.keys(ATURAN_IKPA)).toEqual(['PER_4_PB_2020', 'TA_2021', 'PER_5_PB_2022', 'PER_5_PB_2024']);
    for (const [k, a] of Object.entries(ATURAN_IKPA)) {
      expect(a.id).toBe(k);
      expect(a.jenis).toBe('ikpa');
    }
    // The regulation keeps its own spelling in nama.
    expect(ATURAN_IKPA.PER_5_PB_2022.nama).toMatch(/^PER-5\/PB\/2022/);
  });

  it.each(SEMUA.map((a) => [a.id, a] as const))('%s: bobot sesuai tabel', (id, a) => {
    const nyata = Object.fromEntries(a.indikator.map((i) => [i.id, Number(i.bobot.toString())]));
    expect(nyata).toEqual(BOBOT_DIHARAP[id]);
  });

  it.each(SEMUA.map((a) => [a.id, a] as const))('%s: jumlah bobot tepat 100', (_id, a) => {
    const total = a.indikator.reduce((s, i) => s.plus(i.bobot), new Decimal(0));
    expect(total.toString()).toBe('100');
  });

  it('hand sums of the expected tables are 100 too (the table itself is consistent)', () => {
    for (const t of Object.values(BOBOT_DIHARAP)) {
      expect(Object.values(t).reduce((s, b) => s + b, 0)).toBe(100);
    }
  });

  it('every indicator id is one of ID_INDIKATOR_IKPA, and every id is used by some rule', () => {
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
    expect(ATURAN_IKPA.TA_2021.aspek).toEqual([]);
  });

  it('only PER_5_PB_2024 deducts dispensasi, and does not weigh it', () => {
    expect(ATURAN_IKPA.PER_5_PB_2024.pengurangDispensasi).toBeDefined();
    expect(ATURAN_IKPA.PER_5_PB_2024.indikator.some((i) => i.id === 'dispensasiSpm')).toBe(false);
    for (const a of [ATURAN_IKPA.PER_4_PB_2020, ATURAN_IKPA.TA_2021, ATURAN_IKPA.PER_5_PB_2022]) {
      expect(a.pengurangDispensasi).toBeUndefined();
    }
  });
});

describe('ATURAN_IKPA: tahun berlaku tertutup', () => {
  it('every preset has a closed berlaku range ending in 2026 at the latest, without overlaps', () => {
    const tahun = new Map<number, string>();
    for (const a of SEMUA) {
      const { dari, sampai } = a.berlaku ?? {};
      expect(dari).toBeTypeOf('number');
      expect(sampai).toBeTypeOf('number');
      expect(sampai as number).toBeLessThanOrEqual(2026);
      for (let t = dari as number; t <= (sampai as number); t++) {
        expect(tahun.has(t)).toBe(false);
        tahun.set(t, a.id);
      }
    }
    expect([...tahun.keys()].sort()).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026]);
  });

  it('every year a rule declares picks that rule', () => {
    for (const a of SEMUA) {
      const n = Object.fromEntries(a.indikator.map((i) => [i.id, 100]));
      for (let t = a.berlaku?.dari as number; t <= (a.berlaku?.sampai as number); t++) {
        expect(dihitung(ikpa(n, { tahun: t })).aturan.id).toBe(a.id);
      }
    }
  });
});

const dasar = { id: 'UJI', nama: 'Uji', sumber: 'uji', status: 'belum-terverifikasi' as const };

describe('buatAturanIkpa: aturan buatan pengguna divalidasi', () => {
  it('accepts weights given as Indonesian strings summing to exactly 100; deep-frozen; built once', () => {
    const a = buatAturanIkpa({
      ...dasar,
      berlaku: { dari: 2027, sampai: 2027 },
      indikator: [
        { id: 'penyerapanAnggaran', nama: 'P', bobot: '33,34' },
        { id: 'capaianOutput', nama: 'C', bobot: '66,66' },
      ],
    });
    expect(Object.isFrozen(a.indikator[0]?.bobot)).toBe(true);
    expect(buatAturanIkpa(a)).toBe(a);
    const h = dihitung(ikpa({ penyerapanAnggaran: 100, capaianOutput: 100 }, { aturan: a, tahun: 2027 }));
    expect(h.nilai.toString()).toBe('100');
    expect(h.aturan.id).toBe('UJI');
  });

  it('a definition can be given directly as the option aturan (validated on use)', () => {
    const definisi = { ...dasar, indikator: [{ id: 'capaianOutput', nama: 'C', bobot: 100 }] };
    expect(dihitung(ikpa({ capaianOutput: '87,5' }, { aturan: definisi })).nilai.toString()).toBe('87.5');
    const salah = { ...dasar, indikator: [{ id: 'capaianOutput', nama: 'C', bobot: 60 }] };
    expect(kodeGalat(() => ikpa({ capaianOutput: 1 }, { aturan: salah }))).toBe('ATURAN_TIDAK_VALID');
    // Freezing a definition does not make it valid: validity is remembered, never guessed from isFrozen.
    expect(
      kodeGalat(() =>
        ikpa({ capaianOutput: 1 }, { aturan: Object.freeze({ ...salah, jenis: 'ikpa' as const }) }),
      ),
    ).toBe('ATURAN_TIDAK_VALID');
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
  ])('%s → ATURAN_TIDAK_VALID', (_judul, indikator) => {
    expect(kodeGalat(() => buatAturanIkpa({ ...dasar, indikator }))).toBe('ATURAN_TIDAK_VALID');
  });

  it('every problem is listed with its path', () => {
    const g = galat(() =>
      buatAturanIkpa({ ...dasar, indikator: [{ id: 'a', nama: 'A', bobot: 90, aspek: 'hasil' }] }),
    );
    expect(g.masalah.map((m) => m.lokasi)).toEqual(['indikator', 'indikator[0].aspek']);
    expect(g.message).toMatch(/jumlah bobot 90, harus 100/);
  });

  it('an unknown key in a definition names the nearest known key', () => {
    const g = galat(() =>
      buatAturanIkpa({ ...dasar, indikator: [{ id: 'a', nama: 'A', bobott: 100 }] } as never),
    );
    expect(g.kode).toBe('ATURAN_TIDAK_VALID');
    expect(g.message).toMatch(/maksudnya "bobot"\?/);
    expect(galat(() => buatAturanIkpa({ ...dasar, indikatr: [] } as never)).message).toMatch(
      /maksudnya "indikator"\?/,
    );
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
  ])('tabel pengurang %s → ATURAN_TIDAK_VALID', (_judul, pengurangDispensasi) => {
    const indikator = [{ id: 'a', nama: 'A', bobot: 100 }];
    expect(kodeGalat(() => buatAturanIkpa({ ...dasar, indikator, pengurangDispensasi }))).toBe(
      'ATURAN_TIDAK_VALID',
    );
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
          expect(kodeGalat(() => buatAturanIkpa({ ...dasar, indikator: salah }))).toBe('ATURAN_TIDAK_VALID');
        },
      ),
    );
  });
});
