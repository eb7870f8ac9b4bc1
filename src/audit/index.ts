export { auditLaporan, type OpsiAudit } from './audit.js';
export type {
  AlasanTidakDiperiksa,
  BesaranAudit,
  HasilAudit,
  Kebiasaan,
  KebiasaanBesaran,
  KodeKebiasaan,
  KodePenyebab,
  Penyebab,
  Pertentangan,
  RingkasanAudit,
  StatusTemuan,
  TemuanAudit,
  TemuanCocok,
  TemuanSalah,
  TemuanTidakDiperiksa,
} from './jenis.js';
export { STATUS_TEMUAN } from './jenis.js';
export { type Rujukan, type RujukanTidakValid, uraiRujukan } from './rujukan.js';
