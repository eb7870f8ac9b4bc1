// Internal helpers of the ikpa module: reading inputs at the boundary (with their location), range
// checks, the weight checks shared by the rule sets, exact sums, the identity of the rule used in a
// result. Not exported from the package.
import * as z from 'zod';
import { DecimalInti as Decimal } from '../angka/Decimal.js';
import { type Angka, keDecimal } from '../angka/keDecimal.js';
import { tulisPolos } from '../angka/tulis.js';
import { type Aturan, type JenisAturan, pilihAturan } from '../aturan/aturan.js';
import { bekukanDalam } from '../aturan/bekukan.js';
import type { StatusAturan } from '../aturan/status.js';
import { sambungJalur } from '../galat/jalur.js';
import type { KodeGalat } from '../galat/kode.js';
import { bacaObjek, teksMasukan } from '../galat/masukan.js';
import { isSakipError, type Masalah, SakipError } from '../galat/SakipError.js';
import { SkemaAngka } from '../model/angka.js';

// Module constants are deeply frozen (their digit arrays too): they end up in results (a deduction of
// 0), and a caller writing to a result must never change the next caller's figure.
export const NOL: Decimal = bekukanDalam(new Decimal(0));
export const SERATUS: Decimal = bekukanDalam(new Decimal(100));

/**
 * The input form of a rule definition as callers write it: every array may be readonly (so a built,
 * deeply frozen rule can be spread into a new definition: `{ ...ATURAN_IKPA.PER_5_PB_2022, id: 'X' }`).
 */
export type Definisi<T> = T extends readonly (infer U)[]
  ? readonly Definisi<U>[]
  : T extends object
    ? { readonly [K in keyof T]: Definisi<T[K]> }
    : T;

/** A camelCase id of an indicator, component or aspect in a rule set. */
export const IdCamel = z
  .string()
  .max(100)
  .regex(/^[a-z][A-Za-z0-9]*$/, 'id harus camelCase (huruf/angka, diawali huruf kecil)');

/** A weight in percent: an Angka, more than 0. */
export const BobotPositif = SkemaAngka.refine((d) => d.gt(0), 'bobot harus lebih dari 0');

/** Exact Indonesian display of a number for a message (exact, never rounded). */
export function tulis(x: Decimal): string {
  const s = x.toFixed();
  const titik = s.indexOf('.');
  const digitBulat = (titik < 0 ? s.length : titik) - (s.startsWith('-') ? 1 : 0);
  return digitBulat <= 3 ? s.replace('.', ',') : tulisPolos(s, '.', ',');
}

/** Reads an {@link Angka}; an error of keDecimal is re-raised with the location of the value. */
export function bacaAngka(x: unknown, lokasi: string): Decimal {
  try {
    return keDecimal(x as Angka);
  } catch (e) {
    if (!isSakipError(e)) throw e;
    throw new SakipError(e.kode, `${lokasi}: ${e.message}`, { masukan: x, lokasi, cause: e });
  }
}

/** Checks `min ≤ d ≤ maks`, raising `kode` with the location. */
export function periksaRentang(
  d: Decimal,
  min: Decimal,
  maks: Decimal,
  kode: KodeGalat,
  lokasi: string,
  masukan: unknown,
): Decimal {
  if (d.lt(min) || d.gt(maks)) {
    throw new SakipError(
      kode,
      `${lokasi} = ${tulis(d)} di luar rentang ${tulis(min)} sampai ${tulis(maks)}.`,
      {
        masukan,
        lokasi,
      },
    );
  }
  return d;
}

/** How {@link bacaRekaman} reads a record `{ id: value }` whose ids a rule set fixes. */
export interface CaraBacaRekaman {
  /** What it is, for messages: `'Nilai indikator IKPA PER_5_PB_2022'`. */
  nama: string;
  /** The ids the rule set expects, each required. */
  kunci: readonly string[];
  /** Where it sits: `'nilai'`, `'nilai.perencanaan'`. */
  lokasi: string;
  /** Code for an id the rule set does not know (with the nearest known id suggested). */
  kodeAsing: KodeGalat;
  /** Code for an expected id left out (or `undefined`). */
  kodeHilang: KodeGalat;
}

