import { Decimal } from '../angka/Decimal.js';
import { type Angka, keDecimal } from '../angka/keDecimal.js';
import { teksMasukan } from '../galat/masukan.js';
import { SakipError } from '../galat/SakipError.js';
import type { Polaritas } from '../model/Indikator.js';

/**
 * The formula of a negative indicator ("semakin rendah semakin baik"), by name (rumus negatif):
 * - `'selisih'`: `(target − (realisasi − target)) / target × 100` = `(2 − realisasi/target) × 100` —
 *   the "kondisi khusus" of PermenPAN-RB 8/2021 and a district LKjIP (verified). Goes below 0 when
 *   realisasi exceeds twice the target.
 * - `'kebalikan'`: `target / realisasi × 100` (as practised in several SAKIP tools); undefined at
 *   realisasi 0.
 *
 * @example
 * ```ts
 * import { RUMUS_NEGATIF } from 'sakip';
 * RUMUS_NEGATIF; //=> ['selisih', 'kebalikan']
 * ```
 */
export const RUMUS_NEGATIF = ['selisih', 'kebalikan'] as const;
/** See {@link RUMUS_NEGATIF}. */
export type RumusNegatif = (typeof RUMUS_NEGATIF)[number];

/** Input of {@link capaian}. */
export interface MasukanCapaian {
  target: Angka;
  realisasi: Angka;
  /** `'positif'` (default): higher is better; `'negatif'`: lower is better. */
  polaritas?: Polaritas;
  /** Formula for a negative indicator; default `'selisih'`. Ignored for a positive one. */
  rumusNegatif?: RumusNegatif;
  /** An upper cap (e.g. 100, 120), none by default: 133,33 stays 133,33 unless asked. */
  batasAtas?: Angka;
}

const SERATUS = new Decimal(100);

/**
 * Achievement of one indicator in percent (capaian), exact and unrounded — round it with
 * {@link bulatkan} or a {@link KebijakanPembulatan}. Positive: `realisasi / target × 100`; negative:
 * the named {@link RumusNegatif}. No cap unless `batasAtas` is given.
 *
 * The target must be positive: a target of 0 makes the ratio undefined (a report then needs a
 * written explanation, not a number — {@link hitungIndikator} returns it as "tidak dapat dihitung").
 *
 * @throws {SakipError} `CAPAIAN_TARGET_NOL`, `CAPAIAN_TARGET_NEGATIF`, `CAPAIAN_REALISASI_NOL` and
 * `CAPAIAN_REALISASI_NEGATIF` (`'kebalikan'` only), `CAPAIAN_OPSI_TIDAK_VALID`, and the codes of
 * {@link keDecimal}.
 *
 * @example
 * ```ts
 * import { bulatkan, capaian } from 'sakip';
 * // LKIP 2024 Dinsos Barito Kuala, IKU 1 and IKU 2:
 * bulatkan(capaian({ target: '69,02', realisasi: '92,71' }), 2); //=> '134.32'
 * bulatkan(capaian({ target: '1,31', realisasi: '0,73' }), 2, 'potong'); //=> '55.72'
 * bulatkan(capaian({ target: '1,31', realisasi: '0,73' }), 2); //=> '55.73'
 * // PermenPAN-RB 8/2021, negative indicators:
 * bulatkan(capaian({ target: 7, realisasi: 6.5, polaritas: 'negatif' }), 2); //=> '107.14'
 * capaian({ target: 8, realisasi: 9, polaritas: 'negatif' }); //=> '87.5'
 * capaian({ target: 8, realisasi: 10, polaritas: 'negatif', rumusNegatif: 'kebalikan' }); //=> '80'
 * capaian({ target: 75, realisasi: 100, batasAtas: 120 }); //=> '120'
 * capaian({ target: 0, realisasi: 5 }); //!> CAPAIAN_TARGET_NOL
 * ```
 */
export function capaian(masukan: MasukanCapaian): Decimal {
  if (typeof masukan !== 'object' || masukan === null) {
    throw new SakipError('CAPAIAN_OPSI_TIDAK_VALID', 'capaian() menerima objek { target, realisasi, … }.', {
      masukan,
    });
  }
  const target = keDecimal(masukan.target);
  const realisasi = keDecimal(masukan.realisasi);
  const polaritas = periksaPolaritas(masukan.polaritas);
  const rumus = periksaRumus(masukan.rumusNegatif);
  periksaTarget(target, masukan.target);
  let hasil: Decimal;
  if (polaritas === 'positif') {
    hasil = realisasi.times(SERATUS).div(target);
  } else if (rumus === 'selisih') {
    // PermenPAN-RB 8/2021 "kondisi khusus": (target − (realisasi − target)) / target × 100.
    hasil = target.times(2).minus(realisasi).times(SERATUS).div(target);
  } else {
    if (realisasi.isZero()) {
      throw new SakipError(
        'CAPAIAN_REALISASI_NOL',
        'Rumus negatif "kebalikan" (target / realisasi × 100) tidak terdefinisi untuk realisasi 0; ' +
          'pertimbangkan rumus "selisih".',
        { masukan },
      );
    }
    if (realisasi.isNegative()) {
      throw new SakipError(
        'CAPAIAN_REALISASI_NEGATIF',
        `Rumus negatif "kebalikan" tidak bermakna untuk realisasi negatif (${realisasi.toString()}).`,
        { masukan },
      );
    }
    hasil = target.times(SERATUS).div(realisasi);
  }
  if (masukan.batasAtas !== undefined) {
    const batas = keDecimal(masukan.batasAtas);
    if (hasil.greaterThan(batas)) hasil = batas;
  }
  return hasil.isZero() ? new Decimal(0) : hasil;
}

/** Checks a target (positive), raising `CAPAIAN_TARGET_NOL` / `CAPAIAN_TARGET_NEGATIF`. */
export function periksaTarget(target: Decimal, asal: unknown, lokasi?: string): void {
  if (target.isZero()) {
    throw new SakipError(
      'CAPAIAN_TARGET_NOL',
      'Target 0: capaian (realisasi / target × 100) tidak terdefinisi.',
      lokasi ? { masukan: asal, lokasi } : { masukan: asal },
    );
  }
  if (target.isNegative()) {
    throw new SakipError(
      'CAPAIAN_TARGET_NEGATIF',
      `Target negatif (${target.toString()}): rasio realisasi / target tidak bermakna sebagai capaian.`,
      lokasi ? { masukan: asal, lokasi } : { masukan: asal },
    );
  }
}

export function periksaPolaritas(p: unknown): Polaritas {
  if (p === undefined) return 'positif';
  if (p !== 'positif' && p !== 'negatif') {
    throw new SakipError(
      'CAPAIAN_OPSI_TIDAK_VALID',
      `Polaritas ${teksMasukan(p)} tidak dikenal; gunakan positif atau negatif.`,
      {
        masukan: p,
      },
    );
  }
  return p;
}

export function periksaRumus(r: unknown): RumusNegatif {
  if (r === undefined) return 'selisih';
  if (!(RUMUS_NEGATIF as readonly unknown[]).includes(r)) {
    throw new SakipError(
      'CAPAIAN_OPSI_TIDAK_VALID',
      `Rumus negatif ${teksMasukan(r)} tidak dikenal; gunakan ${RUMUS_NEGATIF.join(' atau ')}.`,
      { masukan: r },
    );
  }
  return r as RumusNegatif;
}
