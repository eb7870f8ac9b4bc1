// The closing table of `npm run bench` (bench/ringkasan.ts): ratios and goals computed from recorded
// measurements, and the headline rows still naming variants the bench files measure.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Pengukuran } from '../../bench/alat.js';
import { BARIS_RINGKASAN, barisRingkasan, tabelRingkasan } from '../../bench/ringkasan.js';

const AKAR = join(import.meta.dirname, '..', '..');

const capaian: Pengukuran = {
  modul: 'capaian',
  judul: 'satu panggilan capaian() per butir (per irisan 10.000)',
  banyakButir: 10_000,
  hasil: [
    { nama: 'sakip capaian({ target, realisasi }) — tepat, 40 digit', ms: 10 },
    { nama: 'decimal.js naif, klon 40 digit: new Decimal(r).times(100).div(t)', ms: 40 },
    { nama: 'number: r / t × 100, float (tidak tepat)', ms: 0.5 },
  ],
};
const massal: Pengukuran = {
  modul: 'capaian',
  judul: 'capaian + predikat, 1.000.000 indikator (per irisan 100.000)',
  banyakButir: 100_000,
  hasil: [
    { nama: 'sakip capaianMassal (jalur bilangan bulat tepat)', ms: 30 },
    { nama: 'number: r / t × 100, float (tidak tepat)', ms: 3 },
    { nama: 'decimal.js naif, klon 40 digit (capaian saja)', ms: 1000 },
  ],
};

describe('ringkasan bench', () => {
  it('menghitung rasio terhadap number dan decimal.js naif, dan memeriksa sasaran', () => {
    const [satu, dua] = barisRingkasan([capaian, massal]);
    expect(satu).toMatchObject({ modul: 'capaian', ms: 10, rasioNumber: 20, rasioNaif: 0.25, lulus: true });
    expect(dua).toMatchObject({ ms: 30, rasioNumber: 10, rasioNaif: 0.03, lulus: false });
  });

  it('hanya memuat modul yang dijalankan, dan menandai ukuran yang hilang', () => {
    const baris = barisRingkasan([capaian]);
    expect(baris.map((b) => b.modul)).toEqual(['capaian', 'capaian']);
    expect(baris[1]?.apa).toContain('TIDAK DITEMUKAN');
    expect(baris[1]?.lulus).toBeUndefined();
  });

  it('modul tanpa baris utama mendapat satu baris per ukuran, pembandingnya dicari menurut nama', () => {
    const baris = barisRingkasan([
      {
        modul: 'sheets',
        judul: 'SAKIP_CAPAIAN',
        banyakButir: 1,
        hasil: [
          { nama: 'SAKIP_CAPAIAN', ms: 6 },
          { nama: 'decimal.js naif', ms: 3 },
          { nama: 'number', ms: 2 },
        ],
      },
    ]);
    expect(baris).toEqual([expect.objectContaining({ apa: 'SAKIP_CAPAIAN', rasioNumber: 3, rasioNaif: 2 })]);
  });

  it('menulis satu tabel Markdown dengan angka berformat Indonesia', () => {
    const tabel = tabelRingkasan(barisRingkasan([capaian, massal])).split('\n');
    expect(tabel).toHaveLength(4);
    expect(tabel[0]).toMatch(
      /^\| modul +\| ukuran +\| sakip ms +\| ÷ number +\| ÷ decimal.js naif +\| sasaran/,
    );
    expect(tabel[2]).toContain('0,25× ✓');
    expect(tabel[3]).toContain('0,03× ✗');
  });

  it.each(BARIS_RINGKASAN.map((b) => [`${b.modul}: ${b.apa}`, b] as const))(
    'baris %s menyebut varian yang diukur berkas bench-nya',
    (_nama, b) => {
      const sumber = readFileSync(join(AKAR, 'bench', `${b.modul}.bench.ts`), 'utf8');
      for (const bagian of [b.sakip, b.number, b.naif, b.sasaran?.acuan]) {
        if (bagian !== undefined) expect(sumber).toContain(bagian);
      }
    },
  );
});

describe('urutan ringkasan', () => {
  it('mengikuti urutan modul baris utama, bukan urutan berkas', () => {
    const audit: Pengukuran = { ...capaian, modul: 'audit', judul: 'auditLaporan terhadap hitungLaporan' };
    expect(barisRingkasan([audit, capaian, massal]).map((b) => b.modul)).toEqual([
      'capaian',
      'capaian',
      'audit',
    ]);
  });
});
