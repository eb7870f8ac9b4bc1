// Core (trusted values, no validation of shapes): the mutu of an SKM figure under a rule set, and the
// SKM section of a report that prints only an IKM or only a value.
import { type Decimal, DecimalInti } from '../../angka/Decimal.js';
import { formatAngka } from '../../angka/formatAngka.js';
import { SakipError } from '../../galat/SakipError.js';
import { type Hasil, type Langkah, langkah } from '../../hasil/hasil.js';
import { type AturanSkm, JAWABAN_MAKS, JAWABAN_MIN, type MutuAturanSkm, type MutuSkm } from '../aturanSkm.js';
import type { SatuanSkm } from '../opsi.js';
import { banding, dariDecimal, kali, keDecimalPecahan, type Pecahan } from '../pecahan.js';

// The bounds of a rule's mutu table as exact fractions, computed once per rule set (rule sets are
// frozen, so the cache can never go stale).
const AMBANG = new WeakMap<AturanSkm, Pecahan[]>();

function ambang(aturan: AturanSkm): Pecahan[] {
  let a = AMBANG.get(aturan);
  if (a === undefined) {
    a = aturan.mutu.map((m) => dariDecimal(m.bawah));
    AMBANG.set(aturan, a);
  }
  return a;
}

/**
 * The mutu band of a value on the 25–100 scale, looked up exactly on its fraction (never on a
 * 40-digit Decimal that might round onto a bound). A value below the scale — only legacy weights
 * (0,111 × 9 < 1) produce one — falls in the lowest band.
 */
export function cariMutu(nilai: Pecahan, aturan: AturanSkm): MutuAturanSkm {
  const a = ambang(aturan);
  const mutu = aturan.mutu;
  for (let i = 0; i < mutu.length; i++) {
    const m = mutu[i] as MutuAturanSkm;
    const c = banding(nilai, a[i] as Pecahan);
    if (c > 0 || (c === 0 && m.bawahInklusif)) return m;
  }
  return mutu[mutu.length - 1] as MutuAturanSkm;
}

/** {@link cariMutu} for an exact Decimal (Decimal comparisons are exact: no fraction needed). */
export function cariMutuDecimal(nilai: Decimal, aturan: AturanSkm): MutuAturanSkm {
  const mutu = aturan.mutu;
  for (let i = 0; i < mutu.length; i++) {
    const m = mutu[i] as MutuAturanSkm;
    const c = nilai.cmp(m.bawah);
    if (c > 0 || (c === 0 && m.bawahInklusif)) return m;
  }
  return mutu[mutu.length - 1] as MutuAturanSkm;
}

// The range of each unit under a rule set, computed once per rule set.
const RENTANG = new WeakMap<AturanSkm, Readonly<Record<SatuanSkm, readonly [Decimal, Decimal]>>>();

/** `[min, maks]` of a unit under a rule: indeks 1–4, nilai konversi × 1 … konversi × 4 (internal). */
export function rentangSatuan(aturan: AturanSkm, satuan: SatuanSkm): readonly [Decimal, Decimal] {
  let r = RENTANG.get(aturan);
  if (r === undefined) {
    const k = aturan.konversi;
    r = {
      indeks: [new DecimalInti(JAWABAN_MIN), new DecimalInti(JAWABAN_MAKS)],
      nilai: [k.times(JAWABAN_MIN), k.times(JAWABAN_MAKS)],
    };
    RENTANG.set(aturan, r);
  }
  return r[satuan];
}

/** Whether a figure lies in a unit's range (internal). */
export function dalamRentang(x: Decimal, aturan: AturanSkm, satuan: SatuanSkm): boolean {
  const [min, maks] = rentangSatuan(aturan, satuan);
  return !x.lt(min) && !x.gt(maks);
}

// sakip's Decimals carry 40 significant digits (src/angka/Decimal.ts).
const PRESISI = 40;

/** The table in words, for the trace: `A ≥ 88,31; B ≥ 76,61; C ≥ 65; D ≥ 25`. */
export function tulisTabelMutu(aturan: AturanSkm): string {
  let teks = TABEL.get(aturan);
  if (teks === undefined) {
    teks = aturan.mutu
      .map((m) => `${m.kode} ${m.bawahInklusif ? '≥' : '>'} ${formatAngka(m.bawah)}`)
      .join('; ');
    TABEL.set(aturan, teks);
  }
  return teks;
}
// Written once per rule set (frozen, so never stale): formatting four bounds costs more than a lookup.
const TABEL = new WeakMap<AturanSkm, string>();

/** The trace step of a mutu lookup. */
export function langkahMutu(nilai: Decimal, m: MutuAturanSkm, aturan: AturanSkm, catatan?: string): Langkah {
  return langkah(
    'mutu = baris tabel mutu yang memuat nilai',
    { nilai },
    `${m.kode} (${m.kinerja})`,
    `${aturan.id}: ${tulisTabelMutu(aturan)}${catatan === undefined ? '' : `; ${catatan}`}`,
  );
}

