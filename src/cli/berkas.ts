// Reading the command's input: a file by name, or stdin for `-`. A JSON report is read whole (the
// model needs all of it); the SKM answers are streamed line by line. Every way a file can fail becomes
// a GalatBerkas naming the file, and a JSON syntax error names its line and column.
import { open, stat } from 'node:fs/promises';
import { GalatBerkas } from './galat.js';
import { bersihkan } from './teks.js';

/** Where a command reads from: stdin (for `-`), as an async iterable of chunks. */
export type Masukan = AsyncIterable<string | Uint8Array>;

/** The name of an input for messages: the path as given, `stdin` for `-`, made safe to print. */
export function namaBerkas(jalur: string): string {
  return jalur === '-' ? 'stdin' : bersihkan(jalur);
}

function galatSistem(jalur: string, e: unknown): GalatBerkas {
  const kode = (e as NodeJS.ErrnoException).code;
  const nama = namaBerkas(jalur);
  switch (kode) {
    case 'ENOENT':
      return new GalatBerkas(jalur, `${nama}: berkas tidak ditemukan.`);
    case 'EISDIR':
      return new GalatBerkas(jalur, `${nama}: ini direktori, bukan berkas.`);
    case 'EACCES':
    case 'EPERM':
      return new GalatBerkas(jalur, `${nama}: tidak ada izin membaca berkas ini.`);
    case 'ENOTDIR':
      return new GalatBerkas(jalur, `${nama}: salah satu bagian jalurnya bukan direktori.`);
    default:
      return new GalatBerkas(jalur, `${nama}: tidak dapat dibaca (${kode ?? (e as Error).message}).`);
  }
}

/** Checks that a path names a regular file (not a directory, not missing) before it is opened. */
export async function periksaBerkas(jalur: string): Promise<number> {
  try {
    const s = await stat(jalur);
    if (s.isDirectory()) throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
    return s.size;
  } catch (e) {
    throw galatSistem(jalur, e);
  }
}

async function bacaSemua(jalur: string, masukan: Masukan): Promise<Uint8Array> {
  if (jalur === '-') {
    const potongan: Uint8Array[] = [];
    for await (const p of masukan) potongan.push(typeof p === 'string' ? Buffer.from(p, 'utf8') : p);
    return Buffer.concat(potongan);
  }
  await periksaBerkas(jalur);
  try {
    const h = await open(jalur, 'r');
    try {
      return await h.readFile();
    } finally {
      await h.close();
    }
  } catch (e) {
    throw galatSistem(jalur, e);
  }
}

/** Bytes as UTF-8 text, a byte-order mark at the start dropped; UTF-16 and invalid UTF-8 refused. */
export function dekodeUtf8(jalur: string, isi: Uint8Array): string {
  if ((isi[0] === 0xff && isi[1] === 0xfe) || (isi[0] === 0xfe && isi[1] === 0xff)) {
    throw new GalatBerkas(jalur, `${namaBerkas(jalur)}: berkas ditulis dalam UTF-16; simpan sebagai UTF-8.`);
  }
  let teks: string;
  try {
    teks = new TextDecoder('utf-8', { fatal: true }).decode(isi);
  } catch {
    throw new GalatBerkas(
      jalur,
      `${namaBerkas(jalur)}: bukan teks UTF-8 yang sah; simpan berkas sebagai UTF-8.`,
    );
  }
  return teks.charCodeAt(0) === 0xfeff ? teks.slice(1) : teks;
}

/**
 * Reads a JSON file (or stdin for `-`) into a value. A syntax error names the file, the line and the
 * column, and says what was found.
 */
export async function bacaJson(jalur: string, masukan: Masukan): Promise<unknown> {
  const teks = dekodeUtf8(jalur, await bacaSemua(jalur, masukan));
  try {
    return JSON.parse(teks);
  } catch (e) {
    const g = cariGalatJson(teks) ?? { indeks: posisiMesin(e) ?? 0, pesan: 'teks ini bukan JSON yang sah' };
    const letak = letakDi(teks, g.indeks);
    throw new GalatBerkas(
      jalur,
      `${namaBerkas(jalur)}:${letak.baris}:${letak.kolom}: JSON tidak valid (baris ${letak.baris}, kolom ${letak.kolom}): ${g.pesan}.`,
      letak,
    );
  }
}

/** The position V8 puts in its message, when it does. */
function posisiMesin(e: unknown): number | undefined {
  const m = /position (\d+)/.exec(String((e as Error)?.message));
  return m ? Number(m[1]) : undefined;
}

/** Line and column (both from 1; columns in UTF-16 units, as editors count) of an index. */
export function letakDi(teks: string, indeks: number): { baris: number; kolom: number } {
  let baris = 1;
  let awalBaris = 0;
  for (let i = 0; i < indeks && i < teks.length; i++) {
    if (teks.charCodeAt(i) === 10) {
      baris++;
      awalBaris = i + 1;
    }
  }
  return { baris, kolom: indeks - awalBaris + 1 };
}

