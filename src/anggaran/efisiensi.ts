import type { Decimal } from '../angka/Decimal.js';
import { type KebijakanPembulatan, pilihKebijakan } from '../angka/kebijakanPembulatan.js';
import type { Angka } from '../angka/keDecimal.js';
import { bacaObjek, teksMasukan } from '../galat/masukan.js';
import { SakipError } from '../galat/SakipError.js';
import {
  type AturanEfisiensi,
  BENTUK_EFISIENSI,
  type BentukEfisiensi,
  pilihAturanEfisiensi,
} from './aturanEfisiensi.js';
import {
  type ButirEfisiensiInti,
  efisiensiInti,
  type HasilEfisiensi,
  type OpsiEfisiensiInti,
  type SatuanTampil,
} from './inti/efisiensi.js';
import { angkaDi, di, larikDi, paguDi, pilihanDi, rupiahDi, wajib } from './masukan.js';

export type {
  AlasanEfisiensiTidakDihitung,
  DasarButirEfisiensi,
  DasarHasilEfisiensi,
  EfisiensiButir,
  EfisiensiButirDihitung,
  EfisiensiButirTidakDihitung,
  HasilEfisiensi,
  HasilEfisiensiDihitung,
  HasilEfisiensiTidakDihitung,
  SatuanTampil,
  TampilEfisiensi,
} from './inti/efisiensi.js';

/** One item of an efficiency computation (butir efisiensi): a sasaran, program or output. */
export interface ButirEfisiensi {
  /** A label for `langkah` (e.g. `'Sasaran 1'`). */
  nama?: string;
  /** Budget ceiling (PAK), Rupiah, > 0. */
  pagu: Angka;
  /** Spending (RAK), Rupiah, ≥ 0. */
  realisasi: Angka;
  /** Physical achievement (CK) **in percent** (134,32 — not 1,3432). */
  capaian: Angka;
}

/**
 * Options of {@link efisiensi}. The rule set is picked with `aturan`; `batas`, `batasAtasCapaian`,
 * `capaianMinimal` and `bentuk`, when given, override the same field of the rule. All figures are
 * **in percent**.
 */
export interface OpsiEfisiensi {
  /** The rule set: an id of {@link ATURAN_EFISIENSI} or a rule object; default `'PMK_214_2017'`. */
  aturan?: string | AturanEfisiensi;
  /** Bound of E in percent, `[−batas, +batas]`; `null` for no bound. */
  batas?: Angka | null;
  /** Cap of capaian in percent (`100`: "100,06% dijadikan 100%"); `null`: none. */
  batasAtasCapaian?: Angka | null;
  /** Compute only items with capaian ≥ this (percent); others are "tidak dapat dihitung". */
  capaianMinimal?: Angka | null;
  /** `'jumlah'` (Σ form) or `'rata-rata-keluaran'` (mean of per-output E). */
  bentuk?: BentukEfisiensi;
  /** Rounding policy for the value shown (`tampil`): its `efisiensi` rule, applied to E in percent. */
  kebijakan?: string | KebijakanPembulatan;
  /** Unit of the value shown: `'persen'` (default) or `'rasio'` (E / 100, as the sample report prints). */
  satuanTampil?: SatuanTampil;
  /** Write `langkah` (default true); `false` leaves it empty — for bulk computations. */
  langkah?: boolean;
}

const KUNCI_OPSI = [
  'aturan',
  'batas',
  'batasAtasCapaian',
  'capaianMinimal',
  'bentuk',
  'kebijakan',
  'satuanTampil',
  'langkah',
] as const;
const KUNCI_BUTIR = ['nama', 'pagu', 'realisasi', 'capaian'] as const;
const SATUAN_TAMPIL: readonly SatuanTampil[] = ['persen', 'rasio'];

function salahOpsi(lokasi: string, pesan: string, masukan: unknown): never {
  throw new SakipError(
    'OPSI_TIDAK_VALID',
    `Opsi efisiensi: ${lokasi} ${pesan} (diberi ${teksMasukan(masukan)}).`,
    {
      masukan,
      lokasi,
    },
  );
}

