// Shared helpers of the ikpa tests.
import fc from 'fast-check';
import { Decimal } from '../../src/index.js';

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
