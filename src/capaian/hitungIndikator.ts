import type { Decimal } from '../angka/Decimal.js';
import {
  buatKebijakanPembulatan,
  type HasilPembulatan,
  KEBIJAKAN_PEMBULATAN,
  type KebijakanPembulatan,
  pembulatan,
} from '../angka/kebijakanPembulatan.js';
import type { Angka } from '../angka/keDecimal.js';
import { bacaOpsi, teksMasukan } from '../galat/masukan.js';
import { isSakipError, SakipError } from '../galat/SakipError.js';
import { Indikator, type IndikatorMasukan } from '../model/Indikator.js';
import { bacaModel } from '../model/Laporan.js';
import { type HasilPredikat, predikat } from '../predikat/predikat.js';
import type { Skala } from '../predikat/Skala.js';
import { capaian, periksaRumus, type RumusNegatif } from './capaian.js';
import { tulis, tulisPembulatan } from './langkah.js';

/**
 * Which target the realisasi is measured against (sumber target): `'pk'` — the Perjanjian Kinerja of
 * the year (default); `'renstraTahunIni'` — the Renstra target of the year; `'renstraAkhir'` — the
 * Renstra target at the end of the plan period.
 *
 * @example
 * ```ts
 * import { SUMBER_TARGET } from 'sakip';
 * SUMBER_TARGET; //=> ['pk', 'renstraTahunIni', 'renstraAkhir']
 * ```
 */
export const SUMBER_TARGET = ['pk', 'renstraTahunIni', 'renstraAkhir'] as const;
/** See {@link SUMBER_TARGET}. */
export type SumberTarget = (typeof SUMBER_TARGET)[number];

/** Options of {@link hitungIndikator}. */
export interface OpsiHitungIndikator {
  /** Which target: PK (default), Renstra of the year, final Renstra. */
  target?: SumberTarget;
  /** `'nilai'` (default): the indicator's target/realisasi; `'volume'`: its pair of counts. */
  pasangan?: 'nilai' | 'volume';
  /** Formula for a negative indicator (default `'selisih'`). */
  rumusNegatif?: RumusNegatif;
  /** Optional cap on capaian. */
  batasAtas?: Angka;
  /**
   * Rounding policy (default {@link KEBIJAKAN_PEMBULATAN}.TEPAT: nothing rounded). Its `realisasi`
   * rule says whether capaian is computed from the printed, rounded realisasi; its `capaian` rule
   * gives the printed capaian, which is also the value banded.
   */
  kebijakan?: KebijakanPembulatan;
  /** Band table for the predikat of the printed capaian; none: no predikat. */
  skala?: Skala;
}

/**
 * Why an indicator's capaian cannot be computed (alasan tidak dapat dihitung):
 * `'realisasi-kosong'` — not known yet ("belum didapatkan nilainya"); `'target-kosong'`; `'target-nol'`;
 * `'target-negatif'`; `'realisasi-nol'` / `'realisasi-negatif'` (negative formula `'kebalikan'`);
 * `'kualitatif'` — a qualitative indicator, which has no formula; `'volume-kosong'` — the volume pair
 * was asked for but the indicator has none.
 */
export type AlasanTidakDapatDihitung =
  | 'realisasi-kosong'
  | 'target-kosong'
  | 'target-nol'
  | 'target-negatif'
  | 'realisasi-nol'
  | 'realisasi-negatif'
  | 'kualitatif'
  | 'volume-kosong';

/** The capaian of one indicator, computed (indikator dihitung). */
export interface IndikatorDihitung {
  status: 'dihitung';
  id: string;
  nama: string;
  sumberTarget: SumberTarget;
  pasangan: 'nilai' | 'volume';
  target: Decimal;
  /** Realisasi: exact, printed, and the value capaian was computed from. */
  realisasi: HasilPembulatan;
  /** Capaian: exact, printed, and the value a mean takes. */
  capaian: HasilPembulatan;
  /** The band of the printed capaian, if a `skala` was given. */
  predikat: HasilPredikat | undefined;
  /** The name of the rounding policy applied. */
  kebijakan: string;
  /** Every step, in Indonesian, for a person to check. */
  langkah: string[];
}

/** An indicator whose capaian cannot be computed, with the reason (indikator tidak dapat dihitung). */
export interface IndikatorTidakDapatDihitung {
  status: 'tidak-dapat-dihitung';
  id: string;
  nama: string;
  alasan: AlasanTidakDapatDihitung;
  /** The reason in one Indonesian sentence. */
  pesan: string;
  langkah: string[];
}

