import { isSakipError, type KodeGalat, type SakipError } from '../../src/index.js';

/**
 * The code of the SakipError that `f` throws, or undefined when it throws nothing. Any other error
 * is re-thrown, so a TypeError from deep inside fails the test instead of passing as "an error".
 */
export function kodeGalat(f: () => unknown): KodeGalat | undefined {
  try {
    f();
  } catch (e) {
    if (isSakipError(e)) return e.kode;
    throw e;
  }
  return undefined;
}

/** The `lokasi` of the SakipError that `f` throws, or undefined when it throws nothing. */
export function lokasiGalat(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    if (isSakipError(e)) return e.lokasi;
    throw e;
  }
  return undefined;
}

/** The SakipError that `f` throws (fails the test when it throws nothing or something else). */
export function galat(f: () => unknown): SakipError {
  try {
    f();
  } catch (e) {
    if (isSakipError(e)) return e;
    throw e;
  }
  throw new Error('tidak ada galat');
}
