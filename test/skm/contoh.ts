// The worked 10-respondent survey of docs/skm.md (hand-made: the sample LKIP 2024 of Dinas Sosial
// Kabupaten Barito Kuala prints no SKM section). Columns in the order of PermenPAN-RB 14/2017:
// persyaratan, prosedur, waktu, biaya, produk, kompetensi, perilaku, pengaduan, sarana.
export const SEPULUH_RESPONDEN: (number | null)[][] = [
  [4, 4, 3, 4, 3, 3, 4, 3, 4],
  [3, 3, 3, 4, 3, 3, 4, 3, 3],
  [4, 3, 3, 4, 3, 4, 4, 2, 3],
  [3, 3, 2, 4, 3, 3, 3, 3, 3],
  [4, 4, 3, 4, 4, 4, 4, 3, 4],
  [3, 3, 3, 4, 3, 3, 4, null, 3],
  [4, 4, 4, 4, 3, 4, 4, 3, 4],
  [3, 3, 2, 4, 3, 3, 3, 3, 3],
  [4, 3, 3, 4, 3, 3, 4, 3, 3],
  [3, 4, 3, 4, 3, 4, 4, 3, 4],
];
