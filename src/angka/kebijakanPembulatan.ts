import { z } from 'zod';
import { StatusAturan } from '../aturan/status.js';
import { SakipError } from '../galat/SakipError.js';
import { BATAS_DESIMAL, bulatkan, MODE_PEMBULATAN } from './bulatkan.js';
import type { Decimal } from './Decimal.js';
import { type Angka, keDecimal } from './keDecimal.js';

/**
 * The quantities a rounding policy speaks of (besaran).
 *
 * @example
 * ```ts
 * import { BESARAN } from 'sakip';
 * BESARAN; //=> ['realisasi', 'capaian', 'rataRata', 'penyerapan', 'efisiensi', 'indeks']
 * ```
 */
export const BESARAN = ['realisasi', 'capaian', 'rataRata', 'penyerapan', 'efisiensi', 'indeks'] as const;
/** One quantity a rounding policy speaks of: see {@link BESARAN}. */
export type Besaran = (typeof BESARAN)[number];

/**
 * How one quantity is rounded (aturan pembulatan): zod schema and type.
 *
 * @example
 * ```ts
 * import { AturanPembulatan } from 'sakip';
 * AturanPembulatan.parse({ desimal: 2, mode: 'potong', dipakaiLanjut: true }).mode; //=> 'potong'
 * AturanPembulatan.safeParse({ desimal: 2, mode: 'naik', dipakaiLanjut: true }).success; //=> false
 * ```
 */
export const AturanPembulatan = z.object({
  /** Decimals shown. */
  desimal: z.number().int().min(BATAS_DESIMAL.min).max(BATAS_DESIMAL.maks),
  /** Rounding mode. */
  mode: z.enum(MODE_PEMBULATAN),
  /** Whether the next step computes with the rounded (printed) value instead of the exact one. */
  dipakaiLanjut: z.boolean(),
});
/** See {@link AturanPembulatan}. */
export type AturanPembulatan = z.infer<typeof AturanPembulatan>;

/**
 * A rounding policy (kebijakan pembulatan): for each quantity, the decimals, the mode and whether the
 * next step uses the rounded value. A quantity without a rule is never rounded. Data, not code: it
 * carries its source and status like every rule set. Build one with {@link buatKebijakanPembulatan}.
 *
 * @example
 * ```ts
 * import { KebijakanPembulatan } from 'sakip';
 * const k = KebijakanPembulatan.parse({
 *   nama: 'Bulat',
 *   keterangan: 'capaian tanpa desimal',
 *   sumber: 'contoh',
 *   status: 'belum-terverifikasi',
 *   aturan: { capaian: { desimal: 0, mode: 'setengah-atas', dipakaiLanjut: false } },
 * });
 * Object.keys(k.aturan); //=> ['capaian']
 * ```
 */
export const KebijakanPembulatan = z.object({
  nama: z.string().min(1),
  keterangan: z.string(),
  sumber: z.string().min(1),
  status: StatusAturan,
  aturan: z.partialRecord(z.enum(BESARAN), AturanPembulatan),
});
/** See {@link KebijakanPembulatan}. */
export type KebijakanPembulatan = z.infer<typeof KebijakanPembulatan>;

/**
 * Validates a user's rounding policy (buat kebijakan pembulatan) and returns it frozen.
 *
 * @throws {SakipError} `KEBIJAKAN_PEMBULATAN_TIDAK_VALID`, naming the field.
 *
 * @example
 * ```ts
 * import { buatKebijakanPembulatan } from 'sakip';
 * const k = buatKebijakanPembulatan({
 *   nama: 'Satu desimal',
 *   keterangan: 'capaian dicetak satu desimal',
 *   sumber: 'kebiasaan unit kami',
 *   status: 'sesuai-praktik',
 *   aturan: { capaian: { desimal: 1, mode: 'setengah-atas', dipakaiLanjut: false } },
 * });
 * k.aturan.capaian?.desimal; //=> 1
 * buatKebijakanPembulatan({ nama: 'x' }); //!> KEBIJAKAN_PEMBULATAN_TIDAK_VALID
 * ```
 */
export function buatKebijakanPembulatan(definisi: unknown): Readonly<KebijakanPembulatan> {
  const hasil = KebijakanPembulatan.safeParse(definisi);
  if (!hasil.success) {
    const rincian = hasil.error.issues.map((i) => `${i.path.join('.') || '(akar)'}: ${i.message}`).join('; ');
    throw new SakipError(
      'KEBIJAKAN_PEMBULATAN_TIDAK_VALID',
      `Kebijakan pembulatan tidak valid — ${rincian}.`,
      {
        masukan: definisi,
      },
    );
  }
  return Object.freeze(hasil.data);
}

const duaDesimal = (mode: AturanPembulatan['mode'], dipakaiLanjut: boolean): AturanPembulatan => ({
  desimal: 2,
  mode,
  dipakaiLanjut,
});

