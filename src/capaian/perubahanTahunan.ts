import { Decimal } from '../angka/Decimal.js';
import { type Angka, keDecimal } from '../angka/keDecimal.js';
import { wajibObjek } from '../galat/masukan.js';

/** Result of {@link perubahanTahunan}. */
export interface HasilPerubahanTahunan {
  /** Change in points (percentage points for a percentage): `tahunIni − tahunLalu`. */
  poin: Decimal;
  /**
   * Relative change in percent: `(tahunIni − tahunLalu) / tahunLalu × 100`; `null` when last year is
   * 0 (undefined).
   */
  relatif: Decimal | null;
}

/**
 * Year-on-year change (perubahan tahunan), both ways reports print it, named: in points
 * (`92,71 − 66,97 = 25,74`) and relative (`1.383 / 17.073 = 8,10%`). Exact, unrounded.
 *
 * @example
 * ```ts
 * import { bulatkan, perubahanTahunan } from 'sakip';
 * // LKIP 2024 Dinsos Barito Kuala, Tabel 3.2.4: 66,97 (2023) → 92,71 (2024)
 * perubahanTahunan({ tahunLalu: '66,97', tahunIni: '92,71' }).poin; //=> '25.74'
 * bulatkan(perubahanTahunan({ tahunLalu: 17073, tahunIni: 18456 }).relatif!, 2); //=> '8.1'
 * perubahanTahunan({ tahunLalu: 0, tahunIni: 5 }).relatif; //=> null
 * ```
 */
export function perubahanTahunan(nilai: { tahunLalu: Angka; tahunIni: Angka }): HasilPerubahanTahunan {
  wajibObjek(nilai, 'perubahanTahunan({ tahunLalu, tahunIni })');
  const lalu = keDecimal(nilai.tahunLalu);
  const ini = keDecimal(nilai.tahunIni);
  const poin = ini.minus(lalu);
  const relatif = lalu.isZero() ? null : poin.times(100).div(lalu);
  return {
    poin: poin.isZero() ? new Decimal(0) : poin,
    relatif: relatif?.isZero() ? new Decimal(0) : relatif,
  };
}
