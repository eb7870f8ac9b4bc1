import type { Decimal } from '../angka/Decimal.js';
import {
  type HasilPembulatan,
  type KebijakanPembulatan,
  pembulatanInti,
  pilihKebijakan,
} from '../angka/kebijakanPembulatan.js';
import type { Angka } from '../angka/keDecimal.js';
import { bacaObjek, teksMasukan } from '../galat/masukan.js';
import { SakipError } from '../galat/SakipError.js';
import { type Dihitung, type Langkah, langkah, type TidakDapatDihitung } from '../hasil/hasil.js';
import { Indikator, type IndikatorMasukan } from '../model/Indikator.js';
import { bacaModel } from '../model/Laporan.js';
import { type HasilPredikat, predikatInti } from '../predikat/inti.js';
import { pilihSkala } from '../predikat/presetSkala.js';
import type { Skala, SkalaMasukan } from '../predikat/Skala.js';
import { bacaRumusNegatif } from './capaian.js';
import {
  type AlasanCapaian,
  capaianInti,
  keDecimalDi,
  langkahPembulatan,
  type RumusNegatif,
  rumusCapaian,
  salinPembulatan,
} from './inti.js';

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
export const SUMBER_TARGET = Object.freeze(['pk', 'renstraTahunIni', 'renstraAkhir'] as const);
/** See {@link SUMBER_TARGET}. */
export type SumberTarget = (typeof SUMBER_TARGET)[number];

/** Which pair drives capaian (pasangan capaian): the indicator's values, or its pair of counts. */
export type PasanganCapaian = 'nilai' | 'volume';

/** Options of {@link hitungIndikator}. */
export interface OpsiHitungIndikator {
  /** Which target: PK (default), Renstra of the year, final Renstra. */
  sumberTarget?: SumberTarget;
  /** `'nilai'` (default): the indicator's target/realisasi; `'volume'`: its pair of counts (PK only). */
  pasangan?: PasanganCapaian;
  /** Formula for a negative indicator (default `'selisih'`). */
  rumusNegatif?: RumusNegatif;
  /** Optional cap on capaian. */
  batasAtas?: Angka;
  /**
   * Rounding policy: an id of {@link KEBIJAKAN_PEMBULATAN} (`'POTONG'`) or a policy object; default
   * `'TEPAT'` (nothing rounded). Its `realisasi` rule says whether capaian is computed from the
   * printed, rounded realisasi; its `capaian` rule gives the printed capaian, which is also the value
   * banded.
   */
  kebijakan?: string | KebijakanPembulatan;
  /** Band table for the predikat of the printed capaian (an id of {@link SKALA} or a table); none: no predikat. */
  skala?: string | Skala | SkalaMasukan;
}

