// Core of penyerapan and sisa (internal): trusted Decimals in, no validation.
import { DecimalInti as Decimal } from '../../angka/Decimal.js';
import { persenDari } from './bagi.js';

/** Penyerapan in percent, `realisasi × 100 / pagu`; pagu must not be 0. */
export function penyerapanInti(pagu: Decimal, realisasi: Decimal): Decimal {
  return persenDari(realisasi, pagu);
}

/** Sisa anggaran in Rupiah, `pagu − realisasi`. */
export function sisaAnggaranInti(pagu: Decimal, realisasi: Decimal): Decimal {
  return pagu.minus(realisasi);
}

/** Wide enough for 100 − x for any x a 40-digit quotient of report amounts gives (never rounds). */
const DecimalLebar = Decimal.clone({ precision: 1000 });

/**
 * Persentase sisa in percent, `100 − penyerapan`, exactly: 100 − x needs more digits than x when x is
 * small (0,000…1), so it is subtracted without a precision limit and `penyerapan + persentaseSisa`
 * is exactly 100 (the constructor keeps every digit it is given). pagu must not be 0.
 */
export function persentaseSisaInti(pagu: Decimal, realisasi: Decimal): Decimal {
  const x = penyerapanInti(pagu, realisasi);
  return new Decimal(new DecimalLebar(100).minus(x.toString()).toString());
}
