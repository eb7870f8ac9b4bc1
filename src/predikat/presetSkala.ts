import { bekukanPreset, pilihAturan } from '../aturan/aturan.js';
import { buatSkala } from './buatSkala.js';
import { JENIS_SKALA, type Skala } from './Skala.js';

const SUMBER_86_2017 =
  'Permendagri 86/2017 (evaluasi kinerja RKPD/Renstra PD), tabel kriteria tingkat capaian kinerja; ' +
  'RUMUS.md §5';

/**
 * Preset band tables (skala predikat), RUMUS.md §5. Each carries `sumber`, `status` and, where
 * sources disagree or the printed table has gaps, a `catatan` saying how it was resolved. Intervals are
 * ordered from low to high; every preset is deeply frozen and its `id` is its key, so an option `skala`
 * may name it (`'PERMENDAGRI_54_2010'`). Build your own with {@link buatSkala}.
 *
 * - `PERMENDAGRI_86_2017_BATAS_BAWAH`: Sangat Tinggi ≥ 91, Tinggi ≥ 76, Sedang ≥ 66, Rendah ≥ 51,
 *   Sangat Rendah below — the printed integer edges read as lower bounds.
 * - `PERMENDAGRI_86_2017_BATAS_ATAS`: the same bands with the edges read as upper bounds (> 90, > 75,
 *   > 65, > 50). The two differ for values between the integers: 90,5 is Tinggi in one, Sangat Tinggi in
 *   the other.
 * - `PERMENDAGRI_54_2010`: Sangat baik > 90, Baik 75–90, Cukup 65–75, Kurang 50–65, Sangat kurang
 *   0–50, as Tabel 3.2 of the LKIP 2024 Dinsos Barito Kuala prints it (gaps resolved, see `catatan`).
 * - `TINGKAT_CAPAIAN`: Tidak tercapai < 100, Tercapai/Sesuai target = 100, Melebihi target > 100.
 * - `PERMENPANRB_88_2021`: evaluation of SAKIP, AA … D on 0–100.
 * - `IKPA`: Sangat Baik ≥ 95, Baik ≥ 89, Cukup ≥ 70, Kurang below; `IKPA_VARIAN_79`: Cukup from 79.
 * - `TAPIN_2022`: a district's own 4-band scale, Baik Sekali (BS) > 100 … Kurang (K) < 55.
 *
 * @example
 * ```ts
 * import { predikat, SKALA } from 'sakip';
 * predikat('90,5', SKALA.PERMENDAGRI_86_2017_BATAS_BAWAH).label; //=> 'Tinggi'
 * predikat('90,5', SKALA.PERMENDAGRI_86_2017_BATAS_ATAS).label; //=> 'Sangat Tinggi'
 * predikat(90, SKALA.PERMENDAGRI_54_2010).label; //=> 'Baik'
 * predikat('100,06', SKALA.TINGKAT_CAPAIAN).label; //=> 'Melebihi target'
 * predikat('80,03', SKALA.PERMENPANRB_88_2021).kode; //=> 'A'
 * predikat('62,80', SKALA.TAPIN_2022).kode; //=> 'C'
 * predikat(89, SKALA.IKPA).label; //=> 'Baik'
 * predikat(89, 'IKPA').label; //=> 'Baik'
 * SKALA.PERMENDAGRI_54_2010.status; //=> 'terverifikasi'
 * SKALA.TAPIN_2022.id; //=> 'TAPIN_2022'
 * Object.isFrozen(SKALA.TAPIN_2022.interval[0]); //=> true
 * predikat(89, 'IKPA_2099'); //!> ATURAN_TIDAK_DIKENAL
 * ```
 */
