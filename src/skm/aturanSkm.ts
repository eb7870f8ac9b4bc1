import { z } from 'zod';
import type { Decimal } from '../angka/Decimal.js';
import { StatusAturan } from '../aturan/status.js';
import { isSakipError, SakipError } from '../galat/SakipError.js';
import { SkemaAngka } from '../model/angka.js';
import { buatSkala, type Skala } from '../predikat/index.js';
import { dariDecimal, NOL, type Pecahan, pecahan, tambah } from './pecahan.js';

/** The mutu (quality grade) codes of an SKM table, best last: `'A'` Sangat Baik … `'D'` Tidak Baik. */
export type MutuSkm = 'A' | 'B' | 'C' | 'D';

const KODE_MUTU = ['A', 'B', 'C', 'D'] as const;

/**
 * An exact weight as a fraction (bobot pecahan): `1/9` cannot be written as a decimal, so weights
 * are kept as `pembilang / penyebut` (integers, lowest terms).
 */
export interface BobotPecahan {
  pembilang: number;
  penyebut: number;
}

const BobotMasukan = z.union([
  z.object({
    pembilang: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
    penyebut: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
  }),
  SkemaAngka,
]);

/**
 * One survey element (unsur SKM), as a rule set or a user defines it: a stable `id` (answers are
 * keyed by it, never by position), its name, and an optional weight — a decimal `Angka` (`'0,2'`)
 * or an exact fraction `{ pembilang, penyebut }`. When no unsur of a rule set has a weight, every
 * unsur weighs exactly `1/n`.
 *
 * @example
 * ```ts
 * import { UnsurSkm } from 'sakip';
 * UnsurSkm.parse({ id: 'waktu', nama: 'Waktu Penyelesaian', bobot: '0,2' }).bobot; //=> '0.2'
 * UnsurSkm.safeParse({ id: '', nama: 'x' }).success; //=> false
 * ```
 */
export const UnsurSkm = z.object({
  /** Stable key of the unsur (answers in object rows use it). */
  id: z.string().min(1),
  /** The name as the regulation writes it. */
  nama: z.string().min(1),
  /** Weight; all unsur or none must have one. */
  bobot: BobotMasukan.optional(),
});
/** See {@link UnsurSkm} (the input form; in a built rule set `bobot` is a {@link BobotPecahan}). */
export type UnsurSkm = z.input<typeof UnsurSkm>;

/**
 * The shape of an SKM rule set (aturan SKM) as a user writes it: unsur list and weights, the
 * conversion factor to the 25–100 scale, the mutu band table (a {@link Skala} over
 * `[konversi; 4 × konversi]` whose intervals carry the codes A–D), and where it all comes from.
 * {@link buatAturanSkm} validates it and gives the built {@link AturanSkm}.
 *
 * @example
 * ```ts
 * import { AturanSkmMasukan } from 'sakip';
 * AturanSkmMasukan.safeParse({ kode: 'X', nama: 'X', unsur: [], mutu: {}, sumber: 's', status: 'sesuai-praktik' }).success; //=> false
 * ```
 */
export const AturanSkmMasukan = z.object({
  /** Stable key, e.g. `'PERMENPANRB_14_2017'`. */
  kode: z.string().min(1),
  /** Human name of the rule set. */
  nama: z.string().min(1),
  unsur: z.array(UnsurSkm).min(1),
  /**
   * The weight as the regulation prints it for every unsur (`0,111` for 1/9, `0,071` for 1/14); used
   * only when a computation asks for `bobot: 'tercetak'`.
   */
  bobotTercetak: SkemaAngka.optional(),
  /** Factor from the 1–4 index to the 25–100 value (25 in both regulations). */
  konversi: SkemaAngka.prefault(25),
  /** The mutu band table (a band-table definition or a table made by `buatSkala`). */
  mutu: z.custom<unknown>((x) => typeof x === 'object' && x !== null, {
    message: 'tabel mutu harus objek skala',
  }),
  sumber: z.string().min(1),
  status: StatusAturan,
  catatan: z.string().optional(),
  /** How sure we are of each part (`'unsur'`, `'bobot'`, `'mutu'`, `'mutu.A'` …), where it differs. */
  rincianStatus: z.record(z.string(), StatusAturan).optional(),
});

