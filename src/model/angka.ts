import { z } from 'zod';
import type { Decimal } from '../angka/Decimal.js';
import { keDecimal } from '../angka/keDecimal.js';
import { isSakipError } from '../galat/SakipError.js';

const DecimalApaSaja = z.custom<Decimal>(
  (x) =>
    typeof x === 'object' &&
    x !== null &&
    (x as { toStringTag?: unknown }).toStringTag === '[object Decimal]',
  { message: 'bukan Decimal' },
);

/**
 * Schema of an {@link Angka} in a model (skema angka): a finite number, a string in Indonesian format
 * (as reports print it), or a Decimal; parsed to sakip's exact {@link Decimal}. A string that is not
 * a number fails validation with the parser's message.
 *
 * @example
 * ```ts
 * import { SkemaAngka } from 'sakip';
 * SkemaAngka.parse('2.142.720.865,00'); //=> '2142720865'
 * SkemaAngka.safeParse('#VALUE!').success; //=> false
 * ```
 */
export const SkemaAngka = z.union([z.number(), z.string(), DecimalApaSaja]).transform((x, ctx): Decimal => {
  try {
    return keDecimal(x);
  } catch (e) {
    if (!isSakipError(e)) throw e;
    ctx.addIssue({ code: 'custom', message: `${e.message} [${e.kode}]`, input: x });
    return z.NEVER;
  }
});

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
export const SkemaAngkaOpsional = SkemaAngka.nullish().transform((x) => x ?? null);

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
