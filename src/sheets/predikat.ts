import { bulatkanInti } from '../angka/bulatkan.js';
import { predikatInti } from '../predikat/inti.js';
import { pilihSkala } from '../predikat/presetSkala.js';
import { angkaSel, pembulatanSel, pilihanSel, type SelAtauRentang, teksSel } from './sel.js';

/** The band table of `SAKIP_PREDIKAT` when the cell `skala` is blank: the one of the sample report. */
const SKALA_BAWAAN = 'PERMENDAGRI_54_2010';

/**
 * The predikat of a value, for a spreadsheet cell (SAKIP_PREDIKAT): the label of the band of a band
 * table (`skala`: an id of `SKALA`, default `"PERMENDAGRI_54_2010"` — Sangat baik > 90, Baik,
 * Cukup, Kurang, Sangat kurang). With `desimal` (and `mode`) the value is first rounded as the report
 * prints it, so 99,996 printed as 100,00 is banded as 100. `keluaran` `"kode"` gives the band's code
 * instead of its label (`"BB"` for evaluasi SAKIP; a band without a code gives its label). A blank
 * value gives a blank result.
 *
 * @throws {SakipError} `PREDIKAT_DI_LUAR_DOMAIN`, `ATURAN_TIDAK_DIKENAL` (an unknown skala id),
 * `DESIMAL_TIDAK_VALID`, `MODE_PEMBULATAN_TIDAK_DIKENAL`, the codes of `keDecimal`.
 *
 * @example
 * ```ts
 * import { SAKIP_PREDIKAT } from 'sakip/sheets';
 * SAKIP_PREDIKAT(134.32); //=> 'Sangat baik'
 * SAKIP_PREDIKAT('55,72'); //=> 'Kurang'
 * SAKIP_PREDIKAT(71.91, 'PERMENPANRB_88_2021'); //=> 'Sangat Baik'
 * SAKIP_PREDIKAT(71.91, 'PERMENPANRB_88_2021', '', '', 'kode'); //=> 'BB'
 * SAKIP_PREDIKAT(99.996, 'TINGKAT_CAPAIAN'); //=> 'Tidak tercapai'
 * SAKIP_PREDIKAT(99.996, 'TINGKAT_CAPAIAN', 2); //=> 'Tercapai/Sesuai target'
 * SAKIP_PREDIKAT(''); //=> ''
 * SAKIP_PREDIKAT(-5); //!> PREDIKAT_DI_LUAR_DOMAIN
 * SAKIP_PREDIKAT(90, 'PERMENDAGRI_54'); //!> ATURAN_TIDAK_DIKENAL
 * ```
 */
export function SAKIP_PREDIKAT(
  nilai: SelAtauRentang,
  skala?: SelAtauRentang,
  desimal?: SelAtauRentang,
  mode?: SelAtauRentang,
  keluaran?: SelAtauRentang,
): string {
  const cetak = pilihanSel(keluaran, 'keluaran', ['label', 'kode'], 'label');
  const s = pilihSkala(teksSel(skala, 'skala') ?? SKALA_BAWAAN);
  const bulat = pembulatanSel(desimal, mode);
  const x = angkaSel(nilai, 'nilai');
  if (x === null) return '';
  const h = predikatInti(bulat === undefined ? x : bulatkanInti(x, bulat.desimal, bulat.mode), s);
  return cetak === 'kode' ? (h.kode ?? h.label) : h.label;
}
