import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ATURAN_SMART, buatAturanSmart, bulatkan, Decimal, nilaiSmart } from '../../src/index.js';
import { bekukan, galat, kodeGalat, lokasiGalat, nilai0sd100, rusakSemua } from './alat.js';

const CONTOH = { penyerapan: '95,5', konsistensi: 88, capaianOutput: 100, nilaiEfisiensi: '65,4' };
// LAKIP Puslatbang KMP LAN Tahun 2021, Tabel 3.67–3.68: the published Nilai Evaluasi Kinerja Anggaran
// 87,93 from penyerapan 95,53, konsistensi 99,61, capaian rincian output 99,72, nilai efisiensi 59,98.
const PUSLATBANG_2021 = {
  penyerapan: '95,53',
  konsistensi: '99,61',
  capaianOutput: '99,72',
  nilaiEfisiensi: '59,98',
};

describe('nilaiSmart: bobot sesuai praktik 9,7 / 18,2 / 43,5 / 28,6', () => {
  it('weights as RUMUS.md §8, summing to 100, marked as-practised', () => {
    const a = ATURAN_SMART.DJA_2021;
    expect(a.id).toBe('DJA_2021');
    expect(a.komponen.map((k) => [k.id, k.bobot.toString()])).toEqual([
      ['penyerapan', '9.7'],
      ['konsistensi', '18.2'],
      ['capaianOutput', '43.5'],
      ['nilaiEfisiensi', '28.6'],
    ]);
    expect(a.komponen.reduce((s, k) => s.plus(k.bobot), new Decimal(0)).toString()).toBe('100');
    expect(a.status).toBe('sesuai-praktik');
  });

  it('the published 87,93 (LAKIP Puslatbang KMP LAN 2021) is reproduced: 87,92791 printed 87,93', () => {
    // 95,53 × 9,7% + 99,61 × 18,2% + 99,72 × 43,5% + 59,98 × 28,6%
    //   = 9,26641 + 18,12902 + 43,3782 + 17,15428 = 87,92791
    const h = nilaiSmart(PUSLATBANG_2021);
    expect(h.perKomponen.map((k) => k.nilaiTertimbang.toString())).toEqual([
      '9.26641',
      '18.12902',
      '43.3782',
      '17.15428',
    ]);
    expect(h.nilai.toString()).toBe('87.92791');
    expect(bulatkan(h.nilai, 2).toString()).toBe('87.93');
    expect(h.aturan.id).toBe('DJA_2021');
  });

  it('hand example: 9,2635 + 16,016 + 43,5 + 18,7044 = 87,4839', () => {
    // 95,5 × 0,097 = 9,2635; 88 × 0,182 = 16,016; 100 × 0,435 = 43,5; 65,4 × 0,286 = 18,7044
    const h = nilaiSmart(CONTOH);
    expect(h.perKomponen.map((k) => k.nilaiTertimbang.toString())).toEqual([
      '9.2635',
      '16.016',
      '43.5',
      '18.7044',
    ]);
    expect(h.nilai.toString()).toBe('87.4839');
    const akhir = h.langkah.at(-1);
    expect(akhir?.rumus).toBe('nilai implementasi SMART = Σ nilai tertimbang');
    expect(Object.keys(akhir?.masukan ?? {})).toEqual([
      'penyerapan',
      'konsistensi',
      'capaianOutput',
      'nilaiEfisiensi',
    ]);
    expect(akhir?.hasil.toString()).toBe('87.4839');
  });

  it('all 100 → 100; all 0 → 0', () => {
    expect(
      nilaiSmart({
        penyerapan: 100,
        konsistensi: 100,
        capaianOutput: 100,
        nilaiEfisiensi: 100,
      }).nilai.toString(),
    ).toBe('100');
    expect(
      nilaiSmart({ penyerapan: 0, konsistensi: 0, capaianOutput: 0, nilaiEfisiensi: 0 }).nilai.toString(),
    ).toBe('0');
  });

  it('nilai efisiensi 50 (E = 0) contributes 14,3', () => {
    expect(
      nilaiSmart({ penyerapan: 0, konsistensi: 0, capaianOutput: 0, nilaiEfisiensi: 50 }).nilai.toString(),
    ).toBe('14.3');
  });

  it('a rule set of one’s own, built or given directly; by id', () => {
    const definisi = {
      id: 'TIGA_KOMPONEN',
      nama: 'Tiga komponen',
      sumber: 'uji',
      status: 'belum-terverifikasi' as const,
      komponen: [
        { id: 'penyerapan', nama: 'P', bobot: 20 },
        { id: 'capaianOutput', nama: 'C', bobot: 50 },
        { id: 'nilaiEfisiensi', nama: 'E', bobot: 30 },
      ],
    };
    // 0,2 × 90 + 0,5 × 80 + 0,3 × 60 = 18 + 40 + 18 = 76
    const n = { penyerapan: 90, capaianOutput: 80, nilaiEfisiensi: 60 };
    expect(nilaiSmart(n, { aturan: buatAturanSmart(definisi) }).nilai.toString()).toBe('76');
    expect(nilaiSmart(n, { aturan: definisi }).nilai.toString()).toBe('76');
    expect(kodeGalat(() => nilaiSmart(CONTOH, { aturan: definisi }))).toBe('SMART_KOMPONEN_TIDAK_DIKENAL');
    expect(nilaiSmart(CONTOH, { aturan: 'DJA_2021' }).nilai.toString()).toBe('87.4839');
    expect(kodeGalat(() => nilaiSmart(CONTOH, { aturan: 'DJA_2099' }))).toBe('ATURAN_TIDAK_DIKENAL');
  });

  it('does not mutate its input', () => {
    expect(() => nilaiSmart(bekukan({ ...CONTOH }), bekukan({ aturan: 'DJA_2021' }))).not.toThrow();
  });

  it('mutating any result object cannot change a later result; the preset is deeply frozen', () => {
    const sebelum = JSON.stringify(nilaiSmart(CONTOH));
    rusakSemua(nilaiSmart(CONTOH));
    rusakSemua(ATURAN_SMART);
    expect(JSON.stringify(nilaiSmart(CONTOH))).toBe(sebelum);
    expect(Object.isFrozen(ATURAN_SMART.DJA_2021.komponen[0]?.bobot)).toBe(true);
  });
});

