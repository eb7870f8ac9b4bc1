// Likely causes of a wrong printed number (penyebab), where cheap to detect: the printed value
// compared with the expected ones digit by digit, with another quantity's value, with target and
// realisasi swapped.

import { bulatkanInti } from '../angka/bulatkan.js';
import type { Decimal } from '../angka/Decimal.js';
import type { Penyebab } from './jenis.js';

/** What the causes are looked for in (internal). */
export interface BahanPenyebab {
  /** The printed value and the decimals it was printed with. */
  p: Decimal;
  desimal: number;
  /** The expected values at those decimals (exact half-up first, then under habits). */
  acuan: readonly Decimal[];
  /** The quantity computed with target and realisasi swapped, if it has that shape. */
  tukar: Decimal | null;
  /** The path of another quantity of the same kind with this value, if any. */
  lain: (p: Decimal) => string | undefined;
  /** Writes a value as the report would. */
  tulis: (x: Decimal) => string;
}

/** The significant digits of a value: `41,10` → `411`, `0,0411` → `411`. */
function digit(x: Decimal): string {
  return x.abs().toFixed().replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
}

/** The digits of a value at fixed decimals, as a report prints them: `41,10` → `4110`. */
function digitTetap(x: Decimal, desimal: number): string {
  return x
    .abs()
    .toFixed(Math.max(desimal, 0))
    .replace('.', '')
    .replace(/^0+(?=\d)/, '');
}

/** Two strings of one length that differ by one swap of neighbours. */
function tertukar(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  let i = 0;
  while (a[i] === b[i]) i++;
  return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/** `b` is `a` with one character more. */
function satuLebih(a: string, b: string): boolean {
  if (b.length !== a.length + 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.slice(i) === b.slice(i + 1);
}

/** Two strings of one length that differ in exactly one place. */
function satuBeda(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let beda = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && ++beda > 1) return false;
  return beda === 1;
}

/** The likely causes of a wrong number, most telling first; at most one of each kind. */
export function penyebabAngka(b: BahanPenyebab): Penyebab[] {
  const hasil: Penyebab[] = [];
  const ada = new Set<string>();
  const tambah = (x: Penyebab) => {
    if (ada.has(x.kode)) return;
    ada.add(x.kode);
    hasil.push(x);
  };
  const lain = b.lain(b.p);
  if (lain !== undefined)
    tambah({ kode: 'nilai-milik-lain', pesan: `nilai milik ${lain}`, rujukanLain: lain });
  if (b.tukar !== null) {
    const t = b.tukar;
    if (bulatkanInti(t, b.desimal, 'setengah-atas').eq(b.p) || bulatkanInti(t, b.desimal, 'potong').eq(b.p)) {
      tambah({ kode: 'target-realisasi-tertukar', pesan: 'target dan realisasi tertukar' });
    }
  }
  const dp = digitTetap(b.p, b.desimal);
  for (const acuan of b.acuan) {
    if (acuan.eq(b.p)) continue;
    if (!acuan.isZero() && acuan.neg().eq(b.p)) {
      tambah({ kode: 'tanda-terbalik', pesan: `tandanya terbalik (seharusnya ${b.tulis(acuan)})` });
      continue;
    }
    const da = digitTetap(acuan, b.desimal);
    if (digit(acuan) === digit(b.p) && digit(acuan) !== '') {
      tambah({ kode: 'koma-bergeser', pesan: `koma bergeser (seharusnya ${b.tulis(acuan)})` });
    } else if (da.length < 3 && dp.length < 3) {
      // One or two digits: any two such values differ "by a digit"; that tells nothing.
    } else if (tertukar(da, dp)) {
      tambah({ kode: 'digit-tertukar', pesan: `dua digit bertukar tempat (seharusnya ${b.tulis(acuan)})` });
    } else if (satuLebih(dp, da) || satuLebih(da, dp)) {
      tambah({
        kode: 'digit-hilang',
        pesan: `satu digit hilang atau berlebih (seharusnya ${b.tulis(acuan)})`,
      });
    } else if (satuBeda(da, dp)) {
      tambah({ kode: 'digit-berbeda', pesan: `satu digit berbeda (seharusnya ${b.tulis(acuan)})` });
    }
  }
  return hasil;
}
