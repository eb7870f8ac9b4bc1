import * as z from 'zod';
import { type Decimal, DecimalInti } from '../angka/Decimal.js';
import type { Angka } from '../angka/keDecimal.js';
import {
  type Aturan,
  bekukanPreset,
  buatAturan,
  IdentitasAturan,
  type JenisAturan,
  pilihAturan,
} from '../aturan/aturan.js';
import { bacaObjek } from '../galat/masukan.js';
import { type Masalah, SakipError } from '../galat/SakipError.js';
import { type Langkah, langkah } from '../hasil/hasil.js';
import { type HasilPredikat, predikatInti } from '../predikat/inti.js';
import { pilihSkala, SKALA } from '../predikat/presetSkala.js';
import type { Skala, SkalaMasukan } from '../predikat/Skala.js';
import {
  type AturanDipakai,
  adalahObjek,
  aturanDipakai,
  BobotPositif,
  bacaAngka,
  bacaRekaman,
  type Definisi,
  IdCamel,
  NOL,
  periksaBobot,
  periksaRentang,
  tulisPredikat,
} from './masukan.js';

/** One sub-component of an evaluation component (subkomponen evaluasi SAKIP). */
export interface SubKomponenSakip {
  readonly id: string;
  /** The LKE's number (`'1.a'`), if any. */
  readonly kode?: string | undefined;
  readonly nama: string;
  /** Points; the sub-components of a component sum to its weight. */
  readonly bobot: Decimal;
}

/** One component of an evaluation of SAKIP (komponen evaluasi SAKIP). */
export interface KomponenSakip {
  readonly id: string;
  readonly nama: string;
  /** Points (weight); the components sum to 100. */
  readonly bobot: Decimal;
  /** Its sub-components; empty when the component is only scored as a whole. */
  readonly subKomponen: readonly SubKomponenSakip[];
}

/** The payload of an evaluation rule set (isi aturan evaluasi SAKIP). */
export interface IsiAturanEvaluasiSakip {
  readonly komponen: readonly KomponenSakip[];
}

const ISI_SAKIP = {
  komponen: z
    .array(
      z.strictObject({
        id: IdCamel,
        nama: z.string().min(1).max(300),
        bobot: BobotPositif,
        subKomponen: z
          .array(
            z.strictObject({
              id: IdCamel,
              kode: z.string().min(1).max(20).optional(),
              nama: z.string().min(1).max(300),
              bobot: BobotPositif,
            }),
          )
          .max(100)
          .default([]),
      }),
    )
    .min(1)
    .max(100),
};

function periksaSakip(a: IsiAturanEvaluasiSakip): { masalah: Masalah[] } {
  const masalah = periksaBobot(a.komponen, 'komponen');
  a.komponen.forEach((k, n) => {
    if (k.subKomponen.length > 0)
      masalah.push(...periksaBobot(k.subKomponen, `komponen[${n}].subKomponen`, k.bobot));
  });
  return { masalah };
}

/** Internal: the kind of evaluation rule sets. Not exported from the package. */
export const JENIS_EVALUASI_SAKIP: JenisAturan<'evaluasi-sakip', typeof ISI_SAKIP, IsiAturanEvaluasiSakip> = {
  jenis: 'evaluasi-sakip',
  nama: 'Aturan evaluasi SAKIP',
  isi: ISI_SAKIP,
  periksa: periksaSakip,
};

/**
 * The components of an evaluation of SAKIP as a rule set (aturan evaluasi SAKIP): each component with
 * its weight (the weights summing to 100) and its sub-components (whose weights sum to the
 * component's), with identity, source and status. Presets: {@link ATURAN_EVALUASI_SAKIP}; one's own:
 * {@link buatAturanEvaluasiSakip}.
 */
export type AturanEvaluasiSakip = Aturan<'evaluasi-sakip', IsiAturanEvaluasiSakip>;

const SkemaDefinisiSakip = IdentitasAturan.extend({
  jenis: z.literal('evaluasi-sakip').optional(),
  ...ISI_SAKIP,
});
/** An evaluation rule set as one writes it (definisi aturan evaluasi SAKIP): weights as {@link Angka}. */
export type AturanEvaluasiSakipMasukan = Definisi<z.input<typeof SkemaDefinisiSakip>>;

