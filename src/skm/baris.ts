// Internal: reading respondents' answer rows at the boundary into a survey's totals — shared by skm()
// and AkumulatorSkm. A row is read once into a scratch buffer (a getter or Proxy cannot change what
// was checked, nor throw past a SakipError), checked whole, then counted: a refused row changes nothing.
import { teksMasukan } from '../galat/masukan.js';
import { SakipError } from '../galat/SakipError.js';
import { type AturanSkm, JAWABAN_MAKS, JAWABAN_MIN } from './aturanSkm.js';
import type { TotalSkm } from './inti/skm.js';

/** One answer (jawaban): an integer 1–4, or `null` for a blank. */
export type JawabanSkm = number | null;

/**
 * One respondent's answers (baris jawaban): an array in the rule set's unsur order (exactly one
 * entry per unsur), or an object keyed by unsur id (every id present, no other key).
 */
export type BarisSkm = readonly JawabanSkm[] | Readonly<Record<string, JawabanSkm>>;

/** Empty totals for a rule set. */
export function totalKosong(aturan: AturanSkm): TotalSkm {
  const n = aturan.unsur.length;
  return { responden: 0, jumlah: new Array<number>(n).fill(0), banyak: new Array<number>(n).fill(0) };
}

type KodeJawaban = 'SKM_JAWABAN_TIDAK_VALID' | 'SKM_JAWABAN_BUKAN_BULAT' | 'SKM_JAWABAN_DI_LUAR_SKALA';

function galatJawaban(kode: KodeJawaban, x: unknown, r: number, j: number, aturan: AturanSkm): SakipError {
  const u = aturan.unsur[j] as { id: string; nama: string };
  const tertulis = teksMasukan(x);
  const alasan =
    kode === 'SKM_JAWABAN_TIDAK_VALID'
      ? 'bukan angka (kosong ditulis null)'
      : kode === 'SKM_JAWABAN_BUKAN_BULAT'
        ? 'bukan bilangan bulat'
        : `di luar skala ${JAWABAN_MIN}–${JAWABAN_MAKS}`;
  return new SakipError(
    kode,
    `Responden ke-${r + 1}, unsur "${u.id}" (${u.nama}): jawaban ${tertulis} ${alasan}.`,
    {
      masukan: x,
      lokasi: `jawaban[${r}][${j}]`,
    },
  );
}

function galatBaris(pesan: string, baris: unknown, r: number, cause?: unknown): SakipError {
  return new SakipError('SKM_BARIS_TIDAK_SERAGAM', `Responden ke-${r + 1}: ${pesan}`, {
    masukan: baris,
    lokasi: `jawaban[${r}]`,
    ...(cause === undefined ? {} : { cause }),
  });
}

/** Checks one answer and returns it as 0 (blank) or 1–4. */
function jawaban(x: unknown, r: number, j: number, aturan: AturanSkm): number {
  if (x === 1 || x === 2 || x === 3 || x === 4) return x;
  if (x === null) return 0;
  if (typeof x !== 'number' || !Number.isFinite(x))
    throw galatJawaban('SKM_JAWABAN_TIDAK_VALID', x, r, j, aturan);
  if (!Number.isInteger(x)) throw galatJawaban('SKM_JAWABAN_BUKAN_BULAT', x, r, j, aturan);
  throw galatJawaban('SKM_JAWABAN_DI_LUAR_SKALA', x, r, j, aturan);
}

