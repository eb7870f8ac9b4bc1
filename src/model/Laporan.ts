import * as z from 'zod';
import { type FormatAngka, periksaFormat } from '../angka/parseAngka.js';
import { bekukanDalam } from '../aturan/bekukan.js';
import { bacaSkema } from '../galat/bacaSkema.js';
import { sambungJalur } from '../galat/jalur.js';
import { bacaObjek, kodeUtama, ringkasMasalah, teksMasukan } from '../galat/masukan.js';
import { isSakipError, type Masalah, SakipError } from '../galat/SakipError.js';
import { bacaPohonAnggaran, NodeAnggaran } from './Anggaran.js';
import { denganFormat, SkemaAngka, SkemaAngkaOpsional } from './angka.js';
import { Sasaran } from './Indikator.js';

/** One unit's survey result in a report's SKM section. */
const UnitSkm = z.strictObject({
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
export const BagianSkm = z.strictObject({
  /**
   * The SKM rule set the report follows: an id of `ATURAN_SKM` (`'PERMENPANRB_14_2017'`, default;
   * `'KEPMENPAN_25_2004'`). Its mutu table grades the report's IKM.
   */
  aturan: z.string().min(1).optional(),
  ikm: SkemaAngkaOpsional.optional(),
  nilai: SkemaAngkaOpsional.optional(),
  mutu: z.string().optional(),
  responden: z.number().int().nonnegative().optional(),
  unit: z.array(UnitSkm).optional(),
});

/**
 * A report's IKPA section: the rule (an id of `ATURAN_IKPA`; absent: the one in force in the report's
 * `tahun`) and the indicator values (null: not applicable to the satker).
 *
 * @example
 * ```ts
 * import { BagianIkpa } from 'sakip';
 * BagianIkpa.parse({ aturan: 'PER_5_PB_2022', nilai: { revisiDipa: 100, belanjaKontraktual: null } }).nilai; //=> { revisiDipa: '100', belanjaKontraktual: null }
 * ```
 */
export const BagianIkpa = z.strictObject({
  aturan: z.string().min(1).optional(),
  nilai: z.record(z.string(), SkemaAngkaOpsional),
  /** SPM under dispensation per mil, for rules that deduct it (PER-5/PB/2024). */
  dispensasiPermil: SkemaAngka.optional(),
});

/**
 * A figure as printed in the report (angka tercetak), kept as text so that its rounding can be judged:
 * `rujukan` names the quantity in the grammar of `docs/audit.md` (`indikator/IKU-2/capaian`,
 * `sasaran/S1/penyerapan`, `anggaran/<kode atau nama>/realisasi`, …), `teks` is the figure as printed
 * (a number in the report's format, or a label: a predikat, a mutu, "Efisien"), `lokasi` the table or
 * page. A `-` cell is read as zero only where the table means it (`stripNol: true`); otherwise it
 * cannot be checked. The audit derives the kind of quantity from the path.
 *
 * @example
 * ```ts
 * import { AngkaTercetak } from 'sakip';
 * AngkaTercetak.parse({ rujukan: 'indikator/IKU-2/capaian', teks: '55,72', lokasi: 'Tabel 3.1.1' }).teks; //=> '55,72'
 * AngkaTercetak.safeParse({ rujukan: 'indikator/IKU-2/capaian', teks: '55,72', besaran: 'capaian' }).success; //=> false
 * ```
 */
export const AngkaTercetak = z.strictObject({
  rujukan: z
    .string()
    .min(1)
    .max(1000)
    .describe(
      'Besaran yang dicetak (tata rujukan, docs/audit.md): indikator/<id>/<b> (b: target, realisasi, capaian, ' +
        'predikat, capaianRenstra, targetRenstra, perubahanTahunan; alias sasaran/<sid>/indikator/<id>/<b>); ' +
        'indikator/<id>/riwayat/<tahun>/realisasi; sasaran/<sid>/<b> (capaian, predikat, pagu, realisasi, sisa, ' +
        'persentaseSisa, penyerapan, efisiensi, nilaiEfisiensi, paguKaliCapaian, selisihEfisiensi, efisien); ' +
        'anggaran/<kode atau nama>/<b> (pagu, realisasi, sisa, persentaseSisa, penyerapan, capaian) dan ' +
        'anggaran/<kode atau nama>/indikator/<id>/<b>; laporan/rataRata/<b> (target, realisasi, capaian, predikat); ' +
        'laporan/<b> (pagu, realisasi, sisa, persentaseSisa, penyerapan); skm/<b>, skm/unit/<nama>/<b> (nilai, ikm, ' +
        'mutu); skm/unsur/<n>/<b> (nrr, nilai); ikpa/<b> (nilai, predikat); ikpa/indikator/<id>/<b> (nilai, ' +
        'tertimbang); ikpa/aspek/<nama>; nka/nilai. Nama simpul boleh memuat "/".',
    ),
  teks: z
    .string()
    .max(200)
    .describe('Angka atau label persis seperti tercetak: "55,72", "1.090.111.598,00", "Sangat Baik".'),
  lokasi: z.string().optional().describe('Tabel atau halaman tempat angka tercetak.'),
  format: z.enum(['id', 'en']).optional().describe('Format angka ini bila berbeda dari format laporan.'),
  stripNol: z.boolean().optional().describe('Tanda "-" (atau sel kosong) berarti nol di sini (kolom uang).'),
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
export const Laporan = z.strictObject({
  /** Where the report's JSON Schema is (editors use it); ignored by sakip. */
  $schema: z.string().optional(),
  instansi: z.string().min(1),
  tahun: z.number().int().min(2000).max(2100),
  /**
   * How the report's numbers are written: `'id'` (default: `6.811.847.000`, `80,43`) or `'en'`. One
   * value may override it: `{ "angka": "92.711", "format": "en" }`.
   */
  format: z.enum(['id', 'en']).default('id'),
  jenis: z.string().optional(),
  sasaran: z.array(Sasaran),
  anggaran: z.array(NodeAnggaran).default([]),
  skm: BagianSkm.optional(),
  ikpa: BagianIkpa.optional(),
  /**
   * The rules the report says it follows, by id: its band table (`SKALA`), its efficiency rule
   * (`ATURAN_EFISIENSI`) and its rounding policy (`KEBIJAKAN_PEMBULATAN`). `hitungLaporan` uses them
   * when its options do not name others; the audit prints them.
   */
  aturan: z
    .strictObject({
      skala: z.string().min(1).optional().describe('Id tabel predikat (SKALA), mis. PERMENDAGRI_54_2010.'),
      efisiensi: z
        .string()
        .min(1)
        .optional()
        .describe('Id aturan efisiensi (ATURAN_EFISIENSI): PMK_214_2017, BARITO_KUALA_2023, TANPA_BATAS.'),
      kebijakan: z
        .string()
        .min(1)
        .optional()
        .describe('Id kebijakan pembulatan (KEBIJAKAN_PEMBULATAN): TEPAT, SETENGAH_ATAS, POTONG, BERTAHAP.'),
    })
    .optional()
    .describe(
      'Aturan yang dinyatakan laporan, dengan id; dipakai hitungLaporan dan auditLaporan bila opsi tidak menyebut yang lain.',
    ),
  tercetak: z
    .array(AngkaTercetak)
    .default([])
    .describe('Setiap angka yang tercetak, dalam urutan laporan; diperiksa auditLaporan (docs/audit.md).'),
});
// The schema the reader uses: the budget tree left to bacaPohonAnggaran (zod recursion would overflow
// the stack on a deep tree and loop on a cyclic one).
const LaporanDatar = Laporan.extend({ anggaran: z.array(z.unknown()).default([]) });

/** See {@link Laporan}. */
export type Laporan = z.infer<typeof Laporan>;
/** The input form of {@link Laporan} (numbers as {@link Angka}, as in a JSON file). */
export type LaporanMasukan = z.input<typeof Laporan>;

/**
 * Validates data against a model schema (baca model) and returns the parsed value; the input is not
 * changed. Strings are read in the document's number format (`format`, default `'id'`, as report files
 * are written). Every problem is reported with its path in one `MODEL_TIDAK_VALID` error
 * (`galat.masalah`); unknown keys name the nearest known key.
 *
 * @example
 * ```ts
 * import { bacaModel, Indikator } from 'sakip';
 * bacaModel(Indikator, { id: 'a', nama: 'b', target: '69,02', realisasi: '92,71' }).target; //=> '69.02'
 * bacaModel(Indikator, { id: 'a', nama: 'b', target: '92.711' }).target; //=> '92711'
 * bacaModel(Indikator, { id: 'a', nama: 'b', target: '92.711' }, 'Indikator', { format: 'en' }).target; //=> '92.711'
 * bacaModel(Indikator, { id: 'a', nama: 'b', target: '6,9,02' }); //!> MODEL_TIDAK_VALID
 * bacaModel(Indikator, { id: 'a', nama: 'b', targett: 5 }); //!> MODEL_TIDAK_VALID
 * ```
 */
export function bacaModel<T extends z.ZodType>(
  skema: T,
  data: unknown,
  nama = 'Data',
  opsi: { format?: FormatAngka; lokasi?: string } = {},
): z.output<T> {
  let adaSafeParse = false;
  try {
    adaSafeParse = typeof (skema as { safeParse?: unknown } | undefined)?.safeParse === 'function';
  } catch {
    // A Proxy or getter that throws is not a zod schema.
  }
  if (!adaSafeParse) {
    throw new SakipError('MASUKAN_TIDAK_VALID', `bacaModel butuh skema zod, bukan ${teksMasukan(skema)}.`, {
      masukan: skema,
    });
  }
  const o = bacaObjek(opsi, { nama: 'Opsi bacaModel', kunci: ['format', 'lokasi'] });
  const format = o.format === undefined ? 'id' : periksaFormat(o.format);
  const lokasi = typeof o.lokasi === 'string' && o.lokasi !== '' ? { lokasi: o.lokasi } : {};
  const cara = { kode: 'MODEL_TIDAK_VALID' as const, nama: String(nama), ...lokasi };
  return denganFormat(format, () => bacaSkema(skema, data, cara));
}

/**
 * Reads a report (baca laporan) — e.g. the contents of a JSON file — into a validated, deeply frozen
 * {@link Laporan}: numbers in the report's declared `format` (default `'id'`), strict keys, unique
 * sasaran and indikator ids, every `sasaranId` naming a sasaran. A report already read is returned as
 * it is (so `hitungLaporan(bacaLaporan(x))` reads `x` once).
 *
 * @example
 * ```ts
 * import { bacaLaporan } from 'sakip';
 * bacaLaporan({ instansi: 'X', tahun: 2024, sasaran: [] }).tahun; //=> 2024
 * bacaLaporan({ instansi: 'X', tahun: '2024', sasaran: [] }); //!> MODEL_TIDAK_VALID
 * ```
 */
export function bacaLaporan(data: unknown): Laporan {
  if (typeof data === 'object' && data !== null && TEPERCAYA.has(data)) return data as Laporan;
  const format = formatDeklarasi(data);
  // The budget tree is read by its own iterative reader (any depth; cycles are POHON_SIKLIS), the
  // rest by the schema; problems of both are reported together.
  const masalah: Masalah[] = [];
  const kumpulkan = <T>(baca: () => T): T | undefined => {
    try {
      return baca();
    } catch (e) {
      if (!isSakipError(e) || (e.kode !== 'MODEL_TIDAK_VALID' && e.kode !== 'ANGKA_DI_LUAR_JANGKAUAN'))
        throw e;
      masalah.push(...e.masalah);
      return undefined;
    }
  };
  const datar = kumpulkan(() => bacaModel(LaporanDatar, data, 'Laporan', { format }));
  const anggaran = kumpulkan(() =>
    denganFormat(format, () => bacaPohonAnggaran(datar?.anggaran ?? [], { lokasi: 'anggaran' })),
  );
  if (datar === undefined || anggaran === undefined) {
    throw new SakipError(
      kodeUtama('MODEL_TIDAK_VALID', masalah),
      `Laporan tidak valid: ${ringkasMasalah(masalah)}`,
      {
        masukan: data,
        masalah,
      },
    );
  }
  const laporan: Laporan = { ...datar, anggaran };
  masalah.push(...periksaRujukan(laporan));
  if (masalah.length > 0) {
    throw new SakipError('MODEL_TIDAK_VALID', `Laporan tidak valid: ${ringkasMasalah(masalah)}`, {
      masukan: data,
      masalah,
    });
  }
  bekukanDalam(laporan);
  TEPERCAYA.add(laporan);
  return laporan;
}

// Reports read by bacaLaporan (deeply frozen, so they cannot change after the check): trusted as they
// are, never read twice.
const TEPERCAYA = new WeakSet<object>();

/** The report's declared number format, read before the rest (an invalid one is reported by the schema). */
function formatDeklarasi(data: unknown): FormatAngka {
  if (typeof data !== 'object' || data === null) return 'id';
  try {
    return Reflect.getOwnPropertyDescriptor(data, 'format')?.value === 'en' ? 'en' : 'id';
  } catch (e) {
    throw new SakipError('MODEL_TIDAK_VALID', 'Laporan tidak dapat dibaca (objek Proxy atau sejenisnya).', {
      masukan: data,
      cause: e,
    });
  }
}

/**
 * Ids a report refers to: sasaran and indikator ids must be unique (money and means would otherwise
 * count twice), and every `sasaranId` of the budget tree must name a sasaran (otherwise its money
 * would silently fall out of every sasaran).
 */
function periksaRujukan(laporan: Laporan): Masalah[] {
  const masalah: Masalah[] = [];
  const sasaran = new Map<string, number>();
  const indikator = new Map<string, string>();
  laporan.sasaran.forEach((s, i) => {
    const lokasi = `sasaran[${i}]`;
    const lain = sasaran.get(s.id);
    if (lain !== undefined) {
      masalah.push({ lokasi: `${lokasi}.id`, pesan: `id sasaran "${s.id}" sudah dipakai sasaran[${lain}].` });
    } else sasaran.set(s.id, i);
    s.indikator.forEach((ind, j) => {
      const di = `${lokasi}.indikator[${j}]`;
      const sebelumnya = indikator.get(ind.id);
      if (sebelumnya !== undefined) {
        masalah.push({
          lokasi: `${di}.id`,
          pesan: `id indikator "${ind.id}" sudah dipakai di ${sebelumnya}.`,
        });
      } else indikator.set(ind.id, di);
    });
  });
  const tumpuk = laporan.anggaran.map((n, i) => ({ n, lokasi: `anggaran[${i}]` }));
  while (tumpuk.length > 0) {
    const { n, lokasi } = tumpuk.pop()!;
    (n.sasaranId ?? []).forEach((id, k) => {
      if (!sasaran.has(id)) {
        masalah.push({
          lokasi: `${sambungJalur(lokasi, 'sasaranId')}[${k}]`,
          pesan: `sasaran "${id}" tidak ada di laporan (sasaran: ${[...sasaran.keys()].join(', ') || '—'}).`,
        });
      }
    });
    n.anak.forEach((a, i) => {
      tumpuk.push({ n: a, lokasi: `${sambungJalur(lokasi, 'anak')}[${i}]` });
    });
  }
  return masalah;
}
