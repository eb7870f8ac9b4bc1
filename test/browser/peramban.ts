// The headless browser (peramban) for the browser tests: Debian's Chromium at /usr/bin/chromium driven
// by playwright-core. Without it the suites are skipped with a message — unless
// SAKIP_UJI_PERAMBAN=wajib (set in CI), where a missing browser is a failure, not a silent skip.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { AKAR } from './peladen.js';

export const CHROMIUM = '/usr/bin/chromium';

const wajib = process.env.SAKIP_UJI_PERAMBAN === 'wajib';

/** True when the browser suites are skipped: no Chromium here, and CI did not require it. */
export const lewatiPeramban = !existsSync(CHROMIUM) && !wajib;

/** The suite title, with the reason when it is skipped. */
export function judul(nama: string): string {
  return lewatiPeramban
    ? `${nama} — DILEWATI: ${CHROMIUM} tidak ada (apt-get install chromium; CI: SAKIP_UJI_PERAMBAN=wajib)`
    : nama;
}

/** Fails with a clear message when the bundles the page loads have not been built. */
export function pastikanDist(...berkas: string[]): void {
  const hilang = berkas.filter((b) => !existsSync(join(AKAR, b)));
  if (hilang.length > 0) {
    throw new Error(`${hilang.join(', ')} belum ada: jalankan \`npm run build\` (npm test melakukannya).`);
  }
}

export function bukaPeramban(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    return Promise.reject(new Error(`${CHROMIUM} tidak ada: apt-get install -y chromium`));
  }
  return chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
}

/**
 * Watches a page for everything that should not happen: script errors, console errors, failed or
 * non-2xx loads, and any request that leaves the test server (the pages must need no network).
 * Returns the list it fills, in Indonesian, for `expect(masalah).toEqual([])`.
 */
export function awasiHalaman(page: Page, alamat: string): string[] {
  const masalah: string[] = [];
  page.on('pageerror', (e) => masalah.push(`galat skrip: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') masalah.push(`konsol: ${m.text()}`);
  });
  page.on('requestfailed', (r) => masalah.push(`gagal memuat ${r.url()}: ${r.failure()?.errorText}`));
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(`${alamat}/`) && !url.startsWith('data:') && url !== 'about:blank') {
      masalah.push(`permintaan ke luar peladen uji: ${url}`);
    }
  });
  page.on('response', (r) => {
    if (r.status() >= 400) masalah.push(`HTTP ${r.status()} untuk ${r.url()}`);
  });
  return masalah;
}
