import * as z from 'zod';

/**
 * How sure sakip is of a rule (status aturan):
 * - `'terverifikasi'`: read in a regulation or in a report's own worked arithmetic;
 * - `'sesuai-praktik'`: what reports and tools do, the regulation text not at hand (as practised);
 * - `'belum-terverifikasi'`: the best available reading, shipped but not yet confirmed.
 *
 * @example
 * ```ts
 * import { StatusAturan } from 'sakip';
 * StatusAturan.options; //=> ['terverifikasi', 'sesuai-praktik', 'belum-terverifikasi']
 * ```
 */
export const StatusAturan = z.enum(['terverifikasi', 'sesuai-praktik', 'belum-terverifikasi']);
/** See {@link StatusAturan}. */
export type StatusAturan = z.infer<typeof StatusAturan>;

/**
 * Where a rule comes from and how sure we are of it — carried by every rule set (sumber aturan).
 *
 * @example
 * ```ts
 * import { SumberAturan } from 'sakip';
 * SumberAturan.parse({ sumber: 'PermenPAN-RB 14/2017', status: 'terverifikasi' }).status; //=> 'terverifikasi'
 * ```
 */
export const SumberAturan = z.object({
  /** The regulation, report or practice the rule is taken from. */
  sumber: z.string().min(1),
  /** How sure we are of it. */
  status: StatusAturan,
  /** Notes: what was checked, what differs between sources. */
  catatan: z.string().optional(),
});
/** See {@link SumberAturan}. */
export type SumberAturan = z.infer<typeof SumberAturan>;
