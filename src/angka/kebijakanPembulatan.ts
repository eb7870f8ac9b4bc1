import * as z from 'zod';
import { type Aturan, bekukanPreset, buatAturan, type JenisAturan, pilihAturan } from '../aturan/aturan.js';
import { teksMasukan } from '../galat/masukan.js';
import { SakipError } from '../galat/SakipError.js';
import { BATAS_DESIMAL, bulatkanInti, MODE_PEMBULATAN } from './bulatkan.js';
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
export const BESARAN = Object.freeze([
  'realisasi',
  'capaian',
  'rataRata',
  'penyerapan',
  'efisiensi',
  'indeks',
] as const);
/** One quantity a rounding policy speaks of: see {@link BESARAN}. */
export type Besaran = (typeof BESARAN)[number];

/**
 * How one value is rounded (aturan pembulatan) — the one rounding option shape of sakip: decimals,
 * mode, and (inside a policy) whether the next step computes with the rounded value.
 *
 * @example
 * ```ts
 * import { AturanPembulatan } from 'sakip';
 * AturanPembulatan.parse({ desimal: 2, mode: 'potong', dipakaiLanjut: true }).mode; //=> 'potong'
 * AturanPembulatan.parse({ desimal: 2 }).mode; //=> 'setengah-atas'
 * AturanPembulatan.safeParse({ desimal: 2, mode: 'naik' }).success; //=> false
 * ```
 */
export const AturanPembulatan = z.strictObject({
  /** Decimals shown. */
  desimal: z.number().int().min(BATAS_DESIMAL.min).max(BATAS_DESIMAL.maks),
  /** Rounding mode; default half-up. */
  mode: z.enum(MODE_PEMBULATAN).default('setengah-atas'),
  /** Whether the next step computes with the rounded (printed) value instead of the exact one. */
  dipakaiLanjut: z.boolean().default(false),
});
/** See {@link AturanPembulatan}. */
export type AturanPembulatan = z.output<typeof AturanPembulatan>;

const JENIS_KEBIJAKAN: JenisAturan<
  'kebijakan-pembulatan',
  { besaran: z.ZodType<Partial<Record<Besaran, AturanPembulatan>>> },
  { besaran: Partial<Record<Besaran, AturanPembulatan>> }
> = {
  jenis: 'kebijakan-pembulatan',
  nama: 'Kebijakan pembulatan',
  isi: { besaran: z.partialRecord(z.enum(BESARAN), AturanPembulatan) },
};

/**
 * A rounding policy (kebijakan pembulatan): a rule set whose payload `besaran` says, for each
 * quantity, the decimals, the mode and whether the next step uses the rounded value. A quantity
 * without a rule is never rounded. Build one with {@link buatKebijakanPembulatan}; pick one by id
 * (`'POTONG'`) wherever an option `kebijakan` is taken.
 */
export type KebijakanPembulatan = Aturan<
  'kebijakan-pembulatan',
  { besaran: Partial<Record<Besaran, AturanPembulatan>> }
>;

/**
 * Validates a user's rounding policy (buat kebijakan pembulatan) and returns it deeply frozen.
 *
 * @throws {SakipError} `ATURAN_TIDAK_VALID`, listing every problem with its path.
 *
 * @example
 * ```ts
 * import { buatKebijakanPembulatan } from 'sakip';
 * const k = buatKebijakanPembulatan({
 *   id: 'SATU_DESIMAL',
 *   nama: 'Satu desimal',
 *   sumber: 'kebiasaan unit kami',
 *   status: 'sesuai-praktik',
 *   besaran: { capaian: { desimal: 1 } },
 * });
 * k.besaran.capaian; //=> { desimal: 1, mode: 'setengah-atas', dipakaiLanjut: false }
 * buatKebijakanPembulatan({ id: 'x' }); //!> ATURAN_TIDAK_VALID
 * ```
 */
export function buatKebijakanPembulatan(definisi: unknown): KebijakanPembulatan {
  return buatAturan(JENIS_KEBIJAKAN, definisi);
}

const duaDesimal = (mode: AturanPembulatan['mode'], dipakaiLanjut: boolean): AturanPembulatan => ({
  desimal: 2,
  mode,
  dipakaiLanjut,
});

/**
 * Preset rounding policies: the habits of real reports (RUMUS.md §2), deeply frozen.
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
 * KEBIJAKAN_PEMBULATAN.POTONG.besaran.capaian; //=> { desimal: 2, mode: 'potong', dipakaiLanjut: true }
 * KEBIJAKAN_PEMBULATAN.POTONG.status; //=> 'terverifikasi'
 * Object.isFrozen(KEBIJAKAN_PEMBULATAN.POTONG.besaran.capaian); //=> true
 * ```
 */
