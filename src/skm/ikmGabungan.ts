import type { Decimal } from '../angka/Decimal.js';
import { formatAngka } from '../angka/formatAngka.js';
import { type Angka, keDecimal } from '../angka/keDecimal.js';
import { bacaOpsi, teksMasukan } from '../galat/masukan.js';
import { isSakipError, SakipError } from '../galat/SakipError.js';
import {
  type AturanSkm,
  aturanSkmDari,
  JAWABAN_MAKS,
  JAWABAN_MIN,
  type KodeAturanSkm,
  type MutuSkm,
} from './aturanSkm.js';
import { mutuSkm } from './mutuSkm.js';
import type { SkalaSkm } from './skm.js';

/** One unit's survey result (unit SKM), as a report prints it: name, IKM, respondents. */
export interface UnitSkm {
  nama?: string;
  /** The unit's IKM, on 1–4 or on 25–100 (all units on the same scale). */
  ikm: Angka;
  /** Number of respondents (integer ≥ 0). */
  responden: number;
}

/** How units are combined (cara gabung): `'responden'` — weighted by respondents (default); `'rata-rata'` — plain mean. */
export type CaraGabungSkm = 'responden' | 'rata-rata';

/** Options of {@link ikmGabungan}. */
export interface OpsiIkmGabungan {
  /** Default `'responden'`: `Σ(IKM × responden) / Σ responden` (verified). */
  cara?: CaraGabungSkm;
  /** The scale of the units' IKM; detected when absent (all on 1–4 or all on 25–100). */
  skala?: SkalaSkm;
  /** Rule set for the mutu (default PermenPAN-RB 14/2017). */
  aturan?: KodeAturanSkm | AturanSkm;
}

/** One unit in the result of {@link ikmGabungan}. */
export interface UnitIkmGabungan {
  nama: string | undefined;
  ikm: Decimal;
  responden: number;
  /** IKM × responden: the weight column reports print. */
  ikmKaliResponden: Decimal;
}

/** The combined IKM of several units (IKM gabungan). */
export interface HasilIkmGabungan {
  /** The combined figure on 1–4. */
  ikm: Decimal;
  /** The combined figure on 25–100. */
  nilai: Decimal;
  /** The scale the units were given on (and so the scale of their `ikm` below). */
  skala: SkalaSkm;
  cara: CaraGabungSkm;
  /** Σ responden. */
  responden: number;
  /** Σ IKM × responden. */
  jumlahIkmKaliResponden: Decimal;
  mutu: MutuSkm;
  kinerja: string;
  unit: UnitIkmGabungan[];
  /** The formula with its numbers. */
  rumus: string;
}

function galatUnit(pesan: string, masukan: unknown, lokasi: string, cause?: unknown): SakipError {
  return new SakipError('SKM_UNIT_TIDAK_VALID', pesan, { masukan, lokasi, ...(cause ? { cause } : {}) });
}

/**
 * The IKM of a parent agency from its units (IKM gabungan): the respondent-weighted mean
 * `Σ(IKM × responden) / Σ responden` (verified; a unit of 400 respondents counts four times one of
 * 100), or the plain mean with `cara: 'rata-rata'`. Each unit's `IKM × responden` is in the result,
 * as reports print it. Units must all be on the 1–4 index or all on the 25–100 scale — mixing them
 * is refused. Exact: only the final division is inexact (40 digits).
 *
 * @throws {SakipError} `SKM_SKALA_CAMPUR`, `SKM_NILAI_DI_LUAR_RENTANG`, `SKM_UNIT_TIDAK_VALID`,
 * `SKM_TANPA_RESPONDEN` (no units, or no respondents under `'responden'`), `SKM_OPSI_TIDAK_VALID`.
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
 * ```
 */
