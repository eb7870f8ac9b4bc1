import * as z from 'zod';
import type { Decimal } from '../angka/Decimal.js';
import type { Angka } from '../angka/keDecimal.js';
import {
  type Aturan,
  bekukanPreset,
  buatAturan,
  IdentitasAturan,
  type JenisAturan,
} from '../aturan/aturan.js';
import { bacaObjek } from '../galat/masukan.js';
import type { Masalah } from '../galat/SakipError.js';
import { type Langkah, langkah } from '../hasil/hasil.js';
import { SkemaAngka } from '../model/angka.js';
import {
  type AturanDipakai,
  aturanDipakai,
  bacaAngka,
  bacaRekaman,
  type Definisi,
  NOL,
  periksaRentang,
  pilihAturanBertahun,
  SERATUS,
  tulis,
} from './masukan.js';

/** The payload of an NKA rule set (isi aturan NKA): the two weights in percent, summing to 100. */
export interface IsiAturanNka {
  readonly bobot: { readonly smart: Decimal; readonly ikpa: Decimal };
}

const BobotTakNegatif = SkemaAngka.refine((d) => !d.isNegative(), 'bobot tidak boleh negatif');
const ISI_NKA = { bobot: z.strictObject({ smart: BobotTakNegatif, ikpa: BobotTakNegatif }) };

function periksaNka(a: IsiAturanNka): { masalah: Masalah[] } {
  const s = a.bobot.smart.plus(a.bobot.ikpa);
  return {
    masalah: s.eq(SERATUS)
      ? []
      : [{ lokasi: 'bobot', pesan: `jumlah bobot smart + ikpa ${tulis(s)}, harus 100.` }],
  };
}

/** Internal: the kind of NKA rule sets. Not exported from the package. */
export const JENIS_NKA: JenisAturan<'nka', typeof ISI_NKA, IsiAturanNka> = {
  jenis: 'nka',
  nama: 'Aturan Nilai Kinerja Anggaran',
  isi: ISI_NKA,
  periksa: periksaNka,
};

/**
 * The weights of the Nilai Kinerja Anggaran as a rule set (aturan NKA): percent of the SMART (DJA)
 * score and of the IKPA score, summing to 100, with identity, source and the years it applies to.
 * Presets: {@link ATURAN_NKA}; one's own: {@link buatAturanNka}.
 */
export type AturanNka = Aturan<'nka', IsiAturanNka>;

const SkemaDefinisiNka = IdentitasAturan.extend({ jenis: z.literal('nka').optional(), ...ISI_NKA });
/** An NKA rule set as one writes it (definisi aturan NKA): weights as {@link Angka}. */
export type AturanNkaMasukan = Definisi<z.input<typeof SkemaDefinisiNka>>;

/**
 * Validates NKA weights of one's own (buat aturan NKA) — two non-negative weights summing to exactly
 * 100 — and returns the rule set deeply frozen.
 *
 * @throws {SakipError} `ATURAN_TIDAK_VALID`, listing every problem with its path.
 *
 * @example
 * ```ts
 * import { buatAturanNka } from 'sakip';
 * const a = buatAturanNka({
 *   id: 'SIMULASI_70_30', nama: 'Simulasi 70/30', sumber: 'kebijakan internal', status: 'belum-terverifikasi',
 *   bobot: { smart: 70, ikpa: 30 },
 * });
 * a.bobot; //=> { smart: '70', ikpa: '30' }
 * buatAturanNka({ ...a, bobot: { smart: 60, ikpa: 60 } }); //!> ATURAN_TIDAK_VALID
 * ```
 */
export function buatAturanNka(definisi: AturanNkaMasukan | AturanNka): AturanNka {
  return buatAturan(JENIS_NKA, definisi);
}

/**
 * The NKA weights sakip knows (aturan Nilai Kinerja Anggaran), deeply frozen, with closed `berlaku`
 * years — any other year is an error, never a guess:
 * - `TA_2022` — 60 % SMART + 40 % IKPA (as printed by ministry material, sesuai-praktik);
 * - `PMK_62_2023` — TA 2023–2026, 50 % + 50 % (terverifikasi: `84,76×50% + 95,91×50% = 90,335`).
 *
 * @example
 * ```ts
 * import { ATURAN_NKA } from 'sakip';
 * ATURAN_NKA.TA_2022.bobot; //=> { smart: '60', ikpa: '40' }
 * ATURAN_NKA.PMK_62_2023.berlaku; //=> { dari: 2023, sampai: 2026 }
 * ```
 */
