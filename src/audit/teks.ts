// Reading a printed figure's text (baca teks tercetak): a number with the decimals it was printed
// with, or a label. Never throws: what cannot be read is a reason.
import type { Decimal } from '../angka/Decimal.js';
import { bacaTeksAngka } from '../angka/parseAngka.js';
import { isSakipError } from '../galat/SakipError.js';

/** A printed number: its value and the number of decimals printed (`96,70` → 2, `96,7` → 1). */
export interface AngkaTerbaca {
  jenis: 'angka';
  nilai: Decimal;
  desimal: number;
}

/** A printed label, normalised for comparison (lower case, single spaces). */
export interface LabelTerbaca {
  jenis: 'label';
  teks: string;
  normal: string;
}

/** Text that is neither (an empty cell, `#VALUE!` …), with the reason. */
export interface TeksTidakTerbaca {
  jenis: 'tidak-terbaca';
  pesan: string;
}

export type TeksTerbaca = AngkaTerbaca | LabelTerbaca | TeksTidakTerbaca;

/** A label compared as people read it: case, repeated spaces and look-alike dashes do not count. */
export function normalLabel(teks: string): string {
  return teks
    .normalize('NFKC')
    .toLocaleLowerCase('id')
    .replace(/[\s\u200B]+/g, ' ')
    .trim();
}

// The digits after the decimal mark at the end of a printed number, per format (none after `,-`).
const DESIMAL: Record<'id' | 'en', RegExp> = {
  id: /,(\d+)\s*(?:%|persen)?\s*$/i,
  en: /\.(\d+)\s*(?:%|persen)?\s*$/i,
};

/** The decimals printed: digits after the decimal mark of the format (none after `,-`). */
function desimalTercetak(teks: string, format: 'id' | 'en'): number {
  return DESIMAL[format].exec(teks.trim())?.[1]?.length ?? 0;
}

/**
 * Reads a printed figure: as a number when `angka` is true (in `format`; `-` is zero only with
 * `stripNol`), else as a label.
 */
export function bacaTeksTercetak(
  teks: string,
  cara: { angka: boolean; format: 'id' | 'en'; stripNol: boolean },
): TeksTerbaca {
  if (!cara.angka) {
    const normal = normalLabel(teks);
    if (normal === '' || normal === '-')
      return { jenis: 'tidak-terbaca', pesan: 'teks kosong, bukan label.' };
    return { jenis: 'label', teks, normal };
  }
  try {
    const nilai = bacaTeksAngka(teks, cara.format, cara.stripNol);
    return { jenis: 'angka', nilai, desimal: desimalTercetak(teks, cara.format) };
  } catch (e) {
    if (!isSakipError(e)) throw e;
    return { jenis: 'tidak-terbaca', pesan: e.message };
  }
}
