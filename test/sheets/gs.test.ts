// dist/sakip.gs as Apps Script runs it: one script in a fresh global scope, without a module system,
// `require` or `process`; the top-level wrappers carry @customfunction JSDoc and give the results of
// the library's sheet functions. Reads dist/sakip.gs when the build made it (`npm test` builds first),
// else builds the same text in memory with scripts/gs.ts.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { buatGs, FUNGSI } from '../../scripts/gs.js';
import * as sheets from '../../src/sheets/index.js';

const BERKAS = join(import.meta.dirname, '..', '..', 'dist', 'sakip.gs');

type Fungsi = (...a: unknown[]) => unknown;
let teks = '';
let gs: Record<string, Fungsi> = {};

beforeAll(async () => {
  teks = existsSync(BERKAS) ? readFileSync(BERKAS, 'utf8') : await buatGs();
  const konteks: Record<string, unknown> = {};
  runInNewContext(teks, konteks, { filename: 'sakip.gs' });
  gs = konteks as Record<string, Fungsi>;
});

/** The message and code of what `f` throws. */
function lempar(f: () => unknown): { message: string; kode: unknown } {
  try {
    f();
  } catch (e) {
    return { message: (e as Error).message, kode: (e as { kode?: unknown }).kode };
  }
  throw new Error('tidak ada galat');
}

