// auditLaporan on small hand-made reports: one test per status, per habit the engine recognises, per
// likely cause and per reason a figure cannot be checked; the report's habits, the disagreements, the
// rules used, and what hostile input gives. Every expected number is worked by hand in a comment.
import { describe, expect, it } from 'vitest';
import {
  auditLaporan,
  bacaLaporan,
  type HasilAudit,
  type LaporanMasukan,
  STATUS_TEMUAN,
} from '../../src/index.js';
import { galat } from '../alat/galat.js';
import {
  bekukanDalam,
  cocok,
  ind,
  kodeKebiasaan,
  kodePenyebab,
  laporan,
  salah,
  tidakDiperiksa,
} from './alat.js';

// IKU-A: 92,71 / 69,02 × 100 = 134,32338452…  → 134,32 half-up and truncated alike.
// IKU-B:  0,73 /  1,31 × 100 =  55,72519083…  → 55,73 half-up, 55,72 truncated;
//         swapped: 1,31 / 0,73 × 100 = 179,45205479… → 179,45.
// IKU-C: 41,1 / 100 × 100 = 41,1 exactly → "41,10".
const SASARAN = [
  {
    id: 'S1',
    nama: 'Sasaran 1',
    indikator: [
      ind('IKU-A', '69,02', '92,71', { realisasiTahunLalu: '66,97' }),
      ind('IKU-B', '1,31', '0,73', { realisasiTahunLalu: '1' }),
    ],
  },
  { id: 'S2', nama: 'Sasaran 2', indikator: [ind('IKU-C', '100', '41,1')] },
];
// Budget: program 1 (S1) with two kegiatan, 50/100 = 50 % and 300/300 = 100 %;
// program 2 (S2) a leaf, 900/1.000 = 90 %. Program 1: 350/400 = 87,5 % (ratio of sums);
// the mean of its children is (50 + 100) / 2 = 75.
const ANGGARAN = [
  {
    kode: '1',
    nama: 'Program Satu',
    sasaranId: ['S1'],
    anak: [
      { kode: '1.1', nama: 'Kegiatan Data/Informasi', anggaran: { pagu: 100, realisasi: 50 } },
      { kode: '1.2', nama: 'Kegiatan Dua', anggaran: { pagu: 300, realisasi: 300 } },
    ],
  },
  { kode: '2', nama: 'Program Dua', sasaranId: ['S2'], anggaran: { pagu: 1000, realisasi: 900 } },
];

function audit(tercetak: LaporanMasukan['tercetak'], bagian: Partial<LaporanMasukan> = {}): HasilAudit {
  return auditLaporan(
    laporan(
      { aturan: { skala: 'PERMENDAGRI_54_2010' }, sasaran: SASARAN, anggaran: ANGGARAN, ...bagian },
      tercetak,
    ),
  );
}

describe('status: satu uji per status', () => {
  const a = audit([
    { rujukan: 'indikator/IKU-A/capaian', teks: '134,32', lokasi: 'Tabel 1' },
    { rujukan: 'indikator/IKU-B/capaian', teks: '55,72', lokasi: 'Tabel 1' },
    { rujukan: 'indikator/IKU-B/capaian', teks: '96,00', lokasi: 'Tabel 2' },
    { rujukan: 'indikator/IKU-9/capaian', teks: '10', lokasi: 'Tabel 3' },
  ]);

  it('cocok: 134,32 = 134,3233… setengah-atas 2 desimal; nilai tepat dan tercetak diberikan', () => {
    const t = cocok(a.temuan[0]!);
    expect(t.status).toBe('cocok');
    expect(t.besaran).toBe('capaian');
    expect(t.tercetak.toString()).toBe('134.32');
    expect(t.nilai.toString().slice(0, 12)).toBe('134.32338452');
    expect(t.kebiasaan).toBeUndefined();
  });

  it('cocok-dengan-kebiasaan: 55,72 hanya dengan dipotong (55,7251… → 55,72; setengah-atas 55,73)', () => {
    const t = cocok(a.temuan[1]!);
    expect(t.status).toBe('cocok-dengan-kebiasaan');
    expect(t.kebiasaan).toEqual({
      kode: ['potong'],
      desimal: 2,
      pesan: expect.stringMatching(/^dipotong 2 desimal/),
    });
    expect(t.nilaiKebiasaan?.toString().slice(0, 10)).toBe('55.7251908');
  });

  it('salah: 96,00 — diharapkan 55,73, selisih 96,00 − 55,73 = 40,27; dengan kebiasaan potong 55,72', () => {
    const t = salah(a.temuan[2]!);
    expect(t.diharapkan).toBe('55,73');
    expect(t.selisih?.toString()).toBe('40.27');
    // The report truncates capaian (55,72 is the only evidence): its own habit would print 55,72.
    expect(t.diharapkanKebiasaan).toBe('55,72');
    expect(t.pesan).toMatch(/seharusnya 55,73/);
  });

  it('tidak-dapat-diperiksa: indikator yang tidak ada, dengan alasannya; tidak ada pengecualian', () => {
    const t = tidakDiperiksa(a.temuan[3]!);
    expect(t.alasan).toBe('rujukan-tidak-ditemukan');
    expect(t.pesan).toMatch(/IKU-9/);
    expect(t.besaran).toBeUndefined();
  });

  it('ringkasan = jumlah tiap status', () => {
    const hitung = Object.fromEntries(
      STATUS_TEMUAN.map((s) => [s, a.temuan.filter((t) => t.status === s).length]),
    );
    expect(a.ringkasan).toEqual({
      jumlah: 4,
      cocok: hitung.cocok,
      cocokDenganKebiasaan: hitung['cocok-dengan-kebiasaan'],
      salah: hitung.salah,
      tidakDapatDiperiksa: hitung['tidak-dapat-diperiksa'],
      pertentangan: 1,
    });
    expect([a.ringkasan.cocok, a.ringkasan.cocokDenganKebiasaan, a.ringkasan.salah]).toEqual([1, 1, 1]);
  });
});

