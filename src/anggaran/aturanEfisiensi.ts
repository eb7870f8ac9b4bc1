import * as z from 'zod';
import type { Decimal } from '../angka/Decimal.js';
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
import { SkemaAngka } from '../model/angka.js';

/**
 * How several items are combined into one efficiency (bentuk efisiensi):
 * - `'jumlah'`: the Σ form of PMK 214/2017, `Σ((PAK × CK) − RAK) / Σ(PAK × CK) × 100` — large
 *   budgets weigh more (the default);
 * - `'rata-rata-keluaran'`: the mean of the items' (per-output) efficiencies, each item bounded
 *   first — every output weighs the same.
 *
 * @example
 * ```ts
 * import { BENTUK_EFISIENSI } from 'sakip';
 * BENTUK_EFISIENSI; //=> ['jumlah', 'rata-rata-keluaran']
 * ```
 */
export const BENTUK_EFISIENSI = Object.freeze(['jumlah', 'rata-rata-keluaran'] as const);
/** See {@link BENTUK_EFISIENSI}. */
export type BentukEfisiensi = (typeof BENTUK_EFISIENSI)[number];

/** The payload of an efficiency rule set (isi aturan efisiensi), every figure **in percent**. */
export interface IsiAturanEfisiensi {
  /** E is bounded to [−batas, +batas] percent; `null`: no bound. */
  batas: Decimal | null;
  /** Capaian above this (percent) is taken as this ("100,06% dijadikan 100%"); `null`: no cap. */
  batasAtasCapaian: Decimal | null;
  /** E is computed only for items whose capaian (percent) is at least this; `null`: always. */
  capaianMinimal: Decimal | null;
  bentuk: BentukEfisiensi;
}

/**
 * An efficiency rule set (aturan efisiensi): the bound on E, the cap on capaian, the minimum capaian
 * for E to be computed, and how items combine — data with its source and status, deeply frozen. All
 * figures are **in percent**. Build one with {@link buatAturanEfisiensi} or take a preset from
 * {@link ATURAN_EFISIENSI}; pick one with the option `aturan` of {@link efisiensi}.
 */
export type AturanEfisiensi = Aturan<'efisiensi', IsiAturanEfisiensi>;

/** The definition of an efficiency rule set, as {@link buatAturanEfisiensi} takes it. */
export interface DefinisiAturanEfisiensi {
  id: string;
  nama: string;
  sumber: string;
  status: StatusAturan;
  berlaku?: BerlakuAturan;
  catatan?: string;
  batas: Angka | null;
  batasAtasCapaian: Angka | null;
  capaianMinimal: Angka | null;
  bentuk: BentukEfisiensi;
}

const ISI_EFISIENSI = {
  batas: SkemaAngka.refine((d) => !d.isNegative(), 'batas tidak boleh negatif').nullable(),
  batasAtasCapaian: SkemaAngka.refine((d) => d.gt(0), 'batasAtasCapaian harus lebih dari 0').nullable(),
  capaianMinimal: SkemaAngka.nullable(),
  bentuk: z.enum(BENTUK_EFISIENSI),
};

/** The kind "efficiency rule set" (internal): its payload schema, for the one rule factory. */
export const JENIS_EFISIENSI: JenisAturan<'efisiensi', typeof ISI_EFISIENSI, IsiAturanEfisiensi> = {
  jenis: 'efisiensi',
  nama: 'Aturan efisiensi',
  isi: ISI_EFISIENSI,
};

/**
 * Validates a user's efficiency rule set (buat aturan efisiensi) and returns it deeply frozen; a rule
 * set already built is returned as it is.
 *
 * @throws {SakipError} `ATURAN_TIDAK_VALID`, listing every problem with its path (an unknown key names
 * the nearest known one).
 *
 * @example
 * ```ts
 * import { buatAturanEfisiensi } from 'sakip';
 * const a = buatAturanEfisiensi({
 *   id: 'BATAS_10', nama: 'Batas 10%', sumber: 'SK Kepala Dinas (contoh)', status: 'sesuai-praktik',
 *   batas: 10, batasAtasCapaian: null, capaianMinimal: null, bentuk: 'jumlah',
 * });
 * a.batas; //=> '10'
 * Object.isFrozen(a); //=> true
 * buatAturanEfisiensi({ ...a, batas: -5 }); //!> ATURAN_TIDAK_VALID
 * buatAturanEfisiensi({ ...a, capaianMaks: 100 } as never); //!> ATURAN_TIDAK_VALID
 * ```
 */
export function buatAturanEfisiensi(definisi: DefinisiAturanEfisiensi | AturanEfisiensi): AturanEfisiensi {
  return buatAturan(JENIS_EFISIENSI, definisi);
}

const RUMUS = 'E = Σ((PAK × CK) − RAK) / Σ(PAK × CK) × 100%; NE = 50 + (E / 20) × 50.';

