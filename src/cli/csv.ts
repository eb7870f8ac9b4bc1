// CSV as RFC 4180 writes it (header row, CRLF between records, a field quoted when it holds a comma,
// a quote or a line break, quotes doubled), with the report's text made safe: no control characters,
// and no cell a spreadsheet would run as a formula.
import { bersihkanKecualiBaris } from './teks.js';

const PERLU_KUTIP = /[",\r\n]/;
// A cell starting like a formula (=, +, -, @) is prefixed with an apostrophe unless it is a plain
// number (OWASP, "CSV injection"): a report name such as "=HYPERLINK(…)" stays text.
const RUMUS = /^[=+\-@]/;
const ANGKA = /^[-+]?[\d.,]+%?$/;

/** One field, quoted when RFC 4180 requires it. */
export function selCsv(nilai: string | number | null | undefined): string {
  if (nilai === null || nilai === undefined) return '';
  let t = bersihkanKecualiBaris(String(nilai));
  if (RUMUS.test(t) && !ANGKA.test(t)) t = `'${t}`;
  return PERLU_KUTIP.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
}

/** A whole CSV text: the header, then one record per row, CRLF-separated, ending with CRLF. */
export function csv(
  kolom: readonly string[],
  baris: Iterable<readonly (string | number | null | undefined)[]>,
): string {
  const rekaman = [kolom.map(selCsv).join(',')];
  for (const r of baris) rekaman.push(kolom.map((_, i) => selCsv(r[i])).join(','));
  return `${rekaman.join('\r\n')}\r\n`;
}
