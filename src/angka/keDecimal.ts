import { bacaOpsi, teksMasukan } from '../galat/masukan.js';
import { SakipError } from '../galat/SakipError.js';
import { Decimal } from './Decimal.js';
import { type FormatAngka, parseAngka } from './parseAngka.js';

/**
 * A number as sakip accepts it (angka): a finite JavaScript `number` (read through its shortest
 * decimal form, so `90.335` is 90,335 as a spreadsheet shows it), a `string` in a report's format
 * (see {@link parseAngka}), or a `Decimal` from any copy or clone of decimal.js.
 */
export type Angka = number | string | Decimal;

/** Options of {@link keDecimal}: how strings are read. */
export interface OpsiKeDecimal {
  /** Number format of strings: `'id'` (default), `'en'` or `'otomatis'`. */
  format?: FormatAngka;
}

/** Whether `x` looks like a decimal.js Decimal of any copy or clone (decimal.js' own test). */
function adalahDecimalJs(x: object): x is { toString(): string } {
  return (x as { toStringTag?: unknown }).toStringTag === '[object Decimal]';
}

/**
 * Converts an {@link Angka} to sakip's exact {@link Decimal} (ke desimal). Numbers must be finite and
 * go through their shortest decimal form; strings go through {@link parseAngka} (format `'id'`
 * unless told); Decimals of any decimal.js copy are taken at their exact value. `-0` becomes `0`.
 *
 * @throws {SakipError} `ANGKA_TIDAK_HINGGA` for NaN/Infinity, `ANGKA_TIPE_TIDAK_DIDUKUNG` for other
 * types, and the codes of {@link parseAngka} for strings.
 *
 * @example
 * ```ts
 * import { keDecimal } from 'sakip';
 * keDecimal('6.811.847.000'); //=> '6811847000'
 * keDecimal(90.335); //=> '90.335'
 * keDecimal('92.11', { format: 'en' }); //=> '92.11'
 * keDecimal(Infinity); //!> ANGKA_TIDAK_HINGGA
 * ```
 */
export function keDecimal(x: Angka, opsi: OpsiKeDecimal = {}): Decimal {
  if (typeof x === 'number') {
    if (!Number.isFinite(x)) {
      throw new SakipError(
        'ANGKA_TIDAK_HINGGA',
        `Bilangan ${teksMasukan(x)} tidak hingga atau bukan angka.`,
        {
          masukan: x,
        },
      );
    }
    return new Decimal(x === 0 ? 0 : x);
  }
  if (typeof x === 'string') return parseAngka(x, bacaOpsi(opsi, 'keDecimal'));
  if (typeof x === 'object' && x !== null && adalahDecimalJs(x)) {
    // Another clone has its own precision, which would leak into later divisions: re-wrap it.
    const d = x.constructor === Decimal ? (x as Decimal) : new Decimal(x.toString());
    return bersihkan(d, x);
  }
  throw new SakipError(
    'ANGKA_TIPE_TIDAK_DIDUKUNG',
    `Nilai bertipe ${x === null ? 'null' : typeof x} bukan angka (number, string, atau Decimal).`,
    { masukan: x },
  );
}

function bersihkan(d: Decimal, asal: unknown): Decimal {
  if (!d.isFinite()) {
    throw new SakipError('ANGKA_TIDAK_HINGGA', `Decimal ${d.toString()} tidak hingga atau bukan angka.`, {
      masukan: asal,
    });
  }
  return d.isZero() && d.isNegative() ? new Decimal(0) : d;
}
