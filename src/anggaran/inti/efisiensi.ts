// Core of the efficiency (internal): trusted Decimals, a validated rule set and parsed options in; no
// validation. Writes the trace (`langkah`) as it computes.
import { DecimalInti as Decimal } from '../../angka/Decimal.js';
import { formatAngka, tulisRingkasInti } from '../../angka/formatAngka.js';
import {
  type AturanPembulatan,
  type KebijakanPembulatan,
  pembulatanInti,
} from '../../angka/kebijakanPembulatan.js';
import { type Dihitung, type Langkah, langkah, type TidakDapatDihitung } from '../../hasil/hasil.js';
import type { AturanEfisiensi, BentukEfisiensi } from '../aturanEfisiensi.js';
import { persenDari } from './bagi.js';

/** How the value shown is expressed (satuan tampil): `'persen'` (26,6%) or `'rasio'` (0,266). */
export type SatuanTampil = 'persen' | 'rasio';

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

/** One item as the core takes it: trusted Decimals, capaian **in percent**, pagu > 0. */
export interface ButirEfisiensiInti {
  nama: string | undefined;
  pagu: Decimal;
  realisasi: Decimal;
  capaian: Decimal;
}

/** The options of {@link efisiensiInti}, parsed: the rule and its overrides already merged. */
export interface OpsiEfisiensiInti {
  /** The rule set picked (its id goes into the result and the trace). */
  aturan: AturanEfisiensi;
  batas: Decimal | null;
  batasAtasCapaian: Decimal | null;
  capaianMinimal: Decimal | null;
  bentuk: BentukEfisiensi;
  /** Rounding policy of the value shown; `undefined`: none. */
  kebijakan: KebijakanPembulatan | undefined;
  /** Unit of the value shown; `undefined` (and no `kebijakan`): no `tampil`. */
  satuanTampil: SatuanTampil | undefined;
  /** Write `langkah` (false: empty traces, for bulk computations). */
  langkah: boolean;
}

/** Fields of both outcomes of one item. */
export interface DasarButirEfisiensi {
  /** Position in the input list. */
  indeks: number;
  nama: string | undefined;
  /** PAK, Rupiah. */
  pagu: Decimal;
  /** RAK, Rupiah. */
  realisasi: Decimal;
  /** Capaian as given, percent. */
  capaian: Decimal;
}

/** One item's efficiency (efisiensi butir), computed: `nilai` is its E bounded, **in percent**. */
export interface EfisiensiButirDihitung extends Dihitung<Decimal>, DasarButirEfisiensi {
  /** Capaian used (CK), percent: `batasAtasCapaian` when capaian is above it. */
  capaianDipakai: Decimal;
  /** Whether capaian was capped. */
  capaianDipotong: boolean;
  /** PAK × CK, Rupiah (exact, may carry cents). */
  paguKaliCapaian: Decimal;
  /** (PAK × CK) − RAK, Rupiah. */
  selisih: Decimal;
  /** The item's own E before the bound, percent. */
  eMentah: Decimal;
  /** Whether the bound changed the item's E. */
  dibatasi: boolean;
  /** 50 + (E / 20) × 50 of the item. */
  nilaiEfisiensi: Decimal;
}

/** An item left out of the computation, with its reason (efisiensi butir tidak dihitung). */
export interface EfisiensiButirTidakDihitung
  extends TidakDapatDihitung<AlasanEfisiensiTidakDihitung>,
    DasarButirEfisiensi {}

/** One item's result: computed, or not with its reason. */
export type EfisiensiButir = EfisiensiButirDihitung | EfisiensiButirTidakDihitung;

/** The value to print (tampil), under a rounding policy and in a stated unit. */
export interface TampilEfisiensi {
  /** The value shown, in `satuan`. */
  nilai: Decimal;
  satuan: SatuanTampil;
  /** As a report writes it: `'0,266'`, `'26,6%'`. */
  teks: string;
  /** The rounding rule applied (a copy of the policy's `efisiensi` rule), if any. */
  aturan: AturanPembulatan | undefined;
}

