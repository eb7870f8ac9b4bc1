import { bacaPolaritas, bacaRumusNegatif } from '../capaian/capaian.js';
import { capaianInti, galatCapaian } from '../capaian/inti.js';
import { angkaSel, keSel, pembulatanSel, pilihanSel, type SelAtauRentang, teksSel } from './sel.js';

/**
 * Capaian of one indicator in percent, for a spreadsheet cell (SAKIP_CAPAIAN): positive
 * `realisasi / target × 100`; with `polaritas` `"negatif"` the formula `rumusNegatif` (`"selisih"`,
 * the default, or `"kebalikan"`) — the same cores as `capaian` of sakip. Exact; rounded only when
 * `desimal` is given (`mode`: `"setengah-atas"` default, `"potong"`, `"setengah-genap"`).
 *
 * Cells are read as the sheet shows them: a number at 15 significant digits (`=0,57*100` is 57, not
 * 56,99999999999999), a text in a report's format (`"69,02"`). A blank target or realisasi gives a
 * blank result (`''`): a row not filled in yet is not an error.
 *
 * @throws {SakipError} (the cell shows `#ERROR!` with its message) `CAPAIAN_TARGET_NOL`,
 * `CAPAIAN_TARGET_NEGATIF`, `CAPAIAN_REALISASI_NOL`, `CAPAIAN_REALISASI_NEGATIF`,
 * `MASUKAN_TIDAK_VALID` (an unknown polaritas, a range where one cell is expected),
 * `DESIMAL_TIDAK_VALID`, `MODE_PEMBULATAN_TIDAK_DIKENAL`, and the codes of `keDecimal`.
 *
 * @example
 * ```ts
 * import { SAKIP_CAPAIAN } from 'sakip/sheets';
 * // LKIP 2024 Dinsos Barito Kuala, IKU 1 and IKU 2:
 * SAKIP_CAPAIAN(69.02, 92.71, '', 2); //=> 134.32
 * SAKIP_CAPAIAN('1,31', '0,73', '', 2); //=> 55.73
 * SAKIP_CAPAIAN('1,31', '0,73', '', 2, 'potong'); //=> 55.72
 * SAKIP_CAPAIAN(0.3, 0.1 + 0.2); //=> 100
 * SAKIP_CAPAIAN(7, 6.5, 'negatif', 2); //=> 107.14
 * SAKIP_CAPAIAN(8, 10, 'negatif', '', '', 'kebalikan'); //=> 80
 * SAKIP_CAPAIAN(69.02, ''); //=> ''
 * SAKIP_CAPAIAN(0, 5); //!> CAPAIAN_TARGET_NOL
 * SAKIP_CAPAIAN('92.711', 1); //!> ANGKA_AMBIGU
 * ```
 */
export function SAKIP_CAPAIAN(
  target: SelAtauRentang,
  realisasi: SelAtauRentang,
  polaritas?: SelAtauRentang,
  desimal?: SelAtauRentang,
  mode?: SelAtauRentang,
  rumusNegatif?: SelAtauRentang,
): number | '' {
  const p = bacaPolaritas(
    pilihanSel(polaritas, 'polaritas', ['positif', 'negatif'], 'positif', 'MASUKAN_TIDAK_VALID'),
    'MASUKAN_TIDAK_VALID',
  );
  const r = bacaRumusNegatif(teksSel(rumusNegatif, 'rumusNegatif')?.toLowerCase(), 'MASUKAN_TIDAK_VALID');
  const bulat = pembulatanSel(desimal, mode);
  const t = angkaSel(target, 'target');
  const x = angkaSel(realisasi, 'realisasi');
  if (t === null || x === null) return '';
  const hasil = capaianInti(t, x, p, r);
  if (typeof hasil === 'string') {
    const diTarget = hasil.startsWith('target');
    throw galatCapaian(hasil, diTarget ? target : realisasi, diTarget ? 'target' : 'realisasi');
  }
  return keSel(hasil, bulat);
}
