import type { Decimal } from '../angka/Decimal.js';
import { formatAngka } from '../angka/formatAngka.js';
import { type Angka, keDecimal } from '../angka/keDecimal.js';
import { SakipError } from '../galat/SakipError.js';
import { predikat } from '../predikat/index.js';
import {
  type AturanSkm,
  aturanSkmDari,
  JAWABAN_MAKS,
  JAWABAN_MIN,
  type KodeAturanSkm,
  type MutuSkm,
} from './aturanSkm.js';

/** An SKM figure on the 1–4 index (indeks SKM): `{ ikm: 3.5 }`, to keep it apart from a 25–100 value. */
export interface IndeksSkm {
  ikm: Angka;
}

/** An SKM figure on the 25–100 scale, as an object (`{ nilai: 87.5 }`); a plain Angka means the same. */
export interface NilaiSkm {
  nilai: Angka;
}

/** The mutu of an SKM figure (hasil mutu SKM). */
export interface HasilMutuSkm {
  /** Mutu pelayanan, A–D. */
  mutu: MutuSkm;
  /** Kinerja unit pelayanan: `'Sangat Baik'`, `'Baik'`, `'Kurang Baik'`, `'Tidak Baik'`. */
  kinerja: string;
  /** The figure on 1–4. */
  ikm: Decimal;
  /** The figure on 25–100 (the one looked up in the table). */
  nilai: Decimal;
  /** The rule set's `kode`. */
  aturan: string;
}

/**
 * The mutu and kinerja of an SKM figure (mutu SKM) under a rule set (default PermenPAN-RB 14/2017):
 * a plain {@link Angka} (or `{ nilai }`) is a value on 25–100; `{ ikm }` is an index on 1–4, scaled
 * by 25 first. The two scales never overlap, and a figure outside its scale is refused rather than
 * guessed. Under 14/2017: A ≥ 88,31; B ≥ 76,61; C ≥ 65,00; else D.
 *
 * @throws {SakipError} `SKM_NILAI_DI_LUAR_RENTANG`; `SKM_OPSI_TIDAK_VALID` for an unknown rule set.
 *
 * @example
 * ```ts
 * import { mutuSkm } from 'sakip';
 * mutuSkm('88,31').mutu; //=> 'A'
 * mutuSkm('88,30').kinerja; //=> 'Baik'
 * mutuSkm({ ikm: '3,0644' }).mutu; //=> 'B'
 * mutuSkm(76.475).mutu; //=> 'C'
 * mutuSkm(76.475, 'KEPMENPAN_25_2004').mutu; //=> 'B'
 * mutuSkm(3.5); //!> SKM_NILAI_DI_LUAR_RENTANG
 * ```
 */
export function mutuSkm(
  nilai: Angka | IndeksSkm | NilaiSkm,
  aturan?: KodeAturanSkm | AturanSkm,
): HasilMutuSkm {
  const a = aturanSkmDari(aturan);
  const bawah = a.konversi.times(JAWABAN_MIN);
  const atas = a.konversi.times(JAWABAN_MAKS);
  let v: Decimal;
  if (typeof nilai === 'object' && nilai !== null && 'ikm' in nilai && !('toStringTag' in nilai)) {
    const ikm = keDecimal(nilai.ikm);
    if (ikm.lt(JAWABAN_MIN) || ikm.gt(JAWABAN_MAKS)) {
      throw new SakipError(
        'SKM_NILAI_DI_LUAR_RENTANG',
        `Indeks SKM ${formatAngka(ikm)} di luar skala ${JAWABAN_MIN}–${JAWABAN_MAKS}` +
          (ikm.gte(bawah) && ikm.lte(atas) ? '; ini nilai 25–100? berikan sebagai angka biasa.' : '.'),
        { masukan: nilai, lokasi: 'ikm' },
      );
    }
    v = ikm.times(a.konversi);
  } else {
    const x =
      typeof nilai === 'object' && nilai !== null && 'nilai' in nilai ? nilai.nilai : (nilai as Angka);
    v = keDecimal(x);
    if (v.lt(bawah) || v.gt(atas)) {
      throw new SakipError(
        'SKM_NILAI_DI_LUAR_RENTANG',
        `Nilai SKM ${formatAngka(v)} di luar skala ${formatAngka(bawah)}–${formatAngka(atas)}` +
          (v.gte(JAWABAN_MIN) && v.lte(JAWABAN_MAKS) ? '; ini indeks 1–4? berikan sebagai { ikm }.' : '.'),
        { masukan: nilai },
      );
    }
  }
  const h = predikat(v, a.mutu);
  return { mutu: h.kode as MutuSkm, kinerja: h.label, ikm: v.div(a.konversi), nilai: v, aturan: a.kode };
}
