// `sakip hitung <laporan|->`: the whole report computed by hitungLaporan, under the rules named by
// the options or declared by the report.
import { bacaOpsiEfisiensi } from '../../anggaran/efisiensi.js';
import { hitungLaporan, type OpsiHitungLaporan } from '../../laporan/hitungLaporan.js';
import type { LaporanMasukan } from '../../model/Laporan.js';
import type { Spesifikasi } from '../argumen.js';
import { bacaJson } from '../berkas.js';
import { cetakCsv, cetakDokumen, type Perintah } from '../keluaran.js';
import { asalAturan, aturanLaporan } from '../tampilan/aturan.js';
import { csvLaporan, dokumenLaporan, jsonLaporan, type KonteksLaporan } from '../tampilan/laporan.js';
import {
  FORMAT_LENGKAP,
  OPSI_EFISIENSI,
  OPSI_KEBIJAKAN,
  OPSI_SKALA,
  OPSI_TEPAT,
  opsiFormat,
  teksOpsi,
} from './umum.js';

export const SPEK_HITUNG: Spesifikasi = {
  nama: 'hitung',
  ringkas: 'hitung ulang seluruh laporan: capaian, predikat, anggaran, efisiensi, SKM, IKPA',
  pemakaian: ['hitung <laporan.json|-> [opsi]'],
  uraian: [
    'Menghitung laporan dari masukannya (target, realisasi, pohon anggaran, SKM, IKPA) tanpa melihat',
    'angka tercetaknya (untuk memeriksa angka tercetak: sakip audit). Aturan yang dipakai selalu',
    'dicetak; opsi menggantikan aturan yang dinyatakan laporan (laporan.aturan).',
    '',
    'Berkas laporan: JSON model Laporan (docs/schema/laporan.schema.json); "-" membaca stdin.',
  ],
  posisi: { min: 1, maks: 1, nama: 'berkas laporan JSON (atau - untuk stdin)' },
  opsi: [
    opsiFormat(FORMAT_LENGKAP),
    OPSI_KEBIJAKAN,
    OPSI_SKALA,
    OPSI_EFISIENSI,
    {
      nama: 'pohon',
      jenis: 'bendera',
      keterangan: 'cetak setiap simpul pohon anggaran (pagu, realisasi, sisa, penyerapan)',
    },
    OPSI_TEPAT,
  ],
  contoh: [
    'hitung laporan.json',
    'hitung laporan.json --kebijakan POTONG --skala PERMENDAGRI_54_2010 --pohon',
    'hitung laporan.json --format csv > hasil.csv',
  ],
  kodeKeluar: [
    '0  selesai',
    '1  laporan ditolak (tidak valid menurut model; satu baris "sakip: [KODE] pesan")',
    '2  pemakaian salah, atau berkas tidak dapat dibaca (tidak ada, direktori, JSON tidak valid)',
  ],
};

export const HITUNG: Perintah = {
  spek: SPEK_HITUNG,
  kodeDitolak: 1,
  async jalankan(a, k) {
    const data = await bacaJson(a.posisi[0] as string, k.masukan ?? process.stdin);
    const kebijakan = teksOpsi(a.nilai.kebijakan);
    const skala = teksOpsi(a.nilai.skala);
    const efisiensi = teksOpsi(a.nilai.efisiensi);
    const opsi: OpsiHitungLaporan = {};
    if (kebijakan !== undefined) opsi.kebijakan = kebijakan;
    if (skala !== undefined) opsi.skala = skala;
    if (efisiensi !== undefined) opsi.efisiensi = { aturan: efisiensi };
    const h = hitungLaporan(data as LaporanMasukan, opsi);
    const format = teksOpsi(a.nilai.format) ?? 'tabel';
    // The efficiency rule in force, read as hitungLaporan reads it (the report is valid by now).
    const dariLaporan = aturanLaporan(data, 'efisiensi');
    const konteks: KonteksLaporan = {
      judul: `${typeof (data as { jenis?: unknown }).jenis === 'string' ? (data as { jenis: string }).jenis : 'Laporan'} ${h.tahun} — ${h.instansi}`,
      efisiensi: bacaOpsiEfisiensi(opsi.efisiensi, dariLaporan).aturan.id,
      asal: {
        kebijakan: asalAturan(kebijakan, aturanLaporan(data, 'kebijakan')),
        skala: asalAturan(skala, aturanLaporan(data, 'skala')),
        efisiensi: asalAturan(efisiensi, dariLaporan),
      },
      pohon: a.nilai.pohon === true,
      tepat: a.nilai.tepat === true,
    };
    if (format === 'json') k.tulis(jsonLaporan(h, konteks));
    else if (format === 'csv') cetakCsv(csvLaporan(h), k);
    else cetakDokumen(dokumenLaporan(h, konteks), format, k);
    return 0;
  },
};