/** One unsur of a built rule set: id, name and its exact weight. */
export interface UnsurAturanSkm {
  id: string;
  nama: string;
  bobot: BobotPecahan;
}

/**
 * A validated SKM rule set (aturan SKM), as {@link buatAturanSkm} returns it and {@link ATURAN_SKM}
 * holds: frozen, weights exact and summing to 1, the mutu table a partition of the 25–100 scale.
 */
export interface AturanSkm {
  kode: string;
  nama: string;
  unsur: readonly UnsurAturanSkm[];
  bobotTercetak: Decimal | undefined;
  konversi: Decimal;
  /** The mutu table: a {@link Skala} on `[konversi; 4 × konversi]`, codes A–D, labels = kinerja. */
  mutu: Readonly<Skala>;
  sumber: string;
  status: StatusAturan;
  catatan: string | undefined;
  rincianStatus: Readonly<Record<string, StatusAturan>>;
}

/** Answers are on 1–4 in both regulations (1 tidak baik … 4 sangat baik). */
export const JAWABAN_MIN = 1;
export const JAWABAN_MAKS = 4;

function galatAturan(pesan: string, masukan: unknown, lokasi?: string): SakipError {
  return new SakipError('SKM_ATURAN_TIDAK_VALID', `Aturan SKM tidak valid — ${pesan}.`, {
    masukan,
    ...(lokasi === undefined ? {} : { lokasi }),
  });
}

function keBobot(x: Pecahan): BobotPecahan {
  return { pembilang: Number(x.p), penyebut: Number(x.q) };
}

/**
 * Validates an SKM rule set (buat aturan SKM) and returns it frozen: ids unique, all unsur weighted
 * or none (then `1/n` each, exactly), weights positive and summing to exactly 1, the mutu table a
 * partition (via `buatSkala`) of `[konversi; 4 × konversi]` with one interval per code A, B, C, D.
 * The input is not changed.
 *
 * @throws {SakipError} `SKM_ATURAN_TIDAK_VALID`, naming the field and — for weights — their sum.
 *
 * @example
 * ```ts
 * import { ATURAN_SKM, buatAturanSkm } from 'sakip';
 * const aturan = buatAturanSkm({
 *   ...ATURAN_SKM.PERMENPANRB_14_2017,
 *   kode: 'UNIT_KAMI_2024',
 *   nama: '9 unsur + kebersihan ruang tunggu',
 *   sumber: 'Keputusan Kepala Dinas (contoh)',
 *   status: 'belum-terverifikasi',
 *   rincianStatus: {},
 *   unsur: [...ATURAN_SKM.PERMENPANRB_14_2017.unsur.map(({ id, nama }) => ({ id, nama })), { id: 'kebersihan', nama: 'Kebersihan Ruang Tunggu' }],
 *   bobotTercetak: undefined,
 * });
 * aturan.unsur[9].bobot; //=> { pembilang: 1, penyebut: 10 }
 * buatAturanSkm({ ...aturan, unsur: [{ id: 'a', nama: 'A', bobot: '0,5' }, { id: 'b', nama: 'B', bobot: '0,4' }] }); //!> SKM_ATURAN_TIDAK_VALID
 * ```
 */
