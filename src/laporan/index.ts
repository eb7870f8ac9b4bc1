// laporan: a whole report computed from its parts.
export {
  type EfisiensiSasaran,
  type HasilLaporan,
  hitungLaporan,
  type OpsiHitungLaporan,
} from './hitungLaporan.js';
