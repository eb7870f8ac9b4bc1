// Where a command writes and reads: replaceable in tests, the real streams in bin.ts.
import type { ArgumenTerbaca, Spesifikasi } from './argumen.js';
import type { Masukan } from './berkas.js';
import { type Dokumen, dokumenMd, dokumenTeks } from './dokumen.js';
import { buatWarna } from './teks.js';

/** Where the program writes (and reads stdin from). */
export interface Keluaran {
  /** Writes text to stdout, followed by a line break. */
  tulis(teks: string): void;
  /** Writes a line to stderr. */
  galat(teks: string): void;
  /** stdin, read for the file name `-` (default: the process's stdin). */
  masukan?: Masukan;
  /** ANSI colours on stdout (bin.ts: stdout is a terminal and NO_COLOR is not set). Default off. */
  warna?: boolean;
  /**
   * Writes a progress line to stderr, replacing the previous one (given by bin.ts only when stderr is a
   * terminal; absent: no progress shown). An empty text clears it.
   */
  kemajuan?: (teks: string) => void;
}

/** One command: its description (options, help) and what it does. */
export interface Perintah {
  spek: Spesifikasi;
  /**
   * The exit code when the library refuses the input (a SakipError): 2 for `audit` (bad input, as a
   * missing file is), 1 for the other commands ("input refused").
   */
  kodeDitolak: 1 | 2;
  jalankan(a: ArgumenTerbaca, k: Keluaran): Promise<number> | number;
}

/** The output formats of a document: aligned text for the terminal, or Markdown. */
export function cetakDokumen(dok: Dokumen, format: string | boolean | undefined, k: Keluaran): void {
  k.tulis(format === 'md' ? dokumenMd(dok) : dokumenTeks(dok, buatWarna(k.warna === true)));
}

/** Writes a CSV text (records ending in CRLF) through `tulis`, which adds the final line break. */
export function cetakCsv(teks: string, k: Keluaran): void {
  k.tulis(teks.endsWith('\r\n') ? teks.slice(0, -1) : teks);
}
