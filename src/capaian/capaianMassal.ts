import { bulatkanInti, type ModePembulatan } from '../angka/bulatkan.js';
import { DecimalInti as Decimal } from '../angka/Decimal.js';
import { AturanPembulatan } from '../angka/kebijakanPembulatan.js';
import type { Angka } from '../angka/keDecimal.js';
import { bacaSkema } from '../galat/bacaSkema.js';
import { bacaObjek, teksMasukan } from '../galat/masukan.js';
import { isSakipError, SakipError } from '../galat/SakipError.js';
import type { Polaritas } from '../model/Indikator.js';
import { predikatInti } from '../predikat/inti.js';
import { pilihSkala } from '../predikat/presetSkala.js';
import type { IntervalSkala, Skala, SkalaMasukan } from '../predikat/Skala.js';
import { bacaPolaritas, bacaRumusNegatif } from './capaian.js';
import { capaianAngkaInti, capaianInti, galatCapaian, keDecimalDi, type RumusNegatif } from './inti.js';

/** Options of {@link capaianMassal}. */
export interface OpsiCapaianMassal {
  polaritas?: Polaritas;
  rumusNegatif?: RumusNegatif;
  /** Rounding of every capaian (`{ desimal, mode? }`, mode default `'setengah-atas'`); absent: exact values. */
  pembulatan?: { desimal: number; mode?: ModePembulatan; dipakaiLanjut?: boolean };
  /** Band table: a preset id, a table made by `buatSkala`, or a definition; absent: no predikat. */
  skala?: string | Skala | SkalaMasukan;
  /**
   * Which value is banded: `'tampil'` — the rounded one (default when `pembulatan` is given, as
   * reports band the printed figure); `'tepat'` — the exact one.
   */
  predikatDari?: 'tampil' | 'tepat';
}

/** The band of one item of {@link capaianMassal}. */
export interface PredikatMassal {
  label: string;
  kode: string | undefined;
  peringkat: number;
}

/** Result of {@link capaianMassal}: read item `i` with `capaian(i)` and `predikat(i)`. */
export interface HasilCapaianMassal {
  /** Number of items. */
  readonly banyak: number;
  /** Capaian of item `i` (rounded under `pembulatan`, else exact), built as a Decimal when asked. */
  capaian(i: number): Decimal;
  /** Every capaian as Decimals (builds them all). */
  semuaCapaian(): Decimal[];
  /** The band of item `i`, or `undefined` without a `skala`. */
  predikat(i: number): PredikatMassal | undefined;
  /** The band positions (0 = lowest band of the table), one per item; `undefined` without a `skala`. */
  readonly peringkat: Int32Array | undefined;
}

/** Parsed options of {@link capaianMassalInti}. */
export interface OpsiCapaianMassalInti {
  polaritas: Polaritas;
  rumusNegatif: RumusNegatif;
  pembulatan: { desimal: number; mode: ModePembulatan } | undefined;
  skala: Skala | undefined;
  predikatDari: 'tampil' | 'tepat';
}

const AMAN = 2 ** 52;
const MAKS_SKALA = 8;
const KUNCI_OPSI = ['polaritas', 'rumusNegatif', 'pembulatan', 'skala', 'predikatDari'] as const;

/** A list of values: an array or a typed array (Float64Array …). */
function bacaDaftar(x: unknown): x is ArrayLike<Angka> {
  return Array.isArray(x) || (ArrayBuffer.isView(x) && !(x instanceof DataView));
}

/**
 * Capaian and predikat of many indicators at once (capaian massal) — the same numbers as
 * {@link capaian}, {@link bulatkan} and {@link predikat} item by item, computed fast. Inputs that
 * are numbers with at most 2 decimals (as spreadsheets hold percentages) go through an exact integer
 * path: both values scaled to integer hundredths, the quotient kept as integer and remainder, rounding
 * and band comparison done on those — no float rounding, no Decimal built until `capaian(i)` asks.
 * Anything else (strings, Decimals, more decimals, very large values) takes the Decimal path for that
 * item; the results are identical either way (a property test checks it). Lists may be arrays or typed
 * arrays (`Float64Array`). No cap (`batasAtas`) here.
 *
 * @throws {SakipError} `AGREGASI_PANJANG_BERBEDA` for lists of different lengths; `MASUKAN_TIDAK_VALID`
 * and `OPSI_TIDAK_VALID`; for an item, the codes of {@link capaian} and {@link predikat}, with `lokasi`
 * `[i]`.
 *
 * @example
 * ```ts
 * import { capaianMassal } from 'sakip';
 * const hasil = capaianMassal(
 *   { target: [69.02, 1.31, 71.86], realisasi: [92.71, 0.73, 71.91] },
 *   { pembulatan: { desimal: 2, mode: 'potong' }, skala: 'PERMENDAGRI_54_2010' },
 * );
 * hasil.capaian(1); //=> '55.72'
 * hasil.semuaCapaian(); //=> ['134.32', '55.72', '100.06']
 * hasil.predikat(1)?.label; //=> 'Kurang'
 * [...(hasil.peringkat ?? [])]; //=> [4, 1, 4]
 * capaianMassal({ target: [1, 0], realisasi: [1, 1] }); //!> CAPAIAN_TARGET_NOL
 * capaianMassal({ target: [1], realisasi: [1] }, { pembulatan: { desimal: 2, mode: 'naik' } } as never); //!> OPSI_TIDAK_VALID
 * ```
 */
