import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jalankan } from '../../src/cli/main.js';

function jalan(...argumen: string[]) {
  const keluar: string[] = [];
  const galat: string[] = [];
  const kode = jalankan(argumen, { tulis: (t) => keluar.push(t), galat: (t) => galat.push(t) });
  return { kode, keluar: keluar.join('\n'), galat: galat.join('\n') };
}

describe('sakip (baris perintah)', () => {
  it('contoh: laporan contoh terbaca dan diringkas', () => {
    const { kode, keluar } = jalan('contoh');
    expect(kode).toBe(0);
    expect(keluar).toMatch(/LKIP 2024 — Dinas Sosial Kabupaten Barito Kuala/);
    expect(keluar).toMatch(/IKU-2\s+Persentase.*1,31\s+0,73/);
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
});
