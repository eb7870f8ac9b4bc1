import * as z from 'zod';
import { bacaSkema } from '../galat/bacaSkema.js';
import { ringkasMasalah, teksMasukan } from '../galat/masukan.js';
import { type Masalah, SakipError } from '../galat/SakipError.js';
import { bekukanDalam } from './bekukan.js';
import { StatusAturan } from './status.js';

/**
 * The years a rule applies to (berlaku): from `dari` to `sampai`, both inclusive (tahun anggaran);
 * an absent end is open. A rule without `berlaku` is never picked by year.
 *
 * @example
 * ```ts
 * import { BerlakuAturan } from 'sakip';
 * BerlakuAturan.parse({ dari: 2022, sampai: 2023 }).sampai; //=> 2023
 * ```
 */
export const BerlakuAturan = z.strictObject({
  dari: z.number().int().min(1900).max(2200).optional(),
  sampai: z.number().int().min(1900).max(2200).optional(),
});
/** See {@link BerlakuAturan}. */
export type BerlakuAturan = z.infer<typeof BerlakuAturan>;

/**
 * What every rule set carries, whatever its kind (identitas aturan): a stable `id` (the key of the
 * preset, SCREAMING_SNAKE for sakip's own), a `nama` for people, the `sumber` — the regulation or
 * report it comes from —, its `status` (verified / as practised / unverified), the years it applies
 * to (`berlaku`), and `catatan` on what was checked. The payload (bands, weights, unsur …) sits beside
 * these fields.
 *
 * @example
 * ```ts
 * import { IdentitasAturan } from 'sakip';
 * IdentitasAturan.parse({ id: 'X', nama: 'Contoh', sumber: 'Perbup 1/2024', status: 'terverifikasi' }).id; //=> 'X'
 * ```
 */
export const IdentitasAturan = z.strictObject({
  id: z.string().min(1).max(100),
  nama: z.string().min(1).max(300),
  sumber: z.string().min(1).max(2000),
  status: StatusAturan,
  berlaku: BerlakuAturan.optional(),
  catatan: z.string().max(5000).optional(),
});
/** See {@link IdentitasAturan}. */
export type IdentitasAturan = z.infer<typeof IdentitasAturan>;

/** A validated, deeply frozen rule set of kind `J` with payload `P` (aturan). */
export type Aturan<J extends string, P> = Readonly<IdentitasAturan & { readonly jenis: J } & P>;

// Rule sets validated by buatAturan: remembered here, never by Object.isFrozen (a caller can freeze
// anything, valid or not).
const SAH = new WeakSet<object>();

/** Whether `x` is a rule set made by sakip's rule factory, of kind `jenis`. */
export function aturanSah(x: unknown, jenis: string): boolean {
  return typeof x === 'object' && x !== null && SAH.has(x) && (x as { jenis?: unknown }).jenis === jenis;
}

/** How one kind of rule set is made (internal): its payload schema and the checks beyond shape. */
export interface JenisAturan<J extends string, S extends z.ZodRawShape, P> {
  jenis: J;
  /** For messages: `'Skala predikat'`, `'Aturan IKPA'`. */
  nama: string;
  /** The payload fields (zod shape), besides the identity fields. */
  isi: S;
  /**
   * Checks beyond shape (weights summing to 100, bands partitioning the domain …): returns the
   * problems, or throws a SakipError of its own where a more precise code exists; may also return the
   * payload transformed (ordered bands, exact weights).
   */
  periksa?: (isi: z.output<z.ZodObject<S>>) => { masalah?: Masalah[]; hasil?: P };
}

// One schema per kind, built once: a zod object schema compiles its parser on first use, so building
// it again on every call would redo that work.
const SKEMA = new WeakMap<object, z.ZodType>();

function skemaJenis(jenis: { jenis: string; isi: z.ZodRawShape }): z.ZodType {
  let skema = SKEMA.get(jenis);
  if (skema === undefined) {
    skema = IdentitasAturan.extend({ jenis: z.literal(jenis.jenis).optional(), ...jenis.isi });
    SKEMA.set(jenis, skema);
  }
  return skema;
}

/**
 * Builds a rule set of one kind (buat aturan) — the one factory every module uses: validates the
 * identity and the payload (every problem listed, unknown keys named), runs the kind's checks,
 * deep-freezes the result (its Decimals too) and remembers it as valid. A rule set already made by
 * this factory is returned as it is.
 */