/** Fields of both outcomes of {@link efisiensi}. */
export interface DasarHasilEfisiensi {
  /** The id of the rule set used. */
  aturan: string;
  /** Unit of `nilai`, `eMentah` and every item's E: always percent. */
  satuan: 'persen';
  bentuk: BentukEfisiensi;
  /** The bound applied, percent (`null`: none). */
  batas: Decimal | null;
  butir: EfisiensiButir[];
}

/** A computed efficiency (hasil efisiensi dihitung): `nilai` is E within the bound, **in percent**. */
export interface HasilEfisiensiDihitung extends Dihitung<Decimal>, DasarHasilEfisiensi {
  /** E before the bound, percent. */
  eMentah: Decimal;
  /** Whether the bound changed E. */
  dibatasi: boolean;
  /** Nilai efisiensi NE = 50 + (E / 20) × 50: in [0, 100] when bounded to ±20. */
  nilaiEfisiensi: Decimal;
  /** Σ(PAK × CK) over the computed items, Rupiah. */
  jumlahPaguKaliCapaian: Decimal;
  /** Σ RAK over the computed items, Rupiah. */
  jumlahRealisasi: Decimal;
  /** The value to print, when `kebijakan` or `satuanTampil` is given. */
  tampil?: TampilEfisiensi;
}

/** An efficiency that could not be computed, with its reason (hasil efisiensi tidak dihitung). */
export interface HasilEfisiensiTidakDihitung
  extends TidakDapatDihitung<AlasanEfisiensiTidakDihitung>,
    DasarHasilEfisiensi {}

/** The result of {@link efisiensi}: the one result union. */
export type HasilEfisiensi = HasilEfisiensiDihitung | HasilEfisiensiTidakDihitung;

// PMK 214/2017 practice: NE = 50 + (E / 20) × 50, computed as 50 + E × 2,5 (the same number, one
// exact multiplication instead of a division).
const NE_TENGAH = new Decimal(50);
const NE_KALI = new Decimal('2.5');
const SERATUS = new Decimal(100);
// CK is a fraction in the formula: × 0,01 is exact and cheaper than ÷ 100.
const PER_SERATUS = new Decimal('0.01');
// Terms listed in a Σ step of the trace; beyond this, only their count.
const SUKU_DITULIS = 20;

const persen = (x: Decimal): string => `${formatAngka(x)}%`;
// In a sentence (pesan): a few decimals, cut, never the 40 digits of an exact quotient.
const ringkas = (x: Decimal): string => `${tulisRingkasInti(x)}%`;

// The trace of every item when `langkah: false`: one frozen empty list (100 000 items need no
// 100 000 empty arrays; a caller cannot write to it).
const TANPA_LANGKAH: readonly Langkah[] = Object.freeze([]);

/** The bound of one computation: [bawah, atas] = [−batas, +batas] (null: none). */
interface Batas {
  atas: Decimal;
  bawah: Decimal;
}

// PMK 214/2017: E dibatasi ±20% (the bound is an option; null: none). Returns `e` itself when within.
function batasi(e: Decimal, batas: Batas | null): Decimal {
  if (batas === null) return e;
  if (e.gt(batas.atas)) return batas.atas;
  if (e.lt(batas.bawah)) return batas.bawah;
  return e;
}

function nilaiDari(e: Decimal): Decimal {
  return NE_TENGAH.plus(e.times(NE_KALI));
}

function langkahBatas(eMentah: Decimal, e: Decimal, batas: Decimal): Langkah {
  const b = formatAngka(batas);
  return langkah(
    'E dibatasi ke [−batas; +batas]',
    { E: eMentah, batas },
    e,
    e.eq(eMentah) ? `E dalam batas ±${b}%` : `E di luar batas ±${b}%: dibatasi menjadi ${persen(e)}`,
  );
}

function langkahNilai(e: Decimal, ne: Decimal): Langkah {
  return langkah('NE = 50 + (E / 20) × 50', { E: e }, ne);
}

function dasarButir(b: ButirEfisiensiInti, indeks: number): DasarButirEfisiensi {
  return { indeks, nama: b.nama, pagu: b.pagu, realisasi: b.realisasi, capaian: b.capaian };
}

interface ButirDenganLangkah {
  hasil: EfisiensiButir;
  /** The item's working up to its own E (for the Σ form's trace). */
  dasar: number;
}

