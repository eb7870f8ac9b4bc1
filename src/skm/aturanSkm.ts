import * as z from 'zod';
import type { Decimal } from '../angka/Decimal.js';
import { DecimalInti } from '../angka/Decimal.js';
import { type Angka, keDecimal } from '../angka/keDecimal.js';
import {
  type Aturan,
  type BerlakuAturan,
  bekukanPreset,
  buatAturan,
  type JenisAturan,
  pilihAturan,
} from '../aturan/aturan.js';
import { StatusAturan } from '../aturan/status.js';
import { isSakipError, type Masalah } from '../galat/SakipError.js';
import { dariDecimal, NOL, type Pecahan, pecahan, tambah } from './pecahan.js';

/** The mutu (quality grade) codes of an SKM table: `'A'` Sangat Baik … `'D'` Tidak Baik. */
export type MutuSkm = 'A' | 'B' | 'C' | 'D';

/** The codes, best first (internal). */
export const KODE_MUTU = ['A', 'B', 'C', 'D'] as const;

/** Answers are on 1–4 in both regulations (1 tidak baik … 4 sangat baik). */
export const JAWABAN_MIN = 1;
/** See {@link JAWABAN_MIN}. */
export const JAWABAN_MAKS = 4;
/** The most unsur a rule set may have: a survey is a questionnaire, not a data set. */
export const UNSUR_MAKS = 1000;

/**
 * An exact weight as a fraction (bobot pecahan): `1/9` cannot be written as a decimal, so weights
 * are kept as `pembilang / penyebut` (integers, lowest terms).
 */
export interface BobotPecahan {
  readonly pembilang: number;
  readonly penyebut: number;
}

/** One unsur of a built rule set: id, name and its exact weight (unsur aturan SKM). */
export interface UnsurAturanSkm {
  /** Stable key of the unsur (answers in object rows and `nrrPerUnsur` use it). */
  readonly id: string;
  /** The name as the regulation writes it. */
  readonly nama: string;
  readonly bobot: BobotPecahan;
}

/**
 * One row of an SKM mutu table (mutu aturan SKM), on the 25–100 scale: the band holds every value
 * above `bawah` (and `bawah` itself when `bawahInklusif`) up to the next band's bound.
 */
export interface MutuAturanSkm {
  readonly kode: MutuSkm;
  /** Kinerja unit pelayanan: `'Sangat Baik'`, `'Baik'`, `'Kurang Baik'`, `'Tidak Baik'`. */
  readonly kinerja: string;
  /** Lower bound on the 25–100 scale (the lowest band's is `konversi × 1`). */
  readonly bawah: Decimal;
  readonly bawahInklusif: boolean;
  /** What is known of this row (e.g. not verified in the regulation's text). */
  readonly catatan?: string;
}

/** The payload of an SKM rule set, beside its identity (isi aturan SKM). */
export interface IsiAturanSkm {
  /** The unsur, in the regulation's order; weights exact and summing to 1. */
  readonly unsur: readonly UnsurAturanSkm[];
  /**
   * The weight as the regulation prints it for every unsur (`0,111` for 1/9, `0,071` for 1/14); used
   * only when a computation asks for `bobot: 'tercetak'`.
   */
  readonly bobotTercetak?: Decimal;
  /** Factor from the 1–4 index to the 25–100 value (25 in both regulations). */
  readonly konversi: Decimal;
  /** The mutu table, best band first; its bounds rise strictly from D to A. */
  readonly mutu: readonly MutuAturanSkm[];
  /** How sure we are of each part (`'unsur'`, `'bobot'`, `'mutu'`, `'mutu.A'` …), where it differs. */
  readonly rincianStatus: Readonly<Record<string, StatusAturan>>;
}

/**
 * A validated SKM rule set (aturan SKM), as {@link buatAturanSkm} returns it and {@link ATURAN_SKM}
 * holds: deeply frozen, weights exact and summing to 1, the mutu table a partition of
 * `[konversi × 1; konversi × 4]` with the codes A–D once each.
 */
export type AturanSkm = Aturan<'skm', IsiAturanSkm>;

/** One unsur as a definition writes it: its weight an {@link Angka} (`'0,2'`) or a fraction. */
export interface DefinisiUnsurSkm {
  id: string;
  nama: string;
  /** Weight; all unsur or none must have one (none: exactly `1/n` each). */
  bobot?: Angka | BobotPecahan;
}

