import type { Decimal as DecimalJs } from 'decimal.js';
import { teksMasukan } from '../galat/masukan.js';
import { SakipError } from '../galat/SakipError.js';
import { DecimalInti as Decimal } from './Decimal.js';
import { type Angka, keDecimal } from './keDecimal.js';

/**
 * A rounding mode (mode pembulatan), as reports made in spreadsheets use them:
 * - `'setengah-atas'`: half away from zero, spreadsheet `ROUND` (the default);
 * - `'potong'`: truncate toward zero, spreadsheet `ROUNDDOWN` or a cell format over a cut value;
 * - `'setengah-genap'`: half to even (banker's rounding).
 */
export type ModePembulatan = (typeof MODE_PEMBULATAN)[number];

/**
 * Every rounding mode (see {@link ModePembulatan}), in a stable order.
 *
 * @example
 * ```ts
 * import { MODE_PEMBULATAN } from 'sakip';
 * MODE_PEMBULATAN; //=> ['setengah-atas', 'potong', 'setengah-genap']
 * ```
 */
export const MODE_PEMBULATAN = Object.freeze(['setengah-atas', 'potong', 'setengah-genap'] as const);

const MODE_DECIMAL_JS: Record<ModePembulatan, DecimalJs.Rounding> = {
  'setengah-atas': Decimal.ROUND_HALF_UP,
  potong: Decimal.ROUND_DOWN,
  'setengah-genap': Decimal.ROUND_HALF_EVEN,
};

/**
 * The smallest and largest number of decimals {@link bulatkan} and the formatters take (negative:
 * tens, hundreds …).
 *
 * @example
 * ```ts
 * import { BATAS_DESIMAL } from 'sakip';
 * BATAS_DESIMAL; //=> { min: -15, maks: 40 }
 * ```
 */
export const BATAS_DESIMAL = Object.freeze({ min: -15, maks: 40 } as const);

/** Checks a decimals count, raising `DESIMAL_TIDAK_VALID`. */
export function periksaDesimal(desimal: number): number {
  if (!Number.isInteger(desimal) || desimal < BATAS_DESIMAL.min || desimal > BATAS_DESIMAL.maks) {
    throw new SakipError(
      'DESIMAL_TIDAK_VALID',
      `Banyak desimal harus bilangan bulat dari ${BATAS_DESIMAL.min} sampai ${BATAS_DESIMAL.maks}, bukan ${teksMasukan(desimal)}.`,
      { masukan: desimal },
    );
  }
  return desimal;
}

/** Checks a rounding mode, raising `MODE_PEMBULATAN_TIDAK_DIKENAL`. */
export function periksaMode(mode: string): ModePembulatan {
  if (typeof mode !== 'string' || !Object.hasOwn(MODE_DECIMAL_JS, mode)) {
    throw new SakipError(
      'MODE_PEMBULATAN_TIDAK_DIKENAL',
      `Mode pembulatan ${teksMasukan(mode)} tidak dikenal; gunakan ${MODE_PEMBULATAN.join(', ')}.`,
      { masukan: mode },
    );
  }
  return mode as ModePembulatan;
}

/**
 * Rounds to a number of decimals (bulatkan), exactly, with an explicit mode — the only place sakip
 * rounds. `desimal` may be negative to round to tens, hundreds … (as spreadsheet `ROUND(x; -3)`).
 * A number input is read through its shortest decimal form first, so `bulatkan(90.335, 2)` is
 * 90,34 (a float would give 90,33).
 *
 * @example
 * ```ts
 * import { bulatkan } from 'sakip';
 * bulatkan(90.335, 2); //=> '90.34'
 * bulatkan('55,7252', 2, 'potong'); //=> '55.72'
 * bulatkan('100,0696', 2, 'potong'); //=> '100.06'
 * bulatkan('93,2768', 2); //=> '93.28'
 * bulatkan(2.5, 0, 'setengah-genap'); //=> '2'
 * bulatkan(-2.5, 0); //=> '-3'
 * bulatkan(6811847000, -6); //=> '6812000000'
 * ```
 */
export function bulatkan(x: Angka, desimal: number, mode: ModePembulatan = 'setengah-atas'): Decimal {
  return bulatkanInti(keDecimal(x), periksaDesimal(desimal), periksaMode(mode));
}

/** {@link bulatkan} on trusted values (internal core: no validation). */
export function bulatkanInti(d: Decimal, dp: number, mode: ModePembulatan): Decimal {
  const rounding = MODE_DECIMAL_JS[mode];
  const hasil = dp >= 0 ? d.toDecimalPlaces(dp, rounding) : d.toNearest(new Decimal(`1e${-dp}`), rounding);
  return hasil.isZero() ? new Decimal(0) : hasil;
}
