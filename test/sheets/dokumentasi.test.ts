// Every export of sakip/sheets carries TSDoc with a worked @example (test/dokumentasi.test.ts checks
// the exports of src/index.ts only; the examples themselves run there, imported from 'sakip/sheets').
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { AKAR, contohSumber } from '../alat/contoh.js';

const INDEKS = join(AKAR, 'src/sheets/index.ts');
const program = ts.createProgram([INDEKS], { strict: true, noEmit: true });
const checker = program.getTypeChecker();
const sumber = program.getSourceFile(INDEKS);
const modul = sumber && checker.getSymbolAtLocation(sumber);
const ekspor = modul ? checker.getExportsOfModule(modul) : [];

describe('sakip/sheets berdokumen', () => {
  it('menemukan ekspor', () => expect(ekspor.length).toBeGreaterThanOrEqual(10));

  it.each(ekspor.map((s) => [s.getName(), s] as const))('%s', (_nama, simbol) => {
    const asli = simbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(simbol) : simbol;
    const deklarasi = asli.getDeclarations() ?? [];
    expect(deklarasi.flatMap((d) => ts.getJSDocCommentsAndTags(d)).length, 'TSDoc').toBeGreaterThan(0);
    if ((asli.flags & ts.SymbolFlags.Value) !== 0) {
      const tag = deklarasi.flatMap((d) => ts.getJSDocTags(d)).map((t) => t.tagName.text);
      expect(tag, '@example').toContain('example');
    }
  });

  it("contoh mengimpor dari 'sakip/sheets'", () => {
    const contoh = ['anggaran', 'audit', 'capaian', 'ikpa', 'predikat', 'skm'].flatMap((f) =>
      contohSumber(`src/sheets/${f}.ts`),
    );
    expect(contoh.length).toBeGreaterThanOrEqual(10);
    for (const c of contoh) expect(c.kode, c.asal).toContain("from 'sakip/sheets'");
  });
});
