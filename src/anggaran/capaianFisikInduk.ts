import type { Angka } from '../angka/keDecimal.js';
import { bacaObjek } from '../galat/masukan.js';
import {
  type AnakCapaianInti,
  type CaraCapaianInduk,
  capaianFisikIndukInti,
  type HasilCapaianInduk,
} from './inti/capaianFisik.js';
import { angkaDi, di, larikDi, pilihanDi, wajib } from './masukan.js';

export type {
  AlasanCapaianInduk,
  CaraCapaianInduk,
  HasilCapaianInduk,
  TambahanCapaianInduk,
} from './inti/capaianFisik.js';

/**
 * How a parent's physical achievement is found (cara capaian induk) — reports do all three, so none
 * is assumed (RUMUS.md §4):
 * - `'indikator-sendiri'`: the parent's own indicator;
 * - `'rata-rata-anak'`: the mean of the children's capaian;
 * - `'rasio-jumlah'`: Σ realisasi / Σ target of the children × 100 (`(0+3+54)/(1+25+70) = 59,38`).
 *
 * @example
 * ```ts
 * import { CARA_CAPAIAN_INDUK } from 'sakip';
 * CARA_CAPAIAN_INDUK; //=> ['indikator-sendiri', 'rata-rata-anak', 'rasio-jumlah']
 * ```
 */
export const CARA_CAPAIAN_INDUK: readonly CaraCapaianInduk[] = Object.freeze([
  'indikator-sendiri',
  'rata-rata-anak',
  'rasio-jumlah',
] as const);

/** One child as {@link capaianFisikInduk} reads it: its capaian (percent) and/or its target/realisasi. */
export interface MasukanCapaianAnak {
  /** The child's capaian, **in percent**; `null`/absent: not known. Used by `'rata-rata-anak'`. */
  capaian?: Angka | null;
  /** The child's target (a count or value). Used by `'rasio-jumlah'`. */
  target?: Angka | null;
  /** The child's realisasi, same unit as `target`. Used by `'rasio-jumlah'`. */
  realisasi?: Angka | null;
}

/** Input of {@link capaianFisikInduk}. */
export interface MasukanCapaianInduk {
  cara: CaraCapaianInduk;
  /** The parent's own capaian (percent), for `'indikator-sendiri'`; `null`: none. */
  sendiri?: Angka | null;
  anak?: readonly MasukanCapaianAnak[];
}

const KUNCI_ANAK = ['capaian', 'target', 'realisasi'] as const;

function angkaAtauNull(x: unknown, lokasi: string): AnakCapaianInti['capaian'] {
  return x === null || x === undefined ? null : angkaDi(x, lokasi);
}

/**
 * The physical achievement of a parent node (capaian fisik induk) — a program from its kegiatan, a
 * kegiatan from its sub-kegiatan — by a named way: its own indicator, the mean of its children's
 * capaian, or the ratio of the sums of their realisasi and target. Children without the needed
 * figures are left out and listed in `dilewati`; nothing is rounded. The result is the one result
 * union: `status: 'dihitung'` with `nilai` **in percent**, or `'tidak-dapat-dihitung'` with the reason.
 *
 * The capaian of each child (and the parent's own) is an input here: compute it with the capaian
 * functions of sakip, or take it from the report.
 *
 * @throws {SakipError} `MASUKAN_TIDAK_VALID` for an unknown `cara` or key (the message names the
 * nearest known key), and the codes of {@link keDecimal}.
 *
 * @example
 * ```ts
 * import { capaianFisikInduk } from 'sakip';
 * const anak = [
 *   { capaian: 0, target: 1, realisasi: 0 },
 *   { capaian: 12, target: 25, realisasi: 3 },
 *   { capaian: '77,142857', target: 70, realisasi: 54 },
 * ];
 * const r = capaianFisikInduk({ cara: 'rasio-jumlah', anak });
 * r.status === 'dihitung' && r.nilai; //=> '59.375'
 * const m = capaianFisikInduk({ cara: 'rata-rata-anak', anak });
 * m.status === 'dihitung' && m.nilai.toFixed(2); //=> '29.71'
 * capaianFisikInduk({ cara: 'indikator-sendiri', sendiri: '134,32' }).status; //=> 'dihitung'
 * const tanpa = capaianFisikInduk({ cara: 'indikator-sendiri', anak });
 * tanpa.status === 'tidak-dapat-dihitung' && tanpa.alasan; //=> 'tanpa-indikator-sendiri'
 * capaianFisikInduk({ cara: 'median' as never }); //!> MASUKAN_TIDAK_VALID
 * ```
 */
export function capaianFisikInduk(masukan: MasukanCapaianInduk): HasilCapaianInduk {
  const m = bacaObjek(masukan, {
    nama: 'Masukan capaianFisikInduk',
    kunci: ['cara', 'sendiri', 'anak'],
    kode: 'MASUKAN_TIDAK_VALID',
    bolehKosong: false,
  });
  const cara = pilihanDi(
    wajib(m.cara, 'cara', masukan),
    CARA_CAPAIAN_INDUK,
    'rasio-jumlah',
    'cara',
    'MASUKAN_TIDAK_VALID',
  );
  const sendiri = angkaAtauNull(m.sendiri, 'sendiri');
  const anakMasukan = m.anak === undefined ? [] : larikDi(m.anak, 'anak');
  const anak: AnakCapaianInti[] = [];
  for (let i = 0; i < anakMasukan.length; i++) {
    const lokasi = di('anak', i);
    const a = bacaObjek(anakMasukan[i], {
      nama: 'Anak',
      kunci: KUNCI_ANAK,
      kode: 'MASUKAN_TIDAK_VALID',
      lokasi,
      bolehKosong: false,
    });
    anak.push({
      capaian: angkaAtauNull(a.capaian, di(lokasi, 'capaian')),
      target: angkaAtauNull(a.target, di(lokasi, 'target')),
      realisasi: angkaAtauNull(a.realisasi, di(lokasi, 'realisasi')),
    });
  }
  return capaianFisikIndukInti(cara, sendiri, anak);
}