describe('kebiasaan yang dikenali: satu uji per kebiasaan', () => {
  it('potong: 55,72 untuk 55,7251…', () => {
    const a = audit([{ rujukan: 'indikator/IKU-B/capaian', teks: '55,72' }]);
    expect(kodeKebiasaan(a.temuan[0]!)).toEqual(['potong']);
  });

  it('tampilan-bulat dan desimal-lebih-sedikit: 2 / 3 × 100 = 66,666… dicetak 67 dan 66,7', () => {
    const a = auditLaporan(
      laporan({ sasaran: [{ id: 'S', nama: 'S', indikator: [ind('I', 3, 2)] }] }, [
        { rujukan: 'indikator/I/capaian', teks: '67' },
        { rujukan: 'indikator/I/capaian', teks: '66,7' },
        { rujukan: 'indikator/I/capaian', teks: '66,67' },
      ]),
    );
    expect(kodeKebiasaan(a.temuan[0]!)).toEqual(['tampilan-bulat']);
    expect(a.temuan[0]?.status === 'cocok-dengan-kebiasaan' && a.temuan[0].kebiasaan?.desimal).toBe(0);
    expect(kodeKebiasaan(a.temuan[1]!)).toEqual(['desimal-lebih-sedikit']);
    expect(a.temuan[1]?.status === 'cocok-dengan-kebiasaan' && a.temuan[1].kebiasaan?.desimal).toBe(1);
    // At the usual 2 decimals, half-up: plain cocok.
    expect(a.temuan[2]?.status).toBe('cocok');
  });

  it('dari-masukan-dibulatkan: realisasi 1,569506726 (28/1.784×100) → 1,57; 1,57 / 2,5 × 100 = 62,80', () => {
    // Exact: 1,569506726 / 2,5 × 100 = 62,78026904 → 62,78; from the rounded input 62,80 (RUMUS §2).
    const a = auditLaporan(
      laporan({ sasaran: [{ id: 'S', nama: 'S', indikator: [ind('R', '2,5', '1,569506726')] }] }, [
        { rujukan: 'indikator/R/capaian', teks: '62,80' },
        { rujukan: 'indikator/R/capaian', teks: '62,78' },
      ]),
    );
    expect(kodeKebiasaan(a.temuan[0]!)).toEqual(['dari-masukan-dibulatkan']);
    expect(a.temuan[0]?.status === 'cocok-dengan-kebiasaan' && a.temuan[0].nilaiKebiasaan?.toString()).toBe(
      '62.8',
    );
    expect(a.temuan[1]?.status).toBe('cocok');
  });

  it('dari-angka-tercetak: (109,14 + 103) / 2 = 106,07, di mana 103 adalah 103,09 yang dicetak bulat', () => {
    // Exact sasaran capaian: (109,14 + 103,09) / 2 = 106,115 → 106,12 (truncated 106,11): neither is
    // 106,07; only the mean of the printed 103 gives it (RUMUS §2).
    const a = auditLaporan(
      laporan(
        { sasaran: [{ id: 'S', nama: 'S', indikator: [ind('P', 100, '109,14'), ind('Q', 100, '103,09')] }] },
        [
          { rujukan: 'indikator/P/capaian', teks: '109,14' },
          { rujukan: 'indikator/Q/capaian', teks: '103' },
          { rujukan: 'sasaran/S/capaian', teks: '106,07' },
        ],
      ),
    );
    expect(a.temuan[0]?.status).toBe('cocok');
    expect(kodeKebiasaan(a.temuan[1]!)).toEqual(['tampilan-bulat']);
    expect(kodeKebiasaan(a.temuan[2]!)).toEqual(['dari-angka-tercetak']);
    expect(a.temuan[2]?.status === 'cocok-dengan-kebiasaan' && a.temuan[2].nilaiKebiasaan?.toString()).toBe(
      '106.07',
    );
    expect(a.temuan[2]?.pesan).toMatch(/103/);
  });

  it('rata-rata-anak: penyerapan program 1 dicetak 75,00 = (50 + 100) / 2, bukan 350 / 400 = 87,5', () => {
    const a = audit([
      { rujukan: 'anggaran/1/penyerapan', teks: '75,00' },
      { rujukan: 'anggaran/Program Satu/penyerapan', teks: '87,50' },
    ]);
    expect(kodeKebiasaan(a.temuan[0]!)).toEqual(['rata-rata-anak']);
    expect(a.temuan[1]?.status).toBe('cocok');
    // kode and nama name the same node: one quantity printed with two values.
    expect(a.pertentangan.map((p) => p.indeks)).toEqual([[0, 1]]);
  });

  describe('efisiensi: sasaran S, capaian 120 / 100 × 100 = 120, pagu 1.000, realisasi 900', () => {
    // Σ PAK × CK = 1.000 × 1,2 = 1.200; E = (1.200 − 900) / 1.200 × 100 = 25 %.
    // PMK_214_2017 (the default): bounded to +20. TANPA_BATAS: 25. BARITO_KUALA_2023: CK capped at
    // 100 → (1.000 − 900) / 1.000 × 100 = 10. NE (PMK) = 50 + 20 / 20 × 50 = 100.
    const efisiensi = (
      aturan: LaporanMasukan['aturan'],
      teks: string[],
      opsi?: Parameters<typeof auditLaporan>[1],
    ) =>
      auditLaporan(
        laporan(
          {
            aturan,
            sasaran: [{ id: 'S', nama: 'S', indikator: [ind('I', 100, 120)] }],
            anggaran: [{ kode: '1', nama: 'P', sasaranId: ['S'], anggaran: { pagu: 1000, realisasi: 900 } }],
          },
          teks.map((t) => ({ rujukan: 'sasaran/S/efisiensi', teks: t })),
        ),
        opsi,
      );

    it('rasio-sebagai-persen: 0,20 (E = 20 % dicetak sebagai rasio 0,20 berlabel %)', () => {
      const a = efisiensi(undefined, ['20,00', '0,20', '0,200%']);
      expect(a.temuan[0]?.status).toBe('cocok');
      expect(kodeKebiasaan(a.temuan[1]!)).toEqual(['rasio-sebagai-persen']);
      expect(kodeKebiasaan(a.temuan[2]!)).toEqual(['rasio-sebagai-persen']);
      expect(a.temuan[2]?.status === 'cocok-dengan-kebiasaan' && a.temuan[2].kebiasaan?.desimal).toBe(3);
    });

    it('aturan-lain: 25,00 (tanpa batas ±20) dan 10,00 (CK dibatasi 100) di bawah PMK 214/2017', () => {
      const a = efisiensi(undefined, ['25,00', '10,00', '0,25']);
      expect(kodeKebiasaan(a.temuan[0]!)).toEqual(['aturan-lain']);
      expect(a.temuan[0]?.pesan).toMatch(/TANPA_BATAS/);
      expect(kodeKebiasaan(a.temuan[1]!)).toEqual(['aturan-lain']);
      expect(a.temuan[1]?.pesan).toMatch(/BARITO_KUALA_2023/);
      // Both at once: 25 % printed as the ratio 0,25.
      expect(kodeKebiasaan(a.temuan[2]!)).toEqual(['aturan-lain', 'rasio-sebagai-persen']);
    });

    it('aturan laporan (aturan.efisiensi) dipakai, dan opsi mengalahkannya; hasil.aturan menyebutnya', () => {
      const laporanSaja = efisiensi({ efisiensi: 'BARITO_KUALA_2023' }, ['10,00', '20,00']);
      expect(laporanSaja.aturan.efisiensi).toBe('BARITO_KUALA_2023');
      expect(laporanSaja.temuan[0]?.status).toBe('cocok');
      expect(kodeKebiasaan(laporanSaja.temuan[1]!)).toEqual(['aturan-lain']);
      const opsi = efisiensi({ efisiensi: 'BARITO_KUALA_2023' }, ['10,00', '25,00'], {
        efisiensi: { aturan: 'TANPA_BATAS' },
      });
      expect(opsi.aturan.efisiensi).toBe('TANPA_BATAS');
      expect(opsi.temuan[1]?.status).toBe('cocok');
      expect(kodeKebiasaan(opsi.temuan[0]!)).toEqual(['aturan-lain']);
      const bawaan = efisiensi(undefined, ['20,00']);
      expect(bawaan.aturan.efisiensi).toBe('PMK_214_2017');
    });
  });

  it('aturan-lain: capaian indikator negatif 8 → 9 dicetak 88,89 = 8 / 9 × 100 (rumus "kebalikan")', () => {
    // The report's rule ("selisih"): (2 − 9 / 8) × 100 = 87,5.
    const a = auditLaporan(
      laporan({ sasaran: [{ id: 'S', nama: 'S', indikator: [ind('N', 8, 9, { polaritas: 'negatif' })] }] }, [
        { rujukan: 'indikator/N/capaian', teks: '87,50' },
        { rujukan: 'indikator/N/capaian', teks: '88,89' },
      ]),
    );
    expect(a.temuan[0]?.status).toBe('cocok');
    expect(kodeKebiasaan(a.temuan[1]!)).toEqual(['aturan-lain']);
  });

  it('perubahan-relatif: (92,71 − 66,97) / 66,97 × 100 = 38,4351… → 38,44, bukan 25,74 poin', () => {
    const a = audit([
      { rujukan: 'indikator/IKU-A/perubahanTahunan', teks: '25,74' },
      { rujukan: 'indikator/IKU-A/perubahanTahunan', teks: '38,44' },
    ]);
    expect(a.temuan[0]?.status).toBe('cocok');
    expect(kodeKebiasaan(a.temuan[1]!)).toEqual(['perubahan-relatif']);
  });

  it('tanpa-tanda: perubahan 0,73 − 1 = −0,27 dicetak 0,27 (sebagai "penurunan")', () => {
    const a = audit([
      { rujukan: 'indikator/IKU-B/perubahanTahunan', teks: '-0,27' },
      { rujukan: 'indikator/IKU-B/perubahanTahunan', teks: '0,27' },
    ]);
    expect(a.temuan[0]?.status).toBe('cocok');
    expect(kodeKebiasaan(a.temuan[1]!)).toContain('tanpa-tanda');
  });

  // Engine bug (reported to the lead): the inputs 0,73 and 1 are already at 2 decimals, so "computed
  // from rounded inputs" gives the exact value −0,27 again; the only habit at work is the missing sign.
  // The variants are tried before the plain sign check (audit.ts, periksaAngka), so the finding claims
  // ['dari-masukan-dibulatkan', 'tanpa-tanda']. Expected: ['tanpa-tanda'].
  it('tanpa-tanda sendiri, tanpa kebiasaan hitung yang tidak mengubah apa pun', () => {
    const a = audit([{ rujukan: 'indikator/IKU-B/perubahanTahunan', teks: '0,27' }]);
    expect(kodeKebiasaan(a.temuan[0]!)).toEqual(['tanpa-tanda']);
  });
});