export const ATURAN_NKA = bekukanPreset({
  TA_2022: buatAturanNka({
    id: 'TA_2022',
    nama: 'Nilai Kinerja Anggaran TA 2022 (SMART 60%, IKPA 40%)',
    berlaku: { dari: 2022, sampai: 2022 },
    sumber:
      'Laporan kinerja kementerian TA 2022 (RUMUS.md §8); bahan "Kinerja EKA SMART DJA TA 2022": IKU PKPA = 40% ' +
      'IKPA + 60% SMART',
    status: 'sesuai-praktik',
    catatan: 'Bobot dibaca dari laporan; teks peraturannya belum diperiksa.',
    bobot: { smart: 60, ikpa: 40 },
  }),
  PMK_62_2023: buatAturanNka({
    id: 'PMK_62_2023',
    nama: 'PMK 62/2023 — Nilai Kinerja Anggaran (SMART 50%, IKPA 50%)',
    berlaku: { dari: 2023, sampai: 2026 },
    sumber: 'PMK 62/2023; laporan kinerja: 84,76 × 50% + 95,91 × 50% = 90,335 (RUMUS.md §8)',
    status: 'terverifikasi',
    catatan:
      'Berlaku ditutup pada TA 2026, tahun terakhir yang diketahui sakip: untuk tahun sesudahnya sebutkan ' +
      'aturannya (aturan: "PMK_62_2023") atau bobot sendiri.',
    bobot: { smart: 50, ikpa: 50 },
  }),
});

/**
 * Options of {@link nilaiKinerjaAnggaran}: the weights, picked the one way — `aturan` (an id of
 * {@link ATURAN_NKA}, a preset, or weights of one's own as a rule object) and/or `tahun`. One of them
 * is required; with both, the rule must apply to the year.
 */
export interface OpsiNka {
  /** `'PMK_62_2023'`, a preset of {@link ATURAN_NKA}, or a definition `{ id, nama, sumber, status, bobot }`. */
  aturan?: string | AturanNka | AturanNkaMasukan;
  /** Tahun anggaran: picks the preset whose `berlaku` covers it (2022–2026). */
  tahun?: number;
}

const KUNCI_OPSI = ['aturan', 'tahun'] as const;

/** The result of {@link nilaiKinerjaAnggaran} (hasil NKA). */
export interface HasilNka {
  /** NKA = suku SMART + suku IKPA, unrounded (90,335 — a report then prints 90,33 or 90,34). */
  readonly nilai: Decimal;
  /** The two weighted terms, as reports print them (`42,380 + 47,955`). */
  readonly suku: { readonly smart: Decimal; readonly ikpa: Decimal };
  /** The weights used, in percent. */
  readonly bobot: { readonly smart: Decimal; readonly ikpa: Decimal };
  /** The rule used (a copy of its identity: id, nama, sumber, status). */
  readonly aturan: AturanDipakai;
  readonly langkah: readonly Langkah[];
}

