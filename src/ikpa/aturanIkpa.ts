import { z } from 'zod';
import type { Decimal } from '../angka/Decimal.js';
import { SumberAturan } from '../aturan/status.js';
import { teksMasukan } from '../galat/masukan.js';
import { SakipError } from '../galat/SakipError.js';
import { SkemaAngka } from '../model/angka.js';
import { periksaBobotSeratus, validasiAturan } from './masukan.js';

/**
 * The stable ids of every IKPA indicator that any version weighs (id indikator IKPA), camelCase.
 * The first eight are those of PER-5/PB/2022; the last five only existed in TA 2020–2021.
 *
 * @example
 * ```ts
 * import { ID_INDIKATOR_IKPA } from 'sakip';
 * ID_INDIKATOR_IKPA.length; //=> 13
 * ID_INDIKATOR_IKPA.includes('deviasiHalamanIIIDipa'); //=> true
 * ```
 */
export const ID_INDIKATOR_IKPA = [
  'revisiDipa',
  'deviasiHalamanIIIDipa',
  'penyerapanAnggaran',
  'belanjaKontraktual',
  'penyelesaianTagihan',
  'pengelolaanUpTup',
  'dispensasiSpm',
  'capaianOutput',
  'lpjBendahara',
  'renkas',
  'kesalahanSpm',
  'returSp2d',
  'paguMinus',
] as const;
/** One id of {@link ID_INDIKATOR_IKPA}. */
export type IdIndikatorIkpa = (typeof ID_INDIKATOR_IKPA)[number];

const IdCamel = z
  .string()
  .regex(/^[a-z][A-Za-z0-9]*$/, 'id harus camelCase (huruf/angka, diawali huruf kecil)');

/**
 * One weighted indicator of an IKPA version (indikator IKPA): its id, name, weight in percent, the
 * largest value it takes (100 unless the version lets a sub-score exceed it) and the aspect it
 * belongs to, if the version groups indicators into aspects.
 *
 * @example
 * ```ts
 * import { IndikatorIkpa } from 'sakip';
 * IndikatorIkpa.parse({ id: 'revisiDipa', nama: 'Revisi DIPA', bobot: 10, aspek: 'perencanaan' }).bobot; //=> '10'
 * ```
 */
export const IndikatorIkpa = z.object({
  id: IdCamel,
  nama: z.string().min(1),
  /** Weight in percent; the weights of a version sum to 100. */
  bobot: SkemaAngka.refine((d) => d.gt(0), 'bobot harus lebih dari 0'),
  /** Largest value allowed (default 100). */
  maks: SkemaAngka.refine((d) => d.gt(0), 'maks harus lebih dari 0').optional(),
  /** Id of the aspect (`'perencanaan'`, `'pelaksanaan'`, `'hasil'` in 2022+). */
  aspek: IdCamel.optional(),
});
/** See {@link IndikatorIkpa} (parsed: numbers as Decimal). */
export type IndikatorIkpa = z.infer<typeof IndikatorIkpa>;

/**
 * One row of a deduction table (baris pengurang dispensasi): from `dari` (per mil of SPM under
 * dispensation, inclusive) up to the next row's `dari`, `pengurang` points are deducted.
 *
 * @example
 * ```ts
 * import { BarisPengurang } from 'sakip';
 * BarisPengurang.parse({ dari: '0,1', pengurang: '0,50' }).pengurang; //=> '0.5'
 * ```
 */
export const BarisPengurang = z.object({
  dari: SkemaAngka,
  pengurang: SkemaAngka,
});
/** See {@link BarisPengurang}. */
export type BarisPengurang = z.infer<typeof BarisPengurang>;

/**
 * An IKPA version as data (aturan IKPA): the indicators with their weights (summing to 100), the
 * aspects, the years it applies to, an optional dispensasi deduction table (PER-5/PB/2024), and its
 * source and status. Check a user's own with {@link buatAturanIkpa}; the presets are
 * {@link ATURAN_IKPA}.
 *
 * @example
 * ```ts
 * import { AturanIkpa } from 'sakip';
 * AturanIkpa.safeParse({ versi: 'x' }).success; //=> false
 * ```
 */