/** An override of the rule's figure: absent → the rule's, `null` → none, else a number. */
function angkaAtauAturan(x: unknown, dariAturan: Decimal | null, lokasi: string): Decimal | null {
  if (x === undefined) return dariAturan;
  return x === null ? null : angkaDi(x, lokasi);
}

/**
 * Reads the options of {@link efisiensi} once (internal; for `hitungLaporan` too): picks the rule set,
 * merges the overrides into it, reads the rounding policy. Unknown keys name the nearest known key.
 */
export function bacaOpsiEfisiensi(opsi: unknown, aturanBawaan?: string): OpsiEfisiensiInti {
  const o = bacaObjek(opsi, { nama: 'Opsi efisiensi', kunci: KUNCI_OPSI });
  const aturan = pilihAturanEfisiensi(o.aturan ?? aturanBawaan);
  const batas = angkaAtauAturan(o.batas, aturan.batas, 'batas');
  if (batas?.isNegative()) salahOpsi('batas', 'tidak boleh negatif', o.batas);
  const batasAtasCapaian = angkaAtauAturan(o.batasAtasCapaian, aturan.batasAtasCapaian, 'batasAtasCapaian');
  if (batasAtasCapaian !== null && !batasAtasCapaian.gt(0)) {
    salahOpsi('batasAtasCapaian', 'harus lebih dari 0', o.batasAtasCapaian);
  }
  if (o.langkah !== undefined && typeof o.langkah !== 'boolean')
    salahOpsi('langkah', 'harus true atau false', o.langkah);
  return {
    aturan,
    batas,
    batasAtasCapaian,
    capaianMinimal: angkaAtauAturan(o.capaianMinimal, aturan.capaianMinimal, 'capaianMinimal'),
    bentuk: pilihanDi(o.bentuk, BENTUK_EFISIENSI, aturan.bentuk, 'bentuk'),
    kebijakan: o.kebijakan === undefined ? undefined : pilihKebijakan(o.kebijakan),
    satuanTampil:
      o.satuanTampil === undefined
        ? undefined
        : pilihanDi(o.satuanTampil, SATUAN_TAMPIL, 'persen', 'satuanTampil'),
    langkah: o.langkah !== false,
  };
}

/** Reads the items of {@link efisiensi}: a non-empty list of strict `{ nama?, pagu, realisasi, capaian }`. */
export function bacaButirEfisiensi(butir: unknown): ButirEfisiensiInti[] {
  const daftar = larikDi(butir, 'butir');
  if (daftar.length === 0) {
    throw new SakipError(
      'EFISIENSI_BUTIR_KOSONG',
      'Efisiensi memerlukan daftar butir { pagu, realisasi, capaian }.',
      {
        masukan: butir,
      },
    );
  }
  const hasil: ButirEfisiensiInti[] = new Array(daftar.length);
  for (let i = 0; i < daftar.length; i++) {
    const lokasi = di('butir', i);
    const x = daftar[i];
    const b = bacaObjek(x, {
      nama: 'Butir efisiensi',
      kunci: KUNCI_BUTIR,
      kode: 'MASUKAN_TIDAK_VALID',
      lokasi,
      bolehKosong: false,
    });
    if (b.nama !== undefined && typeof b.nama !== 'string') {
      throw new SakipError(
        'MASUKAN_TIDAK_VALID',
        `${di(lokasi, 'nama')} harus teks, bukan ${teksMasukan(b.nama)}.`,
        {
          masukan: x,
          lokasi: di(lokasi, 'nama'),
        },
      );
    }
    hasil[i] = {
      nama: b.nama,
      pagu: paguDi(b.pagu, di(lokasi, 'pagu'), x, 'efisiensi'),
      realisasi: rupiahDi(b.realisasi, di(lokasi, 'realisasi'), x),
      capaian: angkaDi(wajib(b.capaian, di(lokasi, 'capaian'), x), di(lokasi, 'capaian')),
    };
  }
  return hasil;
}