export function capaianMassal(
  masukan: { target: ArrayLike<Angka>; realisasi: ArrayLike<Angka> },
  opsi?: OpsiCapaianMassal,
): HasilCapaianMassal {
  const m = bacaObjek(masukan, {
    nama: 'Masukan capaianMassal',
    kunci: ['target', 'realisasi'],
    kode: 'MASUKAN_TIDAK_VALID',
    bolehKosong: false,
  });
  const { target, realisasi } = m;
  if (!bacaDaftar(target) || !bacaDaftar(realisasi) || target.length !== realisasi.length) {
    throw new SakipError(
      'AGREGASI_PANJANG_BERBEDA',
      'capaianMassal butuh daftar target dan realisasi (larik) yang sama panjang.',
      { masukan },
    );
  }
  const o = bacaObjek(opsi, { nama: 'Opsi capaianMassal', kunci: KUNCI_OPSI });
  const pembulatan =
    o.pembulatan === undefined
      ? undefined
      : bacaSkema(AturanPembulatan, o.pembulatan, {
          kode: 'OPSI_TIDAK_VALID',
          nama: 'Opsi pembulatan',
          lokasi: 'pembulatan',
        });
  const predikatDari = o.predikatDari ?? (pembulatan ? 'tampil' : 'tepat');
  if (predikatDari !== 'tampil' && predikatDari !== 'tepat') {
    throw new SakipError(
      'OPSI_TIDAK_VALID',
      `predikatDari ${teksMasukan(predikatDari)} tidak dikenal; gunakan tampil atau tepat.`,
      {
        masukan: opsi,
        lokasi: 'predikatDari',
      },
    );
  }
  if (predikatDari === 'tampil' && pembulatan === undefined) {
    throw new SakipError('OPSI_TIDAK_VALID', 'predikatDari "tampil" butuh opsi pembulatan.', {
      masukan: opsi,
      lokasi: 'predikatDari',
    });
  }
  return capaianMassalInti(target, realisasi, {
    polaritas: bacaPolaritas(o.polaritas, 'OPSI_TIDAK_VALID'),
    rumusNegatif: bacaRumusNegatif(o.rumusNegatif, 'OPSI_TIDAK_VALID'),
    pembulatan: pembulatan && { desimal: pembulatan.desimal, mode: pembulatan.mode },
    skala: o.skala === undefined ? undefined : pilihSkala(o.skala),
    predikatDari,
  });
}

