// `sakip audit <laporan.json|->` and `sakip contoh`: every printed figure of a report checked by
// auditLaporan, shown as a table people can read, or as JSON, CSV or Markdown.
import contoh from '../../../data/lkip-2024-dinsos-barito-kuala.json' with { type: 'json' };
import { auditLaporan, type OpsiAudit } from '../../audit/audit.js';
import type { HasilAudit } from '../../audit/jenis.js';
import type { LaporanMasukan } from '../../model/Laporan.js';
import type { ArgumenTerbaca, Spesifikasi } from '../argumen.js';
import { bacaJson } from '../berkas.js';
import { cetakCsv, cetakDokumen, type Keluaran, type Perintah } from '../keluaran.js';
import { asalAturan, aturanLaporan } from '../tampilan/aturan.js';
import { csvAudit, dokumenAudit, jsonAudit, type KonteksAudit } from '../tampilan/audit.js';
import { FORMAT_LENGKAP, OPSI_EFISIENSI, OPSI_SKALA, OPSI_TEPAT, opsiFormat, teksOpsi } from './umum.js';

const OPSI = [opsiFormat(FORMAT_LENGKAP), OPSI_SKALA, OPSI_EFISIENSI, OPSI_TEPAT];

const URAIAN_STATUS = [
  'Setiap angka tercetak (laporan.tercetak) dibandingkan dengan nilai tepat besaran yang disebut',
  'rujukannya (tata rujukan: docs/audit.md). Status tiap angka:',
  '  cocok                   sama dengan nilai tepat yang dibulatkan setengah ke atas',
  '  cocok dengan kebiasaan  hanya sama di bawah kebiasaan bernama (dipotong, dari angka',
  '                          tercetak, rasio dicetak sebagai persen, …)',
  '  SALAH                   tidak ada kebiasaan yang menjelaskannya; nilai seharusnya dan',
  '                          kemungkinan penyebabnya disebutkan',
  '  tidak dapat diperiksa   rujukan tidak dikenal, masukan kosong, atau nilai tak terhitung',
  'Aturan yang dipakai (skala predikat, aturan efisiensi, aturan SKM) selalu dicetak; --skala dan',
  '--efisiensi menggantikan aturan yang dinyatakan laporan (laporan.aturan).',
];

export const SPEK_AUDIT: Spesifikasi = {
  nama: 'audit',
  ringkas: 'periksa setiap angka tercetak sebuah laporan: cocok, cocok dengan kebiasaan, salah',
  pemakaian: ['audit <laporan.json|-> [opsi]'],
  uraian: [
    ...URAIAN_STATUS,
    '',
    'Berkas laporan: JSON model Laporan (docs/schema/laporan.schema.json); "-" membaca stdin.',
  ],
  posisi: { min: 1, maks: 1, nama: 'berkas laporan JSON (atau - untuk stdin)' },
  opsi: OPSI,
  contoh: [
    'audit laporan.json',
    'audit laporan.json --format csv > temuan.csv',
    'audit - --skala PERMENDAGRI_54_2010 < laporan.json',
  ],
  kodeKeluar: [
    '0  tidak ada angka yang salah',
    '1  ada angka yang salah',
    '2  masukan rusak (berkas tidak ada, direktori, JSON tidak valid, laporan tidak valid) atau',
    '   pemakaian salah',
  ],
};

export const SPEK_CONTOH: Spesifikasi = {
  nama: 'contoh',
  ringkas: 'audit laporan contoh (LKIP 2024 Dinsos Barito Kuala); dijalankan oleh npm start',
  pemakaian: ['contoh [opsi]'],
  uraian: [
    'Mengaudit laporan contoh yang terpasang bersama sakip (data/lkip-2024-dinsos-barito-kuala.json),',
    'persis seperti "sakip audit" pada berkas itu.',
    '',
    ...URAIAN_STATUS,
  ],
  posisi: { min: 0, maks: 0, nama: 'argumen' },
  opsi: OPSI,
  contoh: ['contoh', 'contoh --format md > audit-contoh.md'],
  kodeKeluar: [
    '0  audit selesai (laporan contoh memang memuat angka yang salah: itulah yang diperlihatkan)',
    '2  pemakaian salah',
  ],
};

function opsiAudit(a: ArgumenTerbaca): OpsiAudit {
  const opsi: OpsiAudit = {};
  const skala = teksOpsi(a.nilai.skala);
  const efisiensi = teksOpsi(a.nilai.efisiensi);
  if (skala !== undefined) opsi.skala = skala;
  if (efisiensi !== undefined) opsi.efisiensi = { aturan: efisiensi };
  return opsi;
}

/** A field of the raw report, read defensively (the report is valid once the audit has run). */
function medan(data: unknown, kunci: string): unknown {
  return typeof data === 'object' && data !== null && Object.hasOwn(data, kunci)
    ? (data as Record<string, unknown>)[kunci]
    : undefined;
}

/** The number format of each printed figure: its own `format`, else the report's. */
function formatTercetak(data: unknown): (indeks: number) => 'id' | 'en' {
  const umum = medan(data, 'format') === 'en' ? 'en' : 'id';
  const tercetak = medan(data, 'tercetak');
  return (i) => {
    const t = Array.isArray(tercetak) ? tercetak[i] : undefined;
    const f = medan(t, 'format');
    return f === 'en' || f === 'id' ? f : umum;
  };
}

function cetakAudit(
  h: HasilAudit,
  data: unknown,
  a: ArgumenTerbaca,
  k: Keluaran,
  judul: string,
  keterangan: string[],
): void {
  const format = teksOpsi(a.nilai.format) ?? 'tabel';
  if (format === 'json') {
    k.tulis(jsonAudit(h));
    return;
  }
  if (format === 'csv') {
    cetakCsv(csvAudit(h), k);
    return;
  }
  const konteks: KonteksAudit = {
    judul,
    keterangan,
    asal: {
      skala: asalAturan(a.nilai.skala, aturanLaporan(data, 'skala')),
      efisiensi: asalAturan(a.nilai.efisiensi, aturanLaporan(data, 'efisiensi')),
    },
    formatAngka: formatTercetak(data),
    tepat: a.nilai.tepat === true,
  };
  cetakDokumen(dokumenAudit(h, konteks), format, k);
}

function judulLaporan(data: unknown, h: HasilAudit): string {
  const jenis = medan(data, 'jenis');
  return `${typeof jenis === 'string' ? jenis : 'Laporan'} ${h.tahun} — ${h.instansi}`;
}

export const AUDIT: Perintah = {
  spek: SPEK_AUDIT,
  kodeDitolak: 2,
  async jalankan(a, k) {
    const berkas = a.posisi[0] as string;
    const data = await bacaJson(berkas, k.masukan ?? process.stdin);
    const h = auditLaporan(data as LaporanMasukan, opsiAudit(a));
    cetakAudit(h, data, a, k, `Audit ${judulLaporan(data, h)}`, []);
    return h.ringkasan.salah > 0 ? 1 : 0;
  },
};

export const CONTOH: Perintah = {
  spek: SPEK_CONTOH,
  kodeDitolak: 2,
  jalankan(a, k) {
    const data: unknown = contoh;
    const h = auditLaporan(data as LaporanMasukan, opsiAudit(a));
    cetakAudit(h, data, a, k, `Audit laporan contoh: ${judulLaporan(data, h)}`, [
      'Berkas: data/lkip-2024-dinsos-barito-kuala.json (terpasang bersama sakip).',
      'Audit laporan Anda sendiri: sakip audit laporan.json',
    ]);
    return 0;
  },
};
