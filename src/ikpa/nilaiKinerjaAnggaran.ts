import { z } from 'zod';
import type { Decimal } from '../angka/Decimal.js';
import type { Angka } from '../angka/keDecimal.js';
import { SumberAturan } from '../aturan/status.js';
import { teksMasukan } from '../galat/masukan.js';
import { SakipError } from '../galat/SakipError.js';
import { SkemaAngka } from '../model/angka.js';
import {
  adalahRekaman,
  bacaAngka,
  denganLangkah,
  type LangkahHitung,
  NOL,
  periksaRentang,
  SERATUS,
  tulis,
} from './masukan.js';

/**
 * The weights of the Nilai Kinerja Anggaran for a span of years (aturan NKA): percent of the SMART
 * (DJA) score and of the IKPA score, with the source.
 *
 * @example
 * ```ts
 * import { AturanNka } from 'sakip';
 * AturanNka.parse({ tahun: { dari: 2023 }, bobot: { smart: 50, ikpa: 50 }, sumber: 'PMK 62/2023', status: 'terverifikasi' }).bobot; //=> { smart: '50', ikpa: '50' }
 * ```
 */
export const AturanNka = SumberAturan.extend({
  /** Tahun anggaran: `dari` … `sampai` (absent: still in force). */
  tahun: z.object({ dari: z.number().int(), sampai: z.number().int().optional() }),
  bobot: z.object({ smart: SkemaAngka, ikpa: SkemaAngka }),
});
/** See {@link AturanNka} (parsed: weights as Decimal). */
export type AturanNka = z.infer<typeof AturanNka>;

/**
 * The NKA weights sakip knows, by year (aturan Nilai Kinerja Anggaran):
 * - `TA_2022` — 60 % SMART + 40 % IKPA (as printed by a ministry report, sesuai-praktik);
 * - `PMK_62_2023` — from TA 2023, 50 % + 50 % (terverifikasi: `84,76×50% + 95,91×50% = 90,335`).
 *
 * @example
 * ```ts
 * import { ATURAN_NKA } from 'sakip';
 * ATURAN_NKA.TA_2022.bobot; //=> { smart: '60', ikpa: '40' }
 * ATURAN_NKA.PMK_62_2023.tahun; //=> { dari: 2023 }
 * ```
 */
export const ATURAN_NKA = {
  TA_2022: Object.freeze(
    AturanNka.parse({
      tahun: { dari: 2022, sampai: 2022 },
      bobot: { smart: 60, ikpa: 40 },
      sumber: 'Laporan kinerja kementerian TA 2022 (RUMUS.md §8)',
      status: 'sesuai-praktik',
      catatan: 'Bobot dibaca dari laporan; teks peraturannya belum diperiksa.',
    }),
  ),
  PMK_62_2023: Object.freeze(
    AturanNka.parse({
      tahun: { dari: 2023 },
      bobot: { smart: 50, ikpa: 50 },
      sumber: 'PMK 62/2023; laporan kinerja: 84,76 × 50% + 95,91 × 50% = 90,335 (RUMUS.md §8)',
      status: 'terverifikasi',
      catatan: 'Berlaku terbuka ke depan sampai peraturan baru diketahui.',
    }),
  ),
} as const;

/**
 * The NKA weights of a tahun anggaran (aturan NKA menurut tahun): 2022 → 60/40, 2023 onward → 50/50.
 *
 * @throws {SakipError} `NKA_TAHUN_TIDAK_DIKENAL` for a year before 2022: give the weights yourself.
 *
 * @example
 * ```ts
 * import { aturanNkaTahun } from 'sakip';
 * aturanNkaTahun(2024).bobot; //=> { smart: '50', ikpa: '50' }
 * aturanNkaTahun(2021); //!> NKA_TAHUN_TIDAK_DIKENAL
 * ```
 */
export function aturanNkaTahun(tahun: number): Readonly<AturanNka> {
  const a = Number.isInteger(tahun)
    ? Object.values(ATURAN_NKA).find(
        (x) => tahun >= x.tahun.dari && (x.tahun.sampai === undefined || tahun <= x.tahun.sampai),
      )
    : undefined;
  if (!a) {
    throw new SakipError(
      'NKA_TAHUN_TIDAK_DIKENAL',
      `Bobot Nilai Kinerja Anggaran untuk tahun ${teksMasukan(tahun)} tidak dikenal (sakip mengenal TA 2022 ke atas); ` +
        'berikan bobot sendiri: { bobot: { smart, ikpa } }.',
      { masukan: tahun, lokasi: 'opsi.tahun' },
    );
  }
  return a;
}

/** Options of {@link nilaiKinerjaAnggaran}: the year, or the weights (in percent, summing to 100). */
export type OpsiNka =
  | { tahun: number; bobot?: undefined }
  | { bobot: { smart: Angka; ikpa: Angka }; tahun?: undefined };

/** The result of {@link nilaiKinerjaAnggaran} (hasil NKA). */
export interface HasilNka {
  /** NKA = suku SMART + suku IKPA, unrounded (90,335 — a report then prints 90,33 or 90,34). */
  nilai: Decimal;
  /** The two weighted terms, as reports print them (`42,380 + 47,955`). */
  suku: { smart: Decimal; ikpa: Decimal };
  /** The weights used, in percent. */
  bobot: { smart: Decimal; ikpa: Decimal };
  /** Where the weights come from (the rule set's source, or "bobot dari pengguna"). */
  sumber: string;
  langkah: LangkahHitung[];
}