/** One mutu row as a definition writes it (bounds as {@link Angka}; `bawahInklusif` default true). */
export interface DefinisiMutuSkm {
  kode: MutuSkm;
  kinerja: string;
  bawah: Angka;
  bawahInklusif?: boolean;
  catatan?: string;
}

/**
 * An SKM rule set as a user writes it (definisi aturan SKM): the identity of every rule set (`id`,
 * `nama`, `sumber`, `status`, optional `berlaku`, `catatan`) and the payload — see
 * {@link IsiAturanSkm}. A built {@link AturanSkm} spread and changed is a valid definition.
 */
export interface DefinisiAturanSkm {
  jenis?: 'skm';
  id: string;
  nama: string;
  sumber: string;
  status: StatusAturan;
  berlaku?: BerlakuAturan;
  catatan?: string;
  unsur: readonly DefinisiUnsurSkm[];
  bobotTercetak?: Angka;
  /** Default 25. */
  konversi?: Angka;
  mutu: readonly DefinisiMutuSkm[];
  rincianStatus?: Readonly<Record<string, StatusAturan>>;
}

// ——— schema ———

/** An {@link Angka} inside a rule definition, read as function arguments are ('otomatis' strings). */
function bacaAngka(x: unknown, ctx: z.core.$RefinementCtx<unknown>): Decimal {
  try {
    return keDecimal(x as Angka);
  } catch (e) {
    if (!isSakipError(e)) throw e;
    ctx.addIssue({ code: 'custom', message: e.message, input: x, params: { kode: e.kode } });
    return z.NEVER;
  }
}
const AngkaAturan = z.unknown().transform(bacaAngka);

const BobotPecahanSkema = z.strictObject({
  pembilang: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  penyebut: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
});

/** A weight: `{ pembilang, penyebut }` (an object with either key) or an {@link Angka}. */
const BobotDefinisi = z.unknown().transform((x, ctx): Pecahan => {
  if (
    typeof x === 'object' &&
    x !== null &&
    (Object.hasOwn(x, 'pembilang') || Object.hasOwn(x, 'penyebut'))
  ) {
    const r = BobotPecahanSkema.safeParse(x);
    if (r.success) return pecahan(BigInt(r.data.pembilang), BigInt(r.data.penyebut));
    // Forwarded without their English messages: the caller's locale (bacaSkema's) writes them.
    for (const { message: _m, ...i } of r.error.issues) ctx.addIssue(i as never);
    return z.NEVER;
  }
  const d = bacaAngka(x, ctx);
  return d === z.NEVER ? z.NEVER : dariDecimal(d);
});

const IdUnsur = z.string().min(1).max(100);

const ISI = {
  unsur: z
    .array(z.strictObject({ id: IdUnsur, nama: z.string().min(1).max(300), bobot: BobotDefinisi.optional() }))
    .min(1)
    .max(UNSUR_MAKS),
  bobotTercetak: AngkaAturan.optional(),
  konversi: AngkaAturan.optional(),
  mutu: z
    .array(
      z.strictObject({
        kode: z.enum(KODE_MUTU),
        kinerja: z.string().min(1).max(100),
        bawah: AngkaAturan,
        bawahInklusif: z.boolean().optional(),
        catatan: z.string().max(2000).optional(),
      }),
    )
    .length(KODE_MUTU.length),
  rincianStatus: z
    .record(
      z
        .string()
        .max(100)
        .regex(/^[A-Za-z][A-Za-z0-9_.]*$/),
      StatusAturan,
    )
    .optional(),
};

type IsiMasukan = z.output<z.ZodObject<typeof ISI>>;

const BOBOT_MAKS = BigInt(Number.MAX_SAFE_INTEGER);

