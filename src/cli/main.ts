// The command-line program: reads arguments, calls the library, prints. No arithmetic of its own.
import { readFileSync } from 'node:fs';
import contoh from '../../data/lkip-2024-dinsos-barito-kuala.json' with { type: 'json' };
import paket from '../../package.json' with { type: 'json' };
import { ATURAN_EFISIENSI } from '../anggaran/aturanEfisiensi.js';
import { KEBIJAKAN_PEMBULATAN } from '../angka/kebijakanPembulatan.js';
import { isSakipError } from '../galat/SakipError.js';
import { hitungLaporan, type OpsiHitungLaporan } from '../laporan/hitungLaporan.js';
import { bacaLaporan } from '../model/Laporan.js';
import { SKALA } from '../predikat/presetSkala.js';
import { ringkasLaporan } from './ringkasan.js';
import { tampilkanLaporan } from './tampilanLaporan.js';

/** Where the program writes: stdout and stderr, replaceable in tests. */
export interface Keluaran {
  tulis(teks: string): void;
  galat(teks: string): void;
}

const BANTUAN = `sakip ${paket.version} — angka laporan kinerja instansi pemerintah (SAKIP) yang tepat

Pemakaian:
  sakip contoh              hitung laporan contoh (LKIP 2024 Dinsos Barito Kuala)
  sakip hitung <laporan>    hitung berkas JSON laporan (model Laporan)
      --kebijakan <NAMA>    kebijakan pembulatan: ${Object.keys(KEBIJAKAN_PEMBULATAN).join(', ')}
                            (bawaan TEPAT; contoh memakai POTONG, kebiasaan laporannya)
      --skala <NAMA>        tabel predikat: ${Object.keys(SKALA).join(', ')}
      --efisiensi <NAMA>    aturan efisiensi: ${Object.keys(ATURAN_EFISIENSI).join(', ')}
  sakip ringkas <laporan>   baca berkas JSON laporan, periksa, dan tampilkan angkanya
  sakip --version           versi
  sakip --help              bantuan ini

Berkas laporan: JSON sesuai docs/schema/laporan.schema.json; angka boleh ditulis
seperti dalam laporan ("2.142.720.865,00", "69,02").`;

/** Reads `<berkas> [--kebijakan N] [--skala N] [--efisiensi N]`, or says what is wrong. */
function bacaArgumen(argumen: readonly string[]): { berkas: string; opsi: OpsiHitungLaporan } | string {
  let berkas: string | undefined;
  const opsi: OpsiHitungLaporan = {};
  for (let i = 0; i < argumen.length; i++) {
    const a = argumen[i] ?? '';
    if (!a.startsWith('--')) {
      if (berkas !== undefined) return `berkas kedua "${a}" tidak diharapkan.`;
      berkas = a;
      continue;
    }
    const nilai = argumen[++i];
    if (nilai === undefined) return `${a} butuh nilai.`;
    const dikenal = (daftar: object): boolean => Object.hasOwn(daftar, nilai);
    if (a === '--kebijakan') {
      if (!dikenal(KEBIJAKAN_PEMBULATAN)) return `kebijakan "${nilai}" tidak dikenal.`;
      opsi.kebijakan = nilai;
    } else if (a === '--skala') {
      if (!dikenal(SKALA)) return `skala "${nilai}" tidak dikenal.`;
      opsi.skala = nilai;
    } else if (a === '--efisiensi') {
      if (!dikenal(ATURAN_EFISIENSI)) return `aturan efisiensi "${nilai}" tidak dikenal.`;
      opsi.efisiensi = { aturan: nilai };
    } else {
      return `opsi ${a} tidak dikenal.`;
    }
  }
  return berkas === undefined ? 'sebutkan berkas laporan JSON.' : { berkas, opsi };
}

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
      case 'contoh': {
        // The report's own habits: capaian truncated (POTONG), Permendagri 54/2010 bands as its
        // Tabel 3.2 prints them, and the efficiency rule it quotes (Kepbup Barito Kuala 2023).
        const opsi: OpsiHitungLaporan = {
          kebijakan: 'POTONG',
          skala: 'PERMENDAGRI_54_2010',
          efisiensi: { aturan: 'BARITO_KUALA_2023' },
        };
        const judul = `${contoh.jenis} ${contoh.tahun} — ${contoh.instansi} (laporan contoh)`;
        keluaran.tulis(tampilkanLaporan(hitungLaporan(bacaLaporan(contoh), opsi), judul));
        return 0;
      }
      case 'hitung': {
        const baca = bacaArgumen(sisa);
        if (typeof baca === 'string') {
          keluaran.galat(`sakip hitung: ${baca}\n\n${BANTUAN}`);
          return 2;
        }
        const laporan = bacaLaporan(JSON.parse(readFileSync(baca.berkas, 'utf8')));
        const judul = `${laporan.jenis ?? 'Laporan'} ${laporan.tahun} — ${laporan.instansi}`;
        keluaran.tulis(tampilkanLaporan(hitungLaporan(laporan, baca.opsi), judul));
        return 0;
      }
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
      // One line, whatever the input: the message is bounded and control characters are not printed raw.
      // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
      keluaran.galat(`sakip: [${e.kode}] ${e.message.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ')}`);
      return 1;
    }
    if (e instanceof SyntaxError || (e as NodeJS.ErrnoException).code === 'ENOENT') {
      keluaran.galat(`sakip: ${(e as Error).message}`);
      return 1;
    }
    throw e;
  }
}
