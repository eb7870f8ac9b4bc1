import type { Decimal } from '../angka/Decimal.js';
import type { Angka } from '../angka/keDecimal.js';
import { bacaObjek } from '../galat/masukan.js';
import { type Hasil, langkah } from '../hasil/hasil.js';
import { kosong } from './capaian.js';
import { bersih, keDecimalDi } from './inti.js';

/** Result of {@link perubahanTahunan}. */
export interface HasilPerubahanTahunan {
  /** Change in points (percentage points for a percentage): `tahunIni − tahunLalu`. */
  poin: Decimal;
  /**
   * Relative change in percent, `(tahunIni − tahunLalu) / tahunLalu × 100` — not computable
   * (`alasan: 'tahun-lalu-nol'`) when last year is 0.
   */
  relatif: Hasil<Decimal, 'tahun-lalu-nol'>;
}

const RUMUS_RELATIF = 'relatif = (tahun ini − tahun lalu) / tahun lalu × 100';

/**
 * Year-on-year change (perubahan tahunan), both ways reports print it, named: in points
 * (`92,71 − 66,97 = 25,74`) and relative (`1.383 / 17.073 = 8,10%`). Exact, unrounded. The relative
 * change is a {@link Hasil}: not computable when last year's value is 0.
 *
 * @throws {SakipError} `MASUKAN_TIDAK_VALID` and the codes of {@link keDecimal}.
 *
 * @example
 * ```ts
 * import { bulatkan, perubahanTahunan } from 'sakip';
 * // LKIP 2024 Dinsos Barito Kuala, Tabel 3.2.4: 66,97 (2023) → 92,71 (2024)
 * perubahanTahunan({ tahunLalu: '66,97', tahunIni: '92,71' }).poin; //=> '25.74'
 * const r = perubahanTahunan({ tahunLalu: 17073, tahunIni: 18456 }).relatif;
 * r.status === 'dihitung' && bulatkan(r.nilai, 2); //=> '8.1'
 * const nol = perubahanTahunan({ tahunLalu: 0, tahunIni: 5 }).relatif;
 * nol.status === 'tidak-dapat-dihitung' && nol.alasan; //=> 'tahun-lalu-nol'
 * ```
 */
export function perubahanTahunan(nilai: { tahunLalu: Angka; tahunIni: Angka }): HasilPerubahanTahunan {
  const m = bacaObjek(nilai, {
    nama: 'Masukan perubahanTahunan',
    kunci: ['tahunLalu', 'tahunIni'],
    kode: 'MASUKAN_TIDAK_VALID',
    bolehKosong: false,
  });
  if (m.tahunLalu === undefined || m.tahunIni === undefined) {
    throw kosong(nilai, m.tahunLalu === undefined ? 'tahunLalu' : 'tahunIni');
  }
  return perubahanTahunanInti(
    keDecimalDi(m.tahunLalu as Angka, 'tahunLalu'),
    keDecimalDi(m.tahunIni as Angka, 'tahunIni'),
  );
}

/** {@link perubahanTahunan} on Decimals (internal core). */
export function perubahanTahunanInti(lalu: Decimal, ini: Decimal): HasilPerubahanTahunan {
  const poin = bersih(ini.minus(lalu));
  if (lalu.isZero()) {
    const pesan = 'nilai tahun lalu 0: perubahan relatif tidak terdefinisi.';
    return {
      poin,
      relatif: {
        status: 'tidak-dapat-dihitung',
        alasan: 'tahun-lalu-nol',
        pesan,
        langkah: [
          langkah(RUMUS_RELATIF, { 'tahun ini': ini, 'tahun lalu': lalu }, 'tidak dapat dihitung', pesan),
        ],
      },
    };
  }
  const relatif = bersih(poin.times(100).div(lalu));
  return {
    poin,
    relatif: {
      status: 'dihitung',
      nilai: relatif,
      langkah: [langkah(RUMUS_RELATIF, { 'tahun ini': ini, 'tahun lalu': lalu }, relatif)],
    },
  };
}
