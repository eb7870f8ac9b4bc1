import { DecimalInti as Decimal } from '../angka/Decimal.js';
import {
  type HasilPembulatan,
  type KebijakanPembulatan,
  pembulatanInti,
} from '../angka/kebijakanPembulatan.js';
import type { Angka } from '../angka/keDecimal.js';
import { bacaObjek, teksMasukan } from '../galat/masukan.js';
import { isSakipError, SakipError } from '../galat/SakipError.js';
import { type Dihitung, type Langkah, langkah, type TidakDapatDihitung } from '../hasil/hasil.js';
import { Sasaran, type SasaranMasukan } from '../model/Indikator.js';
import { bacaModel } from '../model/Laporan.js';
import { type HasilPredikat, predikatInti } from '../predikat/inti.js';
import type { Skala, SkalaMasukan } from '../predikat/Skala.js';
import {
  type AlasanTidakDapatDihitung,
  bacaKebijakanSkala,
  bacaOpsiIndikator,
  type HasilIndikator,
  hitungIndikatorInti,
  KUNCI_OPSI_INDIKATOR,
  langkahPredikat,
  type OpsiHitungIndikator,
  type OpsiIndikatorInti,
} from './hitungIndikator.js';
import { keDecimalDi, langkahPembulatan, salinPembulatan } from './inti.js';
import { rataRataInti } from './rataRata.js';

/** Options of {@link rataRataCapaian}. */
export interface OpsiRataRataCapaian {
  /** Rounding policy (an id or a policy): its `rataRata` rule gives the printed mean. Default `'TEPAT'`. */
  kebijakan?: string | KebijakanPembulatan;
  /**
   * Leave out indicators whose realisasi is not known yet (`'realisasi-kosong'`), as one report does —
   * and say so in `dilewati`. Off by default: then such an indicator makes the mean not computable.
   */
  lewatiBelumDiketahui?: boolean;
  /** Weights by indicator id, for a weighted mean (a local variant); default: simple mean. */
  bobot?: Readonly<Record<string, Angka>>;
  /** Band table for the predikat of the printed mean (an id of {@link SKALA} or a table). */
  skala?: string | Skala | SkalaMasukan;
}

/** Parsed options of {@link rataRataCapaianInti} (trusted). */
export interface OpsiRataRataInti {
  kebijakan: KebijakanPembulatan;
  skala?: Skala | undefined;
  lewatiBelumDiketahui: boolean;
  /** Weights by indicator id (not negative); absent: simple mean. */
  bobot?: ReadonlyMap<string, Decimal> | undefined;
}

/** Parsed options of {@link capaianSasaranInti}: those of an indicator and of a mean. */
export interface OpsiSasaranInti extends OpsiIndikatorInti, OpsiRataRataInti {}

/** What a mean reads of an indicator's result (internal): {@link HasilIndikator} has it. */
export type IndikatorRataRata =
  | {
      readonly status: 'dihitung';
      readonly id: string;
      readonly target: Decimal;
      readonly realisasi: { readonly tampil: Decimal };
      readonly capaian: { readonly lanjut: Decimal };
    }
  | {
      readonly status: 'tidak-dapat-dihitung';
      readonly id: string;
      readonly alasan: AlasanTidakDapatDihitung;
      readonly pesan: string;
    };

/** An indicator left out of or blocking a mean, with its reason. */
export interface IndikatorTerlewat {
  id: string;
  alasan: AlasanTidakDapatDihitung;
  pesan: string;
}

/**
 * A mean of capaian, computed (rata-rata capaian dihitung): `nilai` is the exact mean of the values
 * the indicators pass on; `capaian` holds it with its printed form under the policy's `rataRata` rule.
 */
export interface RataRataCapaianDihitung extends Dihitung<Decimal> {
  /** The mean (exact = `nilai`, printed, passed on). */
  readonly capaian: HasilPembulatan;
  readonly predikat: HasilPredikat | undefined;
  /** Mean of the targets and of the printed realisasi, as the TOTAL row of a report prints them. */
  readonly rataRataTarget: HasilPembulatan;
  readonly rataRataRealisasi: HasilPembulatan;
  /** Ids of the indicators in the mean. */
  readonly dipakai: string[];
  /** Indicators left out (only with `lewatiBelumDiketahui`), and why. */
  readonly dilewati: IndikatorTerlewat[];
}

