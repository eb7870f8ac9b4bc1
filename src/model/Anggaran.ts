import * as z from 'zod';
import { DecimalInti as Decimal } from '../angka/Decimal.js';
import { dalamJangkauan } from '../angka/jangkauan.js';
import { bacaSkema } from '../galat/bacaSkema.js';
import { bacaObjek, kodeUtama, ringkasMasalah } from '../galat/masukan.js';
import { isSakipError, type Masalah, SakipError } from '../galat/SakipError.js';
import { SkemaRupiah } from './angka.js';
import { Indikator } from './Indikator.js';

/**
 * A budget figure (anggaran): pagu and realisasi in Rupiah, neither negative, no other key. Realisasi
 * above pagu is accepted here (it is a finding, not an invalid input).
 *
 * @example
 * ```ts
 * import { Anggaran } from 'sakip';
 * Anggaran.parse({ pagu: 'Rp. 2.142.720.865,00', realisasi: '2.113.252.231' }).pagu; //=> '2142720865'
 * Anggaran.safeParse({ pagu: -1, realisasi: 0 }).success; //=> false
 * Anggaran.safeParse({ pagu: 1, realisasi: 0, paguu: 1 }).success; //=> false
 * ```
 */
export const Anggaran = z.strictObject({ pagu: SkemaRupiah, realisasi: SkemaRupiah });
/** See {@link Anggaran}. */
export type Anggaran = z.infer<typeof Anggaran>;

/**
 * Level of a budget node (tingkat): program, kegiatan, sub-kegiatan, or a jenis belanja line.
 *
 * @example
 * ```ts
 * import { TingkatAnggaran } from 'sakip';
 * TingkatAnggaran.parse('sub-kegiatan'); //=> 'sub-kegiatan'
 * ```
 */
export const TingkatAnggaran = z.enum([
  'urusan',
  'program',
  'kegiatan',
  'sub-kegiatan',
  'jenis-belanja',
  'lainnya',
]);
/** See {@link TingkatAnggaran}. */
export type TingkatAnggaran = z.infer<typeof TingkatAnggaran>;

/** A node of the budget tree (input form): numbers as {@link Angka}, children as input nodes. */
export interface NodeAnggaranMasukan {
  kode?: string;
  nama: string;
  tingkat?: TingkatAnggaran;
  anggaran?: z.input<typeof Anggaran>;
  indikator?: readonly z.input<typeof Indikator>[];
  sasaranId?: readonly string[];
  anak?: readonly NodeAnggaranMasukan[];
}

/** A node of the budget tree (parsed form): numbers as Decimal, `anak` always present. */
export interface NodeAnggaran {
  kode?: string;
  nama: string;
  tingkat?: TingkatAnggaran;
  /** The node's own stated figures; for a parent, what the report prints (checked against its children). */
  anggaran?: Anggaran;
  /** The node's own performance indicators, if any. */
  indikator?: Indikator[];
  /** The sasaran this line serves (each id once); several when a budget line is shared. */
  sasaranId?: readonly string[];
  /** The children, in order; a leaf's is empty (and frozen, shared by every leaf). */
  anak: readonly NodeAnggaran[];
}

/** The ids a node serves: non-empty strings, each once (a repeated id would count money twice). */
const DaftarSasaranId = z.array(z.string().min(1)).superRefine((ids, ctx) => {
  const dilihat = new Set<string>();
  ids.forEach((id, i) => {
    if (dilihat.has(id)) {
      ctx.addIssue({ code: 'custom', path: [i], input: id, message: `sasaranId "${id}" disebut dua kali` });
    }
    dilihat.add(id);
  });
});

// The fields of one node, its children left unread: each node is parsed flat and the tree is walked
// without recursion (a recursive schema overflows the stack on a deep tree).
const BIDANG_SIMPUL = {
  kode: z.string().optional(),
  nama: z.string().min(1),
  tingkat: TingkatAnggaran.optional(),
  anggaran: Anggaran.optional(),
  indikator: z.array(Indikator).optional(),
  sasaranId: DaftarSasaranId.optional(),
};
const SimpulDatar = z.strictObject({ ...BIDANG_SIMPUL, anak: z.array(z.unknown()).optional() });