/** {@link capaianMassal} on parsed options (internal core); the lists are read, never changed. */
export function capaianMassalInti(
  target: ArrayLike<Angka>,
  realisasi: ArrayLike<Angka>,
  opsi: OpsiCapaianMassalInti,
): HasilCapaianMassal {
  const { polaritas, rumusNegatif, skala, predikatDari } = opsi;
  const desimal = opsi.pembulatan?.desimal;
  const mode = opsi.pembulatan?.mode ?? 'setengah-atas';
  const n = target.length;
  const bulat = new Float64Array(n);
  const peringkat = skala ? new Int32Array(n) : undefined;
  const lambat = new Map<number, Decimal>();

  const jalurLambat = (i: number): void => {
    try {
      const t = target[i]!;
      const r = realisasi[i]!;
      const c = capaianInti(keDecimalDi(t, 'target'), keDecimalDi(r, 'realisasi'), polaritas, rumusNegatif);
      if (typeof c === 'string') throw galatCapaian(c, c.startsWith('target') ? t : r);
      const tampil = desimal === undefined ? c : bulatkanInti(c, desimal, mode);
      lambat.set(i, tampil);
      if (skala && peringkat)
        peringkat[i] = predikatInti(predikatDari === 'tampil' ? tampil : c, skala).peringkat;
    } catch (e) {
      if (isSakipError(e)) {
        throw new SakipError(e.kode, `Butir [${i}]: ${e.message}`, {
          masukan: e.masukan,
          lokasi: `[${i}]`,
          cause: e,
        });
      }
      throw e;
    }
  };

  const cepat = siapkanJalurCepat(skala, desimal);
  if (!cepat) {
    for (let i = 0; i < n; i++) jalurLambat(i);
  } else {
    const { s, f, kali, pita, domain } = cepat;
    // Upper ends of the bands as flat arrays; the last band (open or not) takes the rest.
    const terakhir = pita.length - 1;
    const atasPita = Float64Array.from(pita.slice(0, terakhir), (p) => p.atas ?? Number.NaN);
    const inklusifPita = Uint8Array.from(pita.slice(0, terakhir), (p) => (p.atasInklusif ? 1 : 0));
    const k = s - (desimal ?? s);
    const setengah = f / 2;
    for (let i = 0; i < n; i++) {
      const t = target[i];
      const r = realisasi[i];
      if (typeof t !== 'number' || typeof r !== 'number') {
        jalurLambat(i);
        continue;
      }
      const t100 = Math.round(t * 100);
      const r100 = Math.round(r * 100);
      // Exactly two decimals or fewer: the shortest decimal form of t is t100/100 (see the TSDoc).
      if (t100 / 100 !== t || r100 / 100 !== r || t100 <= 0 || t100 >= AMAN) {
        jalurLambat(i);
        continue;
      }
      let p: number;
      let d: number;
      if (polaritas === 'positif') {
        p = r100;
        d = t100;
      } else if (rumusNegatif === 'selisih') {
        p = 2 * t100 - r100;
        d = t100;
      } else {
        if (r100 <= 0 || r100 >= AMAN) {
          jalurLambat(i);
          continue;
        }
        p = t100;
        d = r100;
      }
      // capaian × 10^s = p × 100 × 10^s / d, as quotient q and remainder sisa (0 ≤ sisa < d).
      const pembilang = p * kali;
      if (!(Math.abs(pembilang) < AMAN)) {
        jalurLambat(i);
        continue;
      }
      let q = Math.floor(pembilang / d);
      let sisa = pembilang - q * d;
      if (sisa < 0) {
        q -= 1;
        sisa += d;
      } else if (sisa >= d) {
        q += 1;
        sisa -= d;
      }
      let nilaiQ = q;
      let nilaiSisa = sisa;
      if (desimal !== undefined) {
        // Round q + sisa/d (at scale 10^s) to 10^desimal: qd + (m + sisa/d)/f, 0 ≤ m < f.
        let qd = Math.floor(q / f);
        let m = q - qd * f;
        if (m < 0) {
          qd -= 1;
          m += f;
        } else if (m >= f) {
          qd += 1;
          m -= f;
        }
        const pecahanNol = m === 0 && sisa === 0;
        const banding =
          k === 0 ? Math.sign(2 * sisa - d) : m > setengah ? 1 : m < setengah ? -1 : sisa > 0 ? 1 : 0;
        let hasil: number;
        if (mode === 'potong') hasil = pecahanNol || qd >= 0 ? qd : qd + 1;
        else if (pecahanNol) hasil = qd;
        else if (banding > 0) hasil = qd + 1;
        else if (banding < 0) hasil = qd;
        else if (mode === 'setengah-atas') hasil = qd >= 0 ? qd + 1 : qd;
        else hasil = qd % 2 === 0 ? qd : qd + 1;
        bulat[i] = hasil;
        if (predikatDari === 'tampil') {
          nilaiQ = hasil * f;
          nilaiSisa = 0;
        }
      }
      if (peringkat) {
        // v = nilaiQ + nilaiSisa/d at scale 10^s; every bound is an integer at that scale.
        if (domain.bawah !== undefined) {
          const c = banding(nilaiQ, nilaiSisa, domain.bawah);
          if (c < 0 || (c === 0 && !domain.bawahInklusif)) {
            jalurLambat(i);
            continue;
          }
        }
        if (domain.atas !== undefined) {
          const c = banding(nilaiQ, nilaiSisa, domain.atas);
          if (c > 0 || (c === 0 && !domain.atasInklusif)) {
            jalurLambat(i);
            continue;
          }
        }
        // Bands partition the domain, low to high: the first whose upper end admits v holds it.
        let j = 0;
        for (; j < terakhir; j++) {
          const c = banding(nilaiQ, nilaiSisa, atasPita[j]!);
          if (c < 0 || (c === 0 && inklusifPita[j] === 1)) break;
        }
        peringkat[i] = j;
      }
    }
  }

  // Without rounding, capaian(i) is the exact quotient, built when asked from a copy of the inputs.
  const salinan =
    desimal === undefined ? { target: Array.from(target), realisasi: Array.from(realisasi) } : undefined;
  const pangkat = desimal === undefined ? '' : `e-${desimal}`;
  const periksaIndeks = (i: number) => {
    if (!Number.isInteger(i) || i < 0 || i >= n) {
      throw new SakipError('MASUKAN_TIDAK_VALID', `Indeks ${teksMasukan(i)} di luar 0 … ${n - 1}.`, {
        masukan: i,
      });
    }
  };
  const ambilCapaian = (i: number): Decimal => {
    periksaIndeks(i);
    const l = lambat.get(i);
    if (l) return l;
    if (salinan) {
      // Items here took the integer path: numbers with ≤ 2 decimals, target > 0.
      const c = capaianAngkaInti(
        salinan.target[i] as number,
        salinan.realisasi[i] as number,
        polaritas,
        rumusNegatif,
      );
      if (c !== undefined && typeof c !== 'string') return c;
      const d = capaianInti(
        new Decimal(salinan.target[i] as number),
        new Decimal(salinan.realisasi[i] as number),
        polaritas,
        rumusNegatif,
      );
      return typeof d === 'string' ? new Decimal(0) : d;
    }
    const b = bulat[i]!;
    return b === 0 ? new Decimal(0) : new Decimal(`${b}${pangkat}`);
  };
  return {
    banyak: n,
    capaian: ambilCapaian,
    semuaCapaian: () => {
      const semua = new Array<Decimal>(n);
      for (let i = 0; i < n; i++) semua[i] = ambilCapaian(i);
      return semua;
    },
    predikat: (i: number) => {
      periksaIndeks(i);
      if (!skala || !peringkat) return undefined;
      const pita = skala.interval[peringkat[i]!]!;
      return { label: pita.label, kode: pita.kode, peringkat: peringkat[i]! };
    },
    peringkat,
  };
}

