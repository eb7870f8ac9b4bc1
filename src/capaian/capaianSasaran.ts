import {
  buatKebijakanPembulatan,
  type HasilPembulatan,
  KEBIJAKAN_PEMBULATAN,
  type KebijakanPembulatan,
  pembulatan,
} from '../angka/kebijakanPembulatan.js';
import type { Angka } from '../angka/keDecimal.js';
import { bacaOpsi } from '../galat/masukan.js';
import { SakipError } from '../galat/SakipError.js';
import { Sasaran, type SasaranMasukan } from '../model/Indikator.js';
import { bacaModel } from '../model/Laporan.js';
import { type HasilPredikat, predikat } from '../predikat/predikat.js';
import type { Skala } from '../predikat/Skala.js';
import {
  type AlasanTidakDapatDihitung,
  type HasilIndikator,
  hitungIndikator,
  type IndikatorDihitung,
  type OpsiHitungIndikator,
} from './hitungIndikator.js';
import { tulis, tulisPembulatan } from './langkah.js';
import { rataRata } from './rataRata.js';

/** Options of {@link rataRataCapaian}. */
export interface OpsiRataRataCapaian {
  /** Rounding policy: its `rataRata` rule gives the printed mean. Default: nothing rounded. */
  kebijakan?: KebijakanPembulatan;
  /**
   * Leave out indicators whose realisasi is not known yet (`'realisasi-kosong'`), as one report does —
   * and say so in `dilewati`. Off by default: then such an indicator makes the mean not computable.
   */
  lewatiBelumDiketahui?: boolean;
  /** Weights by indicator id, for a weighted mean (a local variant); default: simple mean. */
  bobot?: Readonly<Record<string, Angka>>;
  /** Band table for the predikat of the printed mean. */
  skala?: Skala;
}

/** An indicator left out of or blocking a mean, with its reason. */
export interface IndikatorTerlewat {
  id: string;
  alasan: AlasanTidakDapatDihitung;
  pesan: string;
}

/** A mean of capaian, computed (rata-rata capaian dihitung). */
export interface RataRataCapaianDihitung {
  status: 'dihitung';
  /** The mean of the indicators' capaian (each as the policy passes it on: truncated under POTONG). */
  capaian: HasilPembulatan;
  predikat: HasilPredikat | undefined;
  /** Mean of the targets and of the realisasi, as the TOTAL row of a report prints them. */
  rataRataTarget: HasilPembulatan;
  rataRataRealisasi: HasilPembulatan;
  /** Ids of the indicators in the mean. */
  dipakai: string[];
  /** Indicators left out (only with `lewatiBelumDiketahui`), and why. */
  dilewati: IndikatorTerlewat[];
  langkah: string[];
}

/** A mean of capaian that cannot be computed, naming the indicators that block it. */
export interface RataRataCapaianTidakDapatDihitung {
  status: 'tidak-dapat-dihitung';
  pesan: string;
  /** The indicators that could not be computed. */
  tidakDapatDihitung: IndikatorTerlewat[];
  dilewati: IndikatorTerlewat[];
  langkah: string[];
}

/** Result of {@link rataRataCapaian}. */
export type HasilRataRataCapaian = RataRataCapaianDihitung | RataRataCapaianTidakDapatDihitung;

/**
 * Mean capaian of evaluated indicators (rata-rata capaian) — a sasaran's capaian, or a report's
 * "rata-rata capaian IKU". Each indicator enters with the capaian its policy passes on (the printed,
 * truncated value under `POTONG`, as the sample report does), and the mean is printed under the
 * policy's `rataRata` rule. Indicators not yet known are left out only when asked, and listed.
 *
 * @throws {SakipError} `RATA_RATA_KOSONG` for no indicators, `RATA_RATA_BOBOT_TIDAK_VALID` for a
 * missing or invalid weight.
 *
 * @example
 * ```ts
 * import { hitungIndikator, KEBIJAKAN_PEMBULATAN, rataRataCapaian } from 'sakip';
 * const kebijakan = KEBIJAKAN_PEMBULATAN.POTONG;
 * const iku = [
 *   { id: 'IKU-1', nama: 'PPKS terpenuhi kebutuhan dasarnya', target: '69,02', realisasi: '92,71' },
 *   { id: 'IKU-2', nama: 'PPKS mampu berusaha', target: '1,31', realisasi: '0,73' },
 *   { id: 'IKU-3', nama: 'Nilai SAKIP Dinsos', target: '71,86', realisasi: '71,91' },
 * ].map((i) => hitungIndikator(i, { kebijakan }));
 * const rata = rataRataCapaian(iku, { kebijakan });
 * rata.status === 'dihitung' && rata.capaian.tampil; //=> '96.7'
 * rata.status === 'dihitung' && [rata.rataRataTarget.tampil, rata.rataRataRealisasi.tampil]; //=> ['47.39', '55.11']
 * ```
 */
