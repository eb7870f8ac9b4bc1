import DecimalGlobal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bulatkan,
  Decimal,
  formatAngka,
  JANGKAUAN_ANGKA,
  keDecimal,
  parseAngka,
} from '../../src/angka/index.js';
import { isSakipError, SakipError } from '../../src/galat/index.js';
import { kodeGalat } from '../alat/galat.js';
import { desimalDalamJangkauan, desimalLuarJangkauan } from '../alat/jangkauan.js';

/** Results that depend on the precision of the constructor that computes them. */
function hasilAcuan() {
  const d = keDecimal(2).div(3);
  return {
    bagi: d.toString(),
    bagiParse: parseAngka('1,31', { format: 'id' })
      .div(parseAngka('0,73', { format: 'id' }))
      .toString(),
    bulat: bulatkan(d.times(100), 2, 'potong').toString(),
    tepat: keDecimal('6.811.847.000').plus('0,5'.length).toString(),
  };
}

describe('Decimal milik sakip terisolasi', () => {
  it('mengimpor dan memakai sakip tidak mengubah konfigurasi decimal.js global', () => {
    keDecimal(1).div(3);
    bulatkan('2,5', 0, 'setengah-genap');
    expect(DecimalGlobal.precision).toBe(20);
    expect(DecimalGlobal.rounding).toBe(DecimalGlobal.ROUND_HALF_UP);
    expect(Decimal).not.toBe(DecimalGlobal);
  });

  it('konfigurasi host (decimal.js global) tidak mengubah perhitungan sakip', () => {
    const lama = DecimalGlobal.precision;
    DecimalGlobal.set({ precision: 5, rounding: DecimalGlobal.ROUND_DOWN });
    try {
      expect(keDecimal(1).div(3).toString()).toBe(`0.${'3'.repeat(40)}`);
      // A host's Decimal is read at its exact value and later divisions use sakip's 40 digits.
      expect(keDecimal(new DecimalGlobal(2)).div(3).toString()).toBe(`0.${'6'.repeat(39)}7`);
    } finally {
      DecimalGlobal.set({ precision: lama, rounding: DecimalGlobal.ROUND_HALF_UP });
    }
  });

  it('Decimal.set({ precision: 5 }) dan maxE pada Decimal yang diekspor tidak mengubah hasil sakip', () => {
    const sebelum = hasilAcuan();
    expect(sebelum.bagi).toBe(`0.${'6'.repeat(39)}7`);
    const lama = { precision: Decimal.precision, rounding: Decimal.rounding, maxE: Decimal.maxE };
    Decimal.set({ precision: 5, rounding: Decimal.ROUND_DOWN, maxE: 3 });
    try {
      expect(hasilAcuan()).toEqual(sebelum);
      // A result's own constructor is sakip's frozen one: it cannot be reconfigured through a result.
      const hasil = keDecimal(1) as unknown as { constructor: typeof Decimal };
      expect(() => hasil.constructor.set({ precision: 5 })).toThrow(TypeError);
      expect(hasilAcuan()).toEqual(sebelum);
    } finally {
      Decimal.set(lama);
    }
  });

  it('Decimal yang diekspor adalah klon terpisah yang biasa: dapat dikonfigurasi, tidak membeku', () => {
    expect(Object.isFrozen(Decimal)).toBe(false);
    expect(Decimal.precision).toBe(40);
    expect(Decimal.rounding).toBe(Decimal.ROUND_HALF_UP);
    expect(new Decimal('1e-30').toString()).toBe(`0.${'0'.repeat(29)}1`);
    expect(Decimal.isDecimal(keDecimal(1))).toBe(true);
    expect((keDecimal(1) as unknown as { constructor: unknown }).constructor).not.toBe(Decimal);
  });

  it('Decimal dari klon pengguna berpresisi 5 dibaca pada nilai tepatnya; pembagian berikutnya 40 digit', () => {
    const Klon = DecimalGlobal.clone({ precision: 5 });
    const x = new Klon('123.456789');
    expect(x.div(3).toString()).toBe('41.152');
    const d = keDecimal(x);
    expect(d.toString()).toBe('123.456789');
    expect(d.div(7).toString()).toBe('17.63668414285714285714285714285714285714');
    expect(keDecimal(new Klon(2)).div(3).toString()).toBe(`0.${'6'.repeat(39)}7`);
    // Always a fresh Decimal of sakip's own: the caller's object is never kept.
    expect(d).not.toBe(x);
    const milikSendiri = keDecimal(5);
    expect(keDecimal(milikSendiri)).not.toBe(milikSendiri);
    expect(keDecimal(milikSendiri).equals(milikSendiri)).toBe(true);
  });
});