/** Reads and checks a row into `buf` (0 for a blank, else the answer), in the rule's unsur order. */
function baca(baris: unknown, aturan: AturanSkm, buf: Int8Array, r: number): void {
  const { unsur } = aturan;
  const n = unsur.length;
  if (Array.isArray(baris)) {
    if (baris.length !== n) {
      throw galatBaris(
        `${baris.length} jawaban, padahal aturan ${aturan.id} memiliki ${n} unsur; jawaban kosong ditulis null.`,
        baris,
        r,
      );
    }
    for (let j = 0; j < n; j++) buf[j] = jawaban(baris[j], r, j, aturan);
    return;
  }
  if (typeof baris !== 'object' || baris === null) {
    throw galatBaris(
      `baris jawaban harus larik atau objek ber-id unsur, bukan ${baris === null ? 'null' : typeof baris}.`,
      baris,
      r,
    );
  }
  const kunci = Object.keys(baris);
  let ada = 0;
  for (let j = 0; j < n; j++) if (Object.hasOwn(baris, (unsur[j] as { id: string }).id)) ada++;
  if (ada !== n || kunci.length !== n) {
    const ids = new Set(unsur.map((u) => u.id));
    const hilang = unsur.filter((u) => !Object.hasOwn(baris, u.id)).map((u) => u.id);
    const asing = kunci.filter((k) => !ids.has(k)).slice(0, 10);
    const bagian = [
      hilang.length > 0 ? `unsur ${hilang.join(', ')} tidak ada (jawaban kosong ditulis null)` : '',
      asing.length > 0 ? `kunci ${asing.join(', ')} bukan id unsur aturan ${aturan.id}` : '',
    ];
    throw galatBaris(`${bagian.filter(Boolean).join('; ')}.`, baris, r);
  }
  for (let j = 0; j < n; j++) {
    buf[j] = jawaban((baris as Record<string, unknown>)[(unsur[j] as { id: string }).id], r, j, aturan);
  }
}

/** Scratch space for one row of a rule's answers. */
export function bufferBaris(aturan: AturanSkm): Int8Array {
  return new Int8Array(aturan.unsur.length);
}

/**
 * Adds one respondent's answers to the totals, all or nothing (tambah baris): each answer is read
 * once into `buf` (a getter or Proxy cannot change what was checked) and the row is counted only when
 * all of it is valid.
 *
 * @throws {SakipError} `SKM_BARIS_TIDAK_SERAGAM`, `SKM_JAWABAN_TIDAK_VALID`, `SKM_JAWABAN_BUKAN_BULAT`,
 * `SKM_JAWABAN_DI_LUAR_SKALA` — naming the respondent (1-based) and the unsur; `lokasi`
 * `jawaban[baris][kolom]`.
 */
export function tambahBaris(total: TotalSkm, baris: unknown, aturan: AturanSkm, buf: Int8Array): void {
  const r = total.responden;
  try {
    baca(baris, aturan, buf, r);
  } catch (e) {
    if (e instanceof SakipError) throw e;
    throw galatBaris('baris jawaban tidak dapat dibaca (objek Proxy atau getter yang gagal).', baris, r, e);
  }
  const { jumlah, banyak } = total;
  for (let j = 0; j < buf.length; j++) {
    const x = buf[j] as number;
    if (x === 0) continue;
    jumlah[j] = (jumlah[j] as number) + x;
    banyak[j] = (banyak[j] as number) + 1;
  }
  total.responden = r + 1;
}

/**
 * Adds every row of an iterable to the totals, in order. An iterable that cannot be read, or whose
 * iteration throws, is a SakipError (`MASUKAN_TIDAK_VALID`, the original error as `cause`).
 */
export function tambahSemuaBaris(total: TotalSkm, semua: unknown, aturan: AturanSkm, buf: Int8Array): void {
  let dapatDiulang = false;
  try {
    dapatDiulang =
      typeof semua === 'object' &&
      semua !== null &&
      typeof (semua as Iterable<unknown>)[Symbol.iterator] === 'function';
  } catch {
    dapatDiulang = false;
  }
  if (!dapatDiulang) {
    throw new SakipError(
      'MASUKAN_TIDAK_VALID',
      'Jawaban harus larik (atau iterable) baris: responden × unsur.',
      {
        masukan: semua,
        lokasi: 'jawaban',
      },
    );
  }
  try {
    // tambahBaris throws only SakipErrors: anything else comes from the iterable itself.
    for (const baris of semua as Iterable<unknown>) tambahBaris(total, baris, aturan, buf);
  } catch (e) {
    if (e instanceof SakipError) throw e;
    throw new SakipError(
      'MASUKAN_TIDAK_VALID',
      `Baris jawaban ke-${total.responden + 1} tidak dapat dibaca: ${e instanceof Error ? e.message.slice(0, 200) : 'galat tak dikenal'}.`,
      { masukan: semua, lokasi: `jawaban[${total.responden}]`, cause: e },
    );
  }
}
