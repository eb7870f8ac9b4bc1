// Core (trusted values): the IKM of a parent agency from its units' IKM and respondents.
import type { Decimal } from '../../angka/Decimal.js';
import { DecimalInti } from '../../angka/Decimal.js';
import { formatAngka } from '../../angka/formatAngka.js';
import { SakipError } from '../../galat/SakipError.js';
import { type Langkah, langkah } from '../../hasil/hasil.js';
import { type AturanSkm, JAWABAN_MAKS, JAWABAN_MIN, type MutuSkm } from '../aturanSkm.js';
import type { SatuanSkm } from '../opsi.js';
import { bagi, dariDecimal, kali, keDecimalPecahan, type Pecahan, pecahan } from '../pecahan.js';
import { cariMutu, dalamRentang, langkahMutu } from './mutu.js';

/** How units are combined (cara gabung): `'responden'` — weighted by respondents (default); `'rata-rata'` — plain mean. */
export type CaraGabungSkm = 'responden' | 'rata-rata';

/** One unit, read (internal, trusted): its IKM as a Decimal, its respondents a safe integer ≥ 0. */
export interface UnitSkmInti {
  readonly nama?: string | undefined;
  readonly ikm: Decimal;
  readonly responden: number;
}

/** One unit in the result of {@link ikmGabungan}. */
export interface UnitIkmGabungan {
  readonly nama: string | undefined;
  /** The unit's IKM, in the unit it was given in (see `satuan`). */
  readonly ikm: Decimal;
  readonly responden: number;
  /** IKM × responden: the weight column reports print. */
  readonly ikmKaliResponden: Decimal;
}

/** The combined IKM of several units (IKM gabungan). */
export interface HasilIkmGabungan {
  /** The combined figure on 1–4. */
  readonly ikm: Decimal;
  /** The combined figure on 25–100. */
  readonly nilai: Decimal;
  /** The unit the units' IKM were given in (and so the unit of `unit[i].ikm`). */
  readonly satuan: SatuanSkm;
  readonly cara: CaraGabungSkm;
  /** Σ responden. */
  readonly responden: number;
  /** Σ IKM × responden. */
  readonly jumlahIkmKaliResponden: Decimal;
  readonly mutu: MutuSkm;
  readonly kinerja: string;
  /** The rule set's `id` (its konversi and mutu table). */
  readonly aturan: string;
  readonly unit: readonly UnitIkmGabungan[];
  readonly langkah: readonly Langkah[];
}

/** An exact decimal as an integer and a power of ten: `d = m × 10^-k` (read from its plain digits). */
function keBulat(d: Decimal): { m: bigint; k: number } {
  const teks = d.toFixed();
  const titik = teks.indexOf('.');
  return titik < 0
    ? { m: BigInt(teks), k: 0 }
    : { m: BigInt(teks.slice(0, titik) + teks.slice(titik + 1)), k: teks.length - titik - 1 };
}

/** `m × 10^-k` as a Decimal, every digit kept (the constructor does not round). */
function desimal(m: bigint, k: number): Decimal {
  return new DecimalInti(k === 0 ? m.toString() : `${m.toString()}e-${k}`);
}

// sakip's Decimals carry 40 significant digits (src/angka/Decimal.ts).
const PRESISI = 40;

/**
 * An exact product of a decimal and a count: the Decimal product when both fit in 40 digits
 * (respondents have at most 16), else through integers.
 */
function kaliTepat(x: Decimal, n: number): Decimal {
  if (x.sd() + 16 <= PRESISI) return x.times(n);
  const { m, k } = keBulat(x);
  return desimal(m * BigInt(n), k);
}

/**
 * The exact sum of decimals, whatever their number: Decimal additions while the running sum
 * provably needs no more than 40 digits (integer digits + the most decimals seen), else — for
 * hostile 40-digit inputs — integers scaled to a common power of ten.
 */
function jumlahTepat(suku: readonly Decimal[]): Decimal {
  let jumlah = new DecimalInti(0);
  let desimalMaks = 0;
  for (const x of suku) {
    const dp = x.decimalPlaces();
    if (dp > desimalMaks) desimalMaks = dp;
    jumlah = jumlah.plus(x);
    if (Math.max(jumlah.e + 1, 1) + desimalMaks > PRESISI) return jumlahBulat(suku);
  }
  return jumlah;
}

function jumlahBulat(suku: readonly Decimal[]): Decimal {
  let m = 0n;
  let k = 0;
  for (const x of suku) {
    const b = keBulat(x);
    if (b.k > k) {
      m *= 10n ** BigInt(b.k - k);
      k = b.k;
    }
    m += b.k < k ? b.m * 10n ** BigInt(k - b.k) : b.m;
  }
  return desimal(m, k);
}

/**
 * {@link ikmGabungan} on trusted values (core, for `hitungLaporan`): the respondent-weighted mean
 * `Σ(IKM × responden) / Σ responden`, or the plain mean; the units' unit (`satuan`) detected from the
 * first unit when not given. The mutu is looked up exactly on the combined fraction.
 *
 * @throws {SakipError} `SKM_TANPA_RESPONDEN` (no unit, or Σ responden = 0 under `'responden'`);
 * `SKM_SKALA_CAMPUR` (units on 1–4 and on 25–100); `SKM_NILAI_DI_LUAR_RENTANG` (lokasi
 * `unit[i].ikm`); `SKM_UNIT_TIDAK_VALID` when Σ responden exceeds 2⁵³.
 */
