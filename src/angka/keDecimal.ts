import { bacaObjek, teksMasukan } from '../galat/masukan.js';
import { SakipError } from '../galat/SakipError.js';
import { DecimalInti as Decimal } from './Decimal.js';
import { dalamJangkauan, galatJangkauan, JANGKAUAN_ANGKA } from './jangkauan.js';
import { bacaTeksAngka, type FormatAngka, periksaFormat } from './parseAngka.js';

/**
 * A number as sakip accepts it (angka): a finite JavaScript `number` (read through its shortest
 * decimal form, so `90.335` is 90,335 as a spreadsheet shows it), a `string` in a report's format
 * (see {@link parseAngka}), or a real `Decimal` from any copy or clone of decimal.js.
 */
export type Angka = number | string | Decimal;

/** Options of {@link keDecimal}: how strings are read. */
export interface OpsiKeDecimal {
  /**
   * Number format of strings: `'otomatis'` (default in function calls: a string that reads two ways,
   * such as `'92.711'`, is `ANGKA_AMBIGU`), `'id'` or `'en'`.
   */
  format?: FormatAngka;
}

const KUNCI_OPSI = ['format'] as const;
// A decimal.js Decimal stores digits in base 10⁷ words: 40 significant digits need at most 7 words.
const KATA_MAKS = 8;

/** An own data property, read without running a getter (undefined for accessors). */
function milikSendiri(x: object, kunci: PropertyKey): unknown {
  return Reflect.getOwnPropertyDescriptor(x, kunci)?.value;
}

/** The fields of a (possibly) real Decimal, copied once: nothing read later can change. */
interface BentukDecimal {
  merek: boolean;
  s: unknown;
  e: unknown;
  /** `null` for NaN/Infinity; `undefined` when `d` is not an array; `'besar'` beyond KATA_MAKS words. */
  kata: unknown[] | null | undefined | 'besar';
}

function salinBentuk(x: object): BentukDecimal {
  // Every read in one try: a Proxy trap or a revoked Proxy becomes a refusal, never a raw error.
  try {
    const ctor = milikSendiri(x, 'constructor');
    const merek =
      typeof ctor === 'function' &&
      typeof milikSendiri(ctor, 'isDecimal') === 'function' &&
      typeof milikSendiri(ctor, 'precision') === 'number' &&
      Reflect.getPrototypeOf(x) === milikSendiri(ctor, 'prototype');
    if (!merek) return { merek, s: undefined, e: undefined, kata: undefined };
    const d = milikSendiri(x, 'd');
    let kata: BentukDecimal['kata'];
    if (d === null) kata = null;
    else if (!Array.isArray(d)) kata = undefined;
    else {
      const n = milikSendiri(d, 'length');
      if (typeof n !== 'number' || n > KATA_MAKS) kata = 'besar';
      else kata = Array.from({ length: n }, (_, i) => milikSendiri(d, i));
    }
    return { merek, s: milikSendiri(x, 's'), e: milikSendiri(x, 'e'), kata };
  } catch {
    return { merek: false, s: undefined, e: undefined, kata: undefined };
  }
}

/**
 * Reads a real decimal.js Decimal of any copy or clone by its digits — never by calling its methods,
 * so a look-alike object (`{ toStringTag: '[object Decimal]' }` from JSON), a Proxy or a getter cannot
 * run code inside sakip or slip through. Checks the constructor brand (an own `constructor` with
 * decimal.js' static members, whose `prototype` is the object's prototype) and the `d`/`e`/`s` shape,
 * then always builds a fresh Decimal of sakip's own constructor from the copied digits: the caller's
 * clone's precision never leaks into later divisions, and no object of the caller's is kept.
 */
function bacaDecimalAsing(x: object, eMin: number, eMaks: number): Decimal {
  const { merek, s, e, kata } = salinBentuk(x);
  const tolak = () =>
    new SakipError(
      'ANGKA_TIPE_TIDAK_DIDUKUNG',
      'Objek ini bukan Decimal asli (hanya menyerupai); berikan number, string, atau Decimal dari decimal.js.',
      { masukan: x },
    );
  if (!merek) throw tolak();
  if (kata === null) {
    throw new SakipError('ANGKA_TIDAK_HINGGA', 'Decimal NaN atau tak hingga tidak diterima.', { masukan: x });
  }
  if ((s !== 1 && s !== -1) || !Number.isInteger(e) || kata === undefined) throw tolak();
  const eksponen = e as number;
  // Refused before any Decimal is built: huge exponents and word arrays cost O(1).
  if (kata === 'besar' || eksponen > eMaks || eksponen < eMin) {
    throw galatJangkauan(x, 'Decimal');
  }
  if (kata.length === 0) throw tolak();
  const sama = salinKata(s as 1 | -1, eksponen, kata);
  if (sama !== undefined) return sama;
  let teks = '';
  for (let i = 0; i < kata.length; i++) {
    const w = kata[i];
    if (
      typeof w !== 'number' ||
      !Number.isInteger(w) ||
      w < 0 ||
      w >= 1e7 ||
      (i === 0 && w === 0 && kata.length > 1)
    ) {
      throw tolak();
    }
    teks += i === 0 ? String(w) : String(w).padStart(7, '0');
  }
  // The first word's first digit has exponent e.
  return new Decimal(`${s === -1 ? '-' : ''}${teks}e${eksponen - (teks.length - 1)}`);
}