describe('keDecimal', () => {
  it('number lewat bentuk desimal terpendeknya', () => {
    expect(keDecimal(90.335).toString()).toBe('90.335');
    expect(keDecimal(0.1).plus(keDecimal(0.2)).toString()).toBe('0.3');
    expect(keDecimal(1e19).toString()).toBe('10000000000000000000');
    expect(keDecimal(-0).isNegative()).toBe(false);
    expect(keDecimal(new Decimal('-0')).isNegative()).toBe(false);
  });

  it('string lewat parser; format bawaan otomatis, jadi "92.711" ambigu', () => {
    expect(keDecimal('6.811.847.000').toString()).toBe('6811847000');
    expect(keDecimal('92.11').toString()).toBe('92.11');
    expect(kodeGalat(() => keDecimal('92.711'))).toBe('ANGKA_AMBIGU');
    expect(keDecimal('92.711', { format: 'en' }).toString()).toBe('92.711');
    expect(keDecimal('92.711', { format: 'id' }).toString()).toBe('92711');
  });

  it('kunci opsi yang salah eja (formatt) → OPSI_TIDAK_VALID yang menyarankan format', () => {
    for (const x of ['92.711', 5, new Decimal(1)]) {
      try {
        keDecimal(x, { formatt: 'id' } as never);
        expect.unreachable();
      } catch (e) {
        expect(isSakipError(e, 'OPSI_TIDAK_VALID')).toBe(true);
        expect((e as Error).message).toMatch(/"formatt".*maksudnya "format"\?/);
        expect((e as SakipError).masalah.map((m) => m.lokasi)).toEqual(['formatt']);
      }
    }
    expect(kodeGalat(() => keDecimal('1', { format: 'de' } as never))).toBe('FORMAT_TIDAK_DIKENAL');
    expect(kodeGalat(() => keDecimal('1', null as never))).toBe('OPSI_TIDAK_VALID');
  });

  it('Decimal dari salinan atau klon mana pun diterima pada nilai tepatnya', () => {
    const Klon = DecimalGlobal.clone({ precision: 3 });
    expect(keDecimal(new Klon('123.456789')).toString()).toBe('123.456789');
    expect(keDecimal(new Decimal('7.25')).toString()).toBe('7.25');
    expect(keDecimal(new DecimalGlobal('-0.000123')).toString()).toBe('-0.000123');
    expect(keDecimal(new DecimalGlobal('1234567.0000001')).toString()).toBe('1234567.0000001');
  });

  it('Decimal dibaca dari digitnya: bentuk baku disalin, bentuk lain dibangun ulang dengan nilai yang sama', () => {
    const P = Object.getPrototypeOf(new DecimalGlobal(1));
    const tiruanBentuk = (d: number[], e: number, s = 1) =>
      Object.assign(Object.create(P), { constructor: DecimalGlobal, d, e, s }) as Decimal;
    // decimal.js' own form of 150000 is d = [150000], e = 5; other forms mean the same digits.
    expect(keDecimal(tiruanBentuk([150000], 5)).toString()).toBe('150000');
    expect(keDecimal(tiruanBentuk([15], 5)).toString()).toBe('150000');
    expect(keDecimal(tiruanBentuk([1, 0], 0)).toString()).toBe('1');
    expect(keDecimal(tiruanBentuk([0], 0, -1)).toString()).toBe('0');
    expect(keDecimal(tiruanBentuk([1000000], -1, -1)).toString()).toBe('-0.1');
    // The copy owns its digits: changing the caller's Decimal afterwards changes nothing.
    const asli = new DecimalGlobal('123.456');
    const d = keDecimal(asli);
    (asli as unknown as { d: number[] }).d[0] = 999;
    expect(d.toString()).toBe('123.456');
  });

  it.each([
    [Number.NaN, 'ANGKA_TIDAK_HINGGA'],
    [Number.POSITIVE_INFINITY, 'ANGKA_TIDAK_HINGGA'],
    [new DecimalGlobal(Number.NaN), 'ANGKA_TIDAK_HINGGA'],
    [new DecimalGlobal(Number.NEGATIVE_INFINITY), 'ANGKA_TIDAK_HINGGA'],
    [new Decimal(Number.POSITIVE_INFINITY), 'ANGKA_TIDAK_HINGGA'],
    [null, 'ANGKA_TIPE_TIDAK_DIDUKUNG'],
    [undefined, 'ANGKA_TIPE_TIDAK_DIDUKUNG'],
    [true, 'ANGKA_TIPE_TIDAK_DIDUKUNG'],
    [{}, 'ANGKA_TIPE_TIDAK_DIDUKUNG'],
    [[], 'ANGKA_TIPE_TIDAK_DIDUKUNG'],
    [10n, 'ANGKA_TIPE_TIDAK_DIDUKUNG'],
    [Symbol('x'), 'ANGKA_TIPE_TIDAK_DIDUKUNG'],
    [() => 1, 'ANGKA_TIPE_TIDAK_DIDUKUNG'],
    ['', 'ANGKA_KOSONG'],
  ])('keDecimal(%s) → %s', (x, kode) => {
    expect(kodeGalat(() => keDecimal(x as never))).toBe(kode);
  });

  it('untuk masukan apa pun: Decimal hingga dalam jangkauan atau SakipError, tidak pernah yang lain', () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withNullPrototype: true }), (x) => {
        try {
          const d = keDecimal(x as never);
          expect(d.isFinite() && d.sd() <= 40 && d.abs().lt('1e20')).toBe(true);
        } catch (e) {
          expect(isSakipError(e)).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('Decimal tiruan ditolak: ANGKA_TIPE_TIDAK_DIDUKUNG, tidak pernah Error mentah', () => {
  const asli = new DecimalGlobal('1.5');
  const tiruan: [string, () => unknown][] = [
    ['{ toStringTag } dari JSON', () => JSON.parse('{"toStringTag":"[object Decimal]"}')],
    ['{ toStringTag, d, e, s } dipalsukan', () => ({ toStringTag: '[object Decimal]', d: [15], e: 0, s: 1 })],
    [
      'd/e/s dan constructor dipalsukan, prototipe lain',
      () => ({ toStringTag: '[object Decimal]', constructor: DecimalGlobal, d: [1, 5000000], e: 0, s: 1 }),
    ],
    [
      'toString dipalsukan',
      () => ({ toStringTag: '[object Decimal]', toString: () => '1.5', valueOf: () => 1.5 }),
    ],
    [
      'objek tanpa prototipe',
      () => Object.assign(Object.create(null), { toStringTag: '[object Decimal]', d: [1], e: 0, s: 1 }),
    ],
    [
      'Proxy yang melempar dari setiap jebakan',
      () =>
        new Proxy(asli, {
          get() {
            throw new Error('get');
          },
          getOwnPropertyDescriptor() {
            throw new Error('descriptor');
          },
          getPrototypeOf() {
            throw new Error('prototype');
          },
        }),
    ],
    [
      'Proxy yang dicabut',
      () => {
        const { proxy, revoke } = Proxy.revocable(asli, {});
        revoke();
        return proxy;
      },
    ],
    [
      'getter yang melempar (constructor, d)',
      () =>
        Object.defineProperties(Object.create(Object.getPrototypeOf(asli)), {
          constructor: {
            get() {
              throw new Error('constructor');
            },
          },
          d: {
            get() {
              throw new Error('d');
            },
          },
          e: { value: 0 },
          s: { value: 1 },
        }),
    ],
    [
      'd berupa getter (nilai berubah tiap dibaca)',
      () =>
        Object.defineProperties(Object.create(Object.getPrototypeOf(asli)), {
          constructor: { value: DecimalGlobal },
          d: { get: () => [Math.floor(Math.random() * 9) + 1] },
          e: { value: 0 },
          s: { value: 1 },
        }),
    ],
    [
      'd berupa Proxy larik yang melempar',
      () =>
        Object.assign(Object.create(Object.getPrototypeOf(asli)), {
          constructor: DecimalGlobal,
          e: 0,
          s: 1,
          d: new Proxy([15], {
            get() {
              throw new Error('d get');
            },
            getOwnPropertyDescriptor() {
              throw new Error('d descriptor');
            },
          }),
        }),
    ],
    [
      'kata digit yang rusak',
      () =>
        Object.assign(Object.create(Object.getPrototypeOf(asli)), {
          constructor: DecimalGlobal,
          e: 0,
          s: 1,
          d: [1.5],
        }),
    ],
    [
      'tanda yang rusak',
      () =>
        Object.assign(Object.create(Object.getPrototypeOf(asli)), {
          constructor: DecimalGlobal,
          e: 0,
          s: 2,
          d: [1],
        }),
    ],
    [
      'constructor palsu dengan isDecimal dan precision, prototipe lain',
      () => ({
        constructor: Object.assign(() => 0, { isDecimal: () => true, precision: 40 }),
        d: [1],
        e: 0,
        s: 1,
      }),
    ],
  ];

  it.each(tiruan)('%s', (_nama, buat) => {
    expect(kodeGalat(() => keDecimal(buat() as never))).toBe('ANGKA_TIPE_TIDAK_DIDUKUNG');
    // Also through the other public entry points that take an Angka.
    expect(kodeGalat(() => bulatkan(buat() as never, 2))).toBe('ANGKA_TIPE_TIDAK_DIDUKUNG');
    expect(kodeGalat(() => formatAngka(buat() as never))).toBe('ANGKA_TIPE_TIDAK_DIDUKUNG');
  });

  it('getter milik objek tiruan tidak pernah dijalankan', () => {
    let dibaca = 0;
    const baca = <T>(x: T): T => {
      dibaca++;
      return x;
    };
    const x = Object.defineProperties(
      {},
      {
        toStringTag: { get: () => baca('[object Decimal]'), enumerable: true },
        constructor: { get: () => baca(DecimalGlobal), enumerable: true },
        d: { get: () => baca([1]), enumerable: true },
      },
    );
    expect(kodeGalat(() => keDecimal(x as never))).toBe('ANGKA_TIPE_TIDAK_DIDUKUNG');
    expect(dibaca).toBe(0);
  });
});

describe('JANGKAUAN_ANGKA: ≤ 40 digit bermakna, |x| < 1e20, |x| ≥ 1e-20 kecuali 0', () => {
  it('batasnya', () => {
    expect(JANGKAUAN_ANGKA).toEqual({
      digitBermakna: 40,
      digitBulat: 20,
      eksponenMinimum: -20,
      panjangTeks: 200,
    });
    expect(Object.isFrozen(JANGKAUAN_ANGKA)).toBe(true);
    const empatPuluh = `${'9'.repeat(19)}.${'9'.repeat(21)}`;
    expect(keDecimal(empatPuluh, { format: 'en' }).toString()).toBe(empatPuluh);
    expect(keDecimal(new Decimal('1e-20')).toString()).toBe(`0.${'0'.repeat(19)}1`);
    expect(keDecimal(new Decimal('-99999999999999999999')).toString()).toBe('-99999999999999999999');
  });

  it.each<[string, () => unknown]>([
    ['teks 10^5 digit', () => '9'.repeat(100_000)],
    ['teks 10^5 digit berkelompok', () => `1${'.000'.repeat(30_000)}`],
    ['teks 201 karakter', () => `${' '.repeat(200)}1`],
    ["new Decimal('1e1000000000')", () => new Decimal('1e1000000000')],
    ["new Decimal('-1e-1000000000')", () => new Decimal('-1e-1000000000')],
    ['Decimal 10^5 digit', () => new Decimal(`0.${'7'.repeat(100_000)}`)],
    ['number 1e25', () => 1e25],
    ['number 1e20', () => 1e20],
    ['number -1e-21', () => -1e-21],
    ['number Number.MIN_VALUE', () => Number.MIN_VALUE],
    ['number Number.MAX_VALUE', () => Number.MAX_VALUE],
    ['41 digit bermakna', () => `1${'0'.repeat(18)},${'0'.repeat(21)}1`],
    [
      'Decimal 41 digit dari klon berpresisi 50',
      () => new (DecimalGlobal.clone({ precision: 50 }))(`1.${'1'.repeat(40)}`),
    ],
  ])('%s → ANGKA_DI_LUAR_JANGKAUAN', (_nama, buat) => {
    const x = buat();
    // Many times over: a check that were not linear (or that built the digits) would time out.
    for (let i = 0; i < 200; i++) {
      expect(kodeGalat(() => keDecimal(x as never, { format: 'id' }))).toBe('ANGKA_DI_LUAR_JANGKAUAN');
    }
    if (typeof x === 'string') {
      expect(kodeGalat(() => parseAngka(x, { format: 'id' }))).toBe('ANGKA_DI_LUAR_JANGKAUAN');
    }
  });

  it("'1e25' sebagai teks bukan notasi ilmiah: ANGKA_HURUF", () => {
    expect(kodeGalat(() => keDecimal('1e25'))).toBe('ANGKA_HURUF');
  });

  it('pesannya menyebut batasnya, dalam bahasa Indonesia', () => {
    expect(() => keDecimal(1e25)).toThrow(/di luar jangkauan laporan: paling banyak 40 digit bermakna/);
  });

  it('hukum: angka dalam jangkauan diterima tepat, sebagai Decimal, number-nya, dan teks id/en', () => {
    fc.assert(
      fc.property(desimalDalamJangkauan(), (x) => {
        expect(keDecimal(x).equals(x)).toBe(true);
        const lain = new DecimalGlobal(x.toString());
        const dibaca = keDecimal(lain);
        expect(dibaca.toFixed()).toBe(lain.toFixed());
        // The same internal form as decimal.js' own parse: every later operation sees a normal Decimal.
        expect(dibaca).toMatchObject({ s: lain.s, e: lain.e, d: lain.d });
        expect(dibaca.div(3).equals(new Decimal(x.toString()).div(3))).toBe(true);
        expect(keDecimal(x.toFixed(), { format: 'en' }).equals(x)).toBe(true);
        expect(keDecimal(formatAngka(x), { format: 'id' }).equals(x)).toBe(true);
        const n = x.toNumber();
        // A double near 1e20 may round up to 1e20 itself, outside the range.
        if (Math.abs(n) < 1e20) expect(keDecimal(n).equals(new Decimal(n))).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('hukum: di luar jangkauan selalu ANGKA_DI_LUAR_JANGKAUAN — Decimal, teks, dan number', () => {
    fc.assert(
      fc.property(desimalLuarJangkauan(), (x) => {
        expect(kodeGalat(() => keDecimal(x))).toBe('ANGKA_DI_LUAR_JANGKAUAN');
        expect(kodeGalat(() => keDecimal(new DecimalGlobal(x)))).toBe('ANGKA_DI_LUAR_JANGKAUAN');
        expect(kodeGalat(() => bulatkan(x, 2))).toBe('ANGKA_DI_LUAR_JANGKAUAN');
      }),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(desimalLuarJangkauan(300), fc.constantFrom('id' as const, 'en' as const), (x, format) => {
        const teks = x.toFixed();
        const ditulis = format === 'en' ? teks : teks.replace('.', ',');
        expect(kodeGalat(() => keDecimal(ditulis, { format }))).toBe('ANGKA_DI_LUAR_JANGKAUAN');
        expect(kodeGalat(() => parseAngka(ditulis, { format }))).toBe('ANGKA_DI_LUAR_JANGKAUAN');
      }),
      { numRuns: 3000 },
    );
    const numberLuar = fc.oneof(
      fc.double({ min: 1e20, noNaN: true, noDefaultInfinity: true }),
      fc.double({ max: -1e20, noNaN: true, noDefaultInfinity: true }),
      fc.double({ min: Number.MIN_VALUE, max: 9.9e-21, noNaN: true }),
      fc.double({ min: -9.9e-21, max: -Number.MIN_VALUE, noNaN: true }),
    );
    fc.assert(
      fc.property(numberLuar, (n) => {
        expect(kodeGalat(() => keDecimal(n))).toBe('ANGKA_DI_LUAR_JANGKAUAN');
      }),
      { numRuns: 3000 },
    );
  });
});

it('SakipError, bukan TypeError, juga saat menulis pesan tentang masukan yang aneh', () => {
  const { proxy, revoke } = Proxy.revocable([], {});
  revoke();
  expect(kodeGalat(() => keDecimal(proxy as never))).toBe('ANGKA_TIPE_TIDAK_DIDUKUNG');
  expect(kodeGalat(() => keDecimal('1', proxy as never))).toBe('OPSI_TIDAK_VALID');
  expect(new SakipError('ANGKA_KOSONG', 'x').masalah).toHaveLength(1);
});