export const AturanIkpa = SumberAturan.extend({
  /** Version id, e.g. `'PER-5/PB/2022'`. */
  versi: z.string().min(1),
  nama: z.string().min(1),
  /** Tahun anggaran the version applies to: `dari` … `sampai` (absent: still in force). */
  tahun: z.object({ dari: z.number().int(), sampai: z.number().int().optional() }),
  /** Aspects in print order: id → name. Empty: the version reports no aspect values. */
  aspek: z.array(z.object({ id: IdCamel, nama: z.string().min(1) })).default([]),
  indikator: z.array(IndikatorIkpa).min(1),
  /** Dispensasi SPM as a deduction (per mil → points), ascending by `dari`, first row at 0. */
  pengurangDispensasi: z.array(BarisPengurang).min(1).optional(),
}).superRefine((a, ctx) => {
  periksaBobotSeratus(a.indikator, 'indikator', ctx);
  const aspek = new Set(a.aspek.map((x) => x.id));
  a.indikator.forEach((i, n) => {
    if (i.aspek !== undefined && !aspek.has(i.aspek)) {
      ctx.addIssue({
        code: 'custom',
        path: ['indikator', n, 'aspek'],
        message: `aspek "${i.aspek}" tidak dideklarasikan`,
      });
    }
  });
  if (a.tahun.sampai !== undefined && a.tahun.sampai < a.tahun.dari) {
    ctx.addIssue({ code: 'custom', path: ['tahun'], message: 'tahun.sampai sebelum tahun.dari' });
  }
  const tabel = a.pengurangDispensasi;
  if (tabel) {
    if (!tabel[0]?.dari.isZero()) {
      ctx.addIssue({
        code: 'custom',
        path: ['pengurangDispensasi', 0, 'dari'],
        message: 'baris pertama harus dari 0',
      });
    }
    tabel.forEach((b, n) => {
      const sebelum = tabel[n - 1];
      if (sebelum && !b.dari.gt(sebelum.dari)) {
        ctx.addIssue({ code: 'custom', path: ['pengurangDispensasi', n, 'dari'], message: 'harus naik' });
      }
      if (b.pengurang.isNegative()) {
        ctx.addIssue({
          code: 'custom',
          path: ['pengurangDispensasi', n, 'pengurang'],
          message: 'tidak boleh negatif',
        });
      }
    });
  }
});
/** See {@link AturanIkpa} (parsed: numbers as Decimal). */
export type AturanIkpa = z.infer<typeof AturanIkpa>;
/** The input form of {@link AturanIkpa} (numbers as {@link Angka}). */
export type AturanIkpaMasukan = z.input<typeof AturanIkpa>;

const tervalidasi = new WeakSet<object>();

/**
 * Validates an IKPA rule set (buat aturan IKPA) — shape, unique ids, weights summing to exactly 100,
 * declared aspects, an ascending deduction table — and returns it frozen.
 *
 * @throws {SakipError} `IKPA_ATURAN_TIDAK_VALID`, naming every problem and its field.
 *
 * @example
 * ```ts
 * import { buatAturanIkpa } from 'sakip';
 * const a = buatAturanIkpa({
 *   versi: 'uji', nama: 'Dua indikator', tahun: { dari: 2025 },
 *   sumber: 'contoh', status: 'belum-terverifikasi',
 *   indikator: [{ id: 'penyerapanAnggaran', nama: 'Penyerapan', bobot: 60 }, { id: 'capaianOutput', nama: 'Capaian Output', bobot: 40 }],
 * });
 * a.indikator.length; //=> 2
 * buatAturanIkpa({ ...a, indikator: [{ id: 'capaianOutput', nama: 'Capaian Output', bobot: 90 }] }); //!> IKPA_ATURAN_TIDAK_VALID
 * ```
 */
export function buatAturanIkpa(definisi: unknown): Readonly<AturanIkpa> {
  const a = validasiAturan(AturanIkpa, definisi, 'IKPA_ATURAN_TIDAK_VALID', 'Aturan IKPA');
  const beku = Object.freeze(a);
  tervalidasi.add(beku);
  return beku;
}

/** A rule set already validated by {@link buatAturanIkpa} is not validated again. */
export function pastikanAturanIkpa(aturan: unknown): Readonly<AturanIkpa> {
  if (typeof aturan === 'object' && aturan !== null && tervalidasi.has(aturan)) return aturan as AturanIkpa;
  return buatAturanIkpa(aturan);
}

