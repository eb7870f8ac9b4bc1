import * as z from 'zod';
import type { Decimal } from '../angka/Decimal.js';
import {
  type Aturan,
  bekukanPreset,
  buatAturan,
  IdentitasAturan,
  type JenisAturan,
} from '../aturan/aturan.js';
import type { Masalah } from '../galat/SakipError.js';
import { SkemaAngka } from '../model/angka.js';
import { BobotPositif, type Definisi, IdCamel, periksaBobot } from './masukan.js';

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
export const ID_INDIKATOR_IKPA = Object.freeze([
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
] as const);
/** One id of {@link ID_INDIKATOR_IKPA}. */
export type IdIndikatorIkpa = (typeof ID_INDIKATOR_IKPA)[number];

/**
 * One weighted indicator of an IKPA rule set (indikator IKPA): its id, name, weight in percent, the
 * largest value it takes (100 unless the rule lets a sub-score exceed it) and the aspect it belongs
 * to, if the rule groups indicators into aspects.
 */
export interface IndikatorIkpa {
  readonly id: string;
  readonly nama: string;
  /** Weight in percent; the weights of a rule set sum to exactly 100. */
  readonly bobot: Decimal;
  /** Largest value allowed (absent: 100). */
  readonly maks?: Decimal | undefined;
  /** Id of the aspect (`'perencanaan'`, `'pelaksanaan'`, `'hasil'` in 2022+). */
  readonly aspek?: string | undefined;
}

/** One aspect of an IKPA rule set (aspek IKPA): id and name, in print order. */
export interface AspekIkpa {
  readonly id: string;
  readonly nama: string;
}

/**
 * One row of a deduction table (baris pengurang dispensasi): from `dari` (per mil of SPM under
 * dispensation, inclusive) up to the next row's `dari`, `pengurang` points are deducted.
 */
export interface BarisPengurang {
  readonly dari: Decimal;
  readonly pengurang: Decimal;
}

/** The payload of an IKPA rule set (isi aturan IKPA), beside its identity. */
export interface IsiAturanIkpa {
  /** Aspects in print order. Empty: the rule reports no aspect values. */
  readonly aspek: readonly AspekIkpa[];
  /** The weighted indicators, in print order; weights sum to exactly 100. */
  readonly indikator: readonly IndikatorIkpa[];
  /** Dispensasi SPM as a deduction (per mil → points), ascending by `dari`, first row at 0. */
  readonly pengurangDispensasi?: readonly BarisPengurang[] | undefined;
}

const ISI_IKPA = {
  aspek: z
    .array(z.strictObject({ id: IdCamel, nama: z.string().min(1).max(300) }))
    .max(100)
    .default([]),
  indikator: z
    .array(
      z.strictObject({
        id: IdCamel,
        nama: z.string().min(1).max(300),
        bobot: BobotPositif,
        maks: SkemaAngka.refine((d) => d.gt(0), 'maks harus lebih dari 0').optional(),
        aspek: IdCamel.optional(),
      }),
    )
    .min(1)
    .max(100),
  pengurangDispensasi: z
    .array(z.strictObject({ dari: SkemaAngka, pengurang: SkemaAngka }))
    .min(1)
    .max(100)
    .optional(),
};

function periksaIkpa(a: IsiAturanIkpa): { masalah: Masalah[] } {
  const masalah = periksaBobot(a.indikator, 'indikator');
  const aspek = new Set<string>();
  a.aspek.forEach((x, n) => {
    if (aspek.has(x.id)) masalah.push({ lokasi: `aspek[${n}].id`, pesan: `id aspek ganda: ${x.id}.` });
    aspek.add(x.id);
  });
  a.indikator.forEach((i, n) => {
    if (i.aspek !== undefined && !aspek.has(i.aspek)) {
      masalah.push({
        lokasi: `indikator[${n}].aspek`,
        pesan: `aspek "${i.aspek}" tidak dideklarasikan di aspek.`,
      });
    }
  });
  const tabel = a.pengurangDispensasi;
  if (tabel) {
    if (!tabel[0]?.dari.isZero()) {
      masalah.push({ lokasi: 'pengurangDispensasi[0].dari', pesan: 'baris pertama harus dari 0.' });
    }
    tabel.forEach((b, n) => {
      const sebelum = tabel[n - 1];
      if (sebelum && !b.dari.gt(sebelum.dari)) {
        masalah.push({
          lokasi: `pengurangDispensasi[${n}].dari`,
          pesan: 'harus lebih besar dari baris sebelumnya.',
        });
      }
      if (b.pengurang.isNegative()) {
        masalah.push({ lokasi: `pengurangDispensasi[${n}].pengurang`, pesan: 'tidak boleh negatif.' });
      }
    });
  }
  return { masalah };
}