function tampakHuruf(teks: string, i: number): string {
  if (i >= teks.length) return 'akhir teks';
  const c = teks.codePointAt(i) as number;
  if (c < 0x20 || c === 0x7f) return `karakter kendali U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
  return `"${bersihkan(String.fromCodePoint(c))}"`;
}

const ANGKA_JSON = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEKSA = /^[0-9a-fA-F]{4}$/;

type Keadaan = 'nilai' | 'nilai-atau-tutup' | 'kunci' | 'kunci-atau-tutup' | 'titik-dua' | 'setelah-nilai';

/**
 * The first syntax error of a JSON text (letak galat JSON), with a message in Indonesian: a small
 * scanner with an explicit stack (no recursion), used only after `JSON.parse` has refused the text.
 */
export function cariGalatJson(teks: string): { indeks: number; pesan: string } | undefined {
  const tumpuk: ('{' | '[')[] = [];
  let keadaan: Keadaan = 'nilai';
  let selesai = false;
  let i = 0;
  const n = teks.length;
  const galat = (indeks: number, pesan: string) => ({ indeks, pesan });
  while (true) {
    while (i < n) {
      const c = teks.charCodeAt(i);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) i++;
      else break;
    }
    if (i >= n) {
      if (selesai) return undefined;
      return galat(n, teks.trim() === '' ? 'berkas kosong' : 'teks berakhir sebelum JSON selesai');
    }
    const c = teks[i] as string;
    if (selesai) return galat(i, `ada ${tampakHuruf(teks, i)} setelah JSON selesai`);
    if (keadaan === 'setelah-nilai') {
      const atas = tumpuk[tumpuk.length - 1];
      if (c === ',') {
        keadaan = atas === '{' ? 'kunci' : 'nilai';
        i++;
        continue;
      }
      if ((c === '}' && atas === '{') || (c === ']' && atas === '[')) {
        tumpuk.pop();
        i++;
        if (tumpuk.length === 0) selesai = true;
        continue;
      }
      const harap = atas === '{' ? '"," atau "}"' : '"," atau "]"';
      return galat(i, `${harap} diharapkan, bukan ${tampakHuruf(teks, i)}`);
    }
    if (keadaan === 'titik-dua') {
      if (c !== ':') return galat(i, `":" diharapkan setelah nama kunci, bukan ${tampakHuruf(teks, i)}`);
      keadaan = 'nilai';
      i++;
      continue;
    }
    if (keadaan === 'kunci' || keadaan === 'kunci-atau-tutup') {
      if (c === '}' && keadaan === 'kunci-atau-tutup') {
        tumpuk.pop();
        i++;
        keadaan = 'setelah-nilai';
        if (tumpuk.length === 0) selesai = true;
        continue;
      }
      if (c === '}') return galat(i, 'koma berlebih sebelum "}"');
      if (c !== '"')
        return galat(i, `nama kunci dalam tanda kutip ganda diharapkan, bukan ${tampakHuruf(teks, i)}`);
      const akhir = lewatiString(teks, i);
      if (typeof akhir !== 'number') return akhir;
      i = akhir;
      keadaan = 'titik-dua';
      continue;
    }
    // A value is expected.
    if (c === ']' && keadaan === 'nilai-atau-tutup') {
      tumpuk.pop();
      i++;
      keadaan = 'setelah-nilai';
      if (tumpuk.length === 0) selesai = true;
      continue;
    }
    if (c === ']' && tumpuk[tumpuk.length - 1] === '[') return galat(i, 'koma berlebih sebelum "]"');
    if (c === '{' || c === '[') {
      tumpuk.push(c);
      keadaan = c === '{' ? 'kunci-atau-tutup' : 'nilai-atau-tutup';
      i++;
      continue;
    }
    let akhir: number | { indeks: number; pesan: string };
    if (c === '"') {
      akhir = lewatiString(teks, i);
    } else if (c === '-' || (c >= '0' && c <= '9')) {
      ANGKA_JSON.lastIndex = i;
      const m = ANGKA_JSON.exec(teks);
      const berikut = m ? teks[i + m[0].length] : undefined;
      akhir =
        m && !(berikut !== undefined && /[0-9.eE]/.test(berikut))
          ? i + m[0].length
          : galat(i, 'angka tidak valid (JSON menulis angka seperti 92.71, tanpa pemisah ribuan)');
    } else if (teks.startsWith('true', i) || teks.startsWith('null', i)) {
      akhir = i + 4;
    } else if (teks.startsWith('false', i)) {
      akhir = i + 5;
    } else if (c === "'") {
      akhir = galat(i, 'teks harus dalam tanda kutip ganda ("), bukan tunggal');
    } else {
      akhir = galat(i, `nilai diharapkan, bukan ${tampakHuruf(teks, i)}`);
    }
    if (typeof akhir !== 'number') return akhir;
    i = akhir;
    keadaan = 'setelah-nilai';
    if (tumpuk.length === 0) selesai = true;
  }
}

/** The index after a JSON string starting at `awal` (a quote), or the error in it. */
function lewatiString(teks: string, awal: number): number | { indeks: number; pesan: string } {
  let i = awal + 1;
  while (i < teks.length) {
    const k = teks.charCodeAt(i);
    if (k === 0x22) return i + 1;
    if (k < 0x20) {
      return {
        indeks: i,
        pesan: `${tampakHuruf(teks, i)} di dalam teks (baris baru ditulis \\n)`,
      };
    }
    if (k === 0x5c) {
      const e = teks[i + 1];
      if (e === 'u') {
        if (!HEKSA.test(teks.slice(i + 2, i + 6)))
          return { indeks: i, pesan: 'escape \\u harus diikuti 4 digit heksadesimal' };
        i += 6;
        continue;
      }
      if (e === undefined || !'"\\/bfnrt'.includes(e)) {
        return { indeks: i, pesan: `escape \\${e === undefined ? '' : bersihkan(e)} tidak dikenal` };
      }
      i += 2;
      continue;
    }
    i++;
  }
  return { indeks: awal, pesan: 'teks yang dimulai di sini tidak ditutup dengan tanda kutip' };
}
