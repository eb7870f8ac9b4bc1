// The small commands, in-process: capaian, predikat, skala, skm (streamed), ikpa — their words, their
// numbers (always the library's) and their exit codes.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { capaian, ikpa, SKALA, skm } from '../../src/index.js';
import { direktoriSementara, jalan, tulisBerkas } from './alat.js';

describe('sakip capaian', () => {
  it('capaian, nilai tepat ringkas, dan langkahnya', async () => {
    const { kode, keluar, galat } = await jalan(['capaian', '--target', '69,02', '--realisasi', '92,71']);
    expect(galat).toBe('');
    expect(kode).toBe(0);
    expect(keluar).toBe(
      [
        'Capaian indikator positif',
        '=========================',
        'Target: 69,02; realisasi: 92,71',
        'Capaian: 134,32 (dibulatkan setengah ke atas, 2 desimal)',
        'Nilai tepat: 134,3233…',
        '',
        'Langkah',
        '-------',
        '- capaian = realisasi / target × 100; realisasi = 92,71, target = 69,02 → 134,323384… (indikator positif)',
        '- capaian tercetak = capaian dibulatkan setengah ke atas 2 desimal; capaian = 134,323384… → 134,32',
      ].join('\n'),
    );
  });

  it('mode, desimal, skala, --tepat', async () => {
    const potong = await jalan([
      'capaian',
      '--target',
      '1,31',
      '--realisasi',
      '0,73',
      '--mode',
      'potong',
      '--skala',
      'PERMENDAGRI_54_2010',
    ]);
    expect(potong.keluar).toMatch(/^Capaian: 55,72 \(dipotong, 2 desimal\)$/m);
    expect(potong.keluar).toMatch(/^Predikat: Kurang, rentang \[50; 65\)$/m);
    expect(potong.keluar).toMatch(/^Skala predikat: PERMENDAGRI_54_2010 — Permendagri 54\/2010/m);
    expect(potong.keluar).toMatch(
      /^- predikat = pita skala PERMENDAGRI_54_2010 yang memuat capaian tercetak; capaian = 55,72 → Kurang \(\[50; 65\)\)$/m,
    );
    const empat = await jalan(['capaian', '--target', '1,31', '--realisasi', '0,73', '--desimal', '4']);
    expect(empat.keluar).toMatch(/^Capaian: 55,7252 /m);
    const tepat = await jalan(['capaian', '--target', '1,31', '--realisasi', '0,73', '--tepat']);
    expect(tepat.keluar).toMatch(/^Nilai tepat: 55,7251908396946564885496183206106870229$/m);
  });

  it('indikator negatif: rumus selisih (bawaan) dan kebalikan', async () => {
    const selisih = await jalan(['capaian', '--target', '7', '--realisasi', '6,5', '--negatif']);
    expect(selisih.keluar).toMatch(/^Capaian indikator negatif \(rumus selisih\)$/m);
    expect(selisih.keluar).toMatch(/^Capaian: 107,14 /m);
    const kebalikan = await jalan([
      'capaian',
      '--target',
      '8',
      '--realisasi',
      '10',
      '--negatif',
      '--rumus',
      'kebalikan',
    ]);
    expect(kebalikan.keluar).toMatch(/^Capaian: 80,00 /m);
    expect(kebalikan.keluar).toMatch(/^- capaian = target \/ realisasi × 100;/m);
  });

  it('json: nilai tepat sebagai teks, langkah', async () => {
    const { keluar } = await jalan([
      'capaian',
      '--target',
      '69,02',
      '--realisasi',
      '92,71',
      '--format',
      'json',
    ]);
    const h = JSON.parse(keluar);
    expect(h.nilai).toBe(capaian({ target: '69,02', realisasi: '92,71' }).toFixed());
    expect(h.tampil).toBe('134,32');
    expect(h.langkah).toHaveLength(2);
    expect(h.predikat).toBeNull();
  });

  it('masukan yang ditolak pustaka: kode 1, satu baris [KODE]', async () => {
    const nol = await jalan(['capaian', '--target', '0', '--realisasi', '5']);
    expect(nol.kode).toBe(1);
    expect(nol.galat).toBe(
      'sakip: [CAPAIAN_TARGET_NOL] Target 0: capaian (realisasi / target × 100) tidak terdefinisi.',
    );
    expect((await jalan(['capaian', '--target', '92.711', '--realisasi', '1'])).galat).toMatch(
      /^sakip: \[ANGKA_AMBIGU\] target: /,
    );
    // A negative number is a value, not an option.
    const negatif = await jalan(['capaian', '--target', '-5', '--realisasi', '3']);
    expect(negatif.kode).toBe(1);
    expect(negatif.galat).toMatch(/^sakip: \[CAPAIAN_TARGET_NEGATIF\]/);
  });

  it('pemakaian salah: kode 2', async () => {
    expect((await jalan(['capaian', '--target', '5'])).galat).toMatch(
      /^sakip capaian: opsi --realisasi wajib: --realisasi ANGKA\.$/m,
    );
    expect(
      (await jalan(['capaian', '--target', '5', '--realisasi', '3', '--rumus', 'kebalikan'])).galat,
    ).toMatch(/^sakip capaian: --rumus hanya berlaku untuk indikator negatif: tambahkan --negatif\.$/m);
    const desimal = await jalan(['capaian', '--target', '5', '--realisasi', '3', '--desimal', 'dua']);
    expect(desimal.kode).toBe(2);
    expect(desimal.galat).toMatch(/--desimal harus bilangan bulat 0 sampai 40, bukan "dua"\./);
    expect(
      (await jalan(['capaian', '--target', '5', '--realisasi', '3', '--mode', 'potongan'])).galat,
    ).toMatch(
      /nilai --mode "potongan" tidak dikenal; pilih setengah-atas, potong, setengah-genap \(maksudnya potong\?\)\./,
    );
  });
});

