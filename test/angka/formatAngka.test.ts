import { describe, expect, it } from 'vitest';
import { Decimal, formatAngka, formatPersen, formatRupiah } from '../../src/index.js';

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
    const x = new Decimal('123456789012345678901234567890.1234567891');
    expect(formatAngka(x)).toBe('123.456.789.012.345.678.901.234.567.890,1234567891');
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
