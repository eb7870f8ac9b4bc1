import type { Decimal } from '../angka/Decimal.js';
import type { Angka } from '../angka/keDecimal.js';
import { penyerapanInti, persentaseSisaInti, sisaAnggaranInti } from './inti/penyerapan.js';
import { bacaPaguRealisasi } from './masukan.js';

/**
 * A budget figure as the functions of this module take it (pagu dan realisasi anggaran), in Rupiah:
 * numbers, report strings (`'Rp. 2.142.720.865,00'`) or Decimals. No other key.
 */
export interface MasukanAnggaran {
  /** Budget ceiling (pagu), Rupiah, > 0. */
  pagu: Angka;
  /** Spending (realisasi anggaran), Rupiah, ≥ 0; above pagu is allowed. */
  realisasi: Angka;
}

/**
 * Budget absorption (penyerapan anggaran) **in percent**: `realisasi / pagu × 100`, exact to 40
 * significant digits (no rounding; use {@link bulatkan} or a {@link KebijakanPembulatan} to print
 * it). Realisasi above pagu gives more than 100 — allowed here, flagged by {@link rekapAnggaran}.
 *
 * @throws {SakipError} `ANGGARAN_PAGU_NOL` when pagu is 0, `ANGGARAN_NEGATIF` for a negative amount,
 * `MASUKAN_TIDAK_VALID` for a missing or unknown key (the message names the nearest known key), and
 * the codes of {@link keDecimal} for unreadable numbers.
 *
 * @example
 * ```ts
 * import { bulatkan, penyerapan } from 'sakip';
 * // LKIP 2024 Dinsos Barito Kuala, Tabel 3.2.12, sasaran 1: printed 98,62.
 * const p = penyerapan({ pagu: '2.142.720.865,00', realisasi: '2.113.252.231,00' });
 * bulatkan(p, 2); //=> '98.62'
 * // Sasaran 3: 93,28 half-up; Tabel 3.2.19 prints 93,27 (truncated).
 * bulatkan(penyerapan({ pagu: 4699311668, realisasi: 4383367872 }), 2, 'potong'); //=> '93.27'
 * penyerapan({ pagu: 200, realisasi: 50 }); //=> '25'
 * penyerapan({ pagu: 0, realisasi: 0 }); //!> ANGGARAN_PAGU_NOL
 * penyerapan({ pagu: 100, realisasi: -1 }); //!> ANGGARAN_NEGATIF
 * penyerapan({ pagu: 100, realisasi: 50, realisai: 50 } as never); //!> MASUKAN_TIDAK_VALID
 * ```
 */
export function penyerapan(anggaran: MasukanAnggaran): Decimal {
  const { pagu, realisasi } = bacaPaguRealisasi(anggaran, 'Masukan penyerapan');
  return penyerapanInti(pagu, realisasi);
}

/**
 * Unspent budget (sisa anggaran) **in Rupiah**: `pagu − realisasi`, exact; negative when realisasi is
 * above pagu.
 *
 * @throws {SakipError} `ANGGARAN_PAGU_NOL`, `ANGGARAN_NEGATIF`, `MASUKAN_TIDAK_VALID`, as
 * {@link penyerapan}.
 *
 * @example
 * ```ts
 * import { formatRupiah, sisaAnggaran } from 'sakip';
 * sisaAnggaran({ pagu: '8.069.859.523,00', realisasi: '7.586.731.701,00' }); //=> '483127822'
 * formatRupiah(sisaAnggaran({ pagu: 2142720865, realisasi: 2113252231 })); //=> 'Rp29.468.634'
 * sisaAnggaran({ pagu: 100, realisasi: 120 }); //=> '-20'
 * sisaAnggaran({ pagu: 100 } as never); //!> MASUKAN_TIDAK_VALID
 * ```
 */
export function sisaAnggaran(anggaran: MasukanAnggaran): Decimal {
  const { pagu, realisasi } = bacaPaguRealisasi(anggaran, 'Masukan sisaAnggaran');
  return sisaAnggaranInti(pagu, realisasi);
}

/**
 * Unspent budget as a share of pagu (persentase sisa), **in percent**: `100 − penyerapan` (RUMUS.md
 * §6), so that `penyerapan + persentaseSisa = 100` holds exactly, whatever the digits of the quotient.
 *
 * @throws {SakipError} `ANGGARAN_PAGU_NOL`, `ANGGARAN_NEGATIF`, `MASUKAN_TIDAK_VALID`, as
 * {@link penyerapan}.
 *
 * @example
 * ```ts
 * import { bulatkan, persentaseSisa, penyerapan } from 'sakip';
 * const a = { pagu: 8069859523, realisasi: 7586731701 };
 * bulatkan(persentaseSisa(a), 2); //=> '5.99'
 * penyerapan(a).plus(persentaseSisa(a)); //=> '100'
 * ```
 */
export function persentaseSisa(anggaran: MasukanAnggaran): Decimal {
  const { pagu, realisasi } = bacaPaguRealisasi(anggaran, 'Masukan persentaseSisa');
  return persentaseSisaInti(pagu, realisasi);
}
