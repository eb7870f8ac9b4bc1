// aturan: what every rule set carries — its source and how sure we are of it.
export { StatusAturan, SumberAturan } from './status.js';
