import { DecimalInti as Decimal } from '../angka/Decimal.js';
import type { Angka } from '../angka/keDecimal.js';
import { bacaObjek } from '../galat/masukan.js';
import { SakipError } from '../galat/SakipError.js';
import { bersih, keDecimalDi } from './inti.js';

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
 * reported unless `kosongSebagaiNol`; `OPSI_TIDAK_VALID`; the codes of {@link keDecimal}.
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
 * jumlahTriwulan([10, null, 5, 5], { kosongSebagaiNol: 'ya' } as never); //!> OPSI_TIDAK_VALID
 * ```
 */
export function jumlahTriwulan(
  triwulan: readonly (Angka | null | undefined)[],
  opsi?: OpsiJumlahTriwulan,
): Decimal {
  const o = bacaObjek(opsi, { nama: 'Opsi jumlahTriwulan', kunci: ['kosongSebagaiNol'] });
  if (o.kosongSebagaiNol !== undefined && typeof o.kosongSebagaiNol !== 'boolean') {
    throw new SakipError('OPSI_TIDAK_VALID', 'kosongSebagaiNol harus true atau false.', {
      masukan: opsi,
      lokasi: 'kosongSebagaiNol',
    });
  }
  if (!Array.isArray(triwulan) || triwulan.length !== 4) {
    throw new SakipError('TRIWULAN_TIDAK_VALID', 'Jumlah triwulan butuh tepat empat nilai (TW I–IV).', {
      masukan: triwulan,
    });
  }
  let jumlah = new Decimal(0);
  for (let i = 0; i < 4; i++) {
    const t = triwulan[i];
    if (t === null || t === undefined) {
      if (o.kosongSebagaiNol === true) continue;
      throw new SakipError(
        'TRIWULAN_TIDAK_VALID',
        `TW ${['I', 'II', 'III', 'IV'][i]} tidak dilaporkan; isi nilainya atau pakai opsi kosongSebagaiNol.`,
        { masukan: triwulan, lokasi: `[${i}]` },
      );
    }
    jumlah = jumlah.plus(keDecimalDi(t, `[${i}]`));
  }
  return bersih(jumlah);
}
