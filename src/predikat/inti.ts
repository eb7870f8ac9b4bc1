// Core of the predikat module (internal): partition findings, ordering, and the lookup on a validated
// table. Takes trusted values only; never validates again.
import type { Decimal } from '../angka/Decimal.js';
import type { Masalah } from '../galat/SakipError.js';
import { SakipError } from '../galat/SakipError.js';
import {
  atasDari,
  bandingkanAtas,
  bandingkanBawah,
  bawahDari,
  irisan,
  memuat,
  type Rentang,
  rentang,
  sebelum,
  setelah,
  tidakKosong,
  tulisRentang,
  type Ujung,
} from './interval.js';
import type { DomainSkala, IntervalSkala, Skala } from './Skala.js';

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

/** Every defect of a parsed band-table payload; empty when the bands partition the domain. */
export function temuanSkala(isi: { domain: DomainSkala; interval: readonly IntervalSkala[] }): TemuanSkala[] {
  const temuan: TemuanSkala[] = [];
  const domain: Rentang = isi.domain;
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
  isi.interval.forEach((iv, i) => {
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

  // Overlaps: every pair (a table has at most 100 bands), so that three intervals over one point give
  // three findings by name.
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

/** A finding as a problem of the definition, with its path (`interval[2]`, `domain`, `interval`). */
export function masalahTemuan(t: TemuanSkala): Masalah {
  const lokasi =
    t.jenis === 'domain-kosong'
      ? 'domain'
      : t.interval[0] === undefined
        ? 'interval'
        : `interval[${t.interval[0]}]`;
  return { lokasi, pesan: t.pesan, kode: 'SKALA_TIDAK_MEMPARTISI' };
}

/** The bands ordered from low to high (a new array; the bands themselves are not copied). */
export function urutkanInterval<T extends IntervalSkala>(interval: readonly T[]): T[] {
  return [...interval].sort((a, b) => bandingkanBawah(bawahDari(a), bawahDari(b)));
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

/** The band a value falls in (hasil predikat). A fresh object: it never shares the table's objects. */
export interface HasilPredikat {
  /** The predikat, as the table prints it. */
  label: string;
  /** Its code, if the table has one. */
  kode: string | undefined;
  /** A copy of the band's interval, as in the table. */
  interval: IntervalSkala;
  /** The interval written out, e.g. `(90; ∞)`. */
  rentang: string;
  /** Position of the band from the lowest (0) up: a higher value never gets a lower `peringkat`. */
  peringkat: number;
  /** The value compared: the exact value, or the rounded one under the option `pembulatan`. */
  nilai: Decimal;
  /** The id of the table. */
  skala: string;
}

/**
 * The label of the band holding `x` in a validated table, or null outside its domain (internal: the
 * audit bands thousands of values and needs only the label).
 */
export function labelPredikatInti(x: Decimal, skala: Skala): string | null {
  if (!memuat(skala.domain, x)) return null;
  const semua = skala.interval;
  let i = 0;
  while (i < semua.length - 1 && !memuat(semua[i]!, x)) i++;
  return semua[i]!.label;
}

/**
 * {@link predikat} on trusted values (internal core): the band of a validated table holding `x`.
 *
 * @throws {SakipError} `PREDIKAT_DI_LUAR_DOMAIN` for a value outside the table's domain.
 */
export function predikatInti(x: Decimal, skala: Skala): HasilPredikat {
  if (!memuat(skala.domain, x)) {
    throw new SakipError(
      'PREDIKAT_DI_LUAR_DOMAIN',
      `Nilai ${x.toString()} di luar domain skala "${skala.nama}" ${tulisRentang(skala.domain)}.`,
      { masukan: x.toString() },
    );
  }
  // The bands partition the domain (checked when the table was made): exactly one holds x.
  const semua = skala.interval;
  let peringkat = 0;
  while (peringkat < semua.length - 1 && !memuat(semua[peringkat]!, x)) peringkat++;
  const pita = semua[peringkat]!;
  return {
    label: pita.label,
    kode: pita.kode,
    interval: { ...pita },
    rentang: tulisRentang(pita),
    peringkat,
    nilai: x,
    skala: skala.id,
  };
}
