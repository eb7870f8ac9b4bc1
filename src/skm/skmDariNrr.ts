import type { Decimal } from '../angka/Decimal.js';
import { pilihKebijakan } from '../angka/kebijakanPembulatan.js';
import { type Angka, keDecimal } from '../angka/keDecimal.js';
import { bacaObjek } from '../galat/masukan.js';
import { isSakipError, SakipError } from '../galat/SakipError.js';
import { pilihAturanSkm } from './aturanSkm.js';
import { type HasilSkmDariNrr, skmDariNrrInti } from './inti/skm.js';
import { bacaBobot, bacaPilihan, type OpsiSkm, type OpsiSkmInti, type SatuanSkm } from './opsi.js';

/** Options of {@link skmDariNrr}: those of {@link skm} (without `kosong`) and the unit of the figures. */
export interface OpsiSkmDariNrr extends Omit<OpsiSkm, 'kosong'> {
  /** The unit of the given figures: NRR on 1–4 (`'indeks'`, the default) or × 25 (`'nilai'`). */
  satuan?: SatuanSkm;
}

const KUNCI = ['aturan', 'bobot', 'kebijakan', 'satuan'] as const;

/**
 * Scores a survey from its per-unsur figures (SKM dari NRR) when only those are printed — NRR on 1–4,
 * or figures already × 25 (`satuan: 'nilai'`, a report's "829 / 9 = 92,11"). The figures are given in
 * the rule set's unsur order or keyed by unsur id.
 *
 * @throws {SakipError} `SKM_NILAI_DI_LUAR_RENTANG` for a figure outside its unit's range (with a hint
 * when it fits the other unit); `SKM_BARIS_TIDAK_SERAGAM` when the figures do not match the unsur
 * list; the codes of {@link keDecimal} (lokasi `nrr[j]`); `OPSI_TIDAK_VALID`, `ATURAN_TIDAK_DIKENAL`.
 *
 * @example
 * ```ts
 * import { bulatkan, skmDariNrr } from 'sakip';
 * const h = skmDariNrr([92, 93, 91, 94, 90, 92, 93, 92, 92], { satuan: 'nilai' });
 * bulatkan(h.nilai, 2); //=> '92.11'
 * h.mutu; //=> 'A'
 * skmDariNrr([3.5, 3.4, 3.2, 4, 3.1, 3.6, 3.7, 3, 3.3], { bobot: '0,11' }).nilai.toFixed(2); //=> '84.70'
 * skmDariNrr([92, 93, 91, 94, 90, 92, 93, 92, 92]); //!> SKM_NILAI_DI_LUAR_RENTANG
 * skmDariNrr([3, 3, 3, 3, 3, 3, 3, 3, 3], { skala: 'nilai' } as never); //!> OPSI_TIDAK_VALID
 * ```
 */
export function skmDariNrr(
  nrr: readonly Angka[] | Readonly<Record<string, Angka>>,
  opsi?: OpsiSkmDariNrr,
): HasilSkmDariNrr {
  const o = bacaObjek(opsi, { nama: 'Opsi skmDariNrr', kunci: KUNCI });
  const aturan = pilihAturanSkm(o.aturan);
  const satuan = bacaPilihan(o.satuan, ['indeks', 'nilai'], 'indeks', 'satuan');
  const inti: OpsiSkmInti = {
    aturan,
    ...bacaBobot(o.bobot, aturan),
    kosong: 'per-unsur',
    kebijakan: pilihKebijakan(o.kebijakan),
  };
  const ids = aturan.unsur.map((u) => u.id);
  let daftar: unknown[];
  if (Array.isArray(nrr)) {
    if (nrr.length !== ids.length) {
      throw new SakipError(
        'SKM_BARIS_TIDAK_SERAGAM',
        `Diberikan ${nrr.length} nilai unsur, padahal aturan ${aturan.id} memiliki ${ids.length} unsur.`,
        { masukan: nrr, lokasi: 'nrr' },
      );
    }
    daftar = [];
    for (let j = 0; j < ids.length; j++) daftar.push(nrr[j]);
  } else if (typeof nrr === 'object' && nrr !== null) {
    const rec = bacaObjek(nrr, {
      nama: 'Nilai unsur',
      kunci: ids,
      kode: 'SKM_BARIS_TIDAK_SERAGAM',
      lokasi: 'nrr',
    });
    const hilang = ids.filter((id) => rec[id] === undefined);
    if (hilang.length > 0) {
      throw new SakipError(
        'SKM_BARIS_TIDAK_SERAGAM',
        `Nilai unsur tidak sesuai aturan ${aturan.id}; tidak ada: ${hilang.join(', ')}.`,
        { masukan: nrr, lokasi: 'nrr' },
      );
    }
    daftar = ids.map((id) => rec[id]);
  } else {
    throw new SakipError('MASUKAN_TIDAK_VALID', 'Nilai unsur harus larik atau objek ber-id unsur.', {
      masukan: nrr,
      lokasi: 'nrr',
    });
  }
  const nilai = daftar.map((x, j): Decimal => {
    try {
      return keDecimal(x as Angka);
    } catch (e) {
      if (!isSakipError(e)) throw e;
      throw new SakipError(e.kode, `Unsur "${ids[j]}": ${e.message}`, {
        masukan: x,
        lokasi: `nrr[${j}]`,
        cause: e,
      });
    }
  });
  return skmDariNrrInti(nilai, satuan, inti);
}
