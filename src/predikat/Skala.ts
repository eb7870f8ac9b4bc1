import * as z from 'zod';
import type { Angka } from '../angka/keDecimal.js';
import { type Aturan, IdentitasAturan, type JenisAturan } from '../aturan/aturan.js';
import { SakipError } from '../galat/SakipError.js';
import { SkemaAngka } from '../model/angka.js';
import { masalahTemuan, temuanSkala, urutkanInterval } from './inti.js';

const Batas = SkemaAngka.optional();

/**
 * One band of a band table (interval skala): the values from `bawah` to `atas` get `label`. An
 * absent bound is an open end (−∞ or +∞). `bawahInklusif` defaults to `true` and `atasInklusif` to
 * `false` — the half-open `[bawah; atas)` that lower-bound tables ("≥ 91") mean; say so explicitly
 * for tables printed with upper bounds ("> 90", "75 – 90"). Bounds given as text are read as a report
 * file is: Indonesian format (`'89,99'`).
 *
 * @example
 * ```ts
 * import { IntervalSkala } from 'sakip';
 * const baik = IntervalSkala.parse({ bawah: 75, atas: 90, atasInklusif: true, label: 'Baik' });
 * baik.bawahInklusif; //=> true
 * baik.atas; //=> '90'
 * IntervalSkala.safeParse({ bawah: 75, label: 'Baik', warna: 'hijau' }).success; //=> false
 * ```
 */
export const IntervalSkala = z.strictObject({
  /** Lower bound; absent: no lower bound (−∞). */
  bawah: Batas,
  /** Whether the lower bound itself belongs to the band. */
  bawahInklusif: z.boolean().default(true),
  /** Upper bound; absent: no upper bound (+∞). */
  atas: Batas,
  /** Whether the upper bound itself belongs to the band. */
  atasInklusif: z.boolean().default(false),
  /** The predikat, as the table prints it (`'Sangat Baik'`). */
  label: z.string().min(1).max(200),
  /** A short code (`'AA'`, `'BS'`), if the table has one. */
  kode: z.string().min(1).max(20).optional(),
  /** A longer description. */
  keterangan: z.string().max(2000).optional(),
});
/** See {@link IntervalSkala} (parsed: bounds as Decimal). */
export type IntervalSkala = z.output<typeof IntervalSkala>;

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
export const DomainSkala = z.strictObject({
  bawah: Batas,
  bawahInklusif: z.boolean().default(true),
  atas: Batas,
  atasInklusif: z.boolean().default(false),
});
/** See {@link DomainSkala}. */
export type DomainSkala = z.output<typeof DomainSkala>;

/** The payload of a band table (isi skala): its domain and its bands, ordered from low to high. */
export interface IsiSkala {
  readonly domain: Readonly<DomainSkala>;
  readonly interval: readonly Readonly<IntervalSkala>[];
}

/**
 * A band table (skala predikat): a rule set of jenis `'skala'` — identity (`id`, `nama`, `sumber`,
 * `status`, `berlaku?`, `catatan?`) and a payload of named intervals that together cover the domain
 * exactly once, ordered from low to high, deeply frozen. Made only by {@link buatSkala} (the presets
 * in {@link SKALA} too); wherever sakip takes an option `skala`, give the id of a preset
 * (`'PERMENDAGRI_54_2010'`), a table made by `buatSkala`, or a definition ({@link SkalaMasukan}),
 * validated on use.
 */
export type Skala = Aturan<'skala', IsiSkala>;

/** The input form of one band (see {@link IntervalSkala}): bounds as {@link Angka}. */
export interface IntervalSkalaMasukan {
  bawah?: Angka;
  bawahInklusif?: boolean;
  atas?: Angka;
  atasInklusif?: boolean;
  label: string;
  kode?: string;
  keterangan?: string;
}

/**
 * The definition of a band table as {@link buatSkala} takes it (skala masukan): the identity of every
 * rule set, the domain, and the bands in any order, bounds as {@link Angka}.
 */
export type SkalaMasukan = z.input<typeof IdentitasAturan> & {
  jenis?: 'skala';
  domain: Omit<IntervalSkalaMasukan, 'label' | 'kode' | 'keterangan'>;
  interval: readonly IntervalSkalaMasukan[];
};

const ISI_SKALA = { domain: DomainSkala, interval: z.array(IntervalSkala).min(1).max(100) };

/**
 * The kind "band table" (internal): its payload schema, and the check that the bands partition the
 * domain — `SKALA_TIDAK_MEMPARTISI` listing every gap, overlap, empty band and part outside the
 * domain in `masalah` — which also orders the bands from low to high.
 */
export const JENIS_SKALA: JenisAturan<'skala', typeof ISI_SKALA, IsiSkala> = {
  jenis: 'skala',
  nama: 'Skala predikat',
  isi: ISI_SKALA,
  periksa: (isi) => {
    const temuan = temuanSkala(isi);
    if (temuan.length > 0) {
      throw new SakipError(
        'SKALA_TIDAK_MEMPARTISI',
        `Skala tidak membagi domainnya tepat satu kali (${temuan.length} temuan): ` +
          `${temuan.map((t) => t.pesan).join(' ')}`,
        { masukan: isi, masalah: temuan.map(masalahTemuan) },
      );
    }
    return { hasil: { domain: isi.domain, interval: urutkanInterval(isi.interval) } };
  },
};

/** The whole definition schema of a band table (internal: {@link periksaSkala} parses with it). */
export const SKEMA_SKALA = IdentitasAturan.extend({ jenis: z.literal('skala').optional(), ...ISI_SKALA });
