// `sakip skm <jawaban.csv|->`: a survey's answers streamed line by line into the library's
// AkumulatorSkm (constant memory, whatever the number of respondents), then NRR per unsur, IKM, nilai
// and mutu. A progress line on stderr for large files when stderr is a terminal.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { isSakipError, SakipError } from '../../galat/SakipError.js';
import { AkumulatorSkm } from '../../skm/AkumulatorSkm.js';
import { ATURAN_SKM, type AturanSkm } from '../../skm/aturanSkm.js';
import type { JawabanSkm } from '../../skm/baris.js';
import type { HasilSkm } from '../../skm/inti/skm.js';
import type { OpsiSkm } from '../../skm/opsi.js';
import { type Spesifikasi, saran } from '../argumen.js';
import { namaBerkas, periksaBerkas } from '../berkas.js';
import type { Dokumen } from '../dokumen.js';
import { GalatBerkas } from '../galat.js';
import { keJson } from '../json.js';
import { cetakDokumen, type Keluaran, type Perintah } from '../keluaran.js';
import { namaAturan, tulisAsal } from '../tampilan/aturan.js';
import { bersihkan, bilangan, potong, tampilAngka } from '../teks.js';
import { FORMAT_DOKUMEN, OPSI_TEPAT, opsiFormat, teksOpsi } from './umum.js';

export const SPEK_SKM: Spesifikasi = {
  nama: 'skm',
  ringkas: 'IKM dari berkas jawaban Survei Kepuasan Masyarakat (CSV)',
  pemakaian: ['skm <jawaban.csv|-> [opsi]'],
  uraian: [
    'Berkas CSV: satu responden per baris, satu kolom per unsur (urutan unsur aturannya), jawaban',
    '1–4, sel kosong = tidak menjawab. Pemisah koma, titik koma, atau tab (dikenali sendiri). Baris',
    'pertama boleh berupa kepala kolom: id atau nama unsur (persyaratan, prosedur, …) atau U1, U2, …;',
    'dengan kepala, urutan kolom bebas; kolom lain (nomor responden, tanggal) tidak boleh ada. Berkas',
    'dibaca bertahap, sebesar apa pun; "-" membaca stdin.',
  ],
  posisi: { min: 1, maks: 1, nama: 'berkas jawaban CSV (atau - untuk stdin)' },
  opsi: [
    {
      nama: 'aturan',
      jenis: 'teks',
      contohNilai: 'ID',
      keterangan: `aturan SKM: ${Object.keys(ATURAN_SKM).join(', ')}\n(bawaan PERMENPANRB_14_2017)`,
      pilihan: Object.keys(ATURAN_SKM),
    },
    {
      nama: 'bobot',
      jenis: 'teks',
      contohNilai: 'tepat|tercetak|ANGKA',
      keterangan: 'bobot unsur: tepat (1/9, bawaan), tercetak (0,111), atau angka seragam',
    },
    {
      nama: 'kosong',
      jenis: 'teks',
      contohNilai: 'per-unsur|gabungan',
      keterangan: 'jawaban kosong: per-unsur (bawaan) atau gabungan',
      pilihan: ['per-unsur', 'gabungan'],
    },
    opsiFormat(FORMAT_DOKUMEN),
    OPSI_TEPAT,
  ],
  contoh: ['skm jawaban.csv', 'skm jawaban.csv --aturan KEPMENPAN_25_2004', 'skm - < jawaban.csv'],
  kodeKeluar: [
    '0  selesai',
    '1  jawaban ditolak (mis. nilai 5, baris dengan banyak kolom yang salah; baris berkasnya disebut)',
    '2  pemakaian salah, atau berkas tidak dapat dibaca',
  ],
};

/** Files from this size on get a progress line (when stderr is a terminal). */
const BESAR = 1024 * 1024;

/** The cells of one CSV line (RFC 4180 quoting within the line). */
function pecahBaris(baris: string, pemisah: string): string[] | undefined {
  const sel: string[] = [];
  let i = 0;
  while (true) {
    if (baris[i] === '"') {
      let isi = '';
      i++;
      while (true) {
        const j = baris.indexOf('"', i);
        if (j < 0) return undefined;
        isi += baris.slice(i, j);
        if (baris[j + 1] === '"') {
          isi += '"';
          i = j + 2;
        } else {
          i = j + 1;
          break;
        }
      }
      const akhir = baris.indexOf(pemisah, i);
      sel.push(isi + (akhir < 0 ? baris.slice(i) : baris.slice(i, akhir)));
      if (akhir < 0) return sel;
      i = akhir + 1;
    } else {
      const akhir = baris.indexOf(pemisah, i);
      if (akhir < 0) {
        sel.push(baris.slice(i));
        return sel;
      }
      sel.push(baris.slice(i, akhir));
      i = akhir + 1;
    }
  }
}