/**
 * Why a mean of capaian cannot be computed: `'indikator-tidak-dapat-dihitung'` — some indicators have
 * no capaian (listed in `tidakDapatDihitung`); `'semua-dilewati'` — every indicator was left out.
 */
export type AlasanRataRataTidakDapatDihitung = 'indikator-tidak-dapat-dihitung' | 'semua-dilewati';

/** A mean of capaian that cannot be computed, naming the indicators that block it. */
export interface RataRataCapaianTidakDapatDihitung
  extends TidakDapatDihitung<AlasanRataRataTidakDapatDihitung> {
  /** The indicators that could not be computed. */
  readonly tidakDapatDihitung: IndikatorTerlewat[];
  readonly dilewati: IndikatorTerlewat[];
}

/** Result of {@link rataRataCapaian} (a {@link Hasil}). */
export type HasilRataRataCapaian = RataRataCapaianDihitung | RataRataCapaianTidakDapatDihitung;

const KUNCI_OPSI_RATA = ['kebijakan', 'skala', 'lewatiBelumDiketahui', 'bobot'] as const;

/** Parses the mean options of an options snapshot made by `bacaObjek` (internal). */
export function bacaOpsiRataRata(
  o: { lewatiBelumDiketahui?: unknown; bobot?: unknown },
  umum: { kebijakan: KebijakanPembulatan; skala: Skala | undefined },
): OpsiRataRataInti {
  if (o.lewatiBelumDiketahui !== undefined && typeof o.lewatiBelumDiketahui !== 'boolean') {
    throw new SakipError('OPSI_TIDAK_VALID', 'lewatiBelumDiketahui harus true atau false.', {
      masukan: o.lewatiBelumDiketahui,
      lokasi: 'lewatiBelumDiketahui',
    });
  }
  return {
    kebijakan: umum.kebijakan,
    skala: umum.skala,
    lewatiBelumDiketahui: o.lewatiBelumDiketahui === true,
    bobot: o.bobot === undefined ? undefined : bacaBobot(o.bobot),
  };
}

/** Weights by indicator id: a plain object of numbers, none negative. */
function bacaBobot(x: unknown): Map<string, Decimal> {
  const salah = (pesan: string, lokasi = 'bobot') =>
    new SakipError('RATA_RATA_BOBOT_TIDAK_VALID', `${lokasi}: ${pesan}`, { masukan: x, lokasi });
  if (typeof x !== 'object' || x === null || Array.isArray(x)) {
    throw salah(`harus objek { idIndikator: bobot }, bukan ${teksMasukan(x)}.`);
  }
  const bobot = new Map<string, Decimal>();
  try {
    for (const k of Reflect.ownKeys(x)) {
      const d = Reflect.getOwnPropertyDescriptor(x, k);
      if (typeof k === 'symbol' || d === undefined || !d.enumerable) continue;
      if (!('value' in d)) throw salah('properti getter/setter tidak diterima; beri nilainya.', `bobot.${k}`);
      const w = keDecimalDi(d.value as Angka, `bobot.${k}`);
      if (w.isNegative()) throw salah('bobot negatif.', `bobot.${k}`);
      bobot.set(k, w);
    }
  } catch (e) {
    if (isSakipError(e)) throw e;
    throw salah('tidak dapat dibaca (objek Proxy atau sejenisnya).');
  }
  return bobot;
}