/**
 * Validates an evaluation rule set of one's own (buat aturan evaluasi SAKIP) — component weights
 * summing to 100, each component's sub-components summing to its weight, unique ids — and returns it
 * deeply frozen.
 *
 * @throws {SakipError} `ATURAN_TIDAK_VALID`, listing every problem with its path.
 *
 * @example
 * ```ts
 * import { ATURAN_EVALUASI_SAKIP, buatAturanEvaluasiSakip } from 'sakip';
 * const a = ATURAN_EVALUASI_SAKIP.PERMENPANRB_88_2021;
 * buatAturanEvaluasiSakip({ ...a, id: 'SALINAN', nama: 'Salinan' }).nama; //=> 'Salinan'
 * buatAturanEvaluasiSakip({ ...a, komponen: a.komponen.slice(1) }); //!> ATURAN_TIDAK_VALID
 * ```
 */
export function buatAturanEvaluasiSakip(
  definisi: AturanEvaluasiSakipMasukan | AturanEvaluasiSakip,
): AturanEvaluasiSakip {
  return buatAturan(JENIS_EVALUASI_SAKIP, definisi);
}

// LKE PermenPAN-RB 88/2021: each component splits 20 % / 30 % / 50 % into keberadaan / kualitas /
// pemanfaatan (1.a, 1.b, 1.c …).
const tigaSub = (no: number, bobot: [string, string, string], nama: [string, string, string]) =>
  (['keberadaan', 'kualitas', 'pemanfaatan'] as const).map((id, i) => ({
    id,
    kode: `${no}.${'abc'[i]}`,
    nama: nama[i] as string,
    bobot: bobot[i] as string,
  }));

/**
 * The evaluation rule sets sakip ships (aturan evaluasi SAKIP), deeply frozen. `PERMENPANRB_88_2021`
 * (the default): Perencanaan Kinerja 30, Pengukuran Kinerja 30, Pelaporan Kinerja 15, Evaluasi
 * Akuntabilitas Kinerja Internal 25, each split into keberadaan (20 %), kualitas (30 %) and
 * pemanfaatan (50 %) as the LKE does (6/9/15, 6/9/15, 3/4,5/7,5, 5/7,5/12,5). Status
 * `'sesuai-praktik'`: the component weights are those of RUMUS.md §8, the sub-components those of the
 * LKE as e-SAKIP applications implement it; the regulation's own text was not checked.
 *
 * @example
 * ```ts
 * import { ATURAN_EVALUASI_SAKIP } from 'sakip';
 * const a = ATURAN_EVALUASI_SAKIP.PERMENPANRB_88_2021;
 * a.komponen.map((k) => [k.id, k.bobot]); //=> [['perencanaan', '30'], ['pengukuran', '30'], ['pelaporan', '15'], ['evaluasiInternal', '25']]
 * a.komponen[2]?.subKomponen.map((s) => [s.kode, s.bobot]); //=> [['3.a', '3'], ['3.b', '4.5'], ['3.c', '7.5']]
 * ```
 */
