import { z } from 'zod';
import { SkemaRupiah } from './angka.js';
import { Indikator } from './Indikator.js';

/**
 * A budget figure (anggaran): pagu and realisasi in Rupiah, neither negative. Realisasi above pagu
 * is accepted here (it is a finding, not an invalid input).
 *
 * @example
 * ```ts
 * import { Anggaran } from 'sakip';
 * Anggaran.parse({ pagu: 'Rp. 2.142.720.865,00', realisasi: '2.113.252.231' }).pagu; //=> '2142720865'
 * Anggaran.safeParse({ pagu: -1, realisasi: 0 }).success; //=> false
 * ```
 */
export const Anggaran = z.object({ pagu: SkemaRupiah, realisasi: SkemaRupiah });
/** See {@link Anggaran}. */
export type Anggaran = z.infer<typeof Anggaran>;

/**
 * Level of a budget node (tingkat): program, kegiatan, sub-kegiatan, or a jenis belanja line.
 *
 * @example
 * ```ts
 * import { TingkatAnggaran } from 'sakip';
 * TingkatAnggaran.parse('sub-kegiatan'); //=> 'sub-kegiatan'
 * ```
 */
export const TingkatAnggaran = z.enum([
  'urusan',
  'program',
  'kegiatan',
  'sub-kegiatan',
  'jenis-belanja',
  'lainnya',
]);
/** See {@link TingkatAnggaran}. */
export type TingkatAnggaran = z.infer<typeof TingkatAnggaran>;

/** A node of the budget tree (input form). */
export interface NodeAnggaranMasukan {
  kode?: string;
  nama: string;
  tingkat?: TingkatAnggaran;
  anggaran?: z.input<typeof Anggaran>;
  indikator?: z.input<typeof Indikator>[];
  sasaranId?: string[];
  anak?: NodeAnggaranMasukan[];
}

/** A node of the budget tree (parsed form). */
export interface NodeAnggaran {
  kode?: string;
  nama: string;
  tingkat?: TingkatAnggaran;
  /** The node's own stated figures; for a parent, what the report prints (checked against its children). */
  anggaran?: Anggaran;
  /** The node's own performance indicators, if any. */
  indikator?: Indikator[];
  /** The sasaran this line serves; several when a budget line is shared. */
  sasaranId?: string[];
  anak: NodeAnggaran[];
}

/**
 * A node of the program / kegiatan / sub-kegiatan tree (node anggaran), any depth, with its stated
 * figures, its own indicators and the sasaran it serves.
 *
 * @example
 * ```ts
 * import { NodeAnggaran } from 'sakip';
 * const program = NodeAnggaran.parse({
 *   nama: 'Program Pemberdayaan Sosial',
 *   tingkat: 'program',
 *   sasaranId: ['S2'],
 *   anggaran: { pagu: '1.227.826.990,00', realisasi: '1.090.111.598,00' },
 *   anak: [{ nama: 'Peningkatan Kemampuan Potensi Pekerja Sosial Masyarakat', tingkat: 'sub-kegiatan' }],
 * });
 * program.anak[0]?.anak; //=> []
 * ```
 */
export const NodeAnggaran: z.ZodType<NodeAnggaran, NodeAnggaranMasukan> = z.lazy(() =>
  z.object({
    kode: z.string().optional(),
    nama: z.string().min(1),
    tingkat: TingkatAnggaran.optional(),
    anggaran: Anggaran.optional(),
    indikator: z.array(Indikator).optional(),
    sasaranId: z.array(z.string().min(1)).optional(),
    anak: z.array(NodeAnggaran).default([]),
  }),
);
