// Product rule 4 under attack: every public function is called with hostile values — look-alike
// Decimals, huge digit strings, huge exponents, deep and cyclic trees, throwing getters, Proxies,
// null-prototype objects, Symbols, `__proto__` keys — alone and nested in plausible shapes. Asserted:
// only a registered SakipError escapes; each call finishes within a bound measured as a ratio to a
// trivial call (no wall-clock constant); no result shares an object with an exported preset; every
// preset is still deeply frozen afterwards.
import { Decimal as DecimalGlobal } from 'decimal.js';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import * as sakip from '../../src/index.js';

type Fungsi = (...a: unknown[]) => unknown;

const fungsi = Object.entries(sakip).filter(
  ([nama, f]) => typeof f === 'function' && /^[a-z]/.test(nama) && nama !== 'isSakipError',
) as [string, Fungsi][];

/** Every object reachable from an exported UPPER_CASE constant (the presets), Decimals aside. */
function objekPreset(): Set<object> {
  const hasil = new Set<object>();
  const tumpuk: unknown[] = Object.entries(sakip)
    .filter(([nama, v]) => /^[A-Z][A-Z0-9_]+$/.test(nama) && typeof v === 'object' && v !== null)
    .map(([, v]) => v);
  while (tumpuk.length > 0) {
    const x = tumpuk.pop();
    if (typeof x !== 'object' || x === null || hasil.has(x)) continue;
    hasil.add(x);
    for (const v of Object.values(x)) tumpuk.push(v);
  }
  return hasil;
}

const PRESET = objekPreset();
const adalahDecimal = (x: unknown) => DecimalGlobal.isDecimal(x);

/** The first preset object a result shares (Decimals are immutable values and may be shared). */
function aliasPreset(hasil: unknown): object | undefined {
  const tumpuk = [hasil];
  const dilihat = new Set<unknown>();
  for (let n = 0; tumpuk.length > 0 && n < 20_000; n++) {
    const x = tumpuk.pop();
    if (typeof x !== 'object' || x === null || dilihat.has(x) || adalahDecimal(x)) continue;
    dilihat.add(x);
    if (PRESET.has(x)) return x;
    for (const v of Object.values(x)) tumpuk.push(v);
  }
  return undefined;
}

function pohonDalam(kedalaman: number): unknown {
  let simpul: Record<string, unknown> = { nama: 'daun', anggaran: { pagu: 1, realisasi: 1 } };
  for (let i = 0; i < kedalaman; i++) simpul = { nama: `simpul ${i}`, anak: [simpul] };
  return simpul;
}

function pohonSiklis(): unknown {
  const a: Record<string, unknown> = { nama: 'a', anak: [] };
  const b = { nama: 'b', anak: [a], anggaran: { pagu: 1, realisasi: 1 } };
  (a.anak as unknown[]).push(b);
  return a;
}

function penggetarLempar(kunci: string): unknown {
  return Object.defineProperty({}, kunci, {
    enumerable: true,
    get() {
      throw new Error('getter jahat');
    },
  });
}

const proksiJahat = new Proxy(
  {},
  {
    get() {
      throw new Error('proxy get');
    },
    ownKeys() {
      throw new Error('proxy ownKeys');
    },
    getPrototypeOf() {
      throw new Error('proxy getPrototypeOf');
    },
    getOwnPropertyDescriptor() {
      throw new Error('proxy descriptor');
    },
    has() {
      throw new Error('proxy has');
    },
  },
);

/** Hostile values, named, each built fresh (a call must not be able to spoil the next one). */
const JAHAT: Record<string, () => unknown> = {
  decimalTiruan: () => JSON.parse('{"toStringTag":"[object Decimal]"}'),
  decimalPalsu: () => ({
    constructor: Object.assign(() => 0, { isDecimal: () => true, precision: 40 }),
    s: 1,
    e: 5,
    d: [1e9, -3],
  }),
  decimalTiruanBerdigit: () => ({ toStringTag: '[object Decimal]', s: 1, e: 2, d: [123] }),
  digitRaksasa: () => '9'.repeat(100_000),
  digitRaksasaBerkelompok: () => `1${'.000'.repeat(30_000)}`,
  eksponenRaksasa: () => new DecimalGlobal('1e1000000000'),
  eksponenKecil: () => new DecimalGlobal('1e-1000000000'),
  numberRaksasa: () => 1e300,
  nan: () => Number.NaN,
  bigint: () => 10n,
  simbol: () => Symbol('x'),
  pohonDalam: () => pohonDalam(10_000),
  pohonSiklis,
  getter: () => penggetarLempar('target'),
  proksi: () => proksiJahat,
  tanpaPrototipe: () => Object.assign(Object.create(null), { target: 1, realisasi: 2, pagu: 3 }),
  kunciSimbol: () => ({ [Symbol('k')]: 1, target: 1, realisasi: 1 }),
  kunciProto: () => JSON.parse('{"__proto__": {"target": 1}, "target": 1, "realisasi": 2}'),
  larikBesar: () => Array.from({ length: 200_000 }, () => 1),
  fungsi: () => () => 1,
};

