// sakip/sheets: spreadsheet functions (Google Sheets custom functions, Excel custom functions):
// upper-case, positional, plain values in (cells and ranges) and out (numbers and labels). They read
// cells at the boundary (src/sheets/sel.ts) and call the library's cores: no arithmetic of their own.
export { SAKIP_EFISIENSI, SAKIP_PENYERAPAN, SAKIP_SISA } from './anggaran.js';
export { SAKIP_AUDIT_CAPAIAN } from './audit.js';
export { SAKIP_CAPAIAN } from './capaian.js';
export { SAKIP_IKPA, SAKIP_NKA } from './ikpa.js';
export { SAKIP_PREDIKAT } from './predikat.js';
export type { Rentang, Sel, SelAtauRentang } from './sel.js';
export { SAKIP_IKM, SAKIP_MUTU } from './skm.js';
