import * as z from 'zod';
import { SkemaAngkaOpsional } from './angka.js';

/**
 * Polarity of an indicator (polaritas): `'positif'` — higher is better ("semakin tinggi semakin
 * baik"); `'negatif'` — lower is better.
 *
 * @example
 * ```ts
 * import { Polaritas } from 'sakip';
 * Polaritas.options; //=> ['positif', 'negatif']
 * ```
 */
export const Polaritas = z.enum(['positif', 'negatif']);
/** See {@link Polaritas}. */
export type Polaritas = z.infer<typeof Polaritas>;

/**
 * A target/realisasi pair of counts (pasangan volume), e.g. 11.193 KK planned and 15.036 KK reached.
 *
 * @example
 * ```ts
 * import { PasanganVolume } from 'sakip';
 * PasanganVolume.parse({ target: '11.193', realisasi: '15.036', satuan: 'KK' }).realisasi; //=> '15036'
 * ```
 */
export const PasanganVolume = z.strictObject({
  target: SkemaAngkaOpsional,
  realisasi: SkemaAngkaOpsional,
  satuan: z.string().optional(),
});

const EmpatTriwulan = z.tuple([
  SkemaAngkaOpsional,
  SkemaAngkaOpsional,
  SkemaAngkaOpsional,
  SkemaAngkaOpsional,
]);

/**
 * A performance indicator (indikator kinerja) with its target and realisasi, each of which may be
 * missing (`null`: not known yet). Numbers are given as {@link Angka} and parsed to Decimal.
 *
 * @example
 * ```ts
 * import { Indikator } from 'sakip';
 * const iku = Indikator.parse({
 *   id: 'IKU-2',
 *   nama: 'Persentase PPKS yang mampu berusaha',
 *   satuan: 'Persen',
 *   target: '1,31',
 *   realisasi: '0,73',
 *   volume: { target: 212, realisasi: 115, satuan: 'KK' },
 * });
 * iku.realisasi; //=> '0.73'
 * iku.polaritas; //=> 'positif'
 * ```
 */
export const Indikator = z.strictObject({
  id: z.string().min(1),
  nama: z.string().min(1),
  satuan: z.string().optional(),
  polaritas: Polaritas.default('positif'),
  /** `'kualitatif'`: a yes/no or descriptive indicator, not computed without a rule. */
  jenis: z.enum(['kuantitatif', 'kualitatif']).default('kuantitatif'),
  /** Target of the year, as signed in the Perjanjian Kinerja. */
  target: SkemaAngkaOpsional,
  realisasi: SkemaAngkaOpsional,
  /** A pair of counts (realised / planned), when the report also states them. */
  volume: PasanganVolume.optional(),
  /** Quarterly values TW I–IV (null where not reported). */
  triwulan: z
    .strictObject({ target: EmpatTriwulan.optional(), realisasi: EmpatTriwulan.optional() })
    .optional(),
  /** Renstra targets: of this year and at the end of the plan period. */
  targetRenstra: z
    .strictObject({ tahunIni: SkemaAngkaOpsional, akhir: SkemaAngkaOpsional })
    .partial()
    .optional(),
  /** Realisasi of the previous year, for year-on-year comparison. */
  realisasiTahunLalu: SkemaAngkaOpsional.optional(),
  catatan: z.string().optional(),
});
/** See {@link Indikator} (the parsed form, numbers as Decimal). */
export type Indikator = z.infer<typeof Indikator>;
/** The input form of {@link Indikator}, numbers as {@link Angka}. */
export type IndikatorMasukan = z.input<typeof Indikator>;

/**
 * An objective (sasaran) with its indicators.
 *
 * @example
 * ```ts
 * import { Sasaran } from 'sakip';
 * const s = Sasaran.parse({
 *   id: 'S3',
 *   nama: 'Meningkatnya Akuntabilitas Kinerja Dinas Sosial',
 *   indikator: [{ id: 'IKU-3', nama: 'Nilai SAKIP Dinsos', target: '71,86', realisasi: '71,91' }],
 * });
 * s.indikator.length; //=> 1
 * ```
 */
export const Sasaran = z.strictObject({
  id: z.string().min(1),
  nama: z.string().min(1),
  indikator: z.array(Indikator).min(1),
});
/** See {@link Sasaran}. */
export type Sasaran = z.infer<typeof Sasaran>;
/** The input form of {@link Sasaran}. */
export type SasaranMasukan = z.input<typeof Sasaran>;