/** Result of {@link hitungIndikator}: computed, or not computable with a reason. */
export type HasilIndikator = IndikatorDihitung | IndikatorTidakDapatDihitung;

const NAMA_TARGET: Record<SumberTarget, string> = {
  pk: 'target PK',
  renstraTahunIni: 'target Renstra tahun ini',
  renstraAkhir: 'target akhir Renstra',
};

/**
 * Evaluates one indicator (hitung indikator): which target, which pair, the formula by polarity, the
 * rounding policy step by step, and the predikat of the printed capaian — with a readable trace
 * (`langkah`). Cases a report legitimately contains (realisasi not known yet, target 0, a qualitative
 * indicator) give `status: 'tidak-dapat-dihitung'` with the reason, not an exception.
 *
 * @throws {SakipError} `MODEL_TIDAK_VALID` for an indicator that does not fit the {@link Indikator}
 * model, `CAPAIAN_OPSI_TIDAK_VALID` for unknown options, `KEBIJAKAN_PEMBULATAN_TIDAK_VALID`, and
 * `PREDIKAT_DI_LUAR_DOMAIN` when the capaian lies outside the band table.
 *
 * @example
 * ```ts
 * import { hitungIndikator, KEBIJAKAN_PEMBULATAN, SKALA } from 'sakip';
 * const iku2 = { id: 'IKU-2', nama: 'Persentase PPKS yang mampu berusaha', target: '1,31', realisasi: '0,73' };
 * const h = hitungIndikator(iku2, { kebijakan: KEBIJAKAN_PEMBULATAN.POTONG, skala: SKALA.PERMENDAGRI_54_2010 });
 * h.status === 'dihitung' && h.capaian.tampil; //=> '55.72'
 * h.status === 'dihitung' && h.predikat?.label; //=> 'Kurang'
 * h.langkah[1]; //=> 'Capaian = realisasi / target × 100 = 0,73 / 1,31 × 100 = 55,725190…'
 * const belum = hitungIndikator({ ...iku2, realisasi: null });
 * belum.status; //=> 'tidak-dapat-dihitung'
 * belum.status === 'tidak-dapat-dihitung' && belum.alasan; //=> 'realisasi-kosong'
 * ```
 */
