// The doc-example runner must be able to fail: otherwise every example "passes".
import { describe, expect, it } from 'vitest';
import * as sakip from '../../src/index.js';
import { jalankan } from './contoh.js';

const contoh = (kode: string) => jalankan({ asal: 'uji', kode }, sakip);

describe('pelari contoh dokumentasi', () => {
  it('menghitung pernyataan, termasuk yang terbelah beberapa baris', async () => {
    const kode = [
      "import { bulatkan } from 'sakip';",
      'bulatkan(',
      "  '55,7252',",
      '  2,',
      "  'potong',",
      "); //=> '55.72'",
    ];
    await expect(contoh(kode.join('\n'))).resolves.toBe(1);
  });

  it('gagal bila hasilnya berbeda', async () => {
    await expect(
      contoh("import { bulatkan } from 'sakip';\nbulatkan('55,7252', 2); //=> '55.72'"),
    ).rejects.toThrow(/seharusnya "55.72"/);
  });

  it('gagal bila galat yang diharapkan tidak terjadi atau berbeda', async () => {
    await expect(
      contoh("import { parseAngka } from 'sakip';\nparseAngka('1'); //!> ANGKA_KOSONG"),
    ).rejects.toThrow(/tidak ada galat/);
    await expect(
      contoh("import { parseAngka } from 'sakip';\nparseAngka(''); //!> ANGKA_HURUF"),
    ).rejects.toThrow(/ANGKA_KOSONG, seharusnya ANGKA_HURUF/);
  });

  it('menolak penanda yang tidak di akhir pernyataan tingkat atas', async () => {
    await expect(
      contoh("import { bulatkan } from 'sakip';\nif (true) {\n  bulatkan(1, 0); //=> '1'\n}"),
    ).rejects.toThrow(/penanda/);
  });

  it('hanya mengizinkan impor dari sakip dan decimal.js', async () => {
    await expect(contoh("import { readFileSync } from 'node:fs';\nreadFileSync; //=> 1")).rejects.toThrow(
      /hanya boleh/,
    );
  });
});