function hitungButir(
  b: ButirEfisiensiInti,
  indeks: number,
  o: OpsiEfisiensiInti,
  batas: Batas | null,
  label: string,
): ButirDenganLangkah {
  const jejak: Langkah[] = o.langkah ? [] : (TANPA_LANGKAH as Langkah[]);
  const awal = label === '' ? '' : `${label}: `;
  const minimal = o.capaianMinimal;
  if (minimal !== null && b.capaian.lt(minimal)) {
    const pesan = `capaian ${ringkas(b.capaian)} < ${ringkas(minimal)}: efisiensi tidak dihitung.`;
    if (o.langkah) {
      jejak.push(
        langkah(
          'syarat: capaian ≥ capaianMinimal',
          { capaian: b.capaian, capaianMinimal: minimal },
          'tidak dihitung',
          `${awal}${pesan}`,
        ),
      );
    }
    const hasil: EfisiensiButirTidakDihitung = {
      status: 'tidak-dapat-dihitung',
      alasan: 'capaian-di-bawah-minimal',
      pesan,
      langkah: jejak,
      ...dasarButir(b, indeks),
    };
    return { hasil, dasar: jejak.length };
  }
  const maks = o.batasAtasCapaian;
  const capaianDipotong = maks !== null && b.capaian.gt(maks);
  const capaianDipakai = capaianDipotong ? (maks as Decimal) : b.capaian;
  if (capaianDipakai.isZero() || capaianDipakai.isNegative()) {
    const pesan = `capaian ${ringkas(b.capaian)}: PAK × CK tidak positif, efisiensi tidak bermakna.`;
    if (o.langkah)
      jejak.push(
        langkah('syarat: PAK × CK > 0', { CK: capaianDipakai }, 'tidak dihitung', `${awal}${pesan}`),
      );
    const hasil: EfisiensiButirTidakDihitung = {
      status: 'tidak-dapat-dihitung',
      alasan: 'capaian-nol-atau-negatif',
      pesan,
      langkah: jejak,
      ...dasarButir(b, indeks),
    };
    return { hasil, dasar: jejak.length };
  }
  // CK is a fraction in the formula: PAK × (capaian / 100).
  const paguKaliCapaian = b.pagu.times(capaianDipakai).times(PER_SERATUS);
  const selisih = paguKaliCapaian.minus(b.realisasi);
  const eMentah = persenDari(selisih, paguKaliCapaian);
  const e = batasi(eMentah, batas);
  const nilaiEfisiensi = nilaiDari(e);
  let banyakDasar = 0;
  if (o.langkah) {
    if (capaianDipotong) {
      jejak.push(
        langkah(
          'CK = batasAtasCapaian bila capaian > batasAtasCapaian',
          { capaian: b.capaian, batasAtasCapaian: capaianDipakai },
          capaianDipakai,
          `${awal}CK ${persen(b.capaian)} dijadikan ${persen(capaianDipakai)}`,
        ),
      );
    }
    const catatan = label === '' ? undefined : label;
    jejak.push(
      langkah(
        'PAK × CK = pagu × capaian / 100',
        { PAK: b.pagu, CK: capaianDipakai },
        paguKaliCapaian,
        catatan,
      ),
    );
    jejak.push(
      langkah('(PAK × CK) − RAK', { 'PAK × CK': paguKaliCapaian, RAK: b.realisasi }, selisih, catatan),
    );
    jejak.push(
      langkah(
        'E = ((PAK × CK) − RAK) / (PAK × CK) × 100',
        { '(PAK × CK) − RAK': selisih, 'PAK × CK': paguKaliCapaian },
        eMentah,
        catatan,
      ),
    );
    banyakDasar = jejak.length;
    if (o.batas !== null) jejak.push(langkahBatas(eMentah, e, o.batas));
    jejak.push(langkahNilai(e, nilaiEfisiensi));
  }
  const hasil: EfisiensiButirDihitung = {
    status: 'dihitung',
    nilai: e,
    langkah: jejak,
    indeks,
    nama: b.nama,
    pagu: b.pagu,
    realisasi: b.realisasi,
    capaian: b.capaian,
    capaianDipakai,
    capaianDipotong,
    paguKaliCapaian,
    selisih,
    eMentah,
    dibatasi: e !== eMentah,
    nilaiEfisiensi,
  };
  return { hasil, dasar: banyakDasar };
}

