// skm: public-satisfaction survey scoring (SKM / IKM), mutu, combining units, streaming accumulator.
export { AkumulatorSkm, type BarisSkm, type JawabanSkm, type KeadaanAkumulatorSkm } from './AkumulatorSkm.js';
export {
  ATURAN_SKM,
  type AturanSkm,
  AturanSkmMasukan,
  type BobotPecahan,
  buatAturanSkm,
  type KodeAturanSkm,
  type MutuSkm,
  type UnsurAturanSkm,
  UnsurSkm,
} from './aturanSkm.js';
export type {
  BobotSkm,
  HasilSkm,
  KosongSkm,
  LangkahSkm,
  OpsiSkm,
  PembulatanSkm,
  PerUnsurSkm,
} from './hitung.js';
export {
  type CaraGabungSkm,
  type HasilIkmGabungan,
  ikmGabungan,
  type OpsiIkmGabungan,
  type UnitIkmGabungan,
  type UnitSkm,
} from './ikmGabungan.js';
export { type HasilMutuSkm, type IndeksSkm, mutuSkm, type NilaiSkm } from './mutuSkm.js';
export { type HasilSkmDariNrr, type OpsiSkmDariNrr, type SkalaSkm, skm, skmDariNrr } from './skm.js';
