// The program as a whole, in-process: the help texts (the words themselves, not only exit codes),
// usage errors with the option named and the nearest one suggested, and `sakip hitung`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { teksBantuan } from '../../src/cli/argumen.js';
import { SPEK_AUDIT } from '../../src/cli/perintah/audit.js';
import { LAPORAN_SATKER } from '../alat/satker.js';
import { direktoriSementara, ESC, jalan, LAPORAN_CAMPUR, LAPORAN_RUSAK, tulisBerkas } from './alat.js';

const paket = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'package.json'), 'utf8')) as {
  version: string;
};
const PERINTAH = ['audit', 'contoh', 'hitung', 'capaian', 'predikat', 'skm', 'ikpa', 'skala'];
// What a broken template prints instead of words.
const BOCOR = /\$\{|\bundefined\b|\[object |NaN/;

describe('sakip: bantuan dan versi', () => {
  it('sakip --help mendaftar setiap perintah dengan uraiannya (teksnya sendiri)', async () => {
    const { keluar } = await jalan(['--help']);
    expect(keluar).not.toMatch(BOCOR);
    expect(keluar.replace(paket.version, 'X.Y.Z')).toMatchSnapshot();
    for (const argumen of [['-h'], []]) {
      const lain = await jalan(argumen);
      expect(lain.kode).toBe(0);
      expect(lain.galat).toBe('');
      expect(lain.keluar).toBe(keluar);
    }
    expect(keluar.split('\n')[0]).toBe(
      `sakip ${paket.version} — angka laporan kinerja instansi pemerintah (SAKIP) yang tepat dan dapat diaudit`,
    );
    for (const p of PERINTAH) expect(keluar).toMatch(new RegExp(`^  ${p} +\\S`, 'm'));
    expect(keluar).toMatch(
      /^ {2}audit +periksa setiap angka tercetak sebuah laporan: cocok, cocok dengan kebiasaan, salah$/m,
    );
  });

  it('sakip help <perintah> sama dengan sakip <perintah> --help', async () => {
    expect((await jalan(['help', 'audit'])).keluar).toBe((await jalan(['audit', '--help'])).keluar);
    expect((await jalan(['bantuan'])).keluar).toBe((await jalan(['--help'])).keluar);
  });

  it('--version dan -v mencetak versi paket', async () => {
    for (const v of ['--version', '-v']) {
      const { kode, keluar } = await jalan([v]);
      expect(kode).toBe(0);
      expect(keluar).toBe(paket.version);
    }
  });

  it('setiap perintah punya bantuan sendiri lewat --help dan -h', async () => {
    for (const p of PERINTAH) {
      for (const h of ['--help', '-h']) {
        const { kode, keluar, galat } = await jalan([p, h]);
        expect(kode, `${p} ${h}`).toBe(0);
        expect(galat).toBe('');
        expect(keluar).not.toMatch(BOCOR);
        expect(keluar.split('\n')[0]).toMatch(new RegExp(`^sakip ${p} — \\S`));
        expect(keluar).toMatch(new RegExp(`^Pemakaian:\\n {2}sakip ${p}`, 'm'));
        expect(keluar).toMatch(/^Opsi:$/m);
        expect(keluar).toMatch(/^ {2}-h, --help +tampilkan bantuan ini$/m);
      }
    }
    // --help wins over any other mistake on the line.
    expect((await jalan(['audit', '--skla', 'X', '--help'])).kode).toBe(0);
  });

  it('bantuan audit: teks lengkapnya', async () => {
    const { keluar } = await jalan(['audit', '--help']);
    expect(keluar).toBe(teksBantuan(SPEK_AUDIT));
    expect(keluar).toMatchSnapshot();
    expect(keluar).toMatch(
      /^ {6}--format tabel\|json\|csv\|md +bentuk keluaran \(bawaan tabel\): tabel, json, csv, md$/m,
    );
    expect(keluar).toMatch(/^ {6}--skala ID +tabel predikat \(lihat: sakip skala\):$/m);
    expect(keluar).toMatch(/PERMENDAGRI_54_2010/);
    expect(keluar).toMatch(/^ {2}1 {2}ada angka yang salah$/m);
  });

  it('bantuan hitung menyebut pilihan kebijakan, skala dan efisiensi yang sebenarnya', async () => {
    const { keluar } = await jalan(['hitung', '--help']);
    expect(keluar).toMatch(
      /--kebijakan ID +kebijakan pembulatan: TEPAT, SETENGAH_ATAS, POTONG, BERTAHAP\s+\(bawaan TEPAT\)/,
    );
    expect(keluar).toMatch(/--efisiensi ID +aturan efisiensi: PMK_214_2017, BARITO_KUALA_2023, TANPA_BATAS/);
    expect(keluar).toMatch(/--pohon +cetak setiap simpul pohon anggaran/);
  });
});

describe('sakip: pemakaian yang salah (kode 2, pesannya sendiri)', () => {
  it('perintah tak dikenal: disebut, dengan saran terdekat', async () => {
    const { kode, keluar, galat } = await jalan(['hitng', 'x.json']);
    expect(kode).toBe(2);
    expect(keluar).toBe('');
    expect(galat).toBe(
      'sakip: perintah "hitng" tidak dikenal; maksudnya "hitung"?\n' +
        'Perintah: audit, contoh, hitung, capaian, predikat, skm, ikpa, skala. Bantuan: sakip --help',
    );
    expect((await jalan(['ringkas'])).galat).toMatch(/^sakip: perintah "ringkas" tidak dikenal\.$/m);
    expect((await jalan(['--skala', 'X'])).galat).toMatch(
      /^sakip: opsi --skala tidak dikenal di sini; sebutkan perintah dahulu/,
    );
  });

  it('opsi tak dikenal: disebut, dengan opsi terdekat, lalu cara pakainya', async () => {
    const berkas = tulisBerkas('l.json', LAPORAN_CAMPUR);
    const { kode, galat } = await jalan(['audit', berkas, '--skla', 'PERMENDAGRI_54_2010']);
    expect(kode).toBe(2);
    expect(galat).toBe(
      'sakip audit: opsi --skla tidak dikenal; maksudnya --skala?\n' +
        'Pemakaian: sakip audit <laporan.json|-> [opsi]\n' +
        'Bantuan: sakip audit --help',
    );
    const jauh = await jalan(['hitung', berkas, '--warna']);
    expect(jauh.galat).toMatch(
      /^sakip hitung: opsi --warna tidak dikenal\. Opsi yang dikenal: --format, --kebijakan, --skala, --efisiensi, --pohon, --tepat, --help\.$/m,
    );
    expect((await jalan(['hitung', berkas, '-x'])).galat).toMatch(/^sakip hitung: opsi -x tidak dikenal/);
  });

  it('nilai yang hilang, nilai di luar pilihan, bendera bernilai, opsi ganda', async () => {
    const berkas = tulisBerkas('l.json', LAPORAN_CAMPUR);
    expect((await jalan(['hitung', berkas, '--skala'])).galat).toMatch(
      /^sakip hitung: opsi --skala butuh nilai: --skala ID\.$/m,
    );
    expect((await jalan(['hitung', berkas, '--skala', '--pohon'])).galat).toMatch(
      /opsi --skala butuh nilai: --skala ID\./,
    );
    const format = await jalan(['audit', berkas, '--format', 'jsn']);
    expect(format.kode).toBe(2);
    expect(format.galat).toMatch(
      /^sakip audit: nilai --format "jsn" tidak dikenal; pilih tabel, json, csv, md \(maksudnya json\?\)\.$/m,
    );
    const kebijakan = await jalan(['hitung', berkas, '--kebijakan', 'ACAK']);
    expect(kebijakan.kode).toBe(2);
    expect(kebijakan.galat).toMatch(
      /nilai --kebijakan "ACAK" tidak dikenal; pilih TEPAT, SETENGAH_ATAS, POTONG, BERTAHAP\./,
    );
    expect((await jalan(['audit', berkas, '--skala=PERMENDAGRI_54_201'])).galat).toMatch(
      /\(maksudnya PERMENDAGRI_54_2010\?\)/,
    );
    expect((await jalan(['hitung', berkas, '--pohon=ya'])).galat).toMatch(
      /opsi --pohon tidak menerima nilai \(tulis --pohon saja\)\./,
    );
    expect((await jalan(['hitung', berkas, '--skala', 'IKPA', '--skala', 'IKPA'])).galat).toMatch(
      /opsi --skala disebut lebih dari sekali\./,
    );
  });

  it('argumen posisi: kurang atau berlebih', async () => {
    const kurang = await jalan(['audit']);
    expect(kurang.kode).toBe(2);
    expect(kurang.galat.split('\n')[0]).toBe(
      'sakip audit: sebutkan berkas laporan JSON (atau - untuk stdin).',
    );
    const lebih = await jalan(['hitung', 'a.json', 'b.json']);
    expect(lebih.kode).toBe(2);
    expect(lebih.galat.split('\n')[0]).toBe(
      'sakip hitung: argumen berlebih: "b.json" (hanya 1 berkas laporan JSON (atau - untuk stdin)).',
    );
    expect((await jalan(['contoh', 'x'])).galat.split('\n')[0]).toBe(
      'sakip contoh: perintah ini tidak menerima argumen "x".',
    );
  });

  it('teks pengguna dalam pesan galat tidak mencetak karakter kendali', async () => {
    const { galat } = await jalan(['audit', 'x.json', '--\u001b[31mmerah']);
    expect(galat.includes(ESC)).toBe(false);
    expect(galat).toMatch(/opsi --\uFFFD\[31mmerah tidak dikenal/);
    expect((await jalan(['\u001b[2J'])).galat.includes(ESC)).toBe(false);
  });
});

describe('sakip hitung', () => {
  it('laporan dengan opsi bernama: aturan yang dipakai selalu tercetak, angka dapat dibaca', async () => {
    const berkas = tulisBerkas('l.json', LAPORAN_CAMPUR);
    const { kode, keluar, galat } = await jalan(['hitung', berkas, '--kebijakan', 'POTONG']);
    expect(galat).toBe('');
    expect(kode).toBe(0);
    expect(keluar).toMatch(/^LKIP 2024 — Dinas Sosial Kabupaten Barito Kuala$/m);
    expect(keluar).toMatch(
      /^Kebijakan pembulatan: POTONG — Potong 2 desimal \(LKIP Dinsos Barito Kuala 2024\) \(opsi --kebijakan\)$/m,
    );
    expect(keluar).toMatch(/^Skala predikat: PERMENDAGRI_54_2010 — .* \(dari laporan\)$/m);
    expect(keluar).toMatch(/^Aturan efisiensi: PMK_214_2017 — PMK 214\/2017 \(bawaan\)$/m);
    expect(keluar).toMatch(/^S2 +IKU-2 +1,31 +0,73 +55,73 +55,72 +Kurang +PPKS mampu berusaha$/m);
    // Human-readable: no 40-digit quotient unless asked.
    expect(keluar).not.toMatch(/\d,\d{5,}/);
    const tepat = await jalan(['hitung', berkas, '--tepat']);
    expect(tepat.keluar).toMatch(/55,7251908396946564885496183206106870229/);
  });

  it('laporan contoh tanpa opsi (TEPAT): tidak ada angka 40 digit, juga di keterangan efisiensi', async () => {
    const { kode, keluar } = await jalan([
      'hitung',
      join(import.meta.dirname, '../../data/lkip-2024-dinsos-barito-kuala.json'),
    ]);
    expect(kode).toBe(0);
    expect(keluar).not.toMatch(/\d,\d{5,}/);
    // S2's capaian 55,7251… is below the 100% the report's efficiency rule requires.
    expect(keluar).toMatch(/capaian 55,7251…% < 100%: efisiensi tidak dihitung\./);
  });

  it('tanpa --pohon hanya akar; dengan --pohon setiap simpul, menjorok', async () => {
    const berkas = tulisBerkas('l.json', LAPORAN_CAMPUR);
    const akar = await jalan(['hitung', berkas]);
    expect(akar.keluar).toMatch(/^Program Pemberdayaan Sosial +Rp900 +Rp800 +Rp100 +88,89%$/m);
    expect(akar.keluar).not.toMatch(/Kegiatan A/);
    const pohon = await jalan(['hitung', berkas, '--pohon']);
    expect(pohon.keluar).toMatch(/^Pohon anggaran$/m);
    expect(pohon.keluar).toMatch(/^ {2}Kegiatan A +Rp600 +Rp500 +Rp100 +83,33%$/m);
    expect(pohon.keluar).toMatch(/^ {2}Kegiatan B +Rp300 +Rp300 +Rp0 +100,00%$/m);
    expect(pohon.keluar).toMatch(
      /^- Program Pemberdayaan Sosial: pagu tercetak 1\.000, jumlah anaknya 900 \(selisih 100\)\.$/m,
    );
  });

  it('bagian SKM dan IKPA, dengan aturannya', async () => {
    const berkas = tulisBerkas('satker.json', LAPORAN_SATKER);
    const { kode, keluar } = await jalan(['hitung', berkas]);
    expect(kode).toBe(0);
    expect(keluar).not.toMatch(/Capaian indikator/);
    expect(keluar).toMatch(
      /^Aturan SKM: PERMENPANRB_14_2017 — Survei Kepuasan Masyarakat \(PermenPAN-RB 14\/2017\) \(dari laporan\)$/m,
    );
    expect(keluar).toMatch(/^IKM gabungan 2 unit \(400 responden\): 3,5000; nilai 87,50; mutu B \(Baik\)$/m);
    // (10 × 100 + 10 × 95,5 + 70 × 100) / 0,9 / 100 … = 89,55 / 0,9 = 99,50.
    expect(keluar).toMatch(/^Nilai akhir IKPA: 99,50 \(Sangat Baik\)$/m);
    expect(keluar).toMatch(/^belanjaKontraktual +pelaksanaan +10% +tidak berlaku +— +Belanja Kontraktual/m);
  });

  it('format csv (rapi, satu besaran per baris), json dan md', async () => {
    const berkas = tulisBerkas('l.json', LAPORAN_CAMPUR);
    const c = await jalan(['hitung', berkas, '--format', 'csv', '--kebijakan', 'POTONG']);
    expect(c.kode).toBe(0);
    const baris = c.keluar.split('\r\n');
    expect(baris[0]).toBe('bagian,id,nama,besaran,nilai,tercetak,keterangan');
    expect(baris).toContain(
      'indikator,IKU-2,PPKS mampu berusaha,capaian,55.7251908396946564885496183206106870229,"55,72",',
    );
    expect(baris).toContain(
      'anggaran,[0].anak[0],Kegiatan A,penyerapan,83.33333333333333333333333333333333333333,,',
    );
    const j = await jalan(['hitung', berkas, '--format', 'json']);
    const data = JSON.parse(j.keluar);
    expect(data.aturan).toEqual({
      kebijakan: 'TEPAT',
      skala: 'PERMENDAGRI_54_2010',
      efisiensi: 'PMK_214_2017',
    });
    expect(data.hasil.sasaran[0].indikator[0].nilai).toBe('55.7251908396946564885496183206106870229');
    const md = await jalan(['hitung', berkas, '--format', 'md']);
    expect(md.keluar).toMatch(/^# LKIP 2024 — Dinas Sosial Kabupaten Barito Kuala$/m);
    expect(md.keluar).toMatch(
      /^\| S2 \| IKU-2 \| 1,31 \| 0,73 \| 55,73 \| Kurang \| PPKS mampu berusaha \|$/m,
    );
  });

  it('laporan yang salah: satu baris "sakip: [KODE] pesan" dan kode 1', async () => {
    const berkas = tulisBerkas('rusak.json', LAPORAN_RUSAK);
    const { kode, galat, keluar } = await jalan(['hitung', berkas]);
    expect(kode).toBe(1);
    expect(keluar).toBe('');
    expect(galat.split('\n')).toHaveLength(1);
    expect(galat).toMatch(/^sakip: \[MODEL_TIDAK_VALID\] .*sasaran\[0\]\.indikator\[0\]\.realisasi/);
  });

  it('berkas yang tidak dapat dibaca: kode 2', async () => {
    const dir = direktoriSementara();
    expect(await jalan(['hitung', join(dir, 'tidak-ada.json')])).toMatchObject({ kode: 2 });
    const json = await jalan(['hitung', tulisBerkas('x.json', '{ bukan json', dir)]);
    expect(json.kode).toBe(2);
    expect(json.galat).toMatch(/x\.json:1:3: JSON tidak valid \(baris 1, kolom 3\)/);
  });

  it('laporan 2 MB berisi angka raksasa: keluar 1 dengan satu baris yang jelas', async () => {
    const indikator = Array.from({ length: 20 }, (_, i) => ({
      id: `I${i}`,
      nama: 'Indikator raksasa',
      target: '9'.repeat(100_000),
      realisasi: '1',
    }));
    const isi = JSON.stringify({ instansi: 'X', tahun: 2024, sasaran: [{ id: 'S1', nama: 'S', indikator }] });
    expect(isi.length).toBeGreaterThan(2_000_000);
    const berkas = tulisBerkas('raksasa.json', isi);
    const { kode, galat } = await jalan(['hitung', berkas]);
    expect(kode).toBe(1);
    expect(galat.split('\n')).toHaveLength(1);
    expect(galat).toMatch(
      /^sakip: \[ANGKA_DI_LUAR_JANGKAUAN\] Laporan tidak valid: sasaran\[0\]\.indikator\[0\]\.target: Teks angka 100000 karakter/,
    );
    expect(galat).toMatch(/dan 15 masalah lain/);
    expect(galat.length).toBeLessThan(2000);
    // The audit reads the same report as bad input: exit 2, the same one line.
    const audit = await jalan(['audit', berkas]);
    expect(audit.kode).toBe(2);
    expect(audit.galat).toBe(galat);
  });
});
