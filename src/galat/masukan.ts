import { pesanKunciAsing, sambungJalur } from './jalur.js';
import type { KodeGalat } from './kode.js';
import { type Masalah, SakipError } from './SakipError.js';

/**
 * A value written for an error message, whatever it is: a string quoted, an object described. Never
 * throws (`String(x)` does for objects without a prototype), so a message about bad input cannot
 * itself become a TypeError.
 */
export function teksMasukan(x: unknown): string {
  if (typeof x === 'string') return JSON.stringify(x.length > 60 ? `${x.slice(0, 60)}…` : x);
  if (
    typeof x === 'number' ||
    typeof x === 'boolean' ||
    typeof x === 'bigint' ||
    x === undefined ||
    x === null
  ) {
    return String(x);
  }
  if (typeof x === 'symbol') return 'symbol';
  if (typeof x === 'function') return 'fungsi';
  try {
    // A revoked Proxy throws from Array.isArray, an array Proxy from its length.
    const n = Array.isArray(x) ? Reflect.getOwnPropertyDescriptor(x, 'length')?.value : undefined;
    if (typeof n === 'number') return `larik (${n} butir)`;
  } catch {
    // described as an object below
  }
  return 'objek';
}

/** Whether `x` is an array — or a revoked Proxy, which `Array.isArray` throws on (neither is an object we read). */
function larikAtauRusak(x: object): boolean {
  try {
    return Array.isArray(x);
  } catch {
    return true;
  }
}

/**
 * The options object of a public function (opsi): `undefined` means "all defaults"; anything but a
 * plain object (null, an array, a number) is a `SakipError` instead of a TypeError later on.
 */
export function bacaOpsi<T extends object>(
  opsi: T | undefined,
  nama: string,
  kode: KodeGalat = 'OPSI_TIDAK_VALID',
): T {
  if (opsi === undefined) return {} as T;
  if (typeof opsi !== 'object' || opsi === null || larikAtauRusak(opsi)) {
    throw new SakipError(kode, `Opsi ${nama} harus objek, bukan ${teksMasukan(opsi)}.`, { masukan: opsi });
  }
  return opsi;
}

/** A required object argument (e.g. `{ target, realisasi }`); anything else is a `SakipError`. */
export function wajibObjek<T extends object>(x: T, nama: string, kode: KodeGalat = 'MASUKAN_TIDAK_VALID'): T {
  if (typeof x !== 'object' || x === null || larikAtauRusak(x)) {
    throw new SakipError(kode, `${nama} harus objek, bukan ${teksMasukan(x)}.`, { masukan: x });
  }
  return x;
}

/** A required array argument; anything else is a `SakipError`. */
export function wajibLarik<T>(
  x: readonly T[],
  nama: string,
  kode: KodeGalat = 'MASUKAN_TIDAK_VALID',
): readonly T[] {
  let larik = false;
  try {
    larik = Array.isArray(x);
  } catch {
    // a revoked Proxy: not an array we can read
  }
  if (!larik) {
    throw new SakipError(kode, `${nama} harus larik (array), bukan ${teksMasukan(x)}.`, { masukan: x });
  }
  return x;
}

/** How {@link bacaObjek} reads an object argument. */
export interface CaraBacaObjek<K extends string> {
  /** What the object is, for messages: `'Opsi capaian'`, `'Masukan penyerapan'`. */
  nama: string;
  /** The keys it may have; any other own key is an error naming the nearest known key. */
  kunci: readonly K[];
  /** The code raised; default `OPSI_TIDAK_VALID`. */
  kode?: KodeGalat;
  /** Where the object sits in a larger input (path prefix of every problem). */
  lokasi?: string;
  /** `undefined` reads as `{}` (options); default true. */
  bolehKosong?: boolean;
}

