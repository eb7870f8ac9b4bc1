// ikpa: IKPA by version, SMART/EKA, Nilai Kinerja Anggaran, evaluasi SAKIP — rule sets made by the one
// factory and picked the one way (`aturan`, `tahun`). The cores (`…Inti`) are not exported.
export {
  type AspekIkpa,
  ATURAN_IKPA,
  type AturanIkpa,
  type AturanIkpaMasukan,
  type BarisPengurang,
  buatAturanIkpa,
  ID_INDIKATOR_IKPA,
  type IdIndikatorIkpa,
  type IndikatorIkpa,
  type IsiAturanIkpa,
} from './aturanIkpa.js';
export {
  ATURAN_EVALUASI_SAKIP,
  type AturanEvaluasiSakip,
  type AturanEvaluasiSakipMasukan,
  buatAturanEvaluasiSakip,
  evaluasiSakip,
  type HasilEvaluasiSakip,
  type IsiAturanEvaluasiSakip,
  type KomponenHasilSakip,
  type KomponenSakip,
  type NilaiKomponenSakip,
  type OpsiEvaluasiSakip,
  type SubKomponenHasilSakip,
  type SubKomponenSakip,
} from './evaluasiSakip.js';
export {
  type AlasanIkpa,
  type AspekHasilIkpa,
  type HasilIkpa,
  type IndikatorHasilIkpa,
  ikpa,
  type OpsiIkpa,
  type RerataAspek,
  type RincianIkpa,
} from './ikpa.js';
export type { AturanDipakai } from './masukan.js';
export {
  ATURAN_NKA,
  type AturanNka,
  type AturanNkaMasukan,
  buatAturanNka,
  type HasilNka,
  type IsiAturanNka,
  nilaiKinerjaAnggaran,
  type OpsiNka,
} from './nilaiKinerjaAnggaran.js';
export {
  ATURAN_SMART,
  type AturanSmart,
  type AturanSmartMasukan,
  buatAturanSmart,
  type HasilSmart,
  type IsiAturanSmart,
  type KomponenHasilSmart,
  type KomponenSmart,
  nilaiSmart,
  type OpsiSmart,
} from './nilaiSmart.js';