/** Reads results of hitungIndikator given back by a caller: what the mean needs, each value checked. */
function bacaHasilIndikator(x: unknown): IndikatorRataRata[] {
  if (!Array.isArray(x)) {
    throw new SakipError(
      'MASUKAN_TIDAK_VALID',
      `Rata-rata capaian butuh larik hasil hitungIndikator, bukan ${teksMasukan(x)}.`,
      {
        masukan: x,
      },
    );
  }
  if (x.length === 0) {
    throw new SakipError('RATA_RATA_KOSONG', 'Rata-rata capaian butuh sedikitnya satu indikator.', {
      masukan: x,
    });
  }
  const hasil = new Array<IndikatorRataRata>(x.length);
  for (let i = 0; i < x.length; i++) {
    const h: unknown = x[i];
    const bukan = (cause?: unknown) =>
      new SakipError('MASUKAN_TIDAK_VALID', `Butir [${i}] bukan hasil hitungIndikator.`, {
        masukan: h,
        lokasi: `[${i}]`,
        cause,
      });
    try {
      if (typeof h !== 'object' || h === null) throw bukan();
      const b = h as Record<string, unknown>;
      const { status, id } = b;
      if (typeof id !== 'string') throw bukan();
      if (status === 'dihitung') {
        const realisasi = b.realisasi as { tampil?: unknown } | undefined;
        const capaian = b.capaian as { lanjut?: unknown } | undefined;
        hasil[i] = {
          status,
          id,
          target: keDecimalDi(b.target as Angka, `[${i}].target`),
          realisasi: { tampil: keDecimalDi(realisasi?.tampil as Angka, `[${i}].realisasi.tampil`) },
          capaian: { lanjut: keDecimalDi(capaian?.lanjut as Angka, `[${i}].capaian.lanjut`) },
        };
      } else if (
        status === 'tidak-dapat-dihitung' &&
        typeof b.alasan === 'string' &&
        typeof b.pesan === 'string'
      ) {
        hasil[i] = { status, id, alasan: b.alasan as AlasanTidakDapatDihitung, pesan: b.pesan };
      } else {
        throw bukan();
      }
    } catch (e) {
      if (isSakipError(e, 'MASUKAN_TIDAK_VALID')) throw e;
      throw bukan(e);
    }
  }
  return hasil;
}

/**
 * Mean capaian of evaluated indicators (rata-rata capaian) — a sasaran's capaian, or a report's
 * "rata-rata capaian IKU". Each indicator enters with the capaian its policy passes on
 * (`capaian.lanjut`: the printed, truncated value under `POTONG`, as the sample report does), and the
 * mean is printed under the policy's `rataRata` rule. Indicators not yet known are left out only when
 * asked, and listed. Any number of indicators.
 *
 * @throws {SakipError} `RATA_RATA_KOSONG` for no indicators; `MASUKAN_TIDAK_VALID` for an item that is
 * not a result of {@link hitungIndikator}; `RATA_RATA_BOBOT_TIDAK_VALID` for a missing or invalid
 * weight; `OPSI_TIDAK_VALID`.
 *
 * @example
 * ```ts
 * import { hitungIndikator, rataRataCapaian } from 'sakip';
 * const iku = [
 *   { id: 'IKU-1', nama: 'PPKS terpenuhi kebutuhan dasarnya', target: '69,02', realisasi: '92,71' },
 *   { id: 'IKU-2', nama: 'PPKS mampu berusaha', target: '1,31', realisasi: '0,73' },
 *   { id: 'IKU-3', nama: 'Nilai SAKIP Dinsos', target: '71,86', realisasi: '71,91' },
 * ].map((i) => hitungIndikator(i, { kebijakan: 'POTONG' }));
 * const rata = rataRataCapaian(iku, { kebijakan: 'POTONG', skala: 'PERMENDAGRI_54_2010' });
 * rata.status === 'dihitung' && rata.nilai; //=> '96.7'
 * rata.status === 'dihitung' && rata.capaian.tampil; //=> '96.7'
 * rata.status === 'dihitung' && [rata.rataRataTarget.tampil, rata.rataRataRealisasi.tampil]; //=> ['47.39', '55.11']
 * rata.status === 'dihitung' && rata.predikat?.label; //=> 'Sangat baik'
 * ```
 */
export function rataRataCapaian(
  hasil: readonly HasilIndikator[],
  opsi?: OpsiRataRataCapaian,
): HasilRataRataCapaian {
  const o = bacaObjek(opsi, { nama: 'Opsi rataRataCapaian', kunci: KUNCI_OPSI_RATA });
  const opsiInti = bacaOpsiRataRata(o, bacaKebijakanSkala(o));
  return rataRataCapaianInti(bacaHasilIndikator(hasil), opsiInti);
}

