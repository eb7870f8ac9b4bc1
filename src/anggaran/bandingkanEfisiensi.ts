import * as z from 'zod';
import { DecimalInti as Decimal } from '../angka/Decimal.js';
import { formatAngka } from '../angka/formatAngka.js';
import type { Angka } from '../angka/keDecimal.js';
import {
  type Aturan,
  type BerlakuAturan,
  bekukanPreset,
  buatAturan,
  type JenisAturan,
  pilihAturan,
} from '../aturan/aturan.js';
import type { StatusAturan } from '../aturan/status.js';
import { bacaObjek } from '../galat/masukan.js';
import { type Langkah, langkah } from '../hasil/hasil.js';
import { SkemaAngka } from '../model/angka.js';
import { angkaDi, wajib } from './masukan.js';

/**
 * The test of a comparison rule (cara banding efisiensi):
 * - `'capaian-melebihi-penyerapan'`: efficient when capaian (%) > penyerapan (%);
 * - `'target-dan-penyerapan'`: efficient when the target is met (capaian ≥ 100%) and penyerapan is
 *   above the rule's `batasPenyerapan`.
 */
export type CaraBandingEfisiensi = 'capaian-melebihi-penyerapan' | 'target-dan-penyerapan';

/** The payload of a comparison rule (isi aturan banding efisiensi). */
export interface IsiAturanBandingEfisiensi {
  cara: CaraBandingEfisiensi;
  /** For `'target-dan-penyerapan'`: penyerapan must be above this (percent); otherwise `null`. */
  batasPenyerapan: Decimal | null;
}

/**
 * A comparison rule of efficiency (aturan banding efisiensi): which test and its threshold, with its
 * source and status, deeply frozen. Presets in {@link ATURAN_BANDING_EFISIENSI}; your own with
 * {@link buatAturanBandingEfisiensi}.
 */
export type AturanBandingEfisiensi = Aturan<'banding-efisiensi', IsiAturanBandingEfisiensi>;

/** The definition of a comparison rule, as {@link buatAturanBandingEfisiensi} takes it. */
export interface DefinisiAturanBandingEfisiensi {
  id: string;
  nama: string;
  sumber: string;
  status: StatusAturan;
  berlaku?: BerlakuAturan;
  catatan?: string;
  cara: CaraBandingEfisiensi;
  batasPenyerapan: Angka | null;
}

const ISI = {
  cara: z.enum(['capaian-melebihi-penyerapan', 'target-dan-penyerapan']),
  batasPenyerapan: SkemaAngka.nullable(),
};

const JENIS_BANDING: JenisAturan<'banding-efisiensi', typeof ISI, IsiAturanBandingEfisiensi> = {
  jenis: 'banding-efisiensi',
  nama: 'Aturan banding efisiensi',
  isi: ISI,
  periksa: (isi) => {
    const perlu = isi.cara === 'target-dan-penyerapan';
    if (perlu === (isi.batasPenyerapan !== null)) return {};
    return {
      masalah: [
        {
          lokasi: 'batasPenyerapan',
          pesan: perlu
            ? 'cara "target-dan-penyerapan" memerlukan batasPenyerapan (persen).'
            : 'batasPenyerapan hanya dipakai cara "target-dan-penyerapan"; beri null.',
        },
      ],
    };
  },
};

/**
 * Validates a comparison rule (buat aturan banding efisiensi) and returns it deeply frozen.
 *
 * @throws {SakipError} `ATURAN_TIDAK_VALID`, listing every problem with its path.
 *
 * @example
 * ```ts
 * import { buatAturanBandingEfisiensi } from 'sakip';
 * const a = buatAturanBandingEfisiensi({
 *   id: 'PENYERAPAN_90', nama: 'Target tercapai, penyerapan > 90%', sumber: 'contoh', status: 'belum-terverifikasi',
 *   cara: 'target-dan-penyerapan', batasPenyerapan: 90,
 * });
 * a.batasPenyerapan; //=> '90'
 * buatAturanBandingEfisiensi({ ...a, batasPenyerapan: null }); //!> ATURAN_TIDAK_VALID
 * ```
 */