describe('sakip predikat', () => {
  it('dengan --skala: pita, rentang, dan tabelnya', async () => {
    const { kode, keluar } = await jalan(['predikat', '96,7', '--skala', 'PERMENDAGRI_54_2010']);
    expect(kode).toBe(0);
    expect(keluar.split('\n')[0]).toBe('Predikat 96,7: Sangat baik');
    expect(keluar).toMatch(/^Rentang pita: \(90; ∞\)$/m);
    expect(keluar).toMatch(/^Skala predikat: PERMENDAGRI_54_2010 — /m);
    const bulat = await jalan(['predikat', '89,9951', '--skala', 'IKPA', '--desimal', '2']);
    expect(bulat.keluar).toMatch(/^Nilai yang dibandingkan: 90$/m);
  });

  it('tanpa --skala: pitanya di setiap tabel bawaan (yang berbeda di batas)', async () => {
    const { kode, keluar } = await jalan(['predikat', '90,5']);
    expect(kode).toBe(0);
    expect(keluar).toMatch(/^PERMENDAGRI_86_2017_BATAS_BAWAH +Tinggi +\[76; 91\)$/m);
    expect(keluar).toMatch(/^PERMENDAGRI_86_2017_BATAS_ATAS +Sangat Tinggi +\(90; ∞\)$/m);
    for (const id of Object.keys(SKALA)) expect(keluar).toMatch(new RegExp(`^${id} `, 'm'));
    // Outside a table's domain: a row saying so.
    const negatif = await jalan(['predikat', '-5']);
    expect(negatif.kode).toBe(0);
    expect(negatif.keluar).toMatch(/^IKPA +di luar domain tabel +—$/m);
  });

  it('nilai di luar domain tabel yang dipilih: kode 1', async () => {
    const { kode, galat } = await jalan(['predikat', '-5', '--skala', 'IKPA']);
    expect(kode).toBe(1);
    expect(galat).toMatch(/^sakip: \[PREDIKAT_DI_LUAR_DOMAIN\] Nilai -5 di luar domain skala/);
    expect((await jalan(['predikat'])).galat.split('\n')[0]).toBe('sakip predikat: sebutkan nilai.');
  });
});