describe('penyebab: satu uji per penyebab', () => {
  it('digit-tertukar: 134,23 untuk 134,32', () => {
    const a = audit([{ rujukan: 'indikator/IKU-A/capaian', teks: '134,23' }]);
    expect(kodePenyebab(a.temuan[0]!)).toEqual(['digit-tertukar']);
    // 134,23 − 134,32 = −0,09.
    expect(salah(a.temuan[0]!).selisih?.toString()).toBe('-0.09');
  });

  it('digit-hilang: 14,32 untuk 134,32', () => {
    const a = audit([{ rujukan: 'indikator/IKU-A/capaian', teks: '14,32' }]);
    expect(kodePenyebab(a.temuan[0]!)).toEqual(['digit-hilang']);
  });

  it('koma-bergeser: 4,11 untuk 41,10', () => {
    const a = audit([{ rujukan: 'indikator/IKU-C/capaian', teks: '4,11' }]);
    expect(kodePenyebab(a.temuan[0]!)).toEqual(['koma-bergeser']);
    expect(salah(a.temuan[0]!).diharapkan).toBe('41,10');
  });

  it('digit-berbeda: 134,82 untuk 134,32', () => {
    const a = audit([{ rujukan: 'indikator/IKU-A/capaian', teks: '134,82' }]);
    expect(kodePenyebab(a.temuan[0]!)).toEqual(['digit-berbeda']);
  });

  it('nilai-milik-lain: penyerapan kegiatan 1.1 dicetak 100,00 — milik saudaranya 1.2 (300/300)', () => {
    // 1.1: 50 / 100 × 100 = 50 → "50,00".
    const a = audit([{ rujukan: 'anggaran/1.1/penyerapan', teks: '100,00' }]);
    const t = salah(a.temuan[0]!);
    expect(t.diharapkan).toBe('50,00');
    expect(t.penyebab[0]).toMatchObject({ kode: 'nilai-milik-lain', rujukanLain: 'anggaran/1.2/penyerapan' });
  });

  it('target-realisasi-tertukar: 179,45 = 1,31 / 0,73 × 100', () => {
    const a = audit([{ rujukan: 'indikator/IKU-B/capaian', teks: '179,45' }]);
    expect(kodePenyebab(a.temuan[0]!)).toEqual(['target-realisasi-tertukar']);
  });

  it('predikat-nilai-lain: "Sangat Baik" adalah predikat capaian 96,00 yang salah tercetak, bukan 55,7251… (Kurang)', () => {
    // Permendagri 54/2010: Sangat baik > 90; Kurang 50–65.
    const a = audit([
      { rujukan: 'indikator/IKU-B/capaian', teks: '96,00' },
      { rujukan: 'indikator/IKU-B/predikat', teks: 'Sangat Baik' },
      { rujukan: 'indikator/IKU-B/predikat', teks: 'kurang' },
    ]);
    expect(a.temuan[0]?.status).toBe('salah');
    const t = salah(a.temuan[1]!);
    expect(t.diharapkan).toBe('Kurang');
    expect(t.penyebab[0]).toMatchObject({
      kode: 'predikat-nilai-lain',
      rujukanLain: 'indikator/IKU-B/capaian',
    });
    // A label compares case-insensitively.
    expect(a.temuan[2]?.status).toBe('cocok');
  });

  describe('nilai-basi: realisasi IKU-A juga dicetak 94,88 (salah); 94,88 / 69,02 × 100 = 137,4674… → 137,47', () => {
    const a = audit([
      { rujukan: 'indikator/IKU-A/realisasi', teks: '92,71' },
      { rujukan: 'indikator/IKU-A/realisasi', teks: '94,88', lokasi: 'Uraian' },
      { rujukan: 'indikator/IKU-A/capaian', teks: '137,47' },
    ]);

    it('realisasi 94,88 salah; capaian 137,47 salah dengan penyebab nilai-basi yang menyebut 94,88', () => {
      expect(a.temuan[0]?.status).toBe('cocok');
      expect(salah(a.temuan[1]!).diharapkan).toBe('92,71');
      const t = salah(a.temuan[2]!);
      expect(t.diharapkan).toBe('134,32');
      expect(t.penyebab[0]?.kode).toBe('nilai-basi');
      expect(t.penyebab[0]?.pesan).toMatch(/94,88/);
    });

    // Engine bug (reported to the lead): `rujukanLain` of a nilai-basi cause is always the quantity's
    // first input (audit.ts: `rujukanLain: q.masukan[0]`), here the target; the stale printed value is
    // the realisasi's. Expected 'indikator/IKU-A/realisasi', got 'indikator/IKU-A/target'.
    it('rujukanLain nilai-basi menunjuk masukan yang basi (realisasi), bukan target', () => {
      expect(salah(a.temuan[2]!).penyebab[0]?.rujukanLain).toBe('indikator/IKU-A/realisasi');
    });
  });

  it('nilai-basi menjalar: sasaran S2 (satu indikator) dicetak dari capaian IKU-C yang salah', () => {
    // IKU-C capaian printed 44,10 (wrong: 41,10); S2 = mean of one indicator = 41,1 exactly; a printed
    // 44,10 there is the stale indicator value carried on.
    const a = audit([
      { rujukan: 'indikator/IKU-C/capaian', teks: '44,10' },
      { rujukan: 'sasaran/S2/capaian', teks: '44,10' },
    ]);
    expect(kodePenyebab(a.temuan[0]!)).toEqual(['digit-berbeda']);
    const t = salah(a.temuan[1]!);
    expect(t.penyebab[0]).toMatchObject({ kode: 'nilai-basi', rujukanLain: 'indikator/IKU-C/capaian' });
  });

  it('tanda-terbalik: perubahan 92,71 − 66,97 = 25,74 dicetak −25,74', () => {
    const a = audit([{ rujukan: 'indikator/IKU-A/perubahanTahunan', teks: '−25,74' }]);
    const t = salah(a.temuan[0]!);
    expect(t.penyebab.map((p) => p.kode)).toEqual(['tanda-terbalik']);
    // −25,74 − 25,74 = −51,48.
    expect(t.selisih?.toString()).toBe('-51.48');
  });

  it('tanpa penyebab yang murah dikenali: penyebab kosong, status tetap salah', () => {
    // 70,00 for 134,32: no digit pattern, no other quantity prints 70.
    const a = audit([{ rujukan: 'indikator/IKU-A/capaian', teks: '70,00' }]);
    expect(kodePenyebab(a.temuan[0]!)).toEqual([]);
  });
});

