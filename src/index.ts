// The public surface of sakip: re-exports only, one line per module (see STYLE.md for the layout).
// Arrows point one way: angka, aturan and galat know nothing of the rest; laporan sits on top.
export * from './anggaran/index.js';
export * from './angka/index.js';
export * from './aturan/index.js';
export * from './audit/index.js';
export * from './capaian/index.js';
export * from './galat/index.js';
export * from './hasil/index.js';
export * from './ikpa/index.js';
export * from './laporan/index.js';
export * from './model/index.js';
export * from './predikat/index.js';
export * from './skm/index.js';
