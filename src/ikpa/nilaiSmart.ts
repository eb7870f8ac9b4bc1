import { z } from 'zod';
import type { Decimal } from '../angka/Decimal.js';
import type { Angka } from '../angka/keDecimal.js';
import { SumberAturan } from '../aturan/status.js';
import { bacaOpsi } from '../galat/masukan.js';
import { SkemaAngka } from '../model/angka.js';
import {
  bacaAngka,
  denganLangkah,
  jumlah,
  type LangkahHitung,
  NOL,
  periksaBobotSeratus,
  periksaKunci,
  periksaRentang,
  SERATUS,
  tulis,
  validasiAturan,
} from './masukan.js';

/**
 * The weights of the SMART/EKA implementation aspect (aturan SMART): its components with their
 * weights in percent (summing to 100) and the source. Check one of your own with
 * {@link buatAturanSmart}.
 *
 * @example
 * ```ts
 * import { AturanSmart } from 'sakip';
 * AturanSmart.safeParse({ nama: 'x' }).success; //=> false
 * ```
 */
export const AturanSmart = SumberAturan.extend({
  nama: z.string().min(1),
  komponen: z
    .array(
      z.object({
        id: z.string().regex(/^[a-z][A-Za-z0-9]*$/, 'id harus camelCase'),
        nama: z.string().min(1),
        bobot: SkemaAngka.refine((d) => d.gt(0), 'bobot harus lebih dari 0'),
      }),
    )
    .min(1),
}).superRefine((a, ctx) => periksaBobotSeratus(a.komponen, 'komponen', ctx));
/** See {@link AturanSmart} (parsed: weights as Decimal). */
export type AturanSmart = z.infer<typeof AturanSmart>;

const tervalidasi = new WeakSet<object>();

/**
 * Validates a SMART/EKA weight rule set (buat aturan SMART) — unique ids, weights summing to 100 —
 * and returns it frozen.
 *
 * @throws {SakipError} `SMART_ATURAN_TIDAK_VALID`.
 *
 * @example
 * ```ts
 * import { buatAturanSmart } from 'sakip';
 * const a = buatAturanSmart({
 *   nama: 'Dua komponen', sumber: 'contoh', status: 'belum-terverifikasi',
 *   komponen: [{ id: 'penyerapan', nama: 'Penyerapan', bobot: 40 }, { id: 'capaianOutput', nama: 'Capaian Output', bobot: 60 }],
 * });
 * a.komponen.length; //=> 2
 * buatAturanSmart({ ...a, komponen: [{ id: 'penyerapan', nama: 'Penyerapan', bobot: 40 }] }); //!> SMART_ATURAN_TIDAK_VALID
 * ```
 */
export function buatAturanSmart(definisi: unknown): Readonly<AturanSmart> {
  const a = Object.freeze(validasiAturan(AturanSmart, definisi, 'SMART_ATURAN_TIDAK_VALID', 'Aturan SMART'));
  tervalidasi.add(a);
  return a;
}

/**
 * The as-practised weights of the SMART/EKA implementation aspect (aturan SMART sesuai praktik, 2021):
 * Penyerapan 9,7 — Konsistensi 18,2 — Capaian Output 43,5 — Nilai Efisiensi 28,6. They reproduce a
 * published 87,93 exactly; the regulation text was not at hand (status `'sesuai-praktik'`).
 *
 * @example
 * ```ts
 * import { ATURAN_SMART } from 'sakip';
 * ATURAN_SMART.komponen.map((k) => [k.id, k.bobot]); //=> [['penyerapan', '9.7'], ['konsistensi', '18.2'], ['capaianOutput', '43.5'], ['nilaiEfisiensi', '28.6']]
 * ATURAN_SMART.status; //=> 'sesuai-praktik'
 * ```
 */
export const ATURAN_SMART = buatAturanSmart({
  nama: 'SMART/EKA DJA, aspek implementasi (bobot sesuai praktik 2021)',
  sumber: 'RUMUS.md §8: bobot yang mereproduksi nilai 87,93 yang dipublikasikan (2021)',
  status: 'sesuai-praktik',
  catatan:
    'Bobot disimpulkan dari angka yang dipublikasikan, bukan dari teks PMK. Nilai Efisiensi masuk sebagai angka ' +
    '0–100 (NE = 50 + E/20 × 50, lihat modul anggaran).',
  komponen: [
    { id: 'penyerapan', nama: 'Penyerapan Anggaran', bobot: '9,7' },
    { id: 'konsistensi', nama: 'Konsistensi Penyerapan terhadap Perencanaan', bobot: '18,2' },
    { id: 'capaianOutput', nama: 'Capaian Output', bobot: '43,5' },
    { id: 'nilaiEfisiensi', nama: 'Nilai Efisiensi', bobot: '28,6' },
  ],
});