const N = {
  revisiDipa: 'Revisi DIPA',
  deviasiHalamanIIIDipa: 'Deviasi Halaman III DIPA',
  penyerapanAnggaran: 'Penyerapan Anggaran',
  belanjaKontraktual: 'Belanja Kontraktual (Data Kontrak)',
  penyelesaianTagihan: 'Penyelesaian Tagihan',
  pengelolaanUpTup: 'Pengelolaan UP dan TUP',
  dispensasiSpm: 'Dispensasi SPM',
  capaianOutput: 'Capaian Output',
  lpjBendahara: 'LPJ Bendahara',
  renkas: 'Perencanaan Kas (Renkas)',
  kesalahanSpm: 'Kesalahan SPM (Pengembalian SPM)',
  returSp2d: 'Retur SP2D',
  paguMinus: 'Pagu Minus',
} satisfies Record<IdIndikatorIkpa, string>;

const ind = (id: IdIndikatorIkpa, bobot: number, aspek?: string) =>
  aspek === undefined ? { id, nama: N[id], bobot } : { id, nama: N[id], bobot, aspek };

const ASPEK_2022 = [
  { id: 'perencanaan', nama: 'Kualitas Perencanaan Anggaran' },
  { id: 'pelaksanaan', nama: 'Kualitas Pelaksanaan Anggaran' },
  { id: 'hasil', nama: 'Kualitas Hasil Pelaksanaan Anggaran' },
];

const SUMBER_2020_2021 =
  'Surat KPPN Kotabumi S-168/WPB.08/KP.03/2021 (31 Maret 2021): tabel "Bobot TA 2020 / Bobot TA 2021" ' +
  'reformulasi IKPA menurut PER-4/PB/2021; RUMUS.md §8';
const CATATAN_ASPEK_2021 =
  'TA 2020–2021 menilai 4 aspek (kesesuaian perencanaan 15%, kepatuhan regulasi 28%, efisiensi 47%, ' +
  'efektivitas 10% — angka TA 2020, artikel KPPN Pekanbaru "Perubahan Aspek dan Indikator Kinerja pada IKPA 2022"), ' +
  'tetapi pengelompokan indikator ke aspek tidak terbaca pasti: versi ini tidak mengeluarkan nilai aspek. ' +
  '"Kesalahan SPM" disebut juga "Pengembalian SPM". Nilai maksimum tiap indikator 100 (belum-terverifikasi).';

/**
 * The IKPA versions (aturan IKPA) shipped with sakip, by key:
 * - `PER_4_PB_2020` — TA 2020, 13 indicators (terverifikasi: weights);
 * - `PER_4_PB_2021` — TA 2021, the same 13 indicators reweighted (terverifikasi: weights);
 * - `PER_5_PB_2022` — TA 2022–2023, 8 indicators in 3 aspects (terverifikasi: weights and aspects);
 * - `PER_5_PB_2024` — TA 2024 onward, 7 weighted indicators; dispensasi SPM becomes a deduction by
 *   per-mil table (sesuai-praktik).
 *
 * @example
 * ```ts
 * import { ATURAN_IKPA } from 'sakip';
 * ATURAN_IKPA.PER_5_PB_2022.indikator.map((i) => i.id); //=> ['revisiDipa', 'deviasiHalamanIIIDipa', 'penyerapanAnggaran', 'belanjaKontraktual', 'penyelesaianTagihan', 'pengelolaanUpTup', 'dispensasiSpm', 'capaianOutput']
 * ATURAN_IKPA.PER_5_PB_2024.pengurangDispensasi?.map((b) => [b.dari, b.pengurang]); //=> [['0', '0'], ['0.01', '0.25'], ['0.1', '0.5'], ['1', '0.75'], ['5', '1']]
 * ATURAN_IKPA.PER_4_PB_2021.status; //=> 'terverifikasi'
 * ```
 */
