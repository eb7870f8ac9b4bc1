// ikpa: IKPA by version, SMART/EKA, Nilai Kinerja Anggaran, evaluasi SAKIP.
export {
  ATURAN_IKPA,
  AturanIkpa,
  type AturanIkpaMasukan,
  aturanIkpaTahun,
  aturanIkpaVersi,
  BarisPengurang,
  buatAturanIkpa,
  ID_INDIKATOR_IKPA,
  type IdIndikatorIkpa,
  IndikatorIkpa,
  type KunciAturanIkpa,
} from './aturanIkpa.js';
export {
  ATURAN_EVALUASI_SAKIP,
  AturanEvaluasiSakip,
  type AturanEvaluasiSakipMasukan,
  buatAturanEvaluasiSakip,
  evaluasiSakip,
  type HasilEvaluasiSakip,
  type KomponenHasilSakip,
  type NilaiKomponenSakip,
  type OpsiEvaluasiSakip,
} from './evaluasiSakip.js';
export {
  type HasilIkpa,
  type IndikatorHasilIkpa,
  ikpa,
  type OpsiIkpa,
  type RerataAspek,
} from './ikpa.js';
export type { LangkahHitung } from './masukan.js';
export {
  ATURAN_NKA,
  AturanNka,
  aturanNkaTahun,
  type HasilNka,
  nilaiKinerjaAnggaran,
  type OpsiNka,
} from './nilaiKinerjaAnggaran.js';
export {
  ATURAN_SMART,
  AturanSmart,
  buatAturanSmart,
  type HasilSmart,
  type KomponenHasilSmart,
  nilaiSmart,
  type OpsiSmart,
} from './nilaiSmart.js';
