// The shapes of an audit (jenis audit): what `auditLaporan` returns for each printed figure, and the
// names of the habits and causes it reports. Types only: the engine is in `audit.ts`.

import type { TemuanAnggaran } from '../anggaran/inti/rekap.js';
import type { Decimal } from '../angka/Decimal.js';
import type { HasilLaporan } from '../laporan/hitungLaporan.js';

/**
 * The verdict on one printed figure (status temuan):
 * - `'cocok'`: the printed value is the exact value rounded half-up at the decimals it is printed with
 *   (at least the usual decimals of its quantity), or the same label;
 * - `'cocok-dengan-kebiasaan'`: it matches only under a named habit (truncation, integer display,
 *   computed from rounded inputs, ratio printed as percent, …);
 * - `'salah'`: no habit explains it; the expected value, the difference and a likely cause are given;
 * - `'tidak-dapat-diperiksa'`: the path does not resolve, an input is missing, or the quantity is not
 *   computable (target 0 …); the reason is given.
 */
export type StatusTemuan = 'cocok' | 'cocok-dengan-kebiasaan' | 'salah' | 'tidak-dapat-diperiksa';

/**
 * The statuses, in the order summaries list them.
 *
 * @example
 * ```ts
 * import { STATUS_TEMUAN } from 'sakip';
 * STATUS_TEMUAN; //=> ['cocok', 'cocok-dengan-kebiasaan', 'salah', 'tidak-dapat-diperiksa']
 * ```
 */
export const STATUS_TEMUAN: readonly StatusTemuan[] = Object.freeze([
  'cocok',
  'cocok-dengan-kebiasaan',
  'salah',
  'tidak-dapat-diperiksa',
] as const);

/**
 * The kind of quantity a printed figure is (besaran), derived from its `rujukan`: habits are
 * inferred per kind ("capaian dipotong 2 desimal; penyerapan setengah-atas").
 */
export type BesaranAudit =
  | 'target'
  | 'realisasi'
  | 'capaian'
  | 'rataRata'
  | 'perubahan'
  | 'penyerapan'
  | 'persentaseSisa'
  | 'rupiah'
  | 'efisiensi'
  | 'nilaiEfisiensi'
  | 'skm'
  | 'ikpa'
  | 'nka'
  | 'predikat'
  | 'mutu'
  | 'kategori';

/**
 * A habit under which a printed figure matches (kode kebiasaan):
 * - display of the exact value: `'potong'` (truncated), `'nol-di-belakang'` (rounded at the usual
 *   decimals and written with more: 55,730 for 55,73), `'tampilan-bulat'` (integer display),
 *   `'desimal-lebih-sedikit'` (fewer decimals than usual). Half-even needs no name: it always
 *   prints what half-up or truncation prints;
 * - the computation: `'dari-masukan-dibulatkan'` (computed from rounded inputs),
 *   `'dari-angka-tercetak'` (computed from the inputs as the report prints them: e.g. the mean of
 *   printed values), `'rata-rata-anak'` (a parent's percentage as the mean of its children's, not the
 *   ratio of sums), `'rasio-sebagai-persen'` (a ratio printed with a % label), `'aturan-lain'` (a rule
 *   other than the report's, e.g. efficiency without the ±20 bound or with capaian capped at 100),
 *   `'perubahan-relatif'` (a change printed relative instead of in points), `'tanpa-tanda'` (a
 *   negative value printed without its sign, as a "penurunan").
 */
export type KodeKebiasaan =
  | 'potong'
  | 'nol-di-belakang'
  | 'tampilan-bulat'
  | 'desimal-lebih-sedikit'
  | 'dari-masukan-dibulatkan'
  | 'dari-angka-tercetak'
  | 'rata-rata-anak'
  | 'rasio-sebagai-persen'
  | 'aturan-lain'
  | 'perubahan-relatif'
  | 'tanpa-tanda';

/** A habit as applied to one figure: its code(s), the decimals, and a sentence. */
export interface Kebiasaan {
  /** The habits, in the order they were applied (a computation habit, then a display one). */
  kode: readonly KodeKebiasaan[];
  /** The decimals the value was shown with. */
  desimal: number;
  /** The habit in words: "dipotong 2 desimal", "rasio dicetak sebagai persen, 3 desimal setengah-atas". */
  pesan: string;
}

/**
 * A likely cause of a wrong figure (penyebab salah), when cheap to detect:
 * `'digit-tertukar'` (two adjacent digits swapped), `'digit-hilang'` (a digit missing or extra),
 * `'koma-bergeser'` (decimal point shifted: 4,11 for 41,10), `'nilai-milik-lain'` (the value of
 * another quantity of the same kind: a sibling's, a neighbour's), `'target-realisasi-tertukar'`,
 * `'predikat-nilai-lain'` (the band of another value), `'nilai-basi'` (computed from another value of
 * an input printed elsewhere in the report, e.g. a draft's), `'tanda-terbalik'` (sign flipped),
 * `'digit-berbeda'` (one digit differs: 2.878.102.655,87 for 2.878.102.665,87).
 */
export type KodePenyebab =
  | 'digit-tertukar'
  | 'digit-hilang'
  | 'koma-bergeser'
  | 'nilai-milik-lain'
  | 'target-realisasi-tertukar'
  | 'predikat-nilai-lain'
  | 'nilai-basi'
  | 'tanda-terbalik'
  | 'digit-berbeda';

