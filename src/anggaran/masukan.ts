// Internal: reading the inputs of the anggaran module at its boundary, with the place of the value in
// every error. Not part of the public surface.
import type { Decimal } from '../angka/Decimal.js';
import { type Angka, keDecimal } from '../angka/keDecimal.js';
import { sambungJalur } from '../galat/jalur.js';
import type { KodeGalat } from '../galat/kode.js';
import { bacaObjek, teksMasukan } from '../galat/masukan.js';
import { isSakipError, SakipError } from '../galat/SakipError.js';
import { decimalBulat } from '../model/Anggaran.js';

/**
 * {@link keDecimal}; a failure is raised again with its code and the value's place (`butir[1].pagu`).
 * A whole number below 2^53 (a Rupiah amount) takes the fast path of the same result.
 */
export function angkaDi(x: unknown, lokasi: string): Decimal {
  if (typeof x === 'number' && x > 0 && x <= Number.MAX_SAFE_INTEGER && Number.isInteger(x))
    return decimalBulat(x);
  try {
    return keDecimal(x as Angka);
  } catch (e) {
    if (!isSakipError(e)) throw e;
    throw new SakipError(e.kode, `${lokasi}: ${e.message}`, { masukan: x, lokasi, cause: e });
  }
}

/** A required value of an input object: absent is `MASUKAN_TIDAK_VALID` at its place. */
export function wajib(x: unknown, lokasi: string, masukan: unknown): unknown {
  if (x === undefined) {
    throw new SakipError('MASUKAN_TIDAK_VALID', `${lokasi} wajib diisi.`, { masukan, lokasi });
  }
  return x;
}

/** An amount of money that must not be negative (pagu, realisasi), required. */
export function rupiahDi(x: unknown, lokasi: string, masukan: unknown): Decimal {
  const d = angkaDi(wajib(x, lokasi, masukan), lokasi);
  if (d.isNegative()) {
    throw new SakipError('ANGGARAN_NEGATIF', `${lokasi} tidak boleh negatif (${d.toString()}).`, {
      masukan: x,
      lokasi,
    });
  }
  return d;
}

/** A pagu that must be more than 0 (a divisor). */
export function paguDi(x: unknown, lokasi: string, masukan: unknown, untuk: string): Decimal {
  const pagu = rupiahDi(x, lokasi, masukan);
  if (pagu.isZero()) {
    throw new SakipError('ANGGARAN_PAGU_NOL', `${lokasi} bernilai nol: ${untuk} tidak terdefinisi.`, {
      masukan,
      lokasi,
    });
  }
  return pagu;
}

/**
 * Reads `{ pagu, realisasi }` (a strict object: another key is an error naming the nearest known
 * key): both non-negative, pagu not zero.
 */
export function bacaPaguRealisasi(x: unknown, nama: string): { pagu: Decimal; realisasi: Decimal } {
  const m = bacaObjek(x, {
    nama,
    kunci: ['pagu', 'realisasi'],
    kode: 'MASUKAN_TIDAK_VALID',
    bolehKosong: false,
  });
  const pagu = paguDi(m.pagu, 'pagu', x, 'penyerapan dan sisa anggaran');
  return { pagu, realisasi: rupiahDi(m.realisasi, 'realisasi', x) };
}

/** One of a fixed list of words (an enum option), or its default when absent. */
export function pilihanDi<T extends string>(
  x: unknown,
  pilihan: readonly T[],
  bawaan: T,
  lokasi: string,
  kode: KodeGalat = 'OPSI_TIDAK_VALID',
): T {
  if (x === undefined) return bawaan;
  if ((pilihan as readonly unknown[]).includes(x)) return x as T;
  throw new SakipError(kode, `${lokasi} ${teksMasukan(x)} tidak dikenal; gunakan ${pilihan.join(', ')}.`, {
    masukan: x,
    lokasi,
  });
}

/** A list argument (larik), anything else is `MASUKAN_TIDAK_VALID` (or `kode`). */
export function larikDi(
  x: unknown,
  lokasi: string,
  kode: KodeGalat = 'MASUKAN_TIDAK_VALID',
): readonly unknown[] {
  if (!Array.isArray(x)) {
    throw new SakipError(kode, `${lokasi || 'Masukan'} harus larik, bukan ${teksMasukan(x)}.`, {
      masukan: x,
      lokasi,
    });
  }
  return x;
}

/** The path of element `i` of a list at `lokasi`. */
export function di(lokasi: string, kunci: string | number): string {
  return sambungJalur(lokasi, kunci);
}
