import { Decimal } from '../angka/Decimal.js';
import { formatAngka } from '../angka/formatAngka.js';
import { type AturanPembulatan, type KebijakanPembulatan, pembulatan } from '../angka/kebijakanPembulatan.js';
import type { Angka } from '../angka/keDecimal.js';
import { bacaOpsi, teksMasukan } from '../galat/masukan.js';
import { SakipError } from '../galat/SakipError.js';
import {
  ATURAN_EFISIENSI,
  type AturanEfisiensi,
  BENTUK_EFISIENSI,
  type BentukEfisiensi,
} from './aturanEfisiensi.js';
import { angkaDi, rupiahDi } from './masukan.js';

/** One item of an efficiency computation (butir efisiensi): a sasaran, program or output. */
export interface ButirEfisiensi {
  /** A label for `langkah` (e.g. `'Sasaran 1'`). */
  nama?: string;
  /** Budget ceiling (PAK), Rupiah, > 0. */
  pagu: Angka;
  /** Spending (RAK), Rupiah, ≥ 0. */
  realisasi: Angka;
  /** Physical achievement (CK) **in percent** (134,32 — not 1,3432). */
  capaian: Angka;
}

/** How the value shown is expressed (satuan tampil): `'persen'` (26,6%) or `'rasio'` (0,266). */
export type SatuanTampil = 'persen' | 'rasio';

/**
 * Options of {@link efisiensi}. Each given option overrides the same field of `aturan`. All figures
 * are **in percent**.
 */
export interface OpsiEfisiensi {
  /** The rule set; default {@link ATURAN_EFISIENSI}.PMK_214_2017. */
  aturan?: AturanEfisiensi;
  /** Bound of E in percent, `[−batas, +batas]`; `null` for no bound. Default 20. */
  batas?: Angka | null;
  /** Cap of capaian in percent (`100`: "100,06% dijadikan 100%"); `null`: none (default). */
  capaianMaks?: Angka | null;
  /** Compute only items with capaian ≥ this (percent); others are "tidak dihitung". Default none. */
  capaianMinimal?: Angka | null;
  /** `'jumlah'` (Σ form, default) or `'rata-rata-keluaran'` (mean of per-output E). */
  bentuk?: BentukEfisiensi;
  /** Rounding policy for the value shown (`tampil`): its `efisiensi` rule, applied to E in percent. */
  kebijakan?: KebijakanPembulatan;
  /** Unit of the value shown: `'persen'` (default) or `'rasio'` (E / 100, as the sample report prints). */
  satuanTampil?: SatuanTampil;
  /** Write `langkah` (default true); `false` leaves it empty — for bulk computations. */
  langkah?: boolean;
}

/**
 * Why an efficiency is not computed (alasan tidak dihitung):
 * - `'capaian-di-bawah-minimal'`: capaian below `capaianMinimal` (a district rule: only ≥ 100%);
 * - `'capaian-nol-atau-negatif'`: pagu × capaian is not positive, E has no meaning;
 * - `'tidak-ada-butir-dihitung'`: no item could be computed, so neither can the total.
 */
export type AlasanEfisiensiTidakDihitung =
  | 'capaian-di-bawah-minimal'
  | 'capaian-nol-atau-negatif'
  | 'tidak-ada-butir-dihitung';

/** Common fields of one item's result. */
interface DasarButir {
  /** Position in the input list. */
  indeks: number;
  nama: string | undefined;
  pagu: Decimal;
  realisasi: Decimal;
  /** Capaian as given, percent. */
  capaian: Decimal;
}

/** One item's efficiency (efisiensi butir), all percentages **in percent**. */
export interface EfisiensiButirDihitung extends DasarButir {
  dihitung: true;
  /** Capaian used (CK), percent: `capaianMaks` when capaian is above it. */
  capaianDipakai: Decimal;
  /** Whether capaian was capped. */
  capaianDipotong: boolean;
  /** PAK × CK, Rupiah (exact, may carry cents). */
  paguKaliCapaian: Decimal;
  /** (PAK × CK) − RAK, Rupiah. */
  selisih: Decimal;
  /** The item's own E before the bound, percent. */
  eMentah: Decimal;
  /** The item's E bounded, percent. */
  e: Decimal;
  /** 50 + (e / 20) × 50. */
  nilaiEfisiensi: Decimal;
}