export function buatAturanSkm(definisi: unknown): Readonly<AturanSkm> {
  const hasil = AturanSkmMasukan.safeParse(definisi);
  if (!hasil.success) {
    const rincian = hasil.error.issues.map((i) => `${i.path.join('.') || '(akar)'}: ${i.message}`).join('; ');
    throw galatAturan(rincian, definisi, hasil.error.issues[0]?.path.join('.') || undefined);
  }
  const d = hasil.data;

  const id = new Set<string>();
  d.unsur.forEach((u, i) => {
    if (id.has(u.id)) throw galatAturan(`id unsur "${u.id}" dipakai dua kali`, definisi, `unsur[${i}].id`);
    id.add(u.id);
  });

  const berbobot = d.unsur.filter((u) => u.bobot !== undefined).length;
  if (berbobot !== 0 && berbobot !== d.unsur.length) {
    throw galatAturan(
      `bobot diberikan untuk ${berbobot} dari ${d.unsur.length} unsur; beri bobot semua unsur atau tidak sama sekali (1/n)`,
      definisi,
      'unsur',
    );
  }
  const n = BigInt(d.unsur.length);
  const bobot = d.unsur.map((u, i): Pecahan => {
    if (u.bobot === undefined) return pecahan(1n, n);
    const b =
      'pembilang' in u.bobot
        ? pecahan(BigInt(u.bobot.pembilang), BigInt(u.bobot.penyebut))
        : dariDecimal(u.bobot);
    if (b.p <= 0n)
      throw galatAturan(`bobot unsur "${u.id}" harus lebih dari 0`, definisi, `unsur[${i}].bobot`);
    if (b.p > BigInt(Number.MAX_SAFE_INTEGER) || b.q > BigInt(Number.MAX_SAFE_INTEGER)) {
      throw galatAturan(`bobot unsur "${u.id}" terlalu rinci`, definisi, `unsur[${i}].bobot`);
    }
    return b;
  });
  const jumlah = bobot.reduce(tambah, NOL);
  if (!(jumlah.p === 1n && jumlah.q === 1n)) {
    throw galatAturan(
      `jumlah bobot harus tepat 1, bukan ${jumlah.p}/${jumlah.q} (≈ ${(Number(jumlah.p) / Number(jumlah.q)).toString()}); ` +
        `bobot cetak seperti 0,111 hanya dipakai lewat opsi bobot`,
      definisi,
      'unsur',
    );
  }

  if (!d.konversi.isPositive() || d.konversi.isZero()) {
    throw galatAturan('konversi harus lebih dari 0', definisi, 'konversi');
  }
  if (d.bobotTercetak !== undefined && (d.bobotTercetak.isNegative() || d.bobotTercetak.isZero())) {
    throw galatAturan('bobotTercetak harus lebih dari 0', definisi, 'bobotTercetak');
  }

  let mutu: Readonly<Skala>;
  try {
    mutu = buatSkala(d.mutu);
  } catch (e) {
    if (!isSakipError(e)) throw e;
    throw galatAturan(`tabel mutu: ${e.message}`, definisi, 'mutu');
  }
  periksaMutu(mutu, d.konversi, definisi);

  const aturan: Readonly<AturanSkm> = Object.freeze({
    kode: d.kode,
    nama: d.nama,
    unsur: Object.freeze(
      d.unsur.map((u, i) => Object.freeze({ id: u.id, nama: u.nama, bobot: keBobot(bobot[i] ?? NOL) })),
    ),
    bobotTercetak: d.bobotTercetak,
    konversi: d.konversi,
    mutu,
    sumber: d.sumber,
    status: d.status,
    catatan: d.catatan,
    rincianStatus: Object.freeze({ ...(d.rincianStatus ?? {}) }),
  });
  dibangun.add(aturan);
  return aturan;
}

/** Rule sets made by {@link buatAturanSkm}: these need no second validation. */
const dibangun = new WeakSet<object>();

/** The mutu table must cover exactly the 25–100 scale (closed) and carry A, B, C, D once each. */
function periksaMutu(mutu: Readonly<Skala>, konversi: Decimal, definisi: unknown): void {
  const bawah = konversi.times(JAWABAN_MIN);
  const atas = konversi.times(JAWABAN_MAKS);
  const { domain } = mutu;
  if (
    domain.bawah === undefined ||
    !domain.bawah.eq(bawah) ||
    !domain.bawahInklusif ||
    domain.atas === undefined ||
    !domain.atas.eq(atas) ||
    !domain.atasInklusif
  ) {
    throw galatAturan(
      `domain tabel mutu harus [${bawah.toString()}; ${atas.toString()}] (konversi × 1 sampai konversi × 4)`,
      definisi,
      'mutu.domain',
    );
  }
  const kode = mutu.interval.map((i) => i.kode);
  const urut = [...kode].sort();
  if (urut.join() !== [...KODE_MUTU].sort().join()) {
    throw galatAturan(
      `interval tabel mutu harus berkode A, B, C, D masing-masing sekali (ada: ${kode.map(String).join(', ')})`,
      definisi,
      'mutu.interval',
    );
  }
}

