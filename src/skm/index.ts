// skm: public-satisfaction survey scoring (SKM / IKM), mutu, combining units, streaming accumulator.
// The cores (trusted values, for hitungLaporan and the audit) are in ./inti and not re-exported.
export { AkumulatorSkm, type KeadaanAkumulatorSkm } from './AkumulatorSkm.js';
export {
  ATURAN_SKM,
  type AturanSkm,
  type BobotPecahan,
  buatAturanSkm,
  type DefinisiAturanSkm,
  type DefinisiMutuSkm,
  type DefinisiUnsurSkm,
  type IdAturanSkm,
  type IsiAturanSkm,
  type MutuAturanSkm,
  type MutuSkm,
  type UnsurAturanSkm,
} from './aturanSkm.js';
export type { BarisSkm, JawabanSkm } from './baris.js';
export { ikmGabungan, type OpsiIkmGabungan, type UnitSkm } from './ikmGabungan.js';
export type { CaraGabungSkm, HasilIkmGabungan, UnitIkmGabungan } from './inti/gabungan.js';
export type { HasilMutuSkm } from './inti/mutu.js';
export type { HasilSkm, HasilSkmDariNrr, PerUnsurSkm, TampilSkm } from './inti/skm.js';
export { mutuSkm, type OpsiMutuSkm } from './mutuSkm.js';
export type { BobotSkm, KosongSkm, OpsiSkm, SatuanSkm } from './opsi.js';
export { skm } from './skm.js';
export { type OpsiSkmDariNrr, skmDariNrr } from './skmDariNrr.js';
