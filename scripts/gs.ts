// Writes dist/sakip.gs: ONE file to paste into the Google Apps Script editor (Extensions → Apps Script)
// of a spreadsheet. It holds the spreadsheet functions of `sakip/sheets` bundled as an IIFE (global
// SAKIP_SHEETS, ES2020, minified, decimal.js and zod inside), followed by one plain top-level function
// per spreadsheet function with a JSDoc block carrying `@customfunction`, so that Sheets lists and
// autocompletes them. Apps Script has no module system: everything is in this one file.
//
// Usage (part of `npm run build`): tsx scripts/gs.ts [--keluar <file>]
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { build } from 'esbuild';

const AKAR = resolve(import.meta.dirname, '..');

/** One parameter of a spreadsheet function, as Sheets' formula help shows it. */
interface Parameter {
  nama: string;
  tipe: string;
  ket: string;
}

/** One spreadsheet function: its name, what it returns, and its parameters in order. */
export interface FungsiSheets {
  nama: string;
  ket: string;
  param: Parameter[];
  hasil: { tipe: string; ket: string };
}

const DESIMAL: Parameter = {
  nama: 'desimal',
  tipe: 'number',
  ket: 'Opsional: banyak desimal pembulatan hasil (kosong: tidak dibulatkan).',
};
const MODE: Parameter = {
  nama: 'mode',
  tipe: 'string',
  ket: 'Opsional: "setengah-atas" (bawaan, seperti ROUND), "potong" (ROUNDDOWN) atau "setengah-genap".',
};

