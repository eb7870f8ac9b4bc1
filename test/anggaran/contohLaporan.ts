// Figures of the LKIP 2024 of Dinas Sosial Kabupaten Barito Kuala, copied by hand from the report's
// text (Analisis atas Efisiensi, Akuntabilitas Keuangan; RUMUS.md §10) as printed — strings in the
// report's own format. The project never reads the report at test time.
import type { NodeAnggaranMasukan } from '../../src/index.js';

/** Tabel 3.2.12: pagu and realisasi per sasaran, with the printed percentage. */
export const SASARAN = [
  { id: 'S1', pagu: '2.142.720.865,00', realisasi: '2.113.252.231,00', persen: '98,62', capaian: '134,32' },
  { id: 'S2', pagu: '1.227.826.990,00', realisasi: '1.090.111.598,00', persen: '88,78', capaian: '55,72' },
  { id: 'S3', pagu: '4.699.311.668,00', realisasi: '4.383.367.872,00', persen: '93,28', capaian: '100,06' },
] as const;

/** Tabel 3.2.12, total row. */
export const TOTAL = { pagu: '8.069.859.523,00', realisasi: '7.586.731.701,00', persen: '94,01' } as const;

/** Tabel 3.2.11: komposisi belanja (pagu). */
export const BELANJA = {
  operasi: '7.751.384.479,00',
  modal: '318.475.044,00',
  total: '8.069.859.523,00',
} as const;

/**
 * Sasaran 1, program table as printed. The row of Program Rehabilitasi Sosial prints realisasi
 * 1.090.111.598,00 and 88,78 % — the figures of sasaran 2 — while its sub-kegiatan add up to
 * 612.898.347 (97,77 %); the total row 2.113.252.231,00 only adds up with the correct figure.
 */
export const PROGRAM_S1: NodeAnggaranMasukan = {
  nama: 'Sasaran 1: Meningkatnya Pemenuhan Kebutuhan Dasar PPKS',
  sasaranId: ['S1'],
  anggaran: { pagu: '2.142.720.865,00', realisasi: '2.113.252.231,00' },
  anak: [
    {
      nama: 'Program Rehabilitasi Sosial',
      tingkat: 'program',
      anggaran: { pagu: '626.877.613,00', realisasi: '1.090.111.598,00' },
      anak: [
        {
          nama: 'Penyediaan Alat Bantu',
          tingkat: 'sub-kegiatan',
          anggaran: { pagu: '215.732.977,00', realisasi: '209.215.721,00' },
        },
        {
          nama: 'Pemberian Pelayanan Reunifikasi Keluarga',
          tingkat: 'sub-kegiatan',
          anggaran: { pagu: '6.000.000,00', realisasi: '300.000,00' },
        },
        {
          nama: 'Pemberian Bimbingan Sosial kepada Keluarga Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis dan Masyarakat',
          tingkat: 'sub-kegiatan',
          anggaran: { pagu: '405.144.636,00', realisasi: '403.382.626,00' },
        },
      ],
    },
    {
      nama: 'Program Perlindungan dan Jaminan Sosial',
      tingkat: 'program',
      anggaran: { pagu: '978.524.932,00', realisasi: '972.770.344,00' },
      anak: [
        {
          nama: 'Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota',
          tingkat: 'sub-kegiatan',
          anggaran: { pagu: '504.072.276,00', realisasi: '500.132.707,00' },
        },
        {
          nama: 'Fasilitasi Bantuan Sosial Kesejahteraan Keluarga',
          tingkat: 'sub-kegiatan',
          anggaran: { pagu: '474.452.656,00', realisasi: '472.637.637,00' },
        },
      ],
    },
    {
      nama: 'Penanganan Bencana',
      tingkat: 'program',
      anggaran: { pagu: '537.318.320,00', realisasi: '527.583.540,00' },
      anak: [
        {
          nama: 'Penyediaan Makanan',
          tingkat: 'sub-kegiatan',
          anggaran: { pagu: '537.318.320,00', realisasi: '527.583.540' },
        },
      ],
    },
  ],
};

/** Printed percentages of the sub-kegiatan rows of sasaran 1 (in order of the leaves). */
export const PERSEN_SUB_S1 = ['96,98', '5,00', '99,57', '99,22', '99,62', '98,19'] as const;

/** Sasaran 2: one program, one sub-kegiatan. */
export const PROGRAM_S2: NodeAnggaranMasukan = {
  nama: 'Sasaran 2: Meningkatnya Kemampuan Berusaha PPKS',
  sasaranId: ['S2'],
  anggaran: { pagu: '1.227.826.990,00', realisasi: '1.090.111.598,00' },
  anak: [
    {
      nama: 'Program Pemberdayaan Sosial',
      tingkat: 'program',
      anggaran: { pagu: '1.227.826.990,00', realisasi: '1.090.111.598,00' },
      anak: [
        {
          nama: 'Peningkatan Kemampuan Potensi Pekerja Sosial Masyarakat Kewenangan Kabupaten/Kota',
          tingkat: 'sub-kegiatan',
          anggaran: { pagu: '1.227.826.990,00', realisasi: '1.090.111.598,00' },
        },
      ],
    },
  ],
};

/** Sasaran 3: Program Penunjang Urusan Pemerintahan Daerah and its six kegiatan. */
export const PROGRAM_S3: NodeAnggaranMasukan = {
  nama: 'Sasaran 3: Meningkatnya Akuntabilitas Kinerja Dinas Sosial',
  sasaranId: ['S3'],
  anggaran: { pagu: '4.699.311.668,00', realisasi: '4.383.367.872,00' },
  anak: [
    {
      nama: 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota',
      tingkat: 'program',
      anggaran: { pagu: '4.699.311.668,00', realisasi: '4.383.367.872,00' },
      anak: [
        ['Perencanaan, Penganggaran dan Evaluasi Kinerja Perangkat Daerah', '90.061.690,00', '88.612.144,00'],
        ['Administrasi Keuangan Perangkat Daerah', '3.369.839.723,00', '3.095.018.193,00'],
        ['Administrasi Kepegawaian Perangkat Daerah', '112.606.650,00', '112.446.276,00'],
        ['Administrasi Umum Perangkat Daerah', '601.168.473,00', '593.607.648,00'],
        ['Jasa Penunjang Urusan Pemerintahan Daerah', '95.069.970,00', '83.042.033,00'],
        [
          'Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah',
          '430.565.162,00',
          '410.641.578,00',
        ],
      ].map(([nama, pagu, realisasi]) => ({
        nama: nama as string,
        tingkat: 'kegiatan' as const,
        anggaran: { pagu: pagu as string, realisasi: realisasi as string },
      })),
    },
  ],
};

/** Printed percentages of the six kegiatan of sasaran 3. */
export const PERSEN_KEGIATAN_S3 = ['98,39', '91,84', '99,86', '98,74', '88,95', '96,64'] as const;

/** The efficiency working as printed (Analisis atas Efisiensi, sasaran 1–3). */
export const EFISIENSI_TERCETAK = {
  S1: { paguKaliCapaian: '2.878.102.655,87', selisih: '764.850.434,87', e: '0,266' },
  S2: { paguKaliCapaian: '684.145.198,83', selisih: '-405.966.399,17', e: '-0,593' },
  S3: { paguKaliCapaian: '4.699.311.668', selisih: '315.943.796', e: '0,067' },
} as const;
