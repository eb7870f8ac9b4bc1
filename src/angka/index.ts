// angka: numbers in, exact Decimals out; parsing and formatting the way reports write them; rounding
// as an explicit operation and rounding policies as data.
export { BATAS_DESIMAL, bulatkan, MODE_PEMBULATAN, type ModePembulatan } from './bulatkan.js';
export { Decimal } from './Decimal.js';
export {
  formatAngka,
  formatPersen,
  formatRupiah,
  type OpsiFormatAngka,
  type OpsiFormatPersen,
  type OpsiFormatRupiah,
} from './formatAngka.js';
export { JANGKAUAN_ANGKA } from './jangkauan.js';
export {
  AturanPembulatan,
  BESARAN,
  type Besaran,
  buatKebijakanPembulatan,
  type HasilPembulatan,
  KEBIJAKAN_PEMBULATAN,
  type KebijakanPembulatan,
  pembulatan,
} from './kebijakanPembulatan.js';
export { type Angka, keDecimal, type OpsiKeDecimal } from './keDecimal.js';
export { type FormatAngka, type OpsiParseAngka, parseAngka } from './parseAngka.js';