/**
 * Reads an object argument at the boundary (baca objek), the fast way for options and small inputs:
 * a plain object (or `undefined` → `{}` when allowed) whose own keys are all known, read once into a
 * fresh null-prototype snapshot — so a getter, a Proxy or a later change of the caller's object can
 * neither throw from inside sakip nor change what was validated. Unknown keys (`kebjakan`),
 * symbol keys and accessor properties are listed together, each with its path; `undefined` values
 * count as absent.
 */
export function bacaObjek<K extends string>(x: unknown, cara: CaraBacaObjek<K>): Partial<Record<K, unknown>> {
  const kode = cara.kode ?? 'OPSI_TIDAK_VALID';
  const lokasi = cara.lokasi ?? '';
  if (x === undefined && cara.bolehKosong !== false) return Object.create(null);
  const bukanObjek = () =>
    new SakipError(kode, `${cara.nama} harus objek, bukan ${teksMasukan(x)}.`, { masukan: x, lokasi });
  if (typeof x !== 'object' || x === null) throw bukanObjek();
  const hasil: Partial<Record<K, unknown>> = Object.create(null);
  const masalah: Masalah[] = [];
  let larik = false;
  try {
    larik = Array.isArray(x);
    for (const k of larik ? [] : Reflect.ownKeys(x)) {
      if (typeof k === 'symbol') {
        masalah.push({ lokasi, pesan: 'kunci simbol tidak diterima.' });
        continue;
      }
      const d = Reflect.getOwnPropertyDescriptor(x, k);
      if (d === undefined || !d.enumerable) continue;
      if (!(cara.kunci as readonly string[]).includes(k)) {
        masalah.push({ lokasi: sambungJalur(lokasi, k), pesan: pesanKunciAsing(k, cara.kunci) });
      } else if (!('value' in d)) {
        masalah.push({
          lokasi: sambungJalur(lokasi, k),
          pesan: 'properti getter/setter tidak diterima; beri nilainya.',
        });
      } else if (d.value !== undefined) {
        hasil[k as K] = d.value;
      }
    }
  } catch (e) {
    throw new SakipError(kode, `${cara.nama} tidak dapat dibaca (objek Proxy atau sejenisnya).`, {
      masukan: x,
      lokasi,
      cause: e,
    });
  }
  if (larik) throw bukanObjek();
  if (masalah.length > 0) {
    throw new SakipError(kode, `${cara.nama} tidak valid: ${ringkasMasalah(masalah)}`, {
      masukan: x,
      masalah,
    });
  }
  return hasil;
}

/** One problem as a message fragment: `lokasi: pesan`. */
export function tulisMasalah(m: Masalah): string {
  return m.lokasi === '' ? m.pesan : `${m.lokasi}: ${m.pesan}`;
}

/**
 * Several problems as one message line, bounded: the first few, then how many more (all of them stay
 * in `galat.masalah`). A file with 100 000 bad values gives one readable line, not megabytes.
 */
export function ringkasMasalah(masalah: readonly Masalah[], paling = 5): string {
  // Each fragment bounded, its own closing stop dropped: fragments are joined with '; '.
  const awal = masalah.slice(0, paling).map((m) => tulisMasalah(m).slice(0, 300).replace(/\.$/, ''));
  const sisa = masalah.length - awal.length;
  return `${awal.join('; ')}${sisa > 0 ? ` … dan ${sisa} masalah lain (lihat galat.masalah)` : ''}`;
}

/**
 * The code of an error that lists several problems: the reader's own (`MODEL_TIDAK_VALID` …), except
 * that a number outside the range a report can hold makes the whole input `ANGKA_DI_LUAR_JANGKAUAN` —
 * such a file is not a report with a typo but an attack or a corruption, and says so first.
 */
export function kodeUtama(kode: KodeGalat, masalah: readonly Masalah[]): KodeGalat {
  return masalah.some((m) => m.kode === 'ANGKA_DI_LUAR_JANGKAUAN') ? 'ANGKA_DI_LUAR_JANGKAUAN' : kode;
}