/**
 * {@link rataRataCapaian} on trusted results and parsed options (internal core: `hitungLaporan` gives
 * it the results of {@link hitungIndikatorInti} directly).
 *
 * @throws {SakipError} `RATA_RATA_BOBOT_TIDAK_VALID` for an indicator without a weight or weights
 * summing to 0; `PREDIKAT_DI_LUAR_DOMAIN`.
 */
export function rataRataCapaianInti(
  indikator: readonly IndikatorRataRata[],
  opsi: OpsiRataRataInti,
): HasilRataRataCapaian {
  const { kebijakan } = opsi;
  const jejak: Langkah[] = [];
  const dipakai: Extract<IndikatorRataRata, { status: 'dihitung' }>[] = [];
  const dilewati: IndikatorTerlewat[] = [];
  const gagal: IndikatorTerlewat[] = [];
  for (const h of indikator) {
    if (h.status === 'dihitung') dipakai.push(h);
    else if (opsi.lewatiBelumDiketahui && h.alasan === 'realisasi-kosong') {
      dilewati.push({ id: h.id, alasan: h.alasan, pesan: h.pesan });
      jejak.push(
        langkah(
          'indikator yang realisasinya belum diketahui dilewati',
          { indikator: h.id },
          'dilewati',
          h.pesan,
        ),
      );
    } else gagal.push({ id: h.id, alasan: h.alasan, pesan: h.pesan });
  }
  if (gagal.length > 0 || dipakai.length === 0) {
    const alasan = gagal.length > 0 ? 'indikator-tidak-dapat-dihitung' : 'semua-dilewati';
    const pesan =
      gagal.length > 0
        ? `Rata-rata tidak dapat dihitung: ${gagal.map((g) => `${g.id} (${g.pesan})`).join('; ')}` +
          `${gagal.some((g) => g.alasan === 'realisasi-kosong') ? ' — pakai lewatiBelumDiketahui untuk melewati realisasi yang belum diketahui.' : ''}`
        : 'Rata-rata tidak dapat dihitung: tidak ada indikator yang dipakai.';
    jejak.push(langkah('rata-rata capaian = Σ capaian / n', {}, 'tidak dapat dihitung', pesan));
    return {
      status: 'tidak-dapat-dihitung',
      alasan,
      pesan,
      tidakDapatDihitung: gagal,
      dilewati,
      langkah: jejak,
    };
  }

  const n = dipakai.length;
  const nilai = new Array<Decimal>(n);
  const target = new Array<Decimal>(n);
  const realisasi = new Array<Decimal>(n);
  const bobot = opsi.bobot === undefined ? undefined : new Array<Decimal>(n);
  // Keyed by indicator id; null prototype, as ids are data.
  const masukan: Record<string, Decimal | string> = Object.create(null);
  for (let i = 0; i < n; i++) {
    const h = dipakai[i]!;
    nilai[i] = h.capaian.lanjut;
    target[i] = h.target;
    realisasi[i] = h.realisasi.tampil;
    masukan[`capaian ${h.id}`] = h.capaian.lanjut;
    if (bobot && opsi.bobot) {
      const w = opsi.bobot.get(h.id);
      if (w === undefined) {
        throw new SakipError('RATA_RATA_BOBOT_TIDAK_VALID', `Bobot indikator ${h.id} tidak diberikan.`, {
          masukan: h.id,
          lokasi: `bobot.${h.id}`,
        });
      }
      bobot[i] = w;
      masukan[`bobot ${h.id}`] = w;
    }
  }
  const tepat = rataRataInti(nilai, bobot);
  jejak.push(
    langkah(
      bobot ? 'rata-rata capaian = Σ (bobot × capaian) / Σ bobot' : 'rata-rata capaian = Σ capaian / n',
      bobot ? masukan : Object.assign(masukan, { n: new Decimal(n) }),
      tepat,
      `capaian tiap indikator seperti diteruskan kebijakan ${kebijakan.id}`,
    ),
  );
  const capaian = salinPembulatan(pembulatanInti(tepat, 'rataRata', kebijakan));
  const lBulat = langkahPembulatan('rata-rata', capaian, kebijakan);
  if (lBulat) jejak.push(lBulat);
  let predikat: HasilPredikat | undefined;
  if (opsi.skala) {
    predikat = predikatInti(capaian.tampil, opsi.skala);
    jejak.push(langkahPredikat(capaian.tampil, predikat, opsi.skala));
  }
  return {
    status: 'dihitung',
    nilai: tepat,
    capaian,
    predikat,
    rataRataTarget: salinPembulatan(pembulatanInti(rataRataInti(target), 'rataRata', kebijakan)),
    rataRataRealisasi: salinPembulatan(pembulatanInti(rataRataInti(realisasi), 'rataRata', kebijakan)),
    dipakai: dipakai.map((h) => h.id),
    dilewati,
    langkah: jejak,
  };
}