/**
 * Preset rounding policies: the habits of real reports (RUMUS.md §2).
 * - `TEPAT`: nothing rounded — the right number, for comparison.
 * - `SETENGAH_ATAS`: every quantity shown with 2 decimals half-up, each step computed from exact
 *   values (the default habit of reports; sakip's recommendation for display).
 * - `POTONG`: the habit of the LKIP 2024 of Dinas Sosial Kabupaten Barito Kuala: capaian and means
 *   truncated to 2 decimals, and the truncated capaian used in the mean; realisasi and budget
 *   percentages half-up; efficiency shown with 1 decimal in percent (0,266 as a ratio).
 * - `BERTAHAP`: round each step — realisasi and capaian rounded half-up to 2 and the rounded values
 *   used by the next step (a district LKjIP: `28/1784×100 = 1,57`, then `1,57/2,5×100 = 62,80`).
 *
 * @example
 * ```ts
 * import { KEBIJAKAN_PEMBULATAN } from 'sakip';
 * KEBIJAKAN_PEMBULATAN.POTONG.aturan.capaian; //=> { desimal: 2, mode: 'potong', dipakaiLanjut: true }
 * KEBIJAKAN_PEMBULATAN.POTONG.status; //=> 'terverifikasi'
 * ```
 */
export const KEBIJAKAN_PEMBULATAN = {
  TEPAT: buatKebijakanPembulatan({
    nama: 'Tepat',
    keterangan: 'Tidak ada yang dibulatkan: angka yang benar, untuk pembanding.',
    sumber: 'sakip',
    status: 'terverifikasi',
    aturan: {},
  }),
  SETENGAH_ATAS: buatKebijakanPembulatan({
    nama: 'Setengah ke atas, 2 desimal',
    keterangan: 'Semua besaran ditampilkan 2 desimal (ROUND spreadsheet); tiap langkah memakai nilai tepat.',
    sumber: 'RUMUS.md §2: kebiasaan umum laporan kinerja',
    status: 'sesuai-praktik',
    aturan: Object.fromEntries(BESARAN.map((b) => [b, duaDesimal('setengah-atas', false)])),
  }),
  POTONG: buatKebijakanPembulatan({
    nama: 'Potong 2 desimal (LKIP Dinsos Barito Kuala 2024)',
    keterangan:
      'Capaian dan rata-rata dipotong 2 desimal, capaian terpotong dipakai menghitung rata-rata; realisasi dan ' +
      'penyerapan dibulatkan setengah ke atas; efisiensi 1 desimal dalam persen (0,266 sebagai rasio).',
    sumber:
      'LKIP 2024 Dinas Sosial Kabupaten Barito Kuala, Tabel 3.1.1 dan 3.2.12 (55,72; 100,06; 96,7; 98,62)',
    status: 'terverifikasi',
    aturan: {
      realisasi: duaDesimal('setengah-atas', true),
      capaian: duaDesimal('potong', true),
      rataRata: duaDesimal('potong', false),
      penyerapan: duaDesimal('setengah-atas', false),
      efisiensi: { desimal: 1, mode: 'setengah-atas', dipakaiLanjut: false },
    },
  }),
  BERTAHAP: buatKebijakanPembulatan({
    nama: 'Bulatkan tiap langkah',
    keterangan:
      'Realisasi dan capaian dibulatkan 2 desimal setengah ke atas, dan nilai bulat itu dipakai langkah berikutnya.',
    sumber: 'RUMUS.md §2: LKjIP kabupaten (28/1784×100 = 1,57; 1,57/2,5×100 = 62,80)',
    status: 'terverifikasi',
    aturan: {
      realisasi: duaDesimal('setengah-atas', true),
      capaian: duaDesimal('setengah-atas', true),
      rataRata: duaDesimal('setengah-atas', true),
      penyerapan: duaDesimal('setengah-atas', false),
      efisiensi: duaDesimal('setengah-atas', false),
      indeks: duaDesimal('setengah-atas', false),
    },
  }),
} as const;

/** The outcome of applying a rounding policy to one value (hasil pembulatan). */
export interface HasilPembulatan {
  /** The exact value. */
  tepat: Decimal;
  /** The value as printed under the policy (equal to `tepat` when the quantity has no rule). */
  tampil: Decimal;
  /** The value the next step computes with: `tampil` if the rule says `dipakaiLanjut`, else `tepat`. */
  lanjut: Decimal;
  /** The rule applied, if any. */
  aturan: AturanPembulatan | undefined;
}

/**
 * Applies a rounding policy to one value of a quantity (pembulatan): what is printed, and what the
 * next step uses.
 *
 * @example
 * ```ts
 * import { KEBIJAKAN_PEMBULATAN, pembulatan } from 'sakip';
 * const h = pembulatan('55,72519083', 'capaian', KEBIJAKAN_PEMBULATAN.POTONG);
 * h.tampil; //=> '55.72'
 * h.lanjut; //=> '55.72'
 * pembulatan('55,72519083', 'capaian', KEBIJAKAN_PEMBULATAN.SETENGAH_ATAS).lanjut; //=> '55.72519083'
 * ```
 */
export function pembulatan(nilai: Angka, besaran: Besaran, kebijakan: KebijakanPembulatan): HasilPembulatan {
  const tepat = keDecimal(nilai);
  if (typeof kebijakan !== 'object' || kebijakan === null || typeof kebijakan.aturan !== 'object') {
    throw new SakipError('KEBIJAKAN_PEMBULATAN_TIDAK_VALID', 'Kebijakan pembulatan tidak memuat "aturan".', {
      masukan: kebijakan,
    });
  }
  const aturan = kebijakan.aturan[besaran];
  if (aturan === undefined) return { tepat, tampil: tepat, lanjut: tepat, aturan };
  const tampil = bulatkan(tepat, aturan.desimal, aturan.mode);
  return { tepat, tampil, lanjut: aturan.dipakaiLanjut ? tampil : tepat, aturan };
}
