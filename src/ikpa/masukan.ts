// Internal helpers of the ikpa module: reading inputs with their location, range checks, rule-set
// validation, weighted sums over a list of weighted components. Not exported from the package.
import type { z } from 'zod';
import { Decimal } from '../angka/Decimal.js';
import { type Angka, keDecimal } from '../angka/keDecimal.js';
import { tulisPolos } from '../angka/tulis.js';
import type { KodeGalat } from '../galat/kode.js';
import { isSakipError, SakipError } from '../galat/SakipError.js';

export const SERATUS = new Decimal(100);
export const NOL = new Decimal(0);

/**
 * One step of a computation (langkah hitung), for the audit trail: what is computed, the formula with
 * the numbers put in (Indonesian format, exact), and the exact result.
 */
export interface LangkahHitung {
  /** What this step computes (`'Nilai total'`). */
  uraian: string;
  /** The formula with its numbers (`'100 × 10/100 + … = 98,5'`). */
  rumus: string;
  /** The exact result of the step. */
  hasil: Decimal;
}

/** Exact Indonesian display of a number for a trace line (as formatAngka without rounding, cheaper). */
export function tulis(x: Decimal): string {
  const s = x.toFixed();
  const titik = s.indexOf('.');
  const digitBulat = (titik < 0 ? s.length : titik) - (s.startsWith('-') ? 1 : 0);
  return digitBulat <= 3 ? s.replace('.', ',') : tulisPolos(s, '.', ',');
}

/**
 * Adds `langkah` to a result as an enumerable getter that builds the trace on first read and keeps it:
 * the trace strings cost more than the arithmetic, and most callers in a loop never read them.
 */
export function denganLangkah<T extends object>(
  hasil: T,
  buat: () => LangkahHitung[],
): T & { langkah: LangkahHitung[] } {
  let simpan: LangkahHitung[] | undefined;
  return Object.defineProperty(hasil, 'langkah', {
    enumerable: true,
    get: () => {
      simpan ??= buat();
      return simpan;
    },
  }) as T & { langkah: LangkahHitung[] };
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
      { masukan, lokasi },
    );
  }
  return d;
}

/** Validates a rule set with its zod schema; every problem is named in one error with code `kode`. */
export function validasiAturan<T extends z.ZodType>(
  skema: T,
  definisi: unknown,
  kode: KodeGalat,
  nama: string,
): z.output<T> {
  const hasil = skema.safeParse(definisi);
  if (hasil.success) return hasil.data;
  const masalah = hasil.error.issues.map((i) => ({
    lokasi: i.path.length === 0 ? '(akar)' : i.path.map(String).join('.'),
    pesan: i.message,
  }));
  throw new SakipError(
    kode,
    `${nama} tidak valid — ${masalah.map((m) => `${m.lokasi}: ${m.pesan}`).join('; ')}.`,
    {
      masukan: definisi,
      lokasi: masalah[0]?.lokasi ?? '(akar)',
    },
  );
}

/** Sum of Decimals (exact). */
export function jumlah(xs: readonly Decimal[]): Decimal {
  let s = NOL;
  for (const x of xs) s = s.plus(x);
  return s;
}

/** Whether `x` is a plain object (a record of values), not an array, Decimal or null. */
export function adalahRekaman(x: unknown): x is Record<string, unknown> {
  return (
    typeof x === 'object' &&
    x !== null &&
    !Array.isArray(x) &&
    (x as { toStringTag?: unknown }).toStringTag !== '[object Decimal]'
  );
}

/** Codes used by {@link periksaKunci}. */
export interface KodeKunci {
  hilang: KodeGalat;
  tidakDikenal: KodeGalat;
}

/**
 * Checks that a record has exactly the expected keys: every expected id present (a value or null)
 * and no other. `awalan` prefixes the location (`nilai`, `nilai.perencanaan`).
 */
export function periksaKunci(
  rekaman: unknown,
  diharap: readonly string[],
  kode: KodeKunci,
  awalan: string,
  apa: string,
): Record<string, unknown> {
  if (!adalahRekaman(rekaman)) {
    throw new SakipError(
      kode.hilang,
      `${awalan} harus objek { id: nilai } berisi ${apa}: ${diharap.join(', ')}.`,
      {
        masukan: rekaman,
        lokasi: awalan,
      },
    );
  }
  const dikenal = new Set(diharap);
  for (const k of Object.keys(rekaman)) {
    if (!dikenal.has(k)) {
      throw new SakipError(
        kode.tidakDikenal,
        `${apa} "${k}" tidak dikenal; yang dikenal: ${diharap.join(', ')}.`,
        { masukan: rekaman, lokasi: `${awalan}.${k}` },
      );
    }
  }
  for (const id of diharap) {
    if (!(id in rekaman) || rekaman[id] === undefined) {
      throw new SakipError(
        kode.hilang,
        `${apa} "${id}" tidak diisi; beri nilainya, atau null bila tidak berlaku.`,
        { masukan: rekaman, lokasi: `${awalan}.${id}` },
      );
    }
  }
  return rekaman;
}

/**
 * Checks a weighted list inside a zod refinement: ids unique, weights summing to exactly 100 (every
 * versioned weight table of this module obeys that law).
 */
export function periksaBobotSeratus(
  daftar: readonly { id: string; bobot: Decimal }[],
  jalur: string,
  ctx: z.RefinementCtx,
): void {
  const ids = daftar.map((k) => k.id);
  const ganda = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (ganda.length > 0)
    ctx.addIssue({ code: 'custom', path: [jalur], message: `id ganda: ${ganda.join(', ')}` });
  const total = jumlah(daftar.map((k) => k.bobot));
  if (!total.eq(SERATUS)) {
    ctx.addIssue({ code: 'custom', path: [jalur], message: `jumlah bobot ${total.toString()}, harus 100` });
  }
}
