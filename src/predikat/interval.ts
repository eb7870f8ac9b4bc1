// Internal: interval arithmetic on band-table bounds. A lower bound `null` is −∞, an upper bound
// `null` is +∞. Not exported from the package.
import type { Decimal } from '../angka/Decimal.js';
import { formatAngka } from '../angka/formatAngka.js';

/** A lower or upper end: its value (`null`: infinite) and whether it belongs to the interval. */
export interface Ujung {
  nilai: Decimal | null;
  inklusif: boolean;
}

/** The bounds of an interval, as {@link IntervalSkala} and {@link DomainSkala} carry them. */
export interface Rentang {
  bawah?: Decimal | undefined;
  bawahInklusif: boolean;
  atas?: Decimal | undefined;
  atasInklusif: boolean;
}

export const bawahDari = (r: Rentang): Ujung => ({ nilai: r.bawah ?? null, inklusif: r.bawahInklusif });
export const atasDari = (r: Rentang): Ujung => ({ nilai: r.atas ?? null, inklusif: r.atasInklusif });

/** Compares two lower ends: negative when `a` starts before `b`. */
export function bandingkanBawah(a: Ujung, b: Ujung): number {
  if (a.nilai === null || b.nilai === null) return (a.nilai === null ? -1 : 0) - (b.nilai === null ? -1 : 0);
  const c = a.nilai.comparedTo(b.nilai);
  if (c !== 0) return c;
  return a.inklusif === b.inklusif ? 0 : a.inklusif ? -1 : 1;
}

/** Compares two upper ends: negative when `a` ends before `b`. */
export function bandingkanAtas(a: Ujung, b: Ujung): number {
  if (a.nilai === null || b.nilai === null) return (a.nilai === null ? 1 : 0) - (b.nilai === null ? 1 : 0);
  const c = a.nilai.comparedTo(b.nilai);
  if (c !== 0) return c;
  return a.inklusif === b.inklusif ? 0 : a.inklusif ? 1 : -1;
}

/** Whether the interval from lower end `b` to upper end `a` holds at least one number. */
export function tidakKosong(b: Ujung, a: Ujung): boolean {
  if (b.nilai === null || a.nilai === null) return true;
  const c = b.nilai.comparedTo(a.nilai);
  return c < 0 || (c === 0 && b.inklusif && a.inklusif);
}

/** Whether `x` lies in the interval. */
export function memuat(r: Rentang, x: Decimal): boolean {
  if (r.bawah !== undefined) {
    const c = x.comparedTo(r.bawah);
    if (c < 0 || (c === 0 && !r.bawahInklusif)) return false;
  }
  if (r.atas !== undefined) {
    const c = x.comparedTo(r.atas);
    if (c > 0 || (c === 0 && !r.atasInklusif)) return false;
  }
  return true;
}

/** The intersection of two intervals, or `undefined` if empty. */
export function irisan(p: Rentang, q: Rentang): Rentang | undefined {
  const b = bandingkanBawah(bawahDari(p), bawahDari(q)) >= 0 ? bawahDari(p) : bawahDari(q);
  const a = bandingkanAtas(atasDari(p), atasDari(q)) <= 0 ? atasDari(p) : atasDari(q);
  return tidakKosong(b, a) ? rentang(b, a) : undefined;
}

export function rentang(b: Ujung, a: Ujung): Rentang {
  return {
    ...(b.nilai === null ? {} : { bawah: b.nilai }),
    bawahInklusif: b.nilai === null ? false : b.inklusif,
    ...(a.nilai === null ? {} : { atas: a.nilai }),
    atasInklusif: a.nilai === null ? false : a.inklusif,
  };
}

/** The lower end that starts right after an upper end (its complement), `null` after +∞. */
export function setelah(a: Ujung): Ujung | null {
  return a.nilai === null ? null : { nilai: a.nilai, inklusif: !a.inklusif };
}

/** The upper end that stops right before a lower end, `null` before −∞. */
export function sebelum(b: Ujung): Ujung | null {
  return b.nilai === null ? null : { nilai: b.nilai, inklusif: !b.inklusif };
}

/** Writes an interval as a mathematician would, in Indonesian number format: `(89,99; 90]`, `[0; ∞)`. */
export function tulisRentang(r: Rentang): string {
  if (
    r.bawah !== undefined &&
    r.atas !== undefined &&
    r.bawah.eq(r.atas) &&
    r.bawahInklusif &&
    r.atasInklusif
  ) {
    return `{${formatAngka(r.bawah)}}`;
  }
  const kiri = r.bawah === undefined ? '(−∞' : `${r.bawahInklusif ? '[' : '('}${formatAngka(r.bawah)}`;
  const kanan = r.atas === undefined ? '∞)' : `${formatAngka(r.atas)}${r.atasInklusif ? ']' : ')'}`;
  return `${kiri}; ${kanan}`;
}