/** Plausible shapes a hostile value can hide in. */
const BENTUK: ((x: unknown) => unknown[])[] = [
  (x) => [x],
  (x) => [x, x],
  (x) => [{ target: x, realisasi: 1 }],
  (x) => [{ target: 1, realisasi: x }],
  (x) => [{ pagu: x, realisasi: 1 }],
  (x) => [[{ pagu: 1, realisasi: 1, capaian: x }]],
  (x) => [[x]],
  (x) => [1, x],
  (x) => [{ nama: 'x', anak: [x] }],
  (x) => [{ instansi: 'X', tahun: 2024, sasaran: [], anggaran: [x] }],
  (x) => [
    {
      instansi: 'X',
      tahun: 2024,
      sasaran: [{ id: 'S', nama: 's', indikator: [{ id: 'I', nama: 'i', target: x }] }],
    },
  ],
  // The printed figures an audit reads: the list, a path, a text.
  (x) => [{ instansi: 'X', tahun: 2024, sasaran: [], tercetak: [x] }],
  (x) => [{ instansi: 'X', tahun: 2024, sasaran: [], tercetak: [{ rujukan: x, teks: '1' }] }],
  (x) => [
    {
      instansi: 'X',
      tahun: 2024,
      sasaran: [{ id: 'S', nama: 's', indikator: [{ id: 'I', nama: 'i', target: 1, realisasi: 2 }] }],
      tercetak: [{ rujukan: 'indikator/I/capaian', teks: x }],
    },
  ],
];

// The reference: one trivial call, best of many. A hostile call may take at most RASIO times longer
// — generous enough for honest linear work on a 10 000-level tree, far below the quadratic blow-ups
// (seconds to minutes) this law exists to catch.
const RASIO = 200_000;
function waktu(f: () => void, ulang: number): number {
  let terbaik = Number.POSITIVE_INFINITY;
  for (let i = 0; i < ulang; i++) {
    const t0 = performance.now();
    f();
    terbaik = Math.min(terbaik, performance.now() - t0);
  }
  return terbaik;
}
const ACUAN = Math.max(
  waktu(() => {
    for (let i = 0; i < 10; i++) sakip.keDecimal('1,5');
  }, 50) / 10,
  0.0005,
);

function panggil(f: Fungsi, argumen: unknown[]): { hasil?: unknown; galat?: unknown } {
  try {
    return { hasil: f(...argumen) };
  } catch (e) {
    return { galat: e };
  }
}

function periksa(nama: string, f: Fungsi, argumen: unknown[], label: string): void {
  const t0 = performance.now();
  const { hasil, galat } = panggil(f, argumen);
  const lama = performance.now() - t0;
  if (galat !== undefined) {
    if (!sakip.isSakipError(galat)) {
      throw new Error(
        `${nama}(${label}) melempar ${String((galat as Error)?.name)}: ${String((galat as Error)?.message).slice(0, 200)}`,
      );
    }
  } else {
    const alias = aliasPreset(hasil);
    if (alias !== undefined) throw new Error(`${nama}(${label}): hasil berbagi objek dengan preset`);
  }
  // Not a wall-clock assert: a ratio to the trivial call measured in this same run.
  expect(lama / ACUAN, `${nama}(${label}) ${lama.toFixed(1)} ms`).toBeLessThan(RASIO);
}

describe('serangan: setiap fungsi publik dengan nilai jahat', () => {
  it('menemukan fungsi publik dan preset', () => {
    expect(fungsi.length).toBeGreaterThan(40);
    expect(PRESET.size).toBeGreaterThan(50);
  });

  it.each(fungsi)('%s', (nama, f) => {
    for (const [jahat, buat] of Object.entries(JAHAT)) {
      BENTUK.forEach((bentuk, i) => {
        periksa(nama, f, bentuk(buat()), `${jahat}, bentuk ${i}`);
      });
    }
  });

  it.each(fungsi)('%s: gabungan acak', (nama, f) => {
    const nilai = fc.oneof(
      // The Proxy stays out of the random pool: fast-check itself inspects generated values.
      fc
        .constantFrom(
          ...Object.entries(JAHAT)
            .filter(([n]) => n !== 'proksi')
            .map(([, buat]) => buat),
        )
        .map((buat) => buat()),
      fc.anything({ maxDepth: 2, withNullPrototype: true, withObjectString: true }),
    );
    fc.assert(
      fc.property(fc.array(nilai, { maxLength: 3 }), (argumen) => {
        periksa(nama, f, argumen, 'acak');
      }),
      { numRuns: 40 },
    );
  });

  afterAll(() => {
    const cair = [...PRESET].filter((x) => !Object.isFrozen(x));
    expect(cair.length, 'preset yang tidak beku').toBe(0);
  });
});

describe('serangan: preset beku sampai dalam', () => {
  it('setiap objek yang dapat dicapai dari konstanta yang diekspor beku, termasuk Decimal', () => {
    for (const x of PRESET) expect(Object.isFrozen(x)).toBe(true);
  });
});
