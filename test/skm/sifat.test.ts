// Laws of SKM scoring, as fast-check properties.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AkumulatorSkm,
  ATURAN_SKM,
  Decimal,
  type HasilSkm,
  type IdAturanSkm,
  ikmGabungan,
  mutuSkm,
  skm,
} from '../../src/index.js';

const N = 9;
const jawaban = fc.integer({ min: 1, max: 4 });
/** Surveys of 1–40 respondents, no blanks. */
const surveiPenuh = fc.array(fc.array(jawaban, { minLength: N, maxLength: N }), {
  minLength: 1,
  maxLength: 40,
});
/** Surveys with blanks, every unsur answered by at least one respondent (the first row is full). */
const surveiKosong = fc
  .tuple(
    fc.array(jawaban, { minLength: N, maxLength: N }),
    fc.array(fc.array(fc.option(jawaban, { nil: null, freq: 4 }), { minLength: N, maxLength: N }), {
      maxLength: 40,
    }),
  )
  .map(([pertama, lain]) => [pertama as (number | null)[], ...lain]);

const ringkas = (h: HasilSkm) => ({
  responden: h.responden,
  nrr: Object.fromEntries(Object.entries(h.nrrPerUnsur).map(([k, v]) => [k, v.toString()])),
  ikm: h.ikm.toString(),
  nilai: h.nilai.toString(),
  mutu: h.mutu,
});

/** The 14/2017 table as a person reads it: lower-bound thresholds. */
function mutuTangan(x: Decimal): string {
  if (x.gte('88.31')) return 'A';
  if (x.gte('76.61')) return 'B';
  if (x.gte(65)) return 'C';
  return 'D';
}

/** Values in [25, 100] with up to 4 decimals, including the table's edges. */
const nilai25sd100 = fc.oneof(
  fc.integer({ min: 250000, max: 1000000 }).map((i) => new Decimal(i).div(10000)),
  fc
    .constantFrom('25', '64.99', '64.995', '65', '76.6', '76.605', '76.61', '88.3', '88.305', '88.31', '100')
    .map((s) => new Decimal(s)),
);