/** An item left out of the computation, with its reason (efisiensi butir tidak dihitung). */
export interface EfisiensiButirTidakDihitung extends DasarButir {
  dihitung: false;
  alasan: AlasanEfisiensiTidakDihitung;
  keterangan: string;
}

/** One item's result: computed, or not with its reason. */
export type EfisiensiButir = EfisiensiButirDihitung | EfisiensiButirTidakDihitung;

/** The value to print (tampil), under a rounding policy and in a stated unit. */
export interface TampilEfisiensi {
  /** The value shown, in `satuan`. */
  nilai: Decimal;
  satuan: SatuanTampil;
  /** As a report writes it: `'0,266'`, `'26,6%'`. */
  teks: string;
  /** The rounding rule applied (the policy's `efisiensi` rule), if any. */
  aturan: AturanPembulatan | undefined;
}

/** Fields common to both outcomes of {@link efisiensi}. */
interface DasarHasil {
  /** Unit of `e`, `eMentah` and every item's E: always percent. */
  satuan: 'persen';
  bentuk: BentukEfisiensi;
  /** The bound applied, percent (`null`: none). */
  batas: Decimal | null;
  butir: EfisiensiButir[];
  /** The computation written out as a report writes it, one line per step (empty if `opsi.langkah` is false). */
  langkah: string[];
}

/** A computed efficiency (hasil efisiensi). */
export interface HasilEfisiensiDihitung extends DasarHasil {
  dihitung: true;
  /** E before the bound, percent. */
  eMentah: Decimal;
  /** E within [−batas, +batas], percent. */
  e: Decimal;
  /** Whether the bound changed E. */
  dibatasi: boolean;
  /** Nilai efisiensi NE = 50 + (e / 20) × 50: in [0, 100] when bounded to ±20. */
  nilaiEfisiensi: Decimal;
  /** Σ(PAK × CK) over the computed items, Rupiah. */
  jumlahPaguKaliCapaian: Decimal;
  /** Σ RAK over the computed items, Rupiah. */
  jumlahRealisasi: Decimal;
  /** The value to print, when `kebijakan` or `satuanTampil` is given. */
  tampil?: TampilEfisiensi;
}

/** An efficiency that could not be computed, with its reason. */
export interface HasilEfisiensiTidakDihitung extends DasarHasil {
  dihitung: false;
  alasan: AlasanEfisiensiTidakDihitung;
  keterangan: string;
}

/** The result of {@link efisiensi}. */
export type HasilEfisiensi = HasilEfisiensiDihitung | HasilEfisiensiTidakDihitung;

// PMK 214/2017 practice: NE = 50 + (E / 20) × 50, computed as 50 + E × 2,5 (the same number, one
// exact multiplication instead of a division).
const NE_TENGAH = new Decimal(50);
const NE_KALI = new Decimal('2.5');
// CK is a fraction in the formula: × 0,01 is exact and cheaper than ÷ 100.
const PER_SERATUS = new Decimal('0.01');

