import { bacaOpsi } from '../galat/masukan.js';
import { bulatkan, type ModePembulatan, periksaDesimal } from './bulatkan.js';
import { type Angka, keDecimal } from './keDecimal.js';
import { tulisPolos } from './tulis.js';

/** Options of {@link formatAngka}. */
export interface OpsiFormatAngka {
  /**
   * Show exactly this many decimals, rounding with `mode` (like a spreadsheet cell format). Omitted:
   * every decimal the value has, nothing rounded.
   */
  desimal?: number;
  /** Rounding mode when `desimal` cuts digits; default `'setengah-atas'` (spreadsheet ROUND). */
  mode?: ModePembulatan;
  /** `'id'` (default): `6.811.847.000,5`; `'en'`: `6,811,847,000.5`. */
  format?: 'id' | 'en';
  /** Group thousands; default true. */
  pemisahRibuan?: boolean;
}

/** Options of {@link formatPersen}. */
export interface OpsiFormatPersen extends OpsiFormatAngka {
  /** A space before the sign (`80,43 %`); default false (`80,43%`). */
  spasi?: boolean;
}

/** Options of {@link formatRupiah}. */
export interface OpsiFormatRupiah extends OpsiFormatAngka {
  /** The prefix: `'Rp'` (default, EYD: `Rp6.811.847.000`), `'Rp '` or `'Rp. '`. */
  awalan?: 'Rp' | 'Rp ' | 'Rp. ';
  /** A suffix after whole Rupiah: `''` (default), `',-'` or `',00'`. */
  akhiran?: '' | ',-' | ',00';
}

/**
 * Writes a number as a report prints it (format angka): Indonesian `6.811.847.000` / `80,43` by
 * default. Exact: a Decimal never passes through a float. Rounds only when `desimal` is given, and
 * then with the stated `mode`.
 *
 * @example
 * ```ts
 * import { formatAngka } from 'sakip';
 * formatAngka(6811847000); //=> '6.811.847.000'
 * formatAngka('80,4349', { desimal: 2 }); //=> '80,43'
 * formatAngka('55,7252', { desimal: 2, mode: 'potong' }); //=> '55,72'
 * formatAngka(96.7, { desimal: 2 }); //=> '96,70'
 * formatAngka('-1234567,891'); //=> '-1.234.567,891'
 * formatAngka(37390832000, { format: 'en' }); //=> '37,390,832,000'
 * ```
 */
export function formatAngka(x: Angka, opsiMasukan?: OpsiFormatAngka): string {
  const opsi = bacaOpsi(opsiMasukan, 'formatAngka');
  let d = keDecimal(x);
  let teks: string;
  if (opsi.desimal === undefined) {
    teks = d.abs().toFixed();
  } else {
    const desimal = periksaDesimal(opsi.desimal);
    d = bulatkan(d, desimal, opsi.mode);
    teks = d.abs().toFixed(Math.max(desimal, 0));
  }
  const [ribuan, koma] = opsi.format === 'en' ? [',', '.'] : ['.', ','];
  const tanda = d.isNegative() && !d.isZero() ? '-' : '';
  return tulisPolos(tanda + teks, opsi.pemisahRibuan === false ? '' : ribuan, koma);
}

/**
 * Writes a percentage (format persen): the number is already in percent, `80,43` → `80,43%`.
 *
 * @example
 * ```ts
 * import { formatPersen } from 'sakip';
 * formatPersen('98,6247', { desimal: 2 }); //=> '98,62%'
 * formatPersen(80.43, { spasi: true }); //=> '80,43 %'
 * formatPersen(99.32, { format: 'en' }); //=> '99.32%'
 * ```
 */
export function formatPersen(x: Angka, opsiMasukan?: OpsiFormatPersen): string {
  const opsi = bacaOpsi(opsiMasukan, 'formatPersen');
  return `${formatAngka(x, opsi)}${opsi.spasi ? ' ' : ''}%`;
}

/**
 * Writes an amount of Rupiah (format rupiah). House style follows EYD: `Rp6.811.847.000`, no space,
 * no decimals unless the value has cents; `awalan` and `akhiran` give the common variants.
 *
 * @example
 * ```ts
 * import { formatRupiah } from 'sakip';
 * formatRupiah(6811847000); //=> 'Rp6.811.847.000'
 * formatRupiah('2.878.102.665,87'); //=> 'Rp2.878.102.665,87'
 * formatRupiah(86677300, { awalan: 'Rp. ', akhiran: ',-' }); //=> 'Rp. 86.677.300,-'
 * formatRupiah(8069859523, { awalan: 'Rp ', desimal: 2 }); //=> 'Rp 8.069.859.523,00'
 * formatRupiah(-5000); //=> '-Rp5.000'
 * ```
 */
export function formatRupiah(x: Angka, opsiMasukan?: OpsiFormatRupiah): string {
  const opsi = bacaOpsi(opsiMasukan, 'formatRupiah');
  const angka = formatAngka(x, opsi);
  const negatif = angka.startsWith('-');
  const adaSen = angka.includes(opsi.format === 'en' ? '.' : ',');
  const akhiran = opsi.akhiran && !adaSen ? opsi.akhiran : '';
  return `${negatif ? '-' : ''}${opsi.awalan ?? 'Rp'}${negatif ? angka.slice(1) : angka}${akhiran}`;
}
