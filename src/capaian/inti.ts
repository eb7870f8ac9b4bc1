// Core of the capaian module (internal): the formulas on trusted values, and an exact integer path
// for numbers with few decimals that builds one Decimal at the end. Never validates options; never
// calls keDecimal on its own intermediate results.
import { DecimalInti as Decimal } from '../angka/Decimal.js';
import type { HasilPembulatan, KebijakanPembulatan } from '../angka/kebijakanPembulatan.js';
import { type Angka, keDecimal } from '../angka/keDecimal.js';
import { SakipError } from '../galat/SakipError.js';
import { type Langkah, langkah } from '../hasil/hasil.js';
import type { Polaritas } from '../model/Indikator.js';

/** A formula for a negative indicator: see `RUMUS_NEGATIF` in capaian.ts. */
export type RumusNegatif = 'selisih' | 'kebalikan';

/** Why one capaian has no value (the formula is undefined or meaningless for these inputs). */
export type AlasanCapaian = 'target-nol' | 'target-negatif' | 'realisasi-nol' | 'realisasi-negatif';

const SERATUS = new Decimal(100);

/**
 * Capaian on Decimals (capaian inti): positive `realisasi × 100 / target`; negative `'selisih'`
 * `(2 × target − realisasi) × 100 / target`; negative `'kebalikan'` `target × 100 / realisasi`. One
 * exact division each, rounded to 40 significant digits. Returns the reason instead of a value where
 * the formula has none.
 */
export function capaianInti(
  target: Decimal,
  realisasi: Decimal,
  polaritas: Polaritas,
  rumus: RumusNegatif,
): Decimal | AlasanCapaian {
  if (target.isZero()) return 'target-nol';
  if (target.isNegative()) return 'target-negatif';
  let hasil: Decimal;
  if (polaritas === 'positif') {
    hasil = realisasi.times(SERATUS).div(target);
  } else if (rumus === 'selisih') {
    // PermenPAN-RB 8/2021 "kondisi khusus": (target − (realisasi − target)) / target × 100.
    hasil = target.times(2).minus(realisasi).times(SERATUS).div(target);
  } else {
    if (realisasi.isZero()) return 'realisasi-nol';
    if (realisasi.isNegative()) return 'realisasi-negatif';
    hasil = target.times(SERATUS).div(realisasi);
  }
  return hasil.isZero() ? new Decimal(0) : hasil;
}

// ---------------------------------------------------------------------------------------------------
// The exact integer path. A JavaScript number with at most 4 decimals (as spreadsheets hold report
// figures) is read as an integer T at a common scale 10^k; capaian is then P / D with integers
// (positive: P = 100·R, D = T), and P / D is written out in base 10⁷ words — the representation
// decimal.js keeps — rounded half-up to 40 significant digits: exactly what `Decimal#div` returns for
// the same values (a property test checks the two paths give identical Decimals).

const MAKS_DESIMAL = 4;
const PANGKAT = [1, 10, 100, 1000, 10000] as const;
// |P| < 2^52 and D ≤ 9·10⁸ keep every product below 2^53 (exact in a double): rem·10⁷ < 9·10¹⁵.
const MAKS_PEMBILANG = 2 ** 52;
const MAKS_PENYEBUT = 9e8;
const BASIS = 1e7;
const PANGKAT_7 = [1, 10, 100, 1000, 10000, 100000, 1000000, 10000000] as const;
const DIGIT_BERMAKNA = 40;

/** The decimals (0 … 4) of a number's shortest decimal form, or -1 (more, too large, not finite). */
function desimalAngka(x: number): number {
  for (let k = 0; k <= MAKS_DESIMAL; k++) {
    const f = PANGKAT[k]!;
    const n = Math.round(x * f);
    if (!(Math.abs(n) < MAKS_PEMBILANG)) return -1;
    // n / 10^k is the double nearest the decimal n·10^-k; equal to x means x's shortest decimal form
    // has at most k decimals (any other decimal with ≤ k decimals is 10^-k away: far beyond an ulp).
    if (n / f === x) return k;
  }
  return -1;
}

/**
 * {@link capaianInti} for JavaScript numbers, exactly, without building intermediate Decimals;
 * `undefined` when the inputs do not fit the integer path (the caller then takes the Decimal path).
 * Numbers that fit are finite and inside JANGKAUAN_ANGKA, so they need no other check.
 */
