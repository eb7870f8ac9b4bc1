// The one place where zod problems become a SakipError: Indonesian messages (zod's `id` locale,
// passed per call — the host's zod configuration is never touched), every problem with its path in
// sakip's one path format, unknown keys with the nearest known key.
import type * as z from 'zod';
import { id } from 'zod/locales';
import { jalur, pesanKunciAsing, sambungJalur } from './jalur.js';
import type { KodeGalat } from './kode.js';
import { kodeUtama, ringkasMasalah } from './masukan.js';
import { type Masalah, SakipError } from './SakipError.js';

const PETA_GALAT_ID = id().localeError;

/** How {@link bacaSkema} reports a failure. */
export interface CaraBacaSkema {
  /** The code raised: `MODEL_TIDAK_VALID`, `OPSI_TIDAK_VALID`, `ATURAN_TIDAK_VALID` … */
  kode: KodeGalat;
  /** What is read, for the message: `'Laporan'`, `'Aturan IKPA'`. */
  nama: string;
  /** Path prefix of every problem, when the value sits inside a larger input. */
  lokasi?: string;
}

/**
 * Parses untrusted data with a zod schema, once, at the boundary; returns the parsed value or throws
 * one SakipError listing every problem. A getter or Proxy that throws while being read becomes the
 * same SakipError, never a raw error.
 */
export function bacaSkema<T extends z.ZodType>(skema: T, data: unknown, cara: CaraBacaSkema): z.output<T> {
  let hasil: ReturnType<T['safeParse']>;
  try {
    hasil = skema.safeParse(data, { error: PETA_GALAT_ID }) as ReturnType<T['safeParse']>;
  } catch (e) {
    // Only a SakipError of this copy of sakip passes as it is: a thrown look-alike is wrapped too.
    if (e instanceof SakipError) throw e;
    throw new SakipError(cara.kode, `${cara.nama} tidak dapat dibaca: ${pesanAsli(e)}.`, {
      masukan: data,
      lokasi: cara.lokasi ?? '',
      cause: e,
    });
  }
  if (hasil.success) return hasil.data as z.output<T>;
  const masalah = hasil.error.issues.flatMap((i) => keMasalah(skema, i, cara.lokasi ?? ''));
  throw new SakipError(
    kodeUtama(cara.kode, masalah),
    `${cara.nama} tidak valid: ${ringkasMasalah(masalah)}`,
    {
      masukan: data,
      masalah,
    },
  );
}

function pesanAsli(e: unknown): string {
  return e instanceof Error ? e.message.slice(0, 200) : 'galat tak dikenal';
}

/**
 * One zod issue as problems; an unknown key is one problem at its own path (`sasaran[0].targett`). A
 * union whose input matched the type of exactly one branch reports that branch's problems (`catatan.sumbr`
 * instead of a bare "Input tidak valid" at `catatan`).
 */
function keMasalah(skema: z.ZodType, i: z.core.$ZodIssue, awal: string, kedalaman = 0): Masalah[] {
  if (i.code === 'invalid_union' && kedalaman < 20) {
    const cocok = i.errors.filter(
      (cabang) => !cabang.some((j) => j.code === 'invalid_type' && j.path.length === 0),
    );
    const [cabang] = cocok;
    if (cocok.length === 1 && cabang !== undefined && cabang.length > 0) {
      return cabang.flatMap((j) =>
        keMasalah(skema, { ...j, path: [...i.path, ...j.path] }, awal, kedalaman + 1),
      );
    }
  }
  const lokasi = jalur(i.path, awal);
  if (i.code === 'unrecognized_keys') {
    const dikenal = kunciDiJalur(skema, i.path);
    return i.keys.map((k) => ({ lokasi: sambungJalur(lokasi, k), pesan: pesanKunciAsing(k, dikenal) }));
  }
  const kode = (i as { params?: { kode?: KodeGalat } }).params?.kode;
  return [kode === undefined ? { lokasi, pesan: i.message } : { lokasi, pesan: i.message, kode }];
}

type Def = {
  type?: string;
  shape?: Record<string, unknown>;
  innerType?: unknown;
  in?: unknown;
  out?: unknown;
  element?: unknown;
  items?: unknown[];
  rest?: unknown;
  options?: unknown[];
  keyType?: unknown;
  entries?: Record<string, unknown>;
  valueType?: unknown;
  getter?: () => unknown;
};

function def(s: unknown): Def {
  return ((s as { _zod?: { def?: Def } })?._zod?.def ?? {}) as Def;
}

/** The keys the object schema at `path` knows (for "did you mean"), walking wrappers and arrays. */
function kunciDiJalur(skema: unknown, path: readonly PropertyKey[]): string[] {
  let kini: unknown[] = [skema];
  for (let langkah = 0; langkah <= path.length; langkah++) {
    const objek: unknown[] = [];
    const tumpuk = [...kini];
    for (let n = 0; tumpuk.length > 0 && n < 200; n++) {
      const s = tumpuk.pop();
      const d = def(s);
      if (d.type === 'object') objek.push(s);
      else if (d.type === 'union') tumpuk.push(...(d.options ?? []));
      else if (d.type === 'pipe') tumpuk.push(d.in, d.out);
      else if (d.type === 'lazy' && d.getter) tumpuk.push(d.getter());
      else if (d.innerType !== undefined) tumpuk.push(d.innerType);
      else if (d.type === 'array' || d.type === 'record' || d.type === 'tuple') objek.push(s);
    }
    if (langkah === path.length) return [...new Set(objek.flatMap(kunciObjek))];
    const p = path[langkah];
    kini = objek.flatMap((s) => {
      const d = def(s);
      if (d.type === 'array') return typeof p === 'number' ? [d.element] : [];
      if (d.type === 'tuple') return typeof p === 'number' ? [d.items?.[p] ?? d.rest] : [];
      if (d.type === 'record') return [d.valueType];
      return typeof p === 'string' && d.shape && Object.hasOwn(d.shape, p) ? [d.shape[p]] : [];
    });
  }
  return [];
}

/** The keys one object schema knows: its shape, or the enum keys of a record (`z.partialRecord`). */
function kunciObjek(s: unknown): string[] {
  const d = def(s);
  if (d.shape) return Object.keys(d.shape);
  const kunci = def(d.keyType).entries;
  return d.type === 'record' && kunci ? Object.values(kunci).filter((k) => typeof k === 'string') : [];
}