describe('nilaiSmart: galat', () => {
  it('missing / unknown components, with the nearest id', () => {
    const { konsistensi: _k, ...kurang } = CONTOH;
    expect(kodeGalat(() => nilaiSmart(kurang))).toBe('SMART_KOMPONEN_HILANG');
    expect(lokasiGalat(() => nilaiSmart(kurang))).toBe('komponen.konsistensi');
    const g = galat(() => nilaiSmart({ ...CONTOH, nilaiEfisiensii: 1 }));
    expect(g.kode).toBe('SMART_KOMPONEN_TIDAK_DIKENAL');
    expect(g.message).toMatch(/maksudnya "nilaiEfisiensi"\?/);
  });

  it.each([-1, '100,5', 250])('value %s out of 0–100 → SMART_NILAI_DI_LUAR_RENTANG', (v) => {
    // 250: the unbounded "235%" a ministry report printed for efficiency must not pass.
    expect(kodeGalat(() => nilaiSmart({ ...CONTOH, nilaiEfisiensi: v }))).toBe('SMART_NILAI_DI_LUAR_RENTANG');
  });

  it('invalid rule sets → ATURAN_TIDAK_VALID', () => {
    const salah = {
      id: 'X',
      nama: 'x',
      sumber: 'x',
      status: 'belum-terverifikasi',
      komponen: [{ id: 'a', nama: 'A', bobot: 99 }],
    };
    expect(kodeGalat(() => buatAturanSmart(salah as never))).toBe('ATURAN_TIDAK_VALID');
    expect(kodeGalat(() => nilaiSmart({ a: 1 }, { aturan: salah as never }))).toBe('ATURAN_TIDAK_VALID');
  });

  it('a misspelt option key names the nearest key', () => {
    const g = galat(() => nilaiSmart(CONTOH, { atuaran: 'DJA_2021' } as never));
    expect(g.kode).toBe('OPSI_TIDAK_VALID');
    expect(g.message).toMatch(/maksudnya "aturan"\?/);
  });
});

describe('nilaiSmart: hukum', () => {
  it('the score lies between the smallest and largest component and equals an integer computation', () => {
    fc.assert(
      fc.property(nilai0sd100, nilai0sd100, nilai0sd100, nilai0sd100, (a, b, c, d) => {
        const h = nilaiSmart({ penyerapan: a, konsistensi: b, capaianOutput: c, nilaiEfisiensi: d });
        expect(h.nilai.gte(Decimal.min(a, b, c, d))).toBe(true);
        expect(h.nilai.lte(Decimal.max(a, b, c, d))).toBe(true);
        // Independent: thousandths arithmetic in BigInt (values ×100, weights ×10 → ÷1000).
        const v = [a, b, c, d].map((x) => BigInt(x.times(100).toFixed(0)));
        const w = [97n, 182n, 435n, 286n];
        const total = v.reduce((s, x, i) => s + x * (w[i] as bigint), 0n);
        expect(h.nilai.toString()).toBe(new Decimal(total.toString()).div(100_000).toString());
      }),
    );
  });
});
