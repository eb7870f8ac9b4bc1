// `sakip audit` and `sakip contoh`, in-process: the table a person reads (snapshot), the exit codes,
// every format, the rules printed, hostile text kept off the terminal, and every way a file can fail.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KOLOM_CSV_AUDIT } from '../../src/cli/tampilan/audit.js';
import {
  ansi,
  direktoriSementara,
  ESC,
  jalan,
  karakterKendali,
  LAPORAN_BERSIH,
  LAPORAN_CAMPUR,
  LAPORAN_RUSAK,
  tulisBerkas,
} from './alat.js';

describe('sakip audit: tabel untuk dibaca orang', () => {
  it('tabel temuan, kebiasaan, pertentangan, pohon, ringkasan; kode 1 bila ada yang salah', async () => {
    const berkas = tulisBerkas('laporan.json', LAPORAN_CAMPUR);
    const { kode, keluar, galat } = await jalan(['audit', berkas]);
    expect(galat).toBe('');
    expect(kode).toBe(1);
    expect(keluar).toMatchSnapshot();
    const baris = keluar.split('\n');
    expect(baris[0]).toBe('Audit LKIP 2024 — Dinas Sosial Kabupaten Barito Kuala');
    // Per figure: number, lokasi, rujukan, printed text, computed value, status, sentence.
    expect(keluar).toMatch(
      /^ 1 {2}Tabel 3\.1\.1 +indikator\/IKU-2\/capaian +55,72 +55,7251… +cocok dengan kebiasaan +Cocok dengan kebiasaan: dipotong 2 desimal/m,
    );
    expect(keluar).toMatch(
      /^ 2 {2}Tabel 3\.2\.3 +indikator\/IKU-2\/capaian +96,00 +55,7251… +SALAH +Salah: seharusnya 55,73/m,
    );
    expect(keluar).toMatch(
      /^ 3 {2}Tabel 3\.2 +indikator\/IKU-2\/predikat +Kurang +Kurang +cocok +Cocok: Kurang\.$/m,
    );
    expect(keluar).toMatch(
      /^ 4 {2}Tabel 3\.9 +indikator\/IKU-9\/capaian +10 +— +tidak dapat diperiksa +Tidak dapat diperiksa: /m,
    );
    expect(keluar).toMatch(/^- capaian dipotong 2 desimal/m);
    expect(keluar).toMatch(
      /^- indikator\/IKU-2\/capaian tercetak dengan 2 nilai berbeda: 55,72 \(1×: Tabel 3\.1\.1\), 96,00 \(1×: Tabel 3\.2\.3\)\.$/m,
    );
    expect(keluar).toMatch(
      /^- Program Pemberdayaan Sosial: pagu tercetak 1\.000, jumlah anaknya 900 \(selisih 100\)\.$/m,
    );
    expect(keluar).toMatch(/^salah +2$/m);
    expect(keluar).toMatch(/^jumlah angka tercetak +5$/m);
    expect(baris[baris.length - 1]).toBe('Hasil: 2 angka salah.');
    expect(keluar.includes(ESC)).toBe(false);
  });

  it('aturan yang dipakai selalu tercetak, dengan asalnya', async () => {
    const berkas = tulisBerkas('laporan.json', LAPORAN_CAMPUR);
    const { keluar } = await jalan(['audit', berkas]);
    expect(keluar).toMatch(/^Kebijakan pembulatan perhitungan: TEPAT — Tepat \(nilai tepat; /m);
    expect(keluar).toMatch(
      /^Skala predikat: PERMENDAGRI_54_2010 — Permendagri 54\/2010.* \(dari laporan\)$/m,
    );
    expect(keluar).toMatch(/^Aturan efisiensi: PMK_214_2017 — PMK 214\/2017 \(bawaan\)$/m);
    expect(keluar).toMatch(/^Aturan SKM: tidak ada \(laporan tanpa bagian SKM\)$/m);
    const opsi = await jalan(['audit', berkas, '--skala', 'TINGKAT_CAPAIAN', '--efisiensi', 'TANPA_BATAS']);
    expect(opsi.keluar).toMatch(
      /^Skala predikat: TINGKAT_CAPAIAN — Tingkat ketercapaian target \(3 pita\) \(opsi --skala\)$/m,
    );
    expect(opsi.keluar).toMatch(/^Aturan efisiensi: TANPA_BATAS — Tanpa batas \(opsi --efisiensi\)$/m);
    // Under another band table "Kurang" is the wrong label.
    expect(opsi.keluar).toMatch(/^ 3 .*indikator\/IKU-2\/predikat +Kurang +Tidak tercapai +SALAH/m);
    const tanpa = await jalan(['audit', tulisBerkas('b.json', LAPORAN_BERSIH)]);
    expect(tanpa.keluar).toMatch(/^Skala predikat: tidak ada — predikat tidak diperiksa/m);
  });

  it('laporan yang semua angkanya benar: kode 0', async () => {
    const { kode, keluar } = await jalan(['audit', tulisBerkas('b.json', LAPORAN_BERSIH)]);
    expect(kode).toBe(0);
    expect(keluar).toMatch(/^ 1 {2}Tabel 1 +indikator\/IKU-1\/capaian +134,32 +134,3233… +cocok +Cocok/m);
    expect(keluar.split('\n').at(-1)).toBe('Hasil: tidak ada angka yang salah.');
    const kosong = await jalan(['audit', tulisBerkas('k.json', { ...LAPORAN_BERSIH, tercetak: [] })]);
    expect(kosong.kode).toBe(0);
    expect(kosong.keluar).toMatch(/tidak memuat angka tercetak/);
  });

  it('--tepat: nilai dengan semua digitnya', async () => {
    const { keluar } = await jalan(['audit', tulisBerkas('l.json', LAPORAN_CAMPUR), '--tepat']);
    expect(keluar).toMatch(/ 55,7251908396946564885496183206106870229 /);
  });

  it('warna hanya bila diminta (terminal tanpa NO_COLOR): status berwarna, lebar kolom tetap', async () => {
    const berkas = tulisBerkas('l.json', LAPORAN_CAMPUR);
    const polos = await jalan(['audit', berkas]);
    const warna = await jalan(['audit', berkas, '--format', 'tabel'], { warna: true });
    expect(warna.keluar).toContain(` ${ansi(31)}SALAH${ansi(39)}${' '.repeat(19)}Salah: `);
    expect(warna.keluar).toContain(` ${ansi(32)}cocok${ansi(39)}${' '.repeat(19)}Cocok: `);
    expect(warna.keluar).toContain(`\n${ansi(1)}No${ansi(22)}  ${ansi(1)}Lokasi${ansi(22)}`);
    // Without the codes, the coloured output is the plain one.
    expect(
      warna.keluar
        .split(ESC)
        .map((b, i) => (i === 0 ? b : b.replace(/^\[\d+m/, '')))
        .join(''),
    ).toBe(polos.keluar);
    for (const f of ['json', 'csv', 'md']) {
      expect((await jalan(['audit', berkas, '--format', f], { warna: true })).keluar.includes(ESC)).toBe(
        false,
      );
    }
  });
});

describe('sakip audit: format mesin', () => {
  it('json: Decimal sebagai teks, kunci yang sama di setiap temuan', async () => {
    const { kode, keluar } = await jalan([
      'audit',
      tulisBerkas('l.json', LAPORAN_CAMPUR),
      '--format',
      'json',
    ]);
    expect(kode).toBe(1);
    const h = JSON.parse(keluar);
    expect(Object.keys(h)).toEqual([
      'instansi',
      'tahun',
      'aturan',
      'ringkasan',
      'kebiasaan',
      'temuan',
      'pertentangan',
      'pohon',
    ]);
    expect(h.aturan).toEqual({
      kebijakan: 'TEPAT',
      skala: 'PERMENDAGRI_54_2010',
      efisiensi: 'PMK_214_2017',
      skm: null,
    });
    expect(h.ringkasan).toEqual({
      jumlah: 5,
      cocok: 1,
      cocokDenganKebiasaan: 1,
      salah: 2,
      tidakDapatDiperiksa: 1,
      pertentangan: 1,
    });
    const kunci = Object.keys(h.temuan[0]);
    for (const t of h.temuan) expect(Object.keys(t)).toEqual(kunci);
    expect(h.temuan[1]).toMatchObject({
      no: 2,
      status: 'salah',
      tercetak: '96',
      nilai: '55.7251908396946564885496183206106870229',
      diharapkan: '55,73',
      selisih: '40.27',
      alasan: null,
    });
    expect(h.temuan[3]).toMatchObject({
      status: 'tidak-dapat-diperiksa',
      nilai: null,
      alasan: 'rujukan-tidak-ditemukan',
    });
    expect(h.pohon[0]).toMatchObject({
      jenis: 'pagu-tidak-sama',
      tercetak: '1000',
      dihitung: '900',
      selisih: '100',
    });
  });

  it('csv: satu baris per angka tercetak dengan kepala, kutip RFC 4180', async () => {
    const laporan = {
      ...LAPORAN_CAMPUR,
      tercetak: [
        ...LAPORAN_CAMPUR.tercetak,
        { rujukan: 'indikator/IKU-2/target', teks: '1,31', lokasi: 'Tabel "3,1", hal. 5' },
      ],
    };
    const { keluar } = await jalan(['audit', tulisBerkas('l.json', laporan), '--format', 'csv']);
    // `tulis` ends the text with a line break: the whole output is CRLF-separated records.
    const baris = `${keluar}\n`.split('\r\n');
    expect(baris[0]).toBe(KOLOM_CSV_AUDIT.join(','));
    expect(baris[0]).toBe(
      'no,lokasi,rujukan,teks,besaran,status,tercetak,nilai,diharapkan,diharapkanKebiasaan,selisih,kebiasaan,penyebab,alasan,pesan',
    );
    // A header, six records, and the final CRLF.
    expect(baris).toHaveLength(8);
    expect(baris[7]).toBe('');
    expect(baris[2]).toMatch(
      /^2,Tabel 3\.2\.3,indikator\/IKU-2\/capaian,"96,00",capaian,salah,96,55\.72519083969465648854961832061068702\d*,"55,73","55,72",40\.27,,/,
    );
    expect(baris[6]).toMatch(
      /^6,"Tabel ""3,1"", hal\. 5",indikator\/IKU-2\/target,"1,31",target,cocok,1\.31,1\.31,/,
    );
  });

  it('md: judul dan tabel Markdown, | di dalam sel di-escape', async () => {
    const laporan = {
      ...LAPORAN_CAMPUR,
      tercetak: [{ rujukan: 'indikator/IKU-2/target', teks: '1,31', lokasi: 'Tabel 3 | kolom 2' }],
    };
    const { keluar } = await jalan(['audit', tulisBerkas('l.json', laporan), '--format', 'md']);
    expect(keluar).toMatch(/^# Audit LKIP 2024 — Dinas Sosial Kabupaten Barito Kuala$/m);
    expect(keluar).toMatch(/^## Angka tercetak \(1\)$/m);
    expect(keluar).toMatch(/^\| No \| Lokasi \| Rujukan \| Tercetak \| Nilai \| Status \| Keterangan \|$/m);
    expect(keluar).toMatch(/^\| ---: \| --- \| --- \| ---: \| ---: \| --- \| --- \|$/m);
    expect(keluar).toMatch(
      /^\| 1 \| Tabel 3 \\\| kolom 2 \| indikator\/IKU-2\/target \| 1,31 \| 1,31 \| cocok \| Cocok/m,
    );
  });
});

describe('sakip audit: teks laporan yang bermusuhan', () => {
  // Every text field of a report carries escape sequences, a bell, a C1 CSI and a bidi override.
  const JAHAT = 'A\u001b[2J\u0007\u009b31m\u202eB';
  const laporan = {
    instansi: `Dinas ${JAHAT}`,
    tahun: 2024,
    jenis: `LKIP ${JAHAT}`,
    sasaran: [
      {
        id: 'S1',
        nama: `Sasaran ${JAHAT}`,
        indikator: [{ id: 'IKU-1', nama: `Indikator ${JAHAT}`, target: '10', realisasi: '5' }],
      },
    ],
    anggaran: [{ nama: `Program ${JAHAT}`, sasaranId: ['S1'], anggaran: { pagu: '100', realisasi: '50' } }],
    tercetak: [
      { rujukan: 'indikator/IKU-1/capaian', teks: '50,00', lokasi: `Tabel ${JAHAT}` },
      { rujukan: `indikator/${JAHAT}/capaian`, teks: `5${JAHAT}`, lokasi: 'x' },
      { rujukan: `anggaran/Program ${JAHAT}/penyerapan`, teks: '40,00', lokasi: 'y' },
    ],
  };

  it('tidak ada karakter kendali yang sampai ke terminal, di format apa pun', async () => {
    const berkas = tulisBerkas('jahat.json', laporan);
    for (const format of ['tabel', 'md', 'csv', 'json']) {
      const hasil = await jalan(['audit', berkas, '--format', format]);
      const { kode, galat } = hasil;
      // CSV records are separated by CRLF, as RFC 4180 has it.
      const keluar = format === 'csv' ? hasil.keluar.replace(/\r(\n|$)/g, '$1') : hasil.keluar;
      expect(kode, format).toBe(1);
      expect(karakterKendali(keluar), format).toEqual([]);
      expect(galat).toBe('');
    }
    const tabel = await jalan(['audit', berkas]);
    expect(tabel.keluar).toMatch(/^Audit LKIP A\uFFFD\[2J\uFFFD\uFFFD31m\uFFFDB 2024 — Dinas A/m);
    // JSON keeps the data: the characters are escaped, not replaced.
    const json = JSON.parse((await jalan(['audit', berkas, '--format', 'json'])).keluar);
    expect(json.temuan[0].lokasi).toBe(`Tabel ${JAHAT}`);
  });

  it('csv: sel yang tampak seperti rumus spreadsheet diawali apostrof', async () => {
    const rumus = {
      ...LAPORAN_BERSIH,
      tercetak: [{ rujukan: 'indikator/IKU-1/target', teks: '69,02', lokasi: '=HYPERLINK("x")' }],
    };
    const { keluar } = await jalan(['audit', tulisBerkas('r.json', rumus), '--format', 'csv']);
    expect(keluar.split('\r\n')[1]).toMatch(/^1,"'=HYPERLINK\(""x""\)",/);
  });
});

describe('sakip audit: masukan rusak (kode 2)', () => {
  it('berkas tidak ada, direktori', async () => {
    const dir = direktoriSementara();
    const hilang = await jalan(['audit', join(dir, 'tidak-ada.json')]);
    expect(hilang.kode).toBe(2);
    expect(hilang.galat).toBe(`sakip audit: ${join(dir, 'tidak-ada.json')}: berkas tidak ditemukan.`);
    mkdirSync(join(dir, 'map.json'));
    const direktori = await jalan(['audit', join(dir, 'map.json')]);
    expect(direktori.kode).toBe(2);
    expect(direktori.galat).toBe(`sakip audit: ${join(dir, 'map.json')}: ini direktori, bukan berkas.`);
  });

  it('JSON tidak valid: berkas, baris dan kolom disebut', async () => {
    const dir = direktoriSementara();
    const berkas = tulisBerkas('koma.json', '{\n  "instansi": "X",\n  "tahun": 2024,\n}\n', dir);
    const { kode, galat, keluar } = await jalan(['audit', berkas]);
    expect(kode).toBe(2);
    expect(keluar).toBe('');
    expect(galat).toBe(
      `sakip audit: ${berkas}:4:1: JSON tidak valid (baris 4, kolom 1): koma berlebih sebelum "}".`,
    );
    const kosong = await jalan(['audit', tulisBerkas('kosong.json', '', dir)]);
    expect(kosong.galat).toMatch(/kosong\.json:1:1: JSON tidak valid \(baris 1, kolom 1\): berkas kosong\.$/);
  });

  it('BOM di awal berkas diterima; UTF-16 dan UTF-8 rusak ditolak dengan jelas', async () => {
    const dir = direktoriSementara();
    const bom = tulisBerkas('bom.json', `\uFEFF${JSON.stringify(LAPORAN_BERSIH)}`, dir);
    expect((await jalan(['audit', bom])).kode).toBe(0);
    const utf16 = tulisBerkas(
      'utf16.json',
      Buffer.from(`\uFEFF${JSON.stringify(LAPORAN_BERSIH)}`, 'utf16le'),
      dir,
    );
    const h16 = await jalan(['audit', utf16]);
    expect(h16.kode).toBe(2);
    expect(h16.galat).toMatch(/utf16\.json: berkas ditulis dalam UTF-16; simpan sebagai UTF-8\.$/);
    const rusak = await jalan([
      'audit',
      tulisBerkas('latin1.json', Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d]), dir),
    ]);
    expect(rusak.galat).toMatch(/latin1\.json: bukan teks UTF-8 yang sah/);
  });

  it('laporan yang tidak sesuai model: satu baris [KODE], kode 2', async () => {
    const { kode, galat } = await jalan(['audit', tulisBerkas('rusak.json', LAPORAN_RUSAK)]);
    expect(kode).toBe(2);
    expect(galat.split('\n')).toHaveLength(1);
    expect(galat).toMatch(/^sakip: \[MODEL_TIDAK_VALID\] .*sasaran\[0\]\.indikator\[0\]\.realisasi/);
    const bukanObjek = await jalan(['audit', tulisBerkas('larik.json', [1, 2])]);
    expect(bukanObjek.kode).toBe(2);
    expect(bukanObjek.galat).toMatch(/^sakip: \[MODEL_TIDAK_VALID\]/);
  });
});

describe('sakip audit -: stdin', () => {
  it('membaca laporan dari stdin (dengan BOM pun)', async () => {
    const isi = `\uFEFF${JSON.stringify(LAPORAN_CAMPUR)}`;
    const { kode, keluar } = await jalan(['audit', '-', '--format', 'json'], { masukan: isi });
    expect(kode).toBe(1);
    expect(JSON.parse(keluar).ringkasan.salah).toBe(2);
    const rusak = await jalan(['audit', '-'], { masukan: '[1, 2' });
    expect(rusak.kode).toBe(2);
    expect(rusak.galat).toBe(
      'sakip audit: stdin:1:6: JSON tidak valid (baris 1, kolom 6): teks berakhir sebelum JSON selesai.',
    );
  });
});

describe('sakip contoh', () => {
  it('mengaudit laporan contoh dengan judulnya; kode 0', async () => {
    const { kode, keluar, galat } = await jalan(['contoh']);
    expect(galat).toBe('');
    expect(kode).toBe(0);
    expect(keluar.split('\n')[0]).toBe(
      'Audit laporan contoh: LKIP 2024 — Dinas Sosial Kabupaten Barito Kuala',
    );
    expect(keluar).toMatch(/^Berkas: data\/lkip-2024-dinsos-barito-kuala\.json/m);
    expect(keluar).toMatch(/^Skala predikat: /m);
    expect(keluar).toMatch(/^Aturan efisiensi: /m);
    expect(keluar).toMatch(/^Ringkasan$/m);
    expect(keluar).toMatch(/^Hasil: /m);
    const json = JSON.parse((await jalan(['contoh', '--format', 'json'])).keluar);
    expect(json.ringkasan.jumlah).toBeGreaterThan(0);
  });
});