export const SKALA = bekukanPreset({
  PERMENDAGRI_86_2017_BATAS_BAWAH: buatSkala({
    id: 'PERMENDAGRI_86_2017_BATAS_BAWAH',
    nama: 'Permendagri 86/2017, tingkat capaian kinerja (batas bawah inklusif)',
    domain: {},
    interval: [
      { atas: 51, label: 'Sangat Rendah' },
      { bawah: 51, atas: 66, label: 'Rendah' },
      { bawah: 66, atas: 76, label: 'Sedang' },
      { bawah: 76, atas: 91, label: 'Tinggi' },
      { bawah: 91, label: 'Sangat Tinggi' },
    ],
    sumber: SUMBER_86_2017,
    status: 'sesuai-praktik',
    catatan:
      'Tabel dicetak dengan batas bilangan bulat (91–100, 76–90, 66–75, 51–65, ≤ 50), sehingga nilai di antara ' +
      'dua bilangan bulat (90,5) tidak tercakup. Konvensi ini membaca angka kiri sebagai batas bawah inklusif: ' +
      '≥ 91, ≥ 76, ≥ 66, ≥ 51. Konvensi lain: PERMENDAGRI_86_2017_BATAS_ATAS. Sebagian laporan memakai label ' +
      'Sangat Baik/Baik/Cukup/Kurang/Sangat Kurang. Domain terbuka: capaian rumus negatif "selisih" dapat negatif, ' +
      'dan capaian di atas 100 tetap Sangat Tinggi.',
  }),
  PERMENDAGRI_86_2017_BATAS_ATAS: buatSkala({
    id: 'PERMENDAGRI_86_2017_BATAS_ATAS',
    nama: 'Permendagri 86/2017, tingkat capaian kinerja (batas atas inklusif)',
    domain: {},
    interval: [
      { atas: 50, atasInklusif: true, label: 'Sangat Rendah' },
      { bawah: 50, bawahInklusif: false, atas: 65, atasInklusif: true, label: 'Rendah' },
      { bawah: 65, bawahInklusif: false, atas: 75, atasInklusif: true, label: 'Sedang' },
      { bawah: 75, bawahInklusif: false, atas: 90, atasInklusif: true, label: 'Tinggi' },
      { bawah: 90, bawahInklusif: false, label: 'Sangat Tinggi' },
    ],
    sumber: SUMBER_86_2017,
    status: 'sesuai-praktik',
    catatan:
      'Konvensi batas atas inklusif: > 90, > 75, > 65, > 50 (≤ 50 Sangat Rendah). Berbeda dari ' +
      'PERMENDAGRI_86_2017_BATAS_BAWAH untuk nilai di antara bilangan bulat: 90,5 di sini Sangat Tinggi, di sana ' +
      'Tinggi. Nilai bulat (90, 91, 76 …) mendapat predikat yang sama pada kedua konvensi.',
  }),
  PERMENDAGRI_54_2010: buatSkala({
    id: 'PERMENDAGRI_54_2010',
    nama: 'Permendagri 54/2010, predikat capaian kinerja (seperti dicetak LKIP 2024 Dinsos Barito Kuala)',
    domain: { bawah: 0 },
    interval: [
      { bawah: 0, atas: 50, label: 'Sangat kurang' },
      { bawah: 50, atas: 65, label: 'Kurang' },
      { bawah: 65, atas: 75, label: 'Cukup' },
      { bawah: 75, atas: 90, atasInklusif: true, label: 'Baik' },
      { bawah: 90, bawahInklusif: false, label: 'Sangat baik' },
    ],
    sumber: 'LKIP 2024 Dinas Sosial Kabupaten Barito Kuala, Tabel 3.2 (pendekatan Permendagri 54/2010)',
    status: 'terverifikasi',
    catatan:
      'Tercetak: Sangat baik > 90; Baik 75 – 89,99; Cukup 65 – 74,99; Kurang 50 – 64,99; Sangat kurang 0 – 49,99. ' +
      'Dibaca harfiah tabel itu bercelah: (49,99; 50), (64,99; 65), (74,99; 75) dan (89,99; 90] — termasuk nilai ' +
      'tepat 90,00. Penyelesaian: batas "x,99" dibaca "di bawah batas bawah pita berikutnya" (Kurang = [50; 65), ' +
      'dst.), dan karena "> 90" tegas, 90 sendiri masuk Baik: Baik = [75; 90]. Semua nilai 2 desimal yang tercakup ' +
      'tabel cetak mendapat predikat yang sama. Domain [0; ∞): capaian dapat melebihi 100 (134,32 Sangat baik), ' +
      'nilai negatif (rumus negatif "selisih") di luar tabel ini. Laporan itu sendiri memberi 55,72 predikat ' +
      'Kurang (Tabel 3.1.4) tetapi menghitungnya di Sangat kurang (Tabel 3.1.3): yang kedua keliru.',
  }),
  TINGKAT_CAPAIAN: buatSkala({
    id: 'TINGKAT_CAPAIAN',
    nama: 'Tingkat ketercapaian target (3 pita)',
    domain: {},
    interval: [
      { atas: 100, label: 'Tidak tercapai' },
      { bawah: 100, atas: 100, atasInklusif: true, label: 'Tercapai/Sesuai target' },
      { bawah: 100, bawahInklusif: false, label: 'Melebihi target' },
    ],
    sumber: 'LKIP 2024 Dinas Sosial Kabupaten Barito Kuala, Tabel 3.1 (pendekatan Permendagri 86/2017)',
    status: 'terverifikasi',
    catatan:
      'Laporan membandingkan nilai yang dicetak: pakai opsi pembulatan (mis. { desimal: 2 }) agar 99,996 yang ' +
      'dicetak 100,00 menjadi "Tercapai/Sesuai target". 100,06 (100,0696 dipotong) adalah Melebihi target.',
  }),
  PERMENPANRB_88_2021: buatSkala({
    id: 'PERMENPANRB_88_2021',
    nama: 'PermenPAN-RB 88/2021, predikat evaluasi SAKIP',
    domain: { bawah: 0, atas: 100, atasInklusif: true },
    interval: [
      { bawah: 0, atas: 30, atasInklusif: true, label: 'Sangat Kurang', kode: 'D' },
      { bawah: 30, bawahInklusif: false, atas: 50, atasInklusif: true, label: 'Kurang', kode: 'C' },
      { bawah: 50, bawahInklusif: false, atas: 60, atasInklusif: true, label: 'Cukup (Memadai)', kode: 'CC' },
      { bawah: 60, bawahInklusif: false, atas: 70, atasInklusif: true, label: 'Baik', kode: 'B' },
      { bawah: 70, bawahInklusif: false, atas: 80, atasInklusif: true, label: 'Sangat Baik', kode: 'BB' },
      { bawah: 80, bawahInklusif: false, atas: 90, atasInklusif: true, label: 'Memuaskan', kode: 'A' },
      {
        bawah: 90,
        bawahInklusif: false,
        atas: 100,
        atasInklusif: true,
        label: 'Sangat Memuaskan',
        kode: 'AA',
      },
    ],
    sumber: 'PermenPAN-RB 88/2021 tentang Evaluasi Akuntabilitas Kinerja Instansi Pemerintah; RUMUS.md §5',
    status: 'sesuai-praktik',
    catatan:
      'Tercetak "> 90–100", "> 80–90" …, "0–30": batas bawah eksklusif, batas atas inklusif. Sebagian aplikasi ' +
      'memakai ≥; keduanya hanya berbeda tepat di 30, 50, 60, 70, 80 dan 90. Terverifikasi pada laporan: ' +
      '71,91 → BB, 80,03 → A.',
  }),
  IKPA: buatSkala({
    id: 'IKPA',
    nama: 'IKPA (Indikator Kinerja Pelaksanaan Anggaran), kategori nilai',
    domain: { bawah: 0, atas: 100, atasInklusif: true },
    interval: [
      { bawah: 0, atas: 70, label: 'Kurang' },
      { bawah: 70, atas: 89, label: 'Cukup' },
      { bawah: 89, atas: 95, label: 'Baik' },
      { bawah: 95, atas: 100, atasInklusif: true, label: 'Sangat Baik' },
    ],
    sumber: 'Kemenkeu DJPb, praktik penilaian IKPA (PER-5/PB/2022); RUMUS.md §5',
    status: 'sesuai-praktik',
    catatan:
      'Sangat Baik ≥ 95; Baik ≥ 89; Cukup ≥ 70; Kurang < 70 (batas bawah inklusif). Varian dengan Cukup mulai 79: ' +
      'IKPA_VARIAN_79.',
  }),
  IKPA_VARIAN_79: buatSkala({
    id: 'IKPA_VARIAN_79',
    nama: 'IKPA, kategori nilai (varian Cukup ≥ 79)',
    domain: { bawah: 0, atas: 100, atasInklusif: true },
    interval: [
      { bawah: 0, atas: 79, label: 'Kurang' },
      { bawah: 79, atas: 89, label: 'Cukup' },
      { bawah: 89, atas: 95, label: 'Baik' },
      { bawah: 95, atas: 100, atasInklusif: true, label: 'Sangat Baik' },
    ],
    sumber: 'RUMUS.md §5: varian IKPA yang memakai 79 untuk Cukup',
    status: 'belum-terverifikasi',
    catatan: 'Hanya dikenal dari praktik; teks peraturannya belum diperiksa. Pakai IKPA bila ragu.',
  }),
  TAPIN_2022: buatSkala({
    id: 'TAPIN_2022',
    nama: 'Skala capaian Kabupaten Tapin 2022 (4 pita)',
    domain: {},
    interval: [
      { atas: 55, label: 'Kurang', kode: 'K' },
      { bawah: 55, atas: 75, atasInklusif: true, label: 'Cukup', kode: 'C' },
      { bawah: 75, bawahInklusif: false, atas: 100, atasInklusif: true, label: 'Baik', kode: 'B' },
      { bawah: 100, bawahInklusif: false, label: 'Baik Sekali', kode: 'BS' },
    ],
    sumber: 'LKjIP 2022 Kabupaten Tapin; RUMUS.md §5',
    status: 'terverifikasi',
    catatan:
      'Skala daerah sendiri, contoh bahwa skala lokal harus mudah dibuat. Terverifikasi: 62,80 → C, 100 → B, ' +
      '81,40 → B, 126,67 → BS, 25 → K.',
  }),
});

/**
 * Reads an option `skala` (internal; the one way every module picks a band table): the id of a preset
 * of {@link SKALA}, a table made by {@link buatSkala}, or a definition — validated (and ordered) here,
 * on every use, since a caller's object may change between calls.
 *
 * @throws {SakipError} `ATURAN_TIDAK_DIKENAL` for an unknown id, `ATURAN_TIDAK_VALID` /
 * `SKALA_TIDAK_MEMPARTISI` for a definition that is not a sound table.
 */
export function pilihSkala(pilihan: unknown): Skala {
  return pilihAturan(JENIS_SKALA, SKALA, pilihan);
}
