// The public surface of sakip: re-exports only.

export * from './anggaran/index.js';
export { BATAS_DESIMAL, bulatkan, MODE_PEMBULATAN, type ModePembulatan } from './angka/bulatkan.js';
// angka: numbers, parsing, formatting, rounding
export { Decimal } from './angka/Decimal.js';
export {
  formatAngka,
  formatPersen,
  formatRupiah,
  type OpsiFormatAngka,
  type OpsiFormatPersen,
  type OpsiFormatRupiah,
} from './angka/formatAngka.js';
export {
  AturanPembulatan,
  BESARAN,
  type Besaran,
  buatKebijakanPembulatan,
  type HasilPembulatan,
  KEBIJAKAN_PEMBULATAN,
  KebijakanPembulatan,
  pembulatan,
} from './angka/kebijakanPembulatan.js';
export { type Angka, keDecimal, type OpsiKeDecimal } from './angka/keDecimal.js';
export { type FormatAngka, type OpsiParseAngka, parseAngka } from './angka/parseAngka.js';
// aturan: rule-set metadata
export { StatusAturan, SumberAturan } from './aturan/status.js';
export * from './capaian/index.js';
// galat: errors
export { KODE_GALAT, type KodeGalat } from './galat/kode.js';
export { isSakipError, SakipError } from './galat/SakipError.js';
// ikpa: IKPA by version, SMART/EKA, Nilai Kinerja Anggaran, evaluasi SAKIP
export * from './ikpa/index.js';
export { Anggaran, NodeAnggaran, type NodeAnggaranMasukan, TingkatAnggaran } from './model/Anggaran.js';
// model: zod schemas
export { SkemaAngka, SkemaAngkaOpsional, SkemaRupiah } from './model/angka.js';
export {
  Indikator,
  type IndikatorMasukan,
  PasanganVolume,
  Polaritas,
  Sasaran,
  type SasaranMasukan,
} from './model/Indikator.js';
export {
  AngkaTercetak,
  BagianIkpa,
  BagianSkm,
  bacaLaporan,
  bacaModel,
  Laporan,
  type LaporanMasukan,
} from './model/Laporan.js';
export * from './predikat/index.js';
export * from './skm/index.js';
