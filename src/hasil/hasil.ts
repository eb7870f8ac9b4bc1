import type { Decimal } from '../angka/Decimal.js';
import { TULIS_POLOS, tulisAngkaInti } from '../angka/formatAngka.js';
import { keDecimal, salinDecimal } from '../angka/keDecimal.js';
import { sambungJalur } from '../galat/jalur.js';
import { bacaObjek, teksMasukan } from '../galat/masukan.js';
import { SakipError } from '../galat/SakipError.js';

/**
 * One step of a computation (langkah), written by the code that computes the value — never by
 * recomputing it beside: the formula in words and symbols, the values that went in, the value that
 * came out, and an optional note (a rounding, a cap, a rule applied). The same shape in every module.
 */
export interface Langkah {
  /** The formula, e.g. `'capaian = realisasi / target × 100'`. */
  readonly rumus: string;
  /** The values that went in, by name. */
  readonly masukan: Readonly<Record<string, Decimal | string>>;
  /** The value that came out. */
  readonly hasil: Decimal | string;
  /** A note: which rule, which rounding, why a value was left out. */
  readonly catatan?: string;
}

/** A value computed, with its trace (dihitung). Modules add their own fields beside `nilai`. */
export interface Dihitung<N> {
  readonly status: 'dihitung';
  /** The value: exact unless a field says it is the printed one. */
  readonly nilai: N;
  readonly langkah: readonly Langkah[];
}

/**
 * A value a report can legitimately lack (tidak dapat dihitung): target 0, realisasi not known yet, a
 * qualitative indicator, capaian below 100 under a rule that computes efficiency only above it … —
 * with the reason as a stable code (`alasan`) and one Indonesian sentence (`pesan`). Not an error.
 */
export interface TidakDapatDihitung<A extends string = string> {
  readonly status: 'tidak-dapat-dihitung';
  readonly alasan: A;
  readonly pesan: string;
  readonly langkah: readonly Langkah[];
}

/**
 * The one result union of sakip (hasil) wherever a report can hold "not computable": capaian of an
 * indicator, a mean, efficiency, the physical capaian of a parent, IKPA components. Narrow on
 * `status`.
 *
 * @example
 * ```ts
 * import { hitungIndikator } from 'sakip';
 * const h = hitungIndikator({ id: 'IKU-1', nama: 'PPKS', target: '69,02', realisasi: '92,71' });
 * h.status; //=> 'dihitung'
 * const belum = hitungIndikator({ id: 'IKU-9', nama: 'Belum ada nilai', target: 10, realisasi: null });
 * belum.status === 'tidak-dapat-dihitung' && belum.alasan; //=> 'realisasi-kosong'
 * ```
 */
export type Hasil<N, A extends string = string, T extends object = object> =
  | (Dihitung<N> & T)
  | TidakDapatDihitung<A>;

/** Makes a step (internal helper for the modules). */
export function langkah(
  rumus: string,
  masukan: Readonly<Record<string, Decimal | string>>,
  hasil: Decimal | string,
  catatan?: string,
): Langkah {
  return catatan === undefined ? { rumus, masukan, hasil } : { rumus, masukan, hasil, catatan };
}

const POTONG_6 = Object.freeze({ ...TULIS_POLOS, desimal: 6, mode: 'potong' as const });

/**
 * One value of a step, for people. A Decimal is read by its digits without the input range (a
 * 40-digit quotient may lie outside it: it is a result, not an input); a number is read as an input.
 */
function tulisNilai(x: unknown, lokasi: string): string {
  if (typeof x === 'string') return x;
  try {
    const d = typeof x === 'object' && x !== null ? salinDecimal(x) : keDecimal(x as number);
    return d.decimalPlaces() > 6 ? `${tulisAngkaInti(d, POTONG_6)}…` : tulisAngkaInti(d, TULIS_POLOS);
  } catch (e) {
    throw new SakipError(
      'MASUKAN_TIDAK_VALID',
      `Langkah tidak valid: ${lokasi} harus Decimal atau teks, bukan ${teksMasukan(x)}.`,
      { masukan: x, lokasi, cause: e },
    );
  }
}

/**
 * Writes a step for a person (tulis langkah), in Indonesian number format; long quotients are cut at
 * 6 decimals and marked `…` (display only).
 *
 * @example
 * ```ts
 * import { Decimal, tulisLangkah } from 'sakip';
 * tulisLangkah({
 *   rumus: 'capaian = realisasi / target × 100',
 *   masukan: { realisasi: new Decimal('92.71'), target: new Decimal('69.02') },
 *   hasil: new Decimal('134.3233845262242827'),
 * }); //=> 'capaian = realisasi / target × 100; realisasi = 92,71, target = 69,02 → 134,323384…'
 * ```
 */
export function tulisLangkah(l: Langkah): string {
  const o = bacaObjek(l, {
    nama: 'Langkah',
    kunci: ['rumus', 'masukan', 'hasil', 'catatan'],
    kode: 'MASUKAN_TIDAK_VALID',
    bolehKosong: false,
  });
  if (typeof o.rumus !== 'string' || (o.catatan !== undefined && typeof o.catatan !== 'string')) {
    throw new SakipError('MASUKAN_TIDAK_VALID', 'Langkah tidak valid: rumus (dan catatan) harus teks.', {
      masukan: l,
      lokasi: typeof o.rumus !== 'string' ? 'rumus' : 'catatan',
    });
  }
  const masukan: string[] = [];
  const nilai = entriMasukan(o.masukan, l);
  for (const [k, v] of nilai) masukan.push(`${k} = ${tulisNilai(v, sambungJalur('masukan', k))}`);
  const teks = masukan.join(', ');
  const hasil = tulisNilai(o.hasil, 'hasil');
  return `${o.rumus}${teks === '' ? '' : `; ${teks}`} → ${hasil}${o.catatan ? ` (${o.catatan})` : ''}`;
}

/** The named inputs of a step, read once; a non-object or an unreadable one is a SakipError. */
function entriMasukan(m: unknown, l: unknown): [string, unknown][] {
  if (m === undefined) return [];
  const galat = (cause?: unknown) =>
    new SakipError(
      'MASUKAN_TIDAK_VALID',
      cause === undefined
        ? `Langkah tidak valid: masukan harus objek, bukan ${teksMasukan(m)}.`
        : 'Langkah tidak valid: masukan tidak dapat dibaca (objek Proxy atau sejenisnya).',
      {
        masukan: l,
        lokasi: 'masukan',
        cause,
      },
    );
  if (typeof m !== 'object' || m === null) throw galat();
  let entri: [string, unknown][] | undefined;
  try {
    entri = Array.isArray(m) ? undefined : Object.entries(m);
  } catch (e) {
    throw galat(e);
  }
  if (entri === undefined) throw galat();
  return entri;
}
