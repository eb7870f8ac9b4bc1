/**
 * Every error code sakip can raise, with its meaning in Indonesian. One registry, so the codes stay
 * stable and the table in `docs/galat.md` can be checked against it (a test does).
 *
 * Codes are SCREAMING_SNAKE and never renamed once released; new ones are only added.
 *
 * @example
 * ```ts
 * import { KODE_GALAT } from 'sakip';
 * 'ANGKA_AMBIGU' in KODE_GALAT; //=> true
 * ```
 */
export const KODE_GALAT = {
  // — angka: input bilangan —
  ANGKA_KOSONG: 'Teks kosong (atau hanya spasi) tidak dapat dibaca sebagai angka.',
  ANGKA_STRIP: 'Tanda "-" saja (sel strip). Di kolom uang sering berarti nol: gunakan opsi stripSebagaiNol.',
  ANGKA_PERSEN_KOSONG: 'Hanya tanda persen tanpa angka ("%"): sel persen yang kosong.',
  ANGKA_GALAT_SPREADSHEET: 'Sisa galat spreadsheet (#VALUE!, #DIV/0!, #N/A, #REF!, #NAME?, #NUM!, #NULL!).',
  ANGKA_KOLOM_SEMPIT: 'Tanda pagar "#####": kolom spreadsheet terlalu sempit, angkanya tidak tercetak.',
  ANGKA_HURUF: 'Teks memuat huruf atau tanda yang bukan bagian dari angka.',
  ANGKA_FORMAT_TIDAK_VALID:
    'Susunan angka tidak sesuai format yang diminta (pemisah ribuan atau desimal salah tempat).',
  ANGKA_AMBIGU:
    'Dalam format "otomatis" teks dapat dibaca dua cara (mis. "6.811"); nyatakan format "id" atau "en".',
  ANGKA_BUKAN_TEKS: 'parseAngka menerima teks (string) saja.',
  ANGKA_TIDAK_HINGGA: 'Bilangan NaN atau tak hingga (Infinity) tidak diterima.',
  ANGKA_TIPE_TIDAK_DIDUKUNG: 'Nilai bukan number, string, atau Decimal.',
  // — angka: pembulatan dan format —
  DESIMAL_TIDAK_VALID: 'Banyak desimal harus bilangan bulat dalam rentang yang diizinkan.',
  MODE_PEMBULATAN_TIDAK_DIKENAL:
    'Mode pembulatan tidak dikenal (gunakan setengah-atas, potong, atau setengah-genap).',
  KEBIJAKAN_PEMBULATAN_TIDAK_VALID: 'Kebijakan pembulatan tidak sesuai bentuknya.',
  FORMAT_TIDAK_DIKENAL: 'Format angka tidak dikenal (gunakan "id", "en", atau "otomatis").',
  // — model —
  MODEL_TIDAK_VALID:
    'Data tidak sesuai model (Indikator, Sasaran, Anggaran, Laporan …); pesan menyebut field dan alasannya.',
  // — capaian —
  // — predikat —
  // — anggaran —
  // — skm —
  // — ikpa —
} as const;

/** A stable error code of sakip (see {@link KODE_GALAT} and `docs/galat.md`). */
export type KodeGalat = keyof typeof KODE_GALAT;
