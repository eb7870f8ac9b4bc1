// capaian: achievement of indicators, negative formulas, volume and range targets, aggregation.
// Cores (…Inti) are internal: hitungLaporan, the audit and the spreadsheet functions import them from
// their files.
export { capaian, type MasukanCapaian, RUMUS_NEGATIF, type RumusNegatif } from './capaian.js';
export {
  capaianMassal,
  type HasilCapaianMassal,
  type OpsiCapaianMassal,
  type PredikatMassal,
} from './capaianMassal.js';
export { capaianRentang, type HasilCapaianRentang, type MasukanCapaianRentang } from './capaianRentang.js';
export {
  type AlasanRataRataTidakDapatDihitung,
  capaianSasaran,
  type HasilRataRataCapaian,
  type HasilSasaran,
  type IndikatorTerlewat,
  type OpsiCapaianSasaran,
  type OpsiRataRataCapaian,
  type RataRataCapaianDihitung,
  type RataRataCapaianTidakDapatDihitung,
  rataRataCapaian,
} from './capaianSasaran.js';
export { capaianVolume } from './capaianVolume.js';
export {
  type AlasanTidakDapatDihitung,
  type HasilIndikator,
  hitungIndikator,
  type IndikatorDihitung,
  type IndikatorTidakDapatDihitung,
  type OpsiHitungIndikator,
  type PasanganCapaian,
  SUMBER_TARGET,
  type SumberTarget,
} from './hitungIndikator.js';
export { jumlahTriwulan, type OpsiJumlahTriwulan } from './jumlahTriwulan.js';
export { type HasilPerubahanTahunan, perubahanTahunan } from './perubahanTahunan.js';
export { rasioJumlah } from './rasioJumlah.js';
export { type OpsiRataRata, rataRata } from './rataRata.js';
