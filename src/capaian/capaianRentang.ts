import { Decimal } from '../angka/Decimal.js';
import { type Angka, keDecimal } from '../angka/keDecimal.js';
import { wajibObjek } from '../galat/masukan.js';
import { SakipError } from '../galat/SakipError.js';
import type { Polaritas } from '../model/Indikator.js';
import { capaian, periksaPolaritas, periksaRumus, type RumusNegatif } from './capaian.js';

/** Input of {@link capaianRentang}: a target given as a range `[targetBawah; targetAtas]`. */
export interface MasukanCapaianRentang {
  targetBawah: Angka;
  targetAtas: Angka;
  realisasi: Angka;
  polaritas?: Polaritas;
  rumusNegatif?: RumusNegatif;
  batasAtas?: Angka;
}

/** Result of {@link capaianRentang}: the capaian and the bound it was measured against. */
export interface HasilCapaianRentang {
  capaian: Decimal;
  /** `'dalam'`: realisasi inside the range (capaian 100); `'bawah'` / `'atas'`: the bound used. */
  dibandingkanDengan: 'dalam' | 'bawah' | 'atas';
}

/**
 * Achievement against a range target (capaian target rentang), PermenPAN-RB 8/2021: a realisasi
 * inside the range is 100; above the range it is compared with the upper bound, below the range with
 * the lower bound, by the indicator's formula ({@link capaian}). Exact, unrounded.
 *
 * @throws {SakipError} `CAPAIAN_RENTANG_TIDAK_VALID` when `targetBawah` > `targetAtas`, and the codes
 * of {@link capaian}.
 *
 * @example
 * ```ts
 * import { capaianRentang } from 'sakip';
 * capaianRentang({ targetBawah: 80, targetAtas: 90, realisasi: 85 }); //=> { capaian: '100', dibandingkanDengan: 'dalam' }
 * capaianRentang({ targetBawah: 80, targetAtas: 90, realisasi: 99 }).capaian; //=> '110'
 * capaianRentang({ targetBawah: 80, targetAtas: 90, realisasi: 72 }).capaian; //=> '90'
 * capaianRentang({ targetBawah: 8, targetAtas: 10, realisasi: 12, polaritas: 'negatif' }).capaian; //=> '80'
 * capaianRentang({ targetBawah: 90, targetAtas: 80, realisasi: 85 }); //!> CAPAIAN_RENTANG_TIDAK_VALID
 * ```
 */
export function capaianRentang(masukan: MasukanCapaianRentang): HasilCapaianRentang {
  wajibObjek(masukan, 'capaianRentang({ targetBawah, targetAtas, realisasi })');
  const bawah = keDecimal(masukan.targetBawah);
  const atas = keDecimal(masukan.targetAtas);
  const realisasi = keDecimal(masukan.realisasi);
  const polaritas = periksaPolaritas(masukan.polaritas);
  const rumusNegatif = periksaRumus(masukan.rumusNegatif);
  if (bawah.greaterThan(atas)) {
    throw new SakipError(
      'CAPAIAN_RENTANG_TIDAK_VALID',
      `Target rentang terbalik: batas bawah ${bawah.toString()} lebih besar dari batas atas ${atas.toString()}.`,
      { masukan },
    );
  }
  const umum = {
    realisasi,
    polaritas,
    rumusNegatif,
    ...(masukan.batasAtas === undefined ? {} : { batasAtas: masukan.batasAtas }),
  };
  if (realisasi.greaterThan(atas))
    return { capaian: capaian({ ...umum, target: atas }), dibandingkanDengan: 'atas' };
  if (realisasi.lessThan(bawah))
    return { capaian: capaian({ ...umum, target: bawah }), dibandingkanDengan: 'bawah' };
  // Inside the range: the target is met exactly. Validate the bounds as targets all the same.
  capaian({ ...umum, target: bawah });
  const seratus = new Decimal(100);
  const batas = masukan.batasAtas === undefined ? undefined : keDecimal(masukan.batasAtas);
  return { capaian: batas?.lessThan(seratus) ? batas : seratus, dibandingkanDengan: 'dalam' };
}