export function capaianAngkaInti(
  target: number,
  realisasi: number,
  polaritas: Polaritas,
  rumus: RumusNegatif,
): Decimal | AlasanCapaian | undefined {
  const kt = desimalAngka(target);
  if (kt < 0) return undefined;
  const kr = desimalAngka(realisasi);
  if (kr < 0) return undefined;
  const f = PANGKAT[Math.max(kt, kr)]!;
  const t = Math.round(target * f);
  const r = Math.round(realisasi * f);
  if (!(Math.abs(t) < MAKS_PEMBILANG && Math.abs(r) < MAKS_PEMBILANG)) return undefined;
  if (t === 0) return 'target-nol';
  if (t < 0) return 'target-negatif';
  let p: number;
  let d: number;
  if (polaritas === 'positif') {
    p = r * 100;
    d = t;
  } else if (rumus === 'selisih') {
    p = (2 * t - r) * 100;
    d = t;
  } else {
    if (r === 0) return 'realisasi-nol';
    if (r < 0) return 'realisasi-negatif';
    p = t * 100;
    d = r;
  }
  if (!(Math.abs(p) < MAKS_PEMBILANG) || d > MAKS_PENYEBUT) return undefined;
  return bagiBulat(p, d);
}

/** The number of decimal digits of a word 1 ≤ w < 10⁷. */
function digit(w: number): number {
  return w < 1e3 ? (w < 10 ? 1 : w < 100 ? 2 : 3) : w < 1e5 ? (w < 1e4 ? 4 : 5) : w < 1e6 ? 6 : 7;
}

/** The words needed after the first non-zero one (of `n` digits): 40 digits and the guard digit. */
function banyakKata(n: number): number {
  return 2 + Math.floor((DIGIT_BERMAKNA - n) / 7);
}

/**
 * The Decimal p / d, rounded half-up to 40 significant digits (integers: |p| < 2^52, 1 ≤ d ≤ 9·10⁸),
 * built from its base-10⁷ words through decimal.js's own constructor. Every product stays below 2^53,
 * so each quotient word is exact once corrected for the float rounding of `x / d`.
 */
export function bagiBulat(p: number, d: number): Decimal {
  if (p === 0) return new Decimal(0);
  const a = p < 0 ? -p : p;
  let q = Math.floor(a / d);
  let sisa = a - q * d;
  if (sisa < 0) {
    q -= 1;
    sisa += d;
  } else if (sisa >= d) {
    q += 1;
    sisa -= d;
  }
  // Words of the integer part, most significant first; `posisi` is the power of 10⁷ of the first word.
  const kata: number[] = [];
  let posisi = -1;
  let perlu = 8; // a bound until the first non-zero word is known
  if (q > 0) {
    const w0 = q % BASIS;
    const q1 = (q - w0) / BASIS;
    if (q1 > 0) {
      const w1 = q1 % BASIS;
      const w2 = (q1 - w1) / BASIS;
      if (w2 > 0) kata.push(w2, w1, w0);
      else kata.push(w1, w0);
    } else {
      kata.push(w0);
    }
    posisi = kata.length - 1;
    perlu = banyakKata(digit(kata[0]!));
  }
  // Fraction words until the first word, 40 significant digits and one guard digit are known.
  while (kata.length < perlu) {
    const x = sisa * BASIS;
    let w = Math.floor(x / d);
    sisa = x - w * d;
    if (sisa < 0) {
      w -= 1;
      sisa += d;
    } else if (sisa >= d) {
      w += 1;
      sisa -= d;
    }
    if (kata.length > 0) {
      kata.push(w);
    } else if (w === 0) {
      posisi -= 1; // a leading zero word of a quotient below 1
    } else {
      kata.push(w);
      perlu = banyakKata(digit(w));
    }
  }
  // Round half-up at the 40th significant digit: only the first dropped digit decides.
  const sisaDigit = DIGIT_BERMAKNA - digit(kata[0]!); // digits kept after the first word
  const sebagian = sisaDigit % 7; // digits kept of the word where the cut falls
  const potong = 1 + (sisaDigit - sebagian) / 7; // index of that word
  const satuan = PANGKAT_7[7 - sebagian]!; // 10^(7 − sebagian): one unit of the last kept digit
  const w = kata[potong]!;
  const naik = Math.floor(w / (satuan / 10)) % 10 >= 5;
  let i: number;
  if (sebagian === 0) {
    kata.length = potong;
    i = potong - 1;
  } else {
    kata[potong] = w - (w % satuan);
    i = potong;
  }
  if (naik) {
    let tambah: number = sebagian === 0 ? 1 : satuan;
    while (tambah > 0 && i >= 0) {
      const v = kata[i]! + tambah;
      if (v >= BASIS) {
        kata[i] = v - BASIS;
        tambah = 1;
        i -= 1;
      } else {
        kata[i] = v;
        tambah = 0;
      }
    }
    if (tambah > 0) {
      kata.unshift(1);
      posisi += 1;
    }
  }
  while (kata.length > 1 && kata[kata.length - 1] === 0) kata.pop();
  const e = posisi * 7 + digit(kata[0]!) - 1;
  // decimal.js reads an object carrying its tag as a Decimal of another copy: sign, exponent, words.
  return new Decimal({
    s: p < 0 ? -1 : 1,
    e,
    d: kata,
    toStringTag: '[object Decimal]',
  } as unknown as Decimal);
}

