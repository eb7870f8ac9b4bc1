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
export const KODE_GALAT = Object.freeze({
  // — umum: bentuk argumen —
  MASUKAN_TIDAK_VALID: 'Argumen wajib tidak ada atau bukan bentuk yang diharapkan (objek, larik).',
  OPSI_TIDAK_VALID: 'Opsi harus objek (atau tidak diberikan), bukan null, larik, atau nilai lain.',
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
  ANGKA_TIPE_TIDAK_DIDUKUNG:
    'Nilai bukan number, string, atau Decimal asli (objek yang hanya menyerupai Decimal ditolak).',
  ANGKA_DI_LUAR_JANGKAUAN:
    'Angka di luar jangkauan laporan: lebih dari 40 digit bermakna, |x| ≥ 10²⁰, 0 < |x| < 10⁻²⁰, atau teks lebih dari 200 karakter.',
  // — angka: pembulatan dan format —
  DESIMAL_TIDAK_VALID: 'Banyak desimal harus bilangan bulat dalam rentang yang diizinkan.',
  MODE_PEMBULATAN_TIDAK_DIKENAL:
    'Mode pembulatan tidak dikenal (gunakan setengah-atas, potong, atau setengah-genap).',
  FORMAT_TIDAK_DIKENAL: 'Format angka tidak dikenal (gunakan "id", "en", atau "otomatis").',
  // — aturan: himpunan aturan berversi —
  ATURAN_TIDAK_VALID:
    'Aturan (skala, kebijakan pembulatan, aturan SKM/IKPA/NKA/SMART/evaluasi/efisiensi) tidak sesuai bentuknya; masalah menyebut field-nya.',
  ATURAN_TIDAK_DIKENAL: 'Tidak ada aturan dengan id itu; pesan menyebut id yang dikenal.',
  ATURAN_TAHUN_TIDAK_DIKENAL:
    'Tidak ada aturan yang berlaku untuk tahun itu; sebutkan aturannya (id atau objek aturan sendiri).',
  // — model —
  POHON_SIKLIS: 'Pohon (anggaran) memuat siklus: sebuah simpul menjadi keturunannya sendiri.',
  MODEL_TIDAK_VALID:
    'Data tidak sesuai model (Indikator, Sasaran, Anggaran, Laporan …); pesan menyebut field dan alasannya.',
  // — capaian —
  CAPAIAN_TARGET_NOL: 'Target 0: capaian (realisasi / target × 100) tidak terdefinisi.',
  CAPAIAN_TARGET_NEGATIF: 'Target negatif: rasio realisasi / target tidak bermakna sebagai capaian.',
  CAPAIAN_REALISASI_NOL:
    'Realisasi 0 pada rumus negatif "kebalikan" (target / realisasi × 100): tidak terdefinisi.',
  CAPAIAN_REALISASI_NEGATIF: 'Realisasi negatif pada rumus negatif "kebalikan": tidak bermakna.',
  CAPAIAN_RENTANG_TIDAK_VALID: 'Target rentang terbalik: batas bawah lebih besar dari batas atas.',
  RATA_RATA_KOSONG: 'Rata-rata dari daftar kosong tidak terdefinisi.',
  RATA_RATA_BOBOT_TIDAK_VALID:
    'Bobot rata-rata tidak valid: banyaknya berbeda, ada yang negatif, atau jumlahnya 0.',
  AGREGASI_PANJANG_BERBEDA: 'Daftar realisasi dan target tidak sama panjang atau kosong.',
  TRIWULAN_TIDAK_VALID: 'Data triwulan bukan empat nilai, atau ada triwulan yang tidak dilaporkan.',
  // — predikat —
  SKALA_TIDAK_MEMPARTISI:
    'Interval skala tidak membagi domainnya tepat satu kali: ada celah, tumpang tindih, interval kosong atau di luar domain.',
  PREDIKAT_DI_LUAR_DOMAIN: 'Nilai di luar domain skala predikat (mis. capaian negatif pada skala 0 – ∞).',
  // — anggaran —
  ANGGARAN_NEGATIF: 'Pagu atau realisasi anggaran negatif; jumlah uang dalam anggaran tidak boleh negatif.',
  ANGGARAN_PAGU_NOL: 'Pagu nol: penyerapan dan sisa anggaran tidak terdefinisi.',
  ANGGARAN_DAUN_TANPA_ANGKA:
    'Simpul anggaran tanpa anak tidak memuat pagu dan realisasi, jadi tidak dapat dijumlahkan (kode masalah dalam MODEL_TIDAK_VALID).',
  EFISIENSI_BUTIR_KOSONG: 'Efisiensi memerlukan sedikitnya satu butir { pagu, realisasi, capaian }.',
  // — skm —
  SKM_JAWABAN_TIDAK_VALID: 'Jawaban responden bukan angka atau null (kosong harus ditulis null).',
  SKM_JAWABAN_BUKAN_BULAT: 'Jawaban responden bukan bilangan bulat (skala jawaban 1, 2, 3, 4).',
  SKM_JAWABAN_DI_LUAR_SKALA: 'Jawaban responden di luar skala 1–4.',
  SKM_BARIS_TIDAK_SERAGAM: 'Baris jawaban tidak memuat tepat satu jawaban untuk setiap unsur aturan.',
  SKM_UNSUR_TANPA_JAWABAN:
    'Tidak ada responden yang menjawab unsur ini, sehingga NRR-nya tidak dapat dihitung.',
  SKM_TANPA_RESPONDEN: 'Tidak ada responden (atau jumlah responden nol) untuk dihitung.',
  SKM_NILAI_DI_LUAR_RENTANG: 'Nilai SKM di luar rentangnya: indeks 1–4 atau nilai 25–100.',
  SKM_SKALA_CAMPUR: 'IKM unit tertulis pada skala berbeda (1–4 dan 25–100) dan tidak boleh dicampur.',
  SKM_AKUMULATOR_BERBEDA: 'Akumulator SKM yang digabung memakai daftar unsur yang berbeda.',
  SKM_UNIT_TIDAK_VALID:
    'Data unit untuk IKM gabungan tidak valid (bukan objek, kunci asing, responden bukan bilangan bulat ≥ 0).',
  // — ikpa —
  IKPA_INDIKATOR_HILANG:
    'Indikator aturan IKPA itu tidak diisi; beri nilainya, atau null bila tidak berlaku bagi satker.',
  IKPA_INDIKATOR_TIDAK_DIKENAL: 'Indikator tidak dikenal dalam aturan IKPA itu (pesan menyebut id terdekat).',
  IKPA_NILAI_DI_LUAR_RENTANG: 'Nilai indikator IKPA (atau rasio dispensasi per mil) di luar rentangnya.',
  NKA_NILAI_DI_LUAR_RENTANG: 'Nilai SMART atau IKPA untuk Nilai Kinerja Anggaran di luar 0–100.',
  SMART_KOMPONEN_HILANG: 'Komponen nilai implementasi SMART/EKA tidak diisi.',
  SMART_KOMPONEN_TIDAK_DIKENAL: 'Komponen nilai implementasi SMART/EKA tidak dikenal.',
  SMART_NILAI_DI_LUAR_RENTANG: 'Nilai komponen SMART/EKA di luar 0–100.',
  SAKIP_KOMPONEN_HILANG: 'Komponen atau subkomponen evaluasi SAKIP tidak diisi.',
  SAKIP_KOMPONEN_TIDAK_DIKENAL: 'Komponen atau subkomponen evaluasi SAKIP tidak dikenal.',
  SAKIP_NILAI_DI_LUAR_RENTANG: 'Nilai komponen evaluasi SAKIP di luar 0 sampai bobotnya.',
} as const);

/** A stable error code of sakip (see {@link KODE_GALAT} and `docs/galat.md`). */
export type KodeGalat = keyof typeof KODE_GALAT;
