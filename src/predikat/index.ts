// predikat: band tables (Skala) as rule sets, their validation and lookup.
export { buatSkala } from './buatSkala.js';
export { periksaSkala, type TemuanSkala } from './periksaSkala.js';
export { type HasilPredikat, type OpsiPredikat, predikat } from './predikat.js';
export { SKALA } from './presetSkala.js';
export {
  DomainSkala,
  IntervalSkala,
  type IntervalSkalaMasukan,
  type IsiSkala,
  type Skala,
  type SkalaMasukan,
} from './Skala.js';
