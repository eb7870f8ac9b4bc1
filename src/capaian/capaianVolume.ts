import type { Decimal } from '../angka/Decimal.js';
import type { Angka } from '../angka/keDecimal.js';
import { wajibObjek } from '../galat/masukan.js';
import { capaian } from './capaian.js';

/**
 * Achievement as a volume ratio (capaian volume, "capaian output"): realised count / planned count ×
 * 100, exact. Some reports print it for an indicator that is itself a percentage; which pair drives
 * capaian is a declared choice (see `pasangan` in {@link hitungIndikator}).
 *
 * @throws {SakipError} `CAPAIAN_TARGET_NOL`, `CAPAIAN_TARGET_NEGATIF`, and the codes of {@link keDecimal}.
 *
 * @example
 * ```ts
 * import { bulatkan, capaianVolume } from 'sakip';
 * bulatkan(capaianVolume({ target: '2.555', realisasi: '2.668' }), 2); //=> '104.42'
 * capaianVolume({ target: 0, realisasi: 3 }); //!> CAPAIAN_TARGET_NOL
 * ```
 */
export function capaianVolume(volume: { target: Angka; realisasi: Angka }): Decimal {
  wajibObjek(volume, 'capaianVolume({ target, realisasi })');
  return capaian({ target: volume.target, realisasi: volume.realisasi });
}
