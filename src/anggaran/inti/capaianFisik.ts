// Core of a parent's physical capaian (internal): trusted Decimals in, no validation.
import { DecimalInti as Decimal } from '../../angka/Decimal.js';
import type { Dihitung, TidakDapatDihitung } from '../../hasil/hasil.js';
import { type Langkah, langkah } from '../../hasil/hasil.js';

/** A way to find a parent's physical capaian: see `CARA_CAPAIAN_INDUK`. */
export type CaraCapaianInduk = 'indikator-sendiri' | 'rata-rata-anak' | 'rasio-jumlah';

/**
 * Why a parent's capaian is not computed (alasan):
 * - `'tanpa-indikator-sendiri'`: `'indikator-sendiri'` asked, the parent has no capaian of its own;
 * - `'tidak-ada-anak-berdata'`: no child has the figures the chosen way needs;
 * - `'jumlah-target-nol'`: `'rasio-jumlah'` with Σ target = 0.
 */
export type AlasanCapaianInduk = 'tanpa-indikator-sendiri' | 'tidak-ada-anak-berdata' | 'jumlah-target-nol';

/** Fields of both outcomes of a parent's capaian: the way used, the children left out. */
export interface TambahanCapaianInduk {
  cara: CaraCapaianInduk;
  /** Positions of the children left out because they lack the figures needed. */
  dilewati: number[];
}

/**
 * A parent's physical capaian (capaian fisik induk): computed — `nilai` **in percent**, exact — or
 * not, with the reason; both with the way used, the children left out and the trace.
 */
export type HasilCapaianInduk =
  | (Dihitung<Decimal> & TambahanCapaianInduk)
  | (TidakDapatDihitung<AlasanCapaianInduk> & TambahanCapaianInduk);

/** One child as the core reads it; `null` where the figure is not known. */
export interface AnakCapaianInti {
  capaian: Decimal | null;
  target: Decimal | null;
  realisasi: Decimal | null;
}

const SERATUS = new Decimal(100);

function tidak(
  cara: CaraCapaianInduk,
  alasan: AlasanCapaianInduk,
  pesan: string,
  rumus: string,
  dilewati: number[],
): HasilCapaianInduk {
  return {
    status: 'tidak-dapat-dihitung',
    alasan,
    pesan,
    langkah: [langkah(rumus, {}, 'tidak dapat dihitung', pesan)],
    cara,
    dilewati,
  };
}

function dihitung(cara: CaraCapaianInduk, nilai: Decimal, l: Langkah, dilewati: number[]): HasilCapaianInduk {
  return { status: 'dihitung', nilai, langkah: [l], cara, dilewati };
}

function catatanDilewati(dilewati: number[]): string | undefined {
  return dilewati.length === 0
    ? undefined
    : `anak ke-${dilewati.join(', ')} (dari 0) dilewati: angkanya tidak ada`;
}

/** The physical capaian of a parent by the named way (see `capaianFisikInduk`), on trusted values. */
export function capaianFisikIndukInti(
  cara: CaraCapaianInduk,
  sendiri: Decimal | null,
  anak: readonly AnakCapaianInti[],
): HasilCapaianInduk {
  if (cara === 'indikator-sendiri') {
    const rumus = 'capaian induk = capaian indikator induk sendiri';
    if (sendiri === null) {
      return tidak(
        cara,
        'tanpa-indikator-sendiri',
        'Induk tidak memiliki capaian indikator sendiri.',
        rumus,
        [],
      );
    }
    return dihitung(cara, sendiri, langkah(rumus, { 'capaian sendiri': sendiri }, sendiri), []);
  }
  const dilewati: number[] = [];
  if (cara === 'rata-rata-anak') {
    const rumus = 'capaian induk = Σ capaian anak / n';
    let jumlah = new Decimal(0);
    let n = 0;
    for (let i = 0; i < anak.length; i++) {
      const c = (anak[i] as AnakCapaianInti).capaian;
      if (c === null) dilewati.push(i);
      else {
        jumlah = jumlah.plus(c);
        n++;
      }
    }
    if (n === 0)
      return tidak(cara, 'tidak-ada-anak-berdata', 'Tidak ada anak yang memiliki capaian.', rumus, dilewati);
    const nilai = jumlah.div(n);
    const l = langkah(
      rumus,
      { 'Σ capaian anak': jumlah, n: new Decimal(n) },
      nilai,
      catatanDilewati(dilewati),
    );
    return dihitung(cara, nilai, l, dilewati);
  }
  const rumus = 'capaian induk = Σ realisasi anak / Σ target anak × 100';
  let jumlahTarget = new Decimal(0);
  let jumlahRealisasi = new Decimal(0);
  let n = 0;
  for (let i = 0; i < anak.length; i++) {
    const a = anak[i] as AnakCapaianInti;
    if (a.target === null || a.realisasi === null) {
      dilewati.push(i);
      continue;
    }
    jumlahTarget = jumlahTarget.plus(a.target);
    jumlahRealisasi = jumlahRealisasi.plus(a.realisasi);
    n++;
  }
  if (n === 0) {
    return tidak(
      cara,
      'tidak-ada-anak-berdata',
      'Tidak ada anak yang memiliki target dan realisasi.',
      rumus,
      dilewati,
    );
  }
  if (jumlahTarget.isZero())
    return tidak(cara, 'jumlah-target-nol', 'Jumlah target anak bernilai nol.', rumus, dilewati);
  const nilai = jumlahRealisasi.times(SERATUS).div(jumlahTarget);
  const l = langkah(
    rumus,
    { 'Σ realisasi anak': jumlahRealisasi, 'Σ target anak': jumlahTarget },
    nilai,
    catatanDilewati(dilewati),
  );
  return dihitung(cara, nilai, l, dilewati);
}
