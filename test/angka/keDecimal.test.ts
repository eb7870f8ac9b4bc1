import DecimalGlobal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, isSakipError, keDecimal } from '../../src/index.js';

describe('Decimal milik sakip terisolasi', () => {
  it('mengimpor dan memakai sakip tidak mengubah konfigurasi decimal.js global', async () => {
    const sebelum = {
      precision: DecimalGlobal.precision,
      rounding: DecimalGlobal.rounding,
      toExpPos: DecimalGlobal.toExpPos,
    };
    const sakip = await import('../../src/index.js');
    sakip.keDecimal('1/3'.length).div(3);
    sakip.bulatkan('2,5', 0, 'setengah-genap');
    expect({
      precision: DecimalGlobal.precision,
      rounding: DecimalGlobal.rounding,
      toExpPos: DecimalGlobal.toExpPos,
    }).toEqual(sebelum);
    expect(DecimalGlobal.precision).toBe(20);
    expect(sakip.Decimal).not.toBe(DecimalGlobal);
  });

  it('konfigurasi host tidak mengubah perhitungan sakip', () => {
    const lama = DecimalGlobal.precision;
    DecimalGlobal.set({ precision: 5, rounding: DecimalGlobal.ROUND_DOWN });
    try {
      expect(keDecimal(1).div(3).toString()).toBe(`0.${'3'.repeat(40)}`);
      // A host's Decimal keeps its own precision; sakip re-wraps it in its own clone.
      const milikHost = new DecimalGlobal(2);
      expect(keDecimal(milikHost).div(3).toString()).toBe(`0.${'6'.repeat(39)}7`);
    } finally {
      DecimalGlobal.set({ precision: lama, rounding: DecimalGlobal.ROUND_HALF_UP });
    }
  });

  it('presisi ≥ 34 dan pembulatan setengah ke atas', () => {
    expect(Decimal.precision).toBeGreaterThanOrEqual(34);
    expect(Decimal.rounding).toBe(Decimal.ROUND_HALF_UP);
  });
});

describe('keDecimal', () => {
  it('number lewat bentuk desimal terpendeknya', () => {
    expect(keDecimal(90.335).toString()).toBe('90.335');
    expect(keDecimal(0.1).plus(keDecimal(0.2)).toString()).toBe('0.3');
    expect(keDecimal(1e21).toString()).toBe('1000000000000000000000');
    expect(keDecimal(-0).isNegative()).toBe(false);
  });

  it('string lewat parser, dengan format yang dapat dipilih', () => {
    expect(keDecimal('6.811.847.000').toString()).toBe('6811847000');
    expect(keDecimal('92.11', { format: 'en' }).toString()).toBe('92.11');
  });

  it('Decimal dari salinan atau klon mana pun diterima pada nilai tepatnya', () => {
    const Klon = DecimalGlobal.clone({ precision: 3 });
    expect(keDecimal(new Klon('123.456789')).toString()).toBe('123.456789');
    // A Decimal-like object of another copy of decimal.js (same duck type).
    const salinanLain = { toStringTag: '[object Decimal]', toString: () => '1.5' };
    expect(keDecimal(salinanLain as unknown as Decimal).toString()).toBe('1.5');
    const d = new Decimal('7.25');
    expect(keDecimal(d)).toBe(d);
  });

  it.each([
    [Number.NaN, 'ANGKA_TIDAK_HINGGA'],
    [Number.POSITIVE_INFINITY, 'ANGKA_TIDAK_HINGGA'],
    [new DecimalGlobal(Number.NaN), 'ANGKA_TIDAK_HINGGA'],
    [new DecimalGlobal(Number.NEGATIVE_INFINITY), 'ANGKA_TIDAK_HINGGA'],
    [null, 'ANGKA_TIPE_TIDAK_DIDUKUNG'],
    [undefined, 'ANGKA_TIPE_TIDAK_DIDUKUNG'],
    [true, 'ANGKA_TIPE_TIDAK_DIDUKUNG'],
    [{}, 'ANGKA_TIPE_TIDAK_DIDUKUNG'],
    [10n, 'ANGKA_TIPE_TIDAK_DIDUKUNG'],
    ['', 'ANGKA_KOSONG'],
  ])('keDecimal(%s) → %s', (x, kode) => {
    expect(() => keDecimal(x as never)).toThrow(expect.objectContaining({ kode, name: 'SakipError' }));
  });

  it('untuk masukan apa pun: Decimal hingga atau SakipError, tidak pernah yang lain', () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withNullPrototype: true }), (x) => {
        try {
          expect(keDecimal(x as never).isFinite()).toBe(true);
        } catch (e) {
          expect(isSakipError(e)).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
