import { DecimalInti as Decimal } from '../angka/Decimal.js';
import type { Angka } from '../angka/keDecimal.js';
import { bacaObjek } from '../galat/masukan.js';
import { SakipError } from '../galat/SakipError.js';
import { bersih, keDecimalDi } from './inti.js';

/** Options of {@link rataRata}. */
export interface OpsiRataRata {
  /** One weight per value (need not sum to 1); without it every value counts the same. */
  bobot?: readonly Angka[];
}

/** Reads a list of numbers (internal): an array, every value through keDecimal, errors at `nama[i]`. */
export function bacaDaftarAngka(
  x: unknown,
  nama: string,
  kode: 'MASUKAN_TIDAK_VALID' | 'OPSI_TIDAK_VALID' | 'RATA_RATA_BOBOT_TIDAK_VALID',
): Decimal[] {
  if (!Array.isArray(x)) {
    throw new SakipError(kode, `${nama === '' ? 'Nilai' : nama} harus larik (array) angka.`, {
      masukan: x,
      lokasi: nama,
    });
  }
  const hasil = new Array<Decimal>(x.length);
  for (let i = 0; i < x.length; i++) hasil[i] = keDecimalDi(x[i] as Angka, `${nama}[${i}]`);
  return hasil;
}

const BULAT_MAKS = 2 ** 52;
const PER_10_RIBU = new Decimal('1e-4');

/**
 * The exact sum of a list of numbers (jumlah angka; internal): JavaScript numbers with at most 4
 * decimals are added as integers (ten-thousandths) in a double while that is exact — below 2^53 —
 * and moved into a Decimal before it is not; anything else goes through keDecimal (errors at
 * `nama[i]`). The same value as summing the Decimals, at a small part of the cost.
 */
export function jumlahAngka(x: readonly unknown[], nama: string): Decimal {
  let jumlah = new Decimal(0);
  let bulat = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    if (typeof v === 'number') {
      const n = Math.round(v * 1e4);
      // n / 10⁴ === v: v's shortest decimal form has at most 4 decimals (see capaian/inti.ts).
      if (n / 1e4 === v && n < BULAT_MAKS && n > -BULAT_MAKS) {
        bulat += n;
        if (bulat > BULAT_MAKS || bulat < -BULAT_MAKS) {
          jumlah = jumlah.plus(new Decimal(bulat).times(PER_10_RIBU));
          bulat = 0;
        }
        continue;
      }
    }
    jumlah = jumlah.plus(keDecimalDi(v as Angka, `${nama}[${i}]`));
  }
  return bulat === 0 ? jumlah : jumlah.plus(new Decimal(bulat).times(PER_10_RIBU));
}

/**
 * Mean or weighted mean (rata-rata), exact: `Σ nilai / n`, or `Σ bobot·nilai / Σ bobot`. Unrounded:
 * a report's habit of truncating the mean is {@link KebijakanPembulatan} `rataRata`. Any number of
 * values (summed one by one, never spread into a call).
 *
 * @throws {SakipError} `RATA_RATA_KOSONG` for no values; `RATA_RATA_BOBOT_TIDAK_VALID` for a weight
 * list of another length, a negative weight, or weights summing to 0; `MASUKAN_TIDAK_VALID` for a
 * list that is not an array; `OPSI_TIDAK_VALID`; the codes of {@link keDecimal} with `lokasi` `[i]`.
 *
 * @example
 * ```ts
 * import { bulatkan, rataRata } from 'sakip';
 * // LKIP 2024 Dinsos Barito Kuala, Tabel 3.1.1: mean of the truncated capaian
 * rataRata(['134,32', '55,72', '100,06']); //=> '96.7'
 * bulatkan(rataRata(['69,02', '1,31', '71,86']), 2, 'potong'); //=> '47.39'
 * rataRata([80, 90], { bobot: [1, 3] }); //=> '87.5'
 * rataRata(Array.from({ length: 200000 }, (_, i) => i % 2)); //=> '0.5'
 * rataRata([]); //!> RATA_RATA_KOSONG
 * rataRata([1, 2], { bobbot: [1, 1] } as never); //!> OPSI_TIDAK_VALID
 * ```
 */
export function rataRata(nilai: readonly Angka[], opsi?: OpsiRataRata): Decimal {
  const o = bacaObjek(opsi, { nama: 'Opsi rataRata', kunci: ['bobot'] });
  if (!Array.isArray(nilai)) {
    throw new SakipError('MASUKAN_TIDAK_VALID', 'Nilai harus larik (array) angka.', { masukan: nilai });
  }
  if (nilai.length === 0) {
    throw new SakipError('RATA_RATA_KOSONG', 'Rata-rata dari daftar kosong tidak terdefinisi.', {
      masukan: nilai,
    });
  }
  // Without weights: an exact running sum, no Decimal per value where the value is a plain number.
  if (o.bobot === undefined) return bersih(jumlahAngka(nilai, '').div(nilai.length));
  const x = bacaDaftarAngka(nilai, '', 'MASUKAN_TIDAK_VALID');
  const w = bacaDaftarAngka(o.bobot, 'bobot', 'RATA_RATA_BOBOT_TIDAK_VALID');
  if (w.length !== x.length) {
    throw new SakipError(
      'RATA_RATA_BOBOT_TIDAK_VALID',
      `Banyak bobot (${w.length}) harus sama dengan banyak nilai (${x.length}).`,
      { masukan: o.bobot, lokasi: 'bobot' },
    );
  }
  for (let i = 0; i < w.length; i++) {
    if (w[i]!.isNegative()) {
      throw new SakipError('RATA_RATA_BOBOT_TIDAK_VALID', `Bobot ke-${i + 1} negatif.`, {
        masukan: o.bobot,
        lokasi: `bobot[${i}]`,
      });
    }
  }
  return rataRataInti(x, w);
}

/**
 * {@link rataRata} on Decimals (internal core): `x` not empty, `bobot` (if given) as long as `x` and
 * not negative. Weights summing to 0 are `RATA_RATA_BOBOT_TIDAK_VALID`.
 */
export function rataRataInti(x: readonly Decimal[], bobot?: readonly Decimal[]): Decimal {
  if (bobot === undefined) {
    let jumlah = new Decimal(0);
    for (let i = 0; i < x.length; i++) jumlah = jumlah.plus(x[i]!);
    return bersih(jumlah.div(x.length));
  }
  let jumlah = new Decimal(0);
  let jumlahBobot = new Decimal(0);
  for (let i = 0; i < x.length; i++) {
    jumlah = jumlah.plus(x[i]!.times(bobot[i]!));
    jumlahBobot = jumlahBobot.plus(bobot[i]!);
  }
  if (jumlahBobot.isZero()) {
    throw new SakipError(
      'RATA_RATA_BOBOT_TIDAK_VALID',
      'Jumlah bobot 0: rata-rata tertimbang tidak terdefinisi.',
      {
        masukan: bobot.map(String),
      },
    );
  }
  return bersih(jumlah.div(jumlahBobot));
}