/** Checks beyond shape: unique ids, exact weights summing to 1, the mutu table a partition. */
function periksa(isi: IsiMasukan): { masalah?: Masalah[]; hasil?: IsiAturanSkm } {
  const masalah: Masalah[] = [];
  const dilihat = new Set<string>();
  for (let i = 0; i < isi.unsur.length; i++) {
    const id = isi.unsur[i]?.id ?? '';
    if (dilihat.has(id))
      masalah.push({ lokasi: `unsur[${i}].id`, pesan: `id unsur "${id}" dipakai dua kali.` });
    dilihat.add(id);
  }

  let berbobot = 0;
  for (const u of isi.unsur) if (u.bobot !== undefined) berbobot++;
  const n = isi.unsur.length;
  const bobot: Pecahan[] = [];
  if (berbobot !== 0 && berbobot !== n) {
    masalah.push({
      lokasi: 'unsur',
      pesan: `bobot diberikan untuk ${berbobot} dari ${n} unsur; beri bobot semua unsur atau tidak sama sekali (1/n).`,
    });
  } else {
    let jumlah = NOL;
    for (let i = 0; i < n; i++) {
      const b = isi.unsur[i]?.bobot ?? pecahan(1n, BigInt(n));
      if (b.p <= 0n) masalah.push({ lokasi: `unsur[${i}].bobot`, pesan: 'bobot harus lebih dari 0.' });
      else if (b.p > BOBOT_MAKS || b.q > BOBOT_MAKS) {
        masalah.push({
          lokasi: `unsur[${i}].bobot`,
          pesan: 'bobot terlalu rinci (pembilang/penyebut > 2⁵³).',
        });
      }
      bobot.push(b);
      jumlah = tambah(jumlah, b);
    }
    if (masalah.length === 0 && !(jumlah.p === 1n && jumlah.q === 1n)) {
      masalah.push({
        lokasi: 'unsur',
        pesan:
          `jumlah bobot harus tepat 1, bukan ${jumlah.p}/${jumlah.q}; ` +
          'bobot cetak seperti 0,111 dipakai lewat opsi bobot, bukan dalam aturan.',
      });
    }
  }

  const konversi = isi.konversi ?? new DecimalInti(25);
  if (!konversi.gt(0)) masalah.push({ lokasi: 'konversi', pesan: 'konversi harus lebih dari 0.' });
  if (isi.bobotTercetak !== undefined && !isi.bobotTercetak.gt(0)) {
    masalah.push({ lokasi: 'bobotTercetak', pesan: 'bobotTercetak harus lebih dari 0.' });
  }

  const mutu = periksaMutu(isi.mutu, konversi, masalah);
  if (masalah.length > 0) return { masalah };
  return {
    hasil: {
      unsur: isi.unsur.map((u, i) => {
        const b = bobot[i] ?? NOL;
        return { id: u.id, nama: u.nama, bobot: { pembilang: Number(b.p), penyebut: Number(b.q) } };
      }),
      ...(isi.bobotTercetak === undefined ? {} : { bobotTercetak: isi.bobotTercetak }),
      konversi,
      mutu,
      rincianStatus: { ...(isi.rincianStatus ?? {}) },
    },
  };
}

/**
 * The mutu table: A, B, C, D once each; bounds rising strictly from D to A; D starting at
 * `konversi × 1` (inclusive); every bound inside the scale; A not empty. Returned best band first.
 */
function periksaMutu(mutu: IsiMasukan['mutu'], konversi: Decimal, masalah: Masalah[]): MutuAturanSkm[] {
  const baris: MutuAturanSkm[] = [];
  for (const kode of KODE_MUTU) {
    const i = mutu.findIndex((m) => m.kode === kode);
    const m = mutu[i];
    if (m === undefined) {
      masalah.push({
        lokasi: 'mutu',
        pesan: `tabel mutu harus memuat kode A, B, C, D masing-masing sekali (${kode} tidak ada).`,
      });
      continue;
    }
    baris.push({
      kode,
      kinerja: m.kinerja,
      bawah: m.bawah,
      bawahInklusif: m.bawahInklusif ?? true,
      ...(m.catatan === undefined ? {} : { catatan: m.catatan }),
    });
  }
  if (baris.length !== KODE_MUTU.length || !konversi.gt(0)) return baris;
  const bawah = konversi.times(JAWABAN_MIN);
  const atas = konversi.times(JAWABAN_MAKS);
  const lokasi = (kode: MutuSkm) => `mutu[${mutu.findIndex((m) => m.kode === kode)}].bawah`;
  const d = baris[3] as MutuAturanSkm;
  if (!d.bawah.eq(bawah) || !d.bawahInklusif) {
    masalah.push({
      lokasi: lokasi('D'),
      pesan: `baris D harus mulai tepat di konversi × ${JAWABAN_MIN} = ${bawah.toString()} (inklusif).`,
    });
  }
  for (let i = 0; i < 3; i++) {
    const m = baris[i] as MutuAturanSkm;
    const bawahnya = baris[i + 1] as MutuAturanSkm;
    if (!m.bawah.gt(bawahnya.bawah)) {
      masalah.push({
        lokasi: lokasi(m.kode),
        pesan: `batas bawah ${m.kode} (${m.bawah.toString()}) harus lebih dari batas bawah ${bawahnya.kode} (${bawahnya.bawah.toString()}).`,
      });
    }
    if (m.bawah.gt(atas) || (m.bawah.eq(atas) && !m.bawahInklusif)) {
      masalah.push({
        lokasi: lokasi(m.kode),
        pesan: `baris ${m.kode} kosong: batas bawahnya di luar skala ${bawah.toString()}–${atas.toString()}.`,
      });
    }
  }
  return baris;
}