/**
 * Budget efficiency (efisiensi) by the PMK 214/2017 formula adopted by Keputusan Bupati Barito Kuala
 * 188/45/293/KUM/2023: `E = Σ((PAK × CK) − RAK) / Σ(PAK × CK) × 100%`, with PAK = pagu, CK = capaian
 * (given **in percent**, used as a fraction), RAK = realisasi. The result is the one result union:
 * `status: 'dihitung'` with `nilai` = E within the rule's bound (default ±20), **in percent**, beside
 * `eMentah` (before the bound), the nilai efisiensi `NE = 50 + (E / 20) × 50`, each item's own E, and
 * `langkah`, the working step by step. Nothing is rounded; `kebijakan` and `satuanTampil` add a
 * `tampil` value to reproduce a printed figure.
 *
 * The rule set (bound, cap on capaian, minimum capaian, form) is picked with `aturan` (an id of
 * {@link ATURAN_EFISIENSI} or a rule object); the options `batas`, `batasAtasCapaian`,
 * `capaianMinimal` and `bentuk` override its fields. Items below `capaianMinimal`, or with capaian ≤ 0,
 * are "tidak dapat dihitung" with their reason; when no item remains, the result itself is.
 *
 * @throws {SakipError} `EFISIENSI_BUTIR_KOSONG` for an empty list, `ANGGARAN_PAGU_NOL`,
 * `ANGGARAN_NEGATIF`, `MASUKAN_TIDAK_VALID` for a missing or unknown key of an item,
 * `OPSI_TIDAK_VALID` for a bad option (an unknown key names the nearest known one),
 * `ATURAN_TIDAK_DIKENAL` / `ATURAN_TIDAK_VALID` for the rule set or rounding policy, and the codes of
 * {@link keDecimal}.
 *
 * @example
 * ```ts
 * import { efisiensi } from 'sakip';
 * // LKIP 2024 Dinsos Barito Kuala, sasaran 1: CK 134,32% (not capped).
 * const s1 = efisiensi([{ pagu: '2.142.720.865,00', realisasi: '2.113.252.231,00', capaian: '134,32' }]);
 * s1.status === 'dihitung' && s1.eMentah.toFixed(6); //=> '26.574814'
 * s1.status === 'dihitung' && s1.nilai; //=> '20'
 * s1.status === 'dihitung' && s1.nilaiEfisiensi; //=> '100'
 * // What the report printed (0,266): no bound, POTONG (1 decimal in percent), shown as a ratio.
 * const cetak = efisiensi([{ pagu: 2142720865, realisasi: 2113252231, capaian: 134.32 }], {
 *   aturan: 'TANPA_BATAS', kebijakan: 'POTONG', satuanTampil: 'rasio',
 * });
 * cetak.status === 'dihitung' && cetak.tampil?.teks; //=> '0,266'
 * // Sasaran 3 under the district rule: "100,06% dijadikan 100%".
 * const s3 = efisiensi([{ pagu: 4699311668, realisasi: 4383367872, capaian: '100,06' }], { batasAtasCapaian: 100 });
 * s3.status === 'dihitung' && s3.nilai.toFixed(6); //=> '6.723193'
 * efisiensi([{ pagu: 1227826990, realisasi: 1090111598, capaian: '55,72' }], { aturan: 'BARITO_KUALA_2023' }).status; //=> 'tidak-dapat-dihitung'
 * efisiensi([]); //!> EFISIENSI_BUTIR_KOSONG
 * efisiensi([{ pagu: 1, realisasi: 1, capaian: 100 }], { batass: 10 } as never); //!> OPSI_TIDAK_VALID
 * ```
 */
export function efisiensi(butir: readonly ButirEfisiensi[], opsi?: OpsiEfisiensi): HasilEfisiensi {
  const o = bacaOpsiEfisiensi(opsi);
  return efisiensiInti(bacaButirEfisiensi(butir), o);
}
