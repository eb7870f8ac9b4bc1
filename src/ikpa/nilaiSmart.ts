import * as z from 'zod';
import type { Decimal } from '../angka/Decimal.js';
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
import { type Langkah, langkah } from '../hasil/hasil.js';
import {
  type AturanDipakai,
  aturanDipakai,
  BobotPositif,
  bacaAngka,
  bacaRekaman,
  type Definisi,
  IdCamel,
  NOL,
  periksaBobot,
  periksaRentang,
  SERATUS,
} from './masukan.js';

/** One weighted component of the SMART/EKA implementation aspect (komponen SMART). */
export interface KomponenSmart {
  readonly id: string;
  readonly nama: string;
  /** Weight in percent; the weights of a rule set sum to exactly 100. */
  readonly bobot: Decimal;
}

/** The payload of a SMART rule set (isi aturan SMART). */
export interface IsiAturanSmart {
  readonly komponen: readonly KomponenSmart[];
}

const ISI_SMART = {
  komponen: z
    .array(z.strictObject({ id: IdCamel, nama: z.string().min(1).max(300), bobot: BobotPositif }))
    .min(1)
    .max(100),
};

/** Internal: the kind of SMART rule sets. Not exported from the package. */
export const JENIS_SMART: JenisAturan<'smart', typeof ISI_SMART, IsiAturanSmart> = {
  jenis: 'smart',
  nama: 'Aturan SMART',
  isi: ISI_SMART,
  periksa: (a) => ({ masalah: periksaBobot(a.komponen, 'komponen') }),
};

/**
 * The weights of the SMART/EKA implementation aspect as a rule set (aturan SMART): its components with
 * their weights in percent (summing to exactly 100), with identity, source and status. Presets:
 * {@link ATURAN_SMART}; one's own: {@link buatAturanSmart}.
 */
export type AturanSmart = Aturan<'smart', IsiAturanSmart>;

const SkemaDefinisiSmart = IdentitasAturan.extend({ jenis: z.literal('smart').optional(), ...ISI_SMART });
/** A SMART rule set as one writes it (definisi aturan SMART): weights as {@link Angka}. */
export type AturanSmartMasukan = Definisi<z.input<typeof SkemaDefinisiSmart>>;

/**
 * Validates SMART/EKA weights of one's own (buat aturan SMART) — unique ids, weights summing to
 * exactly 100 — and returns the rule set deeply frozen.
 *
 * @throws {SakipError} `ATURAN_TIDAK_VALID`, listing every problem with its path.
 *
 * @example
 * ```ts
 * import { buatAturanSmart } from 'sakip';
 * const a = buatAturanSmart({
 *   id: 'DUA_KOMPONEN', nama: 'Dua komponen', sumber: 'contoh', status: 'belum-terverifikasi',
 *   komponen: [{ id: 'penyerapan', nama: 'Penyerapan', bobot: 40 }, { id: 'capaianOutput', nama: 'Capaian Output', bobot: 60 }],
 * });
 * a.komponen.length; //=> 2
 * buatAturanSmart({ ...a, komponen: [{ id: 'penyerapan', nama: 'Penyerapan', bobot: 40 }] }); //!> ATURAN_TIDAK_VALID
 * ```
 */
export function buatAturanSmart(definisi: AturanSmartMasukan | AturanSmart): AturanSmart {
  return buatAturan(JENIS_SMART, definisi);
}

/**
 * The SMART/EKA weights sakip ships (aturan SMART), deeply frozen. `DJA_2021` (the default): Penyerapan
 * 9,7 — Konsistensi 18,2 — Capaian Output 43,5 — Nilai Efisiensi 28,6, as practised; they reproduce the
 * 87,93 a 2021 LAKIP published (95,53 / 99,61 / 99,72 / 59,98 → 87,92791, printed 87,93). The regulation
 * text was not at hand (status `'sesuai-praktik'`).
 *
 * @example
 * ```ts
 * import { ATURAN_SMART } from 'sakip';
 * ATURAN_SMART.DJA_2021.komponen.map((k) => [k.id, k.bobot]); //=> [['penyerapan', '9.7'], ['konsistensi', '18.2'], ['capaianOutput', '43.5'], ['nilaiEfisiensi', '28.6']]
 * ATURAN_SMART.DJA_2021.status; //=> 'sesuai-praktik'
 * ```
 */