describe('sifat SKM', () => {
  it('jawaban 1–4 → IKM dalam [1, 4] dan nilai dalam [25, 100] (dengan atau tanpa kosong)', () => {
    fc.assert(
      fc.property(
        surveiKosong,
        fc.constantFrom('per-unsur' as const, 'gabungan' as const),
        (data, kosong) => {
          const h = skm(data, { kosong });
          expect(h.ikm.gte(1) && h.ikm.lte(4)).toBe(true);
          expect(h.nilai.gte(25) && h.nilai.lte(100)).toBe(true);
          // both are the exact fractions rounded once at 40 digits, so they agree far below any printed digit
          expect(h.nilai.minus(h.ikm.times(25)).abs().lt('1e-35')).toBe(true);
        },
      ),
    );
  });

  it('bobot sama, tanpa kosong → IKM = rata-rata seluruh jawaban; kedua cara kosong sama', () => {
    fc.assert(
      fc.property(surveiPenuh, (data) => {
        const total = data.flat().reduce((a, b) => a + b, 0);
        const rataRata = new Decimal(total).div(data.length * N);
        expect(skm(data).ikm.toString()).toBe(rataRata.toString());
        expect(skm(data, { kosong: 'gabungan' }).ikm.toString()).toBe(rataRata.toString());
      }),
    );
  });

  it('urutan responden tidak berpengaruh', () => {
    fc.assert(
      fc.property(
        surveiKosong.chain((data) =>
          fc.tuple(fc.constant(data), fc.shuffledSubarray(data, { minLength: data.length })),
        ),
        ([data, acak]) => {
          expect(ringkas(skm(acak))).toEqual(ringkas(skm(data)));
        },
      ),
    );
  });

  it('akumulator = skm untuk setiap pembagian baris; gabungan pecahan = dihitung bersama', () => {
    fc.assert(
      fc.property(
        surveiKosong,
        fc.array(fc.nat(), { maxLength: 5 }),
        fc.constantFrom('per-unsur' as const, 'gabungan' as const),
        (data, potong, kosong) => {
          const batas = [...new Set(potong.map((p) => p % (data.length + 1)))].sort((a, b) => a - b);
          const bagian: (number | null)[][][] = [];
          let awal = 0;
          for (const b of [...batas, data.length]) {
            bagian.push(data.slice(awal, b));
            awal = b;
          }
          const pecahan = bagian.map((rows) => new AkumulatorSkm({ kosong }).tambahSemua(rows));
          const gabung = pecahan.reduce((a, b) => a.gabung(b), new AkumulatorSkm({ kosong }));
          const sekali = new AkumulatorSkm({ kosong });
          for (const row of data) sekali.tambah(row);
          const batch = ringkas(skm(data, { kosong }));
          expect(ringkas(gabung.hasil())).toEqual(batch);
          expect(ringkas(sekali.hasil())).toEqual(batch);
        },
      ),
    );
  });

  it('bobot seragam w: nilai = nilai tepat × 9w (0,111 → × 0,999; 0,11 → × 0,99)', () => {
    fc.assert(
      fc.property(surveiPenuh, fc.constantFrom('0,111', '0,11'), (data, bobot) => {
        const faktor = new Decimal(bobot.replace(',', '.')).times(9);
        const tepat = skm(data);
        const lama = skm(data, { bobot });
        // exact fractions on both sides: compare the exact values' ratio with enough digits
        expect(lama.nilai.minus(tepat.nilai.times(faktor)).abs().lt('1e-30')).toBe(true);
      }),
    );
  });

  it('setiap nilai dalam [25, 100] berada di tepat satu baris tabel, sama dengan ambang batas bawah', () => {
    fc.assert(
      fc.property(nilai25sd100, (x) => {
        for (const aturan of [ATURAN_SKM.PERMENPANRB_14_2017, ATURAN_SKM.KEPMENPAN_25_2004]) {
          // A row holds x when x is above its bound (or on it, inclusive) and not in a row above it.
          const di = (i: number) => {
            const m = aturan.mutu[i];
            return m !== undefined && (x.gt(m.bawah) || (m.bawahInklusif && x.eq(m.bawah)));
          };
          const baris = aturan.mutu.filter((_, i) => di(i) && (i === 0 || !di(i - 1)));
          expect(baris).toHaveLength(1);
          expect(mutuSkm(x, { aturan }).mutu).toBe(baris[0]?.kode);
        }
        expect(mutuSkm(x).mutu).toBe(mutuTangan(x));
        expect(mutuSkm(x.div(25), { satuan: 'indeks' }).mutu).toBe(mutuTangan(x));
      }),
    );
  });

  it('mutu tidak pernah turun saat nilai naik (kedua aturan)', () => {
    const urutan = { D: 0, C: 1, B: 2, A: 3 };
    fc.assert(
      fc.property(
        nilai25sd100,
        nilai25sd100,
        fc.constantFrom<IdAturanSkm>('PERMENPANRB_14_2017', 'KEPMENPAN_25_2004'),
        (a, b, aturan) => {
          const [x, y] = a.lte(b) ? [a, b] : [b, a];
          expect(urutan[mutuSkm(x, { aturan }).mutu]).toBeLessThanOrEqual(
            urutan[mutuSkm(y, { aturan }).mutu],
          );
        },
      ),
    );
  });

  it('tanpa kebijakan, tampil = tepat; dengan kebijakan tanpa dipakaiLanjut, tampil = tepat dibulatkan', () => {
    fc.assert(
      fc.property(surveiKosong, (data) => {
        const h = skm(data);
        expect(h.tampil.ikm.eq(h.ikm) && h.tampil.nilai.eq(h.nilai) && h.tampil.mutu === h.mutu).toBe(true);
        const s = skm(data, { kebijakan: 'SETENGAH_ATAS' });
        expect(s.nilai.eq(h.nilai)).toBe(true);
        expect(s.tampil.ikm.toString()).toBe(h.ikm.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toString());
        expect(s.tampil.nilai.toString()).toBe(h.nilai.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toString());
        expect(s.tampil.mutu).toBe(h.mutu);
      }),
    );
  });

  it('IKM gabungan tertimbang = IKM semua responden bersama (tanpa kosong), dan terletak di antara unit', () => {
    fc.assert(
      fc.property(fc.array(surveiPenuh, { minLength: 1, maxLength: 5 }), (unit) => {
        const hasil = unit.map((rows) => skm(rows));
        const g = ikmGabungan(hasil.map((h) => ({ ikm: h.ikm, responden: h.responden })));
        const semua = skm(unit.flat());
        // Each unit's IKM is printed with 40 digits, so the combination agrees far below any printed digit.
        expect(g.ikm.minus(semua.ikm).abs().lt('1e-35')).toBe(true);
        const min = hasil.reduce((a, h) => (h.ikm.lt(a) ? h.ikm : a), new Decimal(4));
        const maks = hasil.reduce((a, h) => (h.ikm.gt(a) ? h.ikm : a), new Decimal(1));
        expect(g.ikm.gte(min) && g.ikm.lte(maks)).toBe(true);
      }),
    );
  });
});

describe('masukan besar: tanpa rekursi atau spread atas larik pengguna', () => {
  it('200 000 baris jawaban dan 200 000 unit', () => {
    const baris = Array.from({ length: 200_000 }, (_, i) =>
      Array.from({ length: N }, (_, j) => 1 + ((i + j) % 4)),
    );
    const h = skm(baris);
    expect(h.responden).toBe(200_000);
    expect(h.ikm.toString()).toBe('2.5');
    const unit = Array.from({ length: 200_000 }, (_, i) => ({
      ikm: i % 2 === 0 ? '3,5' : '2,5',
      responden: 3,
    }));
    const g = ikmGabungan(unit);
    expect([g.ikm.toString(), g.responden, g.unit.length]).toEqual(['3', 600_000, 200_000]);
  });
});
