import { SakipError } from '../galat/SakipError.js';
import {
  atasDari,
  bandingkanAtas,
  bandingkanBawah,
  bawahDari,
  irisan,
  type Rentang,
  rentang,
  sebelum,
  setelah,
  tidakKosong,
  tulisRentang,
  type Ujung,
} from './interval.js';
import { Skala } from './Skala.js';

/**
 * One defect of a band table (temuan skala), found by {@link periksaSkala}:
 * - `'domain-kosong'`: the domain holds no number;
 * - `'interval-kosong'`: an interval holds no number (`bawah` above `atas`, or a point not closed);
 * - `'di-luar-domain'`: part of an interval lies outside the domain;
 * - `'celah'`: numbers of the domain that no interval covers (a gap);
 * - `'tumpang-tindih'`: numbers two intervals both cover (an overlap).
 */
export interface TemuanSkala {
  jenis: 'domain-kosong' | 'interval-kosong' | 'di-luar-domain' | 'celah' | 'tumpang-tindih';
  /** The numbers concerned, e.g. `(89,99; 90]`. */
  rentang: string;
  /** Positions (0-based, in the order given) of the intervals concerned; empty for a gap or the domain. */
  interval: number[];
  /** The labels of those intervals. */
  label: string[];
  /** The finding in one Indonesian sentence. */
  pesan: string;
}

/**
 * Parses a band-table definition against the {@link Skala} schema, raising `SKALA_TIDAK_VALID`.
 * Internal: shared by {@link periksaSkala} and {@link buatSkala}.
 */
export function uraiSkala(definisi: unknown): Skala {
  const hasil = Skala.safeParse(definisi);
  if (!hasil.success) {
    const rincian = hasil.error.issues.map((i) => `${i.path.join('.') || '(akar)'}: ${i.message}`).join('; ');
    const pertama = hasil.error.issues[0]?.path.join('.');
    throw new SakipError('SKALA_TIDAK_VALID', `Skala tidak valid — ${rincian}.`, {
      masukan: definisi,
      ...(pertama ? { lokasi: pertama } : {}),
    });
  }
  return hasil.data;
}

/**
 * Checks that the intervals of a band table partition its domain (periksa skala): every number of the
 * domain in exactly one interval. Returns every defect — each gap, each overlapping pair, each empty
 * interval and each part outside the domain — by its interval; an empty list means the table is sound.
 * {@link buatSkala} refuses a table with findings.
 *
 * @throws {SakipError} `SKALA_TIDAK_VALID` if the definition does not have the shape of a {@link Skala}.
 *
 * @example
 * ```ts
 * import { periksaSkala } from 'sakip';
 * // Tabel 3.2 of the LKIP 2024 Dinsos Barito Kuala, read literally:
 * const temuan = periksaSkala({
 *   nama: 'Permendagri 54/2010 seperti tercetak',
 *   domain: { bawah: 0 },
 *   interval: [
 *     { bawah: 90, bawahInklusif: false, label: 'Sangat baik' },
 *     { bawah: 75, atas: '89,99', atasInklusif: true, label: 'Baik' },
 *     { bawah: 65, atas: '74,99', atasInklusif: true, label: 'Cukup' },
 *     { bawah: 50, atas: '64,99', atasInklusif: true, label: 'Kurang' },
 *     { bawah: 0, atas: '49,99', atasInklusif: true, label: 'Sangat kurang' },
 *   ],
 *   sumber: 'LKIP 2024 Dinsos Barito Kuala, Tabel 3.2',
 *   status: 'terverifikasi',
 * });
 * temuan.map((t) => `${t.jenis} ${t.rentang}`); //=> ['celah (49,99; 50)', 'celah (64,99; 65)', 'celah (74,99; 75)', 'celah (89,99; 90]']
 * ```
 */