export const ATURAN_SMART = bekukanPreset({
  DJA_2021: buatAturanSmart({
    id: 'DJA_2021',
    nama: 'SMART/EKA DJA, aspek implementasi (bobot sesuai praktik 2021)',
    sumber:
      'RUMUS.md §8; LAKIP Puslatbang KMP LAN Tahun 2021, Tabel 3.67–3.68: penyerapan 95,53, konsistensi 99,61, ' +
      'capaian rincian output 99,72, nilai efisiensi 59,98 → nilai evaluasi kinerja anggaran 87,93',
    status: 'sesuai-praktik',
    catatan:
      'Bobot disimpulkan dari angka yang dipublikasikan (9,7 × 95,53 + 18,2 × 99,61 + 43,5 × 99,72 + 28,6 × 59,98 = ' +
      '8792,791 → 87,92791, dicetak 87,93), bukan dari teks PMK. Nilai Efisiensi masuk sebagai angka 0–100 ' +
      '(NE = 50 + E/20 × 50, lihat modul anggaran).',
    komponen: [
      { id: 'penyerapan', nama: 'Penyerapan Anggaran', bobot: '9,7' },
      { id: 'konsistensi', nama: 'Konsistensi Penyerapan terhadap Perencanaan', bobot: '18,2' },
      { id: 'capaianOutput', nama: 'Capaian Output', bobot: '43,5' },
      { id: 'nilaiEfisiensi', nama: 'Nilai Efisiensi', bobot: '28,6' },
    ],
  }),
});

/** Options of {@link nilaiSmart}. */
export interface OpsiSmart {
  /** The weights: an id of {@link ATURAN_SMART}, a preset, or a definition (default `'DJA_2021'`). */
  aturan?: string | AturanSmart | AturanSmartMasukan;
}

const KUNCI_OPSI = ['aturan'] as const;

/** One component in a SMART result. */
export interface KomponenHasilSmart {
  readonly id: string;
  readonly nama: string;
  readonly nilai: Decimal;
  readonly bobot: Decimal;
  /** `nilai × bobot / 100`, unrounded. */
  readonly nilaiTertimbang: Decimal;
}

/** The result of {@link nilaiSmart} (hasil SMART). */
export interface HasilSmart {
  /** The implementation score, Σ nilai × bobot / 100, unrounded. */
  readonly nilai: Decimal;
  readonly perKomponen: readonly KomponenHasilSmart[];
  /** The rule used (a copy of its identity). */
  readonly aturan: AturanDipakai;
  readonly langkah: readonly Langkah[];
}

/**
 * Picks the SMART rule from the option `aturan` (internal boundary helper): an id, a rule object, or
 * nothing (`DJA_2021`).
 */
export function pilihAturanSmart(pilihan: unknown): AturanSmart {
  return pilihAturan(JENIS_SMART, ATURAN_SMART, pilihan, { bawaan: ATURAN_SMART.DJA_2021 });
}