/** The separator of a file, from its first line: the most frequent of `,`, `;` and tab. */
function kenaliPemisah(baris: string): string {
  let terbaik = ',';
  let paling = 0;
  for (const p of [',', ';', '\t']) {
    const n = baris.split(p).length - 1;
    if (n > paling) {
      terbaik = p;
      paling = n;
    }
  }
  return terbaik;
}

const BULAT = /^[+-]?\d+$/;
const PECAHAN = /^[+-]?\d+[.,]\d+$/;

/** One answer cell: blank → null, a number → number (the library checks 1–4), anything else as text. */
function jawaban(sel: string): JawabanSkm {
  const t = sel.trim();
  if (t === '') return null;
  if (BULAT.test(t)) return Number(t);
  if (PECAHAN.test(t)) return Number(t.replace(',', '.'));
  // Not a number: handed over as it is, so the library names respondent, unsur and value.
  return t as unknown as JawabanSkm;
}

const normal = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/** The column of each unsur from a header row; an unknown or missing column is a file error. */
function petaKepala(kepala: readonly string[], aturan: AturanSkm, berkas: string, nomor: number): number[] {
  const kunci = new Map<string, number>();
  aturan.unsur.forEach((u, j) => {
    for (const k of [u.id, u.nama, `u${j + 1}`, `unsur${j + 1}`]) kunci.set(normal(k), j);
  });
  const posisi = new Array<number>(aturan.unsur.length).fill(-1);
  kepala.forEach((h, kolom) => {
    const j = kunci.get(normal(h));
    if (j === undefined) {
      const usul = saran(
        h.trim(),
        aturan.unsur.map((u) => u.id),
      );
      throw new GalatBerkas(
        berkas,
        `${namaBerkas(berkas)}, baris ${nomor}: kolom "${potong(bersihkan(h.trim()), 40)}" bukan unsur aturan ${aturan.id}` +
          `${usul ? `; maksudnya ${usul}?` : ''} Unsurnya: ${aturan.unsur.map((u) => u.id).join(', ')}.`,
      );
    }
    if (posisi[j] !== -1) {
      throw new GalatBerkas(
        berkas,
        `${namaBerkas(berkas)}, baris ${nomor}: unsur ${aturan.unsur[j]?.id} disebut dua kali di kepala kolom.`,
      );
    }
    posisi[j] = kolom;
  });
  const hilang = aturan.unsur.filter((_, j) => posisi[j] === -1).map((u) => u.id);
  if (hilang.length > 0) {
    throw new GalatBerkas(
      berkas,
      `${namaBerkas(berkas)}, baris ${nomor}: kepala kolom tanpa unsur ${hilang.join(', ')}.`,
    );
  }
  return posisi;
}

/** A progress line: a bar and percent for a file of known size, a count for stdin. */
function teksKemajuan(responden: number, dibaca: number, ukuran: number | undefined): string {
  if (ukuran === undefined || ukuran === 0) return `sakip skm: ${bilangan(responden)} responden dibaca…`;
  const persen = Math.min(100, Math.floor((dibaca / ukuran) * 100));
  const isi = Math.round(persen / 5);
  return `sakip skm: [${'#'.repeat(isi)}${'-'.repeat(20 - isi)}] ${persen}% (${bilangan(responden)} responden)`;
}