export const ATURAN_EVALUASI_SAKIP = bekukanPreset({
  PERMENPANRB_88_2021: buatAturanEvaluasiSakip({
    id: 'PERMENPANRB_88_2021',
    nama: 'PermenPAN-RB 88/2021 — Evaluasi Akuntabilitas Kinerja Instansi Pemerintah',
    sumber:
      'PermenPAN-RB 88/2021 (RUMUS.md §8: komponen 30/30/15/25); subkomponen menurut Lembar Kerja Evaluasi (LKE) ' +
      'sebagaimana diterapkan aplikasi e-SAKIP sumber terbuka',
    status: 'sesuai-praktik',
    catatan:
      'Subkomponen a/b/c = keberadaan 20%, kualitas 30%, pemanfaatan 50% dari bobot komponen; bobot dan nama ' +
      'subkomponen cocok di beberapa aplikasi LKE, tetapi teks peraturan belum dibaca langsung. Jawaban kriteria ' +
      '(AA … E) dan konversinya ke nilai tidak dimodelkan: masukan adalah nilai (sub)komponen.',
    komponen: [
      {
        id: 'perencanaan',
        nama: 'Perencanaan Kinerja',
        bobot: 30,
        subKomponen: tigaSub(
          1,
          ['6', '9', '15'],
          [
            'Dokumen perencanaan kinerja telah tersedia',
            'Dokumen perencanaan kinerja telah memenuhi standar yang baik',
            'Perencanaan kinerja telah dimanfaatkan untuk mewujudkan hasil',
          ],
        ),
      },
      {
        id: 'pengukuran',
        nama: 'Pengukuran Kinerja',
        bobot: 30,
        subKomponen: tigaSub(
          2,
          ['6', '9', '15'],
          [
            'Pengukuran kinerja telah dilakukan',
            'Pengukuran kinerja telah menjadi kebutuhan, dilakukan berjenjang dan berkelanjutan',
            'Pengukuran kinerja telah dijadikan dasar reward/punishment dan penyesuaian strategi',
          ],
        ),
      },
      {
        id: 'pelaporan',
        nama: 'Pelaporan Kinerja',
        bobot: 15,
        subKomponen: tigaSub(
          3,
          ['3', '4,5', '7,5'],
          [
            'Terdapat dokumen laporan yang menggambarkan kinerja',
            'Dokumen laporan kinerja telah memenuhi standar',
            'Pelaporan kinerja telah memberikan dampak pada penyesuaian strategi/kebijakan',
          ],
        ),
      },
      {
        id: 'evaluasiInternal',
        nama: 'Evaluasi Akuntabilitas Kinerja Internal',
        bobot: 25,
        subKomponen: tigaSub(
          4,
          ['5', '7,5', '12,5'],
          [
            'Evaluasi akuntabilitas kinerja internal telah dilaksanakan',
            'Evaluasi akuntabilitas kinerja internal telah dilaksanakan secara berkualitas',
            'Implementasi SAKIP telah meningkat karena evaluasi akuntabilitas kinerja internal',
          ],
        ),
      },
    ],
  }),
});

/** A component's value: its points (0 to its weight), or its sub-components' points by id. */
export type NilaiKomponenSakip = Angka | Readonly<Record<string, Angka>>;

/** A component's value, read (trusted): points, or points by sub-component id. */
export type NilaiKomponenSakipInti = Decimal | Readonly<Record<string, Decimal>>;

/** Options of {@link evaluasiSakip}. */
export interface OpsiEvaluasiSakip {
  /** The rule: an id of {@link ATURAN_EVALUASI_SAKIP}, a preset, or a definition (default `'PERMENPANRB_88_2021'`). */
  aturan?: string | AturanEvaluasiSakip | AturanEvaluasiSakipMasukan;
  /** Band table: an id or a table (default {@link SKALA}`.PERMENPANRB_88_2021`); `null`: no predikat. */
  skala?: string | Skala | SkalaMasukan | null;
}

const KUNCI_OPSI = ['aturan', 'skala'] as const;

/** One sub-component in an evaluation result. */
export interface SubKomponenHasilSakip {
  readonly id: string;
  readonly kode: string | undefined;
  readonly nama: string;
  readonly bobot: Decimal;
  readonly nilai: Decimal;
}

/** One component in an evaluation result. */
export interface KomponenHasilSakip {
  readonly id: string;
  readonly nama: string;
  readonly bobot: Decimal;
  /** Points of the component (sum of its sub-components when they were given). */
  readonly nilai: Decimal;
  /** The sub-components' points, when given; `null` when the component was given as one number. */
  readonly subKomponen: readonly SubKomponenHasilSakip[] | null;
}

/** The result of {@link evaluasiSakip} (hasil evaluasi SAKIP). */
export interface HasilEvaluasiSakip {
  /** Nilai evaluasi SAKIP: Σ component points, 0–100, unrounded. */
  readonly nilai: Decimal;
  readonly perKomponen: readonly KomponenHasilSakip[];
  /** AA … D (default table {@link SKALA}`.PERMENPANRB_88_2021`); `null` with `skala: null`. */
  readonly predikat: HasilPredikat | null;
  /** The rule used (a copy of its identity). */
  readonly aturan: AturanDipakai;
  readonly langkah: readonly Langkah[];
}