export function rataRataCapaian(
  hasil: readonly HasilIndikator[],
  opsiMasukan?: OpsiRataRataCapaian,
): HasilRataRataCapaian {
  const opsi = bacaOpsi(opsiMasukan, 'rataRataCapaian', 'CAPAIAN_OPSI_TIDAK_VALID');
  if (!Array.isArray(hasil) || hasil.length === 0) {
    throw new SakipError('RATA_RATA_KOSONG', 'Rata-rata capaian butuh sedikitnya satu indikator.', {
      masukan: hasil,
    });
  }
  hasil.forEach((h, i) => {
    // Results of hitungIndikator only: anything else would fail deep inside.
    const bentukSah =
      typeof h === 'object' &&
      h !== null &&
      (h.status === 'tidak-dapat-dihitung' ||
        (h.status === 'dihitung' &&
          (h.capaian?.lanjut as { toStringTag?: unknown } | undefined)?.toStringTag === '[object Decimal]'));
    if (!bentukSah) {
      throw new SakipError('MASUKAN_TIDAK_VALID', `Butir ${i} bukan hasil hitungIndikator.`, {
        masukan: h,
        lokasi: `[${i}]`,
      });
    }
  });
  const kebijakan =
    opsi.kebijakan === undefined ? KEBIJAKAN_PEMBULATAN.TEPAT : buatKebijakanPembulatan(opsi.kebijakan);
  const langkah: string[] = [];
  const dipakai: IndikatorDihitung[] = [];
  const dilewati: IndikatorTerlewat[] = [];
  const gagal: IndikatorTerlewat[] = [];
  for (const h of hasil) {
    if (h.status === 'dihitung') dipakai.push(h);
    else if (opsi.lewatiBelumDiketahui && h.alasan === 'realisasi-kosong') {
      dilewati.push({ id: h.id, alasan: h.alasan, pesan: h.pesan });
      langkah.push(`Indikator ${h.id} dilewati: ${h.pesan}`);
    } else gagal.push({ id: h.id, alasan: h.alasan, pesan: h.pesan });
  }
  if (gagal.length > 0 || dipakai.length === 0) {
    const pesan =
      gagal.length > 0
        ? `Rata-rata tidak dapat dihitung: ${gagal.map((g) => `${g.id} (${g.pesan})`).join('; ')}` +
          `${gagal.some((g) => g.alasan === 'realisasi-kosong') ? ' — pakai lewatiBelumDiketahui untuk melewati realisasi yang belum diketahui.' : ''}`
        : 'Rata-rata tidak dapat dihitung: semua indikator dilewati.';
    langkah.push(pesan);
    return { status: 'tidak-dapat-dihitung', pesan, tidakDapatDihitung: gagal, dilewati, langkah };
  }
  const nilai = dipakai.map((h) => h.capaian.lanjut);
  let bobot: Angka[] | undefined;
  if (opsi.bobot !== undefined) {
    const b = opsi.bobot;
    bobot = dipakai.map((h) => {
      const w = b[h.id];
      if (w === undefined) {
        throw new SakipError('RATA_RATA_BOBOT_TIDAK_VALID', `Bobot indikator ${h.id} tidak diberikan.`, {
          masukan: b,
          lokasi: h.id,
        });
      }
      return w;
    });
  }
  const tepat = rataRata(nilai, bobot ? { bobot } : {});
  langkah.push(
    bobot
      ? `Rata-rata tertimbang capaian = Σ bobot × capaian / Σ bobot = ${tulis(tepat)} ` +
          `(${dipakai.map((h, i) => `${h.id}: ${tulis(h.capaian.lanjut)} × ${String(bobot?.[i])}`).join('; ')})`
      : `Rata-rata capaian = (${nilai.map(tulis).join(' + ')}) / ${nilai.length} = ${tulis(tepat)}`,
  );
  const capaian = pembulatan(tepat, 'rataRata', kebijakan);
  langkah.push(tulisPembulatan('Rata-rata', capaian));
  let hasilPredikat: HasilPredikat | undefined;
  if (opsi.skala) {
    hasilPredikat = predikat(capaian.tampil, opsi.skala);
    langkah.push(`Predikat (${opsi.skala.nama}): ${tulis(capaian.tampil)} → ${hasilPredikat.label}.`);
  }
  const rataRataTarget = pembulatan(rataRata(dipakai.map((h) => h.target)), 'rataRata', kebijakan);
  const rataRataRealisasi = pembulatan(
    rataRata(dipakai.map((h) => h.realisasi.tampil)),
    'rataRata',
    kebijakan,
  );
  return {
    status: 'dihitung',
    capaian,
    predikat: hasilPredikat,
    rataRataTarget,
    rataRataRealisasi,
    dipakai: dipakai.map((h) => h.id),
    dilewati,
    langkah,
  };
}