/** A likely cause, with a sentence and, when it points at another figure, its path. */
export interface Penyebab {
  kode: KodePenyebab;
  pesan: string;
  /** The other quantity the value belongs to, or the input whose other printed value explains it. */
  rujukanLain?: string;
}

/**
 * Why a figure cannot be checked (alasan tidak dapat diperiksa): `'rujukan-tidak-valid'` (the path does
 * not follow the grammar), `'rujukan-tidak-ditemukan'` (an id, name or year the report does not have),
 * `'masukan-tidak-ada'` (an input of the quantity is missing), `'tidak-dapat-dihitung'` (target 0,
 * value not known yet, outside a table's domain …), `'teks-tidak-terbaca'` (the printed text is not a
 * number or a label of its kind).
 */
export type AlasanTidakDiperiksa =
  | 'rujukan-tidak-valid'
  | 'rujukan-tidak-ditemukan'
  | 'masukan-tidak-ada'
  | 'tidak-dapat-dihitung'
  | 'teks-tidak-terbaca';

interface DasarTemuan {
  /** Position of the figure in `laporan.tercetak` (the finding at index i belongs to figure i). */
  indeks: number;
  rujukan: string;
  /** The printed text, as entered. */
  teks: string;
  lokasi: string | undefined;
  /** The kind of quantity, when the path resolves. */
  besaran: BesaranAudit | undefined;
  /** The verdict in one sentence (Indonesian). */
  pesan: string;
  /** Indexes of other figures of the same quantity printed with another value. */
  bertentangan: readonly number[];
}

/** A figure that matches, exactly or under a habit. */
export interface TemuanCocok extends DasarTemuan {
  status: 'cocok' | 'cocok-dengan-kebiasaan';
  /** The printed value read (a number) or the label. */
  tercetak: Decimal | string;
  /** The exact computed value (unrounded) or the label it gives. */
  nilai: Decimal | string;
  /** For `'cocok-dengan-kebiasaan'`: the habit, and the value under it before display. */
  kebiasaan?: Kebiasaan;
  nilaiKebiasaan?: Decimal | string;
}

/** A wrong figure. */
export interface TemuanSalah extends DasarTemuan {
  status: 'salah';
  tercetak: Decimal | string;
  nilai: Decimal | string;
  /** The expected printed text (half-up, at the decimals printed, in the figure's format). */
  diharapkan: string;
  /** The expected printed text under the report's own habit for this kind, when it has one. */
  diharapkanKebiasaan?: string;
  /** tercetak − expected (printed units); absent for labels. */
  selisih?: Decimal;
  /** Likely causes, most likely first; empty when none is cheap to detect. */
  penyebab: readonly Penyebab[];
}

/** A figure that cannot be checked. */
export interface TemuanTidakDiperiksa extends DasarTemuan {
  status: 'tidak-dapat-diperiksa';
  tercetak: Decimal | string | null;
  alasan: AlasanTidakDiperiksa;
}

/** The finding of one printed figure (temuan audit): one union on `status`. */
export type TemuanAudit = TemuanCocok | TemuanSalah | TemuanTidakDiperiksa;

/**
 * A report's habit for one kind of quantity (kebiasaan besaran), inferred from its figures: the
 * display mode that explains the figures only one mode explains, with the count of such figures.
 */
export interface KebiasaanBesaran {
  besaran: BesaranAudit;
  /** `'campuran'`: both modes have evidence; `'tidak-diketahui'`: no figure tells them apart. */
  mode: 'setengah-atas' | 'potong' | 'campuran' | 'tidak-diketahui';
  /** The most common number of decimals printed. */
  desimal: number;
  /** Figures that only half-up explains / only truncation explains. */
  bukti: { setengahAtas: number; potong: number };
  /** "capaian dipotong 2 desimal". */
  pesan: string;
}

/** One quantity printed with different values in several places (pertentangan). */
export interface Pertentangan {
  rujukan: string;
  /** The figures, by index in `laporan.tercetak`. */
  indeks: readonly number[];
  teks: readonly string[];
  pesan: string;
}

/** Counts by status (ringkasan audit). */
export interface RingkasanAudit {
  jumlah: number;
  cocok: number;
  cocokDenganKebiasaan: number;
  salah: number;
  tidakDapatDiperiksa: number;
  /** Quantities printed with two or more values. */
  pertentangan: number;
}

/** The result of {@link auditLaporan} (hasil audit). */
export interface HasilAudit {
  instansi: string;
  tahun: number;
  /** The rules applied, by id: rounding policy of the computation, band table, efficiency rule, SKM rule. */
  aturan: { kebijakan: string; skala: string | undefined; efisiensi: string; skm: string | undefined };
  ringkasan: RingkasanAudit;
  /** The report's habits per kind of quantity, inferred from its figures. */
  kebiasaan: readonly KebiasaanBesaran[];
  /** One finding per printed figure: `temuan[i]` belongs to `laporan.tercetak[i]`. */
  temuan: readonly TemuanAudit[];
  pertentangan: readonly Pertentangan[];
  /** The budget tree's own findings (a parent's stated total that is not the sum of its children …). */
  pohon: readonly TemuanAnggaran[];
  /** The computed report the figures were checked against. */
  hasil: HasilLaporan;
}
