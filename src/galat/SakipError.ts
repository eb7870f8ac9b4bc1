import { KODE_GALAT, type KodeGalat } from './kode.js';

/**
 * The one error type sakip throws (galat). `kode` is stable and meant for programs; `message` is in
 * Indonesian and meant for people; `masukan` holds the offending input, unchanged.
 *
 * @example
 * ```ts
 * import { parseAngka, SakipError } from 'sakip';
 * let kode = '';
 * try {
 *   parseAngka('#VALUE!');
 * } catch (e) {
 *   if (e instanceof SakipError) kode = e.kode;
 * }
 * kode; //=> 'ANGKA_GALAT_SPREADSHEET'
 * ```
 */
export class SakipError extends Error {
  /** Stable machine-readable code, SCREAMING_SNAKE (see `docs/galat.md`). */
  readonly kode: KodeGalat;
  /** The input that caused the error, as it was given. */
  readonly masukan: unknown;
  /** Where in a structured input the error sits (e.g. `sasaran[0].indikator[1].target`), if known. */
  readonly lokasi: string | undefined;

  constructor(
    kode: KodeGalat,
    pesan: string,
    opsi: { masukan?: unknown; lokasi?: string; cause?: unknown } = {},
  ) {
    super(pesan, opsi.cause === undefined ? undefined : { cause: opsi.cause });
    this.name = 'SakipError';
    this.kode = kode;
    this.masukan = opsi.masukan;
    this.lokasi = opsi.lokasi;
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
    g.kode in KODE_GALAT &&
    (kode === undefined || g.kode === kode)
  );
}
