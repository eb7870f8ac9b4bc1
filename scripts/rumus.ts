// Writes docs/rumus-dan-sumber.md from the rule sets themselves: every preset collection sakip exports
// (every exported object whose values are rule sets made by `buatAturan`), each rule with its id,
// nama, sumber, status, years (berlaku) and catatan. Nothing is typed twice, so the page cannot drift
// from the code; test/dokumentasi/rumus.test.ts checks that the committed page is what this writes.
//
// Usage: npm run rumus            (writes docs/rumus-dan-sumber.md)
//        npm run rumus -- --periksa  (exits 1 when the committed page is not current)
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { aturanSah } from '../src/aturan/aturan.js';
import * as sakip from '../src/index.js';

/** Where the page lives, from the repo root. */
export const BERKAS_RUMUS = 'docs/rumus-dan-sumber.md';

interface AturanApaAdanya {
  jenis: string;
  id: string;
  nama: string;
  sumber: string;
  status: string;
  berlaku?: { dari?: number; sampai?: number };
  catatan?: string;
}

/** How each collection is introduced (a collection not listed here still appears, after these). */
const KUMPULAN: Record<string, { judul: string; pakai: string }> = {
  SKALA: {
    judul: 'Skala predikat (tabel pita)',
    pakai:
      "opsi `skala` (`predikat`, `capaianMassal`, `hitungLaporan` …), mis. `{ skala: 'PERMENDAGRI_54_2010' }`",
  },
  KEBIJAKAN_PEMBULATAN: {
    judul: 'Kebijakan pembulatan',
    pakai:
      "opsi `kebijakan` (`hitungIndikator`, `capaianSasaran`, `efisiensi`, `skm`, `hitungLaporan` …), mis. `{ kebijakan: 'POTONG' }`",
  },
  ATURAN_SKM: {
    judul: 'Survei Kepuasan Masyarakat (SKM / IKM)',
    pakai:
      "opsi `aturan` (`skm`, `mutuSkm`, `ikmGabungan`, `AkumulatorSkm`), mis. `{ aturan: 'PERMENPANRB_14_2017' }`",
  },
  ATURAN_IKPA: {
    judul: 'IKPA (Indikator Kinerja Pelaksanaan Anggaran)',
    pakai: 'opsi `aturan` atau `tahun` (`ikpa`), mis. `{ tahun: 2024 }`',
  },
  ATURAN_SMART: {
    judul: 'SMART/EKA (nilai implementasi)',
    pakai: "opsi `aturan` (`nilaiSmart`), mis. `{ aturan: 'DJA_2021' }`",
  },
  ATURAN_NKA: {
    judul: 'Nilai Kinerja Anggaran (NKA)',
    pakai: 'opsi `aturan` atau `tahun` (`nilaiKinerjaAnggaran`), mis. `{ tahun: 2023 }`',
  },
  ATURAN_EVALUASI_SAKIP: {
    judul: 'Nilai evaluasi SAKIP',
    pakai: "opsi `aturan` (`evaluasiSakip`), mis. `{ aturan: 'PERMENPANRB_88_2021' }`",
  },
  ATURAN_EFISIENSI: {
    judul: 'Efisiensi anggaran (bentuk Σ)',
    pakai: "opsi `aturan` (`efisiensi`), mis. `{ aturan: 'PMK_214_2017' }`",
  },
  ATURAN_BANDING_EFISIENSI: {
    judul: 'Efisiensi sebagai perbandingan',
    pakai: "opsi `aturan` (`bandingkanEfisiensi`), mis. `{ aturan: 'CAPAIAN_MELEBIHI_PENYERAPAN' }`",
  },
};

/** What each status means, for the reader (every status a rule carries must be listed here). */
const ARTI_STATUS: Record<string, string> = {
  terverifikasi: 'dibaca dalam peraturan, atau dalam hitungan yang tercetak di laporan itu sendiri',
  'sesuai-praktik':
    'seperti yang dilakukan laporan dan aplikasi; teks peraturannya belum ada di tangan (sesuai praktik)',
  'belum-terverifikasi': 'bacaan terbaik yang ada, dikirim tetapi belum dipastikan',
};

/** The exported collections of rule sets, in the order of {@link KUMPULAN}, then by name. */
export function kumpulanAturan(): { nama: string; aturan: AturanApaAdanya[] }[] {
  const hasil: { nama: string; aturan: AturanApaAdanya[] }[] = [];
  for (const [nama, nilai] of Object.entries(sakip)) {
    if (typeof nilai !== 'object' || nilai === null || Array.isArray(nilai)) continue;
    const isi = Object.values(nilai);
    if (isi.length === 0) continue;
    if (!isi.every((a) => aturanSah(a, (a as { jenis?: unknown }).jenis as string))) continue;
    hasil.push({ nama, aturan: isi as AturanApaAdanya[] });
  }
  const urutan = Object.keys(KUMPULAN);
  const posisi = (n: string) => (urutan.includes(n) ? urutan.indexOf(n) : urutan.length);
  return hasil.sort((a, b) => posisi(a.nama) - posisi(b.nama) || a.nama.localeCompare(b.nama));
}

function teksBerlaku(b: AturanApaAdanya['berlaku']): string {
  if (b === undefined || (b.dari === undefined && b.sampai === undefined)) return '—';
  if (b.dari !== undefined && b.sampai !== undefined) {
    return b.dari === b.sampai ? `TA ${b.dari}` : `TA ${b.dari}–${b.sampai}`;
  }
  return b.dari !== undefined ? `TA ${b.dari} dan seterusnya` : `s.d. TA ${b.sampai}`;
}

