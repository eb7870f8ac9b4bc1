// Text for the terminal: report text made safe to print, numbers written the Indonesian way (by the
// library's own writer), and colours. Formatting only — no arithmetic: rounding for display is the
// library's `tulisAngkaInti`.
import type { Decimal } from '../angka/Decimal.js';
import { DecimalInti } from '../angka/Decimal.js';
import { type CaraTulis, tulisAngkaInti } from '../angka/formatAngka.js';

// Characters that must never reach a terminal raw: C0 and C1 controls and DEL (escape sequences,
// bells, cursor moves), bidirectional marks, overrides and isolates (text shown in another order than
// it is stored), and the Unicode line and paragraph separators.
function kendali(c: number): boolean {
  return (
    c <= 0x1f ||
    (c >= 0x7f && c <= 0x9f) ||
    c === 0x061c ||
    c === 0x200e ||
    c === 0x200f ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2066 && c <= 0x2069) ||
    c === 0x2028 ||
    c === 0x2029
  );
}

/** Whether a text holds a character {@link bersihkan} would replace. */
export function adaKendali(teks: string): boolean {
  for (let i = 0; i < teks.length; i++) if (kendali(teks.charCodeAt(i))) return true;
  return false;
}

function ganti(teks: string, simpanBaris: boolean): string {
  if (!adaKendali(teks)) return teks;
  let hasil = '';
  for (let i = 0; i < teks.length; i++) {
    const c = teks.charCodeAt(i);
    if (!kendali(c)) hasil += teks[i];
    else if (c === 0x0a && simpanBaris) hasil += '\n';
    else if (c === 0x0d && simpanBaris) hasil += '\r';
    else if (c === 0x09 || c === 0x0a || c === 0x0d) hasil += ' ';
    else hasil += '\uFFFD';
  }
  return hasil;
}

/**
 * Report text made safe for a terminal (bersihkan): tabs and line breaks become spaces, every other
 * control or bidirectional character becomes U+FFFD (�), so a hostile name cannot move the cursor,
 * recolour the screen or reorder what follows.
 */
export function bersihkan(teks: string): string {
  return ganti(teks, false);
}

/** As {@link bersihkan}, but line breaks are kept (CSV cells, which quote them). */
export function bersihkanKecualiBaris(teks: string): string {
  return ganti(teks, true);
}

/** Text cut to `maks` characters (code points) with an ellipsis. */
export function potong(teks: string, maks: number): string {
  const huruf = [...teks];
  return huruf.length <= maks ? teks : `${huruf.slice(0, Math.max(maks - 1, 1)).join('')}…`;
}

/** Width of a text on screen, in code points (ANSI colour codes are added after measuring). */
export function lebar(teks: string): number {
  let n = 0;
  for (const _ of teks) n++;
  return n;
}

const ID: CaraTulis = Object.freeze({ mode: 'setengah-atas', format: 'id', pemisahRibuan: true });

/** Every digit of a value, Indonesian format: `1.090.111.598`, `55,7251908396…` in full. */
export function angkaPenuh(x: Decimal): string {
  return tulisAngkaInti(x, ID);
}

/** A value rounded half-up at `desimal` decimals, shown with exactly that many: `55,73`, `96,70`. */
export function angkaBulat(x: Decimal, desimal: number): string {
  return tulisAngkaInti(x, { ...ID, desimal });
}

/**
 * An exact value for people (angka ringkas): every digit when it has at most `desimal` decimals,
 * else cut there with an ellipsis — `55,7251…` — so a truncated value never looks like a rounded one.
 */
export function angkaRingkas(x: Decimal, desimal: number): string {
  if (x.decimalPlaces() <= desimal) return angkaPenuh(x);
  return `${tulisAngkaInti(x, { ...ID, desimal, mode: 'potong' })}…`;
}

/** How a command shows its exact values: rounded for reading, or every digit with `--tepat`. */
export interface CaraAngka {
  tepat: boolean;
}

/** An exact value as a command shows it: half-up at `desimal` decimals, or every digit with `--tepat`. */
export function tampilAngka(x: Decimal, cara: CaraAngka, desimal = 2): string {
  return cara.tepat ? angkaPenuh(x) : angkaBulat(x, desimal);
}

/** Rupiah, EYD style (`Rp6.811.847.000`); cents only when the amount has them. */
export function rupiah(x: Decimal, cara: CaraAngka = { tepat: false }): string {
  const teks = cara.tepat || x.decimalPlaces() <= 2 ? angkaPenuh(x) : angkaBulat(x, 2);
  return teks.startsWith('-') ? `-Rp${teks.slice(1)}` : `Rp${teks}`;
}

/** A plain machine number (`-0.736`, never `7e-7`) for CSV and JSON. */
export function angkaMesin(x: Decimal): string {
  return x.toFixed();
}

/** Whether a value is a Decimal of any of sakip's constructors. */
export function apakahDecimal(x: unknown): x is Decimal {
  return typeof x === 'object' && x !== null && DecimalInti.isDecimal(x);
}

/** Thousands grouped, for counts: `12.345`. */
export function bilangan(n: number): string {
  return angkaPenuh(new DecimalInti(n));
}

/** The styles a command may ask for; how they look is decided by {@link Warna}. */
export type Gaya = 'hijau' | 'kuning' | 'merah' | 'redup' | 'tebal';

const KODE_ANSI: Record<Gaya, [number, number]> = {
  hijau: [32, 39],
  kuning: [33, 39],
  merah: [31, 39],
  redup: [2, 22],
  tebal: [1, 22],
};

/** Applies a style: ANSI codes when colours are on, the text unchanged otherwise. */
export type Warna = (teks: string, gaya: Gaya | undefined) => string;

/** The colouring of one output: ANSI when `aktif` (stdout a terminal and NO_COLOR unset), else none. */
export function buatWarna(aktif: boolean): Warna {
  if (!aktif) return (teks) => teks;
  return (teks, gaya) => {
    if (gaya === undefined || teks === '') return teks;
    const [buka, tutup] = KODE_ANSI[gaya];
    return `\u001b[${buka}m${teks}\u001b[${tutup}m`;
  };
}

/** Whether colours go to stdout: a terminal, and NO_COLOR (https://no-color.org) not set to a value. */
export function warnaDiizinkan(adalahTty: boolean, lingkungan: NodeJS.ProcessEnv): boolean {
  const tanpa = lingkungan.NO_COLOR;
  return adalahTty && (tanpa === undefined || tanpa === '');
}
