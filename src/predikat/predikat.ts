import { bulatkan, type ModePembulatan } from '../angka/bulatkan.js';
import type { Decimal } from '../angka/Decimal.js';
import { type Angka, keDecimal } from '../angka/keDecimal.js';
import { bacaOpsi } from '../galat/masukan.js';
import { SakipError } from '../galat/SakipError.js';
import { buatSkala } from './buatSkala.js';
import { memuat, tulisRentang } from './interval.js';
import type { IntervalSkala, Skala } from './Skala.js';

/** Options of {@link predikat}. */
export interface OpsiPredikat {
  /**
   * Compare the value as printed: rounded to `desimal` with `mode` first (reports band the printed
   * figure — 99,996 printed as 100,00 is "Tercapai"). Without it the exact value is compared.
   */
  bulatkanDulu?: { desimal: number; mode?: ModePembulatan };
}

/** The band a value falls in (hasil predikat). */
export interface HasilPredikat {
  /** The predikat, as the table prints it. */
  label: string;
  /** Its code, if the table has one. */
  kode: string | undefined;
  /** The band's interval, as in the table. */
  interval: IntervalSkala;
  /** The interval written out, e.g. `(90; ∞)`. */
  rentang: string;
  /** Position of the band from the lowest (0) up: a higher value never gets a lower `peringkat`. */
  peringkat: number;
  /** The value compared: the exact value, or the rounded one under `bulatkanDulu`. */
  nilai: Decimal;
}

/**
 * The band of a band table a value falls in (predikat). Use a preset from {@link SKALA} or a table
 * from {@link buatSkala}; with `bulatkanDulu` the value is rounded as the report prints it before it
 * is compared.
 *
 * A table not made by {@link buatSkala} is checked (and ordered) on every call: make it once with
 * `buatSkala` when banding many values.
 *
 * @throws {SakipError} `PREDIKAT_DI_LUAR_DOMAIN` for a value outside the table's domain;
 * `SKALA_TIDAK_VALID` / `SKALA_TIDAK_MEMPARTISI` for a table that is not sound; the codes of
 * {@link keDecimal} and {@link bulatkan}.
 *
 * @example
 * ```ts
 * import { predikat, SKALA } from 'sakip';
 * predikat('134,32', SKALA.PERMENDAGRI_54_2010).label; //=> 'Sangat baik'
 * predikat('55,72', SKALA.PERMENDAGRI_54_2010).label; //=> 'Kurang'
 * predikat('71,91', SKALA.PERMENPANRB_88_2021).kode; //=> 'BB'
 * predikat('99,996', SKALA.TINGKAT_CAPAIAN).label; //=> 'Tidak tercapai'
 * predikat('99,996', SKALA.TINGKAT_CAPAIAN, { bulatkanDulu: { desimal: 2 } }).label; //=> 'Tercapai/Sesuai target'
 * predikat(-5, SKALA.PERMENDAGRI_54_2010); //!> PREDIKAT_DI_LUAR_DOMAIN
 * ```
 */
export function predikat(nilai: Angka, skalaMasukan: Skala, opsiMasukan?: OpsiPredikat): HasilPredikat {
  const opsi = bacaOpsi(opsiMasukan, 'predikat', 'OPSI_TIDAK_VALID');
  periksaBentuk(skalaMasukan);
  // A table not made by buatSkala (not frozen) is validated and ordered first, on every call.
  const skala = Object.isFrozen(skalaMasukan) ? skalaMasukan : buatSkala(skalaMasukan);
  const tepat = keDecimal(nilai);
  const x = opsi.bulatkanDulu ? bulatkan(tepat, opsi.bulatkanDulu.desimal, opsi.bulatkanDulu.mode) : tepat;
  if (!memuat(skala.domain, x)) {
    throw new SakipError(
      'PREDIKAT_DI_LUAR_DOMAIN',
      `Nilai ${x.toString()} di luar domain skala "${skala.nama}" ${tulisRentang(skala.domain)}.`,
      { masukan: nilai },
    );
  }
  const peringkat = skala.interval.findIndex((iv) => memuat(iv, x));
  const interval = skala.interval[peringkat];
  if (!interval) {
    // Only a table not made by buatSkala can get here.
    throw new SakipError(
      'SKALA_TIDAK_MEMPARTISI',
      `Tidak ada interval skala "${skala.nama}" yang memuat ${x.toString()}; buat skala dengan buatSkala.`,
      { masukan: skala },
    );
  }
  return {
    label: interval.label,
    kode: interval.kode,
    interval,
    rentang: tulisRentang(interval),
    peringkat,
    nilai: x,
  };
}

function periksaBentuk(skala: Skala): void {
  if (
    typeof skala !== 'object' ||
    skala === null ||
    !Array.isArray(skala.interval) ||
    typeof skala.domain !== 'object' ||
    skala.domain === null
  ) {
    throw new SakipError(
      'SKALA_TIDAK_VALID',
      'Skala tidak valid: buat skala dengan buatSkala atau pakai SKALA.',
      {
        masukan: skala,
      },
    );
  }
}
