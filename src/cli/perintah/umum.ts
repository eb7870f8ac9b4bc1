// Options shared by several commands, described once.
import { ATURAN_EFISIENSI } from '../../anggaran/aturanEfisiensi.js';
import { KEBIJAKAN_PEMBULATAN } from '../../angka/kebijakanPembulatan.js';
import { SKALA } from '../../predikat/presetSkala.js';
import type { Opsi } from '../argumen.js';

export const FORMAT_LENGKAP = ['tabel', 'json', 'csv', 'md'] as const;
export const FORMAT_DOKUMEN = ['tabel', 'json', 'md'] as const;

/** `--format`: the formats a command offers. */
export function opsiFormat(pilihan: readonly string[]): Opsi {
  return {
    nama: 'format',
    jenis: 'teks',
    contohNilai: pilihan.join('|'),
    keterangan:
      `bentuk keluaran (bawaan tabel): ${pilihan.join(', ')}` +
      (pilihan.includes('csv') ? '\njson: angka sebagai teks; csv: RFC 4180; md: Markdown' : ''),
    pilihan,
  };
}

export const OPSI_SKALA: Opsi = {
  nama: 'skala',
  jenis: 'teks',
  contohNilai: 'ID',
  keterangan: `tabel predikat (lihat: sakip skala):\n${Object.keys(SKALA).join(', ')}`,
  pilihan: Object.keys(SKALA),
};

export const OPSI_EFISIENSI: Opsi = {
  nama: 'efisiensi',
  jenis: 'teks',
  contohNilai: 'ID',
  keterangan: `aturan efisiensi: ${Object.keys(ATURAN_EFISIENSI).join(', ')}`,
  pilihan: Object.keys(ATURAN_EFISIENSI),
};

export const OPSI_KEBIJAKAN: Opsi = {
  nama: 'kebijakan',
  jenis: 'teks',
  contohNilai: 'ID',
  keterangan: `kebijakan pembulatan: ${Object.keys(KEBIJAKAN_PEMBULATAN).join(', ')} (bawaan TEPAT)`,
  pilihan: Object.keys(KEBIJAKAN_PEMBULATAN),
};

export const OPSI_TEPAT: Opsi = {
  nama: 'tepat',
  jenis: 'bendera',
  keterangan: 'tulis angka tepat dengan semua digitnya (bawaan: 2 desimal)',
};

/** The text value of an option (only called for options of type `teks`). */
export function teksOpsi(nilai: string | boolean | undefined): string | undefined {
  return typeof nilai === 'string' ? nilai : undefined;
}
