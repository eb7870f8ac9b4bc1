// A small report for the browser tests (laporan kecil): IKU-2 of LKIP 2024 Dinsos Barito Kuala with
// four printed figures — one per audit status (the example of `auditLaporan`).
export const LAPORAN_KECIL = {
  instansi: 'Dinas Sosial Kabupaten Barito Kuala',
  tahun: 2024,
  aturan: { skala: 'PERMENDAGRI_54_2010' },
  sasaran: [
    {
      id: 'S2',
      nama: 'Kemampuan berusaha PPKS',
      indikator: [{ id: 'IKU-2', nama: 'PPKS mampu berusaha', target: '1,31', realisasi: '0,73' }],
    },
  ],
  tercetak: [
    { rujukan: 'indikator/IKU-2/capaian', teks: '55,72', lokasi: 'Tabel 3.1.1' },
    { rujukan: 'indikator/IKU-2/capaian', teks: '96,00', lokasi: 'Tabel 3.2.3' },
    { rujukan: 'indikator/IKU-2/predikat', teks: 'Kurang' },
    { rujukan: 'indikator/IKU-9/capaian', teks: '10' },
  ],
};
