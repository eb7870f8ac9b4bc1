// Shared helpers of the ikpa tests.
import fc from 'fast-check';
import { expect } from 'vitest';
import { Decimal, isSakipError } from '../../src/index.js';

export { kodeGalat, lokasiGalat } from '../alat/galat.js';

/** A value 0–100 with 2 decimals, as reports print them. */
export const nilai0sd100 = fc.integer({ min: 0, max: 10_000 }).map((n) => new Decimal(n).div(100));

/** Freezes an object and its nested objects, to prove a function does not mutate its input. */
export function bekukan<T>(x: T): T {
  if (typeof x === 'object' && x !== null && !Object.isFrozen(x)) {
    for (const v of Object.values(x)) bekukan(v);
    Object.freeze(x);
  }
  return x;
}

/** Narrows a result of the one result union to `status: 'dihitung'`, failing the test otherwise. */
export function dihitung<T extends { status: string }>(h: T): Extract<T, { status: 'dihitung' }> {
  expect(h.status).toBe('dihitung');
  return h as Extract<T, { status: 'dihitung' }>;
}

/** The SakipError `f` throws (the test fails if it throws nothing or something else). */
export function galat(f: () => unknown): {
  kode: string;
  message: string;
  lokasi: string | undefined;
  masalah: readonly { lokasi: string; pesan: string }[];
} {
  try {
    f();
  } catch (e) {
    if (isSakipError(e)) return e;
    throw e;
  }
  throw new Error('tidak ada galat');
}

/**
 * Writes to every object reachable from a result, as a careless or hostile caller might: a new key
 * on each, `Object.assign(decimal, new Decimal(5))` on each Decimal, `push` on each array. Frozen
 * objects refuse (a TypeError, caught); whatever accepts the writes must belong to this result only.
 * Iterative, with a visited set.
 */
export function rusakSemua(akar: unknown): void {
  const lima = new Decimal(5);
  const tumpuk: unknown[] = [akar];
  const dilihat = new Set<unknown>();
  const coba = (f: () => void) => {
    try {
      f();
    } catch (e) {
      if (!(e instanceof TypeError)) throw e;
    }
  };
  while (tumpuk.length > 0) {
    const x = tumpuk.pop();
    if (typeof x !== 'object' || x === null || dilihat.has(x)) continue;
    dilihat.add(x);
    for (const v of Object.values(x)) tumpuk.push(v);
    if (Decimal.isDecimal(x)) {
      coba(() => Object.assign(x, { d: [...(lima as unknown as { d: number[] }).d], e: 0, s: 1 }));
      continue;
    }
    if (Array.isArray(x)) coba(() => x.push(lima));
    coba(() => Object.assign(x, { nilai: lima, rusak: true }));
  }
}
