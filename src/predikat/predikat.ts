import { bulatkanInti } from '../angka/bulatkan.js';
import { AturanPembulatan } from '../angka/kebijakanPembulatan.js';
import { type Angka, keDecimal } from '../angka/keDecimal.js';
import { bacaSkema } from '../galat/bacaSkema.js';
import { bacaObjek } from '../galat/masukan.js';
import { type HasilPredikat, predikatInti } from './inti.js';
import { pilihSkala } from './presetSkala.js';
import type { Skala, SkalaMasukan } from './Skala.js';

export type { HasilPredikat } from './inti.js';

/** Options of {@link predikat}. */
export interface OpsiPredikat {
  /**
   * Compare the value as printed: rounded with this rule first (`{ desimal, mode? }`, mode default
   * half-up — see {@link AturanPembulatan}); reports band the printed figure: 99,996 printed as 100,00
   * is "Tercapai". Without it the exact value is compared.
   */
  pembulatan?: { desimal: number; mode?: AturanPembulatan['mode']; dipakaiLanjut?: boolean };
}

const KUNCI_OPSI = ['pembulatan'] as const;

/**
 * The band of a band table a value falls in (predikat). `skala` is the id of a preset of
 * {@link SKALA} (`'PERMENDAGRI_54_2010'`), a table made by {@link buatSkala}, or a definition — checked
 * and ordered on every call (make it once with `buatSkala` when banding many values). With the option
 * `pembulatan` the value is rounded as the report prints it before it is compared. The result is a
 * fresh object: changing it never changes the table.
 *
 * @throws {SakipError} `PREDIKAT_DI_LUAR_DOMAIN` for a value outside the table's domain;
 * `ATURAN_TIDAK_DIKENAL` for an unknown id; `ATURAN_TIDAK_VALID` / `SKALA_TIDAK_MEMPARTISI` for a
 * table that is not sound; `OPSI_TIDAK_VALID`; the codes of {@link keDecimal}.
 *
 * @example
 * ```ts
 * import { predikat, SKALA } from 'sakip';
 * predikat('134,32', SKALA.PERMENDAGRI_54_2010).label; //=> 'Sangat baik'
 * predikat('55,72', 'PERMENDAGRI_54_2010').label; //=> 'Kurang'
 * predikat('71,91', SKALA.PERMENPANRB_88_2021).kode; //=> 'BB'
 * predikat(99.996, SKALA.TINGKAT_CAPAIAN).label; //=> 'Tidak tercapai'
 * predikat(99.996, SKALA.TINGKAT_CAPAIAN, { pembulatan: { desimal: 2 } }).label; //=> 'Tercapai/Sesuai target'
 * predikat(-5, SKALA.PERMENDAGRI_54_2010); //!> PREDIKAT_DI_LUAR_DOMAIN
 * predikat(5, SKALA.IKPA, { bulatkanDulu: { desimal: 2 } } as never); //!> OPSI_TIDAK_VALID
 * ```
 */
export function predikat(
  nilai: Angka,
  skala: string | Skala | SkalaMasukan,
  opsi?: OpsiPredikat,
): HasilPredikat {
  const o = bacaObjek(opsi, { nama: 'Opsi predikat', kunci: KUNCI_OPSI });
  const aturan =
    o.pembulatan === undefined
      ? undefined
      : bacaSkema(AturanPembulatan, o.pembulatan, {
          kode: 'OPSI_TIDAK_VALID',
          nama: 'Opsi pembulatan',
          lokasi: 'pembulatan',
        });
  const s = pilihSkala(skala);
  const tepat = keDecimal(nilai);
  return predikatInti(aturan ? bulatkanInti(tepat, aturan.desimal, aturan.mode) : tepat, s);
}
