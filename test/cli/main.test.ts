import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import contoh from '../../data/lkip-2024-dinsos-barito-kuala.json' with { type: 'json' };
import { jalankan } from '../../src/cli/main.js';
import { LAPORAN_SATKER } from '../alat/satker.js';

function jalan(...argumen: string[]) {
  const keluar: string[] = [];
  const galat: string[] = [];
  const kode = jalankan(argumen, { tulis: (t) => keluar.push(t), galat: (t) => galat.push(t) });
  return { kode, keluar: keluar.join('\n'), galat: galat.join('\n') };
}

describe('sakip (baris perintah)', () => {
  it('contoh: laporan contoh dihitung dengan kebiasaannya sendiri', () => {
    const { kode, keluar } = jalan('contoh');
    expect(kode).toBe(0);
    expect(keluar).toMatch(/LKIP 2024 — Dinas Sosial Kabupaten Barito Kuala/);
    expect(keluar).toMatch(/IKU-2\s+1,31\s+0,73\s+55,725190\s+55,72\s+55,73\s+Kurang/);
    expect(keluar).toMatch(/Rata-rata: target 47,39, realisasi 55,11, capaian 96,7 \(Sangat baik\)/);
    expect(keluar).toMatch(/S3\s+Rp4\.699\.311\.668\s+Rp4\.383\.367\.872\s+Rp315\.943\.796\s+93,28%/);
    expect(keluar).toMatch(/Program Rehabilitasi Sosial: realisasi tercetak 1\.090\.111\.598/);
    expect(keluar).toMatch(/S2 .*efisiensi tidak dihitung/);
  });

  it('ringkas: laporan contoh terbaca apa adanya', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sakip-'));
    const berkas = join(dir, 'laporan.json');
    writeFileSync(berkas, JSON.stringify(contoh));
    const { kode, keluar } = jalan('ringkas', berkas);
    expect(kode).toBe(0);
    expect(keluar).toMatch(/IKU-2\s+Persentase.*1,31\s+0,73/);
  });

  it('hitung: berkas pengguna dengan opsi bernama', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sakip-'));
    const berkas = join(dir, 'laporan.json');
    writeFileSync(berkas, JSON.stringify(contoh));
    const tepat = jalan('hitung', berkas);
    expect(tepat.kode).toBe(0);
    expect(tepat.keluar).toMatch(/Aturan: kebijakan pembulatan TEPAT; skala predikat — \(tanpa predikat\)/);
    const potong = jalan('hitung', berkas, '--kebijakan', 'POTONG', '--skala', 'TINGKAT_CAPAIAN');
    expect(potong.keluar).toMatch(/IKU-1 .*134,32\s+134,32\s+Melebihi target/);
    expect(jalan('hitung', berkas, '--kebijakan', 'ACAK').kode).toBe(2);
    expect(jalan('hitung', berkas, '--skala').kode).toBe(2);
    expect(jalan('hitung', berkas, '--warna', 'ya').kode).toBe(2);
    expect(jalan('hitung').kode).toBe(2);
  });

  it('hitung: bagian SKM dan IKPA', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sakip-'));
    const berkas = join(dir, 'satker.json');
    writeFileSync(berkas, JSON.stringify(LAPORAN_SATKER));
    const { kode, keluar } = jalan('hitung', berkas);
    expect(kode).toBe(0);
    expect(keluar).not.toMatch(/Capaian indikator/);
    expect(keluar).toMatch(
      /SKM gabungan 2 unit \(aturan PERMENPANRB_14_2017\): IKM 3,5000, nilai 87,50, mutu B/,
    );
    // (10 × 100 + 10 × 95,5 + 70 × 100) / 0,9 / 100 … = 89,55 / 0,9 = 99,50.
    expect(keluar).toMatch(/IKPA \(aturan PER_5_PB_2022\): nilai akhir 99,50 \(Sangat Baik\)/);
  });

  it('perintah tak dikenal dan berkas yang hilang', () => {
    expect(jalan('hitung-semua').kode).toBe(2);
    expect(jalan('ringkas').kode).toBe(2);
    const hilang = jalan('ringkas', '/tidak/ada.json');
    expect(hilang.kode).toBe(1);
    expect(hilang.galat).toMatch(/ENOENT|tidak ada/);
  });

  it('laporan yang salah: kode galat dan lokasinya', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sakip-'));
    const berkas = join(dir, 'laporan.json');
    writeFileSync(
      berkas,
      JSON.stringify({
        instansi: 'X',
        tahun: 2024,
        sasaran: [
          { id: 'S1', nama: 'S', indikator: [{ id: 'I', nama: 'I', target: '6.811', realisasi: '#####' }] },
        ],
      }),
    );
    const { kode, galat } = jalan('ringkas', berkas);
    expect(kode).toBe(1);
    expect(galat).toMatch(/\[MODEL_TIDAK_VALID\].*sasaran\[0\]\.indikator\[0\]\.realisasi/);
    writeFileSync(berkas, '{ bukan json');
    expect(jalan('ringkas', berkas).kode).toBe(1);
  });

  it('contoh: aturan yang dipakai selalu tercetak', () => {
    const { keluar } = jalan('contoh');
    expect(keluar).toMatch(
      /Aturan: kebijakan pembulatan POTONG; skala predikat PERMENDAGRI_54_2010; efisiensi BARITO_KUALA_2023/,
    );
  });

  it('laporan 2 MB berisi angka raksasa: keluar 1 dengan satu baris yang jelas', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sakip-'));
    const berkas = join(dir, 'raksasa.json');
    const indikator = Array.from({ length: 20 }, (_, i) => ({
      id: `I${i}`,
      nama: 'Indikator raksasa',
      target: '9'.repeat(100_000),
      realisasi: '1',
    }));
    const isi = JSON.stringify({ instansi: 'X', tahun: 2024, sasaran: [{ id: 'S1', nama: 'S', indikator }] });
    expect(isi.length).toBeGreaterThan(2_000_000);
    writeFileSync(berkas, isi);
    const { kode, galat } = jalan('hitung', berkas);
    expect(kode).toBe(1);
    expect(galat.split('\n')).toHaveLength(1);
    expect(galat).toMatch(
      /^sakip: \[ANGKA_DI_LUAR_JANGKAUAN\] Laporan tidak valid: sasaran\[0\]\.indikator\[0\]\.target: Teks angka 100000 karakter/,
    );
    expect(galat).toMatch(/dan 15 masalah lain/);
    expect(galat.length).toBeLessThan(2000);
  });
});
