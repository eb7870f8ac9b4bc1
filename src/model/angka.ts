import * as z from 'zod';
import type { Decimal } from '../angka/Decimal.js';
import { keDecimalFormat } from '../angka/keDecimal.js';
import { type FormatAngka, periksaFormat } from '../angka/parseAngka.js';
import { SakipError } from '../galat/SakipError.js';

// The number format of the document being read. Report files declare it once (`format`, default
// 'id': Indonesian reports); `bacaModel` sets it for the duration of one synchronous parse.
let formatDokumen: FormatAngka = 'id';

/** Runs a synchronous parse with the document's number format (internal to the model boundary). */
export function denganFormat<T>(format: FormatAngka, baca: () => T): T {
  const sebelumnya = formatDokumen;
  // Checked here, once: the number core trusts its format.
  formatDokumen = periksaFormat(format);
  try {
    return baca();
  } finally {
    formatDokumen = sebelumnya;
  }
}

/** A value with its own format, overriding the document's: `{ "angka": "92.711", "format": "en" }`. */
const AngkaBerformat = z.strictObject({ angka: z.string(), format: z.enum(['id', 'en']) });

function bacaAngka(x: unknown, ctx: z.core.$RefinementCtx<unknown>): Decimal {
  if (x === undefined) {
    ctx.addIssue({ code: 'custom', message: 'wajib diisi: angka (number atau teks).', input: x });
    return z.NEVER;
  }
  try {
    if (typeof x === 'string') return keDecimalFormat(x, formatDokumen);
    if (typeof x === 'object' && x !== null && objekPolos(x)) {
      // A plain object is never a Decimal (those have decimal.js' prototype): it is `{ angka, format }`.
      const b = AngkaBerformat.safeParse(x);
      if (b.success) return keDecimalFormat(b.data.angka, b.data.format);
      if (Reflect.getOwnPropertyDescriptor(x, 'angka') !== undefined) {
        ctx.addIssue({
          code: 'custom',
          message: 'angka berformat harus tepat { angka: teks, format: "id" atau "en" }.',
          input: x,
          params: { kode: 'ANGKA_TIPE_TIDAK_DIDUKUNG' },
        });
        return z.NEVER;
      }
    }
    return keDecimalFormat(x, formatDokumen);
  } catch (e) {
    if (!(e instanceof SakipError)) throw e;
    ctx.addIssue({ code: 'custom', message: e.message, input: x, params: { kode: e.kode } });
    return z.NEVER;
  }
}

function objekPolos(x: object): boolean {
  const proto = Reflect.getPrototypeOf(x);
  return proto === Object.prototype || proto === null;
}

/**
 * Schema of an {@link Angka} in a model (skema angka): a finite number, a string in the document's
 * format (`'id'` unless the report declares `format`), a value with its own format
 * (`{ "angka": "92.711", "format": "en" }`), or a real Decimal; parsed to sakip's exact
 * {@link Decimal}, within {@link JANGKAUAN_ANGKA}. A string that is not a number fails validation with
 * the parser's message, its code in `masalah[i].kode`.
 *
 * @example
 * ```ts
 * import { SkemaAngka } from 'sakip';
 * SkemaAngka.parse('2.142.720.865,00'); //=> '2142720865'
 * SkemaAngka.parse({ angka: '92.711', format: 'en' }); //=> '92.711'
 * SkemaAngka.safeParse('#VALUE!').success; //=> false
 * ```
 */
export const SkemaAngka = z.unknown().transform(bacaAngka);

/**
 * An {@link Angka} that may be missing (`null` or absent: "belum didapatkan nilainya"); parsed to
 * `Decimal | null`.
 *
 * @example
 * ```ts
 * import { SkemaAngkaOpsional } from 'sakip';
 * SkemaAngkaOpsional.parse(null); //=> null
 * SkemaAngkaOpsional.parse(undefined); //=> null
 * SkemaAngkaOpsional.parse('92,71'); //=> '92.71'
 * ```
 */
export const SkemaAngkaOpsional = z
  .unknown()
  .optional()
  .transform((x, ctx): Decimal | null => (x === null || x === undefined ? null : bacaAngka(x, ctx)));

/**
 * A non-negative amount of money (Rupiah), cents allowed.
 *
 * @example
 * ```ts
 * import { SkemaRupiah } from 'sakip';
 * SkemaRupiah.parse('Rp2.878.102.665,87'); //=> '2878102665.87'
 * SkemaRupiah.safeParse('-5.000').success; //=> false
 * ```
 */
export const SkemaRupiah = SkemaAngka.refine((d) => !d.isNegative(), {
  message: 'jumlah uang tidak boleh negatif',
});
