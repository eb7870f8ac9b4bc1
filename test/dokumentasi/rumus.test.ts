// docs/rumus-dan-sumber.md is generated from the rule sets (scripts/rumus.ts): the committed page must be
// what the generator writes now, so a changed preset cannot leave the page behind.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BERKAS_RUMUS, kumpulanAturan, tulisRumusDanSumber } from '../../scripts/rumus.js';
import * as sakip from '../../src/index.js';

const AKAR = join(import.meta.dirname, '..', '..');

describe('docs/rumus-dan-sumber.md', () => {
  it('sama dengan yang ditulis `npm run rumus` sekarang', () => {
    expect(readFileSync(join(AKAR, BERKAS_RUMUS), 'utf8')).toBe(tulisRumusDanSumber());
  });

  it('memuat setiap kumpulan preset aturan yang diekspor', () => {
    const nama = kumpulanAturan().map((k) => k.nama);
    for (const preset of [
      'SKALA',
      'KEBIJAKAN_PEMBULATAN',
      'ATURAN_SKM',
      'ATURAN_IKPA',
      'ATURAN_NKA',
      'ATURAN_SMART',
      'ATURAN_EVALUASI_SAKIP',
      'ATURAN_EFISIENSI',
      'ATURAN_BANDING_EFISIENSI',
    ]) {
      expect(nama, preset).toContain(preset);
    }
  });

  it('mencatat setiap aturan dengan sumber, status dan tahun berlakunya', () => {
    const halaman = tulisRumusDanSumber();
    for (const { nama, aturan } of kumpulanAturan()) {
      for (const a of aturan) {
        const bagian = halaman.split(`### \`${nama}.${a.id}\``)[1]?.split('\n### ')[0] ?? '';
        expect(bagian, `${nama}.${a.id}`).toContain(a.sumber.replace(/\|/g, '\\|'));
        expect(bagian).toContain(`**Status:** \`${a.status}\``);
        if (a.berlaku?.dari !== undefined) expect(bagian).toContain(String(a.berlaku.dari));
      }
    }
    // A year-picked preset shows its closed range.
    expect(halaman).toContain(`TA ${sakip.ATURAN_IKPA.PER_5_PB_2022.berlaku?.dari}–2023`);
  });
});
