import type { KodeGalat } from './kode.js';
import { SakipError } from './SakipError.js';

/**
 * A value written for an error message, whatever it is: a string quoted, an object described. Never
 * throws (`String(x)` does for objects without a prototype), so a message about bad input cannot
 * itself become a TypeError.
 */
export function teksMasukan(x: unknown): string {
  if (typeof x === 'string') return JSON.stringify(x.length > 60 ? `${x.slice(0, 60)}…` : x);
  if (
    typeof x === 'number' ||
    typeof x === 'boolean' ||
    typeof x === 'bigint' ||
    x === undefined ||
    x === null
  ) {
    return String(x);
  }
  if (typeof x === 'symbol') return 'symbol';
  if (typeof x === 'function') return 'fungsi';
  if (Array.isArray(x)) return `larik (${x.length} butir)`;
  if ((x as { toStringTag?: unknown }).toStringTag === '[object Decimal]') {
    try {
      return String(x);
    } catch {
      return 'Decimal';
    }
  }
  return 'objek';
}

/**
 * The options object of a public function (opsi): `undefined` means "all defaults"; anything but a
 * plain object (null, an array, a number) is a `SakipError` instead of a TypeError later on.
 */
export function bacaOpsi<T extends object>(
  opsi: T | undefined,
  nama: string,
  kode: KodeGalat = 'OPSI_TIDAK_VALID',
): T {
  if (opsi === undefined) return {} as T;
  if (typeof opsi !== 'object' || opsi === null || Array.isArray(opsi)) {
    throw new SakipError(kode, `Opsi ${nama} harus objek, bukan ${teksMasukan(opsi)}.`, { masukan: opsi });
  }
  return opsi;
}

/** A required object argument (e.g. `{ target, realisasi }`); anything else is a `SakipError`. */
export function wajibObjek<T extends object>(x: T, nama: string, kode: KodeGalat = 'MASUKAN_TIDAK_VALID'): T {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) {
    throw new SakipError(kode, `${nama} harus objek, bukan ${teksMasukan(x)}.`, { masukan: x });
  }
  return x;
}

/** A required array argument; anything else is a `SakipError`. */
export function wajibLarik<T>(
  x: readonly T[],
  nama: string,
  kode: KodeGalat = 'MASUKAN_TIDAK_VALID',
): readonly T[] {
  if (!Array.isArray(x)) {
    throw new SakipError(kode, `${nama} harus larik (array), bukan ${teksMasukan(x)}.`, { masukan: x });
  }
  return x;
}