/**
 * Budget efficiency (efisiensi) by the PMK 214/2017 formula adopted by Keputusan Bupati Barito Kuala
 * 188/45/293/KUM/2023: `E = Σ((PAK × CK) − RAK) / Σ(PAK × CK) × 100%`, with PAK = pagu, CK = capaian
 * (given **in percent**, used as a fraction), RAK = realisasi. Returns E before (`eMentah`) and after
 * the bound (`e`, default ±20), **both in percent**, the nilai efisiensi `NE = 50 + (e / 20) × 50`,
 * each item's own E, and `langkah`, the working as a report prints it. Nothing is rounded; `kebijakan`
 * and `satuanTampil` add a `tampil` value to reproduce a printed figure.
 *
 * Items below `capaianMinimal`, or with capaian ≤ 0, are "tidak dihitung" with their reason; when no
 * item remains, the result itself is "tidak dihitung".
 *
 * @throws {SakipError} `EFISIENSI_BUTIR_KOSONG` for an empty list, `ANGGARAN_PAGU_NOL`,
 * `ANGGARAN_NEGATIF`, `ANGGARAN_OPSI_TIDAK_VALID` for a bad option, and the codes of {@link keDecimal}.
 *
 * @example
 * ```ts
 * import { efisiensi, KEBIJAKAN_PEMBULATAN } from 'sakip';
 * // LKIP 2024 Dinsos Barito Kuala, sasaran 1: CK 134,32% (not capped).
 * const s1 = efisiensi([{ pagu: '2.142.720.865,00', realisasi: '2.113.252.231,00', capaian: '134,32' }]);
 * s1.dihitung && s1.eMentah.toFixed(6); //=> '26.574814'
 * s1.dihitung && s1.e; //=> '20'
 * s1.dihitung && s1.nilaiEfisiensi; //=> '100'
 * // What the report printed (0,266): no bound, 1 decimal in percent, shown as a ratio.
 * const cetak = efisiensi([{ pagu: 2142720865, realisasi: 2113252231, capaian: 134.32 }], {
 *   batas: null, kebijakan: KEBIJAKAN_PEMBULATAN.POTONG, satuanTampil: 'rasio',
 * });
 * cetak.dihitung && cetak.tampil?.teks; //=> '0,266'
 * // Sasaran 3 under the district rule: "100,06% dijadikan 100%".
 * const s3 = efisiensi([{ pagu: 4699311668, realisasi: 4383367872, capaian: '100,06' }], { capaianMaks: 100 });
 * s3.dihitung && s3.e.toFixed(6); //=> '6.723193'
 * efisiensi([{ pagu: 1227826990, realisasi: 1090111598, capaian: '55,72' }], { capaianMinimal: 100 }).dihitung; //=> false
 * efisiensi([]); //!> EFISIENSI_BUTIR_KOSONG
 * ```
 */
export function efisiensi(butir: readonly ButirEfisiensi[], opsiMasukan?: OpsiEfisiensi): HasilEfisiensi {
  const opsi = bacaOpsi(opsiMasukan, 'efisiensi', 'ANGGARAN_OPSI_TIDAK_VALID');
  if (!Array.isArray(butir) || butir.length === 0) {
    throw new SakipError(
      'EFISIENSI_BUTIR_KOSONG',
      'Efisiensi memerlukan daftar butir { pagu, realisasi, capaian }.',
      {
        masukan: butir,
      },
    );
  }
  const o = bacaOpsiTerbaca(opsi);
  const hasilButir = butir.map((b, i) => hitungButir(b, i, o));
  const dihitung = hasilButir.filter((b): b is EfisiensiButirDihitung => b.dihitung);
  const langkah = o.langkah ? tulisLangkah(hasilButir, o) : [];
  const tulis = (baris: () => string) => {
    if (o.langkah) langkah.push(baris());
  };
  const dasar = { satuan: 'persen' as const, bentuk: o.bentuk, batas: o.batas, butir: hasilButir };

  if (dihitung.length === 0) {
    const tunggal = hasilButir.length === 1 ? (hasilButir[0] as EfisiensiButirTidakDihitung) : undefined;
    const alasan = tunggal ? tunggal.alasan : 'tidak-ada-butir-dihitung';
    const keterangan = tunggal ? tunggal.keterangan : 'Tidak ada butir yang dapat dihitung efisiensinya.';
    tulis(() => `Efisiensi tidak dihitung: ${keterangan}`);
    return { ...dasar, dihitung: false, alasan, keterangan, langkah };
  }

  let jumlahPaguKaliCapaian = new Decimal(0);
  let jumlahRealisasi = new Decimal(0);
  for (const b of dihitung) {
    jumlahPaguKaliCapaian = jumlahPaguKaliCapaian.plus(b.paguKaliCapaian);
    jumlahRealisasi = jumlahRealisasi.plus(b.realisasi);
  }

  let eMentah: Decimal;
  let e: Decimal;
  if (o.bentuk === 'jumlah') {
    eMentah = persenSelisih(jumlahPaguKaliCapaian, jumlahRealisasi);
    e = batasi(eMentah, o.batas);
    if (o.langkah) langkahJumlah(langkah, dihitung, jumlahPaguKaliCapaian, jumlahRealisasi, eMentah);
  } else {
    // Mean of the outputs' own E, each bounded first, so the mean stays within the bound.
    const n = dihitung.length;
    eMentah = jumlah(dihitung.map((b) => b.eMentah)).div(n);
    e = jumlah(dihitung.map((b) => b.e)).div(n);
    tulis(
      () =>
        `E = Σ Eᵢ / n = (${dihitung.map((b) => persen(b.e)).join(' + ')}) / ${n} = ${persen(e)}` +
        (o.batas === null ? '' : ` (tiap Eᵢ sudah dibatasi ±${formatAngka(o.batas)}%)`),
    );
  }
  if (o.bentuk === 'jumlah') tulis(() => kalimatBatas(eMentah, e, o.batas));
  const nilaiEfisiensi = nilaiDari(e);
  tulis(
    () => `NE = 50 + (E / 20) × 50 = 50 + (${formatAngka(e)} / 20) × 50 = ${formatAngka(nilaiEfisiensi)}`,
  );

  const hasil: HasilEfisiensiDihitung = {
    ...dasar,
    dihitung: true,
    eMentah,
    e,
    dibatasi: !e.eq(eMentah),
    nilaiEfisiensi,
    jumlahPaguKaliCapaian,
    jumlahRealisasi,
    langkah,
  };
  if (o.kebijakan !== undefined || o.satuanTampil !== undefined) {
    const t = tampil(e, o.kebijakan, o.satuanTampil ?? 'persen');
    hasil.tampil = t;
    tulis(() => `Ditampilkan${keteranganTampil(t, o.kebijakan)}: ${t.teks}`);
  }
  return hasil;
}

