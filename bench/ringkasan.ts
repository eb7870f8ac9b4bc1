// The closing summary of `npm run bench`: one row per headline measurement of every module, taken from
// what the bench files already measured (every `bandingkan` is recorded in `pengukuran`, bench/alat.ts)
// — sakip's time, its ratio to the plain-number loop and to naive decimal.js, and the goal the issues
// set, checked. A module with no row listed here gets one row per measurement, its baselines found by
// name. Timings are printed, never asserted.
import type { HasilVarian, Pengukuran } from './alat.js';

/** One headline row: which measurement, which variants, and the goal if an issue set one. */
export interface BarisRingkasan {
  modul: string;
  /** What is measured, for the reader. */
  apa: string;
  /** Picks the measurement by its `bandingkan` title. */
  judul: RegExp;
  /** Part of the name of the sakip variant (default: the first variant, the one under test). */
  sakip?: string;
  /** Part of the name of the plain-number variant. */
  number?: string;
  /** Part of the name of the naive decimal.js variant. */
  naif?: string;
  /** The goal: sakip's time at most `maks` × the time of the variant named by `acuan`. */
  sasaran?: { acuan: string; maks: number; teks: string };
}

/** The headline rows, in module order (goals: issues 2, 4, 9 and 10, as the bench files cite them). */
export const BARIS_RINGKASAN: readonly BarisRingkasan[] = [
  {
    modul: 'angka',
    apa: "parseAngka, 100.000 teks laporan (format 'otomatis')",
    judul: /^parseAngka$/,
    sakip: "format 'otomatis'",
    number: 'number (Number + replace)',
    naif: 'decimal.js naif (replace + new Decimal)',
  },
  {
    modul: 'angka',
    apa: 'keDecimal(number), 100.000 bilangan',
    judul: /^keDecimal$/,
    sakip: 'keDecimal(number)',
    naif: 'decimal.js naif new Decimal(number)',
  },
  {
    modul: 'angka',
    apa: 'formatAngka, 100.000 angka 40 digit (acuan: toFixed)',
    judul: /^formatAngka/,
    naif: 'decimal.js toFixed',
  },
  {
    modul: 'capaian',
    apa: 'capaian(), satu panggilan per butir (10.000)',
    judul: /^satu panggilan capaian\(\)/,
    number: 'number: r / t × 100',
    naif: 'decimal.js naif, klon 40 digit',
    sasaran: { acuan: 'decimal.js naif, klon 40 digit', maks: 0.5, teks: '≤ 0,5× decimal.js naif' },
  },
  {
    modul: 'capaian',
    apa: 'capaianMassal, capaian + predikat (irisan 100.000)',
    judul: /^capaian \+ predikat/,
    sakip: 'sakip capaianMassal (jalur',
    number: 'number: r / t × 100',
    naif: 'decimal.js naif, klon 40 digit',
    sasaran: { acuan: 'decimal.js naif, klon 40 digit', maks: 0.02, teks: '≤ 0,02× decimal.js naif' },
  },
  {
    modul: 'anggaran',
    apa: 'rekapAnggaran, pohon 100.101 simpul',
    judul: /^rekapAnggaran \(/,
    number: 'number (rekursif)',
    naif: 'decimal.js naif, pohon hasil disimpan',
    sasaran: {
      acuan: 'decimal.js naif, pohon hasil disimpan',
      maks: 1,
      teks: '≤ 1× decimal.js naif (hasil sama)',
    },
  },
  {
    modul: 'anggaran',
    apa: 'efisiensi (bentuk Σ), 100.000 butir',
    judul: /^efisiensi \(bentuk/,
    number: 'number',
    naif: 'decimal.js naif (E tiap butir)',
  },
  {
    modul: 'skm',
    apa: 'skm, responden × 9 unsur (sepersepuluh N, dengan naif)',
    judul: /dengan decimal\.js naif$/,
    sakip: 'sakip skm',
    number: 'number',
    naif: 'decimal.js naif',
  },
  {
    modul: 'skm',
    apa: 'AkumulatorSkm, baris dari generator (N responden)',
    judul: /^SKM .* unsur$/,
    sakip: 'AkumulatorSkm (baris dari generator)',
    number: 'number',
  },
  {
    modul: 'skm',
    apa: 'ikmGabungan (teks, dibaca di batas)',
    judul: /^IKM gabungan/,
    sakip: 'sakip ikmGabungan (teks',
    number: 'number',
  },
  {
    modul: 'ikpa',
    apa: 'ikpa PER_5_PB_2022, 10.000 satker',
    judul: /^ikpa \(/,
    sakip: 'sakip ikpa',
    number: 'number (loop berbobot)',
    naif: 'decimal.js naif (loop berbobot)',
  },
  {
    modul: 'ikpa',
    apa: 'nilaiKinerjaAnggaran, 10.000 pasangan',
    judul: /^nilaiKinerjaAnggaran/,
    number: 'number',
    naif: 'decimal.js naif',
  },
  {
    modul: 'laporan',
    apa: 'hitungLaporan menolak realisasi 10⁵ digit',
    judul: /^hitungLaporan: laporan contoh/,
    sakip: 'realisasi 10⁵ digit (ditolak)',
    sasaran: { acuan: 'laporan contoh (dihitung)', maks: 2, teks: '≈ laporan biasa (≤ 2×)' },
  },
  {
    modul: 'laporan',
    apa: 'hitungLaporan menolak eksponen 10⁹',
    judul: /^hitungLaporan: laporan contoh/,
    sakip: 'realisasi eksponen 10⁹ (ditolak)',
    sasaran: { acuan: 'laporan contoh (dihitung)', maks: 2, teks: '≈ laporan biasa (≤ 2×)' },
  },
  {
    modul: 'audit',
    apa: 'auditLaporan, 10.000 angka tercetak (objek JSON)',
    judul: /^auditLaporan terhadap hitungLaporan/,
    sakip: 'auditLaporan (objek JSON)',
    sasaran: { acuan: 'hitungLaporan (objek JSON)', maks: 3, teks: '≤ 3× hitungLaporan' },
  },
];

/** One printed row. */
export interface IsiRingkasan {
  modul: string;
  apa: string;
  ms: number;
  rasioNumber: number;
  rasioNaif: number;
  sasaran: string;
  /** sakip ÷ the goal's baseline, NaN when there is no goal. */
  rasioSasaran: number;
  lulus: boolean | undefined;
}

const cari = (hasil: readonly HasilVarian[], bagian: string | undefined) =>
  bagian === undefined ? undefined : hasil.find((h) => h.nama.includes(bagian));

function isi(baris: BarisRingkasan, p: Pengukuran | undefined): IsiRingkasan {
  const hasil = p?.hasil ?? [];
  const sakip = baris.sakip === undefined ? hasil[0] : cari(hasil, baris.sakip);
  const ms = sakip?.ms ?? Number.NaN;
  const per = (v: HasilVarian | undefined) => (v ? ms / v.ms : Number.NaN);
  const acuan = cari(hasil, baris.sasaran?.acuan);
  const rasioSasaran = baris.sasaran ? per(acuan) : Number.NaN;
  return {
    modul: baris.modul,
    apa: p ? baris.apa : `${baris.apa} — UKURAN TIDAK DITEMUKAN`,
    ms,
    rasioNumber: per(cari(hasil, baris.number)),
    rasioNaif: per(cari(hasil, baris.naif)),
    sasaran: baris.sasaran?.teks ?? '',
    rasioSasaran,
    lulus: baris.sasaran && !Number.isNaN(rasioSasaran) ? rasioSasaran <= baris.sasaran.maks : undefined,
  };
}

/**
 * The summary rows for what ran: the headline rows of the modules that ran, then, for a module with
 * no headline row, one row per measurement (baselines: the variant named `number…` and the one named
 * `decimal.js naif…`).
 */
export function barisRingkasan(
  semua: readonly Pengukuran[],
  daftar: readonly BarisRingkasan[] = BARIS_RINGKASAN,
): IsiRingkasan[] {
  // In the order of the headline rows (angka … audit), modules without one after them.
  const urutan = [...new Set(daftar.map((b) => b.modul))];
  const posisi = (m: string) => (urutan.includes(m) ? urutan.indexOf(m) : urutan.length);
  const berjalan = [...new Set(semua.map((p) => p.modul))].sort((a, b) => posisi(a) - posisi(b));
  const hasil: IsiRingkasan[] = [];
  for (const modul of berjalan) {
    const baris = daftar.filter((b) => b.modul === modul);
    const milik = semua.filter((p) => p.modul === modul);
    if (baris.length > 0) {
      for (const b of baris)
        hasil.push(
          isi(
            b,
            milik.find((p) => b.judul.test(p.judul)),
          ),
        );
      continue;
    }
    for (const p of milik) {
      const number = p.hasil.find((h) => h.nama.startsWith('number'))?.nama;
      const naif = p.hasil.find((h) => h.nama.startsWith('decimal.js naif'))?.nama;
      hasil.push(isi({ modul, apa: p.judul, judul: /(?:)/, number, naif }, p));
    }
  }
  return hasil;
}

const angka = (x: number, digit = 3) =>
  Number.isNaN(x)
    ? '—'
    : x >= 100
      ? Math.round(x).toLocaleString('id-ID')
      : x.toLocaleString('id-ID', { maximumSignificantDigits: digit });

const rasio = (x: number) => (Number.isNaN(x) ? '—' : `${angka(x)}×`);

/** The summary as a Markdown table (readable in a terminal, pastable into an issue). */
export function tabelRingkasan(baris: readonly IsiRingkasan[]): string {
  const kepala = ['modul', 'ukuran', 'sakip ms', '÷ number', '÷ decimal.js naif', 'sasaran', 'hasil'];
  const sel = baris.map((b) => [
    b.modul,
    b.apa,
    angka(b.ms),
    rasio(b.rasioNumber),
    rasio(b.rasioNaif),
    b.sasaran,
    b.lulus === undefined ? '' : `${rasio(b.rasioSasaran)} ${b.lulus ? '✓' : '✗ TIDAK TERCAPAI'}`,
  ]);
  const lebar = kepala.map((k, i) => Math.max(k.length, ...sel.map((s) => (s[i] ?? '').length)));
  const tulis = (s: string[]) => `| ${s.map((x, i) => x.padEnd(lebar[i] ?? 0)).join(' | ')} |`;
  return [tulis(kepala), tulis(lebar.map((l) => '-'.repeat(l))), ...sel.map(tulis)].join('\n');
}
