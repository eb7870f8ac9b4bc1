import { describe, expect, it } from 'vitest';
import { Decimal, formatAngka, formatPersen, formatRupiah, keDecimal } from '../../src/angka/index.js';
import type { SakipError } from '../../src/galat/index.js';
import { kodeGalat } from '../alat/galat.js';

describe('formatAngka', () => {
  it.each([
    [6811847000, {}, '6.811.847.000'],
    ['80,4349', { desimal: 2 }, '80,43'],
    ['55,7252', { desimal: 2, mode: 'potong' }, '55,72'],
    [96.7, { desimal: 2 }, '96,70'],
    [0, { desimal: 2 }, '0,00'],
    ['-0,001', { desimal: 2 }, '0,00'],
    ['-1234567,891', {}, '-1.234.567,891'],
    [999, {}, '999'],
    [1000, {}, '1.000'],
    [37390832000, { format: 'en' }, '37,390,832,000'],
    [92.11, { format: 'en' }, '92.11'],
    [6811847000, { pemisahRibuan: false }, '6811847000'],
    [6811847000, { desimal: -3 }, '6.811.847.000'],
    [6811847499, { desimal: -3 }, '6.811.847.000'],
  ] as const)('formatAngka(%j, %j) = %s', (x, opsi, hasil) => {
    expect(formatAngka(x, opsi)).toBe(hasil);
  });

  it('tidak melewati float: 40 digit tetap utuh', () => {
    const x = new Decimal('12345678901234567890.1234567890123456789');
    expect(formatAngka(x)).toBe('12.345.678.901.234.567.890,1234567890123456789');
  });

  it('angka terpanjang yang diizinkan (40 digit bermakna) ditulis utuh, dengan pengelompokan linear', () => {
    const terbesar = `-${'9'.repeat(20)}.${'9'.repeat(20)}`;
    expect(formatAngka(new Decimal(terbesar))).toBe(`-99${'.999'.repeat(6)},${'9'.repeat(20)}`);
    expect(formatAngka(new Decimal(terbesar), { format: 'en' })).toBe(
      `-99${',999'.repeat(6)}.${'9'.repeat(20)}`,
    );
    const terkecil = new Decimal(`1.${'2'.repeat(39)}e-20`);
    expect(formatAngka(terkecil)).toBe(`0,${'0'.repeat(19)}1${'2'.repeat(39)}`);
    expect(formatAngka(terkecil, { desimal: 2 })).toBe('0,00');
    expect(formatAngka(new Decimal(terbesar), { desimal: -15 })).toBe('-100.000.000.000.000.000.000');
  });

  it('di luar jangkauan: ANGKA_DI_LUAR_JANGKAUAN sebelum apa pun ditulis', () => {
    expect(kodeGalat(() => formatAngka(new Decimal('1e1000000000')))).toBe('ANGKA_DI_LUAR_JANGKAUAN');
    expect(kodeGalat(() => formatRupiah(1e25))).toBe('ANGKA_DI_LUAR_JANGKAUAN');
  });

  it("teks masukan dibaca dengan format 'otomatis'", () => {
    expect(kodeGalat(() => formatAngka('92.711'))).toBe('ANGKA_AMBIGU');
    expect(formatAngka(keDecimal('92.711', { format: 'en' }), { desimal: 2 })).toBe('92,71');
  });

  it('opsi ketat: kunci salah eja disebut dengan sarannya, nilai yang tidak dikenal ditolak', () => {
    try {
      formatAngka(1, { desimall: 2 } as never);
      expect.unreachable();
    } catch (e) {
      expect((e as SakipError).kode).toBe('OPSI_TIDAK_VALID');
      expect((e as Error).message).toContain('maksudnya "desimal"?');
    }
    expect(kodeGalat(() => formatPersen(1, { spasii: true } as never))).toBe('OPSI_TIDAK_VALID');
    expect(kodeGalat(() => formatRupiah(1, { awalan: 'IDR' } as never))).toBe('OPSI_TIDAK_VALID');
    expect(kodeGalat(() => formatRupiah(1, { akhiran: '.-' } as never))).toBe('OPSI_TIDAK_VALID');
    expect(kodeGalat(() => formatAngka(1, { pemisahRibuan: 'ya' } as never))).toBe('OPSI_TIDAK_VALID');
    expect(kodeGalat(() => formatAngka(1, { format: 'otomatis' } as never))).toBe('FORMAT_TIDAK_DIKENAL');
    expect(kodeGalat(() => formatAngka(1, { desimal: 2, mode: 'naik' } as never))).toBe(
      'MODE_PEMBULATAN_TIDAK_DIKENAL',
    );
    expect(kodeGalat(() => formatAngka(1, null as never))).toBe('OPSI_TIDAK_VALID');
  });

  it('menolak desimal yang tidak sah', () => {
    expect(() => formatAngka(1, { desimal: 2.5 })).toThrow(
      expect.objectContaining({ kode: 'DESIMAL_TIDAK_VALID' }),
    );
  });
});

describe('formatPersen dan formatRupiah', () => {
  it('persen', () => {
    expect(formatPersen('98,6247', { desimal: 2 })).toBe('98,62%');
    expect(formatPersen(80.43, { spasi: true })).toBe('80,43 %');
    expect(formatPersen('-0,593')).toBe('-0,593%');
  });

  it('rupiah: gaya rumah dan varian', () => {
    expect(formatRupiah(6811847000)).toBe('Rp6.811.847.000');
    expect(formatRupiah('2.878.102.665,87')).toBe('Rp2.878.102.665,87');
    expect(formatRupiah(86677300, { awalan: 'Rp. ', akhiran: ',-' })).toBe('Rp. 86.677.300,-');
    expect(formatRupiah(86677300, { awalan: 'Rp ', akhiran: ',00' })).toBe('Rp 86.677.300,00');
    expect(formatRupiah('1,5', { akhiran: ',-' })).toBe('Rp1,5');
    expect(formatRupiah(-5000)).toBe('-Rp5.000');
    expect(formatRupiah(37390832000, { format: 'en' })).toBe('Rp37,390,832,000');
  });
});