interface OpsiTerbaca {
  batas: Decimal | null;
  capaianMaks: Decimal | null;
  capaianMinimal: Decimal | null;
  bentuk: BentukEfisiensi;
  kebijakan: KebijakanPembulatan | undefined;
  satuanTampil: SatuanTampil | undefined;
  langkah: boolean;
}

/** Reads the already-checked options object (see bacaOpsi) into defaults. */
function bacaOpsiTerbaca(opsi: OpsiEfisiensi): OpsiTerbaca {
  const aturan = opsi.aturan ?? ATURAN_EFISIENSI.PMK_214_2017;
  const pilih = (nama: 'batas' | 'capaianMaks' | 'capaianMinimal'): Decimal | null => {
    const v = opsi[nama] === undefined ? aturan[nama] : opsi[nama];
    return v === null || v === undefined ? null : angkaDi(v, `opsi.${nama}`);
  };
  const batas = pilih('batas');
  if (batas?.isNegative()) salahOpsi('batas', opsi.batas, 'tidak boleh negatif');
  const capaianMaks = pilih('capaianMaks');
  if (capaianMaks && !capaianMaks.gt(0)) salahOpsi('capaianMaks', opsi.capaianMaks, 'harus lebih dari 0');
  const bentuk = opsi.bentuk ?? aturan.bentuk;
  if (!BENTUK_EFISIENSI.includes(bentuk)) {
    salahOpsi('bentuk', bentuk, `harus salah satu dari ${BENTUK_EFISIENSI.join(', ')}`);
  }
  const satuanTampil = opsi.satuanTampil;
  if (satuanTampil !== undefined && satuanTampil !== 'persen' && satuanTampil !== 'rasio') {
    salahOpsi('satuanTampil', satuanTampil, 'harus "persen" atau "rasio"');
  }
  return {
    batas,
    capaianMaks,
    capaianMinimal: pilih('capaianMinimal'),
    bentuk,
    kebijakan: opsi.kebijakan,
    satuanTampil,
    langkah: opsi.langkah !== false,
  };
}

function salahOpsi(nama: string, nilai: unknown, pesan: string): never {
  throw new SakipError('ANGGARAN_OPSI_TIDAK_VALID', `opsi.${nama} ${pesan} (diberi ${teksMasukan(nilai)}).`, {
    masukan: nilai,
    lokasi: `opsi.${nama}`,
  });
}