const JENIS_SKM: JenisAturan<'skm', typeof ISI, IsiAturanSkm> = {
  jenis: 'skm',
  nama: 'Aturan SKM',
  isi: ISI,
  periksa,
};

/**
 * Validates an SKM rule set (buat aturan SKM) and returns it deeply frozen: ids unique, all unsur
 * weighted or none (then `1/n` each, exactly), weights positive and summing to exactly 1 (a decimal
 * `'0,2'` or a fraction `{ pembilang, penyebut }`), the mutu table A–D a partition of
 * `[konversi × 1; konversi × 4]`. The definition is not changed; a rule set already built is
 * returned as it is.
 *
 * @throws {SakipError} `ATURAN_TIDAK_VALID`, listing every problem with its path (for weights: their
 * sum).
 *
 * @example
 * ```ts
 * import { ATURAN_SKM, buatAturanSkm } from 'sakip';
 * const p14 = ATURAN_SKM.PERMENPANRB_14_2017;
 * const aturan = buatAturanSkm({
 *   ...p14,
 *   id: 'UNIT_KAMI_2024',
 *   nama: '9 unsur + kebersihan ruang tunggu',
 *   sumber: 'Keputusan Kepala Dinas (contoh)',
 *   status: 'belum-terverifikasi',
 *   unsur: [...p14.unsur.map(({ id, nama }) => ({ id, nama })), { id: 'kebersihan', nama: 'Kebersihan Ruang Tunggu' }],
 *   bobotTercetak: undefined,
 * });
 * aturan.unsur[9]?.bobot; //=> { pembilang: 1, penyebut: 10 }
 * buatAturanSkm({ ...aturan, unsur: [{ id: 'a', nama: 'A', bobot: '0,5' }, { id: 'b', nama: 'B', bobot: '0,4' }] }); //!> ATURAN_TIDAK_VALID
 * ```
 */
export function buatAturanSkm(definisi: DefinisiAturanSkm | AturanSkm): AturanSkm {
  return buatAturan(JENIS_SKM, definisi);
}

// ——— presets ———

const UNSUR_14_2017 = [
  { id: 'persyaratan', nama: 'Persyaratan' },
  { id: 'prosedur', nama: 'Sistem, Mekanisme, dan Prosedur' },
  { id: 'waktu', nama: 'Waktu Penyelesaian' },
  { id: 'biaya', nama: 'Biaya/Tarif' },
  { id: 'produk', nama: 'Produk Spesifikasi Jenis Pelayanan' },
  { id: 'kompetensi', nama: 'Kompetensi Pelaksana' },
  { id: 'perilaku', nama: 'Perilaku Pelaksana' },
  { id: 'pengaduan', nama: 'Penanganan Pengaduan, Saran dan Masukan' },
  { id: 'sarana', nama: 'Sarana dan Prasarana' },
];

