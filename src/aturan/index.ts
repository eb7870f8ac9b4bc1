// aturan: what every rule set carries — its identity, source, status and years — and the one factory
// and picker every module uses.
export { type Aturan, BerlakuAturan, IdentitasAturan, type PilihanAturan } from './aturan.js';
export { StatusAturan, SumberAturan } from './status.js';
