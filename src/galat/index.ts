// galat: the one error type and its registry of stable codes.
export { KODE_GALAT, type KodeGalat } from './kode.js';
export { isSakipError, SakipError } from './SakipError.js';
