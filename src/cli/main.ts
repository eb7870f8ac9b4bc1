// The command-line program: picks the command, reads its arguments (node:util parseArgs), calls the
// library, prints. No arithmetic of its own. Exit codes: 0 done; 1 the input was refused (a
// SakipError) — for `audit`: something printed is wrong; 2 wrong usage or a file that cannot be read
// (and, for `audit`, a report the library refuses); 3 an internal error of sakip.
import paket from '../../package.json' with { type: 'json' };
import { isSakipError } from '../galat/SakipError.js';
import { bacaArgumen, saran, teksBantuan } from './argumen.js';
import { GalatBerkas, GalatPemakaian } from './galat.js';
import type { Keluaran, Perintah } from './keluaran.js';
import { AUDIT, CONTOH } from './perintah/audit.js';
import { CAPAIAN } from './perintah/capaian.js';
import { HITUNG } from './perintah/hitung.js';
import { IKPA } from './perintah/ikpa.js';
import { PREDIKAT } from './perintah/predikat.js';
import { SKALA_PERINTAH } from './perintah/skala.js';
import { SKM } from './perintah/skm.js';
import { bersihkan, potong } from './teks.js';

export type { Keluaran } from './keluaran.js';

/** The commands, in the order the help lists them. */
const PERINTAH: readonly Perintah[] = [AUDIT, CONTOH, HITUNG, CAPAIAN, PREDIKAT, SKM, IKPA, SKALA_PERINTAH];
const MENURUT_NAMA = new Map(PERINTAH.map((p) => [p.spek.nama, p]));

/** The help of the program: its commands and the options every command has. */
export function bantuanUtama(): string {
  const lebar = Math.max(...PERINTAH.map((p) => p.spek.nama.length));
  return [
    `sakip ${paket.version} — angka laporan kinerja instansi pemerintah (SAKIP) yang tepat dan dapat diaudit`,
    '',
    'Pemakaian:',
    '  sakip <perintah> [argumen] [opsi]',
    '  sakip <perintah> --help     bantuan satu perintah (juga: sakip help <perintah>)',
    '',
    'Perintah:',
    ...PERINTAH.map((p) => `  ${p.spek.nama.padEnd(lebar)}  ${p.spek.ringkas}`),
    '',
    'Opsi:',
    '  -h, --help     bantuan ini',
    '  -v, --version  versi sakip',
    '',
    'Berkas laporan: JSON model Laporan (docs/schema/laporan.schema.json); "-" membaca stdin.',
    'Angka boleh ditulis seperti dalam laporan ("2.142.720.865,00", "69,02").',
    '',
    'Kode keluar: 0 selesai; 1 masukan ditolak (audit: ada angka yang salah); 2 pemakaian salah',
    'atau berkas tidak dapat dibaca (audit: juga laporan tidak valid); 3 galat internal sakip.',
  ].join('\n');
}

function galatPemakaian(k: Keluaran, awalan: string, pesan: string, bantuan: string): number {
  k.galat(`${awalan}: ${pesan}`);
  k.galat(bantuan);
  return 2;
}

/**
 * Runs the program with the given arguments (without `node` and the script) and resolves to the exit
 * code. Everything is written through `keluaran`; nothing is thrown for bad input.
 */
export async function jalankan(argumen: readonly string[], keluaran: Keluaran): Promise<number> {
  const [pertama, ...sisa] = argumen;
  if (pertama === undefined || pertama === '--help' || pertama === '-h') {
    keluaran.tulis(bantuanUtama());
    return 0;
  }
  // `sakip help audit` / `sakip bantuan audit`: the same as `sakip audit --help`.
  if (pertama === 'help' || pertama === 'bantuan') {
    const p = sisa[0] === undefined ? undefined : MENURUT_NAMA.get(sisa[0]);
    keluaran.tulis(p === undefined ? bantuanUtama() : teksBantuan(p.spek));
    return 0;
  }
  if (pertama === '--version' || pertama === '-v') {
    keluaran.tulis(paket.version);
    return 0;
  }
  const p = MENURUT_NAMA.get(pertama);
  if (p === undefined) {
    const tampak = potong(bersihkan(pertama), 60);
    const usul = saran(pertama, [...MENURUT_NAMA.keys()]);
    const pesan = pertama.startsWith('-')
      ? `opsi ${tampak} tidak dikenal di sini; sebutkan perintah dahulu (sakip <perintah> ${tampak}).`
      : `perintah "${tampak}" tidak dikenal${usul ? `; maksudnya "${usul}"?` : '.'}`;
    return galatPemakaian(
      keluaran,
      'sakip',
      pesan,
      `Perintah: ${[...MENURUT_NAMA.keys()].join(', ')}. Bantuan: sakip --help`,
    );
  }
  const nama = p.spek.nama;
  try {
    const a = bacaArgumen(p.spek, sisa);
    if (a.bantuan) {
      keluaran.tulis(teksBantuan(p.spek));
      return 0;
    }
    return await p.jalankan(a, keluaran);
  } catch (e) {
    if (e instanceof GalatPemakaian) {
      return galatPemakaian(
        keluaran,
        `sakip ${nama}`,
        bersihkan(e.message),
        `Pemakaian: ${p.spek.pemakaian.map((x) => `sakip ${x}`).join(' | ')}\nBantuan: sakip ${nama} --help`,
      );
    }
    if (e instanceof GalatBerkas) {
      keluaran.galat(`sakip ${nama}: ${bersihkan(e.message)}`);
      return 2;
    }
    if (isSakipError(e)) {
      // One line, whatever the input: the library bounds its messages; control characters never print.
      keluaran.galat(`sakip: [${e.kode}] ${bersihkan(e.message)}`);
      return p.kodeDitolak;
    }
    const pesan = e instanceof Error ? e.message : String(e);
    keluaran.galat(`sakip ${nama}: galat internal (mohon laporkan): ${bersihkan(pesan)}`);
    if (process.env.SAKIP_DEBUG && e instanceof Error && e.stack) keluaran.galat(bersihkan(e.stack));
    return 3;
  }
}
