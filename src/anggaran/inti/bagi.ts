// Internal: the percentage of two amounts of money, exactly as `bagian.times(100).div(keseluruhan)`
// gives it, faster for whole Rupiah. A budget tree of 100 000 nodes needs 100 000 quotients; decimal.js
// divides word by word with a general algorithm, while two whole amounts below 10¹⁵ divide exactly in
// double arithmetic one digit at a time. The digits are those of the exact quotient, cut after the
// 41st significant digit and rounded half-up at the 40th — decimal.js's own result at precision 40,
// ROUND_HALF_UP (a property test checks the two agree, word for word, on every input it tries).
import { DecimalInti as Decimal } from '../../angka/Decimal.js';
import { decimalDariKata } from '../../model/Anggaran.js';

const SERATUS = new Decimal(100);
const DIGIT_BERMAKNA = 40;
const BASIS = 1e7;
// a < 8·10¹⁵ and b ≤ 9·10¹⁴ keep every product q·b below 2^53 (exact in a double), also when the
// estimate q is one too large: q·b ≤ a + b < 2^53, and in the digit loop q·b ≤ 10·b ≤ 9·10¹⁵.
const MAKS_PEMBILANG = 8e15;
const MAKS_PENYEBUT = 9e14;

/** The value of a non-negative integer Decimal below 10¹⁵ as a number; -1 for any other Decimal. */
export function bulatAman(x: Decimal): number {
  if (x.s !== 1 || x.e < 0 || x.e >= 15) return -1;
  const kata = x.d;
  // Words are aligned on the decimal point: the integer part has ⌊e/7⌋ + 1 words; more is a fraction.
  const kataBulat = Math.floor(x.e / 7) + 1;
  if (kata.length > kataBulat) return -1;
  let v = 0;
  for (let i = 0; i < kataBulat; i++) v = v * BASIS + (kata[i] ?? 0);
  return v;
}

/** ⌊a / b⌋ of integers whose products stay below 2^53, corrected for the rounding of `a / b`. */
function hasilBagi(a: number, b: number): number {
  let q = Math.floor(a / b);
  const r = a - q * b;
  if (r < 0) q -= 1;
  else if (r >= b) q += 1;
  return q;
}

// Reused buffers (one synchronous call at a time): the digits of a quotient, then its words.
const DIGIT = new Uint8Array(DIGIT_BERMAKNA + 20);
const KATA: number[] = [];

/**
 * s · a / b for integers 0 ≤ a < 8·10¹⁵, 1 ≤ b ≤ 9·10¹⁴ and a sign s, rounded half-up (away from
 * zero) to 40 significant digits, built from its base-10⁷ words through decimal.js's own constructor.
 */
function bagiBulat(a: number, b: number, s: 1 | -1 = 1): Decimal {
  if (a === 0) return new Decimal(0);
  let n = 0;
  const q0 = hasilBagi(a, b);
  let r = a - q0 * b;
  // e: the power of 10 of the first significant digit.
  let e = -1;
  if (q0 > 0) {
    const teks = String(q0);
    for (let i = 0; i < teks.length; i++) DIGIT[n++] = teks.charCodeAt(i) - 48;
    e = teks.length - 1;
  }
  // One guard digit beyond the 40th decides half-up (the digits after it cannot change it).
  while (r !== 0 && n <= DIGIT_BERMAKNA) {
    r *= 10;
    const q = hasilBagi(r, b);
    r -= q * b;
    if (n === 0 && q === 0) e -= 1;
    else DIGIT[n++] = q;
  }
  if (n > DIGIT_BERMAKNA) {
    n -= 1;
    if ((DIGIT[n] as number) >= 5) {
      let i = n - 1;
      while (i >= 0 && DIGIT[i] === 9) DIGIT[i--] = 0;
      if (i >= 0) DIGIT[i] = (DIGIT[i] as number) + 1;
      else {
        // 9…9 rounded up: 10…0, one digit more to the left.
        DIGIT[0] = 1;
        n = 1;
        e += 1;
      }
    }
  }
  while (n > 1 && DIGIT[n - 1] === 0) n--;
  // Words aligned on the decimal point: the first holds (e mod 7) + 1 digits, the last is padded.
  KATA.length = 0;
  let w = 0;
  let isi = 0;
  let lebar = (((e % 7) + 7) % 7) + 1;
  for (let i = 0; i < n; i++) {
    w = w * 10 + (DIGIT[i] as number);
    if (++isi === lebar) {
      KATA.push(w);
      w = 0;
      isi = 0;
      lebar = 7;
    }
  }
  if (isi > 0) {
    for (; isi < lebar; isi++) w *= 10;
    KATA.push(w);
  }
  return decimalDariKata(s, e, KATA);
}

const PANGKAT_10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * x · 10^k as a whole number below 2^53 in magnitude (exact), or NaN. Words are aligned on the
 * decimal point: word i is worth 10^(7·(m − i)), m = ⌊e / 7⌋.
 */
function berskala(x: Decimal, k: number): number {
  const kata = x.d;
  const n = kata.length;
  if (n > 3) return Number.NaN;
  let w = 0;
  for (let i = 0; i < n; i++) w = w * BASIS + (kata[i] as number);
  // x = w · 10^p0; x · 10^k = w · 10^(p0 + k).
  const p = 7 * (Math.floor(x.e / 7) - n + 1) + k;
  let v: number;
  if (p >= 0) {
    if (p > 15) return Number.NaN;
    v = w * (PANGKAT_10[p] as number);
  } else {
    if (p < -15) return Number.NaN;
    const f = PANGKAT_10[-p] as number;
    if (w % f !== 0) return Number.NaN;
    v = w / f;
  }
  return v <= Number.MAX_SAFE_INTEGER ? x.s * v : Number.NaN;
}

/**
 * `a × 100 / b` for whole amounts given as numbers (see {@link bulatAman}; -1: not whole or too
 * large), exact to 40 significant digits, half-up; `undefined` when they do not fit the fast path.
 */
export function persenBulat(a: number, b: number): Decimal | undefined {
  return a >= 0 && b > 0 && a * 100 < MAKS_PEMBILANG && b <= MAKS_PENYEBUT
    ? bagiBulat(a * 100, b)
    : undefined;
}

/**
 * `bagian × 100 / keseluruhan` (persen), exact to 40 significant digits, half-up: penyerapan from
 * realisasi and pagu, E from (PAK × CK) − RAK and PAK × CK. `keseluruhan` must not be zero. Amounts
 * with a few decimals (cents, PAK × CK) take the fast path at a common scale; others decimal.js.
 */
export function persenDari(bagian: Decimal, keseluruhan: Decimal): Decimal {
  if (keseluruhan.s === 1 && !bagian.isZero()) {
    const k = Math.max(bagian.decimalPlaces(), keseluruhan.decimalPlaces());
    const a = berskala(bagian, k);
    const b = berskala(keseluruhan, k);
    const besar = a < 0 ? -a : a;
    if (b > 0 && besar * 100 < MAKS_PEMBILANG && b <= MAKS_PENYEBUT)
      return bagiBulat(besar * 100, b, a < 0 ? -1 : 1);
  }
  return bagian.times(SERATUS).div(keseluruhan);
}
