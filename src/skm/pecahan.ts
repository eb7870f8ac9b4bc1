// Internal: exact fractions of integers (pecahan) for survey arithmetic. SKM sums and counts are
// integers, and 1/9 is not a finite decimal: working in fractions keeps every step exact, so the
// only inexact operation is the final division into a Decimal (40 significant digits, correctly
// rounded). Not exported from the package.

import type { ModePembulatan } from '../angka/bulatkan.js';
import { DecimalInti as Decimal } from '../angka/Decimal.js';

/** An exact fraction `p / q` with `q > 0`, kept in lowest terms. */
export interface Pecahan {
  readonly p: bigint;
  readonly q: bigint;
}

const abs = (x: bigint): bigint => (x < 0n ? -x : x);

function fpb(a: bigint, b: bigint): bigint {
  let x = abs(a);
  let y = abs(b);
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** The fraction `p / q` in lowest terms (`q` must not be 0). */
export function pecahan(p: bigint, q: bigint = 1n): Pecahan {
  if (q === 0n) throw new RangeError('penyebut nol');
  const t = fpb(p, q) || 1n;
  const tanda = q < 0n ? -1n : 1n;
  return { p: (tanda * p) / t, q: (tanda * q) / t };
}

export const NOL: Pecahan = { p: 0n, q: 1n };

export const tambah = (a: Pecahan, b: Pecahan): Pecahan => pecahan(a.p * b.q + b.p * a.q, a.q * b.q);
export const kali = (a: Pecahan, b: Pecahan): Pecahan => pecahan(a.p * b.p, a.q * b.q);
export const bagi = (a: Pecahan, b: Pecahan): Pecahan => pecahan(a.p * b.q, a.q * b.p);
export const sama = (a: Pecahan, b: Pecahan): boolean => a.p === b.p && a.q === b.q;
/** Negative when `a < b`, 0 when equal, positive when `a > b`. */
export const banding = (a: Pecahan, b: Pecahan): number => {
  const s = a.p * b.q - b.p * a.q;
  return s < 0n ? -1 : s > 0n ? 1 : 0;
};

/** The exact fraction of a finite Decimal (every decimal is `n / 10^k`). */
export function dariDecimal(d: Decimal): Pecahan {
  const [bulat = '0', desimal = ''] = d.toFixed().split('.');
  return pecahan(BigInt(bulat + desimal), 10n ** BigInt(desimal.length));
}

/** The Decimal nearest to the fraction (40 significant digits, half-up): the one inexact step. */
export function keDecimalPecahan(x: Pecahan): Decimal {
  const hasil = new Decimal(x.p.toString()).div(x.q.toString());
  return hasil.isZero() ? new Decimal(0) : hasil;
}

/** `p/q` written as a person would: `35/10`, `7`, `1/9`. */
export function tulisPecahan(x: Pecahan): string {
  return x.q === 1n ? x.p.toString() : `${x.p}/${x.q}`;
}

/**
 * Rounds a fraction to `desimal` decimals exactly (no detour through a 40-digit Decimal, so no
 * double rounding). Modes as {@link ModePembulatan}: half away from zero, toward zero, half to even.
 */
export function bulatkanPecahan(x: Pecahan, desimal: number, mode: ModePembulatan): Pecahan {
  const skala = desimal >= 0 ? 10n ** BigInt(desimal) : 1n;
  const pembagi = desimal >= 0 ? 1n : 10n ** BigInt(-desimal);
  // x × 10^desimal = n / d
  const n = x.p * skala;
  const d = x.q * pembagi;
  const negatif = n < 0n;
  const a = abs(n);
  let hasil = a / d;
  const sisa2 = (a % d) * 2n;
  if (mode === 'setengah-atas' && sisa2 >= d) hasil += 1n;
  if (mode === 'setengah-genap' && (sisa2 > d || (sisa2 === d && hasil % 2n === 1n))) hasil += 1n;
  const bertanda = negatif ? -hasil : hasil;
  return desimal >= 0 ? pecahan(bertanda, skala) : pecahan(bertanda * pembagi);
}

/** Whether the fraction has a finite decimal expansion (its denominator has only factors 2 and 5). */
export function desimalBerhingga(x: Pecahan): boolean {
  let q = x.q;
  while (q % 2n === 0n) q /= 2n;
  while (q % 5n === 0n) q /= 5n;
  return q === 1n;
}

/**
 * A Decimal for comparing the fraction with band-table bounds exactly: the fraction cut (toward zero)
 * at more decimals than its denominator has digits, plus `lebih` for the bounds' own decimals. A
 * nonzero gap between `p/q` and a bound of at most `lebih` decimals is at least `1/(q·10^lebih)`, so
 * the cut value falls on the same side of every such bound as the fraction itself — the band lookup
 * is exact even where the 40-digit Decimal would round onto a bound.
 */
export function untukBanding(x: Pecahan, lebih = 20): Decimal {
  const d = x.q.toString().length + lebih;
  const negatif = x.p < 0n;
  const n = ((negatif ? -x.p : x.p) * 10n ** BigInt(d)) / x.q; // toward zero
  const teks = n.toString().padStart(d + 1, '0');
  return new Decimal(`${negatif ? '-' : ''}${teks.slice(0, -d)}.${teks.slice(-d)}`);
}