describe('tidak-dapat-diperiksa: satu uji per alasan; tidak pernah pengecualian', () => {
  const a = auditLaporan(
    laporan(
      {
        aturan: { skala: 'PERMENDAGRI_54_2010' },
        sasaran: [
          {
            id: 'S',
            nama: 'S',
            indikator: [ind('NOL', 0, 5), ind('BELUM', 10, null), ind('OK', 10, 5)],
          },
        ],
        anggaran: [{ kode: '1', nama: 'P', sasaranId: ['S'], anggaran: { pagu: 100, realisasi: 100 } }],
      },
      [
        { rujukan: 'indikator/OK/capain', teks: '50,00' },
        { rujukan: 'indikator/X/capaian', teks: '50,00' },
        { rujukan: 'anggaran/Tidak Ada/pagu', teks: '1' },
        { rujukan: 'indikator/BELUM/capaian', teks: '50,00' },
        { rujukan: 'indikator/OK/perubahanTahunan', teks: '1' },
        { rujukan: 'indikator/NOL/capaian', teks: '50,00' },
        { rujukan: 'indikator/OK/capaian', teks: '#VALUE!' },
        { rujukan: 'anggaran/1/sisa', teks: '-' },
        { rujukan: 'anggaran/1/sisa', teks: '-', stripNol: true },
        { rujukan: 'indikator/OK/capaian', teks: 'Tinggi' },
        { rujukan: 'nka/nilai', teks: '90' },
      ],
    ),
  );

  it('rujukan-tidak-valid: "capain"', () => {
    const t = tidakDiperiksa(a.temuan[0]!);
    expect(t.alasan).toBe('rujukan-tidak-valid');
    expect(t.pesan).toMatch(/bagian indikator harus salah satu dari/);
    // The printed text is still read.
    expect(t.tercetak?.toString()).toBe('50');
  });

  it('rujukan-tidak-ditemukan: indikator atau simpul yang tidak ada', () => {
    expect(tidakDiperiksa(a.temuan[1]!).alasan).toBe('rujukan-tidak-ditemukan');
    expect(tidakDiperiksa(a.temuan[2]!).alasan).toBe('rujukan-tidak-ditemukan');
    expect(a.temuan[2]?.pesan).toMatch(/Tidak Ada/);
  });

  it('masukan-tidak-ada: realisasi belum diketahui; realisasi tahun lalu tidak diisi; NKA tanpa SMART', () => {
    expect(tidakDiperiksa(a.temuan[3]!).alasan).toBe('masukan-tidak-ada');
    expect(tidakDiperiksa(a.temuan[4]!).alasan).toBe('masukan-tidak-ada');
    expect(tidakDiperiksa(a.temuan[10]!).alasan).toBe('masukan-tidak-ada');
  });

  it('tidak-dapat-dihitung: target 0', () => {
    const t = tidakDiperiksa(a.temuan[5]!);
    expect(t.alasan).toBe('tidak-dapat-dihitung');
    expect(t.pesan).toMatch(/target 0/);
  });

  it('teks-tidak-terbaca: "#VALUE!", "-" tanpa stripNol, label di tempat angka', () => {
    expect(tidakDiperiksa(a.temuan[6]!).alasan).toBe('teks-tidak-terbaca');
    expect(tidakDiperiksa(a.temuan[7]!).alasan).toBe('teks-tidak-terbaca');
    expect(tidakDiperiksa(a.temuan[9]!).alasan).toBe('teks-tidak-terbaca');
    expect(a.temuan[6]?.tercetak).toBeNull();
  });

  it('"-" dengan stripNol: true dibaca 0: sisa 100 − 100 = 0 → cocok', () => {
    const t = cocok(a.temuan[8]!);
    expect(t.status).toBe('cocok');
    expect(t.tercetak.toString()).toBe('0');
  });

  it('capaian di luar domain skala (negatif) → predikat tidak-dapat-diperiksa, bukan pengecualian', () => {
    // Negative polarity, target 2, realisasi 5: (2 − 5 / 2) × 100 = −50; Permendagri 54/2010 covers
    // 0 and above only.
    const b = auditLaporan(
      laporan(
        {
          aturan: { skala: 'PERMENDAGRI_54_2010' },
          sasaran: [{ id: 'S', nama: 'S', indikator: [ind('N', 2, 5, { polaritas: 'negatif' })] }],
        },
        [
          { rujukan: 'indikator/N/capaian', teks: '-50,00' },
          { rujukan: 'indikator/N/predikat', teks: 'Sangat Kurang' },
          { rujukan: 'sasaran/S/predikat', teks: 'Sangat Kurang' },
          { rujukan: 'laporan/rataRata/predikat', teks: 'Sangat Kurang' },
        ],
      ),
    );
    expect(b.temuan[0]?.status).toBe('cocok');
    for (const t of b.temuan.slice(1)) {
      expect(tidakDiperiksa(t).alasan).toBe('tidak-dapat-dihitung');
      expect(t.pesan).toMatch(/domain skala PERMENDAGRI_54_2010/);
    }
  });

  it('predikat tanpa skala di laporan maupun opsi → masukan-tidak-ada', () => {
    const b = auditLaporan(
      laporan({ sasaran: SASARAN }, [{ rujukan: 'indikator/IKU-A/predikat', teks: 'Baik' }]),
    );
    expect(tidakDiperiksa(b.temuan[0]!).alasan).toBe('masukan-tidak-ada');
    expect(b.aturan.skala).toBeUndefined();
  });
});

