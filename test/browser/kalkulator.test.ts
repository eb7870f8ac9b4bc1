// The static calculator page docs/kalkulator.html in a real headless Chromium, as a person uses it:
// fill a form by its labels, press its button, read the result; then a screenshot that must not be
// blank (decoded with png.ts: enough colours and enough pixels off the background). The screenshot
// is saved under test/browser/__artefak__/ for people to look at; nothing compares against it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { auditLaporan, capaian } from '../../src/index.js';
import { LAPORAN_KECIL } from './laporanKecil.js';
import { bukaPeladen, type Peladen } from './peladen.js';
import { awasiHalaman, bukaPeramban, judul, lewatiPeramban, pastikanDist } from './peramban.js';
import { bacaPng, isiGambar, tidakKosong } from './png.js';

const ARTEFAK = join(import.meta.dirname, '__artefak__');
const UKURAN = { width: 1280, height: 900 };

function pesanGalat(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('tidak ada galat');
}

describe.skipIf(lewatiPeramban)(judul('docs/kalkulator.html di Chromium tanpa kepala'), () => {
  let peramban: Browser;
  let konteks: BrowserContext;
  let peladen: Peladen;
  const halaman: { page: Page; masalah: string[] }[] = [];

  async function buka(): Promise<Page> {
    const page = await konteks.newPage();
    const masalah = awasiHalaman(page, peladen.alamat);
    halaman.push({ page, masalah });
    await page.goto(`${peladen.alamat}/docs/kalkulator.html`);
    await expect(page.locator('#galat-muat').isHidden()).resolves.toBe(true);
    return page;
  }

  async function isiCapaian(page: Page, target: string, realisasi: string): Promise<void> {
    const form = page.locator('#form-capaian');
    await form.getByLabel('Target').fill(target);
    await form.getByLabel('Realisasi').fill(realisasi);
    await form.getByRole('button', { name: 'Hitung capaian' }).click();
  }

  async function isiAudit(page: Page, laporan: string): Promise<void> {
    await page.getByLabel('Laporan (JSON)').fill(laporan);
    await page.getByRole('button', { name: 'Periksa laporan' }).click();
  }

  beforeAll(async () => {
    pastikanDist('dist/sakip.global.js');
    [peramban, peladen] = await Promise.all([bukaPeramban(), bukaPeladen()]);
    // One context for the file: a new page in it is much cheaper than a new context per test.
    konteks = await peramban.newContext({ viewport: UKURAN });
  });

  afterAll(async () => {
    await peramban?.close();
    await peladen?.tutup();
  });

  // Every page must have run without script errors, failed loads or requests leaving the server.
  afterEach(async () => {
    const masalah = halaman.flatMap((h) => h.masalah);
    await Promise.all(halaman.splice(0).map((h) => h.page.close()));
    expect(masalah).toEqual([]);
  });

  it('capaian: 69,02 dan 92,71 → 134,32 %', async () => {
    const page = await buka();
    await isiCapaian(page, '69,02', '92,71');
    await expect(page.locator('#capaian-hasil').textContent()).resolves.toBe('Capaian: 134,32%');
    await expect(page.locator('#capaian-rinci').textContent()).resolves.toMatch(
      /^Nilai tepat.*: 134,3233845/,
    );
    await expect(page.locator('#capaian-galat').isHidden()).resolves.toBe(true);
    // Negative polarity, truncated to 2 decimals: PermenPAN-RB 8/2021, 7 → 6,5 is 107,142857…
    const form = page.locator('#form-capaian');
    await form.getByLabel('Polaritas').selectOption('negatif');
    await form.getByLabel('Pembulatan').selectOption('potong');
    await isiCapaian(page, '7', '6,5');
    await expect(page.locator('#capaian-hasil').textContent()).resolves.toBe('Capaian: 107,14%');
  });

  it('galat: pesan SakipError dan kodenya, tanpa jejak tumpukan; hasil lama dihapus', async () => {
    const page = await buka();
    await isiCapaian(page, '69,02', '92,71');
    await isiCapaian(page, '0', '5');
    const galat = page.locator('#capaian-galat');
    await expect(galat.isVisible()).resolves.toBe(true);
    const pesan = pesanGalat(() => capaian({ target: 0, realisasi: 5 }));
    await expect(galat.textContent()).resolves.toBe(`${pesan} (kode: CAPAIAN_TARGET_NOL)`);
    await expect(galat.getAttribute('role')).resolves.toBe('alert');
    await expect(page.locator('#capaian-hasil').textContent()).resolves.toBe('');
    await isiAudit(page, '{"instansi": "X",');
    const audit = await page.locator('#audit-galat').textContent();
    expect(audit).toMatch(/^JSON tidak valid: /);
    await isiAudit(page, '{"instansi": "X"}');
    await expect(page.locator('#audit-galat').textContent()).resolves.toMatch(
      /^Laporan tidak valid: .*\(kode: MODEL_TIDAK_VALID\)$/,
    );
    for (const teks of [await galat.textContent(), audit]) expect(teks).not.toMatch(/\bat \S+:\d+|Error:/);
  });

  it('predikat, penyerapan, efisiensi dan IKM dari jawaban yang ditempel', async () => {
    const page = await buka();
    const predikat = page.locator('#form-predikat');
    await predikat.getByLabel('Nilai').fill('134,32');
    await predikat.getByLabel('Skala').selectOption('PERMENDAGRI_54_2010');
    await predikat.getByRole('button').click();
    await expect(page.locator('#predikat-hasil').textContent()).resolves.toBe('Predikat: Sangat baik');

    const serap = page.locator('#form-penyerapan');
    await serap.getByLabel('Pagu').fill('2.142.720.865,00');
    await serap.getByLabel('Realisasi').fill('2.113.252.231,00');
    await serap.getByRole('button').click();
    await expect(page.locator('#penyerapan-hasil').textContent()).resolves.toBe('Penyerapan: 98,62%');
    await expect(page.locator('#penyerapan-rinci').textContent()).resolves.toBe(
      'Sisa anggaran Rp29.468.634 (1,38% dari pagu).',
    );

    // LKIP 2024 Dinsos Barito Kuala, sasaran 1: E 26,57 % bounded to 20 % by PMK 214/2017.
    const efisiensi = page.locator('#form-efisiensi');
    await efisiensi.getByLabel('Pagu').fill('2.142.720.865,00');
    await efisiensi.getByLabel('Realisasi').fill('2.113.252.231,00');
    await efisiensi.getByLabel('Capaian kinerja').fill('134,32');
    await efisiensi.getByLabel('Aturan').selectOption('PMK_214_2017');
    await efisiensi.getByRole('button').click();
    await expect(page.locator('#efisiensi-hasil').textContent()).resolves.toBe(
      'Efisiensi: 20,00% — nilai efisiensi 100,00',
    );
    await expect(page.locator('#efisiensi-rinci').textContent()).resolves.toMatch(
      /^Sebelum dibatasi: 26,57%/,
    );
    await expect(page.locator('#efisiensi-langkah li').count()).resolves.toBeGreaterThan(0);

    // The example of skm(): tabs, commas, and an unanswered cell (two tabs in a row).
    const ikm = page.locator('#form-ikm');
    await ikm
      .getByLabel('Jawaban responden')
      .fill('4\t4\t3\t4\t3\t4\t4\t3\t4\n3,3,3,4,3,3,4,3,3\n\n4\t4\t4\t4\t4\t4\t4\t\t4\n');
    await ikm.getByRole('button').click();
    await expect(page.locator('#ikm-hasil').textContent()).resolves.toBe('IKM: 89,81 — mutu A (Sangat Baik)');
    await expect(page.locator('#ikm-unsur tbody tr').count()).resolves.toBe(9);
  });

  it('audit laporan JSON yang ditempel: ringkasan dan tabel temuan', async () => {
    const page = await buka();
    await isiAudit(page, JSON.stringify(LAPORAN_KECIL, null, 2));
    const r = auditLaporan(LAPORAN_KECIL).ringkasan;
    expect(r).toMatchObject({
      jumlah: 4,
      cocok: 1,
      cocokDenganKebiasaan: 1,
      salah: 1,
      tidakDapatDiperiksa: 1,
    });
    await expect(page.locator('#audit-hasil').textContent()).resolves.toBe(
      `Dinas Sosial Kabupaten Barito Kuala 2024: 4 angka diperiksa — 1 cocok, 1 cocok dengan kebiasaan, ` +
        `1 salah, 1 tidak dapat diperiksa; ${r.pertentangan} pertentangan.`,
    );
    const baris = page.locator('#audit-temuan tbody tr');
    await expect(baris.count()).resolves.toBe(4);
    await expect(baris.nth(1).locator('td').allTextContents()).resolves.toEqual([
      '2',
      'indikator/IKU-2/capaian',
      'Tabel 3.2.3',
      '96,00',
      'Salah',
      expect.stringMatching(/^Salah: seharusnya 55,73\b/),
    ]);
    // The page's own "fill a small example" button gives a report the audit accepts.
    await page.getByRole('button', { name: 'Isi contoh kecil' }).click();
    await page.getByRole('button', { name: 'Periksa laporan' }).click();
    await expect(page.locator('#audit-hasil').textContent()).resolves.toMatch(/: 3 angka diperiksa/);
    await expect(page.locator('#audit-galat').isHidden()).resolves.toBe(true);
  });

  it('tangkapan layar tidak kosong (dan about:blank dinilai kosong)', async () => {
    const page = await buka();
    await isiCapaian(page, '69,02', '92,71');
    await isiAudit(page, JSON.stringify(LAPORAN_KECIL));
    const png = await page.screenshot({ fullPage: true });
    mkdirSync(ARTEFAK, { recursive: true });
    writeFileSync(join(ARTEFAK, 'kalkulator.png'), png);
    const gambar = bacaPng(png);
    expect(gambar.lebar).toBe(UKURAN.width);
    expect(gambar.tinggi).toBeGreaterThanOrEqual(UKURAN.height);
    const isi = isiGambar(gambar);
    expect(tidakKosong(isi), JSON.stringify(isi)).toBe(true);

    // The check can fail: a blank page of the same size is one colour, nothing off the background.
    const kosong = await konteks.newPage();
    await kosong.goto('about:blank');
    const isiKosong = isiGambar(bacaPng(await kosong.screenshot()));
    expect(isiKosong).toEqual({ warnaBerbeda: 1, bagianBukanLatar: 0 });
    expect(tidakKosong(isiKosong)).toBe(false);
    await kosong.close();
  });
});