describe('sakip skala', () => {
  it('tanpa ID: setiap tabel dengan status dan sumbernya', async () => {
    const { kode, keluar } = await jalan(['skala']);
    expect(kode).toBe(0);
    for (const s of Object.values(SKALA)) {
      expect(keluar).toMatch(new RegExp(`^${s.id} +${s.status} +${s.interval.length} +`, 'm'));
      expect(keluar).toContain(`Sumber: ${s.sumber}`);
    }
  });

  it('dengan ID: pita-pitanya dari yang tertinggi', async () => {
    const { keluar } = await jalan(['skala', 'PERMENDAGRI_54_2010']);
    const baris = keluar.split('\n');
    expect(baris[0]).toBe(`PERMENDAGRI_54_2010 — ${SKALA.PERMENDAGRI_54_2010.nama}`);
    expect(keluar).toMatch(/^Status: terverifikasi$/m);
    expect(keluar).toMatch(/^Domain: \[0; ∞\)$/m);
    const pita = baris.filter((b) => /^(Sangat baik|Baik|Cukup|Kurang|Sangat kurang) /.test(b));
    expect(pita).toEqual([
      expect.stringMatching(/^Sangat baik +— +\(90; ∞\)$/),
      expect.stringMatching(/^Baik +— +\[75; 90\]$/),
      expect.stringMatching(/^Cukup +— +\[65; 75\)$/),
      expect.stringMatching(/^Kurang +— +\[50; 65\)$/),
      expect.stringMatching(/^Sangat kurang +— +\[0; 50\)$/),
    ]);
    const json = JSON.parse((await jalan(['skala', 'TAPIN_2022', '--format', 'json'])).keluar);
    expect(json.pita.map((p: { kode: string }) => p.kode)).toEqual(
      SKALA.TAPIN_2022.interval.map((p) => p.kode),
    );
  });

  it('ID tak dikenal: kode 2 dengan saran', async () => {
    const { kode, galat } = await jalan(['skala', 'PERMENDAGRI_54']);
    expect(kode).toBe(2);
    expect(galat.split('\n')[0]).toMatch(
      /^sakip skala: tabel predikat "PERMENDAGRI_54" tidak dikenal; maksudnya PERMENDAGRI_54_2010\?/,
    );
  });
});

const UNSUR = [
  'persyaratan',
  'prosedur',
  'waktu',
  'biaya',
  'produk',
  'kompetensi',
  'perilaku',
  'pengaduan',
  'sarana',
];
const JAWABAN = [
  [4, 4, 3, 4, 3, 4, 4, 3, 4],
  [3, 3, 3, 4, 3, 3, 4, 3, 3],
  [4, 4, 4, 4, 4, 4, 4, null, 4],
];
const csvJawaban = (pemisah: string, kepala?: readonly string[]) =>
  [
    ...(kepala ? [kepala.join(pemisah)] : []),
    ...JAWABAN.map((r) => r.map((x) => (x === null ? '' : x)).join(pemisah)),
  ].join('\r\n');

