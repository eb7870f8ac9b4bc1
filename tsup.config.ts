import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library: ESM + CJS with declarations for both, tree-shakeable; `sakip/sheets` beside it (the
    // spreadsheet functions; dist/sakip.gs, for Google Apps Script, is written by scripts/gs.ts).
    entry: { index: 'src/index.ts', sheets: 'src/sheets/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    target: 'es2022',
    treeshake: true,
    // Shared code in one chunk for CommonJS too: `require('sakip')` and `require('sakip/sheets')` then
    // share one SakipError class (and one private Decimal clone), as the ESM builds do.
    splitting: true,
  },
  {
    // The ESM the package's `import` condition points at: one file per source module, unbundled, so
    // that a bundler keeps only the modules an app imports (`sideEffects: false`): importing `capaian`
    // alone does not bring zod or the rule presets. The bundled dist/index.js above stays for CDNs.
    entry: ['src/**/*.ts', '!src/cli/**'],
    format: ['esm'],
    outDir: 'dist/esm',
    bundle: false,
    sourcemap: true,
    target: 'es2022',
  },
  {
    // One file for browsers and Google Apps Script: `var SAKIP = …` with decimal.js and zod inside.
    entry: { sakip: 'src/index.ts' },
    format: ['iife'],
    globalName: 'SAKIP',
    minify: true,
    // ES2020: BigInt literals (SKM exact sums) need it; every browser and Apps Script (V8) has it.
    target: 'es2020',
    platform: 'browser',
    noExternal: [/.*/],
  },
  {
    // The command-line program (ESM, with its shebang).
    entry: { cli: 'src/cli/bin.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
