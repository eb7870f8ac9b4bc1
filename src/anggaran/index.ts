// anggaran: penyerapan, sisa, roll-up of a program/kegiatan tree, efisiensi (issue 4). The cores that
// `hitungLaporan` and the audit call are in ./inti (not public).
export {
  ATURAN_EFISIENSI,
  type AturanEfisiensi,
  BENTUK_EFISIENSI,
  type BentukEfisiensi,
  buatAturanEfisiensi,
  type DefinisiAturanEfisiensi,
  type IsiAturanEfisiensi,
} from './aturanEfisiensi.js';
export {
  ATURAN_BANDING_EFISIENSI,
  type AturanBandingEfisiensi,
  bandingkanEfisiensi,
  buatAturanBandingEfisiensi,
  type CaraBandingEfisiensi,
  type DefinisiAturanBandingEfisiensi,
  type HasilBandingEfisiensi,
  type IsiAturanBandingEfisiensi,
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
  type TambahanCapaianInduk,
} from './capaianFisikInduk.js';
export {
  type AlasanEfisiensiTidakDihitung,
  type ButirEfisiensi,
  type DasarButirEfisiensi,
  type DasarHasilEfisiensi,
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