/**
 * A node of the program / kegiatan / sub-kegiatan tree (node anggaran), any depth, with its stated
 * figures, its own indicators and the sasaran it serves; unknown keys are refused. This recursive
 * schema describes the shape (its JSON Schema is `docs/schema/node-anggaran.schema.json`); it is not
 * the way sakip reads a tree: {@link rekapAnggaran} and {@link bacaLaporan} read every node with a flat
 * schema and walk the tree without recursion, so a tree of any depth works, and a cyclic one is
 * `POHON_SIKLIS`. Its own `parse` recurses: use it only on shallow trees.
 *
 * @example
 * ```ts
 * import { NodeAnggaran } from 'sakip';
 * const program = NodeAnggaran.parse({
 *   nama: 'Program Pemberdayaan Sosial',
 *   tingkat: 'program',
 *   sasaranId: ['S2'],
 *   anak: [{ nama: 'Peningkatan Kemampuan Potensi Pekerja Sosial Masyarakat', anggaran: { pagu: 1, realisasi: 1 } }],
 * });
 * program.anak[0]?.anak; //=> []
 * NodeAnggaran.safeParse({ nama: 'Program', anakk: [] }).success; //=> false
 * ```
 */
export const NodeAnggaran: z.ZodType<NodeAnggaran, NodeAnggaranMasukan> = z.lazy(() =>
  z.strictObject({ ...BIDANG_SIMPUL, anak: z.array(NodeAnggaran).default([]) }),
);

/** How {@link bacaPohonAnggaran} reports problems. */
export interface CaraBacaPohon {
  /** Path of the list of roots in the document (`'anggaran'`), or `''` for a tree given on its own. */
  lokasi?: string;
}

const TINGKAT = new Set<unknown>(TingkatAnggaran.options);
/** The children of every leaf: one frozen empty list (a tree of 100 000 leaves needs no 100 000 of them). */
const TANPA_ANAK: readonly NodeAnggaran[] = Object.freeze([]);

// — Numbers of a large tree, fast (internal) —
// decimal.js reads an object carrying its tag as a Decimal of another copy (sign, exponent, base-10⁷
// words, copied): building the words of a whole number directly is about twice as fast as
// `new Decimal(number)`, which goes through the number's text. One carrier, reused (synchronous).
const PEMBAWA = { s: 1, e: 0, d: [0], toStringTag: '[object Decimal]' };
const KATA: number[] = [];

/** Internal: a Decimal from its sign, exponent and base-10⁷ words (copied), through decimal.js's constructor. */
export function decimalDariKata(s: 1 | -1, e: number, kata: number[]): Decimal {
  PEMBAWA.s = s;
  PEMBAWA.e = e;
  PEMBAWA.d = kata;
  return new Decimal(PEMBAWA as unknown as Decimal);
}

const digitKata = (w: number): number =>
  w < 10 ? 1 : w < 100 ? 2 : w < 1e3 ? 3 : w < 1e4 ? 4 : w < 1e5 ? 5 : w < 1e6 ? 6 : 7;

/**
 * Internal: a whole number 0 ≤ v < 2^53 as a Decimal — exactly `new Decimal(v)` (the same words and
 * exponent), built from its words.
 */
export function decimalBulat(v: number): Decimal {
  if (v < 1e7) return new Decimal(v);
  KATA.length = 0;
  const w2 = v % 1e7;
  const sisa = (v - w2) / 1e7;
  let e: number;
  if (sisa < 1e7) {
    KATA.push(sisa);
    e = 6 + digitKata(sisa);
  } else {
    const w1 = sisa % 1e7;
    const w0 = (sisa - w1) / 1e7;
    KATA.push(w0);
    if (w1 !== 0 || w2 !== 0) KATA.push(w1);
    e = 13 + digitKata(w0);
  }
  if (w2 !== 0) KATA.push(w2);
  return decimalDariKata(1, e, KATA);
}

