// `sakip capaian --target 69,02 --realisasi 92,71`: one indicator's capaian by the library's
// capaian(), rounded for print by bulatkan(), with the steps and — with --skala — its predikat.

import { BATAS_DESIMAL, bulatkan, MODE_PEMBULATAN, type ModePembulatan } from '../../angka/bulatkan.js';
import type { Decimal } from '../../angka/Decimal.js';
import { capaian, type MasukanCapaian, RUMUS_NEGATIF, type RumusNegatif } from '../../capaian/capaian.js';
import { rumusCapaian } from '../../capaian/inti.js';
import { langkah, tulisLangkah } from '../../hasil/hasil.js';
import { type HasilPredikat, predikat } from '../../predikat/predikat.js';
import type { ArgumenTerbaca, Spesifikasi } from '../argumen.js';
import type { Dokumen } from '../dokumen.js';
import { GalatPemakaian } from '../galat.js';
import { keJson } from '../json.js';
import { cetakDokumen, type Perintah } from '../keluaran.js';
import { namaAturan } from '../tampilan/aturan.js';
import { angkaBulat, angkaPenuh, angkaRingkas } from '../teks.js';
import { FORMAT_DOKUMEN, OPSI_SKALA, OPSI_TEPAT, opsiFormat, teksOpsi } from './umum.js';

export const SPEK_CAPAIAN: Spesifikasi = {
  nama: 'capaian',
  ringkas: 'capaian satu indikator dari target dan realisasinya',
  pemakaian: ['capaian --target ANGKA --realisasi ANGKA [opsi]'],
  uraian: [
    'Indikator positif: capaian = realisasi / target × 100. Indikator negatif (--negatif, "semakin',
    'rendah semakin baik"): rumus selisih (target − (realisasi − target)) / target × 100, atau',
    'kebalikan target / realisasi × 100. Angka boleh ditulis seperti dalam laporan ("69,02",',
    '"6.811.847"); teks yang dapat dibaca dua cara ("92.711") ditolak.',
  ],
  posisi: { min: 0, maks: 0, nama: 'argumen' },
  opsi: [
    { nama: 'target', jenis: 'teks', contohNilai: 'ANGKA', keterangan: 'target (wajib)' },
    { nama: 'realisasi', jenis: 'teks', contohNilai: 'ANGKA', keterangan: 'realisasi (wajib)' },
    { nama: 'negatif', jenis: 'bendera', keterangan: 'indikator negatif: semakin rendah semakin baik' },
    {
      nama: 'rumus',
      jenis: 'teks',
      contohNilai: RUMUS_NEGATIF.join('|'),
      keterangan: 'rumus indikator negatif (bawaan selisih); hanya bersama --negatif',
      pilihan: RUMUS_NEGATIF,
    },
    {
      nama: 'batas-atas',
      jenis: 'teks',
      contohNilai: 'ANGKA',
      keterangan: 'batas atas capaian (mis. 120); bawaan tanpa batas',
    },
    {
      nama: 'desimal',
      jenis: 'teks',
      contohNilai: 'N',
      keterangan: 'banyak desimal capaian tercetak (bawaan 2)',
    },
    {
      nama: 'mode',
      jenis: 'teks',
      contohNilai: MODE_PEMBULATAN.join('|'),
      keterangan: 'cara membulatkan capaian tercetak (bawaan setengah-atas)',
      pilihan: MODE_PEMBULATAN,
    },
    {
      ...OPSI_SKALA,
      keterangan: `predikat capaian tercetak menurut tabel ini:\n${OPSI_SKALA.keterangan.split('\n')[1]}`,
    },
    opsiFormat(FORMAT_DOKUMEN),
    OPSI_TEPAT,
  ],
  contoh: [
    'capaian --target 69,02 --realisasi 92,71',
    'capaian --target 1,31 --realisasi 0,73 --mode potong --skala PERMENDAGRI_54_2010',
    'capaian --target 7 --realisasi 6,5 --negatif',
  ],
  kodeKeluar: ['0  selesai', '1  masukan ditolak (mis. target 0, angka ambigu)', '2  pemakaian salah'],
};

const CARA: Record<ModePembulatan, string> = {
  'setengah-atas': 'dibulatkan setengah ke atas',
  potong: 'dipotong',
  'setengah-genap': 'dibulatkan setengah ke genap',
};

/** A whole number of decimals from an option, within the library's range. */
export function bacaDesimal(nilai: string | boolean | undefined, bawaan: number): number {
  if (typeof nilai !== 'string') return bawaan;
  const n = /^-?\d{1,3}$/.test(nilai) ? Number(nilai) : Number.NaN;
  if (!Number.isInteger(n) || n < 0 || n > BATAS_DESIMAL.maks) {
    throw new GalatPemakaian(
      `--desimal harus bilangan bulat 0 sampai ${BATAS_DESIMAL.maks}, bukan "${nilai}".`,
    );
  }
  return n;
}

