// predikat: band tables (Skala), their validation and lookup.
export { buatSkala } from './buatSkala.js';
export { periksaSkala, type TemuanSkala } from './periksaSkala.js';
export { type HasilPredikat, type OpsiPredikat, predikat } from './predikat.js';
export { SKALA } from './presetSkala.js';
export { DomainSkala, IntervalSkala, Skala, type SkalaMasukan } from './Skala.js';