/** The terms of a Σ for the trace, by item label (only their count when there are many). */
function suku(
  butir: readonly EfisiensiButirDihitung[],
  ambil: (b: EfisiensiButirDihitung) => Decimal,
): Record<string, Decimal> {
  if (butir.length > SUKU_DITULIS) return { 'banyak butir': new Decimal(butir.length) };
  // No prototype: an item named "__proto__" is a key like any other.
  const hasil: Record<string, Decimal> = Object.create(null);
  for (const b of butir) {
    let k = b.nama ?? `butir ${b.indeks + 1}`;
    while (Object.hasOwn(hasil, k)) k = `${k} (${b.indeks + 1})`;
    hasil[k] = ambil(b);
  }
  return hasil;
}

function tampilkan(
  e: Decimal,
  kebijakan: KebijakanPembulatan | undefined,
  satuan: SatuanTampil,
): TampilEfisiensi {
  // The policy's efisiensi rule speaks of E in percent (POTONG: 1 decimal → 26,6% = 0,266).
  const p = kebijakan === undefined ? undefined : pembulatanInti(e, 'efisiensi', kebijakan);
  const aturan = p?.aturan === undefined ? undefined : { ...p.aturan };
  const dalamPersen = p?.tampil ?? e;
  const nilai = satuan === 'rasio' ? dalamPersen.div(SERATUS) : dalamPersen;
  const desimal =
    aturan === undefined ? undefined : Math.max(aturan.desimal + (satuan === 'rasio' ? 2 : 0), 0);
  const teks = formatAngka(nilai, desimal === undefined ? {} : { desimal });
  return { nilai, satuan, teks: satuan === 'persen' ? `${teks}%` : teks, aturan };
}

function catatanTampil(t: TampilEfisiensi, kebijakan: KebijakanPembulatan | undefined): string {
  const bagian: string[] = [];
  if (kebijakan !== undefined) {
    bagian.push(
      t.aturan === undefined
        ? `kebijakan "${kebijakan.id}": efisiensi tidak dibulatkan`
        : `kebijakan "${kebijakan.id}": ${t.aturan.desimal} desimal dalam persen, ${t.aturan.mode}`,
    );
  }
  bagian.push(t.satuan === 'rasio' ? 'sebagai rasio (E / 100)' : 'dalam persen');
  return `${bagian.join('; ')}: ${t.teks}`;
}

/**
 * Budget efficiency on trusted values (see `efisiensi`): each item's E, the Σ form or the mean of the
 * outputs, the bound, NE and the value shown, with the trace.
 */