export const KEBIJAKAN_PEMBULATAN = bekukanPreset({
  TEPAT: buatKebijakanPembulatan({
    id: 'TEPAT',
    nama: 'Tepat',
    catatan: 'Tidak ada yang dibulatkan: angka yang benar, untuk pembanding.',
    sumber: 'sakip',
    status: 'terverifikasi',
    besaran: {},
  }),
  SETENGAH_ATAS: buatKebijakanPembulatan({
    id: 'SETENGAH_ATAS',
    nama: 'Setengah ke atas, 2 desimal',
    catatan: 'Semua besaran ditampilkan 2 desimal (ROUND spreadsheet); tiap langkah memakai nilai tepat.',
    sumber: 'RUMUS.md §2: kebiasaan umum laporan kinerja',
    status: 'sesuai-praktik',
    besaran: Object.fromEntries(BESARAN.map((b) => [b, duaDesimal('setengah-atas', false)])),
  }),
  POTONG: buatKebijakanPembulatan({
    id: 'POTONG',
    nama: 'Potong 2 desimal (LKIP Dinsos Barito Kuala 2024)',
    catatan:
      'Capaian dan rata-rata dipotong 2 desimal, capaian terpotong dipakai menghitung rata-rata; realisasi dan ' +
      'penyerapan dibulatkan setengah ke atas; efisiensi 1 desimal dalam persen (0,266 sebagai rasio).',
    sumber:
      'LKIP 2024 Dinas Sosial Kabupaten Barito Kuala, Tabel 3.1.1 dan 3.2.12 (55,72; 100,06; 96,7; 98,62)',
    status: 'terverifikasi',
    besaran: {
      realisasi: duaDesimal('setengah-atas', true),
      capaian: duaDesimal('potong', true),
      rataRata: duaDesimal('potong', false),
      penyerapan: duaDesimal('setengah-atas', false),
      efisiensi: { desimal: 1, mode: 'setengah-atas', dipakaiLanjut: false },
    },
  }),
  BERTAHAP: buatKebijakanPembulatan({
    id: 'BERTAHAP',
    nama: 'Bulatkan tiap langkah',
    catatan:
      'Realisasi dan capaian dibulatkan 2 desimal setengah ke atas, dan nilai bulat itu dipakai langkah berikutnya.',
    sumber: 'RUMUS.md §2: LKjIP kabupaten (28/1784×100 = 1,57; 1,57/2,5×100 = 62,80)',
    status: 'terverifikasi',
    besaran: {
      realisasi: duaDesimal('setengah-atas', true),
      capaian: duaDesimal('setengah-atas', true),
      rataRata: duaDesimal('setengah-atas', true),
      penyerapan: duaDesimal('setengah-atas', false),
      efisiensi: duaDesimal('setengah-atas', false),
      indeks: duaDesimal('setengah-atas', false),
    },
  }),
});

/**
 * Picks a rounding policy (internal; the one way every module reads its `kebijakan` option): an id
 * of {@link KEBIJAKAN_PEMBULATAN}, a policy object, or nothing (`TEPAT`).
 */
export function pilihKebijakan(pilihan: unknown): KebijakanPembulatan {
  return pilihAturan(JENIS_KEBIJAKAN, KEBIJAKAN_PEMBULATAN, pilihan, { bawaan: KEBIJAKAN_PEMBULATAN.TEPAT });
}

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
 * pembulatan('55,72519083', 'capaian', 'SETENGAH_ATAS').lanjut; //=> '55.72519083'
 * pembulatan('55,72519083', 'capaian', 'POTONGAN'); //!> ATURAN_TIDAK_DIKENAL
 * ```
 */
export function pembulatan(
  nilai: Angka,
  besaran: Besaran,
  kebijakan: KebijakanPembulatan | string,
): HasilPembulatan {
  const tepat = keDecimal(nilai);
  if (!(BESARAN as readonly unknown[]).includes(besaran)) {
    throw new SakipError(
      'OPSI_TIDAK_VALID',
      `Besaran ${teksMasukan(besaran)} tidak dikenal; gunakan ${BESARAN.join(', ')}.`,
      {
        masukan: besaran,
      },
    );
  }
  return pembulatanInti(tepat, besaran, pilihKebijakan(kebijakan));
}

/** {@link pembulatan} on trusted values (internal core: no validation). */
export function pembulatanInti(
  tepat: Decimal,
  besaran: Besaran,
  kebijakan: KebijakanPembulatan,
): HasilPembulatan {
  const aturan = kebijakan.besaran[besaran];
  if (aturan === undefined) return { tepat, tampil: tepat, lanjut: tepat, aturan };
  const tampil = bulatkanInti(tepat, aturan.desimal, aturan.mode);
  // A copy: results never share objects with a (frozen) policy.
  return { tepat, tampil, lanjut: aturan.dipakaiLanjut ? tampil : tepat, aturan: { ...aturan } };
}
