// model: zod schemas of the report's data — the schema is the type; parse at the boundary.
export {
  Anggaran,
  bacaPohonAnggaran,
  type CaraBacaPohon,
  NodeAnggaran,
  type NodeAnggaranMasukan,
  TingkatAnggaran,
} from './Anggaran.js';
export { SkemaAngka, SkemaAngkaOpsional, SkemaRupiah } from './angka.js';
export {
  Indikator,
  type IndikatorMasukan,
  PasanganVolume,
  Polaritas,
  Sasaran,
  type SasaranMasukan,
} from './Indikator.js';
export {
  AngkaTercetak,
  BagianIkpa,
  BagianSkm,
  bacaLaporan,
  bacaModel,
  Laporan,
  type LaporanMasukan,
} from './Laporan.js';
