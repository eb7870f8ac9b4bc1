import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ATURAN_SMART, buatAturanSmart, Decimal, nilaiSmart } from '../../src/index.js';
import { bekukan, kodeGalat, lokasiGalat, nilai0sd100 } from './alat.js';

const CONTOH = { penyerapan: '95,5', konsistensi: 88, capaianOutput: 100, nilaiEfisiensi: '65,4' };

describe('nilaiSmart: bobot sesuai praktik 9,7 / 18,2 / 43,5 / 28,6', () => {
  it('weights as RUMUS.md §8, summing to 100, marked as-practised', () => {
    expect(ATURAN_SMART.komponen.map((k) => [k.id, k.bobot.toString()])).toEqual([
      ['penyerapan', '9.7'],
      ['konsistensi', '18.2'],
      ['capaianOutput', '43.5'],
      ['nilaiEfisiensi', '28.6'],
    ]);
    expect(ATURAN_SMART.komponen.reduce((s, k) => s.plus(k.bobot), new Decimal(0)).toString()).toBe('100');
    expect(ATURAN_SMART.status).toBe('sesuai-praktik');
  });

  it('hand example: 9,2635 + 16,016 + 43,5 + 18,7044 = 87,4839', () => {
    // 95,5 × 0,097 = 9,2635; 88 × 0,182 = 16,016; 100 × 0,435 = 43,5; 65,4 × 0,286 = 18,7044
    const h = nilaiSmart(CONTOH);
    expect(h.perKomponen.map((k) => k.nilaiTertimbang.toString())).toEqual([
      '9.2635',
      '16.016',
      '43.5',
      '18.7044',
    ]);
    expect(h.nilai.toString()).toBe('87.4839');
    expect(h.langkah[0]?.rumus).toBe(
      '95,5 × 9,7/100 + 88 × 18,2/100 + 100 × 43,5/100 + 65,4 × 28,6/100 = 87,4839',
    );
  });

  it('all 100 → 100; all 0 → 0', () => {
    expect(
      nilaiSmart({
        penyerapan: 100,
        konsistensi: 100,
        capaianOutput: 100,
        nilaiEfisiensi: 100,
      }).nilai.toString(),
    ).toBe('100');
    expect(
      nilaiSmart({ penyerapan: 0, konsistensi: 0, capaianOutput: 0, nilaiEfisiensi: 0 }).nilai.toString(),
    ).toBe('0');
  });

  it('nilai efisiensi 50 (E = 0) contributes 14,3', () => {
    const h = nilaiSmart({ penyerapan: 0, konsistensi: 0, capaianOutput: 0, nilaiEfisiensi: 50 });
    expect(h.nilai.toString()).toBe('14.3');
  });

  it('a rule set of one’s own', () => {
    const a = buatAturanSmart({
      nama: 'Tiga komponen',
      sumber: 'uji',
      status: 'belum-terverifikasi',
      komponen: [
        { id: 'penyerapan', nama: 'P', bobot: 20 },
        { id: 'capaianOutput', nama: 'C', bobot: 50 },
        { id: 'nilaiEfisiensi', nama: 'E', bobot: 30 },
      ],
    });
    // 0,2 × 90 + 0,5 × 80 + 0,3 × 60 = 18 + 40 + 18 = 76
    expect(
      nilaiSmart({ penyerapan: 90, capaianOutput: 80, nilaiEfisiensi: 60 }, { aturan: a }).nilai.toString(),
    ).toBe('76');
    expect(kodeGalat(() => nilaiSmart(CONTOH, { aturan: a }))).toBe('SMART_KOMPONEN_TIDAK_DIKENAL');
  });

  it('does not mutate its input', () => {
    expect(() => nilaiSmart(bekukan({ ...CONTOH }))).not.toThrow();
  });
});

describe('nilaiSmart: galat', () => {
  it('missing / unknown components', () => {
    const { konsistensi: _k, ...kurang } = CONTOH;
    expect(kodeGalat(() => nilaiSmart(kurang))).toBe('SMART_KOMPONEN_HILANG');
    expect(lokasiGalat(() => nilaiSmart(kurang))).toBe('komponen.konsistensi');
    expect(kodeGalat(() => nilaiSmart({ ...CONTOH, efisiensi: 1 }))).toBe('SMART_KOMPONEN_TIDAK_DIKENAL');
  });

  it.each([-1, '100,5', 250])('value %s out of 0–100 → SMART_NILAI_DI_LUAR_RENTANG', (v) => {
    // 250: the unbounded "235%" a ministry report printed for efficiency must not pass.
    expect(kodeGalat(() => nilaiSmart({ ...CONTOH, nilaiEfisiensi: v }))).toBe('SMART_NILAI_DI_LUAR_RENTANG');
  });

  it('invalid rule sets', () => {
    const salah = {
      nama: 'x',
      sumber: 'x',
      status: 'belum-terverifikasi',
      komponen: [{ id: 'a', nama: 'A', bobot: 99 }],
    };
    expect(kodeGalat(() => buatAturanSmart(salah))).toBe('SMART_ATURAN_TIDAK_VALID');
    // biome-ignore lint/suspicious/noExplicitAny: deliberately unvalidated rule set
    expect(kodeGalat(() => nilaiSmart({ a: 1 }, { aturan: salah as any }))).toBe('SMART_ATURAN_TIDAK_VALID');
  });
});

describe('nilaiSmart: hukum', () => {
  it('the score lies between the smallest and largest component', () => {
    fc.assert(
      fc.property(nilai0sd100, nilai0sd100, nilai0sd100, nilai0sd100, (a, b, c, d) => {
        const h = nilaiSmart({ penyerapan: a, konsistensi: b, capaianOutput: c, nilaiEfisiensi: d });
        expect(h.nilai.gte(Decimal.min(a, b, c, d))).toBe(true);
        expect(h.nilai.lte(Decimal.max(a, b, c, d))).toBe(true);
        // Independent: thousandths arithmetic in BigInt (values ×100, weights ×10 → ÷1000).
        const v = [a, b, c, d].map((x) => BigInt(x.times(100).toFixed(0)));
        const w = [97n, 182n, 435n, 286n];
        const total = v.reduce((s, x, i) => s + x * (w[i] as bigint), 0n);
        expect(h.nilai.toString()).toBe(new Decimal(total.toString()).div(100_000).toString());
      }),
    );
  });
});
