// Internal: reading spreadsheet cells at the boundary of the sheet functions. A cell arrives as Google
// Sheets and Excel pass it to a custom function: a number, a string, a boolean, a Date, an empty
// string (a blank cell), null/undefined (an argument left out), or a 2-D array (a range). Numbers are
// read the way the sheet shows them — at 15 significant digits — so float noise from a formula
// (`=0,57*100` holds 56.99999999999999) never reaches the exact arithmetic.
import { BATAS_DESIMAL, bulatkanInti, type ModePembulatan, periksaMode } from '../angka/bulatkan.js';
import type { Decimal } from '../angka/Decimal.js';
import { keDecimal } from '../angka/keDecimal.js';
import type { KodeGalat } from '../galat/kode.js';
import { teksMasukan } from '../galat/masukan.js';
import { isSakipError, SakipError } from '../galat/SakipError.js';

/**
 * One spreadsheet cell as a custom function receives it (sel): a number, a text, a boolean, a date, or
 * blank (`''`, `null`, `undefined`). The sheet functions read a number the way the sheet shows it — at
 * 15 significant digits, so `=0,57*100` (56.99999999999999) is 57 and `=0,1+0,2` is 0,3 — a text in a
 * report's format (`'69,02'`, `'Rp 1.234,00'`), and a blank as "not filled in" (a blank result).
 * Booleans and dates are not numbers: an error.
 */
export type Sel = number | string | boolean | Date | null | undefined;

/** A range of cells (rentang): rows of cells, as Google Sheets and Excel pass `A2:C10`. */
export type Rentang = readonly (readonly Sel[])[];

/** A cell or a range (a one-cell range `[[x]]` counts as the cell `x`). */
export type SelAtauRentang = Sel | Rentang;

/** The significant digits a spreadsheet shows of a number (Google Sheets and Excel alike). */
export const DIGIT_SPREADSHEET = 15;

/** Whether a cell is blank: `''` (or only spaces), `null` or `undefined`. */
export function kosong(x: unknown): x is '' | null | undefined {
  return x === null || x === undefined || (typeof x === 'string' && x.trim() === '');
}

/** A one-cell range is its cell; a larger range where one cell is expected is an error. */
export function tunggal(x: unknown, nama: string): unknown {
  if (!Array.isArray(x)) return x;
  const baris = x[0];
  if (x.length === 1 && Array.isArray(baris) && baris.length === 1) return baris[0];
  if (x.length === 0 || (x.length === 1 && Array.isArray(baris) && baris.length === 0)) return '';
  const lebar = Array.isArray(baris) ? baris.length : 1;
  throw new SakipError(
    'MASUKAN_TIDAK_VALID',
    `${nama}: harus satu sel, bukan rentang ${x.length}×${lebar}.`,
    {
      masukan: x,
      lokasi: nama,
    },
  );
}

/** A number as the sheet shows it: rounded to 15 significant digits (56.99999999999999 → 57). */
export function angkaTampil(x: number): number {
  return Number.isFinite(x) ? Number(x.toPrecision(DIGIT_SPREADSHEET)) : x;
}

/** A SakipError raised again with the argument's name in front of its message. */
function diArgumen(e: unknown, nama: string, x: unknown): unknown {
  if (!isSakipError(e)) return e;
  return new SakipError(e.kode, `${nama}: ${e.message}`, { masukan: x, lokasi: nama, cause: e });
}

/**
 * Reads a cell holding a number (angka sel): `null` when blank; a number at 15 significant digits; a
 * text in a report's format (`'69,02'`, `'Rp 1.234,00'`; a text two formats read differently is
 * `ANGKA_AMBIGU`). Any other value (a boolean, a date) is `ANGKA_TIPE_TIDAK_DIDUKUNG`. Errors name the
 * argument.
 */
export function angkaSel(x: unknown, nama: string): Decimal | null {
  const sel = tunggal(x, nama);
  if (kosong(sel)) return null;
  try {
    return keDecimal(typeof sel === 'number' ? angkaTampil(sel) : (sel as string));
  } catch (e) {
    throw diArgumen(e, nama, sel);
  }
}

/** {@link angkaSel} for an argument that may not be blank where it is read (`MASUKAN_TIDAK_VALID`). */
export function angkaSelWajib(x: unknown, nama: string): Decimal {
  const d = angkaSel(x, nama);
  if (d === null) {
    throw new SakipError('MASUKAN_TIDAK_VALID', `${nama} wajib diisi.`, { masukan: x, lokasi: nama });
  }
  return d;
}

