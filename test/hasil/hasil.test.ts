import DecimalGlobal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { Decimal, keDecimal } from '../../src/angka/index.js';
import { langkah } from '../../src/hasil/hasil.js';
import { type Langkah, tulisLangkah } from '../../src/hasil/index.js';
import { kodeGalat } from '../alat/galat.js';

describe('langkah', () => {
  it('satu bentuk: rumus, masukan, hasil, catatan bila ada', () => {
    const r = keDecimal('92,71');
    const t = keDecimal('69,02');
    const l = langkah('capaian = realisasi / target × 100', { realisasi: r, target: t }, r.div(t).times(100));
    expect(Object.keys(l)).toEqual(['rumus', 'masukan', 'hasil']);
    expect(Object.keys(langkah('x', {}, 'y', 'catatan'))).toEqual(['rumus', 'masukan', 'hasil', 'catatan']);
  });
});

describe('tulisLangkah', () => {
  it('menulis langkah untuk orang: format Indonesia, hasil bagi panjang dipotong 6 desimal dengan …', () => {
    const r = keDecimal('92,71');
    const t = keDecimal('69,02');
    const l = langkah('capaian = realisasi / target × 100', { realisasi: r, target: t }, r.div(t).times(100));
    expect(tulisLangkah(l)).toBe(
      'capaian = realisasi / target × 100; realisasi = 92,71, target = 69,02 → 134,323384…',
    );
  });

  it('teks apa adanya, ribuan dikelompokkan, catatan di akhir, masukan kosong dilewati', () => {
    expect(tulisLangkah(langkah('predikat', { skala: 'PERMENPAN_RB_88_2021' }, 'BB', 'skala 0–100'))).toBe(
      'predikat; skala = PERMENPAN_RB_88_2021 → BB (skala 0–100)',
    );
    expect(tulisLangkah(langkah('pagu', {}, keDecimal('6.811.847.000')))).toBe('pagu → 6.811.847.000');
    expect(tulisLangkah(langkah('x', { a: keDecimal('-0,000001') }, keDecimal('1,5')))).toBe(
      'x; a = -0,000001 → 1,5',
    );
  });

  it('hasil antara sakip di luar jangkauan masukan tetap tertulis (bukan galat)', () => {
    const kecil = keDecimal('0,00000000000000000001').div(keDecimal(7e19));
    const besar = keDecimal('99999999999999999999').times(keDecimal('99999999999999999999'));
    const tepat40 = keDecimal(1).div(3).times(1e15);
    expect(kecil.e).toBeLessThan(-20);
    expect(besar.e).toBeGreaterThanOrEqual(20);
    expect(tulisLangkah(langkah('kecil', {}, kecil))).toBe('kecil → 0,000000…');
    expect(tulisLangkah(langkah('besar', { x: besar }, besar))).toBe(
      `besar; x = 9.999.999.999.999.999.999.800.000.000.000.000.000.001 → 9.999.999.999.999.999.999.800.000.000.000.000.000.001`,
    );
    expect(tulisLangkah(langkah('sepertiga', {}, tepat40))).toBe('sepertiga → 333.333.333.333.333,333333…');
  });

  it('Decimal milik pemanggil (klon lain) ditulis pada nilainya', () => {
    const Klon = DecimalGlobal.clone({ precision: 3 });
    expect(
      tulisLangkah({ rumus: 'r', masukan: { a: new Klon('1234.5') as never }, hasil: new Decimal('0.5') }),
    ).toBe('r; a = 1.234,5 → 0,5');
  });

  it.each<[string, unknown]>([
    ['bukan objek', 5],
    ['null', null],
    ['tanpa rumus', { masukan: {}, hasil: '1' }],
    ['kunci asing', { rumus: 'r', masukan: {}, hasil: '1', hasill: '2' }],
    ['masukan bukan objek', { rumus: 'r', masukan: 5, hasil: '1' }],
    ['masukan larik', { rumus: 'r', masukan: [1], hasil: '1' }],
    [
      'Decimal tiruan',
      { rumus: 'r', masukan: { a: { toStringTag: '[object Decimal]', d: [1], e: 0, s: 1 } }, hasil: '1' },
    ],
    ['hasil NaN', { rumus: 'r', masukan: {}, hasil: new Decimal(Number.NaN) }],
    ['hasil 1e1000000000', { rumus: 'r', masukan: {}, hasil: new Decimal('1e1000000000') }],
    ['catatan bukan teks', { rumus: 'r', masukan: {}, hasil: '1', catatan: 5 }],
  ])('masukan yang salah (%s): MASUKAN_TIDAK_VALID, tidak pernah Error mentah', (_nama, l) => {
    expect(kodeGalat(() => tulisLangkah(l as Langkah))).toBe('MASUKAN_TIDAK_VALID');
  });

  it('Proxy dan getter: MASUKAN_TIDAK_VALID', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const jahat = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('ownKeys');
        },
      },
    );
    for (const masukan of [proxy, jahat]) {
      expect(kodeGalat(() => tulisLangkah({ rumus: 'r', masukan, hasil: '1' } as Langkah))).toBe(
        'MASUKAN_TIDAK_VALID',
      );
    }
    expect(kodeGalat(() => tulisLangkah(proxy as Langkah))).toBe('MASUKAN_TIDAK_VALID');
    const getter = Object.defineProperty({ rumus: 'r', masukan: {} }, 'hasil', {
      enumerable: true,
      get() {
        throw new Error('getter');
      },
    });
    expect(kodeGalat(() => tulisLangkah(getter as Langkah))).toBe('MASUKAN_TIDAK_VALID');
  });
});