export const ATURAN_IKPA = {
  PER_4_PB_2020: buatAturanIkpa({
    versi: 'PER-4/PB/2020',
    nama: 'IKPA TA 2020 (13 indikator)',
    tahun: { dari: 2020, sampai: 2020 },
    sumber: SUMBER_2020_2021,
    status: 'terverifikasi',
    catatan: CATATAN_ASPEK_2021,
    indikator: [
      ind('revisiDipa', 5),
      ind('deviasiHalamanIIIDipa', 5),
      ind('penyerapanAnggaran', 15),
      ind('belanjaKontraktual', 15),
      ind('penyelesaianTagihan', 12),
      ind('pengelolaanUpTup', 8),
      ind('dispensasiSpm', 5),
      ind('capaianOutput', 10),
      ind('lpjBendahara', 5),
      ind('renkas', 5),
      ind('kesalahanSpm', 5),
      ind('returSp2d', 5),
      ind('paguMinus', 5),
    ],
  }),
  PER_4_PB_2021: buatAturanIkpa({
    versi: 'PER-4/PB/2021',
    nama: 'IKPA TA 2021 (13 indikator, reformulasi 2021)',
    tahun: { dari: 2021, sampai: 2021 },
    sumber: SUMBER_2020_2021,
    status: 'terverifikasi',
    catatan: CATATAN_ASPEK_2021,
    indikator: [
      ind('revisiDipa', 5),
      ind('deviasiHalamanIIIDipa', 5),
      ind('penyerapanAnggaran', 15),
      ind('belanjaKontraktual', 10),
      ind('penyelesaianTagihan', 10),
      ind('pengelolaanUpTup', 8),
      ind('dispensasiSpm', 5),
      ind('capaianOutput', 17),
      ind('lpjBendahara', 5),
      ind('renkas', 5),
      ind('kesalahanSpm', 5),
      ind('returSp2d', 5),
      ind('paguMinus', 5),
    ],
  }),
  PER_5_PB_2022: buatAturanIkpa({
    versi: 'PER-5/PB/2022',
    nama: 'IKPA TA 2022–2023 (reformulasi 2022: 8 indikator, 3 aspek)',
    tahun: { dari: 2022, sampai: 2023 },
    sumber:
      'PER-5/PB/2022; DJPb "Reformulasi IKPA 2022 — Buku Saku" dan artikel KPPN Pekanbaru "Perubahan Aspek dan ' +
      'Indikator Kinerja pada IKPA 2022" (aspek 20/55/25); RUMUS.md §8',
    status: 'terverifikasi',
    catatan:
      'Nilai aspek dalam laporan = rata-rata sederhana nilai indikatornya (terverifikasi: 84,36 dan 98,14, RUMUS.md §8). ' +
      'Nilai maksimum tiap indikator 100 (belum-terverifikasi).',
    aspek: ASPEK_2022,
    indikator: [
      ind('revisiDipa', 10, 'perencanaan'),
      ind('deviasiHalamanIIIDipa', 10, 'perencanaan'),
      ind('penyerapanAnggaran', 20, 'pelaksanaan'),
      ind('belanjaKontraktual', 10, 'pelaksanaan'),
      ind('penyelesaianTagihan', 10, 'pelaksanaan'),
      ind('pengelolaanUpTup', 10, 'pelaksanaan'),
      ind('dispensasiSpm', 5, 'pelaksanaan'),
      ind('capaianOutput', 25, 'hasil'),
    ],
  }),
  PER_5_PB_2024: buatAturanIkpa({
    versi: 'PER-5/PB/2024',
    nama: 'IKPA TA 2024 dan seterusnya (dispensasi SPM sebagai pengurang)',
    tahun: { dari: 2024 },
    sumber:
      'PER-5/PB/2024 sebagaimana dipraktikkan (RUMUS.md §8; simulator-ikpa memakai bobot dan tabel yang sama)',
    status: 'sesuai-praktik',
    catatan:
      'Dispensasi SPM tidak berbobot: pengurang nilai akhir menurut rasio SPM dispensasi per mil. Tabel tercetak ' +
      '0 → 0; 0,01–0,099 → 0,25; 0,1–0,99 → 0,50; 1–4,99 → 0,75; ≥ 5 → 1,00 meninggalkan celah (mis. 0,005; ' +
      '0,0995): dibaca sebagai batas bawah (≥ 0,01 → 0,25 …), sehingga 0 < rasio < 0,01 → 0, sama dengan ' +
      'simulator-ikpa. Nilai maksimum tiap indikator 100 (belum-terverifikasi).',
    aspek: ASPEK_2022,
    indikator: [
      ind('revisiDipa', 10, 'perencanaan'),
      ind('deviasiHalamanIIIDipa', 15, 'perencanaan'),
      ind('penyerapanAnggaran', 20, 'pelaksanaan'),
      ind('belanjaKontraktual', 10, 'pelaksanaan'),
      ind('penyelesaianTagihan', 10, 'pelaksanaan'),
      ind('pengelolaanUpTup', 10, 'pelaksanaan'),
      ind('capaianOutput', 25, 'hasil'),
    ],
    pengurangDispensasi: [
      { dari: 0, pengurang: 0 },
      { dari: '0,01', pengurang: '0,25' },
      { dari: '0,1', pengurang: '0,50' },
      { dari: 1, pengurang: '0,75' },
      { dari: 5, pengurang: 1 },
    ],
  }),
} as const;