describe('indeks, urutan, pertentangan', () => {
  const tercetak = [
    { rujukan: 'indikator/IKU-A/capaian', teks: '134,32', lokasi: 'Tabel 3.1' },
    { rujukan: 'tidak/valid', teks: 'x' },
    { rujukan: 'sasaran/S1/indikator/IKU-A/capaian', teks: '134,23', lokasi: 'Tabel 3.9' },
    { rujukan: 'indikator/IKU-B/capaian', teks: '55,73' },
    { rujukan: 'indikator/IKU-B/capaian', teks: '55,73 %', lokasi: 'Uraian' },
    { rujukan: 'indikator/IKU-A/capaian', teks: '137,47', lokasi: 'Tabel 3.19' },
  ];
  const a = audit(tercetak);

  it('temuan[i].indeks === i, dan rujukan, teks, lokasi milik tercetak[i]', () => {
    expect(a.temuan).toHaveLength(tercetak.length);
    a.temuan.forEach((t, i) => {
      expect(t.indeks).toBe(i);
      expect(t.rujukan).toBe(tercetak[i]?.rujukan);
      expect(t.teks).toBe(tercetak[i]?.teks);
      expect(t.lokasi).toBe(tercetak[i]?.lokasi);
    });
  });

  it('satu besaran dengan dua nilai (juga lewat alias): semuanya diperiksa dan tercantum di pertentangan', () => {
    expect(a.temuan.map((t) => t.status)).toEqual([
      'cocok',
      'tidak-dapat-diperiksa',
      'salah',
      'cocok',
      'cocok',
      'salah',
    ]);
    // IKU-A printed 134,32, 134,23 (via the sasaran alias) and 137,47; IKU-B printed 55,73 twice with
    // the same value ("55,73 %" is 55,73): no disagreement there.
    expect(a.pertentangan).toHaveLength(1);
    expect(a.pertentangan[0]).toMatchObject({
      rujukan: 'indikator/IKU-A/capaian',
      indeks: [0, 2, 5],
      teks: ['134,32', '134,23', '137,47'],
    });
    expect(a.pertentangan[0]?.pesan).toMatch(/3 nilai berbeda/);
    expect(a.temuan[0]?.bertentangan).toEqual([2, 5]);
    expect(a.temuan[2]?.bertentangan).toEqual([0, 5]);
    expect(a.temuan[5]?.bertentangan).toEqual([0, 2]);
    expect(a.temuan[3]?.bertentangan).toEqual([]);
    expect(a.temuan[1]?.bertentangan).toEqual([]);
    expect(a.ringkasan.pertentangan).toBe(1);
  });
});

describe('kebiasaan laporan disimpulkan dari angkanya', () => {
  it('"potong" bila hanya pemotongan menjelaskan angka; angka yang sama di kedua cara bukan bukti', () => {
    // 55,72 only truncation explains; 134,32 and 41,10 both modes do.
    const a = audit([
      { rujukan: 'indikator/IKU-A/capaian', teks: '134,32' },
      { rujukan: 'indikator/IKU-B/capaian', teks: '55,72' },
      { rujukan: 'indikator/IKU-C/capaian', teks: '41,10' },
      { rujukan: 'anggaran/1/penyerapan', teks: '87,50' },
    ]);
    const capaian = a.kebiasaan.find((k) => k.besaran === 'capaian');
    expect(capaian).toMatchObject({ mode: 'potong', desimal: 2, bukti: { setengahAtas: 0, potong: 1 } });
    expect(capaian?.pesan).toMatch(/^capaian dipotong 2 desimal/);
    expect(a.kebiasaan.find((k) => k.besaran === 'penyerapan')?.mode).toBe('tidak-diketahui');
    expect(a.temuan[1]?.pesan).toMatch(/kebiasaan laporan ini/);
  });

  it('"setengah-atas" bila setengah-atas saja menjelaskannya; pemotongan lalu disebut menyimpang', () => {
    // 55,73 only half-up explains (one piece of evidence each way would be "campuran").
    const a = auditLaporan(
      laporan(
        {
          sasaran: [
            ...SASARAN,
            // 2 / 3 × 100 = 66,666… → 66,67 half-up, 66,66 truncated.
            { id: 'S3', nama: 'S3', indikator: [ind('D', 3, 2)] },
          ],
        },
        [
          { rujukan: 'indikator/IKU-B/capaian', teks: '55,73' },
          { rujukan: 'indikator/D/capaian', teks: '66,67' },
          { rujukan: 'sasaran/S3/capaian', teks: '66,66' },
        ],
      ),
    );
    const capaian = a.kebiasaan.find((k) => k.besaran === 'capaian');
    expect(capaian).toMatchObject({ mode: 'setengah-atas', bukti: { setengahAtas: 2, potong: 1 } });
    expect(kodeKebiasaan(a.temuan[2]!)).toEqual(['potong']);
    expect(a.temuan[2]?.pesan).toMatch(/biasanya membulatkan setengah-atas/);
  });

  it('"campuran" bila bukti kedua cara seimbang', () => {
    const a = audit([
      { rujukan: 'indikator/IKU-B/capaian', teks: '55,73' },
      { rujukan: 'sasaran/S1/capaian', teks: '95,02' },
      // S1: (134,3233… + 55,7251…) / 2 = 95,0242876… → 95,02 both ways: no evidence.
      { rujukan: 'indikator/IKU-B/capaian', teks: '55,72' },
    ]);
    expect(a.kebiasaan.find((k) => k.besaran === 'capaian')).toMatchObject({
      mode: 'campuran',
      bukti: { setengahAtas: 1, potong: 1 },
    });
  });
});

