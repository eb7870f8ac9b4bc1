import { Decimal as DecimalJs } from 'decimal.js';

// One configuration for both constructors below: 40 significant digits, half-up, never exponent
// notation in `toString()`.
const KONFIGURASI = {
  precision: 40,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -9e15,
  toExpPos: 9e15,
  maxE: 9e15,
  minE: -9e15,
} as const;

/**
 * sakip's private constructor (internal): every number sakip returns is an instance of it. It is
 * frozen, so neither `Decimal.set` on the exported constructor nor `hasil.constructor.set(…)` on a
 * result can change the precision or rounding of any later sakip computation (in the same process,
 * for any caller). Not exported from the package.
 */
export const DecimalInti: typeof DecimalJs = Object.freeze(DecimalJs.clone(KONFIGURASI));

/**
 * A decimal.js constructor for callers (Decimal), configured like sakip's own: 40 significant digits,
 * rounding half-up, never exponent notation. It is a *separate* clone: configuring it
 * (`Decimal.set({ precision: 5 })`) changes only the numbers you build with it, never a sakip result
 * — sakip computes with a private, frozen clone, and reads a Decimal you pass by its digits.
 *
 * Results are exact up to 40 significant digits — every sum and product of report figures (Rupiah
 * up to 10¹⁵ with cents, percentages with a few decimals) fits; only quotients such as 1/3 are cut,
 * at the 40th digit, far below any printed decimal. Rounding to a report's decimals is never done
 * here: it is {@link bulatkan}'s job. Use `Decimal.isDecimal(x)` (not `instanceof`) to test a result.
 *
 * @example
 * ```ts
 * import { Decimal, penyerapan } from 'sakip';
 * new Decimal('0.1').plus('0.2').toString(); //=> '0.3'
 * Decimal.precision; //=> 40
 * Decimal.isDecimal(penyerapan({ pagu: 100, realisasi: 50 })); //=> true
 * ```
 */
export const Decimal: typeof DecimalJs = DecimalJs.clone(KONFIGURASI);

/** An exact decimal number (an instance of a decimal.js constructor, such as {@link Decimal}). */
export type Decimal = DecimalJs;
/** Internal: the type of {@link DecimalInti} values, so `import { DecimalInti as Decimal }` names both. */
export type DecimalInti = DecimalJs;