/** Reads the answers line by line into the accumulator. */
async function bacaJawaban(berkas: string, akumulator: AkumulatorSkm, k: Keluaran): Promise<void> {
  let aliran: NodeJS.ReadableStream;
  let ukuran: number | undefined;
  let dibaca = (): number => 0;
  if (berkas === '-') {
    aliran = Readable.from(k.masukan ?? process.stdin);
  } else {
    ukuran = await periksaBerkas(berkas);
    const s = createReadStream(berkas);
    aliran = s;
    dibaca = () => s.bytesRead;
  }
  const kemajuan =
    k.kemajuan !== undefined && (ukuran === undefined || ukuran >= BESAR) ? k.kemajuan : undefined;
  const aturan = akumulator.aturan;
  const baris = createInterface({ input: aliran, crlfDelay: Number.POSITIVE_INFINITY });
  let nomor = 0;
  let pemisah: string | undefined;
  let posisi: number[] | undefined;
  let terakhir = 0;
  try {
    for await (const mentah of baris) {
      nomor++;
      const teks = nomor === 1 && mentah.charCodeAt(0) === 0xfeff ? mentah.slice(1) : mentah;
      if (teks.trim() === '') continue;
      pemisah ??= kenaliPemisah(teks);
      const sel = pecahBaris(teks, pemisah);
      if (sel === undefined) {
        throw new GalatBerkas(berkas, `${namaBerkas(berkas)}, baris ${nomor}: tanda kutip tidak ditutup.`);
      }
      if (
        akumulator.responden === 0 &&
        posisi === undefined &&
        sel.some((s) => s.trim() !== '' && !BULAT.test(s.trim()) && !PECAHAN.test(s.trim()))
      ) {
        posisi = petaKepala(sel, aturan, berkas, nomor);
        continue;
      }
      const isi = sel.map(jawaban);
      const urut =
        posisi !== undefined && isi.length === posisi.length ? posisi.map((p) => isi[p] ?? null) : isi;
      try {
        akumulator.tambah(urut);
      } catch (e) {
        if (!isSakipError(e)) throw e;
        throw new SakipError(e.kode, `${namaBerkas(berkas)}, baris ${nomor}: ${e.message}`, {
          lokasi: e.lokasi ?? '',
          cause: e,
        });
      }
      if (kemajuan !== undefined && akumulator.responden % 1000 === 0) {
        const kini = Date.now();
        if (kini - terakhir >= 100) {
          terakhir = kini;
          kemajuan(teksKemajuan(akumulator.responden, dibaca(), ukuran));
        }
      }
    }
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== undefined && !(e instanceof GalatBerkas) && !isSakipError(e)) {
      throw new GalatBerkas(
        berkas,
        `${namaBerkas(berkas)}: tidak dapat dibaca (${(e as NodeJS.ErrnoException).code}).`,
      );
    }
    throw e;
  } finally {
    kemajuan?.('');
    baris.close();
  }
}

function dokumenSkm(h: HasilSkm, berkas: string, asal: string, k: { tepat: boolean }): Dokumen {
  return [
    { jenis: 'judul', teks: `Survei Kepuasan Masyarakat — ${namaBerkas(berkas)}`, tingkat: 1 },
    { jenis: 'baris', teks: `Aturan SKM: ${namaAturan('skm', h.aturan)} ${asal}` },
    {
      jenis: 'baris',
      teks: `Bobot: ${h.bobot}; jawaban kosong: ${h.kosong}; responden: ${bilangan(h.responden)}`,
    },
    {
      jenis: 'tabel',
      kolom: [
        { judul: 'No', kanan: true },
        { judul: 'Unsur' },
        { judul: 'Jawaban', kanan: true },
        { judul: 'NRR', kanan: true },
        { judul: 'Nilai', kanan: true },
        { judul: 'Mutu' },
        { judul: 'Nama' },
      ],
      baris: h.perUnsur.map((u, j) => [
        String(j + 1),
        u.id,
        u.jawaban === undefined ? '—' : bilangan(u.jawaban),
        tampilAngka(u.nrr, k, 4),
        tampilAngka(u.nilai, k),
        u.mutu,
        u.nama,
      ]),
    },
    {
      jenis: 'baris',
      teks: `IKM ${tampilAngka(h.ikm, k, 4)}; nilai ${tampilAngka(h.nilai, k)}; mutu ${h.mutu} (${h.kinerja})`,
      gaya: 'tebal',
    },
    {
      jenis: 'baris',
      teks: 'NRR dan IKM ditampilkan 4 desimal, nilai 2 desimal (setengah ke atas); --tepat: semua digit.',
      gaya: 'redup',
    },
  ];
}

export const SKM: Perintah = {
  spek: SPEK_SKM,
  kodeDitolak: 1,
  async jalankan(a, k) {
    const berkas = a.posisi[0] as string;
    const opsi: OpsiSkm = {};
    const aturan = teksOpsi(a.nilai.aturan);
    const bobot = teksOpsi(a.nilai.bobot);
    const kosong = teksOpsi(a.nilai.kosong);
    if (aturan !== undefined) opsi.aturan = aturan;
    if (bobot !== undefined) opsi.bobot = bobot;
    if (kosong !== undefined) opsi.kosong = kosong as OpsiSkm['kosong'] & string;
    const akumulator = new AkumulatorSkm(opsi);
    await bacaJawaban(berkas, akumulator, k);
    const h = akumulator.hasil();
    const format = teksOpsi(a.nilai.format) ?? 'tabel';
    if (format === 'json') {
      k.tulis(keJson({ berkas: namaBerkas(berkas), ...h }));
      return 0;
    }
    cetakDokumen(
      dokumenSkm(h, berkas, tulisAsal(aturan === undefined ? 'bawaan' : 'opsi', 'aturan'), {
        tepat: a.nilai.tepat === true,
      }),
      format,
      k,
    );
    return 0;
  },
};
