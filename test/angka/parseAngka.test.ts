import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bulatkan, formatAngka, MODE_PEMBULATAN, parseAngka } from '../../src/angka/index.js';
import { isSakipError, type KodeGalat, type SakipError } from '../../src/galat/index.js';
import { kodeGalat } from '../alat/galat.js';
import { desimalDalamJangkauan } from '../alat/jangkauan.js';

describe('parseAngka: bentuk angka dalam laporan (RUMUS.md §1)', () => {
  it.each([
    ['6.811.847.000', '6811847000'],
    ['80,43%', '80.43'],
    ['80,43 %', '80.43'],
    ['92,71 %', '92.71'],
    ['92,71 persen', '92.71'],
    ['92,71 Persen', '92.71'],
    ['0 %', '0'],
    [',0%', '0'],
    [',5', '0.5'],
    ['Rp 6.811.847.000,00', '6811847000'],
    ['Rp. 86.677.300,-', '86677300'],
    ['Rp19.678.585.487', '19678585487'],
    ['Rp.\n86.677.300,-', '86677300'],
    ['Rp.\r\n 2.142.720.865,00', '2142720865'],
    ['2.878.102.665,87', '2878102665.87'],
    ['  134,32\n', '134.32'],
    ['\u00a01.227.826.990,00\u00a0', '1227826990'],
    ['1\u202f', '1'],
    ['-0,593', '-0.593'],
    ['\u22120,27', '-0.27'],
    ['+25,74', '25.74'],
    ['-Rp 5.000', '-5000'],
    ['Rp -5.000', '-5000'],
    ['IDR 1.000', '1000'],
    ['-0', '0'],
    ['6811847000', '6811847000'],
    ['007', '7'],
  ])('id: %j → %s', (teks, hasil) => {
    expect(parseAngka(teks, { format: 'id' }).toString()).toBe(hasil);
  });

  it.each([
    ['37,390,832,000', '37390832000'],
    ['99.32%', '99.32'],
    ['92.11', '92.11'],
    ['-0.593', '-0.593'],
    ['.5', '0.5'],
    ['0.500', '0.5'],
    ['1,234.56', '1234.56'],
  ])('en: %j → %s', (teks, hasil) => {
    expect(parseAngka(teks, { format: 'en' }).toString()).toBe(hasil);
  });

  it.each([
    ['92.11', '92.11'],
    ['80,43', '80.43'],
    ['6.811.847.000', '6811847000'],
    ['37,390,832,000', '37390832000'],
    ['1.234,56', '1234.56'],
    ['1,234.56', '1234.56'],
    ['100', '100'],
    ['Rp. 6.811,-', '6811'],
    ['0.500', '0.5'],
  ])('otomatis: %j → %s', (teks, hasil) => {
    expect(parseAngka(teks, { format: 'otomatis' }).toString()).toBe(hasil);
  });

  it.each(['6.811', '42,380', '1.000', '999,999', '92.711', 'Rp 5.000', '-5.000', '15,036 %'])(
    'otomatis menolak yang ambigu: %j',
    (teks) => {
      expect(kodeGalat(() => parseAngka(teks, { format: 'otomatis' }))).toBe('ANGKA_AMBIGU');
    },
  );

  it("format bawaan adalah 'otomatis': '92.711' ambigu, { format: 'en' } membacanya 92,711", () => {
    expect(kodeGalat(() => parseAngka('92.711'))).toBe('ANGKA_AMBIGU');
    expect(parseAngka('92.711', { format: 'en' }).toString()).toBe('92.711');
    expect(parseAngka('92.711', { format: 'id' }).toString()).toBe('92711');
    expect(parseAngka('92,71').toString()).toBe('92.71');
    expect(parseAngka('6.811.847.000').toString()).toBe('6811847000');
  });

  it('pesan ambigu menyebut kedua bacaan', () => {
    expect(() => parseAngka('6.811', { format: 'otomatis' })).toThrow(
      /6\.811 \(format id\) atau 6,811 \(format en\)/,
    );
    expect(() => parseAngka('42,380', { format: 'otomatis' })).toThrow(
      /42,38 \(format id\) atau 42\.380 \(format en\)/,
    );
  });

  it.each<[string, KodeGalat]>([
    ['', 'ANGKA_KOSONG'],
    ['   \n ', 'ANGKA_KOSONG'],
    ['Rp', 'ANGKA_KOSONG'],
    ['-', 'ANGKA_STRIP'],
    [' – ', 'ANGKA_STRIP'],
    ['Rp -', 'ANGKA_STRIP'],
    ['%', 'ANGKA_PERSEN_KOSONG'],
    ['persen', 'ANGKA_PERSEN_KOSONG'],
    ['#VALUE!', 'ANGKA_GALAT_SPREADSHEET'],
    ['#DIV/0!', 'ANGKA_GALAT_SPREADSHEET'],
    ['#N/A', 'ANGKA_GALAT_SPREADSHEET'],
    ['#####', 'ANGKA_KOLOM_SEMPIT'],
    ['#', 'ANGKA_KOLOM_SEMPIT'],
    ['abc', 'ANGKA_HURUF'],
    ['12a', 'ANGKA_HURUF'],
    ['1e5', 'ANGKA_HURUF'],
    ['NaN', 'ANGKA_HURUF'],
    ['Infinity', 'ANGKA_HURUF'],
    ['92.11', 'ANGKA_FORMAT_TIDAK_VALID'],
    ['1.23.456', 'ANGKA_FORMAT_TIDAK_VALID'],
    ['1,2,3', 'ANGKA_FORMAT_TIDAK_VALID'],
    ['0.500', 'ANGKA_FORMAT_TIDAK_VALID'],
    ['1 000', 'ANGKA_FORMAT_TIDAK_VALID'],
    ['(5.000)', 'ANGKA_FORMAT_TIDAK_VALID'],
    ['--5', 'ANGKA_FORMAT_TIDAK_VALID'],
    ['Rp 5.000 %', 'ANGKA_FORMAT_TIDAK_VALID'],
    [',', 'ANGKA_FORMAT_TIDAK_VALID'],
  ])('id: %j → %s', (teks, kode) => {
    expect(kodeGalat(() => parseAngka(teks, { format: 'id' }))).toBe(kode);
  });

  it('strip dibaca nol hanya bila diminta', () => {
    expect(parseAngka('-', { stripSebagaiNol: true }).toString()).toBe('0');
    expect(parseAngka('Rp -', { stripSebagaiNol: true }).toString()).toBe('0');
  });

  it('menolak yang bukan teks dan format yang tidak dikenal', () => {
    expect(kodeGalat(() => parseAngka(5 as unknown as string))).toBe('ANGKA_BUKAN_TEKS');
    expect(kodeGalat(() => parseAngka('5', { format: 'de' as 'id' }))).toBe('FORMAT_TIDAK_DIKENAL');
  });

  it('opsi: kunci yang salah eja disebut dengan sarannya; nilai yang salah bentuk ditolak', () => {
    try {
      parseAngka('92.711', { formatt: 'id' } as never);
      expect.unreachable();
    } catch (e) {
      expect(isSakipError(e, 'OPSI_TIDAK_VALID')).toBe(true);
      expect((e as Error).message).toContain('maksudnya "format"?');
      expect((e as SakipError).lokasi).toBe('formatt');
    }
    expect(kodeGalat(() => parseAngka('-', { stripSebagaiNol: 'ya' } as never))).toBe('OPSI_TIDAK_VALID');
    expect(kodeGalat(() => parseAngka('1', null as never))).toBe('OPSI_TIDAK_VALID');
    expect(kodeGalat(() => parseAngka('1', [] as never))).toBe('OPSI_TIDAK_VALID');
  });

  it('teks lebih dari 200 karakter ditolak sebelum dibaca: ANGKA_DI_LUAR_JANGKAUAN', () => {
    expect(parseAngka(`${' '.repeat(199)}1`).toString()).toBe('1');
    expect(kodeGalat(() => parseAngka(`${' '.repeat(200)}1`))).toBe('ANGKA_DI_LUAR_JANGKAUAN');
    expect(kodeGalat(() => parseAngka('1'.repeat(100_000)))).toBe('ANGKA_DI_LUAR_JANGKAUAN');
    // The error keeps the input as given.
    const panjang = '#'.repeat(300);
    try {
      parseAngka(panjang);
    } catch (e) {
      expect((e as SakipError).masukan).toBe(panjang);
    }
  });

  it('galat memuat masukan aslinya', () => {
    try {
      parseAngka('#VALUE!');
      expect.unreachable();
    } catch (e) {
      expect(isSakipError(e) && e.masukan).toBe('#VALUE!');
    }
  });
});