export function hitungIndikator(
  indikator: Indikator | IndikatorMasukan,
  opsiMasukan?: OpsiHitungIndikator,
): HasilIndikator {
  const opsi = bacaOpsi(opsiMasukan, 'hitungIndikator', 'CAPAIAN_OPSI_TIDAK_VALID');
  const ind = bacaModel(Indikator, indikator, 'Indikator');
  const sumberTarget = pilih(opsi.target, SUMBER_TARGET, 'pk', 'target');
  const pasangan = pilih(opsi.pasangan, ['nilai', 'volume'] as const, 'nilai', 'pasangan');
  const rumusNegatif = periksaRumus(opsi.rumusNegatif);
  const kebijakan =
    opsi.kebijakan === undefined ? KEBIJAKAN_PEMBULATAN.TEPAT : buatKebijakanPembulatan(opsi.kebijakan);
  const langkah: string[] = [];
  const gagal = (alasan: AlasanTidakDapatDihitung, pesan: string): IndikatorTidakDapatDihitung => {
    langkah.push(`Tidak dapat dihitung: ${pesan}`);
    return { status: 'tidak-dapat-dihitung', id: ind.id, nama: ind.nama, alasan, pesan, langkah };
  };

  if (ind.jenis === 'kualitatif') {
    return gagal(
      'kualitatif',
      'indikator kualitatif tidak punya rumus capaian; nilai dengan aturan sendiri.',
    );
  }
  let target: Decimal | null;
  let realisasiTepat: Decimal | null;
  if (pasangan === 'volume') {
    if (!ind.volume)
      return gagal('volume-kosong', 'pasangan volume diminta, tetapi indikator tidak memuatnya.');
    if (sumberTarget !== 'pk') {
      throw new SakipError(
        'CAPAIAN_OPSI_TIDAK_VALID',
        'Pasangan volume hanya punya target PK; jangan pilih target Renstra.',
        {
          masukan: opsi,
        },
      );
    }
    target = ind.volume.target;
    realisasiTepat = ind.volume.realisasi;
  } else {
    target =
      sumberTarget === 'pk'
        ? ind.target
        : sumberTarget === 'renstraTahunIni'
          ? (ind.targetRenstra?.tahunIni ?? null)
          : (ind.targetRenstra?.akhir ?? null);
    realisasiTepat = ind.realisasi;
  }
  const satuan = pasangan === 'volume' && ind.volume?.satuan ? ` ${ind.volume.satuan}` : '';
  if (target === null) return gagal('target-kosong', `${NAMA_TARGET[sumberTarget]} tidak diisi.`);
  if (realisasiTepat === null) {
    return gagal('realisasi-kosong', 'realisasi belum diketahui ("belum didapatkan nilainya").');
  }
  if (target.isZero()) return gagal('target-nol', 'target 0, rasio realisasi / target tidak terdefinisi.');
  if (target.isNegative())
    return gagal('target-negatif', 'target negatif tidak bermakna sebagai pembagi capaian.');

  const realisasi = pembulatan(realisasiTepat, 'realisasi', kebijakan);
  langkah.push(
    `${pasangan === 'volume' ? 'Pasangan volume' : 'Pasangan nilai'}: ${NAMA_TARGET[sumberTarget]} = ` +
      `${tulis(target)}${satuan}; realisasi = ${tulis(realisasi.tepat)}${satuan}` +
      `${realisasi.aturan?.dipakaiLanjut && !realisasi.tampil.eq(realisasi.tepat) ? ` (tercetak ${tulis(realisasi.tampil)})` : ''}.`,
  );
  const r = realisasi.lanjut;
  let nilai: Decimal;
  try {
    nilai = capaian({
      target,
      realisasi: r,
      polaritas: ind.polaritas,
      rumusNegatif,
      ...(opsi.batasAtas === undefined ? {} : { batasAtas: opsi.batasAtas }),
    });
  } catch (e) {
    if (isSakipError(e, 'CAPAIAN_REALISASI_NOL')) {
      return gagal(
        'realisasi-nol',
        'realisasi 0: rumus negatif "kebalikan" (target / realisasi) tidak terdefinisi.',
      );
    }
    if (isSakipError(e, 'CAPAIAN_REALISASI_NEGATIF')) {
      return gagal('realisasi-negatif', 'realisasi negatif: rumus negatif "kebalikan" tidak bermakna.');
    }
    throw e;
  }
  const tanpaBatas =
    ind.polaritas === 'positif'
      ? r.times(100).div(target)
      : rumusNegatif === 'selisih'
        ? target.times(2).minus(r).times(100).div(target)
        : target.times(100).div(r);
  if (ind.polaritas === 'positif') {
    langkah.push(
      `Capaian = realisasi / target × 100 = ${tulis(r)} / ${tulis(target)} × 100 = ${tulis(tanpaBatas)}`,
    );
  } else if (rumusNegatif === 'selisih') {
    langkah.push(
      `Indikator negatif, rumus selisih: capaian = (target − (realisasi − target)) / target × 100 = ` +
        `(${tulis(target)} − (${tulis(r)} − ${tulis(target)})) / ${tulis(target)} × 100 = ${tulis(tanpaBatas)}`,
    );
  } else {
    langkah.push(
      `Indikator negatif, rumus kebalikan: capaian = target / realisasi × 100 = ` +
        `${tulis(target)} / ${tulis(r)} × 100 = ${tulis(tanpaBatas)}`,
    );
  }
  if (!nilai.eq(tanpaBatas)) langkah.push(`Capaian dibatasi batas atas ${tulis(nilai)}.`);
  const hasilCapaian = pembulatan(nilai, 'capaian', kebijakan);
  langkah.push(tulisPembulatan('Capaian', hasilCapaian));
  let hasilPredikat: HasilPredikat | undefined;
  if (opsi.skala) {
    hasilPredikat = predikat(hasilCapaian.tampil, opsi.skala);
    langkah.push(
      `Predikat (${opsi.skala.nama}): ${tulis(hasilCapaian.tampil)} ∈ ${hasilPredikat.rentang} → ${hasilPredikat.label}` +
        `${hasilPredikat.kode ? ` (${hasilPredikat.kode})` : ''}.`,
    );
  }
  return {
    status: 'dihitung',
    id: ind.id,
    nama: ind.nama,
    sumberTarget,
    pasangan,
    target,
    realisasi,
    capaian: hasilCapaian,
    predikat: hasilPredikat,
    kebijakan: kebijakan.nama,
    langkah,
  };
}

function pilih<T extends string>(nilai: unknown, pilihan: readonly T[], bawaan: T, nama: string): T {
  if (nilai === undefined) return bawaan;
  if (!(pilihan as readonly unknown[]).includes(nilai)) {
    throw new SakipError(
      'CAPAIAN_OPSI_TIDAK_VALID',
      `Opsi ${nama} ${teksMasukan(nilai)} tidak dikenal; gunakan ${pilihan.join(', ')}.`,
      { masukan: nilai },
    );
  }
  return nilai as T;
}