/** Internal: the kind of IKPA rule sets (for buatAturan and pilihAturan). Not exported from the package. */
export const JENIS_IKPA: JenisAturan<'ikpa', typeof ISI_IKPA, IsiAturanIkpa> = {
  jenis: 'ikpa',
  nama: 'Aturan IKPA',
  isi: ISI_IKPA,
  periksa: periksaIkpa,
};

/**
 * An IKPA version as a rule set (aturan IKPA): identity (`id`, `nama`, `sumber`, `status`, the years
 * it applies to in `berlaku`, `catatan`) and payload — the indicators with their weights (summing to
 * exactly 100), the aspects, and an optional dispensasi deduction table (PER-5/PB/2024). Presets:
 * {@link ATURAN_IKPA}; one's own: {@link buatAturanIkpa}.
 */
export type AturanIkpa = Aturan<'ikpa', IsiAturanIkpa>;

const SkemaDefinisiIkpa = IdentitasAturan.extend({ jenis: z.literal('ikpa').optional(), ...ISI_IKPA });
/**
 * An IKPA rule set as one writes it (definisi aturan IKPA): numbers as {@link Angka} (`'33,34'`),
 * `aspek` optional. Give it to {@link buatAturanIkpa}, or directly as the `aturan` option of
 * {@link ikpa}.
 */
export type AturanIkpaMasukan = Definisi<z.input<typeof SkemaDefinisiIkpa>>;

/**
 * Validates an IKPA rule set of one's own (buat aturan IKPA) — shape (unknown keys named with the
 * nearest known one), unique ids, weights summing to exactly 100, declared aspects, an ascending
 * deduction table — and returns it deeply frozen. A rule set already built is returned as it is.
 *
 * @throws {SakipError} `ATURAN_TIDAK_VALID`, listing every problem with its path in `masalah`.
 *
 * @example
 * ```ts
 * import { buatAturanIkpa } from 'sakip';
 * const a = buatAturanIkpa({
 *   id: 'SIMULASI', nama: 'Dua indikator', sumber: 'contoh', status: 'belum-terverifikasi',
 *   indikator: [
 *     { id: 'penyerapanAnggaran', nama: 'Penyerapan', bobot: 60 },
 *     { id: 'capaianOutput', nama: 'Capaian Output', bobot: 40 },
 *   ],
 * });
 * a.indikator.map((i) => i.bobot); //=> ['60', '40']
 * Object.isFrozen(a.indikator[0]?.bobot); //=> true
 * buatAturanIkpa({ ...a, indikator: [{ id: 'capaianOutput', nama: 'Capaian Output', bobot: 90 }] }); //!> ATURAN_TIDAK_VALID
 * ```
 */
