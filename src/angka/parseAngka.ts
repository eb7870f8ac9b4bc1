import { bacaObjek, teksMasukan } from '../galat/masukan.js';
import { SakipError } from '../galat/SakipError.js';
import { DecimalInti as Decimal } from './Decimal.js';
import { dalamJangkauan, galatJangkauan, JANGKAUAN_ANGKA } from './jangkauan.js';
import { tulisPolos } from './tulis.js';

/**
 * How a number is written (format angka): `'id'` — `.` groups thousands, `,` marks decimals
 * (`6.811.847.000`, `80,43`); `'en'` — the reverse (`37,390,832,000`, `99.32`); `'otomatis'` —
 * decided from the string itself, refusing strings that read two ways.
 */
export type FormatAngka = 'id' | 'en' | 'otomatis';

/** Options of {@link parseAngka}. */
export interface OpsiParseAngka {
  /**
   * Number format; default `'otomatis'`: the string decides, and a string that two formats read
   * differently (`'92.711'`, `'15,036'`, `'1.234'`) is `ANGKA_AMBIGU`. Report files declare `'id'`.
   */
  format?: FormatAngka;
  /** Read a lone `-` (a money column's "nihil") as 0 instead of raising `ANGKA_STRIP`. Default false. */
  stripSebagaiNol?: boolean;
}

const KUNCI_OPSI = ['format', 'stripSebagaiNol'] as const;
const FORMAT = ['id', 'en', 'otomatis'] as const;

/** Checks a number format name, raising `FORMAT_TIDAK_DIKENAL`. */
export function periksaFormat(format: unknown): FormatAngka {
  if (!(FORMAT as readonly unknown[]).includes(format)) {
    throw new SakipError(
      'FORMAT_TIDAK_DIKENAL',
      `Format angka ${teksMasukan(format)} tidak dikenal; gunakan ${FORMAT.join(', ')}.`,
      { masukan: format },
    );
  }
  return format as FormatAngka;
}

const SPASI = /[\s\u200B]+/g;
const GALAT_SPREADSHEET =
  /^#(?:VALUE!|DIV\/0!|N\/A|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|ERROR!|GETTING_DATA)$/i;
const TANDA = /^([+\-\u2212\u2013])\s*/;
const RUPIAH = /^(?:rp|idr)\.?\s*/i;
const PERSEN = /\s*(?:%|persen)$/i;
const TANPA_SEN = /([,.])-$/;
const BADAN: Record<'id' | 'en', RegExp> = {
  // A first group of 1–3 digits not starting a grouped number with 0, then groups of 3; or plain digits.
  id: /^(?:(?:[1-9]\d{0,2}(?:\.\d{3})+)|\d+)?(?:,\d+)?$/,
  en: /^(?:(?:[1-9]\d{0,2}(?:,\d{3})+)|\d+)?(?:\.\d+)?$/,
};

/** Reads a bare number body (digits and separators only) in one format, or returns undefined. */
function bacaBadan(badan: string, format: 'id' | 'en'): string | undefined {
  if (!/\d/.test(badan) || !BADAN[format].test(badan)) return undefined;
  const [ribuan, desimal] = format === 'id' ? ['.', ','] : [',', '.'];
  const polos = badan.split(ribuan).join('').replace(desimal, '.');
  return polos.startsWith('.') ? `0${polos}` : polos;
}

function galat(kode: 'ANGKA_FORMAT_TIDAK_VALID' | 'ANGKA_HURUF', teks: string, sebab: string): SakipError {
  return new SakipError(kode, `"${teks}" bukan angka yang sah: ${sebab}.`, { masukan: teks });
}

/**
 * Reads a number as reports write it (parse angka): thousands groups, decimal comma or point, a
 * leading `Rp`/`Rp.`/`IDR` (with or without space or line break), a trailing `,-`, a percent sign or
 * the word `persen` (the number is returned as written: `80,43%` → 80.43), a sign, surrounding
 * whitespace and non-breaking spaces. Never returns NaN; every failure is a {@link SakipError} with
 * its own code.
 *
 * With `format: 'otomatis'` (the default) the string decides; a string that reads two ways (`6.811`, `42,380`)
 * raises `ANGKA_AMBIGU` naming both readings instead of guessing.
 *
 * @example
 * ```ts
 * import { parseAngka } from 'sakip';
 * parseAngka('Rp 6.811.847.000,00'); //=> '6811847000'
 * parseAngka('92.711'); //!> ANGKA_AMBIGU
 * parseAngka('92.711', { format: 'id' }); //=> '92711'
 * parseAngka('Rp. 86.677.300,-'); //=> '86677300'
 * parseAngka('80,43 %'); //=> '80.43'
 * parseAngka('92,71 persen'); //=> '92.71'
 * parseAngka('37,390,832,000', { format: 'en' }); //=> '37390832000'
 * parseAngka('99.32%'); //=> '99.32'
 * parseAngka('6.811'); //!> ANGKA_AMBIGU
 * parseAngka('-', { stripSebagaiNol: true }); //=> '0'
 * parseAngka('#####'); //!> ANGKA_KOLOM_SEMPIT
 * ```
 */