describe('aturan laporan dan opsi', () => {
  it('aturan.skala laporan dipakai; opsi skala mengalahkannya; hasil.aturan menyebut aturan yang dipakai', () => {
    // IKU-A 134,32: "Sangat baik" under Permendagri 54/2010, "Sangat Tinggi" under 86/2017.
    const tercetak = [
      { rujukan: 'indikator/IKU-A/predikat', teks: 'Sangat Baik' },
      { rujukan: 'indikator/IKU-A/predikat', teks: 'Sangat Tinggi' },
    ];
    const a = audit(tercetak);
    expect(a.temuan.map((t) => t.status)).toEqual(['cocok', 'salah']);
    expect(a.aturan).toEqual({
      kebijakan: 'TEPAT',
      skala: 'PERMENDAGRI_54_2010',
      efisiensi: 'PMK_214_2017',
      skm: undefined,
    });
    const b = auditLaporan(
      laporan({ aturan: { skala: 'PERMENDAGRI_54_2010' }, sasaran: SASARAN }, tercetak),
      { skala: 'PERMENDAGRI_86_2017_BATAS_BAWAH' },
    );
    expect(b.temuan.map((t) => t.status)).toEqual(['salah', 'cocok']);
    expect(b.aturan.skala).toBe('PERMENDAGRI_86_2017_BATAS_BAWAH');
  });

  it('instansi, tahun, hasil perhitungan dan temuan pohon anggaran disertakan', () => {
    const a = audit([]);
    expect([a.instansi, a.tahun]).toEqual(['Dinas Uji', 2024]);
    expect(a.temuan).toEqual([]);
    expect(a.ringkasan.jumlah).toBe(0);
    expect(a.hasil.sasaran.map((s) => s.id)).toEqual(['S1', 'S2']);
    expect(Array.isArray(a.pohon)).toBe(true);
  });
});

describe('bagian SKM dan IKPA laporan', () => {
  const dasar = {
    sasaran: [{ id: 'S', nama: 'S', indikator: [ind('I', 10, 5)] }],
    // Respondent-weighted IKM (RUMUS §7): (3,5 × 100 + 3,7 × 300) / 400 = 3,65 → × 25 = 91,25 → mutu A
    // (≥ 88,31); unit "UPT A/B" alone: 3,5 × 25 = 87,5.
    skm: {
      unit: [
        { nama: 'UPT A/B', ikm: '3,5', responden: 100 },
        { nama: 'Kantor', ikm: '3,7', responden: 300 },
      ],
    },
  };
  // PER-5/PB/2022, kontraktual not applicable (null): Σ nilai × bobot / 100 = (100×10 + 90×10 + 95×20 +
  // 100×10 + 100×10 + 100×5 + 98×25) / 100 = 87,5; Konversi Bobot 90 / 100 → 87,5 / 0,9 = 97,2222… →
  // 97,22, Sangat Baik (≥ 95). Aspek perencanaan: (100 + 90) / 2 = 95.
  const nilaiIkpa = {
    revisiDipa: 100,
    deviasiHalamanIIIDipa: 90,
    penyerapanAnggaran: 95,
    belanjaKontraktual: null,
    penyelesaianTagihan: 100,
    pengelolaanUpTup: 100,
    dispensasiSpm: 100,
    capaianOutput: 98,
  };
  const tercetak = [
    { rujukan: 'skm/nilai', teks: '91,25' },
    { rujukan: 'skm/ikm', teks: '3,65' },
    { rujukan: 'skm/mutu', teks: 'A' },
    { rujukan: 'skm/unit/UPT A/B/nilai', teks: '87,50' },
    { rujukan: 'ikpa/nilai', teks: '97,22' },
    { rujukan: 'ikpa/predikat', teks: 'Sangat Baik' },
    { rujukan: 'ikpa/indikator/revisiDipa/nilai', teks: '100,00' },
    { rujukan: 'ikpa/aspek/Kualitas Perencanaan Anggaran', teks: '95,00' },
    { rujukan: 'skm/unsur/1/nrr', teks: '3' },
    { rujukan: 'indikator/I/capaian', teks: '50,00' },
  ];

  it('SKM gabungan, unit (nama berisi "/"), IKPA, aspek IKPA: cocok; NRR unsur tanpa jawaban: masukan-tidak-ada', () => {
    const a = auditLaporan(
      laporan({ ...dasar, ikpa: { aturan: 'PER_5_PB_2022', nilai: nilaiIkpa } }, tercetak),
    );
    expect(a.temuan.map((t) => t.status)).toEqual([
      ...Array(8).fill('cocok'),
      'tidak-dapat-diperiksa',
      'cocok',
    ]);
    expect(tidakDiperiksa(a.temuan[8]!).alasan).toBe('masukan-tidak-ada');
    expect(a.aturan.skm).toBe('PERMENPANRB_14_2017');
  });

  it('bagian IKPA yang tidak dapat dihitung: angka IKPA tidak-dapat-dihitung, yang lain tetap diperiksa', () => {
    const { deviasiHalamanIIIDipa, ...lain } = nilaiIkpa;
    const salahKunci = { ...lain, deviasiHalamanIII: deviasiHalamanIIIDipa };
    const a = auditLaporan(
      laporan({ ...dasar, ikpa: { aturan: 'PER_5_PB_2022', nilai: salahKunci } }, tercetak),
    );
    for (const t of a.temuan.filter((x) => x.rujukan.startsWith('ikpa/'))) {
      expect(tidakDiperiksa(t).alasan).toBe('tidak-dapat-dihitung');
      expect(t.pesan).toMatch(/deviasiHalamanIIIDipa/);
    }
    expect(a.temuan.filter((x) => x.rujukan.startsWith('skm/') && x.status === 'cocok')).toHaveLength(4);
    expect(a.temuan[9]?.status).toBe('cocok');
  });
});