/**
 * A non-negative JavaScript number as {@link SkemaRupiah} reads it (finite, through its shortest
 * decimal form, inside JANGKAUAN_ANGKA): the fast path for the numbers of a large tree. `undefined`
 * for anything else, which then goes through the schema itself and is reported by it.
 */
function rupiahCepat(v: unknown): Decimal | undefined {
  if (typeof v !== 'number' || !(v >= 0 && v < 1e20)) return undefined;
  if (v === 0) return new Decimal(0);
  if (v <= Number.MAX_SAFE_INTEGER && Number.isInteger(v)) return decimalBulat(v);
  const d = new Decimal(v);
  return dalamJangkauan(d) ? d : undefined;
}

/** A plain object (`{}` literal or JSON), nothing else. */
function objekPolos(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && Object.getPrototypeOf(x) === Object.prototype;
}

interface SimpulTerbaca {
  node: NodeAnggaran;
  anak: readonly unknown[];
}

/**
 * One node of an ordinary shape, read without zod: plain objects, known keys, strings where strings
 * go, numbers for the money. `undefined` when anything is unusual (a string amount, indicators, an
 * unknown key …): the node then goes through the flat schema, which reads it or says what is wrong.
 */
function bacaSimpulCepat(x: unknown): SimpulTerbaca | undefined {
  if (!objekPolos(x)) return undefined;
  let nama: unknown;
  let kode: unknown;
  let tingkat: unknown;
  let anggaran: Anggaran | undefined;
  let sasaranId: string[] | undefined;
  let anak: readonly unknown[] = TANPA_ANAK;
  // for…in over a plain object: own keys only, unless Object.prototype has been given an enumerable
  // key — which then falls to `default` and the schema.
  for (const k in x) {
    const v = x[k];
    if (v === undefined) continue;
    switch (k) {
      case 'nama':
        nama = v;
        break;
      case 'kode':
        if (typeof v !== 'string') return undefined;
        kode = v;
        break;
      case 'tingkat':
        if (!TINGKAT.has(v)) return undefined;
        tingkat = v;
        break;
      case 'anggaran':
        anggaran = anggaranCepat(v);
        if (anggaran === undefined) return undefined;
        break;
      case 'sasaranId': {
        if (!Array.isArray(v)) return undefined;
        const ids: string[] = [];
        for (const id of v) {
          if (typeof id !== 'string' || id === '' || ids.includes(id)) return undefined;
          ids.push(id);
        }
        sasaranId = ids;
        break;
      }
      case 'anak':
        if (!Array.isArray(v)) return undefined;
        anak = v;
        break;
      default:
        return undefined;
    }
  }
  if (typeof nama !== 'string' || nama === '') return undefined;
  const node = simpul(
    kode as string | undefined,
    nama,
    tingkat as TingkatAnggaran | undefined,
    anggaran,
    undefined,
    sasaranId,
  );
  return { node, anak };
}

/** `{ pagu, realisasi }` of two numbers, nothing else; `undefined` otherwise. */
function anggaranCepat(v: unknown): Anggaran | undefined {
  if (!objekPolos(v)) return undefined;
  let banyak = 0;
  for (const k in v) {
    if (k !== 'pagu' && k !== 'realisasi') return undefined;
    banyak++;
  }
  if (banyak !== 2) return undefined;
  const pagu = rupiahCepat(v.pagu);
  if (pagu === undefined) return undefined;
  const realisasi = rupiahCepat(v.realisasi);
  return realisasi === undefined ? undefined : { pagu, realisasi };
}

/** {@link bacaSimpulCepat}, leaving a getter or Proxy that throws to the schema (which reports it). */
function bacaSimpulCepatAman(x: unknown): SimpulTerbaca | undefined {
  try {
    return bacaSimpulCepat(x);
  } catch {
    return undefined;
  }
}

/**
 * A parsed node, always of one shape (every field present, `undefined` when absent): the roll-up then
 * reads 100 000 nodes of one hidden class.
 */