/** One line of a Markdown table cell: no line breaks, no bare `|`. */
function sel(s: string): string {
  return s.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
}

/** A Markdown table with padded columns, as biome formats it (the page passes `biome check`). */
function tabel(kepala: string[], isi: string[][]): string[] {
  const panjang = (s: string) => [...s].length;
  const lebar = kepala.map((k, i) => Math.max(panjang(k), ...isi.map((b) => panjang(b[i] ?? ''))));
  const baris = (b: string[]) =>
    `| ${b.map((x, i) => x + ' '.repeat((lebar[i] ?? 0) - panjang(x))).join(' | ')} |`;
  return [baris(kepala), baris(lebar.map((l) => '-'.repeat(l))), ...isi.map(baris)];
}

/** The whole page, as `npm run rumus` writes it. */
export function tulisRumusDanSumber(): string {
  const kumpulan = kumpulanAturan();
  const baris: string[] = [];
  const tulis = (...b: string[]) => baris.push(...b);
  const jumlah = kumpulan.reduce((n, k) => n + k.aturan.length, 0);

  tulis(
    '# Rumus dan sumber: setiap aturan yang dikirim sakip',
    '',
    '<!-- Dibuat oleh `npm run rumus` (scripts/rumus.ts) dari aturan di kode. Jangan disunting tangan:',
    '     ubah aturannya, lalu jalankan `npm run rumus`. Sebuah uji memeriksa halaman ini mutakhir. -->',
    '',
    `Halaman ini mendaftar ${jumlah} aturan bawaan sakip dalam ${kumpulan.length} jenis: tabel predikat, kebijakan`,
    'pembulatan, aturan SKM, versi IKPA, bobot SMART, NKA dan evaluasi SAKIP, serta rumus efisiensi. Setiap',
    'aturan adalah data: `id` untuk memilihnya, `nama`, `sumber` (peraturan atau laporan asalnya — bukan',
    'berkas kode), `status` (seberapa yakin sakip), tahun anggaran `berlaku` bila aturan dipilih menurut',
    'tahun, dan `catatan` tentang apa yang sudah diperiksa. Halaman ini dibuat dari aturan itu sendiri,',
    'jadi selalu sama dengan kode.',
    '',
    'Status:',
    '',
  );
  const dipakai = new Set(kumpulan.flatMap((k) => k.aturan.map((a) => a.status)));
  for (const s of dipakai) {
    if (!(s in ARTI_STATUS))
      throw new Error(`scripts/rumus.ts: status "${s}" belum dijelaskan di ARTI_STATUS`);
  }
  for (const [s, arti] of Object.entries(ARTI_STATUS)) tulis(`- \`${s}\`: ${arti}.`);
  tulis(
    '',
    'Aturan dengan `berlaku` dipilih menurut tahun (opsi `tahun`); tahun di luar setiap rentang adalah galat',
    '`ATURAN_TAHUN_TIDAK_DIKENAL`, bukan tebakan. Aturan Anda sendiri (perbup, pergub, keputusan kepala',
    'daerah) dibuat dengan fungsi `buat…` modulnya (`buatSkala`, `buatKebijakanPembulatan`, `buatAturanIkpa` …)',
    'dalam bentuk yang sama, lalu diberikan sebagai objek di opsi yang sama. Lihat [konsep](konsep.md) §2.',
    '',
    '## Ringkasan',
    '',
    ...tabel(
      ['jenis', 'id', 'status', 'berlaku'],
      kumpulan.flatMap((k) =>
        k.aturan.map((a) => [
          sel(KUMPULAN[k.nama]?.judul ?? k.nama),
          `\`${a.id}\``,
          a.status,
          teksBerlaku(a.berlaku),
        ]),
      ),
    ),
  );
  for (const k of kumpulan) {
    const info = KUMPULAN[k.nama];
    tulis('', `## ${info?.judul ?? k.nama}`, '');
    tulis(`Preset \`${k.nama}\`${info ? `; dipilih dengan ${info.pakai}` : ''}.`);
    for (const a of k.aturan) {
      tulis('', `### \`${k.nama}.${a.id}\``, '', a.nama.trim(), '');
      tulis(`- **Sumber:** ${sel(a.sumber)}`);
      tulis(`- **Status:** \`${a.status}\``);
      tulis(`- **Berlaku:** ${a.berlaku ? teksBerlaku(a.berlaku) : 'tidak dipilih menurut tahun'}`);
      if (a.catatan) tulis(`- **Catatan:** ${sel(a.catatan)}`);
    }
  }
  return `${baris.join('\n')}\n`;
}

const AKAR = join(import.meta.dirname, '..');

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const halaman = tulisRumusDanSumber();
  const jalur = join(AKAR, BERKAS_RUMUS);
  if (process.argv.includes('--periksa')) {
    let lama = '';
    try {
      lama = readFileSync(jalur, 'utf8');
    } catch {}
    if (lama !== halaman) {
      console.error(`${BERKAS_RUMUS} tidak mutakhir: jalankan \`npm run rumus\`.`);
      process.exit(1);
    }
    console.log(`${BERKAS_RUMUS} mutakhir.`);
  } else {
    writeFileSync(jalur, halaman);
    console.log(`${BERKAS_RUMUS} ditulis (${halaman.length} karakter).`);
  }
}
