// Shared helpers of the ikpa tests.
import fc from 'fast-check';
import { Decimal, isSakipError, type KodeGalat } from '../../src/index.js';

/** The code of the SakipError `f` throws (undefined if it does not throw); other errors propagate. */
export const kodeDari = (f: () => unknown): KodeGalat | undefined => {
  try {
    f();
  } catch (e) {
    if (isSakipError(e)) return e.kode;
    throw e;
  }
  return undefined;
};

/** The lokasi of the SakipError `f` throws. */
export const lokasiDari = (f: () => unknown): string | undefined => {
  try {
    f();
  } catch (e) {
    if (isSakipError(e)) return e.lokasi;
    throw e;
  }
  return undefined;
};

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