function simpul(
  kode: string | undefined,
  nama: string,
  tingkat: TingkatAnggaran | undefined,
  anggaran: Anggaran | undefined,
  indikator: Indikator[] | undefined,
  sasaranId: readonly string[] | undefined,
): NodeAnggaran {
  return { kode, nama, tingkat, anggaran, indikator, sasaranId, anak: TANPA_ANAK };
}

/** One node through the flat schema; its problems are added to `masalah`. */
function bacaSimpulSkema(x: unknown, lokasi: string, masalah: Masalah[]): SimpulTerbaca | undefined {
  try {
    const b = bacaSkema(SimpulDatar, x, { kode: 'MODEL_TIDAK_VALID', nama: 'Simpul anggaran', lokasi });
    return {
      node: simpul(b.kode, b.nama, b.tingkat, b.anggaran, b.indikator, b.sasaranId),
      anak: b.anak ?? [],
    };
  } catch (e) {
    if (!isSakipError(e)) throw e;
    masalah.push(...e.masalah);
    return undefined;
  }
}

/** The children of a node that is not valid itself, so that their problems are reported too. */
function anakSaja(x: unknown): readonly unknown[] {
  try {
    const anak = objekPolos(x) ? Object.getOwnPropertyDescriptor(x, 'anak')?.value : undefined;
    return Array.isArray(anak) ? anak : [];
  } catch {
    return [];
  }
}

interface Bingkai {
  /** The input object of the node (the list of roots for the first frame). */
  asal: object;
  anak: readonly unknown[];
  i: number;
  /** The node's path; for the first frame, the path of the list of roots. */
  jalur: string;
  akar: boolean;
  tujuan: NodeAnggaran[];
}

/** The path of child `i` of a frame (built only when needed: a message, the schema path). */
function jalurAnak(f: Bingkai, i: number): string {
  return f.akar ? `${f.jalur}[${i}]` : `${f.jalur}.anak[${i}]`;
}

// Problems collected before reading stops (every one is listed, up to this many).
const MASALAH_MAKS = 1000;

/**
 * Reads a budget tree (baca pohon anggaran) — the list of roots of a report's `anggaran` — into
 * parsed {@link NodeAnggaran}s, at any depth, without recursion. Each node is read with a flat strict
 * schema (unknown keys named with the nearest known key; numbers through {@link SkemaRupiah}, so in
 * the document's number format); every problem of every node is collected, each with its path
 * (`anggaran[0].anak[2].anggaran.pagu`). A leaf (a node without children) must state its `anggaran`.
 * The input is never changed; the result shares no object with it.
 *
 * @throws {SakipError} `POHON_SIKLIS` when the JavaScript objects are not a tree: a node that is its own
 * descendant, or one node object in two places (its money would count twice); `MODEL_TIDAK_VALID` for
 * every other problem — a leaf without `anggaran` (problem code `ANGGARAN_DAUN_TANPA_ANGKA`), a value
 * that does not fit — all listed in `masalah`.
 *
 * @example
 * ```ts
 * import { bacaPohonAnggaran } from 'sakip';
 * const [program] = bacaPohonAnggaran(
 *   [{ nama: 'Program', anak: [{ nama: 'Kegiatan', anggaran: { pagu: '1.000', realisasi: 900 } }] }],
 *   { lokasi: 'anggaran' },
 * );
 * program?.anak[0]?.anggaran?.pagu; //=> '1000'
 * bacaPohonAnggaran([{ nama: 'Program' }], { lokasi: 'anggaran' }); //!> MODEL_TIDAK_VALID
 * ```
 */
