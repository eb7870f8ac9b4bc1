import { formatAngka } from '../angka/formatAngka.js';
import { type Angka, keDecimal } from '../angka/keDecimal.js';
import { bacaOpsi, teksMasukan } from '../galat/masukan.js';
import { isSakipError, SakipError } from '../galat/SakipError.js';
import { AkumulatorSkm, type BarisSkm } from './AkumulatorSkm.js';
import { JAWABAN_MAKS, JAWABAN_MIN } from './aturanSkm.js';
import { type HasilSkm, type OpsiSkm, rakitHasil, uraiOpsiSkm } from './hitung.js';
import { bagi, dariDecimal } from './pecahan.js';

/**
 * Scores a public-satisfaction survey (SKM, Survei Kepuasan Masyarakat; PermenPAN-RB 14/2017):
 * `jawaban` is respondents × unsur, each answer an integer 1–4 or `null` (blank); rows are arrays in
 * the rule set's unsur order or objects keyed by unsur id. Per unsur `NRR = Σ jawaban / banyak
 * jawaban`; `IKM = Σ NRR × bobot` (1–4); `nilai = IKM × 25` (25–100); mutu and kinerja from the rule
 * set's table. Exact: sums are integers and weights fractions (1/9, not 0,111); nothing is rounded
 * unless `pembulatan` says so. The input is not changed. Same result as {@link AkumulatorSkm}.
 *
 * @throws {SakipError} `SKM_JAWABAN_DI_LUAR_SKALA`, `SKM_JAWABAN_BUKAN_BULAT`,
 * `SKM_JAWABAN_TIDAK_VALID`, `SKM_BARIS_TIDAK_SERAGAM` naming respondent and unsur;
 * `SKM_UNSUR_TANPA_JAWABAN`; `SKM_TANPA_RESPONDEN`; `SKM_OPSI_TIDAK_VALID`.
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
 * skm([[4, 4, 4, 4, 4, 4, 4, 4, 4]], { bobot: '0,111' }).nilai; //=> '99.9'
 * skm([[4, 4, 4, 4, 4, 4, 4, 4]]); //!> SKM_BARIS_TIDAK_SERAGAM
 * skm([[4, 4, 4, 4, 4, 4, 4, 4, 3.5]]); //!> SKM_JAWABAN_BUKAN_BULAT
 * ```
 */
export function skm(jawaban: Iterable<BarisSkm>, opsi?: OpsiSkm): HasilSkm {
  if (
    typeof (jawaban as { [Symbol.iterator]?: unknown })?.[Symbol.iterator] !== 'function' ||
    typeof jawaban === 'string'
  ) {
    throw new SakipError('SKM_JAWABAN_TIDAK_VALID', 'Jawaban harus larik baris (responden × unsur).', {
      masukan: jawaban,
      lokasi: 'jawaban',
    });
  }
  return new AkumulatorSkm(opsi).tambahSemua(jawaban).hasil();
}

/**
 * The scale of given per-unsur values (skala SKM): `'indeks'` — NRR on 1–4; `'nilai'` — already
 * × 25, on 25–100.
 */
export type SkalaSkm = 'indeks' | 'nilai';

/** Options of {@link skmDariNrr}: those of {@link skm} (without `kosong`) and the scale of the values. */
export interface OpsiSkmDariNrr extends Omit<OpsiSkm, 'kosong'> {
  /** Scale of the given values. Default `'indeks'` (1–4). */
  skala?: SkalaSkm;
}

/** The result of {@link skmDariNrr}: as {@link HasilSkm}, without respondents or blank handling. */
export type HasilSkmDariNrr = Omit<HasilSkm, 'responden' | 'kosong'>;

/**
 * Scores a survey from its per-unsur values (SKM dari NRR) when only those are printed — NRR on 1–4,
 * or values already × 25 (`skala: 'nilai'`, a report's "829 / 9 = 92,11"). Values are given in the
 * rule set's unsur order or keyed by unsur id.
 *
 * @throws {SakipError} `SKM_NILAI_DI_LUAR_RENTANG` for a value outside its scale;
 * `SKM_BARIS_TIDAK_SERAGAM` when the values do not match the unsur list; `SKM_OPSI_TIDAK_VALID`.
 *
 * @example
 * ```ts
 * import { bulatkan, skmDariNrr } from 'sakip';
 * const h = skmDariNrr([92, 93, 91, 94, 90, 92, 93, 92, 92], { skala: 'nilai' });
 * bulatkan(h.nilai, 2); //=> '92.11'
 * h.mutu; //=> 'A'
 * skmDariNrr([3.5, 3.4, 3.2, 4, 3.1, 3.6, 3.7, 3, 3.3], { bobot: '0,11' }).nilai.toFixed(2); //=> '84.70'
 * skmDariNrr([92, 93, 91, 94, 90, 92, 93, 92, 92]); //!> SKM_NILAI_DI_LUAR_RENTANG
 * ```
 */
