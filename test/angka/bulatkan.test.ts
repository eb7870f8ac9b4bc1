import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bulatkan, Decimal, MODE_PEMBULATAN, parseAngka } from '../../src/angka/index.js';
import { isSakipError } from '../../src/galat/index.js';
import { kodeGalat } from '../alat/galat.js';
import { desimalDalamJangkauan } from '../alat/jangkauan.js';

describe('bulatkan: contoh RUMUS.md §2', () => {
  it.each([
    ['55,7252', 2, 'potong', '55.72'],
    ['100,0696', 2, 'potong', '100.06'],
    ['93,2768', 2, 'setengah-atas', '93.28'],
    ['93,2768', 2, 'potong', '93.27'],
    ['1,5695', 2, 'setengah-atas', '1.57'],
    ['62,78', 0, 'setengah-atas', '63'],
    ['103,09', 0, 'setengah-atas', '103'],
    ['0,26574814', 3, 'setengah-atas', '0.266'],
    ['-0,59339216', 3, 'setengah-atas', '-0.593'],
    ['90,335', 2, 'potong', '90.33'],
    ['2,5', 0, 'setengah-genap', '2'],
    ['3,5', 0, 'setengah-genap', '4'],
    ['-2,5', 0, 'setengah-atas', '-3'],
    ['-2,5', 0, 'potong', '-2'],
    ['-0,001', 2, 'setengah-atas', '0'],
  ] as const)('bulatkan(%j, %i, %s) = %s', (x, d, mode, hasil) => {
    // Report figures, read in the report's (Indonesian) format.
    expect(bulatkan(parseAngka(x, { format: 'id' }), d, mode).toString()).toBe(hasil);
  });

  it("teks dibaca dengan format 'otomatis': '90,335' ambigu, 90.335 sebagai number tidak", () => {
    expect(kodeGalat(() => bulatkan('90,335', 2))).toBe('ANGKA_AMBIGU');
    expect(bulatkan(90.335, 2, 'potong').toString()).toBe('90.33');
    expect(bulatkan('55,7252', 2, 'potong').toString()).toBe('55.72');
  });

  it('bulatkan(90.335, 2) = 90,34 tepat, dari number 90.335 (float memberi 90,33)', () => {
    expect((90.335).toFixed(2)).toBe('90.33'); // the float trap the library exists to avoid
    expect(bulatkan(90.335, 2).toString()).toBe('90.34');
    expect(bulatkan(90.335, 2).equals(new Decimal('90.34'))).toBe(true);
  });

  it('desimal negatif membulatkan ke puluhan, ratusan …', () => {
    expect(bulatkan(6811847000, -6).toString()).toBe('6812000000');
    expect(bulatkan(6811847000, -6, 'potong').toString()).toBe('6811000000');
    expect(bulatkan(-1250, -2, 'setengah-genap').toString()).toBe('-1200');
  });

  it('menolak desimal dan mode yang tidak sah', () => {
    for (const d of [1.5, -16, 41, Number.NaN]) {
      expect(() => bulatkan(1, d)).toThrow(expect.objectContaining({ kode: 'DESIMAL_TIDAK_VALID' }));
    }
    expect(() => bulatkan(1, 2, 'naik' as 'potong')).toThrow(
      expect.objectContaining({ kode: 'MODE_PEMBULATAN_TIDAK_DIKENAL' }),
    );
  });
});

describe('bulatkan: hukum', () => {
  // Below 1e18: rounding to as far as millions never reaches 1e20, so a rounded value can be read back.
  const desimalAcak = desimalDalamJangkauan({ eMaks: 17 });
  const mode = fc.constantFrom(...MODE_PEMBULATAN);
  const desimal = fc.integer({ min: -6, max: 10 });
  const satuan = (d: number) => new Decimal(10).pow(-d);

  it('idempoten', () => {
    fc.assert(
      fc.property(desimalAcak, desimal, mode, (x, d, m) => {
        const sekali = bulatkan(x, d, m);
        expect(bulatkan(sekali, d, m).equals(sekali)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('pemotongan tidak pernah menjauh dari nol dan selisihnya kurang dari satu satuan', () => {
    fc.assert(
      fc.property(desimalAcak, desimal, (x, d) => {
        const p = bulatkan(x, d, 'potong');
        expect(p.abs().lte(x.abs())).toBe(true);
        expect(x.minus(p).abs().lt(satuan(d))).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('setengah-atas dan setengah-genap berselisih paling banyak setengah satuan dari nilainya', () => {
    fc.assert(
      fc.property(
        desimalAcak,
        desimal,
        fc.constantFrom('setengah-atas' as const, 'setengah-genap' as const),
        (x, d, m) => {
          expect(bulatkan(x, d, m).minus(x).abs().lte(satuan(d).div(2))).toBe(true);
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('hasilnya kelipatan satuan dan tidak pernah -0', () => {
    fc.assert(
      fc.property(desimalAcak, desimal, mode, (x, d, m) => {
        const b = bulatkan(x, d, m);
        expect(b.mod(satuan(d)).isZero()).toBe(true);
        expect(b.isZero() && b.isNegative()).toBe(false);
      }),
      { numRuns: 5000 },
    );
  });

  it('number apa pun: dibulatkan bila dalam jangkauan; selain itu SakipError yang tepat, tidak pernah NaN', () => {
    fc.assert(
      fc.property(fc.double(), desimal, mode, (x, d, m) => {
        try {
          expect(bulatkan(x, d, m).isFinite()).toBe(true);
        } catch (e) {
          if (!Number.isFinite(x)) expect(isSakipError(e, 'ANGKA_TIDAK_HINGGA')).toBe(true);
          else {
            expect(isSakipError(e, 'ANGKA_DI_LUAR_JANGKAUAN')).toBe(true);
            expect(Math.abs(x) >= 1e20 || (x !== 0 && Math.abs(x) < 1e-20)).toBe(true);
          }
        }
      }),
      { numRuns: 5000 },
    );
  });
});