/** The text of an option cell, trimmed; `undefined` when blank. Numbers are read as text too. */
export function teksSel(x: unknown, nama: string): string | undefined {
  const sel = tunggal(x, nama);
  if (kosong(sel)) return undefined;
  if (typeof sel === 'string') return sel.trim();
  if (typeof sel === 'number') return String(angkaTampil(sel));
  throw new SakipError('OPSI_TIDAK_VALID', `${nama}: harus teks, bukan ${teksMasukan(sel)}.`, {
    masukan: sel,
    lokasi: nama,
  });
}

/** An option cell naming one of a few lower-case words (case and spaces ignored), or its default. */
export function pilihanSel<T extends string>(
  x: unknown,
  nama: string,
  pilihan: readonly T[],
  bawaan: T,
  kode: KodeGalat = 'OPSI_TIDAK_VALID',
): T {
  const t = teksSel(x, nama)?.toLowerCase();
  if (t === undefined) return bawaan;
  if ((pilihan as readonly string[]).includes(t)) return t as T;
  throw new SakipError(kode, `${nama}: ${teksMasukan(t)} tidak dikenal; gunakan ${pilihan.join(', ')}.`, {
    masukan: x,
    lokasi: nama,
  });
}

/** An integer cell (a year, a count of decimals); `undefined` when blank. */
export function bulatSel(x: unknown, nama: string, kode: KodeGalat = 'OPSI_TIDAK_VALID'): number | undefined {
  const d = angkaSel(x, nama);
  if (d === null) return undefined;
  if (!d.isInteger() || d.abs().gt(Number.MAX_SAFE_INTEGER)) {
    throw new SakipError(kode, `${nama}: harus bilangan bulat, bukan ${d.toString()}.`, {
      masukan: x,
      lokasi: nama,
    });
  }
  return d.toNumber();
}

/** The rounding asked for by the cells `desimal` and `mode`: none when `desimal` is blank. */
export interface Pembulatan {
  desimal: number;
  mode: ModePembulatan;
}

/** Reads the optional cells `desimal` and `mode` (a mode without decimals is an error, not ignored). */
export function pembulatanSel(desimal: unknown, mode: unknown): Pembulatan | undefined {
  const n = bulatSel(desimal, 'desimal', 'DESIMAL_TIDAK_VALID');
  const m = teksSel(mode, 'mode')?.toLowerCase();
  if (n === undefined) {
    if (m !== undefined) {
      throw new SakipError('DESIMAL_TIDAK_VALID', 'mode: pembulatan memerlukan desimal (mis. 2).', {
        masukan: mode,
        lokasi: 'desimal',
      });
    }
    return undefined;
  }
  if (n < BATAS_DESIMAL.min || n > BATAS_DESIMAL.maks) {
    throw new SakipError(
      'DESIMAL_TIDAK_VALID',
      `desimal: harus bilangan bulat dari ${BATAS_DESIMAL.min} sampai ${BATAS_DESIMAL.maks}, bukan ${n}.`,
      { masukan: desimal, lokasi: 'desimal' },
    );
  }
  try {
    return { desimal: n, mode: m === undefined ? 'setengah-atas' : periksaMode(m) };
  } catch (e) {
    throw diArgumen(e, 'mode', mode);
  }
}

/** A result as a plain number for the cell: rounded only when asked; never `-0`. */
export function keSel(d: Decimal, p: Pembulatan | undefined): number {
  const x = (p === undefined ? d : bulatkanInti(d, p.desimal, p.mode)).toNumber();
  return x === 0 ? 0 : x;
}

/** The cells of a cell or range, row by row (a lone cell is a 1×1 range). */
export function selRentang(x: unknown): unknown[] {
  if (!Array.isArray(x)) return [x];
  const hasil: unknown[] = [];
  for (const baris of x) {
    if (Array.isArray(baris)) for (const sel of baris) hasil.push(sel);
    else hasil.push(baris);
  }
  return hasil;
}

/** The rows of a range (a lone cell is one row of one cell; a flat array one row). */
export function barisRentang(x: unknown): unknown[][] {
  if (!Array.isArray(x)) return [[x]];
  if (!x.some((b) => Array.isArray(b))) return [[...x]];
  return x.map((b) => (Array.isArray(b) ? b : [b]));
}