describe('dist/sakip.gs di konteks tanpa modul (seperti Apps Script)', () => {
  it('tidak memakai require, module atau process', () => {
    const konteks: Record<string, unknown> = {};
    runInNewContext(teks, konteks);
    expect(konteks.require).toBeUndefined();
    expect(konteks.process).toBeUndefined();
    expect(typeof konteks.SAKIP_SHEETS).toBe('object');
  });

  it('setiap fungsi sakip/sheets punya pembungkus dengan parameter yang sama', () => {
    const ekspor = Object.entries(sheets).filter(([, f]) => typeof f === 'function');
    expect(FUNGSI.map((f) => f.nama).sort()).toEqual(ekspor.map(([n]) => n).sort());
    for (const [nama, f] of ekspor) {
      const meta = FUNGSI.find((x) => x.nama === nama);
      expect(meta?.param.length, nama).toBe((f as Fungsi).length);
      expect(typeof gs[nama], nama).toBe('function');
      expect(gs[nama]?.length, nama).toBe((f as Fungsi).length);
    }
  });

  it('setiap pembungkus berdokumen JSDoc dengan @customfunction, @param dan @return', () => {
    for (const f of FUNGSI) {
      const blok = new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\s*function ${f.nama}\\(`).exec(teks)?.[1];
      expect(blok, f.nama).toBeDefined();
      expect(blok).toContain('@customfunction');
      expect(blok).toContain('@return');
      for (const p of f.param) expect(blok).toContain(`@param {${p.tipe}} ${p.nama} `);
    }
  });

  const kasus: [string, unknown[]][] = [
    ['SAKIP_CAPAIAN', [69.02, 92.71]],
    ['SAKIP_CAPAIAN', [69.02, 92.71, '', 2]],
    ['SAKIP_CAPAIAN', ['1,31', '0,73', '', 2, 'potong']],
    ['SAKIP_CAPAIAN', [0.3, 0.1 + 0.2]],
    ['SAKIP_CAPAIAN', [100, 0.57 * 100, '', 2, 'potong']],
    ['SAKIP_CAPAIAN', [7, 6.5, 'negatif', 2]],
    ['SAKIP_CAPAIAN', ['', 5]],
    ['SAKIP_CAPAIAN', [[[69.02]], [[92.71]]]],
    ['SAKIP_PREDIKAT', [134.32]],
    ['SAKIP_PREDIKAT', [71.91, 'PERMENPANRB_88_2021', undefined, undefined, 'kode']],
    ['SAKIP_PENYERAPAN', [2142720865, 2113252231, 2]],
    ['SAKIP_PENYERAPAN', ['Rp 2.142.720.865,00', 'Rp 2.113.252.231,00']],
    ['SAKIP_SISA', [2142720865, 2113252231]],
    ['SAKIP_EFISIENSI', [2142720865, 2113252231, 134.32]],
    ['SAKIP_EFISIENSI', [2142720865, 2113252231, 134.32, 'TANPA_BATAS', 3, '', 'rasio']],
    [
      'SAKIP_EFISIENSI',
      [
        [[2142720865], [4699311668], ['']],
        [[2113252231], [4383367872], ['']],
        [[134.32], [100.06], ['']],
        'BARITO_KUALA_2023',
      ],
    ],
    ['SAKIP_EFISIENSI', [1227826990, 1090111598, 55.72, 'BARITO_KUALA_2023']],
    [
      'SAKIP_IKM',
      [
        [
          [4, 4, 3, 4, 3, 4, 4, 3, 4],
          [3, 3, 3, 4, 3, 3, 4, 3, 3],
          [4, 4, 4, 4, 4, 4, 4, '', 4],
          ['', '', '', '', '', '', '', '', ''],
        ],
      ],
    ],
    ['SAKIP_IKM', [[[4, 4, 4, 4, 4, 4, 4, 4, 4]], 0.111, 'indeks']],
    ['SAKIP_MUTU', ['88,31']],
    ['SAKIP_MUTU', [3.059, 'indeks', 'KEPMENPAN_25_2004', 'kinerja']],
    ['SAKIP_IKPA', [[[100, '68,72', 100, '99,5', 100, '91,2', 100, '97,3']], 2023]],
    ['SAKIP_IKPA', [[[100, 90, 100, 100, 100, 100, 100]], 2024, 0.5]],
    ['SAKIP_NKA', ['84,76', '95,91', 2023]],
    ['SAKIP_NKA', [84.76, 95.91, 2023, 2, 'potong']],
    ['SAKIP_AUDIT_CAPAIAN', [69.02, 92.71, '134,32']],
    ['SAKIP_AUDIT_CAPAIAN', ['1,31', '0,73', '55,72']],
    ['SAKIP_AUDIT_CAPAIAN', [1.31, 0.73, '96,00']],
  ];

  it.each(kasus)('%s(%j) sama dengan pustaka', (nama, argumen) => {
    const pustaka = (sheets as unknown as Record<string, Fungsi>)[nama]!;
    const hasil = gs[nama]!(...argumen);
    expect(hasil).toStrictEqual(pustaka(...argumen));
    expect(['number', 'string']).toContain(typeof hasil);
  });

  it('contoh Barito Kuala', () => {
    expect(gs.SAKIP_CAPAIAN!(69.02, 92.71, '', 2)).toBe(134.32);
    expect(gs.SAKIP_CAPAIAN!(1.31, 0.73, '', 2, 'potong')).toBe(55.72);
    expect(gs.SAKIP_PENYERAPAN!(2142720865, 2113252231, 2)).toBe(98.62);
    expect(gs.SAKIP_AUDIT_CAPAIAN!(1.31, 0.73, '55,72')).toBe('cocok dengan kebiasaan: dipotong 2 desimal');
  });

  it.each([
    ['SAKIP_CAPAIAN', [0, 5]],
    ['SAKIP_CAPAIAN', ['92.711', 5]],
    ['SAKIP_PENYERAPAN', [0, 0]],
    ['SAKIP_NKA', [80, 90, 2021]],
    ['SAKIP_IKM', [[[4, 4, 4, 4, 4, 4, 4, 4, 5]]]],
  ] as [string, unknown[]][])('galat %s(%j): Error dengan pesan yang sama', (nama, argumen) => {
    const pustaka = (sheets as unknown as Record<string, Fungsi>)[nama]!;
    const dariGs = lempar(() => gs[nama]!(...argumen));
    const dariPustaka = lempar(() => pustaka(...argumen));
    expect(dariGs.message).toBe(dariPustaka.message);
    expect(dariGs.kode).toBe(dariPustaka.kode);
    expect(dariGs.message.length).toBeGreaterThan(10);
  });
});