/**
 * The SMART/EKA implementation score (nilai aspek implementasi SMART) from its components —
 * `penyerapan`, `konsistensi`, `capaianOutput` and `nilaiEfisiensi`, each 0–100 — weighted by the
 * as-practised 9,7 / 18,2 / 43,5 / 28,6 (or a rule set of one's own). `nilaiEfisiensi` is the number the
 * efficiency computation gives (NE = 50 + E/20 × 50). Unrounded.
 *
 * @throws {SakipError} `SMART_KOMPONEN_HILANG`, `SMART_KOMPONEN_TIDAK_DIKENAL` (with the nearest known
 * id), `SMART_NILAI_DI_LUAR_RENTANG`, `MASUKAN_TIDAK_VALID`, `OPSI_TIDAK_VALID`, `ATURAN_TIDAK_DIKENAL`,
 * `ATURAN_TIDAK_VALID`, and the codes of {@link keDecimal}.
 *
 * @example
 * ```ts
 * import { nilaiSmart } from 'sakip';
 * const h = nilaiSmart({ penyerapan: '95,53', konsistensi: '99,61', capaianOutput: '99,72', nilaiEfisiensi: '59,98' });
 * h.nilai; //=> '87.92791'
 * h.perKomponen.map((k) => k.nilaiTertimbang); //=> ['9.26641', '18.12902', '43.3782', '17.15428']
 * nilaiSmart({ penyerapan: 100, konsistensi: 100, capaianOutput: 100 }); //!> SMART_KOMPONEN_HILANG
 * nilaiSmart({ penyerapan: 101, konsistensi: 100, capaianOutput: 100, nilaiEfisiensi: 50 }); //!> SMART_NILAI_DI_LUAR_RENTANG
 * ```
 */
export function nilaiSmart(komponen: Readonly<Record<string, Angka>>, opsi?: OpsiSmart): HasilSmart {
  const o = bacaObjek(opsi, { nama: 'Opsi nilaiSmart', kunci: KUNCI_OPSI });
  const aturan = pilihAturanSmart(o.aturan);
  return nilaiSmartInti(bacaKomponenSmart(komponen, aturan), aturan);
}

/**
 * Reads the component values for a rule (internal boundary helper): every component present, each
 * within 0–100, and no other.
 *
 * @throws {SakipError} `MASUKAN_TIDAK_VALID`, `SMART_KOMPONEN_TIDAK_DIKENAL`, `SMART_KOMPONEN_HILANG`,
 * `SMART_NILAI_DI_LUAR_RENTANG`, the codes of keDecimal.
 */
export function bacaKomponenSmart(
  komponen: unknown,
  aturan: AturanSmart,
  lokasi = 'komponen',
): Record<string, Decimal> {
  const isi = bacaRekaman(komponen, {
    nama: `Komponen SMART ${aturan.id}`,
    kunci: aturan.komponen.map((k) => k.id),
    lokasi,
    kodeAsing: 'SMART_KOMPONEN_TIDAK_DIKENAL',
    kodeHilang: 'SMART_KOMPONEN_HILANG',
  });
  const hasil: Record<string, Decimal> = Object.create(null);
  for (const k of aturan.komponen) {
    const l = `${lokasi}.${k.id}`;
    hasil[k.id] = periksaRentang(
      bacaAngka(isi[k.id], l),
      NOL,
      SERATUS,
      'SMART_NILAI_DI_LUAR_RENTANG',
      l,
      isi[k.id],
    );
  }
  return hasil;
}

/**
 * {@link nilaiSmart} on trusted values (internal core): `komponen` holds every component of `aturan`,
 * each a sakip Decimal within 0–100. Never validates again.
 */
export function nilaiSmartInti(komponen: Readonly<Record<string, Decimal>>, aturan: AturanSmart): HasilSmart {
  const jejak: Langkah[] = [];
  const perKomponen: KomponenHasilSmart[] = [];
  const tertimbang: Record<string, Decimal> = {};
  let nilai = NOL;
  for (const k of aturan.komponen) {
    const v = komponen[k.id] as Decimal;
    const nt = v.times(k.bobot).div(SERATUS);
    jejak.push(langkah(`nilai tertimbang ${k.id} = nilai × bobot / 100`, { nilai: v, bobot: k.bobot }, nt));
    perKomponen.push({ id: k.id, nama: k.nama, nilai: v, bobot: k.bobot, nilaiTertimbang: nt });
    tertimbang[k.id] = nt;
    nilai = nilai.plus(nt);
  }
  jejak.push(langkah('nilai implementasi SMART = Σ nilai tertimbang', tertimbang, nilai));
  return { nilai, perKomponen, aturan: aturanDipakai(aturan), langkah: jejak };
}