describe('parseAngka: hukum', () => {
  /** Arbitrary exact decimals anywhere in JANGKAUAN_ANGKA (up to 40 digits, 1e-20 ≤ |x| < 1e20). */
  const desimalAcak = desimalDalamJangkauan();
  const formatTetap = fc.constantFrom('id' as const, 'en' as const);

  it('parseAngka(formatAngka(x)) = x, format id dan en, dengan dan tanpa pemisah ribuan', () => {
    fc.assert(
      fc.property(desimalAcak, formatTetap, fc.boolean(), (x, format, pemisahRibuan) => {
        const ditulis = formatAngka(x, { format, pemisahRibuan });
        expect(parseAngka(ditulis, { format }).equals(x)).toBe(true);
      }),
      { numRuns: 10_000 },
    );
  });

  it('parseAngka(formatAngka(x, { desimal })) = bulatkan(x, desimal), untuk setiap mode', () => {
    fc.assert(
      fc.property(
        // Below 1e19: rounding up never reaches 1e20, outside the range of what is read back.
        desimalDalamJangkauan({ eMaks: 18 }),
        fc.integer({ min: 0, max: 8 }),
        fc.constantFrom(...MODE_PEMBULATAN),
        formatTetap,
        (x, desimal, mode, format) => {
          const ditulis = formatAngka(x, { desimal, mode, format });
          expect(parseAngka(ditulis, { format }).equals(bulatkan(x, desimal, mode))).toBe(true);
        },
      ),
      { numRuns: 10_000 },
    );
  });

  it('tidak pernah NaN dan tidak pernah melempar selain SakipError, untuk teks apa pun', () => {
    const teksAcak = fc.oneof(
      fc.string(),
      fc.string({ unit: fc.constantFrom(...'0123456789.,-+% RpIDRpersn#\u00a0\n'.split('')) }),
    );
    fc.assert(
      fc.property(
        teksAcak,
        fc.constantFrom('id' as const, 'en' as const, 'otomatis' as const),
        (teks, format) => {
          try {
            expect(parseAngka(teks, { format }).isFinite()).toBe(true);
          } catch (e) {
            expect(isSakipError(e)).toBe(true);
          }
        },
      ),
      { numRuns: 10_000 },
    );
  });
});
