import { bacaObjek, teksMasukan } from '../galat/masukan.js';
import { SakipError } from '../galat/SakipError.js';
import { bulatkanInti, type ModePembulatan, periksaDesimal, periksaMode } from './bulatkan.js';
import type { Decimal } from './Decimal.js';
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
  const opsi = bacaOpsiFormat(opsiMasukan, 'formatAngka', KUNCI_ANGKA);
  return tulisAngkaInti(keDecimal(x), opsi);
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
  const opsi = bacaOpsiFormat(opsiMasukan, 'formatPersen', KUNCI_PERSEN);
  const spasi = pilihan('formatPersen', 'spasi', opsi.spasi, [true, false], false);
  return `${tulisAngkaInti(keDecimal(x), opsi)}${spasi ? ' ' : ''}%`;
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
  const opsi = bacaOpsiFormat(opsiMasukan, 'formatRupiah', KUNCI_RUPIAH);
  const awalan = pilihan('formatRupiah', 'awalan', opsi.awalan, AWALAN, 'Rp');
  const akhiranDiminta = pilihan('formatRupiah', 'akhiran', opsi.akhiran, AKHIRAN, '');
  const angka = tulisAngkaInti(keDecimal(x), opsi);
  const negatif = angka.startsWith('-');
  const adaSen = angka.includes(opsi.format === 'en' ? '.' : ',');
  const akhiran = adaSen ? '' : akhiranDiminta;
  return `${negatif ? '-' : ''}${awalan}${negatif ? angka.slice(1) : angka}${akhiran}`;
}

/** The checked options of the formatters (internal). */
export interface CaraTulis {
  desimal?: number;
  mode: ModePembulatan;
  format: 'id' | 'en';
  pemisahRibuan: boolean;
}

/** The plain writing of a number, for messages and traces (internal). */
export const TULIS_POLOS: CaraTulis = Object.freeze({
  mode: 'setengah-atas',
  format: 'id',
  pemisahRibuan: true,
});

const KUNCI_ANGKA = ['desimal', 'mode', 'format', 'pemisahRibuan'] as const;
const KUNCI_PERSEN = [...KUNCI_ANGKA, 'spasi'] as const;
const KUNCI_RUPIAH = [...KUNCI_ANGKA, 'awalan', 'akhiran'] as const;
const AWALAN = ['Rp', 'Rp ', 'Rp. '] as const;
const AKHIRAN = ['', ',-', ',00'] as const;

function salahOpsi(nama: string, kunci: string, nilai: unknown, harus: string): SakipError {
  return new SakipError(
    'OPSI_TIDAK_VALID',
    `Opsi ${nama} tidak valid: ${kunci} harus ${harus}, bukan ${teksMasukan(nilai)}.`,
    {
      masukan: nilai,
      lokasi: kunci,
    },
  );
}

function pilihan<T>(nama: string, kunci: string, nilai: unknown, boleh: readonly T[], bawaan: T): T {
  if (nilai === undefined) return bawaan;
  if (!(boleh as readonly unknown[]).includes(nilai)) {
    throw salahOpsi(nama, kunci, nilai, boleh.map((b) => JSON.stringify(b)).join(' atau '));
  }
  return nilai as T;
}

/** Reads the options of a formatter once (strict keys: a misspelt one is named with a suggestion). */
function bacaOpsiFormat<K extends string>(
  opsiMasukan: unknown,
  nama: string,
  kunci: readonly K[],
): CaraTulis & Partial<Record<K, unknown>> {
  const o = bacaObjek(opsiMasukan, { nama: `Opsi ${nama}`, kunci }) as Partial<Record<string, unknown>>;
  const format = o.format;
  if (format !== undefined && format !== 'id' && format !== 'en') {
    throw new SakipError(
      'FORMAT_TIDAK_DIKENAL',
      `Format tulisan angka ${teksMasukan(format)} tidak dikenal; gunakan "id" atau "en".`,
      { masukan: format },
    );
  }
  return {
    ...o,
    ...(o.desimal === undefined ? {} : { desimal: periksaDesimal(o.desimal as number) }),
    mode: o.mode === undefined ? 'setengah-atas' : periksaMode(o.mode as string),
    format: format ?? 'id',
    pemisahRibuan: pilihan(nama, 'pemisahRibuan', o.pemisahRibuan, [true, false], true),
  } as CaraTulis & Partial<Record<K, unknown>>;
}

/**
 * {@link formatAngka} on a trusted Decimal and checked options (internal core: no range check, so a
 * 40-digit quotient of sakip's own can be written in a trace or a message).
 */
export function tulisAngkaInti(nilai: Decimal, cara: CaraTulis): string {
  let d = nilai;
  let teks: string;
  if (cara.desimal === undefined) {
    teks = d.abs().toFixed();
  } else {
    d = bulatkanInti(d, cara.desimal, cara.mode);
    teks = d.abs().toFixed(Math.max(cara.desimal, 0));
  }
  const [ribuan, koma] = cara.format === 'en' ? [',', '.'] : ['.', ','];
  const tanda = d.isNegative() && !d.isZero() ? '-' : '';
  return tulisPolos(tanda + teks, cara.pemisahRibuan ? ribuan : '', koma);
}

/**
 * A number for a sentence (internal): at most `desimal` decimals, cut — never rounded up across a
 * boundary ("99,9999… < 100") — and marked with "…" when digits were cut: `55,7251…`.
 */
export function tulisRingkasInti(nilai: Decimal, desimal = 4): string {
  if (nilai.decimalPlaces() <= desimal) return tulisAngkaInti(nilai, TULIS_POLOS);
  return `${tulisAngkaInti(nilai, { ...TULIS_POLOS, desimal, mode: 'potong' })}…`;
}