describe('mutu SKM per unit, menurut aturan SKM laporan', () => {
  // RUMUS §7: 3,059 × 25 = 76,475 — B under KepMenPAN 25/2004 (62,51–81,25), C under 14/2017
  // (65,00–76,60); the unit's mutu follows the report's declared rule.
  const unit = [{ nama: 'UPT/Panti', ikm: '3,059', responden: 10 }];
  const tercetak = [{ rujukan: 'skm/unit/UPT/Panti/mutu', teks: 'B' }];
  const sasaran = [{ id: 'S', nama: 'S', indikator: [ind('I', 10, 5)] }];

  it('KEPMENPAN_25_2004: B cocok', () => {
    const a = auditLaporan(laporan({ sasaran, skm: { aturan: 'KEPMENPAN_25_2004', unit } }, tercetak));
    expect(cocok(a.temuan[0]!).nilai).toBe('B');
  });

  it('PERMENPANRB_14_2017 (bawaan): B salah, seharusnya C', () => {
    const a = auditLaporan(laporan({ sasaran, skm: { unit } }, tercetak));
    expect(salah(a.temuan[0]!).diharapkan).toBe('C');
  });
});

describe('opsi lewatiBelumDiketahui', () => {
  it('rata-rata sasaran tanpa indikator yang realisasinya belum diketahui: 5 / 10 × 100 = 50', () => {
    const l = laporan(
      { sasaran: [{ id: 'S', nama: 'S', indikator: [ind('I', 10, 5), ind('B', 10, null)] }] },
      [{ rujukan: 'sasaran/S/capaian', teks: '50,00' }],
    );
    expect(tidakDiperiksa(auditLaporan(l).temuan[0]!).alasan).toBe('tidak-dapat-dihitung');
    expect(auditLaporan(l, { lewatiBelumDiketahui: true }).temuan[0]?.status).toBe('cocok');
  });
});

describe('teks tercetak: bentuk yang dibaca', () => {
  const a = auditLaporan(
    laporan(
      {
        sasaran: [{ id: 'S', nama: 'S', indikator: [ind('B', '1,31', '0,73')] }],
        anggaran: [{ kode: '1', nama: 'P', sasaranId: ['S'], anggaran: { pagu: 86677300, realisasi: 1000 } }],
      },
      [
        ...['Rp 86.677.300,00', 'Rp. 86.677.300,-', 'Rp86.677.300'].map((teks) => ({
          rujukan: 'anggaran/1/pagu',
          teks,
        })),
        ...['55,73 %', '55,73 persen', ' 55,73 '].map((teks) => ({ rujukan: 'indikator/B/capaian', teks })),
        { rujukan: 'indikator/B/capaian', teks: '55.73', format: 'en' as const },
        { rujukan: 'indikator/B/capaian', teks: '55.73' },
        { rujukan: 'anggaran/1/pagu', teks: '86,677,300' },
      ],
    ),
  );

  it('Rp, Rp., ",-", %, "persen", spasi, dan format en per angka: dibaca dan cocok', () => {
    expect(a.temuan.slice(0, 7).map((t) => t.status)).toEqual(Array(7).fill('cocok'));
    expect(a.temuan.slice(0, 7).map((t) => String(t.tercetak))).toEqual([
      ...Array(3).fill('86677300'),
      ...Array(4).fill('55.73'),
    ]);
  });

  it('angka berformat en di laporan berformat id (tanpa format per angka): teks-tidak-terbaca', () => {
    expect(tidakDiperiksa(a.temuan[7]!).alasan).toBe('teks-tidak-terbaca');
    expect(tidakDiperiksa(a.temuan[8]!).alasan).toBe('teks-tidak-terbaca');
  });

  // Engine bug (reported to the lead): RUMUS.md §1–2 — a value rounded at 2 decimals and shown with 3
  // ("42,380 is 42,38 written with 3 decimals"). 55,730 for 55,7251… is 55,73 (half-up at 2) with a
  // trailing zero: the habit nol-di-belakang, not salah (it compared only at the 3 decimals printed).
  it('55,730: dibulatkan 2 desimal lalu ditampilkan 3 desimal — bukan salah', () => {
    const b = auditLaporan(
      laporan({ sasaran: [{ id: 'S', nama: 'S', indikator: [ind('B', '1,31', '0,73')] }] }, [
        { rujukan: 'indikator/B/capaian', teks: '55,730' },
      ]),
    );
    expect(b.temuan[0]?.status).toBe('cocok-dengan-kebiasaan');
    expect(kodeKebiasaan(b.temuan[0]!)).toEqual(['nol-di-belakang']);
  });

  // Found by the perturbation property (seed 144473690): a value the report states (a target, usual
  // decimals 0) has no "usual decimals" to round at — 11.228,00 for 11.227,71 is wrong, not a habit.
  it('target 11.227,71 dicetak 11.228,00: salah, bukan nol-di-belakang', () => {
    const b = auditLaporan(
      laporan({ sasaran: [{ id: 'S', nama: 'S', indikator: [ind('B', '11.227,71', 1)] }] }, [
        { rujukan: 'indikator/B/target', teks: '11.228,00' },
      ]),
    );
    expect(salah(b.temuan[0]!).diharapkan).toBe('11.227,71');
  });

  // Engine gap (reported to the lead, minor): 0,5573 is 55,73 with the decimal point moved two places,
  // but `koma-bergeser` compares digits with the expected value at the printed decimals (55,7252 at 4)
  // only, so no cause is found. Expected: a `koma-bergeser` cause.
  it('0,5573 untuk 55,73: penyebab koma-bergeser', () => {
    const b = auditLaporan(
      laporan({ sasaran: [{ id: 'S', nama: 'S', indikator: [ind('B', '1,31', '0,73')] }] }, [
        { rujukan: 'indikator/B/capaian', teks: '0,5573' },
      ]),
    );
    expect(kodePenyebab(b.temuan[0]!)).toContain('koma-bergeser');
  });
});