/** Options of {@link nilaiSmart}. */
export interface OpsiSmart {
  /** The weights (default {@link ATURAN_SMART}). */
  aturan?: AturanSmart;
}

/** One component in a SMART result. */
export interface KomponenHasilSmart {
  id: string;
  nama: string;
  nilai: Decimal;
  bobot: Decimal;
  /** `nilai × bobot / 100`, unrounded. */
  nilaiTertimbang: Decimal;
}

/** The result of {@link nilaiSmart} (hasil SMART). */
export interface HasilSmart {
  /** The implementation score, Σ nilai × bobot / 100, unrounded. */
  nilai: Decimal;
  perKomponen: KomponenHasilSmart[];
  langkah: LangkahHitung[];
}

/**
 * The SMART/EKA implementation score (nilai aspek implementasi SMART) from its components —
 * `penyerapan`, `konsistensi`, `capaianOutput` and `nilaiEfisiensi`, each 0–100 — weighted by the
 * as-practised 9,7 / 18,2 / 43,5 / 28,6 (or a rule set of your own). `nilaiEfisiensi` is the number the
 * efficiency computation gives (NE = 50 + E/20 × 50). Unrounded.
 *
 * @throws {SakipError} `SMART_KOMPONEN_HILANG`, `SMART_KOMPONEN_TIDAK_DIKENAL`,
 * `SMART_NILAI_DI_LUAR_RENTANG`, `SMART_ATURAN_TIDAK_VALID`, and the codes of {@link keDecimal}.
 *
 * @example
 * ```ts
 * import { nilaiSmart } from 'sakip';
 * const h = nilaiSmart({ penyerapan: '95,5', konsistensi: 88, capaianOutput: 100, nilaiEfisiensi: '65,4' });
 * h.nilai; //=> '87.4839'
 * h.perKomponen.map((k) => k.nilaiTertimbang); //=> ['9.2635', '16.016', '43.5', '18.7044']
 * nilaiSmart({ penyerapan: 100, konsistensi: 100, capaianOutput: 100 }); //!> SMART_KOMPONEN_HILANG
 * nilaiSmart({ penyerapan: 101, konsistensi: 100, capaianOutput: 100, nilaiEfisiensi: 50 }); //!> SMART_NILAI_DI_LUAR_RENTANG
 * ```
 */
export function nilaiSmart(komponen: Readonly<Record<string, Angka>>, opsiMasukan?: OpsiSmart): HasilSmart {
  const opsi = bacaOpsi(opsiMasukan, 'nilaiSmart', 'OPSI_TIDAK_VALID');
  const aturan =
    opsi.aturan === undefined
      ? ATURAN_SMART
      : tervalidasi.has(opsi.aturan)
        ? opsi.aturan
        : buatAturanSmart(opsi.aturan);
  const masukan = periksaKunci(
    komponen,
    aturan.komponen.map((k) => k.id),
    { hilang: 'SMART_KOMPONEN_HILANG', tidakDikenal: 'SMART_KOMPONEN_TIDAK_DIKENAL' },
    'komponen',
    'Komponen SMART',
  );
  const perKomponen = aturan.komponen.map((k): KomponenHasilSmart => {
    const lokasi = `komponen.${k.id}`;
    const mentah = masukan[k.id];
    const nilai = periksaRentang(
      bacaAngka(mentah, lokasi),
      NOL,
      SERATUS,
      'SMART_NILAI_DI_LUAR_RENTANG',
      lokasi,
      mentah,
    );
    return {
      id: k.id,
      nama: k.nama,
      nilai,
      bobot: k.bobot,
      nilaiTertimbang: nilai.times(k.bobot).div(SERATUS),
    };
  });
  const nilai = jumlah(perKomponen.map((k) => k.nilaiTertimbang));
  return denganLangkah({ nilai, perKomponen }, () => [
    {
      uraian: 'Nilai implementasi SMART = Σ nilai × bobot/100',
      rumus: `${perKomponen.map((k) => `${tulis(k.nilai)} × ${tulis(k.bobot)}/100`).join(' + ')} = ${tulis(nilai)}`,
      hasil: nilai,
    },
  ]);
}
