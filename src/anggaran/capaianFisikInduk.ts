import { Decimal } from '../angka/Decimal.js';
import type { Angka } from '../angka/keDecimal.js';
import { teksMasukan } from '../galat/masukan.js';
import { SakipError } from '../galat/SakipError.js';
import { angkaDi } from './masukan.js';

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
export const CARA_CAPAIAN_INDUK = ['indikator-sendiri', 'rata-rata-anak', 'rasio-jumlah'] as const;
/** See {@link CARA_CAPAIAN_INDUK}. */
export type CaraCapaianInduk = (typeof CARA_CAPAIAN_INDUK)[number];

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

/**
 * Why a parent's capaian is not computed (alasan):
 * - `'tanpa-indikator-sendiri'`: `'indikator-sendiri'` asked, the parent has no capaian of its own;
 * - `'tidak-ada-anak-berdata'`: no child has the figures the chosen way needs;
 * - `'jumlah-target-nol'`: `'rasio-jumlah'` with Σ target = 0.
 */
export type AlasanCapaianInduk = 'tanpa-indikator-sendiri' | 'tidak-ada-anak-berdata' | 'jumlah-target-nol';

/** A parent's physical capaian (capaian fisik): computed (percent) or not, with the reason. */
export type HasilCapaianInduk =
  | {
      dihitung: true;
      cara: CaraCapaianInduk;
      /** Capaian **in percent**, exact. */
      nilai: Decimal;
      /** Positions of the children left out because they lack the figures needed. */
      dilewati: number[];
    }
  | {
      dihitung: false;
      cara: CaraCapaianInduk;
      alasan: AlasanCapaianInduk;
      keterangan: string;
      dilewati: number[];
    };

/**
 * The physical achievement of a parent node (capaian fisik induk) — a program from its kegiatan, a
 * kegiatan from its sub-kegiatan — by a named way: its own indicator, the mean of its children's
 * capaian, or the ratio of the sums of their realisasi and target. Children without the needed
 * figures are left out and listed in `dilewati`; nothing is rounded.
 *
 * The capaian of each child (and the parent's own) is an input here: compute it with the capaian
 * functions of sakip, or take it from the report.
 *
 * @throws {SakipError} `ANGGARAN_OPSI_TIDAK_VALID` for an unknown `cara`, and the codes of
 * {@link keDecimal}.
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
 * r.dihitung && r.nilai; //=> '59.375'
 * const m = capaianFisikInduk({ cara: 'rata-rata-anak', anak });
 * m.dihitung && m.nilai.toFixed(2); //=> '29.71'
 * capaianFisikInduk({ cara: 'indikator-sendiri', sendiri: '134,32' }); //=> { dihitung: true, cara: 'indikator-sendiri', nilai: '134.32', dilewati: [] }
 * capaianFisikInduk({ cara: 'indikator-sendiri', anak }).dihitung; //=> false
 * ```
 */
export function capaianFisikInduk(masukan: MasukanCapaianInduk): HasilCapaianInduk {
  const cara = masukan?.cara;
  if (!CARA_CAPAIAN_INDUK.includes(cara)) {
    throw new SakipError(
      'ANGGARAN_OPSI_TIDAK_VALID',
      `cara ${teksMasukan(cara)} tidak dikenal; gunakan ${CARA_CAPAIAN_INDUK.join(', ')}.`,
      { masukan: cara, lokasi: 'cara' },
    );
  }
  const anak = masukan.anak ?? [];
  const tidak = (
    alasan: AlasanCapaianInduk,
    keterangan: string,
    dilewati: number[] = [],
  ): HasilCapaianInduk => ({
    dihitung: false,
    cara,
    alasan,
    keterangan,
    dilewati,
  });

  if (cara === 'indikator-sendiri') {
    if (masukan.sendiri === null || masukan.sendiri === undefined) {
      return tidak('tanpa-indikator-sendiri', 'Induk tidak memiliki capaian indikator sendiri.');
    }
    return { dihitung: true, cara, nilai: angkaDi(masukan.sendiri, 'sendiri'), dilewati: [] };
  }

  const dilewati: number[] = [];
  if (cara === 'rata-rata-anak') {
    let jumlah = new Decimal(0);
    let n = 0;
    anak.forEach((a, i) => {
      if (a.capaian === null || a.capaian === undefined) {
        dilewati.push(i);
        return;
      }
      jumlah = jumlah.plus(angkaDi(a.capaian, `anak[${i}].capaian`));
      n++;
    });
    if (n === 0) return tidak('tidak-ada-anak-berdata', 'Tidak ada anak yang memiliki capaian.', dilewati);
    return { dihitung: true, cara, nilai: jumlah.div(n), dilewati };
  }

  let jumlahTarget = new Decimal(0);
  let jumlahRealisasi = new Decimal(0);
  let n = 0;
  anak.forEach((a, i) => {
    if (a.target === null || a.target === undefined || a.realisasi === null || a.realisasi === undefined) {
      dilewati.push(i);
      return;
    }
    jumlahTarget = jumlahTarget.plus(angkaDi(a.target, `anak[${i}].target`));
    jumlahRealisasi = jumlahRealisasi.plus(angkaDi(a.realisasi, `anak[${i}].realisasi`));
    n++;
  });
  if (n === 0)
    return tidak('tidak-ada-anak-berdata', 'Tidak ada anak yang memiliki target dan realisasi.', dilewati);
  if (jumlahTarget.isZero()) return tidak('jumlah-target-nol', 'Jumlah target anak bernilai nol.', dilewati);
  return { dihitung: true, cara, nilai: jumlahRealisasi.times(100).div(jumlahTarget), dilewati };
}
