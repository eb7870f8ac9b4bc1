import { Decimal } from '../angka/Decimal.js';
import type { Angka } from '../angka/keDecimal.js';
import { bacaOpsi } from '../galat/masukan.js';
import { SakipError } from '../galat/SakipError.js';
import { keDecimalDi } from './rataRata.js';

/** Options of {@link jumlahTriwulan}. */
export interface OpsiJumlahTriwulan {
  /** Read a quarter not reported (`null`/`undefined`) as 0 instead of refusing it. */
  kosongSebagaiNol?: boolean;
}

/**
 * The annual value as the sum of the four quarters TW I–IV (jumlah triwulan), exact. An explicit
 * operation: reports sum quarters even for percentages, but not always (a row may repeat the annual
 * value in two quarters), so sakip never sums them on its own.
 *
 * @throws {SakipError} `TRIWULAN_TIDAK_VALID` for a list that is not four values, or a quarter not
 * reported unless `kosongSebagaiNol`.
 *
 * @example
 * ```ts
 * import { bulatkan, capaian, jumlahTriwulan } from 'sakip';
 * const realisasi = jumlahTriwulan([0, 25, 25, '24,35']);
 * realisasi; //=> '74.35'
 * const target = jumlahTriwulan([0, 25, 25, 27]);
 * bulatkan(capaian({ target, realisasi }), 2); //=> '96.56'
 * jumlahTriwulan([10, null, 5, 5], { kosongSebagaiNol: true }); //=> '20'
 * jumlahTriwulan([10, null, 5, 5]); //!> TRIWULAN_TIDAK_VALID
 * ```
 */
export function jumlahTriwulan(
  triwulan: readonly (Angka | null | undefined)[],
  opsiMasukan?: OpsiJumlahTriwulan,
): Decimal {
  const opsi = bacaOpsi(opsiMasukan, 'jumlahTriwulan', 'CAPAIAN_OPSI_TIDAK_VALID');
  if (!Array.isArray(triwulan) || triwulan.length !== 4) {
    throw new SakipError('TRIWULAN_TIDAK_VALID', 'Jumlah triwulan butuh tepat empat nilai (TW I–IV).', {
      masukan: triwulan,
    });
  }
  const nilai = triwulan.map((t, i) => {
    if (t === null || t === undefined) {
      if (opsi.kosongSebagaiNol) return new Decimal(0);
      throw new SakipError(
        'TRIWULAN_TIDAK_VALID',
        `TW ${['I', 'II', 'III', 'IV'][i]} tidak dilaporkan; isi nilainya atau pakai opsi kosongSebagaiNol.`,
        { masukan: triwulan, lokasi: `[${i}]` },
      );
    }
    return keDecimalDi(t, `[${i}]`);
  });
  const hasil = Decimal.sum(...nilai);
  return hasil.isZero() ? new Decimal(0) : hasil;
}