export function skmDariNrr(
  nrr: readonly Angka[] | Readonly<Record<string, Angka>>,
  opsiMasukan?: OpsiSkmDariNrr,
): HasilSkmDariNrr {
  const opsi = bacaOpsi(opsiMasukan, 'skmDariNrr', 'SKM_OPSI_TIDAK_VALID');
  const skala = opsi.skala ?? 'indeks';
  if (skala !== 'indeks' && skala !== 'nilai') {
    throw new SakipError(
      'SKM_OPSI_TIDAK_VALID',
      `Skala ${teksMasukan(skala)} tidak dikenal; gunakan 'indeks' atau 'nilai'.`,
      {
        masukan: skala,
        lokasi: 'skala',
      },
    );
  }
  const o = uraiOpsiSkm({ ...opsi, kosong: 'per-unsur' });
  const { aturan } = o;
  const ids = aturan.unsur.map((u) => u.id);
  let daftar: Angka[];
  if (Array.isArray(nrr)) {
    if (nrr.length !== ids.length) {
      throw new SakipError(
        'SKM_BARIS_TIDAK_SERAGAM',
        `Diberikan ${nrr.length} nilai unsur, padahal aturan ${aturan.kode} memiliki ${ids.length} unsur.`,
        { masukan: nrr, lokasi: 'nrr' },
      );
    }
    daftar = [...(nrr as readonly Angka[])];
  } else if (typeof nrr === 'object' && nrr !== null) {
    const rec = nrr as Readonly<Record<string, Angka>>;
    const hilang = ids.filter((id) => !Object.hasOwn(rec, id));
    const asing = Object.keys(rec).filter((k) => !ids.includes(k));
    if (hilang.length > 0 || asing.length > 0) {
      throw new SakipError(
        'SKM_BARIS_TIDAK_SERAGAM',
        `Nilai unsur tidak sesuai aturan ${aturan.kode}` +
          `${hilang.length > 0 ? `; tidak ada: ${hilang.join(', ')}` : ''}` +
          `${asing.length > 0 ? `; bukan id unsur: ${asing.join(', ')}` : ''}.`,
        { masukan: nrr, lokasi: 'nrr' },
      );
    }
    daftar = ids.map((id) => rec[id] as Angka);
  } else {
    throw new SakipError('SKM_BARIS_TIDAK_SERAGAM', 'Nilai unsur harus larik atau objek ber-id unsur.', {
      masukan: nrr,
      lokasi: 'nrr',
    });
  }
  const faktor = skala === 'nilai' ? aturan.konversi : keDecimal(1);
  const min = faktor.times(JAWABAN_MIN);
  const maks = faktor.times(JAWABAN_MAKS);
  const konversi = dariDecimal(faktor);
  const pecahanNrr = daftar.map((x, j) => {
    let d: ReturnType<typeof keDecimal>;
    try {
      d = keDecimal(x);
    } catch (e) {
      if (!isSakipError(e)) throw e;
      throw new SakipError(e.kode, `Unsur "${ids[j]}": ${e.message}`, {
        masukan: x,
        lokasi: `nrr[${j}]`,
        cause: e,
      });
    }
    if (d.lt(min) || d.gt(maks)) {
      throw new SakipError(
        'SKM_NILAI_DI_LUAR_RENTANG',
        `Nilai unsur "${ids[j]}" ${formatAngka(d)} di luar skala ${skala} ` +
          `${formatAngka(min)}–${formatAngka(maks)}` +
          (skala === 'indeks' && d.gte(aturan.konversi.times(JAWABAN_MIN))
            ? "; nilai sudah × 25? pakai { skala: 'nilai' }."
            : '.'),
        { masukan: x, lokasi: `nrr[${j}]` },
      );
    }
    return bagi(dariDecimal(d), konversi);
  });
  const { responden: _r, kosong: _k, ...hasil } = rakitHasil({ nrr: pecahanNrr }, o);
  return hasil;
}
