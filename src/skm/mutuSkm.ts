import { type Angka, keDecimal } from '../angka/keDecimal.js';
import { bacaObjek } from '../galat/masukan.js';
import { type AturanSkm, pilihAturanSkm } from './aturanSkm.js';
import { type HasilMutuSkm, mutuSkmInti } from './inti/mutu.js';
import { bacaPilihan, type SatuanSkm } from './opsi.js';

/** Options of {@link mutuSkm}. */
export interface OpsiMutuSkm {
  /** Rule set: an id of `ATURAN_SKM` or a rule set. Default PermenPAN-RB 14/2017. */
  aturan?: string | AturanSkm;
  /** The unit of the figure: `'nilai'` (25–100, the default) or `'indeks'` (1–4, the IKM). */
  satuan?: SatuanSkm;
}

const KUNCI = ['aturan', 'satuan'] as const;

/**
 * The mutu and kinerja of an SKM figure (mutu SKM) under a rule set (default PermenPAN-RB 14/2017):
 * a value on 25–100, or with `satuan: 'indeks'` an IKM on 1–4 (× the rule's konversi first). The two
 * ranges never overlap, and a figure outside its unit's range is refused rather than guessed (the
 * message says when it fits the other unit). Under 14/2017: A ≥ 88,31; B ≥ 76,61; C ≥ 65,00; else D.
 * Tables are versioned: IKM 3,059 (nilai 76,475) is C under 14/2017 and B under KepMenPAN 25/2004.
 *
 * @throws {SakipError} `SKM_NILAI_DI_LUAR_RENTANG`; the codes of {@link keDecimal};
 * `OPSI_TIDAK_VALID`, `ATURAN_TIDAK_DIKENAL`.
 *
 * @example
 * ```ts
 * import { mutuSkm } from 'sakip';
 * mutuSkm('88,31').mutu; //=> 'A'
 * mutuSkm('88,30').kinerja; //=> 'Baik'
 * mutuSkm('3,0644', { satuan: 'indeks' }).mutu; //=> 'B'
 * mutuSkm(3.059, { satuan: 'indeks' }).mutu; //=> 'C'
 * mutuSkm(3.059, { satuan: 'indeks', aturan: 'KEPMENPAN_25_2004' }).mutu; //=> 'B'
 * mutuSkm(3.059, { satuan: 'indeks' }).nilai; //=> '76.475'
 * mutuSkm(3.5); //!> SKM_NILAI_DI_LUAR_RENTANG
 * mutuSkm(90, { aturan: 'PERMENPAN_16_2014' }); //!> ATURAN_TIDAK_DIKENAL
 * ```
 */
export function mutuSkm(nilai: Angka, opsi?: OpsiMutuSkm): HasilMutuSkm {
  const o = bacaObjek(opsi, { nama: 'Opsi mutuSkm', kunci: KUNCI });
  const aturan = pilihAturanSkm(o.aturan);
  const satuan = bacaPilihan(o.satuan, ['nilai', 'indeks'], 'nilai', 'satuan');
  return mutuSkmInti(keDecimal(nilai), aturan, satuan);
}
