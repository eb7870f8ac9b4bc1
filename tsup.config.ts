import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library: ESM + CJS with declarations for both, tree-shakeable.
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    target: 'es2022',
    treeshake: true,
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
