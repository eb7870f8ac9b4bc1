// fast-check arbitraries of exact decimals inside and outside JANGKAUAN_ANGKA (≤ 40 significant
// digits, |x| < 1e20, |x| ≥ 1e-20 unless 0), for property tests that generate numbers.
import fc from 'fast-check';
import { Decimal } from '../../src/angka/index.js';

/** How a generated decimal may look. */
export interface BatasAcak {
  /** Most significant digits; default 40. */
  digit?: number;
  /** Smallest exponent of the leading digit; default -20. */
  eMin?: number;
  /** Largest exponent of the leading digit; default 19 (so |x| < 1e20). */
  eMaks?: number;
}

/** A significand of 1 to `digit` digits without leading zero, as text. */
function digitAcak(digit: number): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.integer({ min: 1, max: 9 }),
      fc.string({ unit: fc.constantFrom(...'0123456789'), maxLength: digit - 1 }),
    )
    .map(([kepala, ekor]) => `${kepala}${ekor}`);
}

/** m × 10^(e − (n − 1)): the leading digit of the n-digit significand m has exponent e. */
function bangun(tanda: boolean, m: string, e: number): Decimal {
  return new Decimal(`${tanda ? '-' : ''}${m}e${e - (m.length - 1)}`);
}

/** Exact decimals inside the range (zero included), as Decimals of the exported constructor. */
export function desimalDalamJangkauan(batas: BatasAcak = {}): fc.Arbitrary<Decimal> {
  const { digit = 40, eMin = -20, eMaks = 19 } = batas;
  const bukanNol = fc
    .tuple(fc.boolean(), digitAcak(digit), fc.integer({ min: eMin, max: eMaks }))
    .map(([t, m, e]) => bangun(t, m, e));
  return fc.oneof({ weight: 1, arbitrary: fc.constant(new Decimal(0)) }, { weight: 20, arbitrary: bukanNol });
}

/**
 * Exact decimals outside the range: too many significant digits (41–60), too large (|x| ≥ 1e20) or
 * too small (0 < |x| < 1e-20). `eJauh` bounds the exponent (text forms of 1e9 would be huge).
 */
export function desimalLuarJangkauan(eJauh = 1_000_000_000): fc.Arbitrary<Decimal> {
  const tanda = fc.boolean();
  // Exactly n significant digits: a non-zero first and last digit around n − 2 free ones.
  const terlaluPanjang = fc
    .tuple(tanda, fc.integer({ min: 41, max: 60 }), fc.integer({ min: -20, max: 19 }))
    .chain(([t, n, e]) =>
      fc
        .tuple(
          fc.integer({ min: 1, max: 9 }),
          fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n - 2, maxLength: n - 2 }),
          fc.integer({ min: 1, max: 9 }),
        )
        .map(([kepala, tengah, akhir]) => bangun(t, `${kepala}${tengah}${akhir}`, e)),
    );
  const terlaluBesar = fc
    .tuple(tanda, digitAcak(40), fc.integer({ min: 20, max: eJauh }))
    .map(([t, m, e]) => bangun(t, m, e));
  const terlaluKecil = fc
    .tuple(tanda, digitAcak(40), fc.integer({ min: -eJauh, max: -21 }))
    .map(([t, m, e]) => bangun(t, m, e));
  return fc.oneof(terlaluPanjang, terlaluBesar, terlaluKecil);
}
