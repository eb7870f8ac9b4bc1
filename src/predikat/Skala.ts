import { z } from 'zod';
import { StatusAturan } from '../aturan/status.js';
import { SkemaAngka } from '../model/angka.js';

const Batas = SkemaAngka.optional();

/**
 * One band of a band table (interval skala): the values from `bawah` to `atas` get `label`. An
 * absent bound is an open end (−∞ or +∞). `bawahInklusif` defaults to `true` and `atasInklusif` to
 * `false` — the half-open `[bawah; atas)` that lower-bound tables ("≥ 91") mean; say so explicitly
 * for tables printed with upper bounds ("> 90", "75 – 90").
 *
 * @example
 * ```ts
 * import { IntervalSkala } from 'sakip';
 * const baik = IntervalSkala.parse({ bawah: 75, atas: 90, atasInklusif: true, label: 'Baik' });
 * baik.bawahInklusif; //=> true
 * baik.atas; //=> '90'
 * ```
 */
export const IntervalSkala = z.object({
  /** Lower bound; absent: no lower bound (−∞). */
  bawah: Batas,
  /** Whether the lower bound itself belongs to the band. */
  bawahInklusif: z.boolean().default(true),
  /** Upper bound; absent: no upper bound (+∞). */
  atas: Batas,
  /** Whether the upper bound itself belongs to the band. */
  atasInklusif: z.boolean().default(false),
  /** The predikat, as the table prints it (`'Sangat Baik'`). */
  label: z.string().min(1),
  /** A short code (`'AA'`, `'BS'`), if the table has one. */
  kode: z.string().min(1).optional(),
  /** A longer description. */
  keterangan: z.string().optional(),
});
/** See {@link IntervalSkala} (parsed: bounds as Decimal). */
export type IntervalSkala = z.infer<typeof IntervalSkala>;

/**
 * The values a band table speaks of (domain skala): bounds and inclusivity like an interval, without
 * a label. Capaian, for instance, is usually `[0; +∞)`: it can exceed 100 (134,32 is printed as is).
 *
 * @example
 * ```ts
 * import { DomainSkala } from 'sakip';
 * const d = DomainSkala.parse({ bawah: 0, atas: 100, atasInklusif: true });
 * [d.bawah, d.bawahInklusif, d.atas, d.atasInklusif]; //=> ['0', true, '100', true]
 * ```
 */
export const DomainSkala = z.object({
  bawah: Batas,
  bawahInklusif: z.boolean().default(true),
  atas: Batas,
  atasInklusif: z.boolean().default(false),
});
/** See {@link DomainSkala}. */
export type DomainSkala = z.infer<typeof DomainSkala>;

/**
 * A band table (skala predikat): named intervals that together cover a domain exactly once, with the
 * table's source and status like every rule set. This schema checks the shape only; {@link buatSkala}
 * also checks that the intervals partition the domain, and orders them from low to high.
 *
 * @example
 * ```ts
 * import { Skala } from 'sakip';
 * const s = Skala.parse({
 *   nama: 'Tercapai atau tidak',
 *   domain: {},
 *   interval: [{ atas: 100, label: 'Tidak tercapai' }, { bawah: 100, label: 'Tercapai' }],
 *   sumber: 'contoh',
 *   status: 'belum-terverifikasi',
 * });
 * s.interval.length; //=> 2
 * ```
 */
export const Skala = z.object({
  nama: z.string().min(1),
  domain: DomainSkala,
  interval: z.array(IntervalSkala).min(1),
  /** The regulation, report or practice the table comes from. */
  sumber: z.string().min(1),
  status: StatusAturan,
  /** What was checked, what differs between sources, how a printed gap was resolved. */
  catatan: z.string().optional(),
});
/** See {@link Skala} (parsed form). */
export type Skala = z.infer<typeof Skala>;
/** The input form of {@link Skala}: bounds as {@link Angka}, inclusivity flags optional. */
export type SkalaMasukan = z.input<typeof Skala>;
