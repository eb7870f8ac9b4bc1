// Helpers of the command-line tests: small hand-made reports, a temporary directory, and a runner
// that calls `jalankan` with a fake `keluaran` and collects what it prints.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { jalankan } from '../../src/cli/main.js';

/** A report with every status: a habit (truncation), a wrong figure, a label, an unknown path, a wrong penyerapan. */
export const LAPORAN_CAMPUR = {
  instansi: 'Dinas Sosial Kabupaten Barito Kuala',
  tahun: 2024,
  jenis: 'LKIP',
  aturan: { skala: 'PERMENDAGRI_54_2010' },
  sasaran: [
    {
      id: 'S2',
      nama: 'Kemampuan berusaha PPKS',
      indikator: [{ id: 'IKU-2', nama: 'PPKS mampu berusaha', target: '1,31', realisasi: '0,73' }],
    },
  ],
  anggaran: [
    {
      nama: 'Program Pemberdayaan Sosial',
      sasaranId: ['S2'],
      // The stated total is not the sum of its children: a finding of the budget tree.
      anggaran: { pagu: '1.000', realisasi: '800' },
      anak: [
        { nama: 'Kegiatan A', anggaran: { pagu: '600', realisasi: '500' } },
        { nama: 'Kegiatan B', anggaran: { pagu: '300', realisasi: '300' } },
      ],
    },
  ],
  tercetak: [
    { rujukan: 'indikator/IKU-2/capaian', teks: '55,72', lokasi: 'Tabel 3.1.1' },
    { rujukan: 'indikator/IKU-2/capaian', teks: '96,00', lokasi: 'Tabel 3.2.3' },
    { rujukan: 'indikator/IKU-2/predikat', teks: 'Kurang', lokasi: 'Tabel 3.2' },
    { rujukan: 'indikator/IKU-9/capaian', teks: '10', lokasi: 'Tabel 3.9' },
    { rujukan: 'anggaran/Program Pemberdayaan Sosial/penyerapan', teks: '90,00', lokasi: 'Tabel 3.4' },
  ],
};

/** A report whose every printed figure holds (exit 0). */
export const LAPORAN_BERSIH = {
  instansi: 'Dinas Contoh',
  tahun: 2024,
  sasaran: [
    {
      id: 'S1',
      nama: 'Sasaran satu',
      indikator: [{ id: 'IKU-1', nama: 'Indikator satu', target: '69,02', realisasi: '92,71' }],
    },
  ],
  tercetak: [
    { rujukan: 'indikator/IKU-1/capaian', teks: '134,32', lokasi: 'Tabel 1' },
    { rujukan: 'indikator/IKU-1/target', teks: '69,02', lokasi: 'Tabel 1' },
  ],
};

/** A report that does not fit the model (a realisasi that is not a number). */
export const LAPORAN_RUSAK = {
  instansi: 'X',
  tahun: 2024,
  sasaran: [
    { id: 'S1', nama: 'S', indikator: [{ id: 'I', nama: 'I', target: '6.811', realisasi: '#####' }] },
  ],
};

/** A fresh temporary directory. */
export function direktoriSementara(): string {
  return mkdtempSync(join(tmpdir(), 'sakip-cli-'));
}

/** Writes `isi` (a value as JSON, or a text as it is) to a new file and returns its path. */
export function tulisBerkas(nama: string, isi: unknown, dir = direktoriSementara()): string {
  const jalur = join(dir, nama);
  writeFileSync(
    jalur,
    typeof isi === 'string' || isi instanceof Uint8Array ? isi : JSON.stringify(isi, null, 2),
  );
  return jalur;
}

export interface HasilJalan {
  kode: number;
  keluar: string;
  galat: string;
  kemajuan: string[];
}

/** Runs the program in-process with a fake keluaran. */
export async function jalan(
  argumen: readonly string[],
  opsi: { masukan?: string | Uint8Array; warna?: boolean; kemajuan?: boolean } = {},
): Promise<HasilJalan> {
  const keluar: string[] = [];
  const galat: string[] = [];
  const kemajuan: string[] = [];
  const kode = await jalankan(argumen, {
    tulis: (t) => keluar.push(t),
    galat: (t) => galat.push(t),
    masukan: Readable.from(opsi.masukan === undefined ? [] : [Buffer.from(opsi.masukan)]),
    warna: opsi.warna === true,
    ...(opsi.kemajuan ? { kemajuan: (t: string) => kemajuan.push(t) } : {}),
  });
  return { kode, keluar: keluar.join('\n'), galat: galat.join('\n'), kemajuan };
}

/** ESC, the start of every ANSI sequence. */
export const ESC = String.fromCharCode(0x1b);

/** An ANSI sequence `ESC [ <kode> m`, for matching coloured output. */
export const ansi = (kode: number): string => `${ESC}[${kode}m`;

/**
 * The characters of a text that must not reach a terminal (written out independently of the code
 * under test): C0 controls other than line feed, DEL and C1 controls, bidirectional overrides and
 * isolates.
 */
export function karakterKendali(teks: string): string[] {
  const ada: string[] = [];
  for (const c of teks) {
    const k = c.codePointAt(0) as number;
    const buruk =
      (k < 0x20 && k !== 0x0a) ||
      (k >= 0x7f && k <= 0x9f) ||
      (k >= 0x202a && k <= 0x202e) ||
      (k >= 0x2066 && k <= 0x2069);
    if (buruk) ada.push(`U+${k.toString(16).padStart(4, '0')}`);
  }
  return ada;
}
