// The command-line program: reads arguments, calls the library, prints. No arithmetic of its own.
import { readFileSync } from 'node:fs';
import contoh from '../../data/lkip-2024-dinsos-barito-kuala.json' with { type: 'json' };
import paket from '../../package.json' with { type: 'json' };
import { isSakipError } from '../galat/SakipError.js';
import { bacaLaporan } from '../model/Laporan.js';
import { ringkasLaporan } from './ringkasan.js';

/** Where the program writes: stdout and stderr, replaceable in tests. */
export interface Keluaran {
  tulis(teks: string): void;
  galat(teks: string): void;
}

const BANTUAN = `sakip ${paket.version} — angka laporan kinerja instansi pemerintah (SAKIP) yang tepat

Pemakaian:
  sakip contoh              jalankan pada laporan contoh (LKIP 2024 Dinsos Barito Kuala)
  sakip ringkas <laporan>   baca berkas JSON laporan (model Laporan), periksa, dan ringkas
  sakip --version           versi
  sakip --help              bantuan ini

Berkas laporan: JSON sesuai docs/schema/laporan.schema.json; angka boleh ditulis
seperti dalam laporan ("2.142.720.865,00", "69,02").`;

/**
 * Runs the program with the given arguments and returns the exit code: 0 done, 1 the input was
 * refused (a SakipError, printed with its code), 2 wrong usage.
 */
export function jalankan(argumen: readonly string[], keluaran: Keluaran): number {
  const [perintah, ...sisa] = argumen;
  try {
    switch (perintah) {
      case '--version':
      case '-v':
        keluaran.tulis(paket.version);
        return 0;
      case undefined:
      case '--help':
      case '-h':
        keluaran.tulis(BANTUAN);
        return 0;
      case 'contoh':
        keluaran.tulis(ringkasLaporan(bacaLaporan(contoh)));
        return 0;
      case 'ringkas': {
        const berkas = sisa[0];
        if (berkas === undefined) {
          keluaran.galat('sakip ringkas: sebutkan berkas laporan JSON.');
          return 2;
        }
        keluaran.tulis(ringkasLaporan(bacaLaporan(JSON.parse(readFileSync(berkas, 'utf8')))));
        return 0;
      }
      default:
        keluaran.galat(`sakip: perintah "${perintah}" tidak dikenal.\n\n${BANTUAN}`);
        return 2;
    }
  } catch (e) {
    if (isSakipError(e)) {
      keluaran.galat(`sakip: [${e.kode}] ${e.message}`);
      return 1;
    }
    if (e instanceof SyntaxError || (e as NodeJS.ErrnoException).code === 'ENOENT') {
      keluaran.galat(`sakip: ${(e as Error).message}`);
      return 1;
    }
    throw e;
  }
}
