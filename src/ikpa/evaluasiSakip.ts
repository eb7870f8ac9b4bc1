import { z } from 'zod';
import type { Decimal } from '../angka/Decimal.js';
import type { Angka } from '../angka/keDecimal.js';
import { SumberAturan } from '../aturan/status.js';
import { bacaOpsi } from '../galat/masukan.js';
import { SakipError } from '../galat/SakipError.js';
import { SkemaAngka } from '../model/angka.js';
import { type HasilPredikat, predikat, SKALA, type Skala } from '../predikat/index.js';
import {
  adalahRekaman,
  bacaAngka,
  jumlah,
  type LangkahHitung,
  NOL,
  periksaBobotSeratus,
  periksaKunci,
  periksaRentang,
  tulis,
  validasiAturan,
} from './masukan.js';

const IdCamel = z.string().regex(/^[a-z][A-Za-z0-9]*$/, 'id harus camelCase');
const Bobot = SkemaAngka.refine((d) => d.gt(0), 'bobot harus lebih dari 0');

/**
 * The components of an evaluation of SAKIP (aturan evaluasi SAKIP): each component with its weight
 * (the weights summing to 100) and its sub-components (whose weights sum to the component's), with
 * source and status. Check one of your own with {@link buatAturanEvaluasiSakip}.
 *
 * @example
 * ```ts
 * import { AturanEvaluasiSakip } from 'sakip';
 * AturanEvaluasiSakip.safeParse({ nama: 'x', komponen: [] }).success; //=> false
 * ```
 */
export const AturanEvaluasiSakip = SumberAturan.extend({
  nama: z.string().min(1),
  komponen: z
    .array(
      z.object({
        id: IdCamel,
        nama: z.string().min(1),
        bobot: Bobot,
        subKomponen: z.array(
          z.object({ id: IdCamel, kode: z.string().optional(), nama: z.string().min(1), bobot: Bobot }),
        ),
      }),
    )
    .min(1),
}).superRefine((a, ctx) => {
  periksaBobotSeratus(a.komponen, 'komponen', ctx);
  a.komponen.forEach((k, n) => {
    if (k.subKomponen.length === 0) return;
    const sub = k.subKomponen.map((s) => s.id);
    if (new Set(sub).size !== sub.length) {
      ctx.addIssue({ code: 'custom', path: ['komponen', n, 'subKomponen'], message: 'id ganda' });
    }
    const s = jumlah(k.subKomponen.map((x) => x.bobot));
    if (!s.eq(k.bobot)) {
      ctx.addIssue({
        code: 'custom',
        path: ['komponen', n, 'subKomponen'],
        message: `jumlah bobot subkomponen ${s.toString()}, harus ${k.bobot.toString()}`,
      });
    }
  });
});
/** See {@link AturanEvaluasiSakip} (parsed: weights as Decimal). */
export type AturanEvaluasiSakip = z.infer<typeof AturanEvaluasiSakip>;
/** The input form of {@link AturanEvaluasiSakip}. */
export type AturanEvaluasiSakipMasukan = z.input<typeof AturanEvaluasiSakip>;

const tervalidasi = new WeakSet<object>();

/**
 * Validates an evaluation rule set (buat aturan evaluasi SAKIP) and returns it frozen.
 *
 * @throws {SakipError} `SAKIP_ATURAN_TIDAK_VALID`, naming every problem.
 *
 * @example
 * ```ts
 * import { ATURAN_EVALUASI_SAKIP, buatAturanEvaluasiSakip } from 'sakip';
 * const a = ATURAN_EVALUASI_SAKIP.PERMENPANRB_88_2021;
 * buatAturanEvaluasiSakip({ ...a, nama: 'Salinan' }).nama; //=> 'Salinan'
 * buatAturanEvaluasiSakip({ ...a, komponen: a.komponen.slice(1) }); //!> SAKIP_ATURAN_TIDAK_VALID
 * ```
 */