/** The SakipError of a capaian without value, as the calculator functions raise it. */
export function galatCapaian(alasan: AlasanCapaian, masukan: unknown, lokasi?: string): SakipError {
  const opsi = lokasi === undefined ? { masukan } : { masukan, lokasi };
  switch (alasan) {
    case 'target-nol':
      return new SakipError(
        'CAPAIAN_TARGET_NOL',
        'Target 0: capaian (realisasi / target × 100) tidak terdefinisi.',
        opsi,
      );
    case 'target-negatif':
      return new SakipError(
        'CAPAIAN_TARGET_NEGATIF',
        'Target negatif: rasio realisasi / target tidak bermakna sebagai capaian.',
        opsi,
      );
    case 'realisasi-nol':
      return new SakipError(
        'CAPAIAN_REALISASI_NOL',
        'Rumus negatif "kebalikan" (target / realisasi × 100) tidak terdefinisi untuk realisasi 0; ' +
          'pertimbangkan rumus "selisih".',
        opsi,
      );
    case 'realisasi-negatif':
      return new SakipError(
        'CAPAIAN_REALISASI_NEGATIF',
        'Rumus negatif "kebalikan" tidak bermakna untuk realisasi negatif.',
        opsi,
      );
  }
}

/** keDecimal with the position of the value in its input prefixed to any error (`target[3]`). */
export function keDecimalDi(x: Angka, lokasi: string): Decimal {
  try {
    return keDecimal(x);
  } catch (e) {
    // keDecimal throws only this copy's SakipError (Proxy traps included), so instanceof is exact — and
    // keeps isSakipError's code registry (KODE_GALAT, ~2 KB gzipped) out of a bundle of capaian alone.
    if (e instanceof SakipError)
      throw new SakipError(e.kode, `${lokasi}: ${e.message}`, { masukan: x, lokasi, cause: e });
    throw e;
  }
}

/** `-0` and other zero forms as plain 0. */
export const bersih = (d: Decimal): Decimal => (d.isZero() ? new Decimal(0) : d);

/** The formula of a capaian in words, for the trace (rumus capaian). */
export function rumusCapaian(polaritas: Polaritas, rumus: RumusNegatif): string {
  if (polaritas === 'positif') return 'capaian = realisasi / target × 100';
  return rumus === 'selisih'
    ? 'capaian = (target − (realisasi − target)) / target × 100'
    : 'capaian = target / realisasi × 100';
}

/** A rounding result that shares no object with the policy (its rule copied; Decimals are values). */
export function salinPembulatan(h: HasilPembulatan): HasilPembulatan {
  return { tepat: h.tepat, tampil: h.tampil, lanjut: h.lanjut, aturan: h.aturan && { ...h.aturan } };
}

const CARA = {
  'setengah-atas': 'dibulatkan setengah ke atas',
  potong: 'dipotong',
  'setengah-genap': 'dibulatkan setengah ke genap',
} as const;

/** The step of a rounding under a policy, or `undefined` when the policy leaves the quantity exact. */
export function langkahPembulatan(
  nama: string,
  h: HasilPembulatan,
  kebijakan: KebijakanPembulatan,
): Langkah | undefined {
  if (!h.aturan) return undefined;
  return langkah(
    `${nama} tercetak = ${nama} ${CARA[h.aturan.mode]} ${h.aturan.desimal} desimal`,
    { [nama]: h.tepat },
    h.tampil,
    `kebijakan ${kebijakan.id}${h.aturan.dipakaiLanjut ? '; nilai tercetak dipakai langkah berikutnya' : ''}`,
  );
}
