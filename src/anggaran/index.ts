// anggaran: penyerapan, sisa, roll-up of a program/kegiatan tree, efisiensi (issue 4).
export {
  ATURAN_EFISIENSI,
  AturanEfisiensi,
  type AturanEfisiensiMasukan,
  BENTUK_EFISIENSI,
  type BentukEfisiensi,
  buatAturanEfisiensi,
} from './aturanEfisiensi.js';
export {
  bandingkanEfisiensi,
  CARA_BANDING_EFISIENSI,
  type CaraBandingEfisiensi,
  type HasilBandingEfisiensi,
  type MasukanBandingEfisiensi,
  type OpsiBandingEfisiensi,
} from './bandingkanEfisiensi.js';
export {
  type AlasanCapaianInduk,
  CARA_CAPAIAN_INDUK,
  type CaraCapaianInduk,
  capaianFisikInduk,
  type HasilCapaianInduk,
  type MasukanCapaianAnak,
  type MasukanCapaianInduk,
} from './capaianFisikInduk.js';
export {
  type AlasanEfisiensiTidakDihitung,
  type ButirEfisiensi,
  type EfisiensiButir,
  type EfisiensiButirDihitung,
  type EfisiensiButirTidakDihitung,
  efisiensi,
  type HasilEfisiensi,
  type HasilEfisiensiDihitung,
  type HasilEfisiensiTidakDihitung,
  type OpsiEfisiensi,
  type SatuanTampil,
  type TampilEfisiensi,
} from './efisiensi.js';
export { type MasukanAnggaran, penyerapan, persentaseSisa, sisaAnggaran } from './penyerapan.js';
export {
  type HasilRekapAnggaran,
  type JenisTemuanAnggaran,
  type OpsiRekapAnggaran,
  PENYERAPAN_INDUK,
  type PenyerapanInduk,
  type RekapSasaran,
  type RekapSimpul,
  rekapAnggaran,
  type TemuanAnggaran,
} from './rekapAnggaran.js';