/** Options of {@link capaianSasaran}: those of {@link hitungIndikator} and of {@link rataRataCapaian}. */
export interface OpsiCapaianSasaran extends OpsiHitungIndikator {
  lewatiBelumDiketahui?: boolean;
  bobot?: Readonly<Record<string, Angka>>;
}

/** Result of {@link capaianSasaran}: the mean (a {@link Hasil}) and every indicator's own result. */
export type HasilSasaran = HasilRataRataCapaian & {
  readonly id: string;
  readonly nama: string;
  readonly indikator: HasilIndikator[];
};

const KUNCI_OPSI_SASARAN = [...KUNCI_OPSI_INDIKATOR, 'lewatiBelumDiketahui', 'bobot'] as const;

/**
 * Capaian of a sasaran (capaian sasaran): the mean of its indicators' capaian (RUMUS.md §4, verified
 * twice; weighted with `bobot`), each indicator evaluated as {@link hitungIndikator} does under the
 * same options, the mean printed under the policy's `rataRata` rule and banded with `skala`.
 *
 * @throws {SakipError} as {@link hitungIndikator} and {@link rataRataCapaian}; `MODEL_TIDAK_VALID`
 * for a sasaran that does not fit the {@link Sasaran} model.
 *
 * @example
 * ```ts
 * import { capaianSasaran } from 'sakip';
 * const s = capaianSasaran(
 *   {
 *     id: 'S1',
 *     nama: 'Meningkatnya Pemenuhan Kebutuhan Dasar PPKS',
 *     indikator: [
 *       { id: 'IKU-1', nama: 'PPKS terpenuhi kebutuhan dasarnya', target: '69,02', realisasi: '92,71' },
 *       { id: 'X', nama: 'Indikator yang belum ada datanya', target: 50, realisasi: null },
 *     ],
 *   },
 *   { kebijakan: 'POTONG', skala: 'PERMENDAGRI_54_2010', lewatiBelumDiketahui: true },
 * );
 * s.status === 'dihitung' && s.capaian.tampil; //=> '134.32'
 * s.dilewati.map((d) => d.id); //=> ['X']
 * s.status === 'dihitung' && s.predikat?.label; //=> 'Sangat baik'
 * s.indikator.map((i) => i.status); //=> ['dihitung', 'tidak-dapat-dihitung']
 * ```
 */
export function capaianSasaran(sasaran: Sasaran | SasaranMasukan, opsi?: OpsiCapaianSasaran): HasilSasaran {
  const o = bacaObjek(opsi, { nama: 'Opsi capaianSasaran', kunci: KUNCI_OPSI_SASARAN });
  const umum = bacaKebijakanSkala(o);
  const opsiInti: OpsiSasaranInti = { ...bacaOpsiIndikator(o, umum), ...bacaOpsiRataRata(o, umum) };
  return capaianSasaranInti(bacaModel(Sasaran, sasaran, 'Sasaran', { format: 'otomatis' }), opsiInti);
}

/** {@link capaianSasaran} on a parsed sasaran and parsed options (internal core, for `hitungLaporan`). */
export function capaianSasaranInti(s: Sasaran, opsi: OpsiSasaranInti): HasilSasaran {
  const indikator = s.indikator.map((i) => hitungIndikatorInti(i, opsi));
  return { ...rataRataCapaianInti(indikator, opsi), id: s.id, nama: s.nama, indikator };
}
