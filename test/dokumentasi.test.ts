import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as sakip from '../src/index.js';
import { AKAR, berkas, contohMarkdown, contohSumber, jalankan } from './alat/contoh.js';

const semua = [
  ...berkas('src', '.ts').flatMap(contohSumber),
  ...['README.md', ...berkas('docs', '.md')].flatMap(contohMarkdown),
];

describe('contoh dalam dokumentasi berjalan dan benar', () => {
  it.each(semua.map((c) => [c.asal, c] as const))('%s', async (_asal, contoh) => {
    const pernyataan = await jalankan(contoh, sakip);
    // An example that asserts nothing could not fail.
    expect(pernyataan).toBeGreaterThan(0);
  });
});

describe('setiap ekspor publik berdokumen', () => {
  const program = ts.createProgram([join(AKAR, 'src/index.ts')], { strict: true, noEmit: true });
  const checker = program.getTypeChecker();
  const indeks = program.getSourceFile(join(AKAR, 'src/index.ts'));
  const modul = indeks && checker.getSymbolAtLocation(indeks);
  const ekspor = modul ? checker.getExportsOfModule(modul) : [];

  it('menemukan ekspor', () => expect(ekspor.length).toBeGreaterThan(20));

  it.each(ekspor.map((s) => [s.getName(), s] as const))('%s', (_nama, simbol) => {
    const asli = simbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(simbol) : simbol;
    const deklarasi = asli.getDeclarations() ?? [];
    const adalahNilai = (asli.flags & ts.SymbolFlags.Value) !== 0;
    const dok = deklarasi.flatMap((d) => ts.getJSDocCommentsAndTags(d));
    expect(dok.length, 'TSDoc').toBeGreaterThan(0);
    if (adalahNilai) {
      const tag = deklarasi.flatMap((d) => ts.getJSDocTags(d)).map((t) => t.tagName.text);
      expect(tag, '@example').toContain('example');
    }
  });
});

describe('tabel kode galat di docs/galat.md', () => {
  const tabel = readFileSync(join(AKAR, 'docs/galat.md'), 'utf8');
  const tercatat = new Set([...tabel.matchAll(/^\|\s*`([A-Z_]+)`/gm)].map((m) => m[1]));
  it.each(Object.keys(sakip.KODE_GALAT))('%s tercatat', (kode) => expect(tercatat.has(kode)).toBe(true));
  it('tidak mencatat kode yang tidak ada', () => {
    expect([...tercatat].filter((k) => !(k! in sakip.KODE_GALAT))).toEqual([]);
  });
});