const UNSUR_25_2004 = [
  { id: 'prosedur', nama: 'Prosedur pelayanan' },
  { id: 'persyaratan', nama: 'Persyaratan pelayanan' },
  { id: 'kejelasanPetugas', nama: 'Kejelasan petugas pelayanan' },
  { id: 'kedisiplinanPetugas', nama: 'Kedisiplinan petugas pelayanan' },
  { id: 'tanggungJawabPetugas', nama: 'Tanggung jawab petugas pelayanan' },
  { id: 'kemampuanPetugas', nama: 'Kemampuan petugas pelayanan' },
  { id: 'kecepatan', nama: 'Kecepatan pelayanan' },
  { id: 'keadilan', nama: 'Keadilan mendapatkan pelayanan' },
  { id: 'kesopanan', nama: 'Kesopanan dan keramahan petugas' },
  { id: 'kewajaranBiaya', nama: 'Kewajaran biaya pelayanan' },
  { id: 'kepastianBiaya', nama: 'Kepastian biaya pelayanan' },
  { id: 'kepastianJadwal', nama: 'Kepastian jadwal pelayanan' },
  { id: 'kenyamanan', nama: 'Kenyamanan lingkungan' },
  { id: 'keamanan', nama: 'Keamanan pelayanan' },
];

/**
 * The SKM rule sets sakip ships (aturan SKM), keyed by their `id`; deeply frozen (weights and bounds
 * too). Pick one with the option `aturan: 'KEPMENPAN_25_2004'` (default `PERMENPANRB_14_2017`).
 * - `PERMENPANRB_14_2017`: 9 unsur (ids `persyaratan`, `prosedur`, `waktu`, `biaya`, `produk`,
 *   `kompetensi`, `perilaku`, `pengaduan`, `sarana`, in the regulation's order U1–U9), bobot exactly
 *   1/9 (printed 0,111), × 25, mutu by lower-bound thresholds A ≥ 88,31, B ≥ 76,61, C ≥ 65,00, else D.
 * - `KEPMENPAN_25_2004`: 14 unsur, bobot exactly 1/14 (printed 0,071), × 25, its own table
 *   (D ≤ 43,75 < C ≤ 62,50 < B ≤ 81,25 < A; the A row unverified: see `rincianStatus`).
 *
 * @example
 * ```ts
 * import { ATURAN_SKM } from 'sakip';
 * ATURAN_SKM.PERMENPANRB_14_2017.unsur.length; //=> 9
 * ATURAN_SKM.PERMENPANRB_14_2017.unsur[2]; //=> { id: 'waktu', nama: 'Waktu Penyelesaian', bobot: { pembilang: 1, penyebut: 9 } }
 * ATURAN_SKM.PERMENPANRB_14_2017.bobotTercetak; //=> '0.111'
 * ATURAN_SKM.PERMENPANRB_14_2017.mutu.map((m) => `${m.kode} ≥ ${m.bawah}`); //=> ['A ≥ 88.31', 'B ≥ 76.61', 'C ≥ 65', 'D ≥ 25']
 * ATURAN_SKM.KEPMENPAN_25_2004.unsur.length; //=> 14
 * ATURAN_SKM.KEPMENPAN_25_2004.rincianStatus['mutu.A']; //=> 'belum-terverifikasi'
 * Object.isFrozen(ATURAN_SKM.KEPMENPAN_25_2004.mutu[0]?.bawah); //=> true
 * ```
 */