/** Compares v = q + sisa/d (0 ≤ sisa < d) with an integer bound b: −1, 0 or 1. */
function banding(q: number, sisa: number, b: number): number {
  return q < b ? -1 : q > b ? 1 : sisa > 0 ? 1 : 0;
}

interface BatasBulat {
  bawah: number | undefined;
  bawahInklusif: boolean;
  atas: number | undefined;
  atasInklusif: boolean;
}

/**
 * The integer path's constants: the scale s (decimals of the rounding and of every bound), bounds as
 * integers at that scale. `undefined` when the table's bounds need too many decimals.
 */
function siapkanJalurCepat(
  skala: Skala | undefined,
  desimal: number | undefined,
): { s: number; f: number; kali: number; pita: BatasBulat[]; domain: BatasBulat } | undefined {
  const batas: Decimal[] = [];
  const semua: (Pick<IntervalSkala, 'bawah' | 'atas'> | undefined)[] = skala
    ? [skala.domain, ...skala.interval]
    : [];
  for (const r of semua) {
    if (r?.bawah !== undefined) batas.push(r.bawah);
    if (r?.atas !== undefined) batas.push(r.atas);
  }
  if (desimal !== undefined && desimal < 0) return undefined;
  const s = Math.max(desimal ?? 0, ...batas.map((b) => b.decimalPlaces()));
  if (s > MAKS_SKALA) return undefined;
  const skalakan = (b: Decimal | undefined): number | undefined | null => {
    if (b === undefined) return undefined;
    const x = b.times(`1e${s}`).toNumber();
    return Number.isSafeInteger(x) && Math.abs(x) < AMAN ? x : null;
  };
  const bulatkanBatas = (r: {
    bawah?: Decimal | undefined;
    bawahInklusif: boolean;
    atas?: Decimal | undefined;
    atasInklusif: boolean;
  }): BatasBulat | null => {
    const bawah = skalakan(r.bawah);
    const atas = skalakan(r.atas);
    if (bawah === null || atas === null) return null;
    return { bawah, bawahInklusif: r.bawahInklusif, atas, atasInklusif: r.atasInklusif };
  };
  const domain = skala
    ? bulatkanBatas(skala.domain)
    : { bawah: undefined, bawahInklusif: true, atas: undefined, atasInklusif: true };
  const pita = skala ? skala.interval.map(bulatkanBatas) : [];
  if (!domain || pita.some((p) => p === null)) return undefined;
  return {
    s,
    f: 10 ** (s - (desimal ?? s)),
    kali: 10 ** (2 + s),
    pita: pita as BatasBulat[],
    domain,
  };
}