/**
 * Preset efficiency rule sets (RUMUS.md §6), keyed by their `id`, deeply frozen:
 * - `PMK_214_2017`: E bounded to ±20%, capaian neither capped nor required — the formula as the
 *   regulation states it (the default of {@link efisiensi});
 * - `BARITO_KUALA_2023`: Keputusan Bupati Barito Kuala 188/45/293/KUM/2023 as the LKIP 2024 of Dinas
 *   Sosial quotes it: E bounded to ±20%, computed only when capaian ≥ 100%, capaian capped at 100%;
 * - `TANPA_BATAS`: nothing bounded, capped or required — the raw formula, as the sample report
 *   actually printed its figures.
 *
 * @example
 * ```ts
 * import { ATURAN_EFISIENSI } from 'sakip';
 * ATURAN_EFISIENSI.PMK_214_2017.batas; //=> '20'
 * ATURAN_EFISIENSI.BARITO_KUALA_2023.batasAtasCapaian; //=> '100'
 * ATURAN_EFISIENSI.BARITO_KUALA_2023.status; //=> 'sesuai-praktik'
 * ATURAN_EFISIENSI.TANPA_BATAS.batas; //=> null
 * Object.isFrozen(ATURAN_EFISIENSI.PMK_214_2017.batas); //=> true
 * ```
 */
export const ATURAN_EFISIENSI = bekukanPreset({
  PMK_214_2017: buatAturanEfisiensi({
    id: 'PMK_214_2017',
    nama: 'PMK 214/2017',
    sumber: 'PMK 214/PMK.02/2017 tentang Pengukuran dan Evaluasi Kinerja Anggaran atas Pelaksanaan RKA-K/L',
    status: 'sesuai-praktik',
    catatan:
      `${RUMUS} E dibatasi ±20%. Rumus dan batas ±20% dibaca dari kutipan laporan (LKIP 2024 Dinsos Barito Kuala: ` +
      '"Batas maksimal nilai efisiensi 20% dan batas minimal -20%"); NE = 50 + (E/20) × 50 dari praktik laporan ' +
      'kementerian. Teks PMK sendiri belum dibaca: pencarian (korpus halaman dan kode, November 2026) tidak ' +
      'menemukannya. Bentuk rata-rata-keluaran belum terverifikasi.',
    batas: 20,
    batasAtasCapaian: null,
    capaianMinimal: null,
    bentuk: 'jumlah',
  }),
  BARITO_KUALA_2023: buatAturanEfisiensi({
    id: 'BARITO_KUALA_2023',
    nama: 'Keputusan Bupati Barito Kuala 188/45/293/KUM/2023',
    sumber:
      'Keputusan Bupati Barito Kuala Nomor 188/45/293/KUM/2023 tentang Pengukuran Kinerja, sebagaimana dikutip ' +
      'LKIP 2024 Dinas Sosial Kabupaten Barito Kuala (Analisis atas Efisiensi, sasaran 1–3)',
    status: 'sesuai-praktik',
    catatan:
      `Rumus PMK 214/2017 (${RUMUS}) dibatasi ±20%; dihitung hanya bila capaian ≥ 100%; capaian di atas 100% ` +
      'dijadikan 100%. Batas ±20% dikutip di ketiga sasaran; syarat capaian ≥ 100% pada judul bagian sasaran 3 ' +
      '("Efisiensi bagi kinerja fisik lebih besar atau sama dengan 100% dihitung"); batas atas capaian dari ' +
      'catatan "100,06% dijadikan 100%". Laporan itu sendiri tidak menerapkan ketiganya secara konsisten.',
    batas: 20,
    batasAtasCapaian: 100,
    capaianMinimal: 100,
    bentuk: 'jumlah',
  }),
  TANPA_BATAS: buatAturanEfisiensi({
    id: 'TANPA_BATAS',
    nama: 'Tanpa batas',
    sumber: 'LKIP 2024 Dinas Sosial Kabupaten Barito Kuala: angka efisiensi sebagaimana tercetak',
    status: 'terverifikasi',
    catatan:
      `Rumus mentah (${RUMUS}): E tidak dibatasi, capaian tidak dipotong dan tidak disyaratkan. Laporan mencetak ` +
      '−0,593 (−59,34%) walau menyatakan batas ±20%.',
    batas: null,
    batasAtasCapaian: null,
    capaianMinimal: null,
    bentuk: 'jumlah',
  }),
});

/** Picks an efficiency rule set (internal): an id of {@link ATURAN_EFISIENSI}, a rule object, or the default. */
export function pilihAturanEfisiensi(pilihan: unknown): AturanEfisiensi {
  return pilihAturan(JENIS_EFISIENSI, ATURAN_EFISIENSI, pilihan, { bawaan: ATURAN_EFISIENSI.PMK_214_2017 });
}
