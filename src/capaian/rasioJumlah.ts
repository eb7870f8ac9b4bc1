import type { Decimal } from '../angka/Decimal.js';
import type { Angka } from '../angka/keDecimal.js';
import { bacaObjek } from '../galat/masukan.js';
import { SakipError } from '../galat/SakipError.js';
import { capaianInti, galatCapaian } from './inti.js';
import { jumlahAngka } from './rataRata.js';

/**
 * Ratio of sums in percent (rasio jumlah): `Σ realisasi / Σ target × 100`, exact — how a parent's
 * physical realisasi is sometimes taken from its children (RUMUS.md §4), as opposed to the mean of
 * their capaian ({@link rataRata}). Any number of values (summed one by one).
 *
 * @throws {SakipError} `AGREGASI_PANJANG_BERBEDA` when the lists differ in length or are empty;
 * `CAPAIAN_TARGET_NOL` / `CAPAIAN_TARGET_NEGATIF` for the sum of targets; `MASUKAN_TIDAK_VALID`.
 *
 * @example
 * ```ts
 * import { bulatkan, rasioJumlah } from 'sakip';
 * rasioJumlah({ realisasi: [0, 3, 54], target: [1, 25, 70] }); //=> '59.375'
 * bulatkan(rasioJumlah({ realisasi: [0, 3, 54], target: [1, 25, 70] }), 2); //=> '59.38'
 * rasioJumlah({ realisasi: [1, 2], target: [1] }); //!> AGREGASI_PANJANG_BERBEDA
 * ```
 */
export function rasioJumlah(pasangan: { realisasi: readonly Angka[]; target: readonly Angka[] }): Decimal {
  const { realisasi, target } = bacaObjek(pasangan, {
    nama: 'Masukan rasioJumlah',
    kunci: ['realisasi', 'target'],
    kode: 'MASUKAN_TIDAK_VALID',
    bolehKosong: false,
  });
  if (
    !Array.isArray(realisasi) ||
    !Array.isArray(target) ||
    realisasi.length !== target.length ||
    target.length === 0
  ) {
    throw new SakipError(
      'AGREGASI_PANJANG_BERBEDA',
      'rasioJumlah butuh daftar realisasi dan target yang sama panjang dan tidak kosong.',
      { masukan: pasangan },
    );
  }
  const jumlahTarget = jumlahAngka(target, 'target');
  const jumlahRealisasi = jumlahAngka(realisasi, 'realisasi');
  const hasil = capaianInti(jumlahTarget, jumlahRealisasi, 'positif', 'selisih');
  if (typeof hasil === 'string') throw galatCapaian(hasil, pasangan, 'target');
  return hasil;
}
