import { z } from 'zod';
import { teksMasukan } from '../galat/masukan.js';
import { SakipError } from '../galat/SakipError.js';
import { NodeAnggaran } from './Anggaran.js';
import { SkemaAngka, SkemaAngkaOpsional } from './angka.js';
import { Sasaran } from './Indikator.js';

/** One unit's survey result in a report's SKM section. */
const UnitSkm = z.object({
  nama: z.string().optional(),
  ikm: SkemaAngka,
  responden: z.number().int().nonnegative(),
});

/**
 * A report's SKM (Survei Kepuasan Masyarakat) section, as printed.
 *
 * @example
 * ```ts
 * import { BagianSkm } from 'sakip';
 * BagianSkm.parse({ nilai: '92,11', mutu: 'A', unit: [{ nama: 'UPT', ikm: '3,68', responden: 120 }] }).nilai; //=> '92.11'
 * ```
 */
export const BagianSkm = z.object({
  /** The rule set used, e.g. `'PERMENPANRB_14_2017'`. */
  aturan: z.string().optional(),
  ikm: SkemaAngkaOpsional.optional(),
  nilai: SkemaAngkaOpsional.optional(),
  mutu: z.string().optional(),
  responden: z.number().int().nonnegative().optional(),
  unit: z.array(UnitSkm).optional(),
});

/**
 * A report's IKPA section: the version and the indicator values (null: not applicable).
 *
 * @example
 * ```ts
 * import { BagianIkpa } from 'sakip';
 * BagianIkpa.parse({ versi: 'PER-5/PB/2022', nilai: { revisiDipa: 100, belanjaKontraktual: null } }).nilai; //=> { revisiDipa: '100', belanjaKontraktual: null }
 * ```
 */
export const BagianIkpa = z.object({
  versi: z.string().min(1),
  nilai: z.record(z.string(), SkemaAngkaOpsional),
});

/**
 * A figure as printed in the report (angka tercetak), kept as text so that its rounding can be
 * judged: `rujukan` names the quantity (e.g. `sasaran/S2/indikator/IKU-2/capaian`), `lokasi` the
 * table or page.
 *
 * @example
 * ```ts
 * import { AngkaTercetak } from 'sakip';
 * AngkaTercetak.parse({ rujukan: 'sasaran/S2/indikator/IKU-2/capaian', besaran: 'capaian', teks: '55,72', lokasi: 'Tabel 3.1.1' }).teks; //=> '55,72'
 * ```
 */
export const AngkaTercetak = z.object({
  rujukan: z.string().min(1),
  besaran: z.string().min(1),
  teks: z.string(),
  lokasi: z.string().optional(),
  format: z.enum(['id', 'en']).optional(),
  catatan: z.string().optional(),
});
/** See {@link AngkaTercetak}. */
export type AngkaTercetak = z.infer<typeof AngkaTercetak>;

/**
 * A performance report (laporan kinerja): the agency, the year, its sasaran with indicators, its
 * budget tree (several roots when the year had two budgets), optional SKM and IKPA sections, and the
 * printed figures to audit.
 *
 * @example
 * ```ts
 * import { Laporan } from 'sakip';
 * const l = Laporan.parse({
 *   instansi: 'Dinas Sosial Kabupaten Barito Kuala',
 *   tahun: 2024,
 *   sasaran: [{ id: 'S3', nama: 'Akuntabilitas', indikator: [{ id: 'IKU-3', nama: 'Nilai SAKIP', target: '71,86', realisasi: '71,91' }] }],
 * });
 * l.anggaran; //=> []
 * l.tercetak; //=> []
 * ```
 */
export const Laporan = z.object({
  instansi: z.string().min(1),
  tahun: z.number().int().min(2000).max(2100),
  jenis: z.string().optional(),
  sasaran: z.array(Sasaran),
  anggaran: z.array(NodeAnggaran).default([]),
  skm: BagianSkm.optional(),
  ikpa: BagianIkpa.optional(),
  tercetak: z.array(AngkaTercetak).default([]),
});
/** See {@link Laporan}. */
export type Laporan = z.infer<typeof Laporan>;
/** The input form of {@link Laporan} (numbers as {@link Angka}, as in a JSON file). */
export type LaporanMasukan = z.input<typeof Laporan>;

/**
 * Validates data against a model schema (baca model) and returns the parsed value; the input is not
 * changed. Every problem is reported with its path in one `MODEL_TIDAK_VALID` error; `lokasi` holds
 * the first path.
 *
 * @example
 * ```ts
 * import { bacaModel, Indikator } from 'sakip';
 * bacaModel(Indikator, { id: 'a', nama: 'b', target: '69,02', realisasi: '92,71' }).target; //=> '69.02'
 * bacaModel(Indikator, { id: 'a', nama: 'b', target: '6,9,02' }); //!> MODEL_TIDAK_VALID
 * ```
 */
export function bacaModel<T extends z.ZodType>(skema: T, data: unknown, nama = 'Data'): z.output<T> {
  if (typeof (skema as { safeParse?: unknown } | undefined)?.safeParse !== 'function') {
    throw new SakipError('MASUKAN_TIDAK_VALID', `bacaModel butuh skema zod, bukan ${teksMasukan(skema)}.`, {
      masukan: skema,
    });
  }
  const hasil = skema.safeParse(data);
  if (hasil.success) return hasil.data;
  const masalah = hasil.error.issues.map((i) => ({ lokasi: jalur(i.path), pesan: i.message }));
  throw new SakipError(
    'MODEL_TIDAK_VALID',
    `${nama} tidak sesuai model: ${masalah.map((m) => `${m.lokasi}: ${m.pesan}`).join('; ')}.`,
    { masukan: data, lokasi: masalah[0]?.lokasi ?? '' },
  );
}

function jalur(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(akar)';
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
    .join('');
}

/**
 * Reads a report (baca laporan) — e.g. the contents of a JSON file — into a validated
 * {@link Laporan}. Shorthand for `bacaModel(Laporan, data, 'Laporan')`.
 *
 * @example
 * ```ts
 * import { bacaLaporan } from 'sakip';
 * bacaLaporan({ instansi: 'X', tahun: 2024, sasaran: [] }).tahun; //=> 2024
 * bacaLaporan({ instansi: 'X', tahun: '2024', sasaran: [] }); //!> MODEL_TIDAK_VALID
 * ```
 */
export function bacaLaporan(data: unknown): Laporan {
  return bacaModel(Laporan, data, 'Laporan');
}