/** The functions of dist/sakip.gs, in the order of docs/spreadsheet.md (a test checks they match src). */
export const FUNGSI: readonly FungsiSheets[] = [
  {
    nama: 'SAKIP_CAPAIAN',
    ket: 'Capaian indikator dalam persen: realisasi / target × 100 (positif) atau rumus negatif.',
    param: [
      { nama: 'target', tipe: 'number', ket: 'Target (angka atau teks "69,02").' },
      { nama: 'realisasi', tipe: 'number', ket: 'Realisasi (angka atau teks "92,71").' },
      { nama: 'polaritas', tipe: 'string', ket: 'Opsional: "positif" (bawaan) atau "negatif".' },
      DESIMAL,
      MODE,
      {
        nama: 'rumusNegatif',
        tipe: 'string',
        ket: 'Opsional, untuk polaritas negatif: "selisih" (bawaan, PermenPAN-RB 8/2021) atau "kebalikan".',
      },
    ],
    hasil: { tipe: 'number', ket: 'Capaian dalam persen; kosong bila target atau realisasi kosong.' },
  },
  {
    nama: 'SAKIP_PREDIKAT',
    ket: 'Predikat sebuah nilai menurut tabel (skala) predikat.',
    param: [
      { nama: 'nilai', tipe: 'number', ket: 'Nilai (mis. capaian 134,32).' },
      {
        nama: 'skala',
        tipe: 'string',
        ket: 'Opsional: id skala, bawaan "PERMENDAGRI_54_2010"; juga "PERMENDAGRI_86_2017_BATAS_BAWAH", "TINGKAT_CAPAIAN", "PERMENPANRB_88_2021", "IKPA" ….',
      },
      DESIMAL,
      MODE,
      { nama: 'keluaran', tipe: 'string', ket: 'Opsional: "label" (bawaan) atau "kode" (mis. "BB").' },
    ],
    hasil: { tipe: 'string', ket: 'Label (atau kode) predikat.' },
  },
  {
    nama: 'SAKIP_PENYERAPAN',
    ket: 'Penyerapan anggaran dalam persen: realisasi / pagu × 100.',
    param: [
      { nama: 'pagu', tipe: 'number', ket: 'Pagu (Rupiah).' },
      { nama: 'realisasi', tipe: 'number', ket: 'Realisasi anggaran (Rupiah).' },
      DESIMAL,
      MODE,
    ],
    hasil: { tipe: 'number', ket: 'Penyerapan dalam persen.' },
  },
  {
    nama: 'SAKIP_SISA',
    ket: 'Sisa anggaran dalam Rupiah: pagu − realisasi.',
    param: [
      { nama: 'pagu', tipe: 'number', ket: 'Pagu (Rupiah).' },
      { nama: 'realisasi', tipe: 'number', ket: 'Realisasi anggaran (Rupiah).' },
    ],
    hasil: { tipe: 'number', ket: 'Sisa anggaran (Rupiah).' },
  },
  {
    nama: 'SAKIP_EFISIENSI',
    ket: 'Efisiensi anggaran PMK 214/2017 dalam persen: Σ((pagu × capaian) − realisasi) / Σ(pagu × capaian) × 100.',
    param: [
      { nama: 'pagu', tipe: 'number', ket: 'Pagu: sel atau rentang.' },
      { nama: 'realisasi', tipe: 'number', ket: 'Realisasi anggaran: sel atau rentang seukuran pagu.' },
      {
        nama: 'capaian',
        tipe: 'number',
        ket: 'Capaian dalam persen (134,32): sel atau rentang seukuran pagu.',
      },
      {
        nama: 'aturan',
        tipe: 'string',
        ket: 'Opsional: "PMK_214_2017" (bawaan, batas ±20), "BARITO_KUALA_2023" atau "TANPA_BATAS".',
      },
      DESIMAL,
      MODE,
      { nama: 'satuan', tipe: 'string', ket: 'Opsional: "persen" (bawaan) atau "rasio" (E / 100).' },
    ],
    hasil: { tipe: 'number', ket: 'Efisiensi (persen atau rasio), atau alasan bila tidak dapat dihitung.' },
  },
  {
    nama: 'SAKIP_IKM',
    ket: 'Nilai SKM/IKM dari rentang jawaban (baris = responden, kolom = unsur), PermenPAN-RB 14/2017.',
    param: [
      { nama: 'rentangJawaban', tipe: 'number', ket: 'Rentang jawaban 1–4; sel kosong = tidak menjawab.' },
      {
        nama: 'bobot',
        tipe: 'string',
        ket: 'Opsional: "tepat" (1/9, bawaan), "tercetak" (0,111) atau angka.',
      },
      { nama: 'satuan', tipe: 'string', ket: 'Opsional: "nilai" (25–100, bawaan) atau "indeks" (1–4).' },
      DESIMAL,
      MODE,
      { nama: 'aturan', tipe: 'string', ket: 'Opsional: id aturan SKM, bawaan PermenPAN-RB 14/2017.' },
    ],
    hasil: { tipe: 'number', ket: 'Nilai IKM (25–100) atau indeks (1–4).' },
  },
  {
    nama: 'SAKIP_MUTU',
    ket: 'Mutu pelayanan (A–D) sebuah nilai SKM.',
    param: [
      { nama: 'nilai', tipe: 'number', ket: 'Nilai SKM (25–100) atau indeks (1–4, dengan satuan "indeks").' },
      { nama: 'satuan', tipe: 'string', ket: 'Opsional: "nilai" (bawaan) atau "indeks".' },
      { nama: 'aturan', tipe: 'string', ket: 'Opsional: id aturan SKM, bawaan PermenPAN-RB 14/2017.' },
      {
        nama: 'keluaran',
        tipe: 'string',
        ket: 'Opsional: "mutu" (bawaan) atau "kinerja" (mis. "Sangat Baik").',
      },
    ],
    hasil: { tipe: 'string', ket: 'Mutu (A–D) atau kinerja unit pelayanan.' },
  },
  {
    nama: 'SAKIP_IKPA',
    ket: 'Nilai IKPA satker dari nilai indikator menurut urutan aturannya (sel kosong = tidak berlaku).',
    param: [
      { nama: 'nilai', tipe: 'number', ket: 'Rentang nilai indikator, urut sesuai aturan.' },
      {
        nama: 'tahunAtauAturan',
        tipe: 'number',
        ket: 'Tahun anggaran (2023) atau id aturan ("PER_5_PB_2022").',
      },
      {
        nama: 'dispensasiPermil',
        tipe: 'number',
        ket: 'Opsional (PER-5/PB/2024): rasio SPM dispensasi per mil.',
      },
      DESIMAL,
      MODE,
    ],
    hasil: { tipe: 'number', ket: 'Nilai akhir IKPA.' },
  },
  {
    nama: 'SAKIP_NKA',
    ket: 'Nilai Kinerja Anggaran: bobot × SMART + bobot × IKPA, bobot menurut tahun.',
    param: [
      { nama: 'smart', tipe: 'number', ket: 'Nilai SMART/EKA (0–100).' },
      { nama: 'ikpa', tipe: 'number', ket: 'Nilai IKPA (0–100).' },
      {
        nama: 'tahunAtauAturan',
        tipe: 'number',
        ket: 'Tahun anggaran (2023) atau id aturan ("PMK_62_2023").',
      },
      DESIMAL,
      MODE,
    ],
    hasil: { tipe: 'number', ket: 'Nilai Kinerja Anggaran.' },
  },
  {
    nama: 'SAKIP_AUDIT_CAPAIAN',
    ket: 'Memeriksa capaian tercetak terhadap target dan realisasinya: cocok, cocok dengan kebiasaan, atau salah.',
    param: [
      { nama: 'target', tipe: 'number', ket: 'Target.' },
      { nama: 'realisasi', tipe: 'number', ket: 'Realisasi.' },
      { nama: 'tercetak', tipe: 'string', ket: 'Capaian seperti tercetak, sebaiknya teks ("55,72").' },
      { nama: 'polaritas', tipe: 'string', ket: 'Opsional: "positif" (bawaan) atau "negatif".' },
      {
        nama: 'desimalTercetak',
        tipe: 'number',
        ket: 'Opsional: desimal tercetak bila tercetak berupa angka (55,70 terbaca 55,7).',
      },
    ],
    hasil: { tipe: 'string', ket: 'Putusan audit sebagai teks.' },
  },
];

