// The size budget check (scripts/ukuran.ts) fails on a deliberately bloated build and passes on a slim
// one: fake dist/ directories, so the test does not depend on the real build's size.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { melebihi, tabel, ukur } from '../../scripts/ukuran.js';

const akar = join(import.meta.dirname, '..', '..');
const sementara = mkdtempSync(join(tmpdir(), 'sakip-uji-ukuran-'));
afterAll(() => rmSync(sementara, { recursive: true, force: true }));

/** A dist/ whose `capaian` drags `kb` KB of incompressible bytes along, as an unshaken zod would. */
function distPalsu(nama: string, kb: number): string {
  const dir = join(sementara, nama);
  mkdirSync(dir);
  const beban = randomBytes(kb * 500).toString('hex');
  writeFileSync(
    join(dir, 'index.js'),
    `export const capaian = ${JSON.stringify(beban)};\nexport const formatRupiah = 1;\n`,
  );
  writeFileSync(join(dir, 'sakip.global.js'), `var SAKIP=${JSON.stringify(beban)};`);
  return dir;
}

/** Runs the script as CI does; returns its exit code and output. */
function jalankan(dist: string): { kode: number; keluaran: string } {
  try {
    const keluaran = execFileSync('npx', ['tsx', 'scripts/ukuran.ts', '--dist', dist], {
      cwd: akar,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { kode: 0, keluaran };
  } catch (e) {
    const g = e as { status: number; stdout: string; stderr: string };
    return { kode: g.status, keluaran: g.stdout + g.stderr };
  }
}

describe('scripts/ukuran.ts', () => {
  it('build yang digembungkan melampaui batas: capaian dan IIFE ditandai, keluar dengan kode 1', async () => {
    const dist = distPalsu('gembung', 300);
    const hasil = await ukur(dist);
    expect(melebihi(hasil).map((u) => u.nama)).toEqual(['ESM: hanya capaian', 'IIFE: sakip.global.js']);
    expect(tabel(hasil)).toMatch(/ESM: hanya capaian .* 20\.0 KB +- +MELEBIHI/);
    const { kode, keluaran } = jalankan(dist);
    expect(kode).toBe(1);
    expect(keluaran).toContain('ESM: hanya capaian');
    expect(keluaran).toMatch(/melebihi batas 20\.0 KB/);
  });

  it('build yang ramping lolos; sakip/sheets yang belum ada dilewati dengan pesan, bukan gagal', () => {
    const { kode, keluaran } = jalankan(distPalsu('ramping', 2));
    expect(kode).toBe(0);
    expect(keluaran).toMatch(/sakip\/sheets dilewati — .*belum ada/);
    expect(keluaran).not.toContain('MELEBIHI');
  });
});
