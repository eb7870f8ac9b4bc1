import { efisiensi, type HasilEfisiensi, type OpsiEfisiensi } from '../anggaran/efisiensi.js';
import { type HasilRekapAnggaran, type OpsiRekapAnggaran, rekapAnggaran } from '../anggaran/rekapAnggaran.js';
import { KEBIJAKAN_PEMBULATAN, type KebijakanPembulatan } from '../angka/kebijakanPembulatan.js';
import {
  capaianSasaran,
  type HasilRataRataCapaian,
  type HasilSasaran,
  rataRataCapaian,
} from '../capaian/capaianSasaran.js';
import { bacaOpsi } from '../galat/masukan.js';
import { type HasilIkpa, ikpa } from '../ikpa/ikpa.js';
import { bacaLaporan, type Laporan, type LaporanMasukan } from '../model/Laporan.js';
import type { Skala } from '../predikat/Skala.js';
import { type HasilIkmGabungan, ikmGabungan } from '../skm/ikmGabungan.js';

/** Options of {@link hitungLaporan}. */
export interface OpsiHitungLaporan {
  /** Rounding policy for every step (default {@link KEBIJAKAN_PEMBULATAN}.TEPAT: nothing rounded). */
  kebijakan?: KebijakanPembulatan;
  /** Band table for the predikat of indicators, sasaran and the overall mean; none: no predikat. */
  skala?: Skala;
  /** Leave indicators not known yet out of the means (and list them). Default false. */
  lewatiBelumDiketahui?: boolean;
  /** Options of the budget roll-up. */
  rekap?: OpsiRekapAnggaran;
  /** Options of the efficiency of each sasaran (its `kebijakan` defaults to the one above). */
  efisiensi?: OpsiEfisiensi;
}

/** The efficiency of one sasaran, or why it is not computed (efisiensi sasaran). */
export type EfisiensiSasaran =
  | { sasaranId: string; status: 'dihitung'; hasil: HasilEfisiensi }
  | { sasaranId: string; status: 'tidak-dapat-dihitung'; keterangan: string };

/** Everything {@link hitungLaporan} computes for one report (hasil laporan). */
export interface HasilLaporan {
  instansi: string;
  tahun: number;
  /** The name of the rounding policy applied. */
  kebijakan: string;
  /** Each sasaran: its indicators' results and their mean. */
  sasaran: HasilSasaran[];
  /** The mean over every indicator of the report ("rata-rata capaian IKU"). */
  rataRata: HasilRataRataCapaian | null;
  /** The roll-up of the budget tree with its consistency findings; null when the report has none. */
  anggaran: HasilRekapAnggaran | null;
  /** The efficiency of each sasaran that has money and a capaian. */
  efisiensi: EfisiensiSasaran[];
  /** The respondent-weighted SKM of the report's units (its `skm.unit`); null when none. */
  skm: HasilIkmGabungan | null;
  /** The IKPA of the report's `ikpa` section under its version; null when none. */
  ikpa: HasilIkpa | null;
}

/**
 * Computes a whole report (hitung laporan): every indicator's capaian and predikat, each sasaran's
 * mean, the report's mean over all indicators, the budget roll-up with its findings, and each
 * sasaran's efficiency (its money from the leaves that serve it, its capaian as the policy passes
 * it on), the combined SKM of its units and its IKPA. The building blocks are
 * {@link capaianSasaran}, {@link rataRataCapaian}, {@link rekapAnggaran}, {@link efisiensi},
 * {@link ikmGabungan} and {@link ikpa}; this only wires them together.
 *
 * @throws {SakipError} `MODEL_TIDAK_VALID` for a report that does not fit the {@link Laporan} model,
 * the codes of the building blocks for invalid options, and those of {@link ikpa} for an IKPA
 * section that does not fit its version.
 *
 * @example
 * ```ts
 * import { hitungLaporan, KEBIJAKAN_PEMBULATAN, SKALA } from 'sakip';
 * const h = hitungLaporan(
 *   {
 *     instansi: 'Dinas Sosial Kabupaten Barito Kuala',
 *     tahun: 2024,
 *     sasaran: [
 *       { id: 'S2', nama: 'Kemampuan berusaha PPKS', indikator: [{ id: 'IKU-2', nama: 'PPKS mampu berusaha', target: '1,31', realisasi: '0,73' }] },
 *     ],
 *     anggaran: [{ nama: 'Program Pemberdayaan Sosial', sasaranId: ['S2'], anggaran: { pagu: '1.227.826.990', realisasi: '1.090.111.598' } }],
 *   },
 *   { kebijakan: KEBIJAKAN_PEMBULATAN.POTONG, skala: SKALA.PERMENDAGRI_54_2010, efisiensi: { batas: null } },
 * );
 * h.rataRata?.status === 'dihitung' && h.rataRata.capaian.tampil; //=> '55.72'
 * h.anggaran?.perSasaran[0]?.penyerapan?.toFixed(2); //=> '88.78'
 * const e = h.efisiensi[0];
 * e?.status === 'dihitung' && e.hasil.dihitung && e.hasil.eMentah.toFixed(4); //=> '-59.3392'
 * ```
 */
export function hitungLaporan(
  laporan: Laporan | LaporanMasukan,
  opsiMasukan?: OpsiHitungLaporan,
): HasilLaporan {
  const opsi = bacaOpsi(opsiMasukan, 'hitungLaporan', 'OPSI_TIDAK_VALID');
  const l = bacaLaporan(laporan);
  const kebijakan = opsi.kebijakan ?? KEBIJAKAN_PEMBULATAN.TEPAT;
  const umum = {
    kebijakan,
    ...(opsi.skala ? { skala: opsi.skala } : {}),
    ...(opsi.lewatiBelumDiketahui ? { lewatiBelumDiketahui: true } : {}),
  };
  const sasaran = l.sasaran.map((s) => capaianSasaran(s, umum));
  const semuaIndikator = sasaran.flatMap((s) => s.indikator);
  const rataRata = semuaIndikator.length === 0 ? null : rataRataCapaian(semuaIndikator, umum);
  const anggaran = l.anggaran.length === 0 ? null : rekapAnggaran(l.anggaran, opsi.rekap);

  const efisiensiSasaran = sasaran.flatMap((s): EfisiensiSasaran[] => {
    const uang = anggaran?.perSasaran.find((p) => p.sasaranId === s.id);
    if (uang === undefined) return [];
    if (s.status !== 'dihitung') {
      return [{ sasaranId: s.id, status: 'tidak-dapat-dihitung', keterangan: `Capaian sasaran: ${s.pesan}` }];
    }
    if (uang.pagu.isZero()) {
      return [{ sasaranId: s.id, status: 'tidak-dapat-dihitung', keterangan: 'Pagu sasaran 0.' }];
    }
    const butir = [{ nama: s.id, pagu: uang.pagu, realisasi: uang.realisasi, capaian: s.capaian.lanjut }];
    return [
      { sasaranId: s.id, status: 'dihitung', hasil: efisiensi(butir, { kebijakan, ...opsi.efisiensi }) },
    ];
  });

  return {
    instansi: l.instansi,
    tahun: l.tahun,
    kebijakan: kebijakan.nama,
    sasaran,
    rataRata,
    anggaran,
    efisiensi: efisiensiSasaran,
    skm: l.skm?.unit && l.skm.unit.length > 0 ? ikmGabungan(l.skm.unit) : null,
    ikpa: l.ikpa ? ikpa(l.ikpa.nilai, { versi: l.ikpa.versi }) : null,
  };
}