export function buatAturanBandingEfisiensi(
  definisi: DefinisiAturanBandingEfisiensi | AturanBandingEfisiensi,
): AturanBandingEfisiensi {
  return buatAturan(JENIS_BANDING, definisi);
}

/**
 * The comparison forms of efficiency used by ministry reports (aturan banding efisiensi), as rule sets
 * keyed by their `id` (RUMUS.md §6), deeply frozen:
 * - `CAPAIAN_MELEBIHI_PENYERAPAN`: efficient when capaian (%) > penyerapan (%) (the default);
 * - `TARGET_DAN_PENYERAPAN`: efficient when the target is met (capaian ≥ 100%) and penyerapan is
 *   above 95%.
 *
 * @example
 * ```ts
 * import { ATURAN_BANDING_EFISIENSI } from 'sakip';
 * ATURAN_BANDING_EFISIENSI.TARGET_DAN_PENYERAPAN.batasPenyerapan; //=> '95'
 * ATURAN_BANDING_EFISIENSI.CAPAIAN_MELEBIHI_PENYERAPAN.status; //=> 'sesuai-praktik'
 * ```
 */
export const ATURAN_BANDING_EFISIENSI = bekukanPreset({
  CAPAIAN_MELEBIHI_PENYERAPAN: buatAturanBandingEfisiensi({
    id: 'CAPAIAN_MELEBIHI_PENYERAPAN',
    nama: 'Capaian kinerja melebihi penyerapan anggaran',
    sumber: 'RUMUS.md §6: laporan kinerja kementerian (bentuk perbandingan)',
    status: 'sesuai-praktik',
    catatan: 'Efisien bila capaian kinerja (%) lebih besar dari penyerapan anggaran (%).',
    cara: 'capaian-melebihi-penyerapan',
    batasPenyerapan: null,
  }),
  TARGET_DAN_PENYERAPAN: buatAturanBandingEfisiensi({
    id: 'TARGET_DAN_PENYERAPAN',
    nama: 'Target tercapai dan penyerapan di atas 95%',
    sumber: 'RUMUS.md §6: laporan kinerja kementerian (varian kedua)',
    status: 'sesuai-praktik',
    catatan: 'Efisien bila realisasi ≥ target (capaian ≥ 100%) dan penyerapan anggaran > 95%.',
    cara: 'target-dan-penyerapan',
    batasPenyerapan: 95,
  }),
});

/** Input of {@link bandingkanEfisiensi}: both figures **in percent**. */
export interface MasukanBandingEfisiensi {
  /** Capaian kinerja, percent. */
  capaian: Angka;
  /** Penyerapan anggaran, percent. */
  penyerapan: Angka;
}

/** Options of {@link bandingkanEfisiensi}. */
export interface OpsiBandingEfisiensi {
  /** The rule: an id of {@link ATURAN_BANDING_EFISIENSI} or a rule object; default `'CAPAIAN_MELEBIHI_PENYERAPAN'`. */
  aturan?: string | AturanBandingEfisiensi;
}

/** The comparison (banding efisiensi): both figures, the margin and the verdict, never a bare boolean. */
export interface HasilBandingEfisiensi {
  /** The id of the rule used. */
  aturan: string;
  cara: CaraBandingEfisiensi;
  /** Percent. */
  capaian: Decimal;
  /** Percent. */
  penyerapan: Decimal;
  /** capaian − penyerapan, in percentage points. */
  selisih: Decimal;
  efisien: boolean;
  /** The verdict as a sentence. */
  pesan: string;
  langkah: Langkah[];
}

const SERATUS = new Decimal(100);

/** Picks a comparison rule (internal): an id, a rule object, or the default. */
export function pilihAturanBandingEfisiensi(pilihan: unknown): AturanBandingEfisiensi {
  return pilihAturan(JENIS_BANDING, ATURAN_BANDING_EFISIENSI, pilihan, {
    bawaan: ATURAN_BANDING_EFISIENSI.CAPAIAN_MELEBIHI_PENYERAPAN,
  });
}