// ——— presets ———

const SKALA_14_2017 = {
  nama: 'Mutu pelayanan SKM (PermenPAN-RB 14/2017)',
  domain: { bawah: 25, atas: 100, atasInklusif: true },
  interval: [
    { bawah: 88.31, atas: 100, atasInklusif: true, label: 'Sangat Baik', kode: 'A' },
    { bawah: 76.61, atas: 88.31, label: 'Baik', kode: 'B' },
    { bawah: 65, atas: 76.61, label: 'Kurang Baik', kode: 'C' },
    { bawah: 25, atas: 65, label: 'Tidak Baik', kode: 'D' },
  ],
  sumber: 'PermenPAN-RB Nomor 14 Tahun 2017, Lampiran (tabel nilai persepsi, interval IKM, mutu dan kinerja)',
  status: 'terverifikasi',
  catatan:
    'Tabel tercetak: NI 1,00–2,5996 / NIK 25,00–64,99 → D Tidak Baik; 2,60–3,064 / 65,00–76,60 → C Kurang Baik; ' +
    '3,0644–3,532 / 76,61–88,30 → B Baik; 3,5324–4,00 / 88,31–100,00 → A Sangat Baik (diverifikasi pada dua laporan). ' +
    'Rentang tercetak bercelah (64,99 < x < 65,00; 76,60 < x < 76,61; 88,30 < x < 88,31), sehingga sakip memakai ' +
    'batas bawah: A ≥ 88,31; B ≥ 76,61; C ≥ 65,00; selain itu D. Kolom NI sama dengan NIK / 25 ' +
    '(3,5324 × 25 = 88,31; 3,0644 × 25 = 76,61; 2,60 × 25 = 65).',
} as const;