export function buatAturan<J extends string, S extends z.ZodRawShape, P = z.output<z.ZodObject<S>>>(
  jenis: JenisAturan<J, S, P>,
  definisi: unknown,
): Aturan<J, P> {
  if (aturanSah(definisi, jenis.jenis)) return definisi as Aturan<J, P>;
  const skema = skemaJenis(jenis);
  const data = bacaSkema(skema, definisi, { kode: 'ATURAN_TIDAK_VALID', nama: jenis.nama });
  const { id, nama, sumber, status, berlaku, catatan, jenis: _j, ...isi } = data as Record<string, unknown>;
  const periksa = jenis.periksa?.(isi as z.output<z.ZodObject<S>>) ?? {};
  if (periksa.masalah && periksa.masalah.length > 0) {
    throw new SakipError(
      'ATURAN_TIDAK_VALID',
      `${jenis.nama} "${String(id)}" tidak valid: ${ringkasMasalah(periksa.masalah)}`,
      { masukan: definisi, masalah: periksa.masalah },
    );
  }
  const aturan = {
    jenis: jenis.jenis,
    id,
    nama,
    sumber,
    status,
    ...(berlaku === undefined ? {} : { berlaku }),
    ...(catatan === undefined ? {} : { catatan }),
    ...(periksa.hasil ?? isi),
  } as unknown as Aturan<J, P>;
  bekukanDalam(aturan);
  SAH.add(aturan);
  return aturan;
}

/**
 * How a caller names a rule set (pilihan aturan): its `id` (`'PERMENDAGRI_54_2010'`), or a rule
 * object — a preset, or the caller's own definition, validated on first use.
 */
export type PilihanAturan<A> = string | A;

/**
 * Picks a rule set (pilih aturan), the one way every module does it: by `id` among the presets, by
 * year (`tahun`: the preset whose `berlaku` covers it), or a rule object (validated unless already
 * made by the factory). With neither, `bawaan` (the module's default) — or, where a module has no
 * default, an error.
 */
export function pilihAturan<J extends string, S extends z.ZodRawShape, P>(
  jenis: JenisAturan<J, S, P>,
  preset: Readonly<Record<string, Aturan<J, P>>>,
  pilihan: unknown,
  cara: { tahun?: unknown; bawaan?: Aturan<J, P> } = {},
): Aturan<J, P> {
  if (typeof pilihan === 'string') {
    const a = Object.hasOwn(preset, pilihan) ? preset[pilihan] : undefined;
    if (a === undefined) {
      throw new SakipError(
        'ATURAN_TIDAK_DIKENAL',
        `${jenis.nama} ${teksMasukan(pilihan)} tidak dikenal; yang dikenal: ${Object.keys(preset).join(', ')}.`,
        { masukan: pilihan },
      );
    }
    return a;
  }
  if (pilihan !== undefined) return buatAturan(jenis, pilihan);
  if (cara.tahun !== undefined) return aturanTahun(jenis, preset, cara.tahun);
  if (cara.bawaan !== undefined) return cara.bawaan;
  throw new SakipError(
    'ATURAN_TIDAK_DIKENAL',
    `${jenis.nama} harus disebut: id (${Object.keys(preset).join(', ')}), tahun, atau objek aturan sendiri.`,
  );
}

/** The preset whose `berlaku` covers a year; the latest-starting one if several do. */
function aturanTahun<J extends string, P>(
  jenis: { nama: string },
  preset: Readonly<Record<string, Aturan<J, P>>>,
  tahun: unknown,
): Aturan<J, P> {
  if (typeof tahun !== 'number' || !Number.isInteger(tahun)) {
    throw new SakipError('OPSI_TIDAK_VALID', `Tahun harus bilangan bulat, bukan ${teksMasukan(tahun)}.`, {
      masukan: tahun,
    });
  }
  let pilih: Aturan<J, P> | undefined;
  for (const a of Object.values(preset)) {
    const b = a.berlaku;
    if (
      b === undefined ||
      (b.dari !== undefined && tahun < b.dari) ||
      (b.sampai !== undefined && tahun > b.sampai)
    ) {
      continue;
    }
    if (pilih === undefined || (b.dari ?? -Infinity) > (pilih.berlaku?.dari ?? -Infinity)) pilih = a;
  }
  if (pilih === undefined) {
    const rentang = Object.values(preset)
      .filter((a) => a.berlaku)
      .map((a) => `${a.id} (${a.berlaku?.dari ?? '…'}–${a.berlaku?.sampai ?? '…'})`)
      .join(', ');
    throw new SakipError(
      'ATURAN_TAHUN_TIDAK_DIKENAL',
      `Tidak ada ${jenis.nama.toLowerCase()} untuk tahun ${tahun}; yang dikenal: ${rentang}. Sebutkan aturannya.`,
      { masukan: tahun },
    );
  }
  return pilih;
}

/**
 * Deep-freezes a record of presets (and the record itself), for the exported preset collections.
 */
export function bekukanPreset<T extends object>(preset: T): Readonly<T> {
  return bekukanDalam(preset);
}