function bobotDari(opsi: OpsiNka): { smart: Decimal; ikpa: Decimal; sumber: string } {
  const o = opsi as { tahun?: unknown; bobot?: unknown } | undefined;
  if (!adalahRekaman(o) || (o.tahun === undefined) === (o.bobot === undefined)) {
    throw new SakipError(
      'NKA_BOBOT_TIDAK_VALID',
      'Berikan tahun atau bobot (salah satu) untuk Nilai Kinerja Anggaran.',
      {
        masukan: opsi,
        lokasi: 'opsi',
      },
    );
  }
  if (o.tahun !== undefined) {
    const a = aturanNkaTahun(o.tahun as number);
    return { ...a.bobot, sumber: a.sumber };
  }
  const b = o.bobot;
  if (!adalahRekaman(b) || b.smart === undefined || b.ikpa === undefined) {
    throw new SakipError('NKA_BOBOT_TIDAK_VALID', 'bobot harus { smart, ikpa } dalam persen.', {
      masukan: b,
      lokasi: 'opsi.bobot',
    });
  }
  const smart = bacaAngka(b.smart, 'opsi.bobot.smart');
  const ikpa = bacaAngka(b.ikpa, 'opsi.bobot.ikpa');
  if (smart.isNegative() || ikpa.isNegative() || !smart.plus(ikpa).eq(SERATUS)) {
    throw new SakipError(
      'NKA_BOBOT_TIDAK_VALID',
      `Bobot SMART ${tulis(smart)} dan IKPA ${tulis(ikpa)} harus tak negatif dan berjumlah 100.`,
      { masukan: b, lokasi: 'opsi.bobot' },
    );
  }
  return { smart, ikpa, sumber: 'bobot dari pengguna' };
}

/**
 * The Nilai Kinerja Anggaran (NKA) of a unit: `bobot × SMART + bobot × IKPA`, with the weights of the
 * tahun anggaran (60/40 in TA 2022, 50/50 from TA 2023 — PMK 62/2023) or weights given explicitly. An
 * unknown year is an error, never a guess. Returns the value unrounded and the two weighted terms.
 *
 * @throws {SakipError} `NKA_TAHUN_TIDAK_DIKENAL`, `NKA_BOBOT_TIDAK_VALID`, `NKA_NILAI_DI_LUAR_RENTANG`,
 * and the codes of {@link keDecimal}.
 *
 * @example
 * ```ts
 * import { bulatkan, nilaiKinerjaAnggaran } from 'sakip';
 * const h = nilaiKinerjaAnggaran({ smart: '84,76', ikpa: '95,91' }, { tahun: 2023 });
 * h.nilai; //=> '90.335'
 * h.suku; //=> { smart: '42.38', ikpa: '47.955' }
 * bulatkan(h.nilai, 2, 'potong'); //=> '90.33'
 * nilaiKinerjaAnggaran({ smart: '84,76', ikpa: '95,91' }, { tahun: 2022 }).nilai; //=> '89.22'
 * nilaiKinerjaAnggaran({ smart: 80, ikpa: 90 }, { bobot: { smart: 70, ikpa: 30 } }).nilai; //=> '83'
 * nilaiKinerjaAnggaran({ smart: 80, ikpa: 90 }, { tahun: 2021 }); //!> NKA_TAHUN_TIDAK_DIKENAL
 * ```
 */
export function nilaiKinerjaAnggaran(nilai: { smart: Angka; ikpa: Angka }, opsi: OpsiNka): HasilNka {
  const bobot = bobotDari(opsi);
  if (!adalahRekaman(nilai)) {
    throw new SakipError('NKA_NILAI_DI_LUAR_RENTANG', 'Nilai harus { smart, ikpa }.', {
      masukan: nilai,
      lokasi: 'nilai',
    });
  }
  const baca = (id: 'smart' | 'ikpa'): Decimal => {
    const lokasi = `nilai.${id}`;
    if (nilai[id] === undefined || nilai[id] === null) {
      throw new SakipError('NKA_NILAI_DI_LUAR_RENTANG', `${lokasi} tidak diisi.`, { masukan: nilai, lokasi });
    }
    return periksaRentang(
      bacaAngka(nilai[id], lokasi),
      NOL,
      SERATUS,
      'NKA_NILAI_DI_LUAR_RENTANG',
      lokasi,
      nilai[id],
    );
  };
  const smart = baca('smart');
  const ikpa = baca('ikpa');
  const suku = { smart: smart.times(bobot.smart).div(SERATUS), ikpa: ikpa.times(bobot.ikpa).div(SERATUS) };
  const hasil = suku.smart.plus(suku.ikpa);
  const h = { nilai: hasil, suku, bobot: { smart: bobot.smart, ikpa: bobot.ikpa }, sumber: bobot.sumber };
  return denganLangkah(h, () => [
    {
      uraian: 'Suku SMART = SMART × bobot/100',
      rumus: `${tulis(smart)} × ${tulis(bobot.smart)}% = ${tulis(suku.smart)}`,
      hasil: suku.smart,
    },
    {
      uraian: 'Suku IKPA = IKPA × bobot/100',
      rumus: `${tulis(ikpa)} × ${tulis(bobot.ikpa)}% = ${tulis(suku.ikpa)}`,
      hasil: suku.ikpa,
    },
    {
      uraian: 'Nilai Kinerja Anggaran = suku SMART + suku IKPA',
      rumus: `${tulis(suku.smart)} + ${tulis(suku.ikpa)} = ${tulis(hasil)}`,
      hasil,
    },
  ]);
}