/** The mutu of an SKM figure (hasil mutu SKM). */
export interface HasilMutuSkm {
  /** Mutu pelayanan, A–D. */
  readonly mutu: MutuSkm;
  /** Kinerja unit pelayanan: `'Sangat Baik'`, `'Baik'`, `'Kurang Baik'`, `'Tidak Baik'`. */
  readonly kinerja: string;
  /** The figure on 1–4. */
  readonly ikm: Decimal;
  /** The figure on 25–100 (the one looked up in the table). */
  readonly nilai: Decimal;
  /** The rule set's `id`. */
  readonly aturan: string;
  readonly langkah: readonly Langkah[];
}

/**
 * {@link mutuSkm} on trusted values (core): the figure's range is checked against the rule (a figure
 * outside its unit's range is refused, with a hint when it fits the other unit), then the band is
 * looked up exactly.
 *
 * @throws {SakipError} `SKM_NILAI_DI_LUAR_RENTANG`.
 */
export function mutuSkmInti(x: Decimal, aturan: AturanSkm, satuan: SatuanSkm, lokasi = ''): HasilMutuSkm {
  const k = aturan.konversi;
  if (!dalamRentang(x, aturan, satuan)) {
    const [min, maks] = rentangSatuan(aturan, satuan);
    const lain = satuan === 'indeks' ? 'nilai' : 'indeks';
    throw new SakipError(
      'SKM_NILAI_DI_LUAR_RENTANG',
      `${satuan === 'indeks' ? 'Indeks' : 'Nilai'} SKM ${formatAngka(x)} di luar rentang ${satuan} ` +
        `${formatAngka(min)}–${formatAngka(maks)} (aturan ${aturan.id})` +
        (dalamRentang(x, aturan, lain) ? `; angka ini tampaknya ${lain}: pakai { satuan: '${lain}' }.` : '.'),
      { masukan: x, lokasi },
    );
  }
  let nilai: Decimal;
  let m: MutuAturanSkm;
  if (satuan === 'nilai') {
    nilai = x;
    m = cariMutuDecimal(x, aturan);
  } else if (x.sd() + k.sd() <= PRESISI) {
    // The product has at most 40 digits, so the Decimal is exact: compare it directly.
    nilai = x.times(k);
    m = cariMutuDecimal(nilai, aturan);
  } else {
    const nilaiP = kali(dariDecimal(x), dariDecimal(k));
    nilai = keDecimalPecahan(nilaiP);
    m = cariMutu(nilaiP, aturan);
  }
  const ikm = satuan === 'indeks' ? x : x.div(k);
  const l =
    satuan === 'indeks'
      ? langkah('nilai = IKM × konversi', { IKM: x, konversi: k }, nilai)
      : langkah('IKM = nilai / konversi', { nilai: x, konversi: k }, ikm);
  return {
    mutu: m.kode,
    kinerja: m.kinerja,
    ikm,
    nilai,
    aturan: aturan.id,
    langkah: [l, langkahMutu(nilai, m, aturan)],
  };
}

/** Why a report's SKM section cannot be graded: it prints neither an IKM nor a value. */
export type AlasanSkmRingkas = 'skm-kosong';

/** The figures of a report's SKM section, printed without the units behind them (ringkas). */
export interface SkmRingkasInti {
  ikm?: Decimal | null | undefined;
  nilai?: Decimal | null | undefined;
}

/** The result of {@link skmDariRingkasInti}: the value, the IKM and the mutu — or not computable. */
export type HasilSkmRingkas = Hasil<
  Decimal,
  AlasanSkmRingkas,
  { readonly ikm: Decimal; readonly mutu: MutuSkm; readonly kinerja: string; readonly aturan: string }
>;

/**
 * A report's SKM section that prints only an IKM (1–4) or only a value (25–100) (core, for
 * `hitungLaporan`): the other figure by the rule's `konversi` (nilai = IKM × 25, IKM = nilai / 25)
 * and the mutu. When both are printed the value decides (the mutu table is on its scale) and the
 * printed IKM is only noted in the trace; when neither is, the section is "not computable"
 * (`alasan: 'skm-kosong'`), not an error.
 *
 * @throws {SakipError} `SKM_NILAI_DI_LUAR_RENTANG` (lokasi `ikm` or `nilai`) for a figure outside
 * its range.
 */
export function skmDariRingkasInti(bagian: SkmRingkasInti, aturan: AturanSkm): HasilSkmRingkas {
  const { ikm, nilai } = bagian;
  if ((nilai === null || nilai === undefined) && (ikm === null || ikm === undefined)) {
    return {
      status: 'tidak-dapat-dihitung',
      alasan: 'skm-kosong',
      pesan: 'Bagian SKM tidak memuat IKM maupun nilai: mutunya tidak dapat dihitung.',
      langkah: [],
    };
  }
  const dariNilai = nilai !== null && nilai !== undefined;
  const h = dariNilai
    ? mutuSkmInti(nilai, aturan, 'nilai', 'nilai')
    : mutuSkmInti(ikm as Decimal, aturan, 'indeks', 'ikm');
  const jejak = [...h.langkah];
  if (dariNilai && ikm !== null && ikm !== undefined) {
    jejak.unshift(
      langkah(
        'IKM tercetak',
        { IKM: ikm },
        ikm,
        'tidak dipakai: IKM dan mutu dihitung dari nilai (skala tabel mutu)',
      ),
    );
  }
  return {
    status: 'dihitung',
    nilai: h.nilai,
    ikm: h.ikm,
    mutu: h.mutu,
    kinerja: h.kinerja,
    aturan: h.aturan,
    langkah: jejak,
  };
}
