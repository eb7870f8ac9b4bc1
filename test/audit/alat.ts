// Helpers of the audit tests: small hand-made reports, and finding a finding by its path and text.
import { expect } from 'vitest';
import type {
  HasilAudit,
  IndikatorMasukan,
  LaporanMasukan,
  TemuanAudit,
  TemuanCocok,
  TemuanSalah,
  TemuanTidakDiperiksa,
} from '../../src/index.js';

type Tercetak = NonNullable<LaporanMasukan['tercetak']>;

/** An indicator `{ id, nama, target, realisasi, … }`. */
export function ind(
  id: string,
  target: IndikatorMasukan['target'],
  realisasi: IndikatorMasukan['realisasi'],
  lain: Partial<IndikatorMasukan> = {},
): IndikatorMasukan {
  return { id, nama: `Indikator ${id}`, target, realisasi, ...lain };
}

/** A report of one agency in 2024 with the given parts. */
export function laporan(
  bagian: Partial<LaporanMasukan> & Pick<LaporanMasukan, 'sasaran'>,
  tercetak: Tercetak = [],
): LaporanMasukan {
  return { instansi: 'Dinas Uji', tahun: 2024, ...bagian, tercetak };
}

/** The single finding of the figure printed as `teks` under `rujukan` (fails when not exactly one). */
export function temuan(hasil: HasilAudit, rujukan: string, teks: string): TemuanAudit {
  const ada = hasil.temuan.filter((t) => t.rujukan === rujukan && t.teks === teks);
  expect(ada, `${rujukan} = ${teks}`).toHaveLength(1);
  return ada[0] as TemuanAudit;
}

export function cocok(t: TemuanAudit): TemuanCocok {
  expect(t.status, `${t.rujukan} ${t.teks}: ${t.pesan}`).toMatch(/^cocok/);
  return t as TemuanCocok;
}

export function salah(t: TemuanAudit): TemuanSalah {
  expect(t.status, `${t.rujukan} ${t.teks}: ${t.pesan}`).toBe('salah');
  return t as TemuanSalah;
}

export function tidakDiperiksa(t: TemuanAudit): TemuanTidakDiperiksa {
  expect(t.status, `${t.rujukan} ${t.teks}: ${t.pesan}`).toBe('tidak-dapat-diperiksa');
  return t as TemuanTidakDiperiksa;
}

/** The habit codes of a finding that matches under a habit. */
export function kodeKebiasaan(t: TemuanAudit): readonly string[] | undefined {
  expect(t.status, `${t.rujukan} ${t.teks}: ${t.pesan}`).toBe('cocok-dengan-kebiasaan');
  return (t as TemuanCocok).kebiasaan?.kode;
}

/** The cause codes of a wrong finding. */
export function kodePenyebab(t: TemuanAudit): string[] {
  return salah(t).penyebab.map((p) => p.kode);
}

/** Freezes a plain JSON-like value and everything in it (iteratively). */
export function bekukanDalam<T>(x: T): T {
  const tumpuk: unknown[] = [x];
  while (tumpuk.length > 0) {
    const v = tumpuk.pop();
    if (typeof v !== 'object' || v === null || Object.isFrozen(v)) continue;
    Object.freeze(v);
    for (const anak of Object.values(v)) tumpuk.push(anak);
  }
  return x;
}
