// galat: the one error type and its registry of stable codes.
export { KODE_GALAT, type KodeGalat } from './kode.js';
export { isSakipError, type Masalah, type OpsiSakipError, SakipError } from './SakipError.js';
