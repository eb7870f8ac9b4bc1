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
import { bekukan, kodeGalat, lokasiGalat } from './alat.js';

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
    expect(h.total.toString()).toBe('71.91');
    expect(h.predikat?.kode).toBe('BB');
    expect(h.perKomponen[0]?.subKomponen?.map((s) => s.nilai.toString())).toEqual(['5.4', '6.3', '9.8']);
    expect(h.perKomponen[1]?.subKomponen).toBeNull();
    expect(h.langkah.at(-1)?.rumus).toBe('21,5 + 21 + 11,16 + 18,25 = 71,91');
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
    // Put the whole total into one component split proportionally: scale every weight by total/100.
    const f = new Decimal(String(total).replace(',', '.')).div(100);
    const n = Object.fromEntries(A.komponen.map((k) => [k.id, k.bobot.times(f)]));
    const h = evaluasiSakip(n);
    expect(h.total.eq(new Decimal(String(total).replace(',', '.')))).toBe(true);
    expect(h.predikat?.kode).toBe(kode);
  });

  it('no predikat with skala: null', () => {
    expect(evaluasiSakip(KOMPONEN_CONTOH, { skala: null }).predikat).toBeNull();
  });

  it('does not mutate its input', () => {
    expect(() => evaluasiSakip(bekukan(structuredClone(KOMPONEN_CONTOH)))).not.toThrow();
  });

  it('a rule set of one’s own (components without sub-components)', () => {
    const a = buatAturanEvaluasiSakip({
      nama: 'Dua komponen',
      sumber: 'uji',
      status: 'belum-terverifikasi',
      komponen: [
        { id: 'satu', nama: 'Satu', bobot: 40, subKomponen: [] },
        { id: 'dua', nama: 'Dua', bobot: 60, subKomponen: [] },
      ],
    });
    expect(evaluasiSakip({ satu: 35, dua: '50,5' }, { aturan: a }).total.toString()).toBe('85.5');
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
    // biome-ignore lint/suspicious/noExplicitAny: deliberately wrong input
    expect(kodeGalat(() => evaluasiSakip(nilai as any))).toBe(kode);
    // biome-ignore lint/suspicious/noExplicitAny: deliberately wrong input
    expect(lokasiGalat(() => evaluasiSakip(nilai as any))).toBe(lokasi);
  });

  it.each([
    [
      'komponen 30/30/15/20',
      (k: typeof A.komponen) =>
        k.map((x) => (x.id === 'evaluasiInternal' ? { ...x, bobot: 20, subKomponen: [] } : x)),
    ],
    [
      'subkomponen tidak berjumlah bobot',
      (k: typeof A.komponen) =>
        k.map((x, i) => (i === 0 ? { ...x, bobot: 30, subKomponen: x.subKomponen.slice(1) } : x)),
    ],
    ['id ganda', (k: typeof A.komponen) => [...k.slice(0, 3), { ...k[0]!, bobot: 25, subKomponen: [] }]],
  ])('aturan tidak valid: %s → SAKIP_ATURAN_TIDAK_VALID', (_judul, ubah) => {
    expect(kodeGalat(() => buatAturanEvaluasiSakip({ ...A, komponen: ubah(A.komponen) }))).toBe(
      'SAKIP_ATURAN_TIDAK_VALID',
    );
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
        expect(hp.total.toString()).toBe(p.reduce((s, x) => s.plus(x), new Decimal(0)).toString());
        expect(hp.total.gte(0) && hp.total.lte(100)).toBe(true);
        if (hp.total.lte(hq.total))
          expect(hp.predikat!.peringkat).toBeLessThanOrEqual(hq.predikat!.peringkat);
      }),
    );
  });
});
