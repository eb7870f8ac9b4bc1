import DecimalJs from 'decimal.js';

/**
 * sakip's own decimal.js constructor (`Decimal.clone`): 40 significant digits, rounding half-up,
 * never exponent notation in `toString()`. Every number sakip returns is an instance of it.
 * Importing sakip never changes the configuration of the host application's decimal.js.
 *
 * Results are exact up to 40 significant digits — every sum and product of report figures (Rupiah
 * up to 10¹⁵ with cents, percentages with a few decimals) fits; only quotients such as 1/3 are cut,
 * at the 40th digit, far below any printed decimal. Rounding to a report's decimals is never done
 * here: it is {@link bulatkan}'s job.
 *
 * @example
 * ```ts
 * import { Decimal } from 'sakip';
 * new Decimal('0.1').plus('0.2').toString(); //=> '0.3'
 * Decimal.precision; //=> 40
 * ```
 */
export const Decimal: typeof DecimalJs = DecimalJs.clone({
  precision: 40,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -9e15,
  toExpPos: 9e15,
  maxE: 9e15,
  minE: -9e15,
});

/** An exact decimal number (an instance of {@link Decimal}). */
export type Decimal = DecimalJs;