export function bacaPohonAnggaran(akar: unknown, cara?: CaraBacaPohon): NodeAnggaran[] {
  const o = bacaObjek(cara, { nama: 'Opsi bacaPohonAnggaran', kunci: ['lokasi'] });
  if (o.lokasi !== undefined && typeof o.lokasi !== 'string') {
    throw new SakipError('OPSI_TIDAK_VALID', 'Opsi bacaPohonAnggaran: lokasi harus teks.', { masukan: cara });
  }
  const lokasi = o.lokasi ?? '';
  if (!Array.isArray(akar)) {
    throw new SakipError('MODEL_TIDAK_VALID', `${lokasi || 'Pohon anggaran'} harus larik simpul anggaran.`, {
      masukan: akar,
      lokasi,
    });
  }
  const hasil: NodeAnggaran[] = [];
  const masalah: Masalah[] = [];
  let siklis = false;
  // Every node object seen; those whose subtree is being read are also `terbuka`.
  const dilihat = new Set<object>();
  const terbuka = new Set<object>();
  const tumpuk: Bingkai[] = [{ asal: akar, anak: akar, i: 0, jalur: lokasi, akar: true, tujuan: hasil }];
  try {
    // Reading stops at MASALAH_MAKS problems: a file of 200 000 bad nodes is reported in milliseconds.
    while (tumpuk.length > 0 && masalah.length < MASALAH_MAKS) {
      const f = tumpuk[tumpuk.length - 1] as Bingkai;
      if (f.i >= f.anak.length) {
        tumpuk.pop();
        terbuka.delete(f.asal);
        continue;
      }
      const i = f.i++;
      const x = f.anak[i];
      const objek = typeof x === 'object' && x !== null;
      if (objek) {
        // One hash operation: a Set that does not grow already held the object.
        const sebelum = dilihat.size;
        dilihat.add(x);
        if (dilihat.size === sebelum) {
          // Either a cycle or a node shared by two parents: not a tree (its money would count twice).
          const leluhur = terbuka.has(x);
          siklis = true;
          masalah.push(
            leluhur
              ? {
                  lokasi: jalurAnak(f, i),
                  pesan: 'simpul ini adalah leluhurnya sendiri: pohon anggaran tidak boleh bersiklus.',
                  kode: 'POHON_SIKLIS',
                }
              : {
                  lokasi: jalurAnak(f, i),
                  pesan:
                    'simpul yang sama (objek yang sama) sudah muncul lebih dahulu: uangnya akan terhitung dua kali.',
                  kode: 'POHON_SIKLIS',
                },
          );
          continue;
        }
      }
      const cepat = bacaSimpulCepatAman(x);
      const baca = cepat ?? bacaSimpulSkema(x, jalurAnak(f, i), masalah);
      const node = baca?.node ?? simpul(undefined, '', undefined, undefined, undefined, undefined);
      const anak = baca?.anak ?? anakSaja(x);
      f.tujuan.push(node);
      if (anak.length > 0 && objek) {
        terbuka.add(x);
        const tujuan: NodeAnggaran[] = [];
        node.anak = tujuan;
        tumpuk.push({ asal: x, anak, i: 0, jalur: jalurAnak(f, i), akar: false, tujuan });
      } else if (baca !== undefined && node.anggaran === undefined) {
        masalah.push({
          lokasi: jalurAnak(f, i),
          pesan: `simpul tanpa anak "${node.nama}" harus memuat anggaran (pagu dan realisasi).`,
          kode: 'ANGGARAN_DAUN_TANPA_ANGKA',
        });
      }
    }
  } catch (e) {
    if (isSakipError(e)) throw e;
    throw new SakipError(
      'MODEL_TIDAK_VALID',
      'Pohon anggaran tidak dapat dibaca (objek Proxy atau sejenisnya).',
      {
        masukan: akar,
        lokasi,
        cause: e,
      },
    );
  }
  if (masalah.length >= MASALAH_MAKS) {
    masalah.push({
      lokasi,
      pesan: `pembacaan berhenti setelah ${MASALAH_MAKS} masalah; perbaiki ini dahulu.`,
    });
  }
  if (masalah.length > 0) {
    const siklus = masalah.find((m) => m.kode === 'POHON_SIKLIS');
    throw new SakipError(
      siklis ? 'POHON_SIKLIS' : kodeUtama('MODEL_TIDAK_VALID', masalah),
      `Pohon anggaran ${siklis ? 'bukan pohon' : 'tidak valid'}: ${ringkasMasalah(masalah)}`,
      siklus ? { masukan: akar, masalah, lokasi: siklus.lokasi } : { masukan: akar, masalah },
    );
  }
  return hasil;
}