/** Parsed options of {@link hitungIndikatorInti} (trusted: never checked again). */
export interface OpsiIndikatorInti {
  sumberTarget: SumberTarget;
  pasangan: PasanganCapaian;
  rumusNegatif: RumusNegatif;
  batasAtas?: Decimal | undefined;
  kebijakan: KebijakanPembulatan;
  skala?: Skala | undefined;
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
  | 'kualitatif'
  | 'volume-kosong'
  | AlasanCapaian;

/**
 * The capaian of one indicator, computed (indikator dihitung). `nilai` is the exact capaian (after the
 * cap, before any rounding of capaian); `capaian` holds it with what the report prints (`tampil`) and
 * what a mean takes (`lanjut`) under the rounding policy.
 */
export interface IndikatorDihitung extends Dihitung<Decimal> {
  readonly id: string;
  readonly nama: string;
  readonly sumberTarget: SumberTarget;
  readonly pasangan: PasanganCapaian;
  readonly target: Decimal;
  /** Realisasi: exact, printed, and the value capaian was computed from. */
  readonly realisasi: HasilPembulatan;
  /** Capaian: exact (= `nilai`), printed, and the value a mean takes. */
  readonly capaian: HasilPembulatan;
  /** The band of the printed capaian, if a `skala` was given. */
  readonly predikat: HasilPredikat | undefined;
  /** The id of the rounding policy applied. */
  readonly kebijakan: string;
}

/** An indicator whose capaian cannot be computed, with the reason (indikator tidak dapat dihitung). */
export interface IndikatorTidakDapatDihitung extends TidakDapatDihitung<AlasanTidakDapatDihitung> {
  readonly id: string;
  readonly nama: string;
}

/** Result of {@link hitungIndikator}: computed, or not computable with a reason (a {@link Hasil}). */
export type HasilIndikator = IndikatorDihitung | IndikatorTidakDapatDihitung;

/** The option keys of {@link hitungIndikator} (internal: shared with capaianSasaran). */
export const KUNCI_OPSI_INDIKATOR = [
  'sumberTarget',
  'pasangan',
  'rumusNegatif',
  'batasAtas',
  'kebijakan',
  'skala',
] as const;

/** The rounding policy and band table of an options snapshot (internal; read once, shared). */
export function bacaKebijakanSkala(o: { kebijakan?: unknown; skala?: unknown }): {
  kebijakan: KebijakanPembulatan;
  skala: Skala | undefined;
} {
  return {
    kebijakan: pilihKebijakan(o.kebijakan),
    skala: o.skala === undefined ? undefined : pilihSkala(o.skala),
  };
}

/** Parses the indicator options of an options snapshot made by `bacaObjek` (internal). */
export function bacaOpsiIndikator(
  o: Partial<Record<(typeof KUNCI_OPSI_INDIKATOR)[number], unknown>>,
  umum: { kebijakan: KebijakanPembulatan; skala: Skala | undefined },
): OpsiIndikatorInti {
  const sumberTarget = pilihan(o.sumberTarget, SUMBER_TARGET, 'pk', 'sumberTarget');
  const pasangan = pilihan(o.pasangan, ['nilai', 'volume'] as const, 'nilai', 'pasangan');
  if (pasangan === 'volume' && sumberTarget !== 'pk') {
    throw new SakipError(
      'OPSI_TIDAK_VALID',
      'Pasangan volume hanya punya target PK; jangan pilih target Renstra.',
      {
        masukan: o,
        lokasi: 'sumberTarget',
      },
    );
  }
  return {
    sumberTarget,
    pasangan,
    rumusNegatif: bacaRumusNegatif(o.rumusNegatif, 'OPSI_TIDAK_VALID'),
    batasAtas: o.batasAtas === undefined ? undefined : keDecimalDi(o.batasAtas as Angka, 'batasAtas'),
    kebijakan: umum.kebijakan,
    skala: umum.skala,
  };
}

function pilihan<T extends string>(nilai: unknown, daftar: readonly T[], bawaan: T, nama: string): T {
  if (nilai === undefined) return bawaan;
  if (!(daftar as readonly unknown[]).includes(nilai)) {
    throw new SakipError(
      'OPSI_TIDAK_VALID',
      `Opsi ${nama} ${teksMasukan(nilai)} tidak dikenal; gunakan ${daftar.join(', ')}.`,
      { masukan: nilai, lokasi: nama },
    );
  }
  return nilai as T;
}

/**
 * Evaluates one indicator (hitung indikator): which target, which pair, the formula by polarity, the
 * rounding policy step by step, and the predikat of the printed capaian — with a trace (`langkah`, see
 * {@link tulisLangkah}). Cases a report legitimately contains (realisasi not known yet, target 0, a
 * qualitative indicator) give `status: 'tidak-dapat-dihitung'` with the reason, not an exception.
 * `nilai` is the exact capaian; `capaian.tampil` is what the report prints under `kebijakan`.
 *
 * The indicator is read as the {@link Indikator} model reads a report file: strings in Indonesian
 * format (`'69,02'`).
 *
 * @throws {SakipError} `MODEL_TIDAK_VALID` for an indicator that does not fit the {@link Indikator}
 * model; `OPSI_TIDAK_VALID` for unknown options (the message names the nearest known key);
 * `ATURAN_TIDAK_DIKENAL` / `ATURAN_TIDAK_VALID` for the policy or the table; `PREDIKAT_DI_LUAR_DOMAIN`
 * when the printed capaian lies outside the band table.
 *
 * @example
 * ```ts
 * import { hitungIndikator, tulisLangkah } from 'sakip';
 * const iku2 = { id: 'IKU-2', nama: 'Persentase PPKS yang mampu berusaha', target: '1,31', realisasi: '0,73' };
 * const h = hitungIndikator(iku2, { kebijakan: 'POTONG', skala: 'PERMENDAGRI_54_2010' });
 * h.status === 'dihitung' && h.nilai; //=> '55.7251908396946564885496183206106870229'
 * h.status === 'dihitung' && h.capaian.tampil; //=> '55.72'
 * h.status === 'dihitung' && h.predikat?.label; //=> 'Kurang'
 * tulisLangkah(h.langkah[1]!); //=> 'capaian = realisasi / target × 100; realisasi = 0,73, target = 1,31 → 55,725190… (target PK, pasangan nilai)'
 * const belum = hitungIndikator({ ...iku2, realisasi: null });
 * belum.status === 'tidak-dapat-dihitung' && belum.alasan; //=> 'realisasi-kosong'
 * hitungIndikator(iku2, { kebjakan: 'POTONG' } as never); //!> OPSI_TIDAK_VALID
 * ```
 */
export function hitungIndikator(
  indikator: Indikator | IndikatorMasukan,
  opsi?: OpsiHitungIndikator,
): HasilIndikator {
  const o = bacaObjek(opsi, { nama: 'Opsi hitungIndikator', kunci: KUNCI_OPSI_INDIKATOR });
  const opsiInti = bacaOpsiIndikator(o, bacaKebijakanSkala(o));
  return hitungIndikatorInti(bacaModel(Indikator, indikator, 'Indikator', { format: 'otomatis' }), opsiInti);
}

const NAMA_TARGET: Record<SumberTarget, string> = {
  pk: 'target PK',
  renstraTahunIni: 'target Renstra tahun ini',
  renstraAkhir: 'target akhir Renstra',
};

/**
 * {@link hitungIndikator} on a parsed indicator and parsed options (internal core, for
 * `hitungLaporan`, the audit and the spreadsheet functions).
 *
 * @throws {SakipError} `PREDIKAT_DI_LUAR_DOMAIN` when the printed capaian lies outside the table.
 */
export function hitungIndikatorInti(ind: Indikator, opsi: OpsiIndikatorInti): HasilIndikator {
  const { id, nama } = ind;
  const { sumberTarget, pasangan, rumusNegatif, kebijakan } = opsi;
  const polaritas = ind.polaritas;
  const rumus = rumusCapaian(polaritas, rumusNegatif);
  const jejak: Langkah[] = [];
  const gagal = (
    alasan: AlasanTidakDapatDihitung,
    pesan: string,
    masukan: Record<string, Decimal | string>,
  ): IndikatorTidakDapatDihitung => {
    jejak.push(
      langkah(
        alasan === 'kualitatif' ? 'capaian indikator kualitatif' : rumus,
        masukan,
        'tidak dapat dihitung',
        pesan,
      ),
    );
    return { status: 'tidak-dapat-dihitung', id, nama, alasan, pesan, langkah: jejak };
  };

  if (ind.jenis === 'kualitatif') {
    return gagal(
      'kualitatif',
      'indikator kualitatif tidak punya rumus capaian; nilai dengan aturan sendiri.',
      {},
    );
  }
  let target: Decimal | null;
  let realisasiTepat: Decimal | null;
  if (pasangan === 'volume') {
    if (!ind.volume)
      return gagal('volume-kosong', 'pasangan volume diminta, tetapi indikator tidak memuatnya.', {});
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
  const diketahui = { realisasi: realisasiTepat ?? 'kosong', target: target ?? 'kosong' };
  if (target === null) return gagal('target-kosong', `${NAMA_TARGET[sumberTarget]} tidak diisi.`, diketahui);
  if (realisasiTepat === null) {
    return gagal('realisasi-kosong', 'realisasi belum diketahui ("belum didapatkan nilainya").', diketahui);
  }

  const realisasi = salinPembulatan(pembulatanInti(realisasiTepat, 'realisasi', kebijakan));
  const lRealisasi = langkahPembulatan('realisasi', realisasi, kebijakan);
  if (lRealisasi) jejak.push(lRealisasi);
  const r = realisasi.lanjut;
  const tanpaBatas = capaianInti(target, r, polaritas, rumusNegatif);
  if (typeof tanpaBatas === 'string') {
    return gagal(tanpaBatas, PESAN_ALASAN[tanpaBatas], { realisasi: r, target });
  }
  const satuan = pasangan === 'volume' && ind.volume?.satuan ? ` (${ind.volume.satuan})` : '';
  jejak.push(
    langkah(
      rumus,
      { realisasi: r, target },
      tanpaBatas,
      `${polaritas === 'negatif' ? `indikator negatif, rumus ${rumusNegatif}; ` : ''}${NAMA_TARGET[sumberTarget]}, pasangan ${pasangan}${satuan}`,
    ),
  );
  let nilai = tanpaBatas;
  if (opsi.batasAtas !== undefined) {
    nilai = tanpaBatas.greaterThan(opsi.batasAtas) ? opsi.batasAtas : tanpaBatas;
    jejak.push(
      langkah(
        'capaian = min(capaian, batas atas)',
        { capaian: tanpaBatas, batasAtas: opsi.batasAtas },
        nilai,
      ),
    );
  }
  const hasilCapaian = salinPembulatan(pembulatanInti(nilai, 'capaian', kebijakan));
  const lCapaian = langkahPembulatan('capaian', hasilCapaian, kebijakan);
  if (lCapaian) jejak.push(lCapaian);
  let predikat: HasilPredikat | undefined;
  if (opsi.skala) {
    predikat = predikatInti(hasilCapaian.tampil, opsi.skala);
    jejak.push(langkahPredikat(hasilCapaian.tampil, predikat, opsi.skala));
  }
  return {
    status: 'dihitung',
    nilai,
    id,
    nama,
    sumberTarget,
    pasangan,
    target,
    realisasi,
    capaian: hasilCapaian,
    predikat,
    kebijakan: kebijakan.id,
    langkah: jejak,
  };
}

const PESAN_ALASAN: Record<AlasanCapaian, string> = {
  'target-nol': 'target 0, rasio realisasi / target tidak terdefinisi.',
  'target-negatif': 'target negatif tidak bermakna sebagai pembagi capaian.',
  'realisasi-nol': 'realisasi 0: rumus negatif "kebalikan" (target / realisasi) tidak terdefinisi.',
  'realisasi-negatif': 'realisasi negatif: rumus negatif "kebalikan" tidak bermakna.',
};

/** The step of a predikat (internal: shared with the means). */
export function langkahPredikat(x: Decimal, p: HasilPredikat, skala: Skala): Langkah {
  return langkah(
    'predikat = pita skala yang memuat capaian',
    { capaian: x },
    p.kode === undefined ? p.label : `${p.label} (${p.kode})`,
    `skala ${skala.id}: ${p.rentang}`,
  );
}
