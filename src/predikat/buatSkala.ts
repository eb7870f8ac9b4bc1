import { SakipError } from '../galat/SakipError.js';
import { bandingkanBawah, bawahDari } from './interval.js';
import { periksaSkala, uraiSkala } from './periksaSkala.js';
import type { IntervalSkala, Skala } from './Skala.js';

/**
 * Validates a band table and returns it frozen (buat skala), its intervals ordered from low to high
 * (printed tables usually list the best band first). A table whose intervals do not partition its
 * domain is refused, naming every gap and overlap; {@link periksaSkala} returns the same findings as
 * data.
 *
 * @throws {SakipError} `SKALA_TIDAK_VALID` for a wrong shape; `SKALA_TIDAK_MEMPARTISI` for gaps,
 * overlaps, empty intervals or intervals outside the domain (the message lists each one).
 *
 * @example
 * ```ts
 * import { buatSkala, predikat } from 'sakip';
 * const skala = buatSkala({
 *   nama: 'Skala unit kami',
 *   domain: { bawah: 0 },
 *   interval: [
 *     { bawah: 100, label: 'Tercapai' },
 *     { bawah: 0, atas: 100, label: 'Belum tercapai' },
 *   ],
 *   sumber: 'Keputusan Kepala Dinas (contoh)',
 *   status: 'belum-terverifikasi',
 * });
 * skala.interval.map((i) => i.label); //=> ['Belum tercapai', 'Tercapai']
 * predikat('100,06', skala).label; //=> 'Tercapai'
 * buatSkala({ ...skala, interval: [{ bawah: 0, atas: 90, label: 'Kurang' }, { bawah: 91, label: 'Baik' }] }); //!> SKALA_TIDAK_MEMPARTISI
 * ```
 */
export function buatSkala(definisi: unknown): Readonly<Skala> {
  const temuan = periksaSkala(definisi);
  if (temuan.length > 0) {
    const nama =
      typeof definisi === 'object' && definisi !== null ? String((definisi as { nama?: unknown }).nama) : '';
    throw new SakipError(
      'SKALA_TIDAK_MEMPARTISI',
      `Skala "${nama}" tidak membagi domainnya tepat satu kali (${temuan.length} temuan): ` +
        `${temuan.map((t) => t.pesan).join(' ')}`,
      {
        masukan: definisi,
        lokasi: temuan[0]?.interval[0] === undefined ? 'interval' : `interval[${temuan[0].interval[0]}]`,
      },
    );
  }
  const skala = uraiSkala(definisi);
  const interval = [...skala.interval]
    .sort((a, b) => bandingkanBawah(bawahDari(a), bawahDari(b)))
    .map((i) => Object.freeze(i) as IntervalSkala);
  return Object.freeze({
    ...skala,
    domain: Object.freeze(skala.domain),
    interval: Object.freeze(interval) as IntervalSkala[],
  });
}
