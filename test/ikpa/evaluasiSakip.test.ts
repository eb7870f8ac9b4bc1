import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ATURAN_EVALUASI_SAKIP,
  buatAturanEvaluasiSakip,
  Decimal,
  evaluasiSakip,
  predikat,
  SKALA,
} from '../../src/index.js';
import { bekukan, galat, kodeGalat, lokasiGalat, rusakSemua } from './alat.js';

// LKIP 2024 Dinas Sosial Kabupaten Barito Kuala: "hasil evaluasi atas akuntabilitas kinerja Dinas
// Sosial menunjukkan nilai sebesar 71,91 dengan predikat BB" (LHE AKIP Nomor 700/78/IP/2024). The
// report does not print the components: the split below is made up, summing to 71,91 by hand.
const NILAI_SAKIP_DINSOS_2024 = '71,91';
const KOMPONEN_CONTOH = {
  perencanaan: { keberadaan: '5,4', kualitas: '6,3', pemanfaatan: '9,8' }, // 21,5
  pengukuran: 21,
  pelaporan: '11,16',
  evaluasiInternal: '18,25',
};

const A = ATURAN_EVALUASI_SAKIP.PERMENPANRB_88_2021;

describe('ATURAN_EVALUASI_SAKIP.PERMENPANRB_88_2021', () => {
  it('components 30/30/15/25 summing to 100', () => {
    expect(A.id).toBe('PERMENPANRB_88_2021');
    expect(A.komponen.map((k) => [k.id, k.bobot.toString()])).toEqual([
      ['perencanaan', '30'],
      ['pengukuran', '30'],
      ['pelaporan', '15'],
      ['evaluasiInternal', '25'],
    ]);
    expect(A.komponen.reduce((s, k) => s.plus(k.bobot), new Decimal(0)).toString()).toBe('100');
  });

  it('each component splits 20 % / 30 % / 50 % into keberadaan / kualitas / pemanfaatan', () => {
    for (const k of A.komponen) {
      expect(k.subKomponen.map((s) => s.id)).toEqual(['keberadaan', 'kualitas', 'pemanfaatan']);
      expect(k.subKomponen.map((s) => s.bobot.toString())).toEqual(
        ['0.2', '0.3', '0.5'].map((f) => k.bobot.times(f).toString()),
      );
    }
    expect(A.komponen.map((k) => k.subKomponen.map((s) => s.kode))).toEqual([
      ['1.a', '1.b', '1.c'],
      ['2.a', '2.b', '2.c'],
      ['3.a', '3.b', '3.c'],
      ['4.a', '4.b', '4.c'],
    ]);
    expect(A.status).toBe('sesuai-praktik');
  });
});