/** Options of {@link capaianSasaran}: those of {@link hitungIndikator} and of {@link rataRataCapaian}. */
export interface OpsiCapaianSasaran extends OpsiHitungIndikator {
  lewatiBelumDiketahui?: boolean;
  bobot?: Readonly<Record<string, Angka>>;
}

/** Result of {@link capaianSasaran}: the mean and every indicator's own result. */
export type HasilSasaran = HasilRataRataCapaian & { id: string; nama: string; indikator: HasilIndikator[] };

/**
 * Capaian of a sasaran (capaian sasaran): the mean of its indicators' capaian (RUMUS.md §4, verified
 * twice; weighted with `bobot`), each indicator evaluated with {@link hitungIndikator} under the same
 * options, the mean printed under the policy's `rataRata` rule and banded with `skala`.
 *
 * @throws {SakipError} as {@link hitungIndikator} and {@link rataRataCapaian}; `MODEL_TIDAK_VALID`
 * for a sasaran that does not fit the {@link Sasaran} model.
 *
 * @example
 * ```ts
 * import { capaianSasaran, KEBIJAKAN_PEMBULATAN, SKALA } from 'sakip';
 * const s = capaianSasaran(
 *   {
 *     id: 'S1',
 *     nama: 'Meningkatnya Pemenuhan Kebutuhan Dasar PPKS',
 *     indikator: [
 *       { id: 'IKU-1', nama: 'PPKS terpenuhi kebutuhan dasarnya', target: '69,02', realisasi: '92,71' },
 *       { id: 'X', nama: 'Indikator yang belum ada datanya', target: 50, realisasi: null },
 *     ],
 *   },
 *   { kebijakan: KEBIJAKAN_PEMBULATAN.POTONG, skala: SKALA.PERMENDAGRI_54_2010, lewatiBelumDiketahui: true },
 * );
 * s.status === 'dihitung' && s.capaian.tampil; //=> '134.32'
 * s.dilewati.map((d) => d.id); //=> ['X']
 * s.status === 'dihitung' && s.predikat?.label; //=> 'Sangat baik'
 * ```
 */
export function capaianSasaran(
  sasaran: Sasaran | SasaranMasukan,
  opsiMasukan?: OpsiCapaianSasaran,
): HasilSasaran {
  const opsi = bacaOpsi(opsiMasukan, 'capaianSasaran', 'CAPAIAN_OPSI_TIDAK_VALID');
  const s = bacaModel(Sasaran, sasaran, 'Sasaran');
  const indikator = s.indikator.map((i) => hitungIndikator(i, opsi));
  const rata = rataRataCapaian(indikator, {
    ...(opsi.kebijakan ? { kebijakan: opsi.kebijakan } : {}),
    ...(opsi.lewatiBelumDiketahui ? { lewatiBelumDiketahui: true } : {}),
    ...(opsi.bobot ? { bobot: opsi.bobot } : {}),
    ...(opsi.skala ? { skala: opsi.skala } : {}),
  });
  return { ...rata, id: s.id, nama: s.nama, indikator };
}