const SKALA_25_2004 = {
  nama: 'Mutu pelayanan IKM (KepMenPAN 25/2004)',
  domain: { bawah: 25, atas: 100, atasInklusif: true },
  interval: [
    {
      bawah: 81.25,
      bawahInklusif: false,
      atas: 100,
      atasInklusif: true,
      label: 'Sangat Baik',
      kode: 'A',
      keterangan: 'belum-terverifikasi: baris A (81,26–100) belum dibaca dari teks keputusan.',
    },
    { bawah: 62.5, bawahInklusif: false, atas: 81.25, atasInklusif: true, label: 'Baik', kode: 'B' },
    { bawah: 43.75, bawahInklusif: false, atas: 62.5, atasInklusif: true, label: 'Kurang Baik', kode: 'C' },
    { bawah: 25, atas: 43.75, atasInklusif: true, label: 'Tidak Baik', kode: 'D' },
  ],
  sumber: 'KepMenPAN Nomor KEP/25/M.PAN/2/2004, Lampiran (nilai persepsi, interval IKM, mutu dan kinerja)',
  status: 'sesuai-praktik',
  catatan:
    'Tabel tercetak: NI 1,00–1,75 / NIK 25–43,75 → D; 1,76–2,50 / 43,76–62,50 → C; 2,51–3,25 / 62,51–81,25 → B; ' +
    '3,26–4,00 / 81,26–100 → A (baris A belum terverifikasi). Celah tercetak (43,75 < x < 43,76 dst.) diselesaikan ' +
    'dengan batas atas inklusif (D ≤ 43,75; C > 43,75 … ≤ 62,50; B > 62,50 … ≤ 81,25; A > 81,25), seperti lebar ' +
    'interval NI 0,75 dan seperti aplikasi IKM sumber terbuka yang diperiksa. 76,475 → B di sini, C menurut 14/2017.',
} as const;

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
 * The SKM rule sets sakip ships (aturan SKM), keyed by their `kode`:
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
 * ATURAN_SKM.KEPMENPAN_25_2004.unsur.length; //=> 14
 * ATURAN_SKM.KEPMENPAN_25_2004.rincianStatus['mutu.A']; //=> 'belum-terverifikasi'
 * ```
 */
export const ATURAN_SKM = {
  PERMENPANRB_14_2017: buatAturanSkm({
    kode: 'PERMENPANRB_14_2017',
    nama: 'Survei Kepuasan Masyarakat (PermenPAN-RB 14/2017)',
    unsur: UNSUR_14_2017,
    bobotTercetak: '0,111',
    konversi: 25,
    mutu: SKALA_14_2017,
    sumber:
      'Peraturan Menteri PAN-RB Nomor 14 Tahun 2017 tentang Pedoman Penyusunan Survei Kepuasan Masyarakat',
    status: 'terverifikasi',
    catatan:
      'NRR = Σ nilai / banyak jawaban per unsur; IKM = Σ NRR × bobot, bobot = 1/9 (dicetak 0,111); ' +
      'nilai = IKM × 25. Bobot 0,111 atau 0,11 dari alat lain memberi maksimum 99,9 atau 99,0: pakai opsi bobot ' +
      'untuk mereproduksinya. Tabel mutu: lihat mutu.catatan.',
    rincianStatus: {
      unsur: 'terverifikasi',
      bobot: 'terverifikasi',
      konversi: 'terverifikasi',
      mutu: 'terverifikasi',
    },
  }),
  KEPMENPAN_25_2004: buatAturanSkm({
    kode: 'KEPMENPAN_25_2004',
    nama: 'Indeks Kepuasan Masyarakat (KepMenPAN 25/2004)',
    unsur: UNSUR_25_2004,
    bobotTercetak: '0,071',
    konversi: 25,
    mutu: SKALA_25_2004,
    sumber:
      'Keputusan Menteri PAN Nomor KEP/25/M.PAN/2/2004 tentang Pedoman Umum Penyusunan Indeks Kepuasan Masyarakat',
    status: 'sesuai-praktik',
    catatan:
      'Digantikan PermenPAN-RB 16/2014 lalu 14/2017. 14 unsur, bobot 1/14 (dicetak 0,071: maksimum 99,4), × 25. ' +
      'Nama dan urutan 14 unsur belum dibaca dari teks keputusan; sama pada tiga aplikasi IKM sumber terbuka yang ' +
      'diperiksa (prosedur, persyaratan, kejelasan, kedisiplinan, tanggung jawab, kemampuan petugas, kecepatan, ' +
      'keadilan, kesopanan, kewajaran biaya, kepastian biaya, kepastian jadwal, kenyamanan, keamanan).',
    rincianStatus: {
      unsur: 'sesuai-praktik',
      bobot: 'sesuai-praktik',
      konversi: 'sesuai-praktik',
      mutu: 'sesuai-praktik',
      'mutu.A': 'belum-terverifikasi',
    },
  }),
} as const;

/** The key of a rule set sakip ships (see {@link ATURAN_SKM}). */
export type KodeAturanSkm = keyof typeof ATURAN_SKM;

/**
 * Resolves an `aturan` option: a key of {@link ATURAN_SKM}, a built rule set, or a definition to
 * validate. Defaults to PermenPAN-RB 14/2017. Internal.
 */
export function aturanSkmDari(aturan: KodeAturanSkm | AturanSkm | undefined): Readonly<AturanSkm> {
  if (aturan === undefined) return ATURAN_SKM.PERMENPANRB_14_2017;
  if (typeof aturan === 'string') {
    const a = (ATURAN_SKM as Record<string, Readonly<AturanSkm>>)[aturan];
    if (!a) {
      throw new SakipError(
        'SKM_OPSI_TIDAK_VALID',
        `Aturan SKM "${aturan}" tidak dikenal; gunakan ${Object.keys(ATURAN_SKM).join(' atau ')}, atau buatAturanSkm.`,
        { masukan: aturan, lokasi: 'aturan' },
      );
    }
    return a;
  }
  if (typeof aturan === 'object' && aturan !== null && dibangun.has(aturan)) return aturan;
  return buatAturanSkm(aturan);
}
