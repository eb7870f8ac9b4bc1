import type { Decimal } from '../angka/Decimal.js';
import type { Angka } from '../angka/keDecimal.js';
import type { KodeGalat } from '../galat/kode.js';
import { bacaObjek, teksMasukan } from '../galat/masukan.js';
import { SakipError } from '../galat/SakipError.js';
import type { Polaritas } from '../model/Indikator.js';
import {
  type AlasanCapaian,
  capaianAngkaInti,
  capaianInti,
  galatCapaian,
  keDecimalDi,
  type RumusNegatif,
} from './inti.js';

export type { RumusNegatif } from './inti.js';

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
export const RUMUS_NEGATIF = Object.freeze(['selisih', 'kebalikan'] as const);

/** Input of {@link capaian}: one indicator's pair and how its capaian is computed. */
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

const KUNCI = ['target', 'realisasi', 'polaritas', 'rumusNegatif', 'batasAtas'] as const;

/** Reads a polarity (internal): `undefined` is `'positif'`. */
export function bacaPolaritas(p: unknown, kode: KodeGalat, lokasi = 'polaritas'): Polaritas {
  if (p === undefined || p === 'positif') return 'positif';
  if (p === 'negatif') return p;
  throw new SakipError(
    kode,
    `${lokasi}: polaritas ${teksMasukan(p)} tidak dikenal; gunakan positif atau negatif.`,
    {
      masukan: p,
      lokasi,
    },
  );
}

/** Reads a negative formula (internal): `undefined` is `'selisih'`. */
export function bacaRumusNegatif(r: unknown, kode: KodeGalat, lokasi = 'rumusNegatif'): RumusNegatif {
  if (r === undefined || r === 'selisih') return 'selisih';
  if (r === 'kebalikan') return r;
  throw new SakipError(
    kode,
    `${lokasi}: rumus negatif ${teksMasukan(r)} tidak dikenal; gunakan ${RUMUS_NEGATIF.join(' atau ')}.`,
    { masukan: r, lokasi },
  );
}

/**
 * Achievement of one indicator in percent (capaian), exact and unrounded — round it with
 * {@link bulatkan} or a {@link KebijakanPembulatan}. Positive: `realisasi / target × 100`; negative:
 * the named {@link RumusNegatif}. No cap unless `batasAtas` is given. Exact to 40 significant digits
 * (a quotient such as 1/3 is cut there, half-up); numbers with at most 4 decimals take an exact
 * integer path that builds one Decimal, identical to the Decimal computation.
 *
 * Strings are read in either format unless that is ambiguous: `'92,71'` and `'6.811.847'` are clear,
 * `'92.711'` is `ANGKA_AMBIGU` (92 711 or 92,711?). capaian takes no format option: give numbers,
 * Decimals, or strings read with {@link parseAngka} and a declared format.
 *
 * The target must be positive: a target of 0 makes the ratio undefined (a report then needs a
 * written explanation, not a number — {@link hitungIndikator} returns it as "tidak dapat dihitung").
 *
 * @throws {SakipError} `CAPAIAN_TARGET_NOL`, `CAPAIAN_TARGET_NEGATIF`, `CAPAIAN_REALISASI_NOL` and
 * `CAPAIAN_REALISASI_NEGATIF` (`'kebalikan'` only); `MASUKAN_TIDAK_VALID` for an unknown key or value
 * (the message names the nearest known key); the codes of {@link keDecimal}.
 *
 * @example
 * ```ts
 * import { bulatkan, capaian, parseAngka } from 'sakip';
 * // LKIP 2024 Dinsos Barito Kuala, IKU 1 and IKU 2:
 * bulatkan(capaian({ target: '69,02', realisasi: '92,71' }), 2); //=> '134.32'
 * bulatkan(capaian({ target: 1.31, realisasi: 0.73 }), 2, 'potong'); //=> '55.72'
 * bulatkan(capaian({ target: '1,31', realisasi: '0,73' }), 2); //=> '55.73'
 * // PermenPAN-RB 8/2021, negative indicators:
 * bulatkan(capaian({ target: 7, realisasi: 6.5, polaritas: 'negatif' }), 2); //=> '107.14'
 * capaian({ target: 8, realisasi: 9, polaritas: 'negatif' }); //=> '87.5'
 * capaian({ target: 8, realisasi: 10, polaritas: 'negatif', rumusNegatif: 'kebalikan' }); //=> '80'
 * capaian({ target: 75, realisasi: 100, batasAtas: 120 }); //=> '120'
 * capaian({ target: 0, realisasi: 5 }); //!> CAPAIAN_TARGET_NOL
 * capaian({ target: '92.711', realisasi: 92.711 }); //!> ANGKA_AMBIGU
 * capaian({ target: parseAngka('92.711', { format: 'en' }), realisasi: 92.711 }); //=> '100'
 * capaian({ target: 5, realisasi: 5, batasatas: 100 } as never); //!> MASUKAN_TIDAK_VALID
 * ```
 */
export function capaian(masukan: MasukanCapaian): Decimal {
  const m = bacaObjek(masukan, {
    nama: 'Masukan capaian',
    kunci: KUNCI,
    kode: 'MASUKAN_TIDAK_VALID',
    bolehKosong: false,
  });
  const polaritas = bacaPolaritas(m.polaritas, 'MASUKAN_TIDAK_VALID');
  const rumus = bacaRumusNegatif(m.rumusNegatif, 'MASUKAN_TIDAK_VALID');
  const t = m.target;
  const r = m.realisasi;
  let hasil: Decimal | AlasanCapaian | undefined;
  // Numbers with few decimals: the exact integer path, no intermediate Decimal.
  if (typeof t === 'number' && typeof r === 'number') hasil = capaianAngkaInti(t, r, polaritas, rumus);
  if (hasil === undefined) {
    if (t === undefined || r === undefined) throw kosong(masukan, t === undefined ? 'target' : 'realisasi');
    hasil = capaianInti(
      keDecimalDi(t as Angka, 'target'),
      keDecimalDi(r as Angka, 'realisasi'),
      polaritas,
      rumus,
    );
  }
  if (typeof hasil === 'string') {
    throw galatCapaian(
      hasil,
      hasil.startsWith('target') ? t : r,
      hasil.startsWith('target') ? 'target' : 'realisasi',
    );
  }
  if (m.batasAtas !== undefined) {
    const batas = keDecimalDi(m.batasAtas as Angka, 'batasAtas');
    if (hasil.greaterThan(batas)) return batas;
  }
  return hasil;
}

/** A required number missing from an input object (internal). */
export function kosong(masukan: unknown, kunci: string): SakipError {
  return new SakipError('MASUKAN_TIDAK_VALID', `${kunci} wajib diisi.`, { masukan, lokasi: kunci });
}