export function buatAturanIkpa(definisi: AturanIkpaMasukan | AturanIkpa): AturanIkpa {
  return buatAturan(JENIS_IKPA, definisi);
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
  'tetapi pengelompokan indikator ke aspek tidak terbaca pasti: aturan ini tidak mengeluarkan nilai aspek. ' +
  '"Kesalahan SPM" disebut juga "Pengembalian SPM". Nilai maksimum tiap indikator 100 (belum-terverifikasi).';

/**
 * The IKPA versions shipped with sakip (aturan IKPA), deeply frozen, by id. Each carries closed
 * `berlaku` years — a year outside all of them is an error, never a guess:
 * - `PER_4_PB_2020` — TA 2020, 13 indicators (terverifikasi: weights);
 * - `TA_2021` — TA 2021, the same 13 indicators reweighted (terverifikasi: weights);
 * - `PER_5_PB_2022` — TA 2022–2023, 8 indicators in 3 aspects (terverifikasi: weights and aspects);
 * - `PER_5_PB_2024` — TA 2024–2026, 7 weighted indicators; dispensasi SPM becomes a deduction by
 *   per-mil table (sesuai-praktik). 2026 is the last year sakip knows to be under it.
 *
 * @example
 * ```ts
 * import { ATURAN_IKPA } from 'sakip';
 * ATURAN_IKPA.PER_5_PB_2022.indikator.map((i) => i.id); //=> ['revisiDipa', 'deviasiHalamanIIIDipa', 'penyerapanAnggaran', 'belanjaKontraktual', 'penyelesaianTagihan', 'pengelolaanUpTup', 'dispensasiSpm', 'capaianOutput']
 * ATURAN_IKPA.PER_5_PB_2024.pengurangDispensasi?.map((b) => [b.dari, b.pengurang]); //=> [['0', '0'], ['0.01', '0.25'], ['0.1', '0.5'], ['1', '0.75'], ['5', '1']]
 * ATURAN_IKPA.PER_5_PB_2024.berlaku; //=> { dari: 2024, sampai: 2026 }
 * ATURAN_IKPA.TA_2021.status; //=> 'terverifikasi'
 * Object.isFrozen(ATURAN_IKPA.PER_5_PB_2024.pengurangDispensasi?.[1]?.pengurang); //=> true
 * ```
 */
export const ATURAN_IKPA = bekukanPreset({
  PER_4_PB_2020: buatAturanIkpa({
    id: 'PER_4_PB_2020',
    nama: 'PER-4/PB/2020 — IKPA TA 2020 (13 indikator)',
    berlaku: { dari: 2020, sampai: 2020 },
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
  TA_2021: buatAturanIkpa({
    id: 'TA_2021',
    nama: 'IKPA TA 2021 (13 indikator, reformulasi PER-4/PB/2021)',
    berlaku: { dari: 2021, sampai: 2021 },
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
    id: 'PER_5_PB_2022',
    nama: 'PER-5/PB/2022 — IKPA TA 2022–2023 (8 indikator, 3 aspek)',
    berlaku: { dari: 2022, sampai: 2023 },
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
    id: 'PER_5_PB_2024',
    nama: 'PER-5/PB/2024 — IKPA TA 2024 dan seterusnya (dispensasi SPM sebagai pengurang)',
    berlaku: { dari: 2024, sampai: 2026 },
    sumber:
      'PER-5/PB/2024 sebagaimana dipraktikkan (RUMUS.md §8; simulator-ikpa memakai bobot dan tabel yang sama)',
    status: 'sesuai-praktik',
    catatan:
      'Dispensasi SPM tidak berbobot: pengurang nilai akhir menurut rasio SPM dispensasi per mil. Tabel tercetak ' +
      '0 → 0; 0,01–0,099 → 0,25; 0,1–0,99 → 0,50; 1–4,99 → 0,75; ≥ 5 → 1,00 meninggalkan celah (mis. 0,005; ' +
      '0,0995): dibaca sebagai batas bawah (≥ 0,01 → 0,25 …), sehingga 0 < rasio < 0,01 → 0, sama dengan ' +
      'simulator-ikpa. Nilai maksimum tiap indikator 100 (belum-terverifikasi). Berlaku ditutup pada TA 2026, ' +
      'tahun terakhir yang diketahui sakip: untuk tahun sesudahnya sebutkan aturannya (aturan: "PER_5_PB_2024").',
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
});

/** The deduction for a per-mil ratio: the row with the largest `dari` ≤ ratio (internal). */
export function pengurangMenurutTabel(tabel: readonly BarisPengurang[], permil: Decimal): Decimal {
  let hasil = tabel[0]?.pengurang;
  for (const b of tabel) if (permil.gte(b.dari)) hasil = b.pengurang;
  return hasil as Decimal;
}