describe('evaluasiSakip', () => {
  it('the sample report: Nilai SAKIP 71,91 is BB', () => {
    expect(predikat(NILAI_SAKIP_DINSOS_2024, SKALA.PERMENPANRB_88_2021).kode).toBe('BB');
    const h = evaluasiSakip(KOMPONEN_CONTOH);
    expect(h.perKomponen.map((k) => k.nilai.toString())).toEqual(['21.5', '21', '11.16', '18.25']);
    expect(h.nilai.toString()).toBe('71.91');
    expect(h.predikat?.kode).toBe('BB');
    expect(h.aturan.id).toBe('PERMENPANRB_88_2021');
    expect(h.perKomponen[0]?.subKomponen?.map((s) => s.nilai.toString())).toEqual(['5.4', '6.3', '9.8']);
    expect(h.perKomponen[1]?.subKomponen).toBeNull();
    const total = h.langkah.find((l) => l.rumus === 'nilai evaluasi SAKIP = Σ nilai komponen');
    expect(Object.values(total?.masukan ?? {}).map(String)).toEqual(['21.5', '21', '11.16', '18.25']);
    expect(total?.hasil.toString()).toBe('71.91');
    expect(h.langkah.at(-1)).toMatchObject({
      rumus: 'predikat menurut skala PERMENPANRB_88_2021',
      hasil: 'BB (Sangat Baik)',
    });
  });

  it.each([
    [100, 'AA'],
    ['90,01', 'AA'],
    [90, 'A'],
    ['80,03', 'A'],
    [80, 'BB'],
    [70, 'B'],
    [60, 'CC'],
    [50, 'C'],
    [30, 'D'],
    [0, 'D'],
  ])('total %s → %s', (total, kode) => {
    // Spread the total over the components proportionally: scale every weight by total/100.
    const t = new Decimal(String(total).replace(',', '.'));
    const n = Object.fromEntries(A.komponen.map((k) => [k.id, k.bobot.times(t.div(100))]));
    const h = evaluasiSakip(n);
    expect(h.nilai.eq(t)).toBe(true);
    expect(h.predikat?.kode).toBe(kode);
  });

  it('no predikat with skala: null; a table by id', () => {
    expect(evaluasiSakip(KOMPONEN_CONTOH, { skala: null }).predikat).toBeNull();
    expect(evaluasiSakip(KOMPONEN_CONTOH, { skala: 'PERMENPANRB_88_2021' }).predikat?.kode).toBe('BB');
  });

  it('does not mutate its input', () => {
    expect(() => evaluasiSakip(bekukan(structuredClone(KOMPONEN_CONTOH)))).not.toThrow();
  });

  it('mutating any result object cannot change a later result; the preset is deeply frozen', () => {
    const sebelum = JSON.stringify(evaluasiSakip(KOMPONEN_CONTOH));
    rusakSemua(evaluasiSakip(KOMPONEN_CONTOH));
    rusakSemua(ATURAN_EVALUASI_SAKIP);
    expect(JSON.stringify(evaluasiSakip(KOMPONEN_CONTOH))).toBe(sebelum);
    expect(Object.isFrozen(A.komponen[0]?.subKomponen[0]?.bobot)).toBe(true);
  });

  it('a rule set of one’s own (components without sub-components), built or given directly', () => {
    const definisi = {
      id: 'DUA_KOMPONEN',
      nama: 'Dua komponen',
      sumber: 'uji',
      status: 'belum-terverifikasi' as const,
      komponen: [
        { id: 'satu', nama: 'Satu', bobot: 40 },
        { id: 'dua', nama: 'Dua', bobot: 60, subKomponen: [] },
      ],
    };
    const a = buatAturanEvaluasiSakip(definisi);
    expect(evaluasiSakip({ satu: 35, dua: '50,5' }, { aturan: a }).nilai.toString()).toBe('85.5');
    expect(evaluasiSakip({ satu: 35, dua: '50,5' }, { aturan: definisi }).nilai.toString()).toBe('85.5');
    expect(kodeGalat(() => evaluasiSakip({ satu: { a: 1 }, dua: 1 }, { aturan: a }))).toBe(
      'SAKIP_KOMPONEN_TIDAK_DIKENAL',
    );
  });
});