/** Key of a preset in {@link ATURAN_IKPA}. */
export type KunciAturanIkpa = keyof typeof ATURAN_IKPA;

const DAFTAR = Object.values(ATURAN_IKPA);

/**
 * The IKPA version for a tahun anggaran (aturan IKPA menurut tahun): 2020 → PER-4/PB/2020,
 * 2021 → PER-4/PB/2021, 2022–2023 → PER-5/PB/2022, 2024 onward → PER-5/PB/2024.
 *
 * @throws {SakipError} `IKPA_TAHUN_TIDAK_DIKENAL` for a year before 2020 or not an integer.
 *
 * @example
 * ```ts
 * import { aturanIkpaTahun } from 'sakip';
 * aturanIkpaTahun(2023).versi; //=> 'PER-5/PB/2022'
 * aturanIkpaTahun(2025).versi; //=> 'PER-5/PB/2024'
 * aturanIkpaTahun(2019); //!> IKPA_TAHUN_TIDAK_DIKENAL
 * ```
 */
export function aturanIkpaTahun(tahun: number): Readonly<AturanIkpa> {
  const a = Number.isInteger(tahun)
    ? DAFTAR.find((x) => tahun >= x.tahun.dari && (x.tahun.sampai === undefined || tahun <= x.tahun.sampai))
    : undefined;
  if (!a) {
    throw new SakipError(
      'IKPA_TAHUN_TIDAK_DIKENAL',
      `Tidak ada versi IKPA untuk tahun anggaran ${teksMasukan(tahun)}; sakip mengenal TA 2020 ke atas. ` +
        'Berikan aturan sendiri lewat opsi versi.',
      { masukan: tahun },
    );
  }
  return a;
}

/**
 * The IKPA version with a given id (aturan IKPA menurut versi): `'PER-4/PB/2020'`, `'PER-4/PB/2021'`,
 * `'PER-5/PB/2022'` or `'PER-5/PB/2024'`.
 *
 * @throws {SakipError} `IKPA_VERSI_TIDAK_DIKENAL`.
 *
 * @example
 * ```ts
 * import { aturanIkpaVersi } from 'sakip';
 * aturanIkpaVersi('PER-5/PB/2024').tahun; //=> { dari: 2024 }
 * aturanIkpaVersi('PER-9/PB/2030'); //!> IKPA_VERSI_TIDAK_DIKENAL
 * ```
 */
export function aturanIkpaVersi(versi: string): Readonly<AturanIkpa> {
  const a = DAFTAR.find((x) => x.versi === versi);
  if (!a) {
    throw new SakipError(
      'IKPA_VERSI_TIDAK_DIKENAL',
      `Versi IKPA ${teksMasukan(versi)} tidak dikenal; yang dikenal: ${DAFTAR.map((x) => x.versi).join(', ')}.`,
      { masukan: versi },
    );
  }
  return a;
}

/** The deduction for a per-mil ratio: the row with the largest `dari` ≤ ratio. */
export function pengurangMenurutTabel(tabel: readonly BarisPengurang[], permil: Decimal): Decimal {
  let hasil = tabel[0]?.pengurang;
  for (const b of tabel) if (permil.gte(b.dari)) hasil = b.pengurang;
  return hasil as Decimal;
}