export function ikmGabungan(unit: readonly UnitSkm[], opsiMasukan?: OpsiIkmGabungan): HasilIkmGabungan {
  const opsi = bacaOpsi(opsiMasukan, 'ikmGabungan', 'SKM_OPSI_TIDAK_VALID');
  const aturan = aturanSkmDari(opsi.aturan);
  const cara = opsi.cara ?? 'responden';
  if (cara !== 'responden' && cara !== 'rata-rata') {
    throw new SakipError(
      'SKM_OPSI_TIDAK_VALID',
      `Cara ${teksMasukan(cara)} tidak dikenal; gunakan 'responden' atau 'rata-rata'.`,
      {
        masukan: cara,
        lokasi: 'cara',
      },
    );
  }
  if (opsi.skala !== undefined && opsi.skala !== 'indeks' && opsi.skala !== 'nilai') {
    throw new SakipError(
      'SKM_OPSI_TIDAK_VALID',
      `Skala ${teksMasukan(opsi.skala)} tidak dikenal; gunakan 'indeks' atau 'nilai'.`,
      {
        masukan: opsi.skala,
        lokasi: 'skala',
      },
    );
  }
  if (!Array.isArray(unit) || unit.length === 0) {
    throw new SakipError('SKM_TANPA_RESPONDEN', 'Tidak ada unit untuk digabung.', {
      masukan: unit,
      lokasi: 'unit',
    });
  }
  const k = aturan.konversi;
  const dibaca = unit.map((u, i) => {
    if (typeof u !== 'object' || u === null)
      throw galatUnit(`Unit ke-${i + 1} bukan objek.`, u, `unit[${i}]`);
    let ikm: Decimal;
    try {
      ikm = keDecimal(u.ikm);
    } catch (e) {
      if (!isSakipError(e)) throw e;
      throw galatUnit(
        `IKM unit ke-${i + 1}${u.nama ? ` (${u.nama})` : ''}: ${e.message}`,
        u,
        `unit[${i}].ikm`,
        e,
      );
    }
    if (!Number.isSafeInteger(u.responden) || u.responden < 0) {
      throw galatUnit(
        `Responden unit ke-${i + 1}${u.nama ? ` (${u.nama})` : ''} harus bilangan bulat ≥ 0, bukan ${teksMasukan(u.responden)}.`,
        u,
        `unit[${i}].responden`,
      );
    }
    const skalaUnit: SkalaSkm | undefined =
      ikm.gte(JAWABAN_MIN) && ikm.lte(JAWABAN_MAKS)
        ? 'indeks'
        : ikm.gte(k.times(JAWABAN_MIN)) && ikm.lte(k.times(JAWABAN_MAKS))
          ? 'nilai'
          : undefined;
    return { nama: u.nama, ikm, responden: u.responden, skalaUnit, i };
  });
  const skala = opsi.skala ?? dibaca[0]?.skalaUnit;
  for (const d of dibaca) {
    if (d.skalaUnit === undefined || (skala !== undefined && d.skalaUnit !== skala)) {
      const luar = d.skalaUnit === undefined;
      throw new SakipError(
        luar ? 'SKM_NILAI_DI_LUAR_RENTANG' : 'SKM_SKALA_CAMPUR',
        luar
          ? `IKM unit ke-${d.i + 1} ${formatAngka(d.ikm)} di luar skala 1–4 maupun ${formatAngka(k.times(JAWABAN_MIN))}–${formatAngka(k.times(JAWABAN_MAKS))}.`
          : `IKM unit ke-${d.i + 1} ${formatAngka(d.ikm)} tertulis pada skala ${d.skalaUnit}, unit lain pada skala ${skala}; ` +
              'samakan skalanya dulu (nilai = IKM × 25).',
        { masukan: unit, lokasi: `unit[${d.i}].ikm` },
      );
    }
  }
  const s: SkalaSkm = skala ?? 'indeks';
  const hasilUnit: UnitIkmGabungan[] = dibaca.map((d) => ({
    nama: d.nama,
    ikm: d.ikm,
    responden: d.responden,
    ikmKaliResponden: d.ikm.times(d.responden),
  }));
  const totalResponden = hasilUnit.reduce((t, u) => t + u.responden, 0);
  const jumlah = hasilUnit.reduce((t, u) => t.plus(u.ikmKaliResponden), keDecimal(0));
  let gabungan: Decimal;
  let rumus: string;
  if (cara === 'responden') {
    if (totalResponden === 0) {
      throw new SakipError(
        'SKM_TANPA_RESPONDEN',
        'Jumlah responden semua unit nol: rata-rata tertimbang tidak terdefinisi.',
        {
          masukan: unit,
          lokasi: 'unit',
        },
      );
    }
    gabungan = jumlah.div(totalResponden);
    rumus = `Σ(IKM × responden) / Σ responden = ${formatAngka(jumlah)} / ${totalResponden}`;
  } else {
    const total = hasilUnit.reduce((t, u) => t.plus(u.ikm), keDecimal(0));
    gabungan = total.div(hasilUnit.length);
    rumus = `Σ IKM / banyak unit = ${formatAngka(total)} / ${hasilUnit.length}`;
  }
  const ikm = s === 'indeks' ? gabungan : gabungan.div(k);
  const nilai = s === 'indeks' ? gabungan.times(k) : gabungan;
  const m = mutuSkm(nilai, aturan);
  return {
    ikm,
    nilai,
    skala: s,
    cara,
    responden: totalResponden,
    jumlahIkmKaliResponden: jumlah,
    mutu: m.mutu,
    kinerja: m.kinerja,
    unit: hasilUnit,
    rumus,
  };
}