/** Picks the evaluation rule from the option `aturan` (internal boundary helper; default PERMENPANRB_88_2021). */
export function pilihAturanEvaluasiSakip(pilihan: unknown): AturanEvaluasiSakip {
  return pilihAturan(JENIS_EVALUASI_SAKIP, ATURAN_EVALUASI_SAKIP, pilihan, {
    bawaan: ATURAN_EVALUASI_SAKIP.PERMENPANRB_88_2021,
  });
}

/**
 * The SAKIP evaluation score (nilai evaluasi SAKIP, PermenPAN-RB 88/2021) from the points of its four
 * components — each given as one number (0 to its weight) or by sub-component (keberadaan, kualitas,
 * pemanfaatan) — with the total and its predikat AA … D. Unrounded.
 *
 * @throws {SakipError} `SAKIP_KOMPONEN_HILANG`, `SAKIP_KOMPONEN_TIDAK_DIKENAL` (with the nearest known
 * id), `SAKIP_NILAI_DI_LUAR_RENTANG`, `MASUKAN_TIDAK_VALID`, `OPSI_TIDAK_VALID`, `ATURAN_TIDAK_DIKENAL`,
 * `ATURAN_TIDAK_VALID`, and the codes of {@link keDecimal}.
 *
 * @example
 * ```ts
 * import { evaluasiSakip } from 'sakip';
 * const h = evaluasiSakip({
 *   perencanaan: { keberadaan: '5,4', kualitas: '6,3', pemanfaatan: '9,8' },
 *   pengukuran: 21,
 *   pelaporan: '11,16',
 *   evaluasiInternal: '18,25',
 * });
 * h.perKomponen[0]?.nilai; //=> '21.5'
 * h.nilai; //=> '71.91'
 * h.predikat?.kode; //=> 'BB'
 * evaluasiSakip({ perencanaan: 31, pengukuran: 21, pelaporan: 11, evaluasiInternal: 18 }); //!> SAKIP_NILAI_DI_LUAR_RENTANG
 * evaluasiSakip({ perencanaan: 21, pengukuran: 21, pelaporan: 11 }); //!> SAKIP_KOMPONEN_HILANG
 * ```
 */
export function evaluasiSakip(
  nilai: Readonly<Record<string, NilaiKomponenSakip>>,
  opsi?: OpsiEvaluasiSakip,
): HasilEvaluasiSakip {
  const o = bacaObjek(opsi, { nama: 'Opsi evaluasiSakip', kunci: KUNCI_OPSI });
  const aturan = pilihAturanEvaluasiSakip(o.aturan);
  const skala =
    o.skala === undefined ? SKALA.PERMENPANRB_88_2021 : o.skala === null ? null : pilihSkala(o.skala);
  return evaluasiSakipInti(bacaNilaiSakip(nilai, aturan), aturan, skala);
}

const KODE_KUNCI = {
  kodeAsing: 'SAKIP_KOMPONEN_TIDAK_DIKENAL',
  kodeHilang: 'SAKIP_KOMPONEN_HILANG',
} as const;

/**
 * Reads the component values for a rule (internal boundary helper): every component present, as points
 * within 0 to its weight, or by sub-component (every sub-component present, each within 0 to its
 * weight).
 *
 * @throws {SakipError} `MASUKAN_TIDAK_VALID`, `SAKIP_KOMPONEN_TIDAK_DIKENAL`, `SAKIP_KOMPONEN_HILANG`,
 * `SAKIP_NILAI_DI_LUAR_RENTANG`, the codes of keDecimal.
 */
