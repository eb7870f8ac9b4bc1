import { pilihAturanSkm } from '../skm/aturanSkm.js';
import { bufferBaris, type JawabanSkm, tambahSemuaBaris, totalKosong } from '../skm/baris.js';
import { mutuSkmInti } from '../skm/inti/mutu.js';
import { skmInti } from '../skm/inti/skm.js';
import { bacaOpsiSkm } from '../skm/opsi.js';
import {
  angkaSel,
  angkaTampil,
  barisRentang,
  keSel,
  kosong,
  pembulatanSel,
  pilihanSel,
  type SelAtauRentang,
  teksSel,
  tunggal,
} from './sel.js';

/** One answer cell as the survey reads it: blank → null; a number or numeric text → that number. */
function jawabanSel(x: unknown): unknown {
  if (kosong(x)) return null;
  if (typeof x === 'number') return angkaTampil(x);
  if (typeof x === 'string') {
    try {
      return angkaSel(x, 'jawaban')?.toNumber() ?? null;
    } catch {
      // Not a number: the survey refuses it with the respondent and the unsur named.
      return x;
    }
  }
  return x;
}

/** The weight cell: blank → the rule's exact weights; `"tepat"`, `"tercetak"`, or a number (0,111). */
function bobotSel(x: unknown): string | number | undefined {
  const sel = tunggal(x, 'bobot');
  if (typeof sel === 'number') return angkaTampil(sel);
  const t = teksSel(sel, 'bobot');
  const kata = t?.toLowerCase();
  // Any other text goes to the survey's own reading of `bobot` (a number text, or its error).
  return kata === 'tepat' || kata === 'tercetak' ? kata : t;
}

/**
 * The survey score (IKM) of a range of answers, for a spreadsheet cell (SAKIP_IKM), PermenPAN-RB
 * 14/2017 by default: rows are respondents, columns the unsur in the rule's order (9 columns), each
 * answer 1–4; a blank cell is a blank answer (per-unsur mean), a row with no answer at all is skipped
 * (the empty rows at the bottom of a range; a range with no answer gives a blank result). The core of `skm`. `satuan` `"nilai"` (default) gives the
 * value on 25–100 (IKM unit pelayanan = IKM × 25), `"indeks"` the index on 1–4. `bobot`: `"tepat"`
 * (1/9, default), `"tercetak"` (0,111) or a number (0,111 / 0,11 as legacy tools). `aturan`: an id of
 * `ATURAN_SKM`. Rounded only when `desimal` is given.
 *
 * @throws {SakipError} `SKM_JAWABAN_DI_LUAR_SKALA`, `SKM_JAWABAN_BUKAN_BULAT`, `SKM_JAWABAN_TIDAK_VALID`,
 * `SKM_BARIS_TIDAK_SERAGAM` (a row with another number of columns), `SKM_UNSUR_TANPA_JAWABAN`,
 * `SKM_TANPA_RESPONDEN`, `OPSI_TIDAK_VALID`, `ATURAN_TIDAK_DIKENAL`, `DESIMAL_TIDAK_VALID`.
 *
 * @example
 * ```ts
 * import { SAKIP_IKM } from 'sakip/sheets';
 * const jawaban = [
 *   [4, 4, 3, 4, 3, 4, 4, 3, 4],
 *   [3, 3, 3, 4, 3, 3, 4, 3, 3],
 *   [4, 4, 4, 4, 4, 4, 4, '', 4],
 *   ['', '', '', '', '', '', '', '', ''],
 * ];
 * SAKIP_IKM(jawaban, '', '', 2); //=> 89.81
 * SAKIP_IKM(jawaban, '', 'indeks', 2); //=> 3.59
 * SAKIP_IKM([[4, 4, 4, 4, 4, 4, 4, 4, 4]], '0,111'); //=> 99.9
 * SAKIP_IKM([[4, 4, 4, 4, 4, 4, 4, 4]]); //!> SKM_BARIS_TIDAK_SERAGAM
 * SAKIP_IKM([[4, 4, 4, 4, 4, 4, 4, 4, 5]]); //!> SKM_JAWABAN_DI_LUAR_SKALA
 * ```
 */
export function SAKIP_IKM(
  rentangJawaban: SelAtauRentang,
  bobot?: SelAtauRentang,
  satuan?: SelAtauRentang,
  desimal?: SelAtauRentang,
  mode?: SelAtauRentang,
  aturan?: SelAtauRentang,
): number | '' {
  const o = bacaOpsiSkm({ aturan: teksSel(aturan, 'aturan'), bobot: bobotSel(bobot) }, 'SAKIP_IKM');
  const unit = pilihanSel(satuan, 'satuan', ['nilai', 'indeks'], 'nilai');
  const bulat = pembulatanSel(desimal, mode);
  const baris: JawabanSkm[][] = [];
  for (const b of barisRentang(rentangJawaban)) {
    if (b.every(kosong)) continue;
    baris.push(b.map(jawabanSel) as JawabanSkm[]);
  }
  if (baris.length === 0) return '';
  const total = totalKosong(o.aturan);
  tambahSemuaBaris(total, baris, o.aturan, bufferBaris(o.aturan));
  const h = skmInti(total, o);
  return keSel(unit === 'indeks' ? h.ikm : h.nilai, bulat);
}

/**
 * The mutu of an SKM figure, for a spreadsheet cell (SAKIP_MUTU): `"A"`, `"B"`, `"C"` or `"D"` under
 * PermenPAN-RB 14/2017 (A ≥ 88,31; B ≥ 76,61; C ≥ 65,00) or another rule (`aturan`, an id of
 * `ATURAN_SKM`). `satuan` `"nilai"` (default: 25–100) or `"indeks"` (1–4). `keluaran` `"kinerja"`
 * gives the kinerja label instead (`"Sangat Baik"` …). A blank value gives a blank result. The core of
 * `mutuSkm`.
 *
 * @throws {SakipError} `SKM_NILAI_DI_LUAR_RENTANG`, `ATURAN_TIDAK_DIKENAL`, `OPSI_TIDAK_VALID`, the
 * codes of `keDecimal`.
 *
 * @example
 * ```ts
 * import { SAKIP_MUTU } from 'sakip/sheets';
 * SAKIP_MUTU('88,31'); //=> 'A'
 * SAKIP_MUTU(88.3, '', '', 'kinerja'); //=> 'Baik'
 * SAKIP_MUTU(3.059, 'indeks'); //=> 'C'
 * SAKIP_MUTU(3.059, 'indeks', 'KEPMENPAN_25_2004'); //=> 'B'
 * SAKIP_MUTU(''); //=> ''
 * SAKIP_MUTU(3.5); //!> SKM_NILAI_DI_LUAR_RENTANG
 * ```
 */
export function SAKIP_MUTU(
  nilai: SelAtauRentang,
  satuan?: SelAtauRentang,
  aturan?: SelAtauRentang,
  keluaran?: SelAtauRentang,
): string {
  const a = pilihAturanSkm(teksSel(aturan, 'aturan'));
  const unit = pilihanSel(satuan, 'satuan', ['nilai', 'indeks'], 'nilai');
  const cetak = pilihanSel(keluaran, 'keluaran', ['mutu', 'kinerja'], 'mutu');
  const x = angkaSel(nilai, 'nilai');
  if (x === null) return '';
  const h = mutuSkmInti(x, a, unit);
  return cetak === 'kinerja' ? h.kinerja : h.mutu;
}
