// What a command prints, as blocks (titles, lines, lists, tables), rendered once for the terminal
// (aligned plain text, coloured when allowed) or as Markdown. Every piece of text is made safe here,
// at the one place it leaves for the screen.
import { bersihkan, type Gaya, lebar, potong, type Warna } from './teks.js';

/** One table cell: text, optionally styled. */
export type Sel = string | { teks: string; gaya?: Gaya | undefined };

/** One column: its heading, right-aligned (numbers), and the widest it may be on a terminal. */
export interface Kolom {
  judul: string;
  kanan?: boolean;
  /** Cells longer than this are cut with an ellipsis on the terminal (never in Markdown). */
  maks?: number;
}

/** A block of a printed document. */
export type Blok =
  | { jenis: 'judul'; teks: string; tingkat: 1 | 2 }
  | { jenis: 'baris'; teks: string; gaya?: Gaya | undefined }
  | { jenis: 'daftar'; butir: readonly Sel[] }
  | { jenis: 'tabel'; kolom: readonly Kolom[]; baris: readonly (readonly Sel[])[] };

/** A printed document: blocks separated by blank lines where they change kind. */
export type Dokumen = Blok[];

const teksSel = (s: Sel): string => bersihkan(typeof s === 'string' ? s : s.teks);
const gayaSel = (s: Sel): Gaya | undefined => (typeof s === 'string' ? undefined : s.gaya);

/** A table for the terminal: header, rule, rows; numbers right-aligned; the last column not padded. */
export function tabelTeks(
  kolom: readonly Kolom[],
  baris: readonly (readonly Sel[])[],
  warna: Warna,
): string[] {
  const isi = baris.map((r) =>
    kolom.map((k, i) => potong(teksSel(r[i] ?? ''), k.maks ?? Number.MAX_SAFE_INTEGER)),
  );
  const judul = kolom.map((k) => bersihkan(k.judul));
  const ukuran = judul.map((j) => lebar(j));
  for (const r of isi) {
    for (let i = 0; i < r.length; i++) ukuran[i] = Math.max(ukuran[i] ?? 0, lebar(r[i] ?? ''));
  }
  const akhir = kolom.length - 1;
  // Padding stays outside the colour codes: only the text itself is styled.
  const tata = (teks: string, i: number, gaya: Gaya | undefined): string => {
    const berwarna = warna(teks, gaya);
    if (i === akhir && !kolom[i]?.kanan) return berwarna;
    const tambah = ' '.repeat(Math.max((ukuran[i] ?? 0) - lebar(teks), 0));
    return kolom[i]?.kanan ? tambah + berwarna : berwarna + tambah;
  };
  const keluar = [
    judul
      .map((j, i) => tata(j, i, 'tebal'))
      .join('  ')
      .trimEnd(),
    // The last column runs free (long sentences): its rule is as wide as its heading.
    ukuran.map((u, i) => '-'.repeat(i === akhir && !kolom[i]?.kanan ? lebar(judul[i] ?? '') : u)).join('  '),
  ];
  isi.forEach((r, b) => {
    keluar.push(
      r
        .map((t, i) => tata(t, i, gayaSel(baris[b]?.[i] ?? '')))
        .join('  ')
        .trimEnd(),
    );
  });
  return keluar;
}

/** The document as terminal text. */
export function dokumenTeks(dok: Dokumen, warna: Warna): string {
  const keluar: string[] = [];
  let sebelum: Blok['jenis'] | undefined;
  for (const b of dok) {
    // A blank line before a title, around a table (but not between a title and its table).
    const pisah = b.jenis === 'judul' || sebelum === 'tabel' || (b.jenis === 'tabel' && sebelum !== 'judul');
    if (keluar.length > 0 && pisah) keluar.push('');
    switch (b.jenis) {
      case 'judul': {
        const t = bersihkan(b.teks);
        keluar.push(warna(t, 'tebal'), (b.tingkat === 1 ? '=' : '-').repeat(lebar(t)));
        break;
      }
      case 'baris':
        keluar.push(warna(bersihkan(b.teks), b.gaya));
        break;
      case 'daftar':
        for (const s of b.butir) keluar.push(`- ${warna(teksSel(s), gayaSel(s))}`);
        break;
      case 'tabel':
        keluar.push(...tabelTeks(b.kolom, b.baris, warna));
        break;
    }
    sebelum = b.jenis;
  }
  return keluar.join('\n');
}

/** A cell for Markdown: safe text, `|` escaped, no line breaks. */
function selMd(s: Sel): string {
  return teksSel(s).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').trim();
}

/** The document as Markdown (GitHub tables). */
export function dokumenMd(dok: Dokumen): string {
  const keluar: string[] = [];
  let sebelum: Blok['jenis'] | undefined;
  for (const b of dok) {
    const berbeda =
      sebelum !== undefined && (b.jenis !== sebelum || b.jenis === 'judul' || b.jenis === 'tabel');
    if (berbeda) keluar.push('');
    switch (b.jenis) {
      case 'judul':
        keluar.push(`${b.tingkat === 1 ? '#' : '##'} ${selMd(b.teks)}`);
        break;
      case 'baris':
        // Consecutive lines: two trailing spaces make a Markdown line break.
        if (sebelum === 'baris') keluar[keluar.length - 1] += '  ';
        keluar.push(selMd(b.teks));
        break;
      case 'daftar':
        for (const s of b.butir) keluar.push(`- ${selMd(s)}`);
        break;
      case 'tabel':
        keluar.push(
          `| ${b.kolom.map((k) => selMd(k.judul)).join(' | ')} |`,
          `|${b.kolom.map((k) => (k.kanan ? ' ---: ' : ' --- ')).join('|')}|`,
          ...b.baris.map((r) => `| ${b.kolom.map((_, i) => selMd(r[i] ?? '')).join(' | ')} |`),
        );
        break;
    }
    sebelum = b.jenis;
  }
  return keluar.join('\n');
}
