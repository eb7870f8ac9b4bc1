import { Decimal } from '../angka/Decimal.js';
import { type Angka, keDecimal } from '../angka/keDecimal.js';
import { bacaOpsi } from '../galat/masukan.js';
import { SakipError } from '../galat/SakipError.js';

/** Options of {@link rataRata}. */
export interface OpsiRataRata {
  /** One weight per value (need not sum to 1); without it every value counts the same. */
  bobot?: readonly Angka[];
}

/**
 * Mean or weighted mean (rata-rata), exact: `Σ nilai / n`, or `Σ bobot·nilai / Σ bobot`. Unrounded:
 * a report's habit of truncating the mean is {@link KebijakanPembulatan} `rataRata`.
 *
 * @throws {SakipError} `RATA_RATA_KOSONG` for no values; `RATA_RATA_BOBOT_TIDAK_VALID` for a weight
 * list of another length, a negative weight, or weights summing to 0.
 *
 * @example
 * ```ts
 * import { bulatkan, rataRata } from 'sakip';
 * // LKIP 2024 Dinsos Barito Kuala, Tabel 3.1.1: mean of the truncated capaian
 * rataRata(['134,32', '55,72', '100,06']); //=> '96.7'
 * bulatkan(rataRata(['69,02', '1,31', '71,86']), 2, 'potong'); //=> '47.39'
 * rataRata([80, 90], { bobot: [1, 3] }); //=> '87.5'
 * rataRata([]); //!> RATA_RATA_KOSONG
 * ```
 */
export function rataRata(nilai: readonly Angka[], opsiMasukan?: OpsiRataRata): Decimal {
  const opsi = bacaOpsi(opsiMasukan, 'rataRata', 'CAPAIAN_OPSI_TIDAK_VALID');
  if (!Array.isArray(nilai) || nilai.length === 0) {
    throw new SakipError('RATA_RATA_KOSONG', 'Rata-rata dari daftar kosong tidak terdefinisi.', {
      masukan: nilai,
    });
  }
  const x = nilai.map((n, i) => keDecimalDi(n, `[${i}]`));
  if (opsi.bobot === undefined) return bersih(Decimal.sum(...x).div(x.length));
  const bobot = opsi.bobot;
  if (!Array.isArray(bobot) || bobot.length !== x.length) {
    throw new SakipError(
      'RATA_RATA_BOBOT_TIDAK_VALID',
      `Banyak bobot (${Array.isArray(bobot) ? bobot.length : 'bukan daftar'}) harus sama dengan banyak nilai (${x.length}).`,
      { masukan: bobot },
    );
  }
  const w = bobot.map((b, i) => keDecimalDi(b, `bobot[${i}]`));
  const negatif = w.findIndex((b) => b.isNegative());
  if (negatif >= 0) {
    throw new SakipError('RATA_RATA_BOBOT_TIDAK_VALID', `Bobot ke-${negatif + 1} negatif.`, {
      masukan: bobot,
      lokasi: `bobot[${negatif}]`,
    });
  }
  const jumlahBobot = Decimal.sum(...w);
  if (jumlahBobot.isZero()) {
    throw new SakipError(
      'RATA_RATA_BOBOT_TIDAK_VALID',
      'Jumlah bobot 0: rata-rata tertimbang tidak terdefinisi.',
      {
        masukan: bobot,
      },
    );
  }
  return bersih(Decimal.sum(...x.map((xi, i) => xi.times(w[i]!))).div(jumlahBobot));
}

function keDecimalDi(n: Angka, lokasi: string): Decimal {
  try {
    return keDecimal(n);
  } catch (e) {
    if (e instanceof SakipError)
      throw new SakipError(e.kode, `${lokasi}: ${e.message}`, { masukan: n, lokasi, cause: e });
    throw e;
  }
}

const bersih = (d: Decimal): Decimal => (d.isZero() ? new Decimal(0) : d);

export { keDecimalDi };
