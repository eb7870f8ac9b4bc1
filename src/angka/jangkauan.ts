import { SakipError } from '../galat/SakipError.js';
import type { Decimal } from './Decimal.js';

/**
 * The numbers a report can hold (jangkauan angka), checked on every input before any arithmetic or
 * formatting: at most 40 significant digits, magnitude below 10²⁰ (20 integer digits — a Rupiah
 * amount of 10¹⁵ with cents fits with room), and, unless zero, at least 10⁻²⁰. Text longer than 200
 * characters is refused before it is read. Anything else is `ANGKA_DI_LUAR_JANGKAUAN`: a number of
 * 10⁵ digits or exponent 10⁹ is an attack or a corrupted file, not a report figure, and refusing it
 * early keeps every later step linear and finite.
 *
 * @example
 * ```ts
 * import { JANGKAUAN_ANGKA, keDecimal } from 'sakip';
 * JANGKAUAN_ANGKA.digitBermakna; //=> 40
 * keDecimal('1e25'); //!> ANGKA_HURUF
 * keDecimal(1e25); //!> ANGKA_DI_LUAR_JANGKAUAN
 * keDecimal('9'.repeat(41)); //!> ANGKA_DI_LUAR_JANGKAUAN
 * keDecimal(1e-21); //!> ANGKA_DI_LUAR_JANGKAUAN
 * ```
 */
export const JANGKAUAN_ANGKA = Object.freeze({
  /** Most significant digits. */
  digitBermakna: 40,
  /** Most integer digits: |x| < 10^20. */
  digitBulat: 20,
  /** Smallest non-zero magnitude: |x| ≥ 10^-20. */
  eksponenMinimum: -20,
  /** Longest text read as a number. */
  panjangTeks: 200,
});

/** Whether a finite Decimal lies in {@link JANGKAUAN_ANGKA} (checked on its digits, in O(1)). */
export function dalamJangkauan(d: Decimal): boolean {
  if (d.isZero()) return true;
  const e = d.e;
  return (
    e < JANGKAUAN_ANGKA.digitBulat &&
    e >= JANGKAUAN_ANGKA.eksponenMinimum &&
    d.sd() <= JANGKAUAN_ANGKA.digitBermakna
  );
}

/** The one `ANGKA_DI_LUAR_JANGKAUAN` error: `apa` names the value for the message. */
export function galatJangkauan(masukan: unknown, apa: string): SakipError {
  return new SakipError(
    'ANGKA_DI_LUAR_JANGKAUAN',
    `${apa} di luar jangkauan laporan: paling banyak ${JANGKAUAN_ANGKA.digitBermakna} digit bermakna, ` +
      `kurang dari 10^${JANGKAUAN_ANGKA.digitBulat}, dan (bila bukan nol) paling kecil 10^${JANGKAUAN_ANGKA.eksponenMinimum}.`,
    { masukan },
  );
}
