import type { Decimal } from '../angka/Decimal.js';
import { formatAngka } from '../angka/formatAngka.js';
import type { Angka } from '../angka/keDecimal.js';
import { bacaOpsi, teksMasukan } from '../galat/masukan.js';
import { SakipError } from '../galat/SakipError.js';
import { angkaDi } from './masukan.js';

/**
 * The comparison forms of efficiency used by ministry reports (cara banding efisiensi), as data with
 * their source and status (RUMUS.md §6):
 * - `'capaian-melebihi-penyerapan'`: efficient when capaian (%) > penyerapan (%);
 * - `'target-dan-penyerapan'`: efficient when the target is met (capaian ≥ 100%) and penyerapan is
 *   above `batasPenyerapan` (95%).
 *
 * @example
 * ```ts
 * import { CARA_BANDING_EFISIENSI } from 'sakip';
 * CARA_BANDING_EFISIENSI['target-dan-penyerapan'].batasPenyerapan; //=> 95
 * CARA_BANDING_EFISIENSI['capaian-melebihi-penyerapan'].status; //=> 'sesuai-praktik'
 * ```
 */
export const CARA_BANDING_EFISIENSI = {
  'capaian-melebihi-penyerapan': {
    keterangan: 'Efisien bila capaian kinerja (%) lebih besar dari penyerapan anggaran (%).',
    sumber: 'RUMUS.md §6: laporan kinerja kementerian (bentuk perbandingan)',
    status: 'sesuai-praktik',
  },
  'target-dan-penyerapan': {
    keterangan: 'Efisien bila realisasi ≥ target (capaian ≥ 100%) dan penyerapan anggaran > 95%.',
    sumber: 'RUMUS.md §6: laporan kinerja kementerian (varian kedua)',
    status: 'sesuai-praktik',
    batasPenyerapan: 95,
  },
} as const;
/** A comparison form: see {@link CARA_BANDING_EFISIENSI}. */
export type CaraBandingEfisiensi = keyof typeof CARA_BANDING_EFISIENSI;

/** Input of {@link bandingkanEfisiensi}: both figures **in percent**. */
export interface MasukanBandingEfisiensi {
  /** Capaian kinerja, percent. */
  capaian: Angka;
  /** Penyerapan anggaran, percent. */
  penyerapan: Angka;
}

/** Options of {@link bandingkanEfisiensi}. */
export interface OpsiBandingEfisiensi {
  /** Default `'capaian-melebihi-penyerapan'`. */
  cara?: CaraBandingEfisiensi;
  /** For `'target-dan-penyerapan'`: absorption must be above this (percent); default 95. */
  batasPenyerapan?: Angka;
}

/** The comparison (banding efisiensi): both figures, the margin and the verdict, never a bare boolean. */
export interface HasilBandingEfisiensi {
  cara: CaraBandingEfisiensi;
  /** Percent. */
  capaian: Decimal;
  /** Percent. */
  penyerapan: Decimal;
  /** capaian − penyerapan, in percentage points. */
  selisih: Decimal;
  efisien: boolean;
  /** The verdict as a sentence. */
  keterangan: string;
}

/**
 * Efficiency by comparison (bandingkan efisiensi), the form of ministry reports: a sasaran is
 * "efisien" when its capaian exceeds its budget absorption, or — the `'target-dan-penyerapan'`
 * variant — when its target is met (capaian ≥ 100%) and absorption is above 95%. Both figures are
 * **in percent**; `selisih` is in percentage points.
 *
 * @throws {SakipError} `ANGGARAN_OPSI_TIDAK_VALID` for an unknown `cara`, and the codes of
 * {@link keDecimal}.
 *
 * @example
 * ```ts
 * import { bandingkanEfisiensi } from 'sakip';
 * // LKIP 2024 Dinsos Barito Kuala, Tabel 3.2.13: sasaran 1 and sasaran 2.
 * const s1 = bandingkanEfisiensi({ capaian: '134,32', penyerapan: '98,62' });
 * s1.efisien; //=> true
 * s1.selisih; //=> '35.7'
 * bandingkanEfisiensi({ capaian: '55,72', penyerapan: '88,78' }).efisien; //=> false
 * // Sasaran 3: target met, but absorption 93,28% is not above 95%.
 * bandingkanEfisiensi({ capaian: '100,06', penyerapan: '93,28' }, { cara: 'target-dan-penyerapan' }).efisien; //=> false
 * bandingkanEfisiensi({ capaian: 100, penyerapan: 90 }, { cara: 'hemat' as never }); //!> ANGGARAN_OPSI_TIDAK_VALID
 * ```
 */
export function bandingkanEfisiensi(
  masukan: MasukanBandingEfisiensi,
  opsiMasukan?: OpsiBandingEfisiensi,
): HasilBandingEfisiensi {
  const opsi = bacaOpsi(opsiMasukan, 'bandingkanEfisiensi', 'ANGGARAN_OPSI_TIDAK_VALID');
  const cara = opsi.cara ?? 'capaian-melebihi-penyerapan';
  if (!Object.hasOwn(CARA_BANDING_EFISIENSI, cara)) {
    throw new SakipError(
      'ANGGARAN_OPSI_TIDAK_VALID',
      `opsi.cara ${teksMasukan(cara)} tidak dikenal; gunakan ${Object.keys(CARA_BANDING_EFISIENSI).join(', ')}.`,
      { masukan: cara, lokasi: 'opsi.cara' },
    );
  }
  if (typeof masukan !== 'object' || masukan === null) {
    throw new SakipError('ANGKA_TIPE_TIDAK_DIDUKUNG', 'Masukan harus berupa objek { capaian, penyerapan }.', {
      masukan,
    });
  }
  const capaian = angkaDi(masukan.capaian, 'capaian');
  const penyerapan = angkaDi(masukan.penyerapan, 'penyerapan');
  const selisih = capaian.minus(penyerapan);
  const c = `capaian ${formatAngka(capaian)}%`;
  const p = `penyerapan ${formatAngka(penyerapan)}%`;

  if (cara === 'capaian-melebihi-penyerapan') {
    const efisien = capaian.gt(penyerapan);
    const keterangan = `${c} ${efisien ? '>' : '≤'} ${p}: ${efisien ? 'efisien' : 'tidak efisien'}`;
    return { cara, capaian, penyerapan, selisih, efisien, keterangan };
  }
  const batas = angkaDi(
    opsi.batasPenyerapan ?? CARA_BANDING_EFISIENSI['target-dan-penyerapan'].batasPenyerapan,
    'opsi.batasPenyerapan',
  );
  const tercapai = capaian.gte(100);
  const terserap = penyerapan.gt(batas);
  const efisien = tercapai && terserap;
  const keterangan =
    `${c} ${tercapai ? '≥' : '<'} 100% (target ${tercapai ? 'tercapai' : 'tidak tercapai'}), ` +
    `${p} ${terserap ? '>' : '≤'} ${formatAngka(batas)}%: ${efisien ? 'efisien' : 'tidak efisien'}`;
  return { cara, capaian, penyerapan, selisih, efisien, keterangan };
}
