// Product rule 4 as a law: whatever a caller passes to a public function — wrong types, missing
// fields, NaN, nested junk — the only error that may come out is a SakipError with a known code.
// Never a TypeError from deep inside, never NaN in a result, and inputs are never mutated (they are
// frozen here, so a write would throw a TypeError in these strict-mode modules).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as sakip from '../../src/index.js';

const fungsi = Object.entries(sakip).filter(
  ([nama, f]) => typeof f === 'function' && /^[a-z]/.test(nama) && !['isSakipError'].includes(nama),
) as [string, (...a: unknown[]) => unknown][];

/** Inputs a confused caller might send: JSON-ish junk, numbers of every kind, report-like strings. */
const masukan = fc.oneof(
  fc.anything({ maxDepth: 2 }),
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    -0,
    1e308,
    '',
    '-',
    '#VALUE!',
    '6.811',
    null,
    undefined,
  ),
  fc.array(fc.oneof(fc.integer({ min: -5, max: 10 }), fc.constant(null)), { maxLength: 12 }),
  fc.record({ target: fc.anything({ maxDepth: 0 }), realisasi: fc.anything({ maxDepth: 0 }) }),
  fc.record({
    pagu: fc.anything({ maxDepth: 0 }),
    realisasi: fc.anything({ maxDepth: 0 }),
    capaian: fc.anything({ maxDepth: 0 }),
  }),
);

function bekukan<T>(x: T): T {
  if (typeof x === 'object' && x !== null && !Object.isFrozen(x)) {
    for (const v of Object.values(x)) bekukan(v);
    Object.freeze(x);
  }
  return x;
}

function tidakAdaNaN(x: unknown, kedalaman = 0): boolean {
  if (kedalaman > 6 || x === null || x === undefined) return true;
  if (typeof x === 'number') return !Number.isNaN(x);
  if (typeof x === 'object' && (x as { toStringTag?: unknown }).toStringTag === '[object Decimal]') {
    return (x as { isFinite(): boolean }).isFinite();
  }
  if (Array.isArray(x)) return x.slice(0, 50).every((v) => tidakAdaNaN(v, kedalaman + 1));
  if (typeof x === 'object')
    return Object.values(x)
      .slice(0, 50)
      .every((v) => tidakAdaNaN(v, kedalaman + 1));
  return true;
}

describe('setiap fungsi publik: hanya SakipError, tidak pernah NaN', () => {
  it('menemukan fungsi publik', () => expect(fungsi.length).toBeGreaterThan(40));

  it.each(fungsi)('%s', (_nama, f) => {
    fc.assert(
      fc.property(fc.array(masukan, { maxLength: 3 }), (argumen) => {
        let hasil: unknown;
        try {
          hasil = f(...bekukan(argumen));
        } catch (e) {
          if (!sakip.isSakipError(e)) throw e;
          expect(e.kode in sakip.KODE_GALAT).toBe(true);
          return;
        }
        expect(tidakAdaNaN(hasil)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('AkumulatorSkm: hanya SakipError untuk masukan apa pun', () => {
  it('konstruktor, tambah, gabung', () => {
    fc.assert(
      fc.property(fc.array(masukan, { maxLength: 2 }), masukan, masukan, (argumen, baris, lain) => {
        for (const langkah of [
          () => new sakip.AkumulatorSkm(...(argumen as [])),
          () => new sakip.AkumulatorSkm().tambah(baris as never),
          () => new sakip.AkumulatorSkm().gabung(lain as never),
          () => sakip.AkumulatorSkm.dariKeadaan(lain as never),
        ]) {
          try {
            langkah();
          } catch (e) {
            if (!sakip.isSakipError(e)) throw e;
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});
