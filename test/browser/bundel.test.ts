// The built bundles in a real headless Chromium, as a web page takes them: the IIFE from a <script>
// tag (global SAKIP) and the ESM build imported from a CDN-style URL (/cdn/sakip@<versi>/dist/index.js)
// with an import map for its bare imports (decimal.js, zod), both served by a local node:http server.
// Needs dist/ (npm test builds it first) and /usr/bin/chromium (see peramban.ts).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLaporan, capaian } from '../../src/index.js';
import { LAPORAN_KECIL } from './laporanKecil.js';
import {
  AKAR,
  berkasUntuk,
  bukaPeladen,
  jenisIsi,
  kodeBundel,
  type Peladen,
  petaImpor,
  spesifierTelanjang,
  VERSI_SAKIP,
} from './peladen.js';
import { awasiHalaman, bukaPeramban, judul, lewatiPeramban, pastikanDist } from './peramban.js';

type Sakip = typeof import('../../src/index.js');

const CONTOH = 'data/lkip-2024-dinsos-barito-kuala.json';
const STATUS_KECIL = ['cocok-dengan-kebiasaan', 'salah', 'cocok', 'tidak-dapat-diperiksa'];

describe('peladen uji dan peta impor (tanpa peramban)', () => {
  it('memetakan jalur CDN ke repositori dan node_modules, hanya pada versi yang terpasang', () => {
    expect(berkasUntuk(`/cdn/sakip@${VERSI_SAKIP}/dist/index.js`)).toBe(join(AKAR, 'dist', 'index.js'));
    expect(berkasUntuk('/cdn/sakip@9.9.9/dist/index.js')).toBeUndefined();
    const zod = JSON.parse(readFileSync(join(AKAR, 'node_modules/zod/package.json'), 'utf8')).version;
    expect(berkasUntuk(`/cdn/zod@${zod}/index.js`)).toBe(join(AKAR, 'node_modules', 'zod', 'index.js'));
    expect(berkasUntuk('/../package.json')).toBeUndefined();
    expect(berkasUntuk('/%2e%2e/package.json')).toBeUndefined();
    expect(berkasUntuk(`/cdn/sakip@${VERSI_SAKIP}/../../etc/passwd`)).toBeUndefined();
  });

  it('Content-Type: modul JavaScript, HTML, JSON', async () => {
    expect(jenisIsi('a.js')).toBe('text/javascript; charset=utf-8');
    expect(jenisIsi('a.mjs')).toBe('text/javascript; charset=utf-8');
    expect(jenisIsi('a.html')).toBe('text/html; charset=utf-8');
    expect(jenisIsi('a.json')).toBe('application/json; charset=utf-8');
    const p = await bukaPeladen({ '/maya.html': '<p>maya</p>' });
    try {
      const data = await fetch(`${p.alamat}/${CONTOH}`);
      expect(data.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(((await data.json()) as { tahun: number }).tahun).toBe(2024);
      expect((await fetch(`${p.alamat}/maya.html`)).headers.get('content-type')).toMatch(/^text\/html/);
      expect((await fetch(`${p.alamat}/tidak/ada.js`)).status).toBe(404);
      expect((await fetch(`${p.alamat}/cdn/sakip@0.0.0/package.json`)).status).toBe(404);
    } finally {
      await p.tutup();
    }
  });

  it('peta impor: setiap impor telanjang ke berkas ESM paketnya; yang tak terpetakan disebut', () => {
    const kode = `import * as z from 'zod';\nimport { id } from "zod/locales";\nimport { Decimal } from 'decimal.js';\nimport { x } from './lokal.js';\nexport { y } from '../y.js';`;
    expect(spesifierTelanjang(kode)).toEqual(['decimal.js', 'zod', 'zod/locales']);
    const { imports } = petaImpor(kode);
    expect(Object.keys(imports).sort()).toEqual(['decimal.js', 'zod', 'zod/locales']);
    expect(imports['decimal.js']).toMatch(/^\/cdn\/decimal\.js@[\d.]+\/decimal\.mjs$/);
    expect(imports.zod).toMatch(/^\/cdn\/zod@[\d.]+\/index\.js$/);
    expect(() =>
      petaImpor(`import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';`),
    ).toThrow(/node:fs/);
    // A chunk split out by the bundler carries its own bare imports: they are followed.
    const dir = mkdtempSync(join(tmpdir(), 'sakip-bundel-'));
    writeFileSync(join(dir, 'index.js'), `export * from './chunk-A.js';\nimport 'decimal.js';`);
    writeFileSync(join(dir, 'chunk-A.js'), `import { id } from 'zod/locales';\nexport { id };`);
    expect(spesifierTelanjang(kodeBundel(join(dir, 'index.js')))).toEqual(['decimal.js', 'zod/locales']);
    rmSync(dir, { recursive: true });
    expect(() => petaImpor(`import x from 'paket-yang-tidak-ada';`)).toThrow(/paket-yang-tidak-ada/);
  });
});

describe.skipIf(lewatiPeramban)(judul('bundel di Chromium tanpa kepala'), () => {
  let peramban: Browser;
  let konteks: BrowserContext;
  let peladen: Peladen;

  beforeAll(async () => {
    pastikanDist('dist/sakip.global.js', 'dist/index.js');
    // dist/index.js and the chunks it imports (tsup splits shared code when there are several entries).
    const peta = petaImpor(kodeBundel(join(AKAR, 'dist', 'index.js')));
    const halaman = {
      '/uji/iife.html': `<!doctype html><html lang="id"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>IIFE</title></head>
<body><script src="/dist/sakip.global.js"></script></body></html>`,
      '/uji/esm.html': `<!doctype html><html lang="id"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>ESM</title>
<script type="importmap">${JSON.stringify(peta)}</script></head><body>
<script type="module">
import { auditLaporan, capaian } from '/cdn/sakip@${VERSI_SAKIP}/dist/index.js';
const laporan = ${JSON.stringify(LAPORAN_KECIL)};
globalThis.hasilUji = {
  capaian: capaian({ target: '69,02', realisasi: '92,71' }).toFixed(2),
  status: auditLaporan(laporan).temuan.map((t) => t.status),
};
</script></body></html>`,
    };
    [peramban, peladen] = await Promise.all([bukaPeramban(), bukaPeladen(halaman)]);
    konteks = await peramban.newContext();
  });

  afterAll(async () => {
    await peramban?.close();
    await peladen?.tutup();
  });

  it('IIFE dari <script src="/dist/sakip.global.js">: global SAKIP menghitung capaian dan mengaudit', async () => {
    const page = await konteks.newPage();
    const masalah = awasiHalaman(page, peladen.alamat);
    await page.goto(`${peladen.alamat}/uji/iife.html`);
    const hasil = await page.evaluate(async (laporan) => {
      const S = (globalThis as unknown as { SAKIP: Sakip }).SAKIP;
      const a = S.auditLaporan(laporan);
      const contoh = await (await fetch('/data/lkip-2024-dinsos-barito-kuala.json')).json();
      let galat = {};
      try {
        S.capaian({ target: 0, realisasi: 5 });
      } catch (e) {
        galat = { sakip: S.isSakipError(e), kode: (e as { kode: string }).kode, pesan: (e as Error).message };
      }
      return {
        capaian: S.capaian({ target: '69,02', realisasi: '92,71' }).toFixed(2),
        status: a.temuan.map((t) => t.status),
        salah: a.ringkasan.salah,
        ringkasanContoh: S.auditLaporan(contoh as Parameters<Sakip['auditLaporan']>[0]).ringkasan,
        galat,
      };
    }, LAPORAN_KECIL);
    expect(masalah).toEqual([]);
    expect(hasil.capaian).toBe('134.32');
    expect(hasil.status).toEqual(STATUS_KECIL);
    expect(hasil.salah).toBe(1);
    // The whole sample report: the browser's audit counts equal the library's in Node.
    const contoh = JSON.parse(readFileSync(join(AKAR, CONTOH), 'utf8'));
    expect(hasil.ringkasanContoh).toEqual({ ...auditLaporan(contoh).ringkasan });
    let pesan = '';
    try {
      capaian({ target: 0, realisasi: 5 });
    } catch (e) {
      pesan = (e as Error).message;
    }
    expect(hasil.galat).toEqual({ sakip: true, kode: 'CAPAIAN_TARGET_NOL', pesan });
    await page.close();
  });

  it(`ESM dari URL gaya CDN (/cdn/sakip@${VERSI_SAKIP}/dist/index.js) dengan peta impor`, async () => {
    const page = await konteks.newPage();
    const masalah = awasiHalaman(page, peladen.alamat);
    await page.goto(`${peladen.alamat}/uji/esm.html`);
    // Done when the module has run, or at its first error (an unresolved import …): no long timeout.
    await Promise.race([
      page.waitForFunction(() => 'hasilUji' in globalThis, null, { timeout: 15_000 }),
      new Promise((selesai) => page.once('pageerror', selesai)),
    ]).catch(() => {});
    expect(masalah).toEqual([]);
    const hasil = await page.evaluate(() => (globalThis as unknown as { hasilUji: unknown }).hasilUji);
    expect(hasil).toEqual({ capaian: '134.32', status: STATUS_KECIL });
    // The bare imports went through the import map to the CDN route, not to some other path.
    const dimuat = peladen.catatan.filter((c) => c.status === 200).map((c) => c.jalur);
    expect(dimuat).toContain(`/cdn/sakip@${VERSI_SAKIP}/dist/index.js`);
    expect(dimuat.some((j) => /^\/cdn\/zod@[\d.]+\/index\.js$/.test(j))).toBe(true);
    expect(dimuat.some((j) => /^\/cdn\/decimal\.js@[\d.]+\/decimal\.mjs$/.test(j))).toBe(true);
    expect(dimuat.filter((j) => j.startsWith('/node_modules/'))).toEqual([]);
    await page.close();
  });
});
