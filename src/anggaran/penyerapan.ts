import { Decimal } from '../angka/Decimal.js';
import type { Angka } from '../angka/keDecimal.js';
import { paguRealisasi } from './masukan.js';

/**
 * A budget figure as the functions of this module take it (pagu dan realisasi anggaran), in Rupiah:
 * numbers, report strings (`'Rp. 2.142.720.865,00'`) or Decimals.
 */
export interface MasukanAnggaran {
  /** Budget ceiling (pagu), Rupiah, > 0. */
  pagu: Angka;
  /** Spending (realisasi anggaran), Rupiah, ≥ 0; above pagu is allowed. */
  realisasi: Angka;
}

/**
 * Budget absorption (penyerapan anggaran) **in percent**: `realisasi / pagu × 100`, exact (no
 * rounding; use {@link bulatkan} or a {@link KebijakanPembulatan} to print it). Realisasi above pagu
 * gives more than 100 — allowed here, flagged by {@link rekapAnggaran}.
 *
 * @throws {SakipError} `ANGGARAN_PAGU_NOL` when pagu is 0, `ANGGARAN_NEGATIF` for a negative amount,
 * and the codes of {@link keDecimal} for unreadable input.
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
 * ```
 */
export function penyerapan(anggaran: MasukanAnggaran): Decimal {
  const { pagu, realisasi } = paguRealisasi(anggaran);
  return realisasi.times(100).div(pagu);
}

/**
 * Unspent budget (sisa anggaran) **in Rupiah**: `pagu − realisasi`, exact; negative when realisasi is
 * above pagu.
 *
 * @throws {SakipError} `ANGGARAN_PAGU_NOL`, `ANGGARAN_NEGATIF`, as {@link penyerapan}.
 *
 * @example
 * ```ts
 * import { formatRupiah, sisaAnggaran } from 'sakip';
 * sisaAnggaran({ pagu: '8.069.859.523,00', realisasi: '7.586.731.701,00' }); //=> '483127822'
 * formatRupiah(sisaAnggaran({ pagu: 2142720865, realisasi: 2113252231 })); //=> 'Rp29.468.634'
 * sisaAnggaran({ pagu: 100, realisasi: 120 }); //=> '-20'
 * ```
 */
export function sisaAnggaran(anggaran: MasukanAnggaran): Decimal {
  const { pagu, realisasi } = paguRealisasi(anggaran);
  return pagu.minus(realisasi);
}

/**
 * Unspent budget as a share of pagu (persentase sisa), **in percent**: `100 − penyerapan` (RUMUS.md
 * §6), so that `penyerapan + persentaseSisa = 100` holds exactly, whatever the digits of the quotient.
 *
 * @throws {SakipError} `ANGGARAN_PAGU_NOL`, `ANGGARAN_NEGATIF`, as {@link penyerapan}.
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
  // 100 − x needs more digits than x when x is small (0,000…1): subtract without a precision limit,
  // so that the sum with penyerapan is exactly 100 (the constructor keeps every digit it is given).
  const x = penyerapan(anggaran);
  return new Decimal(new DecimalLebar(100).minus(x.toString()).toString());
}

/** Wide enough for 100 − x for any x a 40-digit quotient of report amounts gives (never rounds). */
const DecimalLebar = Decimal.clone({ precision: 1000 });
