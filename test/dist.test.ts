// The built bundles (dist/, made by `npm test` before vitest runs) load and compute in every form
// users take them: ESM import, CommonJS require, the IIFE global for browsers and Apps Script, and
// the command-line program.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';

const dist = join(import.meta.dirname, '..', 'dist');
const paket = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8')) as {
  version: string;
};

describe('bundel dist/', () => {
  it('ESM', async () => {
    const sakip = await import(join(dist, 'index.js'));
    expect(sakip.keDecimal('6.811.847.000').toString()).toBe('6811847000');
    expect(sakip.bulatkan(90.335, 2).toString()).toBe('90.34');
  });

  it('CommonJS', () => {
    const sakip = createRequire(import.meta.url)(join(dist, 'index.cjs'));
    expect(sakip.keDecimal('6.811.847.000').toString()).toBe('6811847000');
    let kode = '';
    try {
      sakip.parseAngka('6.811', { format: 'otomatis' });
    } catch (e) {
      kode = (e as { kode: string }).kode;
    }
    expect(kode).toBe('ANGKA_AMBIGU');
  });

  it('IIFE: global SAKIP tanpa require/module, seperti di peramban atau Apps Script', () => {
    const konteks: Record<string, unknown> = {};
    runInNewContext(readFileSync(join(dist, 'sakip.global.js'), 'utf8'), konteks);
    const SAKIP = konteks.SAKIP as typeof import('../src/index.js');
    expect(SAKIP.keDecimal('6.811.847.000').toString()).toBe('6811847000');
    expect(SAKIP.formatPersen('98,6247', { desimal: 2 })).toBe('98,62%');
  });

  it('program baris perintah', () => {
    const jalan = (...argumen: string[]) =>
      execFileSync(process.execPath, [join(dist, 'cli.js'), ...argumen], { encoding: 'utf8' });
    expect(jalan('--version').trim()).toBe(paket.version);
    expect(jalan('--help')).toMatch(/Pemakaian:/);
    expect(jalan('contoh')).toMatch(/Dinas Sosial Kabupaten Barito Kuala/);
  });
});