export function parseAngka(teks: string, opsi?: OpsiParseAngka): Decimal {
  if (typeof teks !== 'string') {
    throw new SakipError('ANGKA_BUKAN_TEKS', `parseAngka menerima teks, bukan ${teksMasukan(teks)}.`, {
      masukan: teks,
    });
  }
  const o = bacaObjek(opsi, { nama: 'Opsi parseAngka', kunci: KUNCI_OPSI });
  const format = o.format === undefined ? 'otomatis' : periksaFormat(o.format);
  if (o.stripSebagaiNol !== undefined && typeof o.stripSebagaiNol !== 'boolean') {
    throw new SakipError(
      'OPSI_TIDAK_VALID',
      `Opsi parseAngka tidak valid: stripSebagaiNol harus true atau false, bukan ${teksMasukan(o.stripSebagaiNol)}.`,
      { masukan: opsi, lokasi: 'stripSebagaiNol' },
    );
  }
  return bacaTeksAngka(teks, format, o.stripSebagaiNol === true);
}

/** {@link parseAngka} on a string and checked options (internal core, shared with keDecimal). */
export function bacaTeksAngka(teks: string, format: FormatAngka, stripSebagaiNol: boolean): Decimal {
  if (teks.length > JANGKAUAN_ANGKA.panjangTeks) {
    throw new SakipError(
      'ANGKA_DI_LUAR_JANGKAUAN',
      `Teks angka ${teks.length} karakter, lebih dari ${JANGKAUAN_ANGKA.panjangTeks}: bukan angka laporan.`,
      { masukan: teks },
    );
  }
  let s = teks.replace(SPASI, ' ').trim();
  if (s === '')
    throw new SakipError('ANGKA_KOSONG', 'Teks kosong tidak dapat dibaca sebagai angka.', { masukan: teks });
  if (s.startsWith('#')) {
    if (/^#+$/.test(s)) {
      throw new SakipError(
        'ANGKA_KOLOM_SEMPIT',
        `"${teks}": kolom spreadsheet terlalu sempit, angkanya tidak tercetak.`,
        {
          masukan: teks,
        },
      );
    }
    const sebab = GALAT_SPREADSHEET.test(s) ? 'galat spreadsheet' : 'diawali "#", bukan angka';
    throw new SakipError('ANGKA_GALAT_SPREADSHEET', `"${teks}" adalah ${sebab}.`, { masukan: teks });
  }

  const persen = PERSEN.test(s);
  s = s.replace(PERSEN, '');
  const sen = TANPA_SEN.exec(s)?.[1];
  if (sen !== undefined) s = s.slice(0, -2);
  let tanda = TANDA.exec(s)?.[1];
  s = s.replace(TANDA, '');
  const rupiah = RUPIAH.test(s);
  s = s.replace(RUPIAH, '');
  if (tanda === undefined) {
    tanda = TANDA.exec(s)?.[1];
    s = s.replace(TANDA, '');
  }

  if (s === '') {
    if (tanda !== undefined && tanda !== '+' && !persen && sen === undefined) {
      if (stripSebagaiNol) return new Decimal(0);
      throw new SakipError(
        'ANGKA_STRIP',
        `"${teks}" hanya tanda strip; di kolom uang artinya nihil (opsi stripSebagaiNol).`,
        {
          masukan: teks,
        },
      );
    }
    if (persen && tanda === undefined && !rupiah) {
      throw new SakipError('ANGKA_PERSEN_KOSONG', `"${teks}" hanya tanda persen tanpa angka.`, {
        masukan: teks,
      });
    }
    throw new SakipError('ANGKA_KOSONG', `"${teks}" tidak memuat angka.`, { masukan: teks });
  }
  if (/[^\d.,]/.test(s)) {
    if (/\p{L}/u.test(s)) throw galat('ANGKA_HURUF', teks, 'memuat huruf');
    throw galat('ANGKA_FORMAT_TIDAK_VALID', teks, 'memuat tanda yang bukan bagian angka');
  }
  if (persen && rupiah) throw galat('ANGKA_FORMAT_TIDAK_VALID', teks, 'Rupiah dan persen sekaligus');

  // A trailing ",-" belongs to the Indonesian format, ".-" to the English one.
  const bentuk = format === 'otomatis' && sen !== undefined ? (sen === ',' ? 'id' : 'en') : format;
  let polos: string;
  if (bentuk === 'otomatis') {
    const id = bacaBadan(s, 'id');
    const en = bacaBadan(s, 'en');
    if (id !== undefined && en !== undefined && !new Decimal(id).equals(en)) {
      throw new SakipError(
        'ANGKA_AMBIGU',
        `"${teks}" dapat dibaca ${tulisPolos(new Decimal(id).toFixed(), '.', ',')} (format id) atau ${tulisPolos(new Decimal(en).toFixed(), '.', ',')} ` +
          '(format en), keduanya ditulis di sini dalam format id; nyatakan formatnya.',
        { masukan: teks },
      );
    }
    const terbaca = id ?? en;
    if (terbaca === undefined) throw galat('ANGKA_FORMAT_TIDAK_VALID', teks, 'bukan format id maupun en');
    polos = terbaca;
  } else {
    const terbaca = bacaBadan(s, bentuk);
    if (terbaca === undefined) {
      throw galat('ANGKA_FORMAT_TIDAK_VALID', teks, `susunannya tidak sesuai format ${bentuk}`);
    }
    polos = terbaca;
  }
  const nilai = new Decimal(polos);
  if (!dalamJangkauan(nilai)) throw galatJangkauan(teks, `"${teks}"`);
  return tanda === '+' || tanda === undefined || nilai.isZero() ? nilai : nilai.negated();
}