export function efisiensiInti(butir: readonly ButirEfisiensiInti[], o: OpsiEfisiensiInti): HasilEfisiensi {
  const banyak = butir.length;
  const batas = o.batas === null ? null : { atas: o.batas, bawah: o.batas.neg() };
  const hasilButir: EfisiensiButir[] = new Array(banyak);
  const jejak: Langkah[] = o.langkah ? [] : (TANPA_LANGKAH as Langkah[]);
  const dihitung: EfisiensiButirDihitung[] = [];
  // The Σ form's trace takes each item's working up to its own E; otherwise the whole of it.
  const sebagian = o.bentuk === 'jumlah' && banyak > 1;
  for (let i = 0; i < banyak; i++) {
    const b = butir[i] as ButirEfisiensiInti;
    const label = banyak === 1 ? '' : (b.nama ?? `butir ${i + 1}`);
    const h = hitungButir(b, i, o, batas, label);
    hasilButir[i] = h.hasil;
    if (h.hasil.status === 'dihitung') dihitung.push(h.hasil);
    if (o.langkah) {
      const l = h.hasil.langkah;
      const akhir = sebagian ? h.dasar : l.length;
      for (let k = 0; k < akhir; k++) jejak.push(l[k] as Langkah);
    }
  }
  const dasar: DasarHasilEfisiensi = {
    aturan: o.aturan.id,
    satuan: 'persen',
    bentuk: o.bentuk,
    batas: o.batas,
    butir: hasilButir,
  };

  if (dihitung.length === 0) {
    const tunggal = banyak === 1 ? (hasilButir[0] as EfisiensiButirTidakDihitung) : undefined;
    const alasan = tunggal ? tunggal.alasan : 'tidak-ada-butir-dihitung';
    const pesan = tunggal ? tunggal.pesan : 'Tidak ada butir yang dapat dihitung efisiensinya.';
    if (o.langkah && tunggal === undefined) jejak.push(langkah('E', {}, 'tidak dapat dihitung', pesan));
    return { status: 'tidak-dapat-dihitung', alasan, pesan, langkah: jejak, ...dasar };
  }

  let jumlahPaguKaliCapaian = new Decimal(0);
  let jumlahRealisasi = new Decimal(0);
  for (const b of dihitung) {
    jumlahPaguKaliCapaian = jumlahPaguKaliCapaian.plus(b.paguKaliCapaian);
    jumlahRealisasi = jumlahRealisasi.plus(b.realisasi);
  }

  let eMentah: Decimal;
  let e: Decimal;
  let nilaiEfisiensi: Decimal;
  if (banyak === 1) {
    // One item: its own E is the result, its trace already written.
    const b = dihitung[0] as EfisiensiButirDihitung;
    eMentah = b.eMentah;
    e = b.nilai;
    nilaiEfisiensi = b.nilaiEfisiensi;
  } else if (o.bentuk === 'jumlah') {
    const selisih = jumlahPaguKaliCapaian.minus(jumlahRealisasi);
    eMentah = persenDari(selisih, jumlahPaguKaliCapaian);
    e = batasi(eMentah, batas);
    nilaiEfisiensi = nilaiDari(e);
    if (o.langkah) {
      jejak.push(
        langkah(
          'Σ(PAK × CK)',
          suku(dihitung, (b) => b.paguKaliCapaian),
          jumlahPaguKaliCapaian,
        ),
      );
      jejak.push(
        langkah(
          'Σ RAK',
          suku(dihitung, (b) => b.realisasi),
          jumlahRealisasi,
        ),
      );
      jejak.push(
        langkah(
          'E = Σ((PAK × CK) − RAK) / Σ(PAK × CK) × 100',
          { 'Σ((PAK × CK) − RAK)': selisih, 'Σ(PAK × CK)': jumlahPaguKaliCapaian },
          eMentah,
        ),
      );
      if (o.batas !== null) jejak.push(langkahBatas(eMentah, e, o.batas));
      jejak.push(langkahNilai(e, nilaiEfisiensi));
    }
  } else {
    // Mean of the outputs' own E, each bounded first, so the mean stays within the bound.
    let jumlahMentah = new Decimal(0);
    let jumlahE = new Decimal(0);
    for (const b of dihitung) {
      jumlahMentah = jumlahMentah.plus(b.eMentah);
      jumlahE = jumlahE.plus(b.nilai);
    }
    const n = dihitung.length;
    eMentah = jumlahMentah.div(n);
    e = jumlahE.div(n);
    nilaiEfisiensi = nilaiDari(e);
    if (o.langkah) {
      jejak.push(
        langkah(
          'E = Σ Eᵢ / n',
          { 'Σ Eᵢ': jumlahE, n: new Decimal(n) },
          e,
          o.batas === null ? undefined : `tiap Eᵢ sudah dibatasi ±${formatAngka(o.batas)}%`,
        ),
      );
      jejak.push(langkahNilai(e, nilaiEfisiensi));
    }
  }

  const hasil: HasilEfisiensiDihitung = {
    status: 'dihitung',
    nilai: e,
    langkah: jejak,
    ...dasar,
    eMentah,
    // The mean of bounded E is a new number: compare it; otherwise the bound returned E itself.
    dibatasi: e !== eMentah && !e.eq(eMentah),
    nilaiEfisiensi,
    jumlahPaguKaliCapaian,
    jumlahRealisasi,
  };
  if (o.kebijakan !== undefined || o.satuanTampil !== undefined) {
    const t = tampilkan(e, o.kebijakan, o.satuanTampil ?? 'persen');
    hasil.tampil = t;
    if (o.langkah)
      jejak.push(
        langkah(
          'tampil = E menurut kebijakan pembulatan dan satuan',
          { E: e },
          t.nilai,
          catatanTampil(t, o.kebijakan),
        ),
      );
  }
  return hasil;
}