/**
 * The fast path of {@link bacaDecimalAsing}: when the copied words are in decimal.js' own normal form —
 * integers below 10⁷, the first with exactly as many digits as its exponent puts in the first word, the
 * last not zero — they become a Decimal of sakip's own as they are (as decimal.js' own constructor
 * copies them), in O(words). Anything else returns undefined and is rebuilt from its digits.
 */
function salinKata(s: 1 | -1, e: number, kata: unknown[]): Decimal | undefined {
  if (kata.length === 1 && kata[0] === 0) return new Decimal(0);
  const n = kata.length;
  for (let i = 0; i < n; i++) {
    const w = kata[i];
    if (typeof w !== 'number' || !Number.isInteger(w) || w < 0 || w >= 1e7) return undefined;
  }
  const digitPertama = (((e % 7) + 7) % 7) + 1;
  const w0 = kata[0] as number;
  if (w0 < 10 ** (digitPertama - 1) || w0 >= 10 ** digitPertama || kata[n - 1] === 0) return undefined;
  const d = new Decimal(0);
  Object.assign(d, { s, e, d: kata });
  return d;
}

/**
 * Converts an {@link Angka} to sakip's exact {@link Decimal} (ke desimal) at the boundary. Numbers must
 * be finite and go through their shortest decimal form; strings go through {@link parseAngka} (format
 * `'otomatis'` unless told: ambiguous strings are refused); Decimals of any decimal.js copy are read by
 * their digits (look-alike objects are refused). Every result lies in {@link JANGKAUAN_ANGKA}. `-0`
 * becomes `0`.
 *
 * @throws {SakipError} `ANGKA_TIDAK_HINGGA` for NaN/Infinity, `ANGKA_DI_LUAR_JANGKAUAN`,
 * `ANGKA_TIPE_TIDAK_DIDUKUNG` for other types and look-alikes, and the codes of {@link parseAngka}.
 *
 * @example
 * ```ts
 * import { Decimal, keDecimal } from 'sakip';
 * keDecimal('6.811.847.000'); //=> '6811847000'
 * keDecimal(90.335); //=> '90.335'
 * keDecimal('92.11'); //=> '92.11'
 * keDecimal('92.711'); //!> ANGKA_AMBIGU
 * keDecimal('92.711', { format: 'en' }); //=> '92.711'
 * keDecimal(new Decimal('1.5')); //=> '1.5'
 * keDecimal(JSON.parse('{"toStringTag":"[object Decimal]"}')); //!> ANGKA_TIPE_TIDAK_DIDUKUNG
 * keDecimal(Infinity); //!> ANGKA_TIDAK_HINGGA
 * ```
 */
export function keDecimal(x: Angka, opsi?: OpsiKeDecimal): Decimal {
  return keDecimalFormat(x, opsi === undefined ? 'otomatis' : bacaFormat(opsi));
}

/** {@link keDecimal} with a checked string format (internal: the model boundary reads values with it). */
export function keDecimalFormat(x: unknown, format: FormatAngka): Decimal {
  if (typeof x === 'number') return dariNumber(x);
  if (typeof x === 'string') return bacaTeksAngka(x, format, false);
  if (typeof x === 'object' && x !== null) {
    const d = bacaDecimalAsing(x, JANGKAUAN_ANGKA.eksponenMinimum, JANGKAUAN_ANGKA.digitBulat - 1);
    if (!dalamJangkauan(d)) throw galatJangkauan(x, 'Decimal');
    return d.isZero() && d.isNegative() ? new Decimal(0) : d;
  }
  throw new SakipError(
    'ANGKA_TIPE_TIDAK_DIDUKUNG',
    `Nilai bertipe ${x === null ? 'null' : typeof x} bukan angka (number, string, atau Decimal).`,
    { masukan: x },
  );
}

/**
 * A real Decimal of any decimal.js copy, read by its digits into sakip's own constructor without the
 * input range (internal: for values sakip itself computed, such as a 40-digit quotient in a trace,
 * which may lie outside {@link JANGKAUAN_ANGKA}); exponents beyond ±10⁴ are still refused.
 */
export function salinDecimal(x: object): Decimal {
  return bacaDecimalAsing(x, -1e4, 1e4);
}

function bacaFormat(opsi: OpsiKeDecimal): FormatAngka {
  const o = bacaObjek(opsi, { nama: 'Opsi keDecimal', kunci: KUNCI_OPSI });
  return o.format === undefined ? 'otomatis' : periksaFormat(o.format);
}

/** A JavaScript number, read through its shortest decimal form; finite and in range. */
export function dariNumber(x: number): Decimal {
  if (!Number.isFinite(x)) {
    throw new SakipError('ANGKA_TIDAK_HINGGA', `Bilangan ${teksMasukan(x)} tidak hingga atau bukan angka.`, {
      masukan: x,
    });
  }
  const d = new Decimal(x === 0 ? 0 : x);
  if (!dalamJangkauan(d)) throw galatJangkauan(x, `Angka ${String(x)}`);
  return d;
}