export function periksaSkala(definisi: unknown): TemuanSkala[] {
  const skala = uraiSkala(definisi);
  const temuan: TemuanSkala[] = [];
  const domain: Rentang = skala.domain;
  const domainBawah = bawahDari(domain);
  const domainAtas = atasDari(domain);
  if (!tidakKosong(domainBawah, domainAtas)) {
    temuan.push({
      jenis: 'domain-kosong',
      rentang: tulisRentang(domain),
      interval: [],
      label: [],
      pesan: `Domain ${tulisRentang(domain)} tidak memuat satu bilangan pun.`,
    });
    return temuan;
  }

  const sah: { i: number; r: Rentang; label: string }[] = [];
  skala.interval.forEach((iv, i) => {
    if (!tidakKosong(bawahDari(iv), atasDari(iv))) {
      temuan.push({
        jenis: 'interval-kosong',
        rentang: tulisRentang(iv),
        interval: [i],
        label: [iv.label],
        pesan: `Interval ke-${i + 1} "${iv.label}" ${tulisRentang(iv)} tidak memuat satu bilangan pun.`,
      });
      return;
    }
    for (const luar of bagianLuar(iv, domainBawah, domainAtas)) {
      temuan.push({
        jenis: 'di-luar-domain',
        rentang: tulisRentang(luar),
        interval: [i],
        label: [iv.label],
        pesan: `Interval ke-${i + 1} "${iv.label}" melewati domain ${tulisRentang(domain)}: ${tulisRentang(luar)}.`,
      });
    }
    sah.push({ i, r: iv, label: iv.label });
  });

  // Overlaps: every pair, so that three intervals over one point give three findings by name.
  for (let p = 0; p < sah.length; p++) {
    for (let q = p + 1; q < sah.length; q++) {
      const a = sah[p]!;
      const b = sah[q]!;
      const sama = irisan(a.r, b.r);
      if (!sama) continue;
      temuan.push({
        jenis: 'tumpang-tindih',
        rentang: tulisRentang(sama),
        interval: [a.i, b.i],
        label: [a.label, b.label],
        pesan:
          `Interval ke-${a.i + 1} "${a.label}" dan ke-${b.i + 1} "${b.label}" sama-sama memuat ` +
          `${tulisRentang(sama)}.`,
      });
    }
  }

  // Gaps: walk the intervals from low to high, keeping where coverage stops.
  const urut = [...sah].sort((a, b) => bandingkanBawah(bawahDari(a.r), bawahDari(b.r)));
  let mulai: Ujung | null = domainBawah; // first number not yet covered (null: all covered up to +∞)
  const celah = (akhir: Ujung | null) => {
    if (mulai === null || akhir === null) return;
    const batasAkhir = bandingkanAtas(akhir, domainAtas) <= 0 ? akhir : domainAtas;
    if (!tidakKosong(mulai, batasAkhir)) return;
    const r = rentang(mulai, batasAkhir);
    temuan.push({
      jenis: 'celah',
      rentang: tulisRentang(r),
      interval: [],
      label: [],
      pesan: `Tidak ada interval yang memuat ${tulisRentang(r)}.`,
    });
  };
  for (const { r } of urut) {
    celah(sebelum(bawahDari(r)));
    const lanjut = setelah(atasDari(r));
    if (mulai !== null && (lanjut === null || bandingkanBawah(lanjut, mulai) > 0)) mulai = lanjut;
  }
  celah(domainAtas);
  return temuan;
}

/** The parts of an interval outside the domain (below it, above it). */
function bagianLuar(iv: Rentang, domainBawah: Ujung, domainAtas: Ujung): Rentang[] {
  const hasil: Rentang[] = [];
  const b = bawahDari(iv);
  const a = atasDari(iv);
  const sebelumDomain = sebelum(domainBawah);
  if (sebelumDomain) {
    const akhir = bandingkanAtas(a, sebelumDomain) <= 0 ? a : sebelumDomain;
    if (tidakKosong(b, akhir)) hasil.push(rentang(b, akhir));
  }
  const setelahDomain = setelah(domainAtas);
  if (setelahDomain) {
    const awal = bandingkanBawah(b, setelahDomain) >= 0 ? b : setelahDomain;
    if (tidakKosong(awal, a)) hasil.push(rentang(awal, a));
  }
  return hasil;
}
