// Internal: reading amounts at the boundary of the anggaran module, with the place of the input in
// every error. Not part of the public surface.
import type { Decimal } from '../angka/Decimal.js';
import { type Angka, keDecimal } from '../angka/keDecimal.js';
import { isSakipError, SakipError } from '../galat/SakipError.js';

/** Converts with {@link keDecimal}; a failure is raised again with its code and the input's place. */
export function angkaDi(x: Angka, lokasi: string): Decimal {
  try {
    return keDecimal(x);
  } catch (e) {
    if (!isSakipError(e)) throw e;
    throw new SakipError(e.kode, `${lokasi}: ${e.message}`, { masukan: e.masukan, lokasi, cause: e });
  }
}

/** An amount of money that must not be negative (pagu, realisasi). */
export function rupiahDi(x: Angka, lokasi: string): Decimal {
  const d = angkaDi(x, lokasi);
  if (d.isNegative()) {
    throw new SakipError('ANGGARAN_NEGATIF', `${lokasi} tidak boleh negatif (${d.toString()}).`, {
      masukan: x,
      lokasi,
    });
  }
  return d;
}

/** Reads `{ pagu, realisasi }`: both non-negative, pagu not zero. */
export function paguRealisasi(
  anggaran: { pagu: Angka; realisasi: Angka },
  lokasi = '',
): { pagu: Decimal; realisasi: Decimal } {
  if (typeof anggaran !== 'object' || anggaran === null) {
    throw new SakipError('ANGKA_TIPE_TIDAK_DIDUKUNG', 'Anggaran harus berupa objek { pagu, realisasi }.', {
      masukan: anggaran,
      lokasi,
    });
  }
  const pagu = rupiahDi(anggaran.pagu, `${lokasi}pagu`);
  const realisasi = rupiahDi(anggaran.realisasi, `${lokasi}realisasi`);
  if (pagu.isZero()) {
    throw new SakipError('ANGGARAN_PAGU_NOL', `${lokasi}pagu bernilai nol: penyerapan tidak terdefinisi.`, {
      masukan: anggaran,
      lokasi: `${lokasi}pagu`,
    });
  }
  return { pagu, realisasi };
}
