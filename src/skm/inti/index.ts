// The SKM cores (internal, trusted values only; not re-exported from the package): what
// hitungLaporan, the audit and the spreadsheet functions call. The public functions of src/skm parse
// their input once and call these.

export { type AturanSkm, pilihAturanSkm } from '../aturanSkm.js';
export { bacaOpsiSkm, type OpsiSkmInti, type SatuanSkm } from '../opsi.js';
export { type CaraGabungSkm, type HasilIkmGabungan, ikmGabunganInti, type UnitSkmInti } from './gabungan.js';
export {
  type AlasanSkmRingkas,
  cariMutu,
  type HasilMutuSkm,
  type HasilSkmRingkas,
  mutuSkmInti,
  type SkmRingkasInti,
  skmDariRingkasInti,
} from './mutu.js';
export { type HasilSkm, type HasilSkmDariNrr, skmDariNrrInti, skmInti, type TotalSkm } from './skm.js';
