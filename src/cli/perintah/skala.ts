// `sakip skala [ID]`: the preset band tables (SKALA) with source and status, or one table's bands.
import { tulisRentang } from '../../predikat/interval.js';
import { SKALA } from '../../predikat/presetSkala.js';
import { type Spesifikasi, saran } from '../argumen.js';
import type { Dokumen } from '../dokumen.js';
import { GalatPemakaian } from '../galat.js';
import { keJson } from '../json.js';
import { cetakDokumen, type Perintah } from '../keluaran.js';
import { bersihkan, potong } from '../teks.js';
import { FORMAT_DOKUMEN, opsiFormat, teksOpsi } from './umum.js';

export const SPEK_SKALA: Spesifikasi = {
  nama: 'skala',
  ringkas: 'daftar tabel predikat bawaan, atau pita-pita satu tabel',
  pemakaian: ['skala [ID] [opsi]'],
  uraian: ['Tanpa ID: setiap tabel predikat bawaan dengan status dan sumbernya. Dengan ID: pita-pitanya.'],
  posisi: { min: 0, maks: 1, nama: 'ID tabel' },
  opsi: [opsiFormat(FORMAT_DOKUMEN)],
  contoh: ['skala', 'skala PERMENDAGRI_54_2010'],
  kodeKeluar: ['0  selesai', '2  pemakaian salah (mis. ID tidak dikenal)'],
};

export const SKALA_PERINTAH: Perintah = {
  spek: SPEK_SKALA,
  kodeDitolak: 1,
  jalankan(a, k) {
    const format = teksOpsi(a.nilai.format) ?? 'tabel';
    const id = a.posisi[0];
    if (id === undefined) {
      const semua = Object.values(SKALA);
      if (format === 'json') {
        k.tulis(
          keJson(
            semua.map((s) => ({
              id: s.id,
              nama: s.nama,
              status: s.status,
              sumber: s.sumber,
              pita: s.interval.length,
            })),
          ),
        );
        return 0;
      }
      const dok: Dokumen = [
        { jenis: 'judul', teks: 'Tabel predikat bawaan (skala)', tingkat: 1 },
        {
          jenis: 'tabel',
          kolom: [
            { judul: 'ID' },
            { judul: 'Status' },
            { judul: 'Pita', kanan: true },
            { judul: 'Nama dan sumber' },
          ],
          baris: semua.map((s) => [
            s.id,
            s.status,
            String(s.interval.length),
            `${s.nama}. Sumber: ${s.sumber}`,
          ]),
        },
        {
          jenis: 'baris',
          teks: 'Pita satu tabel: sakip skala ID. Predikat sebuah nilai: sakip predikat NILAI --skala ID.',
        },
      ];
      cetakDokumen(dok, format, k);
      return 0;
    }
    if (!Object.hasOwn(SKALA, id)) {
      const usul = saran(id, Object.keys(SKALA));
      throw new GalatPemakaian(
        `tabel predikat "${potong(bersihkan(id), 60)}" tidak dikenal${usul ? `; maksudnya ${usul}?` : '.'} ` +
          `Yang dikenal: ${Object.keys(SKALA).join(', ')}.`,
      );
    }
    const s = SKALA[id as keyof typeof SKALA];
    if (format === 'json') {
      k.tulis(
        keJson({
          id: s.id,
          nama: s.nama,
          status: s.status,
          sumber: s.sumber,
          catatan: s.catatan ?? null,
          domain: tulisRentang(s.domain),
          pita: s.interval.map((p) => ({
            label: p.label,
            kode: p.kode ?? null,
            rentang: tulisRentang(p),
            keterangan: p.keterangan ?? null,
          })),
        }),
      );
      return 0;
    }
    const dok: Dokumen = [
      { jenis: 'judul', teks: `${s.id} — ${s.nama}`, tingkat: 1 },
      { jenis: 'baris', teks: `Status: ${s.status}` },
      { jenis: 'baris', teks: `Sumber: ${s.sumber}` },
      { jenis: 'baris', teks: `Domain: ${tulisRentang(s.domain)}` },
      {
        jenis: 'tabel',
        kolom: [{ judul: 'Predikat' }, { judul: 'Kode' }, { judul: 'Rentang' }, { judul: 'Keterangan' }],
        // From the highest band down, as regulations print their tables.
        baris: [...s.interval]
          .reverse()
          .map((p) => [p.label, p.kode ?? '—', tulisRentang(p), p.keterangan ?? '']),
      },
    ];
    if (s.catatan) dok.push({ jenis: 'baris', teks: `Catatan: ${s.catatan}` });
    cetakDokumen(dok, format, k);
    return 0;
  },
};
