// Figures of the sample report: LKIP 2024 Dinas Sosial Kabupaten Barito Kuala (Tabel 3.1.1, 3.1.3,
// 3.1.4, 3.2.4, 3.2.5), copied here so that tests never read ../shared.
export const IKU = [
  {
    id: 'IKU-1',
    nama: 'Persentase PPKS yang terpenuhi kebutuhan dasarnya',
    satuan: 'Persen',
    target: '69,02',
    realisasi: '92,71',
    targetRenstra: { tahunIni: '68,48' },
    realisasiTahunLalu: '66,97',
  },
  {
    id: 'IKU-2',
    nama: 'Persentase PPKS yang mampu berusaha',
    satuan: 'Persen',
    target: '1,31',
    realisasi: '0,73',
  },
  { id: 'IKU-3', nama: 'Nilai SAKIP Dinsos', satuan: 'Persen', target: '71,86', realisasi: '71,91' },
] as const;

/** As printed: capaian per IKU, the TOTAL row, and the stale draft's mean. */
export const TERCETAK = {
  capaian: ['134.32', '55.72', '100.06'],
  rataRataTarget: '47.39',
  rataRataRealisasi: '55.11',
  rataRataCapaian: '96.7',
  rataRataDrafLama: '96.22',
  kategori54: ['Sangat baik', 'Kurang', 'Sangat baik'],
  tingkat: ['Melebihi target', 'Tidak tercapai', 'Melebihi target'],
  capaianRenstra: '135.38',
  kenaikanPoin: '25.74',
} as const;
