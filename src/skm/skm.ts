import { type BarisSkm, bufferBaris, tambahSemuaBaris, totalKosong } from './baris.js';
import { type HasilSkm, skmInti } from './inti/skm.js';
import { bacaOpsiSkm, type OpsiSkm } from './opsi.js';

/**
 * Scores a public-satisfaction survey (SKM, Survei Kepuasan Masyarakat; PermenPAN-RB 14/2017):
 * `jawaban` is respondents × unsur, each answer an integer 1–4 or `null` (blank); rows are arrays in
 * the rule set's unsur order or objects keyed by unsur id. Per unsur `NRR = Σ jawaban / banyak
 * jawaban`; `IKM = Σ NRR × bobot` (1–4); `nilai = IKM × 25` (25–100); mutu and kinerja from the rule
 * set's table. Exact: sums are integers and weights fractions (1/9, not 0,111); nothing is rounded —
 * the figures as a report prints them under a rounding policy (`kebijakan`) are in `tampil`. The
 * input is not changed. Same result as {@link AkumulatorSkm} on the same rows.
 *
 * A survey in which no respondent answered some unsur does not fit the rule (its IKM is defined over
 * all unsur): that is the error `SKM_UNSUR_TANPA_JAWABAN`, not a result — define a rule without the
 * unsur (`buatAturanSkm`) if it does not apply to the service.
 *
 * @throws {SakipError} `SKM_JAWABAN_DI_LUAR_SKALA`, `SKM_JAWABAN_BUKAN_BULAT`,
 * `SKM_JAWABAN_TIDAK_VALID`, `SKM_BARIS_TIDAK_SERAGAM` naming respondent and unsur;
 * `SKM_UNSUR_TANPA_JAWABAN`; `SKM_TANPA_RESPONDEN`; `MASUKAN_TIDAK_VALID` when `jawaban` is not a
 * list; `OPSI_TIDAK_VALID`, `ATURAN_TIDAK_DIKENAL`, `ATURAN_TIDAK_VALID` for the options.
 *
 * @example
 * ```ts
 * import { skm } from 'sakip';
 * const jawaban = [
 *   [4, 4, 3, 4, 3, 4, 4, 3, 4],
 *   [3, 3, 3, 4, 3, 3, 4, 3, 3],
 *   [4, 4, 4, 4, 4, 4, 4, null, 4],
 * ];
 * const h = skm(jawaban);
 * h.nrrPerUnsur.pengaduan; //=> '3'
 * h.nilai.toFixed(2); //=> '89.81'
 * [h.mutu, h.kinerja]; //=> ['A', 'Sangat Baik']
 * skm(jawaban, { kebijakan: 'SETENGAH_ATAS' }).tampil.ikm; //=> '3.59'
 * skm([[4, 4, 4, 4, 4, 4, 4, 4, 4]], { bobot: '0,111' }).nilai; //=> '99.9'
 * skm([[4, 4, 4, 4, 4, 4, 4, 4]]); //!> SKM_BARIS_TIDAK_SERAGAM
 * skm([[4, 4, 4, 4, 4, 4, 4, 4, 3.5]]); //!> SKM_JAWABAN_BUKAN_BULAT
 * skm(jawaban, { bobott: '0,111' } as never); //!> OPSI_TIDAK_VALID
 * ```
 */
export function skm(jawaban: Iterable<BarisSkm>, opsi?: OpsiSkm): HasilSkm {
  const o = bacaOpsiSkm(opsi, 'Opsi skm');
  const total = totalKosong(o.aturan);
  tambahSemuaBaris(total, jawaban, o.aturan, bufferBaris(o.aturan));
  return skmInti(total, o);
}
