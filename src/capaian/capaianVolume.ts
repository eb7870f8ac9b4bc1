import type { Decimal } from '../angka/Decimal.js';
import type { Angka } from '../angka/keDecimal.js';
import { bacaObjek } from '../galat/masukan.js';
import { kosong } from './capaian.js';
import { capaianAngkaInti, capaianInti, galatCapaian, keDecimalDi } from './inti.js';

/**
 * Achievement as a volume ratio (capaian volume, "capaian output"): realised count / planned count ×
 * 100, exact. Some reports print it for an indicator that is itself a percentage; which pair drives
 * capaian is a declared choice (see the option `pasangan` of {@link hitungIndikator}).
 *
 * @throws {SakipError} `CAPAIAN_TARGET_NOL`, `CAPAIAN_TARGET_NEGATIF`, `MASUKAN_TIDAK_VALID`, and the
 * codes of {@link keDecimal}.
 *
 * @example
 * ```ts
 * import { bulatkan, capaianVolume } from 'sakip';
 * bulatkan(capaianVolume({ target: 2555, realisasi: 2668 }), 2); //=> '104.42'
 * capaianVolume({ target: '2.555', realisasi: 2668 }); //!> ANGKA_AMBIGU
 * capaianVolume({ target: 0, realisasi: 3 }); //!> CAPAIAN_TARGET_NOL
 * capaianVolume({ target: 5, realisasi: 3, satuan: 'KK' } as never); //!> MASUKAN_TIDAK_VALID
 * ```
 */
export function capaianVolume(volume: { target: Angka; realisasi: Angka }): Decimal {
  const v = bacaObjek(volume, {
    nama: 'Masukan capaianVolume',
    kunci: ['target', 'realisasi'],
    kode: 'MASUKAN_TIDAK_VALID',
    bolehKosong: false,
  });
  const { target: t, realisasi: r } = v;
  let hasil =
    typeof t === 'number' && typeof r === 'number' ? capaianAngkaInti(t, r, 'positif', 'selisih') : undefined;
  if (hasil === undefined) {
    if (t === undefined || r === undefined) throw kosong(volume, t === undefined ? 'target' : 'realisasi');
    hasil = capaianInti(
      keDecimalDi(t as Angka, 'target'),
      keDecimalDi(r as Angka, 'realisasi'),
      'positif',
      'selisih',
    );
  }
  if (typeof hasil === 'string') throw galatCapaian(hasil, t, 'target');
  return hasil;
}