describe('masukan tidak diubah', () => {
  const tercetak = [
    { rujukan: 'indikator/IKU-B/capaian', teks: '55,72' },
    { rujukan: 'anggaran/1/penyerapan', teks: '75,00' },
    { rujukan: 'indikator/IKU-A/capaian', teks: '137,47' },
  ];

  it('laporan dan opsi beku-dalam diterima; hasilnya sama dengan laporan yang tidak beku', () => {
    const biasa = laporan(
      { aturan: { skala: 'PERMENDAGRI_54_2010' }, sasaran: SASARAN, anggaran: ANGGARAN },
      tercetak,
    );
    const beku = bekukanDalam(structuredClone(biasa));
    const opsi = bekukanDalam({ efisiensi: { aturan: 'TANPA_BATAS' } });
    const a = auditLaporan(beku, opsi);
    const b = auditLaporan(biasa, { efisiensi: { aturan: 'TANPA_BATAS' } });
    expect(a.temuan.map((t) => [t.status, t.pesan])).toEqual(b.temuan.map((t) => [t.status, t.pesan]));
  });

  it('laporan yang tidak beku sama persis sebelum dan sesudah audit', () => {
    const l = laporan(
      { aturan: { skala: 'PERMENDAGRI_54_2010' }, sasaran: SASARAN, anggaran: ANGGARAN },
      tercetak,
    );
    const sebelum = structuredClone(l);
    const opsi = { skala: 'PERMENDAGRI_54_2010', efisiensi: { aturan: 'BARITO_KUALA_2023' } };
    const opsiSebelum = structuredClone(opsi);
    auditLaporan(l, opsi);
    expect(l).toEqual(sebelum);
    expect(opsi).toEqual(opsiSebelum);
  });

  it('laporan yang sudah dibaca (bacaLaporan) dipakai apa adanya', () => {
    const l = bacaLaporan(laporan({ sasaran: SASARAN }, tercetak));
    expect(auditLaporan(l).temuan[0]?.status).toBe('cocok-dengan-kebiasaan');
  });
});

describe('masukan jahat → SakipError dengan kodenya, tidak pernah TypeError', () => {
  const valid = laporan({ sasaran: SASARAN }, [{ rujukan: 'indikator/IKU-A/capaian', teks: '134,32' }]);

  it('Decimal tiruan di laporan yang memuat angka tercetak → MODEL_TIDAK_VALID (ANGKA_TIPE_TIDAK_DIDUKUNG)', () => {
    const tiruan = JSON.parse('{"toStringTag":"[object Decimal]","d":[1],"e":0,"s":1}');
    const l = structuredClone(valid) as { sasaran: { indikator: { target: unknown }[] }[] };
    l.sasaran[0]!.indikator[0]!.target = tiruan;
    const g = galat(() => auditLaporan(l as never));
    expect(g.kode).toBe('MODEL_TIDAK_VALID');
    expect(g.masalah[0]).toMatchObject({
      lokasi: 'sasaran[0].indikator[0].target',
      kode: 'ANGKA_TIPE_TIDAK_DIDUKUNG',
    });
  });

  it('teks tercetak yang bukan teks (Decimal tiruan), atau kunci lama "besaran" → MODEL_TIDAK_VALID di lokasinya', () => {
    const tiruan = JSON.parse('{"toStringTag":"[object Decimal]","d":[1],"e":0,"s":1}');
    const g = galat(() =>
      auditLaporan({ ...valid, tercetak: [{ rujukan: 'indikator/IKU-A/capaian', teks: tiruan }] }),
    );
    expect(g.kode).toBe('MODEL_TIDAK_VALID');
    expect(g.masalah[0]?.lokasi).toBe('tercetak[0].teks');
    const h = galat(() =>
      auditLaporan({
        ...valid,
        tercetak: [{ rujukan: 'indikator/IKU-A/capaian', teks: '1', besaran: 'capaian' } as never],
      }),
    );
    expect(h.masalah[0]?.lokasi).toBe('tercetak[0].besaran');
  });

  it.each([
    ['null', null],
    ['angka', 5],
    ['teks', 'laporan.json'],
    ['larik', []],
    ['undefined', undefined],
  ])('laporan %s → MODEL_TIDAK_VALID', (_, x) => {
    expect(galat(() => auditLaporan(x as never)).kode).toBe('MODEL_TIDAK_VALID');
  });

  it('opsi: kunci tak dikenal menyebut yang terdekat; bukan objek; getter yang melempar → OPSI_TIDAK_VALID', () => {
    const g = galat(() => auditLaporan(valid, { skal: 'PERMENDAGRI_54_2010' } as never));
    expect(g.kode).toBe('OPSI_TIDAK_VALID');
    expect(g.message).toMatch(/skala/);
    expect(galat(() => auditLaporan(valid, 5 as never)).kode).toBe('OPSI_TIDAK_VALID');
    const getter = Object.defineProperty({}, 'skala', {
      enumerable: true,
      get() {
        throw new Error('getter jahat');
      },
    });
    expect(galat(() => auditLaporan(valid, getter)).kode).toBe('OPSI_TIDAK_VALID');
    expect(galat(() => auditLaporan(valid, { efisiensi: { atur: 'X' } } as never)).kode).toBe(
      'OPSI_TIDAK_VALID',
    );
  });

  it('skala atau aturan efisiensi yang tidak dikenal → ATURAN_TIDAK_DIKENAL (dari opsi atau dari laporan)', () => {
    expect(galat(() => auditLaporan(valid, { skala: 'SKALA_KARANGAN' })).kode).toBe('ATURAN_TIDAK_DIKENAL');
    expect(galat(() => auditLaporan(valid, { efisiensi: { aturan: 'KARANGAN' } })).kode).toBe(
      'ATURAN_TIDAK_DIKENAL',
    );
    expect(galat(() => auditLaporan({ ...valid, aturan: { skala: 'SKALA_KARANGAN' } })).kode).toBe(
      'ATURAN_TIDAK_DIKENAL',
    );
  });

  it('teks tercetak berisi karakter kendali dan teks panjang: temuan biasa, tanpa pengecualian', () => {
    const a = auditLaporan({
      ...valid,
      tercetak: [
        { rujukan: 'indikator/IKU-A/capaian', teks: '\u001b[31m134,32' },
        { rujukan: 'indikator/IKU-A/capaian', teks: '9'.repeat(200) },
        { rujukan: `anggaran/${'x/'.repeat(400)}pagu`, teks: '1' },
      ],
    });
    // An escape sequence is letters in a number; 200 nines are beyond the 40 significant digits a
    // report's numbers may have: both unreadable, neither an exception.
    expect(tidakDiperiksa(a.temuan[0]!).alasan).toBe('teks-tidak-terbaca');
    expect(tidakDiperiksa(a.temuan[1]!).alasan).toBe('teks-tidak-terbaca');
    expect(tidakDiperiksa(a.temuan[2]!).alasan).toBe('rujukan-tidak-ditemukan');
  });
});
