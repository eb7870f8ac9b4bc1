import { buatAturan } from '../aturan/aturan.js';
import { JENIS_SKALA, type Skala, type SkalaMasukan } from './Skala.js';

/**
 * Validates a band table and returns it deeply frozen (buat skala): a rule set of jenis `'skala'`,
 * its intervals ordered from low to high (printed tables usually list the best band first), remembered
 * as valid so that {@link predikat} never checks it again. A table whose intervals do not partition
 * its domain is refused, naming every gap and overlap in `galat.masalah`; {@link periksaSkala} returns
 * the same findings as data. A table already made by `buatSkala` is returned as it is.
 *
 * @throws {SakipError} `ATURAN_TIDAK_VALID` for a wrong shape (every problem with its path, unknown
 * keys named); `SKALA_TIDAK_MEMPARTISI` for gaps, overlaps, empty intervals or intervals outside the
 * domain (each one in `masalah`).
 *
 * @example
 * ```ts
 * import { buatSkala, predikat } from 'sakip';
 * const skala = buatSkala({
 *   id: 'SKALA_UNIT_KAMI',
 *   nama: 'Skala unit kami',
 *   sumber: 'Keputusan Kepala Dinas (contoh)',
 *   status: 'belum-terverifikasi',
 *   domain: { bawah: 0 },
 *   interval: [
 *     { bawah: 100, label: 'Tercapai' },
 *     { bawah: 0, atas: 100, label: 'Belum tercapai' },
 *   ],
 * });
 * skala.jenis; //=> 'skala'
 * skala.interval.map((i) => i.label); //=> ['Belum tercapai', 'Tercapai']
 * predikat('100,06', skala).label; //=> 'Tercapai'
 * Object.isFrozen(skala.interval[0]); //=> true
 * buatSkala({ ...skala, interval: [{ bawah: 0, atas: 90, label: 'Kurang' }, { bawah: 91, label: 'Baik' }] }); //!> SKALA_TIDAK_MEMPARTISI
 * buatSkala({ ...skala, intervall: [] } as never); //!> ATURAN_TIDAK_VALID
 * ```
 */
export function buatSkala(definisi: SkalaMasukan | Skala): Skala {
  return buatAturan(JENIS_SKALA, definisi);
}
