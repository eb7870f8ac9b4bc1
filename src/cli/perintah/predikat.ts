// `sakip predikat <nilai> [--skala ID]`: the band of a value by the library's predikat(); without
// --skala, its band in every preset table (they disagree at the edges: that is worth seeing).
import { MODE_PEMBULATAN, type ModePembulatan } from '../../angka/bulatkan.js';
import { isSakipError } from '../../galat/SakipError.js';
import { type OpsiPredikat, predikat } from '../../predikat/predikat.js';
import { SKALA } from '../../predikat/presetSkala.js';
import type { Spesifikasi } from '../argumen.js';
import type { Dokumen, Sel } from '../dokumen.js';
import { keJson } from '../json.js';
import { cetakDokumen, type Perintah } from '../keluaran.js';
import { namaAturan } from '../tampilan/aturan.js';
import { angkaPenuh, bersihkan } from '../teks.js';
import { bacaDesimal } from './capaian.js';
import { FORMAT_DOKUMEN, OPSI_SKALA, opsiFormat, teksOpsi } from './umum.js';

export const SPEK_PREDIKAT: Spesifikasi = {
  nama: 'predikat',
  ringkas: 'predikat sebuah nilai menurut tabel predikat (skala)',
  pemakaian: ['predikat <nilai> [--skala ID] [opsi]'],
  uraian: [
    'Tanpa --skala: predikat nilai itu menurut setiap tabel bawaan (tabel-tabel berbeda di batasnya).',
    'Nilai boleh ditulis seperti dalam laporan ("90,5"); nilai negatif ditulis biasa ("-5").',
  ],
  posisi: { min: 1, maks: 1, nama: 'nilai' },
  opsi: [
    OPSI_SKALA,
    {
      nama: 'desimal',
      jenis: 'teks',
      contohNilai: 'N',
      keterangan: 'bulatkan nilai ke N desimal sebelum dicari pitanya',
    },
    {
      nama: 'mode',
      jenis: 'teks',
      contohNilai: MODE_PEMBULATAN.join('|'),
      keterangan: 'cara membulatkan bersama --desimal (bawaan setengah-atas)',
      pilihan: MODE_PEMBULATAN,
    },
    opsiFormat(FORMAT_DOKUMEN),
  ],
  contoh: [
    'predikat 90,5',
    'predikat 96,7 --skala PERMENDAGRI_54_2010',
    'predikat 89,9951 --desimal 2 --skala IKPA',
  ],
  kodeKeluar: [
    '0  selesai',
    '1  nilai ditolak (bukan angka, di luar domain tabel yang dipilih)',
    '2  pemakaian salah',
  ],
};

export const PREDIKAT: Perintah = {
  spek: SPEK_PREDIKAT,
  kodeDitolak: 1,
  jalankan(a, k) {
    const nilai = a.posisi[0] as string;
    const skala = teksOpsi(a.nilai.skala);
    const opsi: OpsiPredikat = {};
    if (a.nilai.desimal !== undefined || a.nilai.mode !== undefined) {
      opsi.pembulatan = {
        desimal: bacaDesimal(a.nilai.desimal, 2),
        mode: (teksOpsi(a.nilai.mode) ?? 'setengah-atas') as ModePembulatan,
      };
    }
    const format = teksOpsi(a.nilai.format) ?? 'tabel';
    if (skala !== undefined) {
      const p = predikat(nilai, skala, opsi);
      if (format === 'json') {
        k.tulis(
          keJson({
            nilai: p.nilai,
            label: p.label,
            kode: p.kode ?? null,
            rentang: p.rentang,
            peringkat: p.peringkat,
            skala: p.skala,
          }),
        );
        return 0;
      }
      const dok: Dokumen = [
        {
          jenis: 'judul',
          teks: `Predikat ${bersihkan(nilai)}: ${p.label}${p.kode ? ` (${p.kode})` : ''}`,
          tingkat: 1,
        },
        { jenis: 'baris', teks: `Nilai yang dibandingkan: ${angkaPenuh(p.nilai)}` },
        { jenis: 'baris', teks: `Rentang pita: ${p.rentang}` },
        { jenis: 'baris', teks: `Skala predikat: ${namaAturan('skala', p.skala)}` },
      ];
      cetakDokumen(dok, format, k);
      return 0;
    }
    // Every preset table: a value outside one table's domain is a row saying so, not an error.
    const semua = Object.keys(SKALA).map((id) => {
      try {
        return { id, p: predikat(nilai, id, opsi) };
      } catch (e) {
        if (isSakipError(e, 'PREDIKAT_DI_LUAR_DOMAIN')) return { id, pesan: 'di luar domain tabel' };
        throw e;
      }
    });
    if (format === 'json') {
      k.tulis(
        keJson(
          semua.map((x) =>
            'p' in x && x.p
              ? {
                  skala: x.id,
                  label: x.p.label,
                  kode: x.p.kode ?? null,
                  rentang: x.p.rentang,
                  nilai: x.p.nilai,
                  pesan: null,
                }
              : { skala: x.id, label: null, kode: null, rentang: null, nilai: null, pesan: x.pesan ?? null },
          ),
        ),
      );
      return 0;
    }
    const dok: Dokumen = [
      { jenis: 'judul', teks: `Predikat ${bersihkan(nilai)} menurut setiap tabel bawaan`, tingkat: 1 },
      {
        jenis: 'tabel',
        kolom: [{ judul: 'Skala' }, { judul: 'Predikat' }, { judul: 'Rentang pita' }],
        baris: semua.map((x): Sel[] =>
          'p' in x && x.p
            ? [x.id, `${x.p.label}${x.p.kode ? ` (${x.p.kode})` : ''}`, x.p.rentang]
            : [x.id, { teks: x.pesan ?? '', gaya: 'redup' }, '—'],
        ),
      },
      { jenis: 'baris', teks: 'Pilih satu tabel dengan --skala ID; isi tabel: sakip skala ID.' },
    ];
    cetakDokumen(dok, format, k);
    return 0;
  },
};