export function bacaNilaiSakip(
  nilai: unknown,
  aturan: AturanEvaluasiSakip,
  lokasi = 'nilai',
): Record<string, NilaiKomponenSakipInti> {
  const isi = bacaRekaman(nilai, {
    nama: `Komponen evaluasi SAKIP ${aturan.id}`,
    kunci: aturan.komponen.map((k) => k.id),
    lokasi,
    ...KODE_KUNCI,
  });
  const hasil: Record<string, NilaiKomponenSakipInti> = Object.create(null);
  for (const k of aturan.komponen) {
    const l = `${lokasi}.${k.id}`;
    const mentah = isi[k.id];
    // A Decimal is an object too: only a plain record of numbers is a split by sub-component.
    if (rekamanPolos(mentah)) {
      if (k.subKomponen.length === 0) {
        throw new SakipError(
          'SAKIP_KOMPONEN_TIDAK_DIKENAL',
          `Komponen ${k.id} tidak punya subkomponen: beri satu angka.`,
          {
            masukan: mentah,
            lokasi: l,
          },
        );
      }
      const sub = bacaRekaman(mentah, {
        nama: `Subkomponen ${k.nama}`,
        kunci: k.subKomponen.map((s) => s.id),
        lokasi: l,
        ...KODE_KUNCI,
      });
      const s: Record<string, Decimal> = Object.create(null);
      for (const x of k.subKomponen) {
        const ls = `${l}.${x.id}`;
        s[x.id] = periksaRentang(
          bacaAngka(sub[x.id], ls),
          NOL,
          x.bobot,
          'SAKIP_NILAI_DI_LUAR_RENTANG',
          ls,
          sub[x.id],
        );
      }
      hasil[k.id] = s;
    } else {
      hasil[k.id] = periksaRentang(
        bacaAngka(mentah, l),
        NOL,
        k.bobot,
        'SAKIP_NILAI_DI_LUAR_RENTANG',
        l,
        mentah,
      );
    }
  }
  return hasil;
}

/**
 * {@link evaluasiSakip} on trusted values (internal core): `nilai` holds every component of `aturan`
 * (a sakip Decimal within 0 to its weight, or — for components with sub-components — a record of every
 * sub-component's points), `skala` a validated band table or `null`. Never validates again.
 */
export function evaluasiSakipInti(
  nilai: Readonly<Record<string, NilaiKomponenSakipInti>>,
  aturan: AturanEvaluasiSakip,
  skala: Skala | null = SKALA.PERMENPANRB_88_2021,
): HasilEvaluasiSakip {
  const jejak: Langkah[] = [];
  const perKomponen: KomponenHasilSakip[] = [];
  const masukanTotal: Record<string, Decimal> = {};
  let total = NOL;
  for (const k of aturan.komponen) {
    const v = nilai[k.id] as NilaiKomponenSakipInti;
    let n: Decimal;
    let sub: SubKomponenHasilSakip[] | null = null;
    if (isDecimal(v)) {
      n = v;
    } else {
      sub = [];
      n = NOL;
      const masukan: Record<string, Decimal> = {};
      for (const s of k.subKomponen) {
        const d = v[s.id] as Decimal;
        sub.push({ id: s.id, kode: s.kode, nama: s.nama, bobot: s.bobot, nilai: d });
        masukan[s.id] = d;
        n = n.plus(d);
      }
      jejak.push(langkah(`nilai ${k.id} = Σ nilai subkomponen`, masukan, n));
    }
    perKomponen.push({ id: k.id, nama: k.nama, bobot: k.bobot, nilai: n, subKomponen: sub });
    masukanTotal[k.id] = n;
    total = total.plus(n);
  }
  jejak.push(langkah('nilai evaluasi SAKIP = Σ nilai komponen', masukanTotal, total));
  const predikat = skala === null ? null : predikatInti(total, skala);
  if (predikat) {
    jejak.push(
      langkah(
        `predikat menurut skala ${predikat.skala}`,
        { nilai: total },
        tulisPredikat(predikat),
        predikat.rentang,
      ),
    );
  }
  return { nilai: total, perKomponen, predikat, aturan: aturanDipakai(aturan), langkah: jejak };
}

function isDecimal(v: NilaiKomponenSakipInti): v is Decimal {
  return DecimalInti.isDecimal(v);
}

/** Whether a component was given by sub-component: a plain record (not a Decimal, not a Proxy that throws). */
function rekamanPolos(x: unknown): x is object {
  if (!adalahObjek(x)) return false;
  try {
    const p = Object.getPrototypeOf(x);
    return p === Object.prototype || p === null;
  } catch {
    return false;
  }
}