export function ikmGabunganInti(
  unit: readonly UnitSkmInti[],
  aturan: AturanSkm,
  cara: CaraGabungSkm,
  satuanDiminta?: SatuanSkm,
): HasilIkmGabungan {
  if (unit.length === 0) {
    throw new SakipError('SKM_TANPA_RESPONDEN', 'Tidak ada unit untuk digabung.', {
      masukan: unit,
      lokasi: 'unit',
    });
  }
  const k = aturan.konversi;
  const pertama = unit[0] as UnitSkmInti;
  const satuan: SatuanSkm =
    satuanDiminta ??
    (dalamRentang(pertama.ikm, aturan, 'indeks') || !dalamRentang(pertama.ikm, aturan, 'nilai')
      ? 'indeks'
      : 'nilai');
  const lain: SatuanSkm = satuan === 'indeks' ? 'nilai' : 'indeks';
  const muat = (x: Decimal, s: SatuanSkm) => dalamRentang(x, aturan, s);
  const hasilUnit: UnitIkmGabungan[] = [];
  let responden = 0;
  for (let i = 0; i < unit.length; i++) {
    const u = unit[i] as UnitSkmInti;
    if (!muat(u.ikm, satuan)) {
      const campur = muat(u.ikm, lain);
      throw new SakipError(
        campur ? 'SKM_SKALA_CAMPUR' : 'SKM_NILAI_DI_LUAR_RENTANG',
        campur
          ? `IKM unit ke-${i + 1} ${formatAngka(u.ikm)} tertulis sebagai ${lain}, unit ${satuanDiminta ? 'yang diminta' : 'pertama'} ` +
              `sebagai ${satuan}; samakan satuannya dulu (nilai = IKM × ${formatAngka(k)}).`
          : `IKM unit ke-${i + 1} ${formatAngka(u.ikm)} di luar rentang indeks 1–4 maupun nilai ` +
              `${formatAngka(k.times(JAWABAN_MIN))}–${formatAngka(k.times(JAWABAN_MAKS))}.`,
        { masukan: u.ikm, lokasi: `unit[${i}].ikm` },
      );
    }
    responden += u.responden;
    hasilUnit.push({
      nama: u.nama,
      ikm: u.ikm,
      responden: u.responden,
      ikmKaliResponden: kaliTepat(u.ikm, u.responden),
    });
  }
  if (!Number.isSafeInteger(responden)) {
    throw new SakipError('SKM_UNIT_TIDAK_VALID', 'Jumlah responden semua unit melampaui 2⁵³.', {
      masukan: responden,
      lokasi: 'unit',
    });
  }
  const jejak: Langkah[] = [];
  let gabungan: Pecahan;
  // Σ IKM × responden is printed by reports under either cara.
  let jumlahKali: Decimal | undefined;
  if (cara === 'responden') {
    if (responden === 0) {
      throw new SakipError(
        'SKM_TANPA_RESPONDEN',
        'Jumlah responden semua unit nol: rata-rata tertimbang responden tidak terdefinisi.',
        { masukan: responden, lokasi: 'unit' },
      );
    }
    const jumlah = jumlahTepat(hasilUnit.map((u) => u.ikmKaliResponden));
    jumlahKali = jumlah;
    jejak.push(langkah('Σ(IKM × responden)', { 'banyak unit': new DecimalInti(unit.length) }, jumlah));
    gabungan = bagi(dariDecimal(jumlah), pecahan(BigInt(responden)));
    jejak.push(
      langkah(
        'IKM gabungan = Σ(IKM × responden) / Σ responden',
        { 'Σ(IKM × responden)': jumlah, 'Σ responden': new DecimalInti(responden) },
        keDecimalPecahan(gabungan),
      ),
    );
  } else {
    const jumlahIkm = jumlahTepat(hasilUnit.map((u) => u.ikm));
    gabungan = bagi(dariDecimal(jumlahIkm), pecahan(BigInt(unit.length)));
    jejak.push(
      langkah(
        'IKM gabungan = Σ IKM / banyak unit',
        { 'Σ IKM': jumlahIkm, 'banyak unit': new DecimalInti(unit.length) },
        keDecimalPecahan(gabungan),
      ),
    );
  }
  const kp = dariDecimal(k);
  const ikmP = satuan === 'indeks' ? gabungan : bagi(gabungan, kp);
  const nilaiP = satuan === 'indeks' ? kali(gabungan, kp) : gabungan;
  const ikm = keDecimalPecahan(ikmP);
  const nilai = keDecimalPecahan(nilaiP);
  jejak.push(
    satuan === 'indeks'
      ? langkah('nilai = IKM × konversi', { IKM: ikm, konversi: k }, nilai)
      : langkah('IKM = nilai / konversi', { nilai, konversi: k }, ikm),
  );
  const m = cariMutu(nilaiP, aturan);
  jejak.push(langkahMutu(nilai, m, aturan));
  return {
    ikm,
    nilai,
    satuan,
    cara,
    responden,
    jumlahIkmKaliResponden: jumlahKali ?? jumlahTepat(hasilUnit.map((u) => u.ikmKaliResponden)),
    mutu: m.kode,
    kinerja: m.kinerja,
    aturan: aturan.id,
    unit: hasilUnit,
    langkah: jejak,
  };
}