/** Whether `x` can be read as a record of values (an object, not null, not an array). */
export function adalahObjek(x: unknown): x is object {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/**
 * Reads a record of values keyed by the ids of a rule set, at the boundary: anything but an object is
 * `MASUKAN_TIDAK_VALID`; an unknown id is `kodeAsing` (every one listed, each with the nearest known
 * id); a missing id is `kodeHilang` (every one listed). Returns a null-prototype snapshot: getters,
 * Proxies and later changes of the caller's object cannot reach the computation.
 */
export function bacaRekaman(x: unknown, cara: CaraBacaRekaman): Record<string, unknown> {
  if (!adalahObjek(x)) {
    throw new SakipError(
      'MASUKAN_TIDAK_VALID',
      `${cara.lokasi} harus objek { id: nilai } berisi ${cara.nama}: ${cara.kunci.join(', ')}; bukan ${teksMasukan(x)}.`,
      { masukan: x, lokasi: cara.lokasi },
    );
  }
  const isi = bacaObjek(x, {
    nama: cara.nama,
    kunci: cara.kunci,
    kode: cara.kodeAsing,
    lokasi: cara.lokasi,
    bolehKosong: false,
  }) as Record<string, unknown>;
  const masalah: Masalah[] = [];
  for (const k of cara.kunci) {
    if (isi[k] === undefined) {
      masalah.push({ lokasi: sambungJalur(cara.lokasi, k), pesan: `"${k}" tidak diisi.` });
    }
  }
  if (masalah.length > 0) {
    throw new SakipError(
      cara.kodeHilang,
      `${cara.nama}: ${masalah.map((m) => m.lokasi).join(', ')} tidak diisi; beri nilainya` +
        `${cara.kodeHilang === 'IKPA_INDIKATOR_HILANG' ? ', atau null bila tidak berlaku' : ''}.`,
      { masukan: x, masalah },
    );
  }
  return isi;
}

/** Sum of Decimals (exact), iteratively. */
export function jumlah(xs: readonly Decimal[]): Decimal {
  let s = NOL;
  for (const x of xs) s = s.plus(x);
  return s;
}

/**
 * Checks a weighted list of a rule set (the `periksa` of buatAturan): ids unique, weights summing to
 * exactly `total` (100 for every versioned weight table of this module). Returns the problems.
 */
export function periksaBobot(
  daftar: readonly { id: string; bobot: Decimal }[],
  jalur: string,
  total: Decimal = SERATUS,
): Masalah[] {
  const masalah: Masalah[] = [];
  const dilihat = new Set<string>();
  const ganda = new Set<string>();
  for (const k of daftar) {
    if (dilihat.has(k.id)) ganda.add(k.id);
    dilihat.add(k.id);
  }
  if (ganda.size > 0) masalah.push({ lokasi: jalur, pesan: `id ganda: ${[...ganda].join(', ')}.` });
  const s = jumlah(daftar.map((k) => k.bobot));
  if (!s.eq(total)) {
    masalah.push({ lokasi: jalur, pesan: `jumlah bobot ${tulis(s)}, harus ${tulis(total)}.` });
  }
  return masalah;
}

/**
 * The rule set a result was computed under (aturan dipakai): its id, name, source and status — a
 * fresh copy, so a result never holds a preset's own objects.
 */
export interface AturanDipakai {
  /** The rule's id (`'PER_5_PB_2022'`, or the id of a rule of one's own). */
  readonly id: string;
  readonly nama: string;
  /** The regulation or report it comes from. */
  readonly sumber: string;
  /** How sure sakip is of it. */
  readonly status: StatusAturan;
}

/** The identity of a rule set, copied into a result. */
export function aturanDipakai(a: Aturan<string, unknown>): AturanDipakai {
  return { id: a.id, nama: a.nama, sumber: a.sumber, status: a.status };
}

/**
 * Reads the `tahun` option of a year-dependent rule set (IKPA, NKA): absent, or an integer year.
 * `OPSI_TIDAK_VALID` otherwise.
 */
export function bacaTahun(tahun: unknown, lokasi: string): number | undefined {
  if (tahun === undefined) return undefined;
  if (typeof tahun !== 'number' || !Number.isInteger(tahun)) {
    throw new SakipError(
      'OPSI_TIDAK_VALID',
      `${lokasi} harus bilangan bulat (tahun anggaran), bukan ${teksMasukan(tahun)}.`,
      {
        masukan: tahun,
        lokasi,
      },
    );
  }
  return tahun;
}

/**
 * When both a rule and a year are given, the rule must apply to that year (if it says which years it
 * applies to): `{ aturan: 'PER_5_PB_2022', tahun: 2024 }` is a contradiction, not a choice.
 */
export function periksaTahunAturan(a: Aturan<string, unknown>, tahun: number | undefined): void {
  const b = a.berlaku;
  if (tahun === undefined || b === undefined) return;
  if ((b.dari === undefined || tahun >= b.dari) && (b.sampai === undefined || tahun <= b.sampai)) return;
  throw new SakipError(
    'OPSI_TIDAK_VALID',
    `Aturan ${a.id} berlaku ${b.dari ?? '…'}–${b.sampai ?? '…'}, bukan untuk tahun ${tahun}: ` +
      'sebutkan aturan atau tahun saja, atau aturan yang berlaku untuk tahun itu.',
    { masukan: tahun, lokasi: 'opsi.tahun' },
  );
}

/**
 * Picks a year-dependent rule set (IKPA, NKA) from the options `aturan` and `tahun`, the one way:
 * {@link pilihAturan} (an id, a rule object, or the preset whose `berlaku` covers the year), and,
 * when both are given, the rule must apply to the year.
 */
export function pilihAturanBertahun<J extends string, S extends z.ZodRawShape, P>(
  jenis: JenisAturan<J, S, P>,
  preset: Readonly<Record<string, Aturan<J, P>>>,
  pilihan: unknown,
  tahunMentah: unknown,
): Aturan<J, P> {
  const tahun = bacaTahun(tahunMentah, 'opsi.tahun');
  const a = pilihAturan(jenis, preset, pilihan, tahun === undefined ? {} : { tahun });
  if (pilihan !== undefined) periksaTahunAturan(a, tahun);
  return a;
}

/** A predikat as a trace shows it: `'BB (Sangat Baik)'`, or the label alone when the band has no code. */
export function tulisPredikat(p: { readonly label: string; readonly kode: string | undefined }): string {
  return p.kode === undefined ? p.label : `${p.kode} (${p.label})`;
}