/** {@link bandingkanEfisiensi} on trusted values (internal core). */
export function bandingkanEfisiensiInti(
  capaian: Decimal,
  penyerapan: Decimal,
  aturan: AturanBandingEfisiensi,
): HasilBandingEfisiensi {
  const selisih = capaian.minus(penyerapan);
  const c = `capaian ${formatAngka(capaian)}%`;
  const p = `penyerapan ${formatAngka(penyerapan)}%`;
  const jejak: Langkah[] = [langkah('selisih = capaian − penyerapan', { capaian, penyerapan }, selisih)];
  const dasar = { aturan: aturan.id, cara: aturan.cara, capaian, penyerapan, selisih };
  if (aturan.cara === 'capaian-melebihi-penyerapan') {
    const efisien = capaian.gt(penyerapan);
    const pesan = `${c} ${efisien ? '>' : '≤'} ${p}: ${efisien ? 'efisien' : 'tidak efisien'}`;
    jejak.push(
      langkah(
        'efisien bila capaian > penyerapan',
        { capaian, penyerapan },
        efisien ? 'efisien' : 'tidak efisien',
        pesan,
      ),
    );
    return { ...dasar, efisien, pesan, langkah: jejak };
  }
  const batas = aturan.batasPenyerapan as Decimal;
  const tercapai = capaian.gte(SERATUS);
  const terserap = penyerapan.gt(batas);
  const efisien = tercapai && terserap;
  const pesan =
    `${c} ${tercapai ? '≥' : '<'} 100% (target ${tercapai ? 'tercapai' : 'tidak tercapai'}), ` +
    `${p} ${terserap ? '>' : '≤'} ${formatAngka(batas)}%: ${efisien ? 'efisien' : 'tidak efisien'}`;
  jejak.push(
    langkah(
      'efisien bila capaian ≥ 100 dan penyerapan > batasPenyerapan',
      { capaian, penyerapan, batasPenyerapan: batas },
      efisien ? 'efisien' : 'tidak efisien',
      pesan,
    ),
  );
  return { ...dasar, efisien, pesan, langkah: jejak };
}

/**
 * Efficiency by comparison (bandingkan efisiensi), the form of ministry reports: a sasaran is
 * "efisien" when its capaian exceeds its budget absorption, or — the `TARGET_DAN_PENYERAPAN` rule —
 * when its target is met (capaian ≥ 100%) and absorption is above 95%. Both figures are **in
 * percent**; `selisih` is in percentage points. The rule is picked with `aturan`.
 *
 * @throws {SakipError} `MASUKAN_TIDAK_VALID` for a missing or unknown key, `OPSI_TIDAK_VALID`,
 * `ATURAN_TIDAK_DIKENAL` for an unknown rule id, and the codes of {@link keDecimal}.
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
 * bandingkanEfisiensi({ capaian: '100,06', penyerapan: '93,28' }, { aturan: 'TARGET_DAN_PENYERAPAN' }).efisien; //=> false
 * bandingkanEfisiensi({ capaian: 100, penyerapan: 90 }, { aturan: 'HEMAT' }); //!> ATURAN_TIDAK_DIKENAL
 * ```
 */
export function bandingkanEfisiensi(
  masukan: MasukanBandingEfisiensi,
  opsi?: OpsiBandingEfisiensi,
): HasilBandingEfisiensi {
  const o = bacaObjek(opsi, { nama: 'Opsi bandingkanEfisiensi', kunci: ['aturan'] });
  const aturan = pilihAturanBandingEfisiensi(o.aturan);
  const m = bacaObjek(masukan, {
    nama: 'Masukan bandingkanEfisiensi',
    kunci: ['capaian', 'penyerapan'],
    kode: 'MASUKAN_TIDAK_VALID',
    bolehKosong: false,
  });
  const capaian = angkaDi(wajib(m.capaian, 'capaian', masukan), 'capaian');
  const penyerapan = angkaDi(wajib(m.penyerapan, 'penyerapan', masukan), 'penyerapan');
  return bandingkanEfisiensiInti(capaian, penyerapan, aturan);
}
