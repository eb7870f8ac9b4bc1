import { z } from 'zod';
import { StatusAturan } from '../aturan/status.js';
import { SakipError } from '../galat/SakipError.js';
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
export const BENTUK_EFISIENSI = ['jumlah', 'rata-rata-keluaran'] as const;
/** See {@link BENTUK_EFISIENSI}. */
export type BentukEfisiensi = (typeof BENTUK_EFISIENSI)[number];

const Persen = SkemaAngka;

/**
 * An efficiency rule set (aturan efisiensi): the bound on E, the capping of capaian, the minimum
 * capaian for E to be computed, and how items combine — data with its source and status. All
 * figures are **in percent**. Build one with {@link buatAturanEfisiensi} or take a preset from
 * {@link ATURAN_EFISIENSI}.
 *
 * @example
 * ```ts
 * import { AturanEfisiensi } from 'sakip';
 * const a = AturanEfisiensi.parse({
 *   nama: 'Tanpa batas', keterangan: 'E tidak dibatasi', sumber: 'contoh', status: 'belum-terverifikasi',
 *   batas: null, capaianMaks: null, capaianMinimal: null, bentuk: 'jumlah',
 * });
 * a.batas; //=> null
 * ```
 */
export const AturanEfisiensi = z.object({
  nama: z.string().min(1),
  keterangan: z.string(),
  sumber: z.string().min(1),
  status: StatusAturan,
  catatan: z.string().optional(),
  /** E is bounded to [−batas, +batas] percent; `null`: no bound. */
  batas: Persen.refine((d) => !d.isNegative(), { message: 'batas tidak boleh negatif' }).nullable(),
  /** Capaian above this (percent) is taken as this ("100,06% dijadikan 100%"); `null`: no cap. */
  capaianMaks: Persen.refine((d) => d.isPositive() && !d.isZero(), {
    message: 'capaianMaks harus lebih dari 0',
  }).nullable(),
  /** E is computed only for items whose capaian (percent) is at least this; `null`: always. */
  capaianMinimal: Persen.nullable(),
  bentuk: z.enum(BENTUK_EFISIENSI),
});
/** See {@link AturanEfisiensi} (parsed: figures as Decimal). */
export type AturanEfisiensi = z.infer<typeof AturanEfisiensi>;
/** The input form of {@link AturanEfisiensi} (figures as {@link Angka}). */
export type AturanEfisiensiMasukan = z.input<typeof AturanEfisiensi>;

/**
 * Validates a user's efficiency rule set (buat aturan efisiensi) and returns it frozen.
 *
 * @throws {SakipError} `ATURAN_EFISIENSI_TIDAK_VALID`, naming the field.
 *
 * @example
 * ```ts
 * import { buatAturanEfisiensi } from 'sakip';
 * const a = buatAturanEfisiensi({
 *   nama: 'Batas 10%', keterangan: 'aturan unit kami', sumber: 'SK Kepala Dinas', status: 'sesuai-praktik',
 *   batas: 10, capaianMaks: null, capaianMinimal: null, bentuk: 'jumlah',
 * });
 * a.batas; //=> '10'
 * buatAturanEfisiensi({ nama: 'x', batas: -5 }); //!> ATURAN_EFISIENSI_TIDAK_VALID
 * ```
 */
export function buatAturanEfisiensi(definisi: unknown): Readonly<AturanEfisiensi> {
  const hasil = AturanEfisiensi.safeParse(definisi);
  if (!hasil.success) {
    const rincian = hasil.error.issues.map((i) => `${i.path.join('.') || '(akar)'}: ${i.message}`).join('; ');
    throw new SakipError('ATURAN_EFISIENSI_TIDAK_VALID', `Aturan efisiensi tidak valid — ${rincian}.`, {
      masukan: definisi,
      lokasi: hasil.error.issues[0]?.path.join('.') ?? '',
    });
  }
  return Object.freeze(hasil.data);
}

/**
 * Preset efficiency rule sets (RUMUS.md §6):
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
 * ATURAN_EFISIENSI.BARITO_KUALA_2023.capaianMaks; //=> '100'
 * ATURAN_EFISIENSI.TANPA_BATAS.batas; //=> null
 * ```
 */
export const ATURAN_EFISIENSI = {
  PMK_214_2017: buatAturanEfisiensi({
    nama: 'PMK 214/2017',
    keterangan: 'E = Σ((PAK × CK) − RAK) / Σ(PAK × CK) × 100%, dibatasi ±20%; NE = 50 + (E / 20) × 50.',
    sumber: 'PMK 214/PMK.02/2017 tentang Pengukuran dan Evaluasi Kinerja Anggaran atas Pelaksanaan RKA-K/L',
    status: 'sesuai-praktik',
    catatan:
      'Rumus dan batas ±20% dibaca dari kutipan laporan (LKIP 2024 Dinsos Barito Kuala: "Batas maksimal nilai ' +
      'efisiensi 20% dan batas minimal -20%"); NE = 50 + (E/20) × 50 dari praktik laporan kementerian. Teks PMK ' +
      'sendiri belum dibaca: pencarian (korpus halaman dan kode, November 2026) tidak menemukannya. Bentuk ' +
      'rata-rata-keluaran belum terverifikasi.',
    batas: 20,
    capaianMaks: null,
    capaianMinimal: null,
    bentuk: 'jumlah',
  }),
  BARITO_KUALA_2023: buatAturanEfisiensi({
    nama: 'Keputusan Bupati Barito Kuala 188/45/293/KUM/2023',
    keterangan:
      'Rumus PMK 214/2017 dibatasi ±20%; dihitung hanya bila capaian ≥ 100%; capaian di atas 100% dijadikan 100%.',
    sumber:
      'Keputusan Bupati Barito Kuala Nomor 188/45/293/KUM/2023 tentang Pengukuran Kinerja, sebagaimana dikutip ' +
      'LKIP 2024 Dinas Sosial Kabupaten Barito Kuala (Analisis atas Efisiensi, sasaran 1–3)',
    status: 'sesuai-praktik',
    catatan:
      'Batas ±20% dikutip di ketiga sasaran; syarat capaian ≥ 100% pada judul bagian sasaran 3 ("Efisiensi bagi ' +
      'kinerja fisik lebih besar atau sama dengan 100% dihitung"); batas atas capaian dari catatan "100,06% ' +
      'dijadikan 100%". Laporan itu sendiri tidak menerapkan ketiganya secara konsisten.',
    batas: 20,
    capaianMaks: 100,
    capaianMinimal: 100,
    bentuk: 'jumlah',
  }),
  TANPA_BATAS: buatAturanEfisiensi({
    nama: 'Tanpa batas',
    keterangan: 'Rumus mentah: E tidak dibatasi, capaian tidak dipotong dan tidak disyaratkan.',
    sumber: 'LKIP 2024 Dinas Sosial Kabupaten Barito Kuala: angka efisiensi sebagaimana tercetak',
    status: 'terverifikasi',
    catatan: 'Laporan mencetak −0,593 (−59,34%) walau menyatakan batas ±20%.',
    batas: null,
    capaianMaks: null,
    capaianMinimal: null,
    bentuk: 'jumlah',
  }),
} as const;