export const ATURAN_SKM = bekukanPreset({
  PERMENPANRB_14_2017: buatAturanSkm({
    id: 'PERMENPANRB_14_2017',
    nama: 'Survei Kepuasan Masyarakat (PermenPAN-RB 14/2017)',
    sumber:
      'Peraturan Menteri PAN-RB Nomor 14 Tahun 2017 tentang Pedoman Penyusunan Survei Kepuasan Masyarakat, ' +
      'Lampiran (tabel nilai persepsi, interval IKM, mutu dan kinerja)',
    status: 'terverifikasi',
    catatan:
      'NRR = Σ nilai / banyak jawaban per unsur; IKM = Σ NRR × bobot, bobot = 1/9 (dicetak 0,111); ' +
      'nilai = IKM × 25. Bobot 0,111 atau 0,11 dari alat lain memberi maksimum 99,9 atau 99,0: pakai opsi bobot ' +
      'untuk mereproduksinya. Tabel mutu tercetak: NI 1,00–2,5996 / NIK 25,00–64,99 → D Tidak Baik; ' +
      '2,60–3,064 / 65,00–76,60 → C Kurang Baik; 3,0644–3,532 / 76,61–88,30 → B Baik; 3,5324–4,00 / ' +
      '88,31–100,00 → A Sangat Baik (diverifikasi pada dua laporan). Rentang tercetak bercelah (64,99 < x < 65,00; ' +
      '76,60 < x < 76,61; 88,30 < x < 88,31), sehingga sakip memakai batas bawah: A ≥ 88,31; B ≥ 76,61; ' +
      'C ≥ 65,00; selain itu D. Kolom NI sama dengan NIK / 25 (3,5324 × 25 = 88,31; 3,0644 × 25 = 76,61).',
    unsur: UNSUR_14_2017,
    bobotTercetak: '0,111',
    konversi: 25,
    mutu: [
      { kode: 'A', kinerja: 'Sangat Baik', bawah: '88,31' },
      { kode: 'B', kinerja: 'Baik', bawah: '76,61' },
      { kode: 'C', kinerja: 'Kurang Baik', bawah: 65 },
      { kode: 'D', kinerja: 'Tidak Baik', bawah: 25 },
    ],
    rincianStatus: {
      unsur: 'terverifikasi',
      bobot: 'terverifikasi',
      konversi: 'terverifikasi',
      mutu: 'terverifikasi',
    },
  }),
  KEPMENPAN_25_2004: buatAturanSkm({
    id: 'KEPMENPAN_25_2004',
    nama: 'Indeks Kepuasan Masyarakat (KepMenPAN 25/2004)',
    sumber:
      'Keputusan Menteri PAN Nomor KEP/25/M.PAN/2/2004 tentang Pedoman Umum Penyusunan Indeks Kepuasan ' +
      'Masyarakat, Lampiran (nilai persepsi, interval IKM, mutu dan kinerja)',
    status: 'sesuai-praktik',
    catatan:
      'Digantikan PermenPAN-RB 16/2014 lalu 14/2017. 14 unsur, bobot 1/14 (dicetak 0,071: maksimum 99,4), × 25. ' +
      'Nama dan urutan 14 unsur belum dibaca dari teks keputusan; sama pada tiga aplikasi IKM sumber terbuka yang ' +
      'diperiksa. Tabel tercetak: NI 1,00–1,75 / NIK 25–43,75 → D; 1,76–2,50 / 43,76–62,50 → C; 2,51–3,25 / ' +
      '62,51–81,25 → B; 3,26–4,00 / 81,26–100 → A (baris A belum terverifikasi). Celah tercetak (43,75 < x < 43,76 ' +
      'dst.) diselesaikan dengan batas atas inklusif (D ≤ 43,75; C > 43,75 … ≤ 62,50; B > 62,50 … ≤ 81,25; ' +
      'A > 81,25), seperti lebar interval NI 0,75 dan aplikasi IKM sumber terbuka yang diperiksa. ' +
      '76,475 (IKM 3,059) → B di sini, C menurut 14/2017.',
    unsur: UNSUR_25_2004,
    bobotTercetak: '0,071',
    konversi: 25,
    mutu: [
      {
        kode: 'A',
        kinerja: 'Sangat Baik',
        bawah: '81,25',
        bawahInklusif: false,
        catatan: 'belum-terverifikasi: baris A (81,26–100) belum dibaca dari teks keputusan.',
      },
      { kode: 'B', kinerja: 'Baik', bawah: '62,5', bawahInklusif: false },
      { kode: 'C', kinerja: 'Kurang Baik', bawah: '43,75', bawahInklusif: false },
      { kode: 'D', kinerja: 'Tidak Baik', bawah: 25 },
    ],
    rincianStatus: {
      unsur: 'sesuai-praktik',
      bobot: 'sesuai-praktik',
      konversi: 'sesuai-praktik',
      mutu: 'sesuai-praktik',
      'mutu.A': 'belum-terverifikasi',
    },
  }),
});

/** The id of a rule set sakip ships (see {@link ATURAN_SKM}). */
export type IdAturanSkm = keyof typeof ATURAN_SKM;

/**
 * Picks an SKM rule set (internal; the one way every SKM function reads its `aturan` option): an id
 * of {@link ATURAN_SKM}, a rule object (validated unless built), or nothing (PermenPAN-RB 14/2017).
 */
export function pilihAturanSkm(pilihan: unknown): AturanSkm {
  return pilihAturan(JENIS_SKM, ATURAN_SKM, pilihan, { bawaan: ATURAN_SKM.PERMENPANRB_14_2017 });
}

/** A weight fraction of a built rule as a {@link Pecahan} (internal). */
export function pecahanBobot(b: BobotPecahan): Pecahan {
  return pecahan(BigInt(b.pembilang), BigInt(b.penyebut));
}