export function buatAturanEvaluasiSakip(definisi: unknown): Readonly<AturanEvaluasiSakip> {
  const a = Object.freeze(
    validasiAturan(AturanEvaluasiSakip, definisi, 'SAKIP_ATURAN_TIDAK_VALID', 'Aturan evaluasi SAKIP'),
  );
  tervalidasi.add(a);
  return a;
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
 * The evaluation rule sets sakip ships (aturan evaluasi SAKIP). `PERMENPANRB_88_2021`: Perencanaan
 * Kinerja 30, Pengukuran Kinerja 30, Pelaporan Kinerja 15, Evaluasi Akuntabilitas Kinerja Internal 25,
 * each split into keberadaan (20 %), kualitas (30 %) and pemanfaatan (50 %) as the LKE does (6/9/15,
 * 6/9/15, 3/4,5/7,5, 5/7,5/12,5). Status `'sesuai-praktik'`: the component weights are those of
 * RUMUS.md §8, the sub-components those of the LKE as e-SAKIP applications implement it; the
 * regulation's own text was not checked.
 *
 * @example
 * ```ts
 * import { ATURAN_EVALUASI_SAKIP } from 'sakip';
 * const a = ATURAN_EVALUASI_SAKIP.PERMENPANRB_88_2021;
 * a.komponen.map((k) => [k.id, k.bobot]); //=> [['perencanaan', '30'], ['pengukuran', '30'], ['pelaporan', '15'], ['evaluasiInternal', '25']]
 * a.komponen[2]?.subKomponen.map((s) => [s.kode, s.bobot]); //=> [['3.a', '3'], ['3.b', '4.5'], ['3.c', '7.5']]
 * ```
 */
export const ATURAN_EVALUASI_SAKIP = {
  PERMENPANRB_88_2021: buatAturanEvaluasiSakip({
    nama: 'Evaluasi Akuntabilitas Kinerja Instansi Pemerintah (PermenPAN-RB 88/2021)',
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
} as const;

/** A component's value: its points (0 to its weight), or its sub-components' points by id. */
export type NilaiKomponenSakip = Angka | Readonly<Record<string, Angka>>;

/** Options of {@link evaluasiSakip}. */
export interface OpsiEvaluasiSakip {
  /** The rule set (default {@link ATURAN_EVALUASI_SAKIP}`.PERMENPANRB_88_2021`). */
  aturan?: AturanEvaluasiSakip;
  /** Band table (default {@link SKALA}`.PERMENPANRB_88_2021`); `null`: no predikat. */
  skala?: Skala | null;
}

/** One component in an evaluation result. */
export interface KomponenHasilSakip {
  id: string;
  nama: string;
  bobot: Decimal;
  /** Points of the component (sum of its sub-components when they were given). */
  nilai: Decimal;
  /** The sub-components' points, when given; `null` when the component was given as one number. */
  subKomponen:
    | { id: string; kode: string | undefined; nama: string; bobot: Decimal; nilai: Decimal }[]
    | null;
}

/** The result of {@link evaluasiSakip} (hasil evaluasi SAKIP). */
export interface HasilEvaluasiSakip {
  /** Nilai SAKIP: Σ component points, 0–100, unrounded. */
  total: Decimal;
  perKomponen: KomponenHasilSakip[];
  /** AA … D (default table {@link SKALA}`.PERMENPANRB_88_2021`); `null` with `skala: null`. */
  predikat: HasilPredikat | null;
  langkah: LangkahHitung[];
}

const KODE_KUNCI = { hilang: 'SAKIP_KOMPONEN_HILANG', tidakDikenal: 'SAKIP_KOMPONEN_TIDAK_DIKENAL' } as const;

/**
 * The SAKIP evaluation score (nilai evaluasi SAKIP, PermenPAN-RB 88/2021) from the points of its four
 * components — each given as one number (0 to its weight) or by sub-component (keberadaan, kualitas,
 * pemanfaatan) — with the total and its predikat AA … D. Unrounded.
 *
 * @throws {SakipError} `SAKIP_KOMPONEN_HILANG`, `SAKIP_KOMPONEN_TIDAK_DIKENAL`,
 * `SAKIP_NILAI_DI_LUAR_RENTANG`, `SAKIP_ATURAN_TIDAK_VALID`, and the codes of {@link keDecimal}.
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
 * h.total; //=> '71.91'
 * h.predikat?.kode; //=> 'BB'
 * evaluasiSakip({ perencanaan: 31, pengukuran: 21, pelaporan: 11, evaluasiInternal: 18 }); //!> SAKIP_NILAI_DI_LUAR_RENTANG
 * evaluasiSakip({ perencanaan: 21, pengukuran: 21, pelaporan: 11 }); //!> SAKIP_KOMPONEN_HILANG
 * ```
 */
export function evaluasiSakip(
  nilai: Readonly<Record<string, NilaiKomponenSakip>>,
  opsiMasukan?: OpsiEvaluasiSakip,
): HasilEvaluasiSakip {
  const opsi = bacaOpsi(opsiMasukan, 'evaluasiSakip', 'OPSI_TIDAK_VALID');
  const aturan =
    opsi.aturan === undefined
      ? ATURAN_EVALUASI_SAKIP.PERMENPANRB_88_2021
      : tervalidasi.has(opsi.aturan)
        ? opsi.aturan
        : buatAturanEvaluasiSakip(opsi.aturan);
  const masukan = periksaKunci(
    nilai,
    aturan.komponen.map((k) => k.id),
    KODE_KUNCI,
    'nilai',
    'Komponen evaluasi SAKIP',
  );
  const langkah: LangkahHitung[] = [];
  const perKomponen = aturan.komponen.map((k): KomponenHasilSakip => {
    const lokasi = `nilai.${k.id}`;
    const mentah = masukan[k.id];
    if (adalahRekaman(mentah)) {
      if (k.subKomponen.length === 0) {
        throw new SakipError(
          'SAKIP_KOMPONEN_TIDAK_DIKENAL',
          `Komponen ${k.id} tidak punya subkomponen: beri satu angka.`,
          {
            masukan: mentah,
            lokasi,
          },
        );
      }
      const isi = periksaKunci(
        mentah,
        k.subKomponen.map((s) => s.id),
        KODE_KUNCI,
        lokasi,
        `Subkomponen ${k.nama}`,
      );
      const sub = k.subKomponen.map((s) => {
        const l = `${lokasi}.${s.id}`;
        const d = periksaRentang(
          bacaAngka(isi[s.id], l),
          NOL,
          s.bobot,
          'SAKIP_NILAI_DI_LUAR_RENTANG',
          l,
          isi[s.id],
        );
        return { id: s.id, kode: s.kode, nama: s.nama, bobot: s.bobot, nilai: d };
      });
      const n = jumlah(sub.map((s) => s.nilai));
      langkah.push({
        uraian: `${k.nama} = Σ subkomponen`,
        rumus: `${sub.map((s) => tulis(s.nilai)).join(' + ')} = ${tulis(n)}`,
        hasil: n,
      });
      return { id: k.id, nama: k.nama, bobot: k.bobot, nilai: n, subKomponen: sub };
    }
    const d = periksaRentang(
      bacaAngka(mentah, lokasi),
      NOL,
      k.bobot,
      'SAKIP_NILAI_DI_LUAR_RENTANG',
      lokasi,
      mentah,
    );
    return { id: k.id, nama: k.nama, bobot: k.bobot, nilai: d, subKomponen: null };
  });
  const total = jumlah(perKomponen.map((k) => k.nilai));
  langkah.push({
    uraian: 'Nilai evaluasi SAKIP = Σ nilai komponen',
    rumus: `${perKomponen.map((k) => tulis(k.nilai)).join(' + ')} = ${tulis(total)}`,
    hasil: total,
  });
  const skala = opsi.skala === undefined ? SKALA.PERMENPANRB_88_2021 : opsi.skala;
  return { total, perKomponen, predikat: skala === null ? null : predikat(total, skala), langkah };
}
