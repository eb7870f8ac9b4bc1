import type { Decimal } from '../angka/Decimal.js';
import { type Angka, keDecimal } from '../angka/keDecimal.js';
import { bacaObjek, teksMasukan } from '../galat/masukan.js';
import { isSakipError, SakipError } from '../galat/SakipError.js';
import { type AturanSkm, pilihAturanSkm } from './aturanSkm.js';
import {
  type CaraGabungSkm,
  type HasilIkmGabungan,
  ikmGabunganInti,
  type UnitSkmInti,
} from './inti/gabungan.js';
import { bacaPilihan, type SatuanSkm } from './opsi.js';

export type { HasilIkmGabungan } from './inti/gabungan.js';

/** One unit's survey result (unit SKM), as a report prints it: name, IKM, respondents. */
export interface UnitSkm {
  nama?: string;
  /** The unit's IKM, on 1–4 or on 25–100 (all units in the same unit). */
  ikm: Angka;
  /** Number of respondents (integer ≥ 0). */
  responden: number;
}

/** Options of {@link ikmGabungan}. */
export interface OpsiIkmGabungan {
  /** Default `'responden'`: `Σ(IKM × responden) / Σ responden` (verified). */
  cara?: CaraGabungSkm;
  /** The unit of the units' IKM (`'indeks'` 1–4 or `'nilai'` 25–100); detected from the first unit when absent. */
  satuan?: SatuanSkm;
  /** Rule set for the konversi and the mutu (default PermenPAN-RB 14/2017). */
  aturan?: string | AturanSkm;
}

const KUNCI = ['cara', 'satuan', 'aturan'] as const;
const KUNCI_UNIT = ['nama', 'ikm', 'responden'] as const;

/** Reads one unit: a plain object with known keys, its IKM a number, its respondents a safe integer ≥ 0. */
function bacaUnit(x: unknown, i: number): UnitSkmInti {
  const lokasi = `unit[${i}]`;
  const u = bacaObjek(x, {
    nama: `Unit ke-${i + 1}`,
    kunci: KUNCI_UNIT,
    kode: 'SKM_UNIT_TIDAK_VALID',
    lokasi,
    bolehKosong: false,
  });
  if (u.nama !== undefined && typeof u.nama !== 'string') {
    throw new SakipError(
      'SKM_UNIT_TIDAK_VALID',
      `Nama unit ke-${i + 1} harus teks, bukan ${teksMasukan(u.nama)}.`,
      {
        masukan: x,
        lokasi: `${lokasi}.nama`,
      },
    );
  }
  const nama = u.nama as string | undefined;
  const sebut = `unit ke-${i + 1}${nama ? ` (${nama})` : ''}`;
  let ikm: Decimal;
  try {
    ikm = keDecimal(u.ikm as Angka);
  } catch (e) {
    if (!isSakipError(e)) throw e;
    throw new SakipError(e.kode, `IKM ${sebut}: ${e.message}`, {
      masukan: x,
      lokasi: `${lokasi}.ikm`,
      cause: e,
    });
  }
  if (!Number.isSafeInteger(u.responden) || (u.responden as number) < 0) {
    throw new SakipError(
      'SKM_UNIT_TIDAK_VALID',
      `Responden ${sebut} harus bilangan bulat ≥ 0, bukan ${teksMasukan(u.responden)}.`,
      { masukan: x, lokasi: `${lokasi}.responden` },
    );
  }
  return { nama, ikm, responden: u.responden as number };
}

/**
 * The IKM of a parent agency from its units (IKM gabungan): the respondent-weighted mean
 * `Σ(IKM × responden) / Σ responden` (verified; a unit of 400 respondents counts four times one of
 * 100), or the plain mean with `cara: 'rata-rata'`. Each unit's `IKM × responden` is in the result,
 * as reports print it. Units must all be on the 1–4 index or all on the 25–100 scale — mixing them
 * is refused. Exact: only the final division is inexact (40 digits), and the mutu is looked up on
 * the exact quotient.
 *
 * @throws {SakipError} `SKM_SKALA_CAMPUR`, `SKM_NILAI_DI_LUAR_RENTANG`, `SKM_UNIT_TIDAK_VALID`
 * (a unit not an object, an unknown key, respondents not an integer ≥ 0), the codes of
 * {@link keDecimal} for an IKM (lokasi `unit[i].ikm`), `SKM_TANPA_RESPONDEN` (no units, or no
 * respondents under `'responden'`), `MASUKAN_TIDAK_VALID` (not a list), `OPSI_TIDAK_VALID`.
 *
 * @example
 * ```ts
 * import { ikmGabungan } from 'sakip';
 * const unit = [
 *   { nama: 'Bidang Rehabilitasi Sosial', ikm: '3,60', responden: 300 },
 *   { nama: 'Bidang Pemberdayaan Sosial', ikm: '3,20', responden: 100 },
 * ];
 * const g = ikmGabungan(unit);
 * g.ikm; //=> '3.5'
 * g.nilai; //=> '87.5'
 * g.unit.map((u) => u.ikmKaliResponden); //=> ['1080', '320']
 * [g.mutu, g.kinerja]; //=> ['B', 'Baik']
 * ikmGabungan(unit, { cara: 'rata-rata' }).ikm; //=> '3.4'
 * ikmGabungan([{ ikm: '3,60', responden: 300 }, { ikm: '80,00', responden: 100 }]); //!> SKM_SKALA_CAMPUR
 * ikmGabungan([{ ikm: '3,60', respnden: 300 }] as never); //!> SKM_UNIT_TIDAK_VALID
 * ```
 */
export function ikmGabungan(unit: readonly UnitSkm[], opsi?: OpsiIkmGabungan): HasilIkmGabungan {
  const o = bacaObjek(opsi, { nama: 'Opsi ikmGabungan', kunci: KUNCI });
  const aturan = pilihAturanSkm(o.aturan);
  const cara = bacaPilihan(o.cara, ['responden', 'rata-rata'], 'responden', 'cara');
  const satuan =
    o.satuan === undefined ? undefined : bacaPilihan(o.satuan, ['indeks', 'nilai'], 'indeks', 'satuan');
  if (!Array.isArray(unit)) {
    throw new SakipError('MASUKAN_TIDAK_VALID', `Unit harus larik, bukan ${teksMasukan(unit)}.`, {
      masukan: unit,
      lokasi: 'unit',
    });
  }
  const dibaca: UnitSkmInti[] = [];
  for (let i = 0; i < unit.length; i++) dibaca.push(bacaUnit(unit[i], i));
  return ikmGabunganInti(dibaca, aturan, cara, satuan);
}