function wajib(a: ArgumenTerbaca, nama: string): string {
  const v = teksOpsi(a.nilai[nama]);
  if (v === undefined) throw new GalatPemakaian(`opsi --${nama} wajib: --${nama} ANGKA.`);
  return v;
}

export const CAPAIAN: Perintah = {
  spek: SPEK_CAPAIAN,
  kodeDitolak: 1,
  jalankan(a, k) {
    const target = wajib(a, 'target');
    const realisasi = wajib(a, 'realisasi');
    const negatif = a.nilai.negatif === true;
    const rumusDiminta = teksOpsi(a.nilai.rumus) as RumusNegatif | undefined;
    if (rumusDiminta !== undefined && !negatif) {
      throw new GalatPemakaian('--rumus hanya berlaku untuk indikator negatif: tambahkan --negatif.');
    }
    const rumus: RumusNegatif = rumusDiminta ?? 'selisih';
    const desimal = bacaDesimal(a.nilai.desimal, 2);
    const mode = (teksOpsi(a.nilai.mode) ?? 'setengah-atas') as ModePembulatan;
    const batasAtas = teksOpsi(a.nilai['batas-atas']);
    const skala = teksOpsi(a.nilai.skala);
    const tepat = a.nilai.tepat === true;

    const masukan: MasukanCapaian = { target, realisasi, polaritas: negatif ? 'negatif' : 'positif' };
    if (negatif) masukan.rumusNegatif = rumus;
    if (batasAtas !== undefined) masukan.batasAtas = batasAtas;
    const nilai = capaian(masukan);
    const tampil = bulatkan(nilai, desimal, mode);
    const p: HasilPredikat | undefined = skala === undefined ? undefined : predikat(tampil, skala);

    const polaritas = negatif ? 'negatif' : 'positif';
    const jejak = [
      langkah(
        rumusCapaian(polaritas, rumus),
        { realisasi, target },
        nilai,
        `indikator ${polaritas}${batasAtas === undefined ? '' : `; batas atas ${batasAtas}`}`,
      ),
      langkah(`capaian tercetak = capaian ${CARA[mode]} ${desimal} desimal`, { capaian: nilai }, tampil),
    ];
    if (p !== undefined) {
      jejak.push(
        langkah(
          `predikat = pita skala ${p.skala} yang memuat capaian tercetak`,
          { capaian: tampil },
          p.label,
          p.rentang,
        ),
      );
    }

    const format = teksOpsi(a.nilai.format) ?? 'tabel';
    if (format === 'json') {
      k.tulis(
        keJson({
          target,
          realisasi,
          polaritas,
          rumusNegatif: negatif ? rumus : null,
          batasAtas: batasAtas ?? null,
          nilai,
          tampil: angkaBulat(tampil, desimal),
          pembulatan: { desimal, mode },
          predikat:
            p === undefined
              ? null
              : { label: p.label, kode: p.kode ?? null, rentang: p.rentang, skala: p.skala },
          langkah: jejak,
        }),
      );
      return 0;
    }
    const tulisTepat = (x: Decimal) => (tepat ? angkaPenuh(x) : angkaRingkas(x, 4));
    const dok: Dokumen = [
      {
        jenis: 'judul',
        teks: `Capaian indikator ${polaritas}${negatif ? ` (rumus ${rumus})` : ''}`,
        tingkat: 1,
      },
      { jenis: 'baris', teks: `Target: ${target}; realisasi: ${realisasi}` },
      {
        jenis: 'baris',
        teks: `Capaian: ${angkaBulat(tampil, desimal)} (${CARA[mode]}, ${desimal} desimal)`,
        gaya: 'tebal',
      },
      { jenis: 'baris', teks: `Nilai tepat: ${tulisTepat(nilai)}` },
    ];
    if (p !== undefined) {
      dok.push({
        jenis: 'baris',
        teks: `Predikat: ${p.label}${p.kode ? ` (${p.kode})` : ''}, rentang ${p.rentang}`,
      });
      dok.push({ jenis: 'baris', teks: `Skala predikat: ${namaAturan('skala', p.skala)}` });
    }
    dok.push({ jenis: 'judul', teks: 'Langkah', tingkat: 2 });
    dok.push({ jenis: 'daftar', butir: jejak.map((l) => tulisLangkah(l)) });
    cetakDokumen(dok, format, k);
    return 0;
  },
};