/**
 * The Nilai Kinerja Anggaran (NKA) of a unit: `bobot × SMART + bobot × IKPA`, with the weights of the
 * tahun anggaran (60/40 in TA 2022, 50/50 from TA 2023 — PMK 62/2023) or of a rule of one's own. A year
 * no rule covers is an error, never a guess. Returns the value unrounded and the two weighted terms.
 *
 * @throws {SakipError} `NKA_NILAI_DI_LUAR_RENTANG` (a value outside 0–100), `MASUKAN_TIDAK_VALID`
 * (not `{ smart, ikpa }`), `ATURAN_TAHUN_TIDAK_DIKENAL`, `ATURAN_TIDAK_DIKENAL` (unknown id, or neither
 * `aturan` nor `tahun`), `ATURAN_TIDAK_VALID`, `OPSI_TIDAK_VALID`, and the codes of {@link keDecimal}.
 *
 * @example
 * ```ts
 * import { bulatkan, nilaiKinerjaAnggaran } from 'sakip';
 * const h = nilaiKinerjaAnggaran({ smart: '84,76', ikpa: '95,91' }, { tahun: 2023 });
 * h.nilai; //=> '90.335'
 * h.suku; //=> { smart: '42.38', ikpa: '47.955' }
 * h.aturan.id; //=> 'PMK_62_2023'
 * bulatkan(h.nilai, 2, 'potong'); //=> '90.33'
 * nilaiKinerjaAnggaran({ smart: '84,76', ikpa: '95,91' }, { aturan: 'TA_2022' }).nilai; //=> '89.22'
 * const sendiri = { id: 'UNIT_70_30', nama: '70/30', sumber: 'SK unit', status: 'belum-terverifikasi', bobot: { smart: 70, ikpa: 30 } } as const;
 * nilaiKinerjaAnggaran({ smart: 80, ikpa: 90 }, { aturan: sendiri }).nilai; //=> '83'
 * nilaiKinerjaAnggaran({ smart: 80, ikpa: 90 }, { tahun: 2021 }); //!> ATURAN_TAHUN_TIDAK_DIKENAL
 * nilaiKinerjaAnggaran({ smart: 80, ikpa: 90 }, { tahun: 3000 }); //!> ATURAN_TAHUN_TIDAK_DIKENAL
 * ```
 */
export function nilaiKinerjaAnggaran(nilai: { smart: Angka; ikpa: Angka }, opsi: OpsiNka): HasilNka {
  const o = bacaObjek(opsi, { nama: 'Opsi nilaiKinerjaAnggaran', kunci: KUNCI_OPSI });
  const aturan = pilihAturanBertahun(JENIS_NKA, ATURAN_NKA, o.aturan, o.tahun);
  return nilaiKinerjaAnggaranInti(bacaNilaiNka(nilai), aturan);
}

/**
 * Reads `{ smart, ikpa }` (internal boundary helper): both required, each within 0–100.
 *
 * @throws {SakipError} `MASUKAN_TIDAK_VALID`, `NKA_NILAI_DI_LUAR_RENTANG`, the codes of keDecimal.
 */
export function bacaNilaiNka(nilai: unknown, lokasi = 'nilai'): { smart: Decimal; ikpa: Decimal } {
  const isi = bacaRekaman(nilai, {
    nama: 'Nilai SMART dan IKPA',
    kunci: ['smart', 'ikpa'],
    lokasi,
    kodeAsing: 'MASUKAN_TIDAK_VALID',
    kodeHilang: 'MASUKAN_TIDAK_VALID',
  });
  const baca = (id: 'smart' | 'ikpa'): Decimal => {
    const l = `${lokasi}.${id}`;
    return periksaRentang(bacaAngka(isi[id], l), NOL, SERATUS, 'NKA_NILAI_DI_LUAR_RENTANG', l, isi[id]);
  };
  return { smart: baca('smart'), ikpa: baca('ikpa') };
}

/**
 * {@link nilaiKinerjaAnggaran} on trusted values (internal core): the two scores are sakip Decimals
 * within 0–100, `aturan` a validated rule. Never validates again.
 */
export function nilaiKinerjaAnggaranInti(
  nilai: { readonly smart: Decimal; readonly ikpa: Decimal },
  aturan: AturanNka,
): HasilNka {
  const { smart, ikpa } = nilai;
  const bobot = aturan.bobot;
  const suku = { smart: smart.times(bobot.smart).div(SERATUS), ikpa: ikpa.times(bobot.ikpa).div(SERATUS) };
  const hasil = suku.smart.plus(suku.ikpa);
  return {
    nilai: hasil,
    suku,
    bobot: { smart: bobot.smart, ikpa: bobot.ikpa },
    aturan: aturanDipakai(aturan),
    langkah: [
      langkah('suku SMART = SMART × bobot / 100', { smart, bobot: bobot.smart }, suku.smart),
      langkah('suku IKPA = IKPA × bobot / 100', { ikpa, bobot: bobot.ikpa }, suku.ikpa),
      langkah(
        'Nilai Kinerja Anggaran = suku SMART + suku IKPA',
        { smart: suku.smart, ikpa: suku.ikpa },
        hasil,
      ),
    ],
  };
}