describe('sakip skm', () => {
  it('NRR per unsur, IKM, nilai dan mutu — sama dengan skm() pada baris yang sama', async () => {
    const harap = skm(JAWABAN);
    const berkas = tulisBerkas('jawaban.csv', csvJawaban(','));
    const { kode, keluar, galat } = await jalan(['skm', berkas]);
    expect(galat).toBe('');
    expect(kode).toBe(0);
    expect(keluar).toMatch(
      /^Aturan SKM: PERMENPANRB_14_2017 — Survei Kepuasan Masyarakat \(PermenPAN-RB 14\/2017\) \(bawaan\)$/m,
    );
    expect(keluar).toMatch(/^Bobot: tepat \(1\/9 per unsur\); jawaban kosong: per-unsur; responden: 3$/m);
    expect(keluar).toMatch(/^ 8 {2}pengaduan +2 +3,0000 +75,00 +C +Penanganan Pengaduan/m);
    expect(keluar).toMatch(/^IKM 3,5926; nilai 89,81; mutu A \(Sangat Baik\)$/m);
    expect(harap.nilai.toFixed(2)).toBe('89.81');
    const json = JSON.parse((await jalan(['skm', berkas, '--format', 'json'])).keluar);
    expect(json.ikm).toBe(harap.ikm.toFixed());
    expect(json.nrrPerUnsur).toEqual(
      Object.fromEntries(Object.entries(harap.nrrPerUnsur).map(([k, v]) => [k, v.toFixed()])),
    );
  });

  it('kepala kolom (urutan bebas), titik koma, BOM, baris kosong', async () => {
    const harap = skm(JAWABAN).ikm.toFixed();
    const urutan = [8, 0, 1, 2, 3, 4, 5, 6, 7];
    const kepala = urutan.map((j) => UNSUR[j] as string);
    const baris = JAWABAN.map((r) => urutan.map((j) => r[j] ?? '').join(';'));
    const berkas = tulisBerkas('kepala.csv', `\uFEFF${kepala.join(';')}\n\n${baris.join('\n')}\n`);
    const { kode, keluar } = await jalan(['skm', berkas, '--format', 'json']);
    expect(kode).toBe(0);
    expect(JSON.parse(keluar).ikm).toBe(harap);
    const u = tulisBerkas(
      'u.csv',
      csvJawaban(
        '\t',
        UNSUR.map((_, j) => `U${j + 1}`),
      ),
    );
    expect(JSON.parse((await jalan(['skm', u, '--format', 'json'])).keluar).ikm).toBe(harap);
  });

  it('stdin', async () => {
    const { kode, keluar } = await jalan(['skm', '-', '--format', 'json'], { masukan: csvJawaban(',') });
    expect(kode).toBe(0);
    expect(JSON.parse(keluar).responden).toBe(3);
  });

  it('jawaban yang ditolak: kode 1, baris berkasnya disebut', async () => {
    const berkas = tulisBerkas('salah.csv', `${UNSUR.join(',')}\n4,4,4,4,4,4,4,4,4\n4,5,4,4,4,4,4,4,4\n`);
    const { kode, galat } = await jalan(['skm', berkas]);
    expect(kode).toBe(1);
    expect(galat).toBe(
      `sakip: [SKM_JAWABAN_DI_LUAR_SKALA] ${berkas}, baris 3: Responden ke-2, unsur "prosedur" (Sistem, Mekanisme, dan Prosedur): jawaban 5 di luar skala 1–4.`,
    );
    const pendek = await jalan(['skm', tulisBerkas('p.csv', '4,4,4\n')]);
    expect(pendek.kode).toBe(1);
    expect(pendek.galat).toMatch(
      /^sakip: \[SKM_BARIS_TIDAK_SERAGAM\] .*p\.csv, baris 1: Responden ke-1: 3 jawaban/,
    );
    expect((await jalan(['skm', tulisBerkas('kosong.csv', '')])).galat).toMatch(
      /^sakip: \[SKM_TANPA_RESPONDEN\]/,
    );
  });

  it('kepala kolom yang bukan unsur: kode 2 dengan saran', async () => {
    const berkas = tulisBerkas('k.csv', `persyaratn,${UNSUR.slice(1).join(',')}\n`);
    const { kode, galat } = await jalan(['skm', berkas]);
    expect(kode).toBe(2);
    expect(galat).toBe(
      `sakip skm: ${berkas}, baris 1: kolom "persyaratn" bukan unsur aturan PERMENPANRB_14_2017; maksudnya persyaratan? ` +
        `Unsurnya: ${UNSUR.join(', ')}.`,
    );
  });

  it('berkas besar: dibaca bertahap, baris kemajuan di stderr hanya bila diminta (terminal)', async () => {
    const dir = direktoriSementara();
    const berkas = join(dir, 'besar.csv');
    const n = 70_000;
    writeFileSync(
      berkas,
      `${Array.from({ length: n }, (_, i) => (i % 2 ? '4,4,4,4,4,4,4,4,4' : '3,3,3,3,3,3,3,3,3')).join('\n')}\n`,
    );
    const dengan = await jalan(['skm', berkas, '--format', 'json'], { kemajuan: true });
    expect(dengan.kode).toBe(0);
    expect(JSON.parse(dengan.keluar).responden).toBe(n);
    expect(dengan.kemajuan.length).toBeGreaterThanOrEqual(2);
    expect(dengan.kemajuan[0]).toMatch(/^sakip skm: \[[#-]{20}\] \d+% \(\d[\d.]* responden\)$/);
    // The line is cleared at the end.
    expect(dengan.kemajuan.at(-1)).toBe('');
    const tanpa = await jalan(['skm', berkas, '--format', 'json']);
    expect(tanpa.kemajuan).toEqual([]);
    // A small file shows none even on a terminal.
    const kecil = await jalan(['skm', tulisBerkas('kecil.csv', csvJawaban(','))], { kemajuan: true });
    expect(kecil.kemajuan).toEqual([]);
  });
});

const NILAI_IKPA = {
  revisiDipa: '100',
  deviasiHalamanIIIDipa: '68,72',
  penyerapanAnggaran: '100',
  belanjaKontraktual: '99,5',
  penyelesaianTagihan: '100',
  pengelolaanUpTup: '91,2',
  dispensasiSpm: '100',
  capaianOutput: '97,3',
};
const opsiIkpa = (nilai: Record<string, string>) => Object.entries(nilai).flatMap(([k, v]) => [`--${k}`, v]);

describe('sakip ikpa', () => {
  it('dari opsi: setiap indikator, aspek, nilai akhir dan aturannya', async () => {
    const { kode, keluar, galat } = await jalan(['ikpa', '--tahun', '2023', ...opsiIkpa(NILAI_IKPA)]);
    expect(galat).toBe('');
    expect(kode).toBe(0);
    const h = ikpa(NILAI_IKPA, { tahun: 2023 });
    expect(h.status === 'dihitung' && h.nilai.toFixed()).toBe('95.267');
    expect(keluar).toMatch(/^Aturan IKPA: PER_5_PB_2022 — .* \(berlaku tahun 2023\)$/m);
    expect(keluar).toMatch(
      /^deviasiHalamanIIIDipa +perencanaan +10% +68,72 +6,87 +Deviasi Halaman III DIPA$/m,
    );
    expect(keluar).toMatch(/^Nilai aspek Kualitas Perencanaan Anggaran \(perencanaan\): 84,36$/m);
    expect(keluar).toMatch(/^Nilai akhir IKPA: 95,27 \(Sangat Baik\)$/m);
  });

  it('"-" berarti tidak berlaku; berkas JSON; --aturan', async () => {
    const tanpa = await jalan([
      'ikpa',
      '--tahun',
      '2023',
      ...opsiIkpa({ ...NILAI_IKPA, belanjaKontraktual: '-' }),
    ]);
    expect(tanpa.keluar).toMatch(/^belanjaKontraktual +pelaksanaan +10% +tidak berlaku +— /m);
    expect(tanpa.keluar).toMatch(/konversi bobot 0,9/);
    const berkas = tulisBerkas('ikpa.json', { aturan: 'PER_5_PB_2022', nilai: NILAI_IKPA });
    const dariBerkas = await jalan(['ikpa', berkas]);
    expect(dariBerkas.keluar).toMatch(/^Aturan IKPA: PER_5_PB_2022 — .* \(dari berkas\)$/m);
    expect(dariBerkas.keluar).toMatch(/^Nilai akhir IKPA: 95,27 /m);
    const polos = tulisBerkas('polos.json', NILAI_IKPA);
    const json = JSON.parse(
      (await jalan(['ikpa', polos, '--aturan', 'PER_5_PB_2022', '--format', 'json'])).keluar,
    );
    expect(json.nilai).toBe('95.267');
  });

  it('tanpa tahun atau aturan, atau tanpa nilai: kode 2; indikator hilang: kode 1', async () => {
    expect((await jalan(['ikpa', ...opsiIkpa(NILAI_IKPA)])).galat.split('\n')[0]).toBe(
      'sakip ikpa: sebutkan --tahun TAHUN atau --aturan ID: aturan IKPA berbeda tiap tahun.',
    );
    expect((await jalan(['ikpa', '--tahun', '2023'])).kode).toBe(2);
    expect((await jalan(['ikpa', '--tahun', 'dua ribu', '--revisiDipa', '1'])).galat).toMatch(
      /--tahun harus tahun empat angka/,
    );
    const hilang = await jalan(['ikpa', '--tahun', '2024', '--revisiDipa', '100']);
    expect(hilang.kode).toBe(1);
    expect(hilang.galat).toMatch(/^sakip: \[IKPA_INDIKATOR_HILANG\]/);
    expect((await jalan(['ikpa', '--tahun', '2023', '--revisidipa', '1'])).galat).toMatch(
      /opsi --revisidipa tidak dikenal; maksudnya --revisiDipa\?/,
    );
  });
});