function hitungButir(b: ButirEfisiensi, indeks: number, o: OpsiTerbaca): EfisiensiButir {
  const lokasi = `butir[${indeks}]`;
  if (typeof b !== 'object' || b === null) {
    throw new SakipError(
      'ANGKA_TIPE_TIDAK_DIDUKUNG',
      `${lokasi} harus berupa objek { pagu, realisasi, capaian }.`,
      {
        masukan: b,
        lokasi,
      },
    );
  }
  const pagu = rupiahDi(b.pagu, `${lokasi}.pagu`);
  if (pagu.isZero()) {
    throw new SakipError('ANGGARAN_PAGU_NOL', `${lokasi}.pagu bernilai nol: efisiensi tidak terdefinisi.`, {
      masukan: b,
      lokasi: `${lokasi}.pagu`,
    });
  }
  const realisasi = rupiahDi(b.realisasi, `${lokasi}.realisasi`);
  const capaian = angkaDi(b.capaian, `${lokasi}.capaian`);
  const dasar: DasarButir = { indeks, nama: b.nama, pagu, realisasi, capaian };

  if (o.capaianMinimal !== null && capaian.lt(o.capaianMinimal)) {
    return {
      ...dasar,
      dihitung: false,
      alasan: 'capaian-di-bawah-minimal',
      keterangan: `capaian ${persen(capaian)} < ${persen(o.capaianMinimal)}: efisiensi tidak dihitung`,
    };
  }
  const capaianDipotong = o.capaianMaks !== null && capaian.gt(o.capaianMaks);
  const capaianDipakai = capaianDipotong && o.capaianMaks ? o.capaianMaks : capaian;
  if (!capaianDipakai.gt(0)) {
    return {
      ...dasar,
      dihitung: false,
      alasan: 'capaian-nol-atau-negatif',
      keterangan: `capaian ${persen(capaian)}: PAK × CK tidak positif, efisiensi tidak bermakna`,
    };
  }
  // CK is a fraction in the formula: PAK × (capaian / 100).
  const paguKaliCapaian = pagu.times(capaianDipakai).times(PER_SERATUS);
  const selisih = paguKaliCapaian.minus(realisasi);
  const eMentah = selisih.times(100).div(paguKaliCapaian);
  const e = batasi(eMentah, o.batas);
  return {
    ...dasar,
    dihitung: true,
    capaianDipakai,
    capaianDipotong,
    paguKaliCapaian,
    selisih,
    eMentah,
    e,
    nilaiEfisiensi: nilaiDari(e),
  };
}

/** ((PAK × CK) − RAK) / (PAK × CK) × 100, one division. */
function persenSelisih(paguKaliCapaian: Decimal, realisasi: Decimal): Decimal {
  return paguKaliCapaian.minus(realisasi).times(100).div(paguKaliCapaian);
}

// PMK 214/2017: E dibatasi ±20% (the bound is an option; null: none).
function batasi(e: Decimal, batas: Decimal | null): Decimal {
  if (batas === null) return e;
  if (e.gt(batas)) return batas;
  // |e| > batas with e ≤ batas: e is below −batas (no allocation for the common case).
  if (e.isNegative() && e.abs().gt(batas)) return batas.neg();
  return e;
}

function nilaiDari(e: Decimal): Decimal {
  return NE_TENGAH.plus(e.times(NE_KALI));
}

function jumlah(xs: Decimal[]): Decimal {
  return xs.reduce((a, b) => a.plus(b), new Decimal(0));
}

function tampil(
  e: Decimal,
  kebijakan: KebijakanPembulatan | undefined,
  satuan: SatuanTampil,
): TampilEfisiensi {
  // The policy's efisiensi rule speaks of E in percent (POTONG: 1 decimal → 26,6% = 0,266).
  const p = kebijakan === undefined ? undefined : pembulatan(e, 'efisiensi', kebijakan);
  const dalamPersen = p?.tampil ?? e;
  const nilai = satuan === 'rasio' ? dalamPersen.div(100) : dalamPersen;
  const desimal =
    p?.aturan === undefined ? undefined : Math.max(p.aturan.desimal + (satuan === 'rasio' ? 2 : 0), 0);
  const teks = formatAngka(nilai, desimal === undefined ? {} : { desimal });
  return { nilai, satuan, teks: satuan === 'persen' ? `${teks}%` : teks, aturan: p?.aturan };
}

