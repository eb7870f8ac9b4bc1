import { aturanSah } from '../aturan/aturan.js';
import { bacaSkema } from '../galat/bacaSkema.js';
import { type TemuanSkala, temuanSkala } from './inti.js';
import { SKEMA_SKALA, type Skala, type SkalaMasukan } from './Skala.js';

export type { TemuanSkala } from './inti.js';

/**
 * Checks that the intervals of a band table partition its domain (periksa skala): every number of the
 * domain in exactly one interval. Returns every defect — each gap, each overlapping pair, each empty
 * interval and each part outside the domain — by its interval (positions in the order given); an empty
 * list means the table is sound. {@link buatSkala} refuses a table with findings
 * (`SKALA_TIDAK_MEMPARTISI`, the same findings in `galat.masalah`).
 *
 * @throws {SakipError} `ATURAN_TIDAK_VALID` if the definition does not have the shape of a band table.
 *
 * @example
 * ```ts
 * import { periksaSkala, SKALA } from 'sakip';
 * // Tabel 3.2 of the LKIP 2024 Dinsos Barito Kuala, read literally:
 * const temuan = periksaSkala({
 *   id: 'TABEL_3_2_TERCETAK',
 *   nama: 'Permendagri 54/2010 seperti tercetak',
 *   sumber: 'LKIP 2024 Dinsos Barito Kuala, Tabel 3.2',
 *   status: 'terverifikasi',
 *   domain: { bawah: 0 },
 *   interval: [
 *     { bawah: 90, bawahInklusif: false, label: 'Sangat baik' },
 *     { bawah: 75, atas: '89,99', atasInklusif: true, label: 'Baik' },
 *     { bawah: 65, atas: '74,99', atasInklusif: true, label: 'Cukup' },
 *     { bawah: 50, atas: '64,99', atasInklusif: true, label: 'Kurang' },
 *     { bawah: 0, atas: '49,99', atasInklusif: true, label: 'Sangat kurang' },
 *   ],
 * });
 * temuan.map((t) => `${t.jenis} ${t.rentang}`); //=> ['celah (49,99; 50)', 'celah (64,99; 65)', 'celah (74,99; 75)', 'celah (89,99; 90]']
 * periksaSkala(SKALA.PERMENDAGRI_54_2010); //=> []
 * ```
 */
export function periksaSkala(definisi: SkalaMasukan | Skala): TemuanSkala[] {
  if (aturanSah(definisi, 'skala')) return [];
  const skala = bacaSkema(SKEMA_SKALA, definisi, { kode: 'ATURAN_TIDAK_VALID', nama: 'Skala predikat' });
  return temuanSkala(skala);
}
