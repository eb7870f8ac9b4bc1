import { KODE_GALAT, type KodeGalat } from './kode.js';

/**
 * One problem in an input (masalah): where it is (`lokasi`, in the one path format sakip uses:
 * `sasaran[0].indikator[1].target`, empty for the input itself) and what is wrong, in Indonesian.
 * `kode` names the problem more precisely when it has a code of its own (e.g. `ANGKA_AMBIGU` inside
 * a `MODEL_TIDAK_VALID`).
 */
export interface Masalah {
  readonly lokasi: string;
  readonly pesan: string;
  readonly kode?: KodeGalat;
}

/** Options of the {@link SakipError} constructor. */
export interface OpsiSakipError {
  /** The offending input, as it was given. */
  masukan?: unknown;
  /** Where in a structured input the error sits; defaults to the first problem's `lokasi`. */
  lokasi?: string;
  /** Every problem found; defaults to one problem: the message at `lokasi`. */
  masalah?: readonly Masalah[];
  cause?: unknown;
}

/**
 * The one error type sakip throws (galat). `kode` is stable and meant for programs; `message` is in
 * Indonesian and meant for people; `masalah` lists every problem found (not only the first), each
 * with its path; `masukan` holds the offending input, unchanged.
 *
 * @example
 * ```ts
 * import { bacaLaporan, parseAngka, SakipError } from 'sakip';
 * let kode = '';
 * try {
 *   parseAngka('#VALUE!');
 * } catch (e) {
 *   if (e instanceof SakipError) kode = e.kode;
 * }
 * kode; //=> 'ANGKA_GALAT_SPREADSHEET'
 * let lokasi: string[] = [];
 * try {
 *   bacaLaporan({
 *     instansi: 'X',
 *     tahun: 2024,
 *     sasaran: [{ id: 'S1', nama: 'a', indikator: [{ id: 'I1', nama: 'b', targett: 1 }] }],
 *   });
 * } catch (e) {
 *   if (e instanceof SakipError) lokasi = e.masalah.map((m) => m.lokasi);
 * }
 * lokasi; //=> ['sasaran[0].indikator[0].targett']
 * ```
 */
export class SakipError extends Error {
  /** Stable machine-readable code, SCREAMING_SNAKE (see `docs/galat.md`). */
  readonly kode: KodeGalat;
  /** The input that caused the error, as it was given. */
  readonly masukan: unknown;
  /** Where in a structured input the (first) problem sits, e.g. `sasaran[0].indikator[1].target`. */
  readonly lokasi: string | undefined;
  /** Every problem found, each with its path; never empty. */
  readonly masalah: readonly Masalah[];

  constructor(kode: KodeGalat, pesan: string, opsi: OpsiSakipError = {}) {
    super(pesan, opsi.cause === undefined ? undefined : { cause: opsi.cause });
    this.name = 'SakipError';
    this.kode = kode;
    this.masukan = opsi.masukan;
    const masalah =
      opsi.masalah && opsi.masalah.length > 0
        ? opsi.masalah.map((m) => Object.freeze({ ...m }))
        : [Object.freeze({ lokasi: opsi.lokasi ?? '', pesan, kode })];
    this.masalah = Object.freeze(masalah);
    this.lokasi = opsi.lokasi ?? (opsi.masalah?.[0]?.lokasi || undefined);
  }
}

/**
 * Whether a value is a {@link SakipError}, optionally with a given code. Works across bundle copies
 * (ESM, CJS, the browser global), where `instanceof` would not.
 *
 * @example
 * ```ts
 * import { isSakipError, keDecimal } from 'sakip';
 * let hasil = false;
 * try { keDecimal(Number.NaN); } catch (e) { hasil = isSakipError(e, 'ANGKA_TIDAK_HINGGA'); }
 * hasil; //=> true
 * ```
 */
export function isSakipError(galat: unknown, kode?: KodeGalat): galat is SakipError {
  if (typeof galat !== 'object' || galat === null) return false;
  const g = galat as { name?: unknown; kode?: unknown };
  return (
    g.name === 'SakipError' &&
    typeof g.kode === 'string' &&
    Object.hasOwn(KODE_GALAT, g.kode) &&
    (kode === undefined || g.kode === kode)
  );
}
