// The cores of the anggaran module (internal, not exported from the package): trusted values in, no
// validation. `hitungLaporan`, the audit and the sheet functions call these, after reading their
// input once with the readers listed below.
export { bacaPohonAnggaran, type CaraBacaPohon } from '../../model/Anggaran.js';
export { pilihAturanEfisiensi } from '../aturanEfisiensi.js';
export { bandingkanEfisiensiInti, pilihAturanBandingEfisiensi } from '../bandingkanEfisiensi.js';
export { bacaButirEfisiensi, bacaOpsiEfisiensi } from '../efisiensi.js';
export { bacaOpsiRekapAnggaran } from '../rekapAnggaran.js';
export { type AnakCapaianInti, capaianFisikIndukInti } from './capaianFisik.js';
export { type ButirEfisiensiInti, efisiensiInti, type OpsiEfisiensiInti } from './efisiensi.js';
export { penyerapanInti, persentaseSisaInti, sisaAnggaranInti } from './penyerapan.js';
export { type OpsiRekapAnggaranInti, rekapAnggaranInti } from './rekap.js';
