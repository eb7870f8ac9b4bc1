// The package-contents check (scripts/isi-paket.ts): the real package passes; a list with test files,
// src/, docs/api or a missing LICENSE fails with each problem named.
import { describe, expect, it } from 'vitest';
import { isiPaket, periksaIsi, wajib } from '../../scripts/isi-paket.js';

const akar = new URL('../..', import.meta.url).pathname;

describe('scripts/isi-paket.ts', () => {
  it('paket yang sebenarnya memuat yang wajib dan tidak lebih', () => {
    const isi = isiPaket(akar);
    expect(periksaIsi(isi, wajib(akar))).toEqual([]);
    expect(isi).toEqual(expect.arrayContaining(['dist/index.js', 'docs/capaian.md', 'LICENSE']));
    expect(isi.some((p) => p.startsWith('docs/schema/'))).toBe(true);
  });

  it('paket yang digembungkan dan yang kurang: setiap masalah disebut', () => {
    const harus = ['LICENSE', 'README.md', 'dist/index.js'];
    const masalah = periksaIsi(
      [
        'README.md',
        'dist/index.js',
        'test/capaian/capaian.test.ts',
        'src/index.ts',
        'docs/api/index.html',
        '.scratch/RILIS.md',
        'scripts/ukuran.ts',
      ],
      harus,
    );
    expect(masalah).toEqual([
      'tidak ada di paket: LICENSE',
      'tidak boleh ikut: test/capaian/capaian.test.ts (tes)',
      'tidak boleh ikut: src/index.ts (sumber TypeScript (peta sumber dist/ sudah memuat isinya))',
      'tidak boleh ikut: docs/api/index.html (referensi API (typedoc) dibangun untuk situs, bukan untuk paket)',
      'tidak boleh ikut: .scratch/RILIS.md (catatan kerja)',
      'tidak diharapkan di paket: scripts/ukuran.ts',
    ]);
  });

  it('yang wajib mengikuti package.json dan docs/: setiap berkas yang ditunjuk exports dan bin', () => {
    const harus = wajib(akar);
    expect(harus).toEqual(
      expect.arrayContaining([
        'dist/index.js',
        'dist/index.cjs',
        'dist/index.d.ts',
        'dist/cli.js',
        'dist/sakip.global.js',
      ]),
    );
    expect(harus).toContain('docs/konsep.md');
  });
});