function keteranganTampil(t: TampilEfisiensi, kebijakan: KebijakanPembulatan | undefined): string {
  const bagian: string[] = [];
  if (kebijakan !== undefined) {
    bagian.push(
      t.aturan === undefined
        ? `kebijakan "${kebijakan.nama}", efisiensi tidak dibulatkan`
        : `kebijakan "${kebijakan.nama}": ${t.aturan.desimal} desimal dalam persen, ${t.aturan.mode}`,
    );
  }
  bagian.push(t.satuan === 'rasio' ? 'sebagai rasio (E / 100)' : 'dalam persen');
  return ` (${bagian.join('; ')})`;
}

// — langkah: the working as a report prints it —

function rupiah(x: Decimal): string {
  return formatAngka(x);
}

function persen(x: Decimal): string {
  return `${formatAngka(x)}%`;
}

function label(b: DasarButir, banyak: number): string {
  return banyak === 1 ? '' : `${b.nama ?? `Butir ${b.indeks + 1}`}: `;
}

function tulisLangkah(butir: EfisiensiButir[], o: OpsiTerbaca): string[] {
  const banyak = butir.length;
  const langkah = [
    banyak === 1
      ? 'E = ((PAK × CK) − RAK) / (PAK × CK) × 100%'
      : o.bentuk === 'jumlah'
        ? 'E = Σ((PAK × CK) − RAK) / Σ(PAK × CK) × 100%'
        : 'Eᵢ = ((PAKᵢ × CKᵢ) − RAKᵢ) / (PAKᵢ × CKᵢ) × 100%; E = Σ Eᵢ / n',
  ];
  for (const b of butir) {
    const l = label(b, banyak);
    if (!b.dihitung) {
      langkah.push(`${l}${b.keterangan}`);
      continue;
    }
    if (b.capaianDipotong) langkah.push(`${l}CK ${persen(b.capaian)} dijadikan ${persen(b.capaianDipakai)}`);
    langkah.push(
      `${l}PAK × CK = ${rupiah(b.pagu)} × ${persen(b.capaianDipakai)} = ${rupiah(b.paguKaliCapaian)}`,
    );
    langkah.push(
      `${l}(PAK × CK) − RAK = ${rupiah(b.paguKaliCapaian)} − ${rupiah(b.realisasi)} = ${rupiah(b.selisih)}`,
    );
    if (banyak > 1) {
      langkah.push(
        `${l}E = ${rupiah(b.selisih)} / ${rupiah(b.paguKaliCapaian)} × 100% = ${persen(b.eMentah)}`,
      );
      if (o.bentuk === 'rata-rata-keluaran') langkah.push(`${l}${kalimatBatas(b.eMentah, b.e, o.batas)}`);
    }
  }
  return langkah;
}

function langkahJumlah(
  langkah: string[],
  dihitung: EfisiensiButirDihitung[],
  jumlahPkc: Decimal,
  jumlahRak: Decimal,
  eMentah: Decimal,
): void {
  const selisih = jumlahPkc.minus(jumlahRak);
  if (dihitung.length > 1) {
    langkah.push(
      `Σ(PAK × CK) = ${dihitung.map((b) => rupiah(b.paguKaliCapaian)).join(' + ')} = ${rupiah(jumlahPkc)}`,
    );
    langkah.push(`Σ RAK = ${dihitung.map((b) => rupiah(b.realisasi)).join(' + ')} = ${rupiah(jumlahRak)}`);
    langkah.push(`Σ((PAK × CK) − RAK) = ${rupiah(jumlahPkc)} − ${rupiah(jumlahRak)} = ${rupiah(selisih)}`);
  }
  langkah.push(`E = ${rupiah(selisih)} / ${rupiah(jumlahPkc)} × 100% = ${persen(eMentah)}`);
}

function kalimatBatas(eMentah: Decimal, e: Decimal, batas: Decimal | null): string {
  if (batas === null) return `Tanpa batas: E = ${persen(e)}`;
  const b = formatAngka(batas);
  return e.eq(eMentah)
    ? `E dalam batas ±${b}%: E = ${persen(e)}`
    : `E di luar batas ±${b}%: dibatasi menjadi ${persen(e)}`;
}