describe('evaluasiSakip: galat', () => {
  it.each([
    [{ ...KOMPONEN_CONTOH, perencanaan: 31 }, 'SAKIP_NILAI_DI_LUAR_RENTANG', 'nilai.perencanaan'],
    [{ ...KOMPONEN_CONTOH, pelaporan: '15,01' }, 'SAKIP_NILAI_DI_LUAR_RENTANG', 'nilai.pelaporan'],
    [{ ...KOMPONEN_CONTOH, pengukuran: -1 }, 'SAKIP_NILAI_DI_LUAR_RENTANG', 'nilai.pengukuran'],
    [
      { ...KOMPONEN_CONTOH, perencanaan: { keberadaan: '6,01', kualitas: 0, pemanfaatan: 0 } },
      'SAKIP_NILAI_DI_LUAR_RENTANG',
      'nilai.perencanaan.keberadaan',
    ],
    [
      { ...KOMPONEN_CONTOH, perencanaan: { keberadaan: 6, kualitas: 9 } },
      'SAKIP_KOMPONEN_HILANG',
      'nilai.perencanaan.pemanfaatan',
    ],
    [
      { ...KOMPONEN_CONTOH, perencanaan: { keberadaan: 6, kualitas: 9, pemanfaatan: 15, inovasi: 1 } },
      'SAKIP_KOMPONEN_TIDAK_DIKENAL',
      'nilai.perencanaan.inovasi',
    ],
    [{ ...KOMPONEN_CONTOH, capaianKinerja: 10 }, 'SAKIP_KOMPONEN_TIDAK_DIKENAL', 'nilai.capaianKinerja'],
    [{ perencanaan: 21, pengukuran: 21, pelaporan: 11 }, 'SAKIP_KOMPONEN_HILANG', 'nilai.evaluasiInternal'],
  ])('%o → %s at %s', (nilai, kode, lokasi) => {
    expect(kodeGalat(() => evaluasiSakip(nilai as never))).toBe(kode);
    expect(lokasiGalat(() => evaluasiSakip(nilai as never))).toBe(lokasi);
  });

  it('a misspelt component names the nearest id', () => {
    const g = galat(() => evaluasiSakip({ ...KOMPONEN_CONTOH, pelaporn: 1 }));
    expect(g.kode).toBe('SAKIP_KOMPONEN_TIDAK_DIKENAL');
    expect(g.message).toMatch(/maksudnya "pelaporan"\?/);
  });

  it('a misspelt option key names the nearest key', () => {
    const g = galat(() => evaluasiSakip(KOMPONEN_CONTOH, { skal: null } as never));
    expect(g.kode).toBe('OPSI_TIDAK_VALID');
    expect(g.message).toMatch(/maksudnya "skala"\?/);
  });

  it.each([
    [
      'komponen 30/30/15/20',
      (k: typeof A.komponen) =>
        k.map((x) => (x.id === 'evaluasiInternal' ? { ...x, bobot: 20, subKomponen: [] } : x)),
      'komponen',
    ],
    [
      'subkomponen tidak berjumlah bobot',
      (k: typeof A.komponen) =>
        k.map((x, i) => (i === 0 ? { ...x, bobot: 30, subKomponen: x.subKomponen.slice(1) } : x)),
      'komponen[0].subKomponen',
    ],
    [
      'id ganda',
      (k: typeof A.komponen) => [...k.slice(0, 3), { ...k[0]!, bobot: 25, subKomponen: [] }],
      'komponen',
    ],
  ])('aturan tidak valid: %s → ATURAN_TIDAK_VALID at %s', (_judul, ubah, lokasi) => {
    const g = galat(() => buatAturanEvaluasiSakip({ ...A, id: 'UBAH', komponen: ubah(A.komponen) } as never));
    expect(g.kode).toBe('ATURAN_TIDAK_VALID');
    expect(g.masalah.map((m) => m.lokasi)).toContain(lokasi);
  });
});

describe('evaluasiSakip: hukum', () => {
  it('total = Σ components, within 0–100, predikat never falls as the total rises', () => {
    const komponen = fc.tuple(
      ...A.komponen.map((k) =>
        fc
          .integer({ min: 0, max: Number(k.bobot.times(100).toFixed(0)) })
          .map((n) => new Decimal(n).div(100)),
      ),
    );
    fc.assert(
      fc.property(komponen, komponen, (p, q) => {
        const n = (xs: Decimal[]) => Object.fromEntries(A.komponen.map((k, i) => [k.id, xs[i] as Decimal]));
        const hp = evaluasiSakip(n(p));
        const hq = evaluasiSakip(n(q));
        expect(hp.nilai.toString()).toBe(p.reduce((s, x) => s.plus(x), new Decimal(0)).toString());
        expect(hp.nilai.gte(0) && hp.nilai.lte(100)).toBe(true);
        if (hp.nilai.lte(hq.nilai))
          expect(hp.predikat!.peringkat).toBeLessThanOrEqual(hq.predikat!.peringkat);
      }),
    );
  });
});
