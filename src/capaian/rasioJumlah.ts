import { Decimal } from '../angka/Decimal.js';
import type { Angka } from '../angka/keDecimal.js';
import { wajibObjek } from '../galat/masukan.js';
import { SakipError } from '../galat/SakipError.js';
import { periksaTarget } from './capaian.js';
import { keDecimalDi } from './rataRata.js';

/**
 * Ratio of sums in percent (rasio jumlah): `Σ realisasi / Σ target × 100`, exact — how a parent's
 * physical realisasi is sometimes taken from its children (RUMUS.md §4), as opposed to the mean of
 * their capaian ({@link rataRata}).
 *
 * @throws {SakipError} `AGREGASI_PANJANG_BERBEDA` when the lists differ in length or are empty;
 * `CAPAIAN_TARGET_NOL` / `CAPAIAN_TARGET_NEGATIF` for the sum of targets.
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
  const { realisasi, target } = wajibObjek(pasangan, 'rasioJumlah({ realisasi, target })');
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
  const jumlahTarget = Decimal.sum(...target.map((t, i) => keDecimalDi(t, `target[${i}]`)));
  const jumlahRealisasi = Decimal.sum(...realisasi.map((r, i) => keDecimalDi(r, `realisasi[${i}]`)));
  periksaTarget(jumlahTarget, pasangan, 'target');
  const hasil = jumlahRealisasi.times(100).div(jumlahTarget);
  return hasil.isZero() ? new Decimal(0) : hasil;
}