/** The JSDoc block and wrapper of one function. */
function pembungkus(f: FungsiSheets): string {
  const nama = f.param.map((p) => p.nama).join(', ');
  return [
    '/**',
    ` * ${f.ket}`,
    ' *',
    ...f.param.map((p) => ` * @param {${p.tipe}} ${p.nama} ${p.ket}`),
    ` * @return {${f.hasil.tipe}} ${f.hasil.ket}`,
    ' * @customfunction',
    ' */',
    `function ${f.nama}(${nama}) {`,
    `  return SAKIP_SHEETS.${f.nama}(${nama});`,
    '}',
  ].join('\n');
}

/** The text of dist/sakip.gs for a bundled IIFE. */
export function tulisGs(iife: string, versi: string): string {
  return [
    `// sakip ${versi} — fungsi spreadsheet untuk Google Sheets (Apps Script).`,
    '// Tempel seluruh berkas ini di Ekstensi → Apps Script, simpan, lalu pakai =SAKIP_CAPAIAN(B2; C2).',
    '// Panduan: docs/spreadsheet.md. Lisensi MIT; memuat decimal.js (MIT) dan zod (MIT).',
    iife.trim(),
    '',
    FUNGSI.map(pembungkus).join('\n\n'),
    '',
  ].join('\n');
}

/** Bundles src/sheets as an IIFE (global SAKIP_SHEETS) and returns the text of sakip.gs. */
export async function buatGs(): Promise<string> {
  const hasil = await build({
    entryPoints: [join(AKAR, 'src/sheets/index.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'SAKIP_SHEETS',
    platform: 'browser',
    // Apps Script runs V8 with ES2020 (BigInt literals of the SKM sums need it).
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    write: false,
    logLevel: 'warning',
  });
  const iife = hasil.outputFiles[0]?.text ?? '';
  const { version } = (await import(join(AKAR, 'package.json'), { with: { type: 'json' } })).default as {
    version: string;
  };
  return tulisGs(iife, version);
}

const diJalankan =
  process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(import.meta.filename);
if (diJalankan) {
  const i = process.argv.indexOf('--keluar');
  const keluar = resolve(i > 0 && process.argv[i + 1] ? process.argv[i + 1]! : join(AKAR, 'dist/sakip.gs'));
  const teks = await buatGs();
  mkdirSync(dirname(keluar), { recursive: true });
  writeFileSync(keluar, teks);
  console.log(`${keluar}: ${(Buffer.byteLength(teks) / 1000).toFixed(1)} kB`);
}
