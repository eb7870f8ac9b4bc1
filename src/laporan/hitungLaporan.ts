import { bacaOpsiEfisiensi, type OpsiEfisiensi } from '../anggaran/efisiensi.js';
import type { HasilEfisiensi } from '../anggaran/inti/efisiensi.js';
import { efisiensiInti } from '../anggaran/inti/efisiensi.js';
import { type HasilRekapAnggaran, rekapAnggaranInti } from '../anggaran/inti/rekap.js';
import { bacaOpsiRekapAnggaran, type OpsiRekapAnggaran } from '../anggaran/rekapAnggaran.js';
import type { KebijakanPembulatan } from '../angka/kebijakanPembulatan.js';
import {
  bacaOpsiRataRata,
  capaianSasaranInti,
  type HasilRataRataCapaian,
  type HasilSasaran,
  rataRataCapaianInti,
} from '../capaian/capaianSasaran.js';
import { bacaKebijakanSkala, bacaOpsiIndikator } from '../capaian/hitungIndikator.js';
import { bacaObjek } from '../galat/masukan.js';
import { bacaNilaiIkpa, bacaOpsiIkpaInti, type HasilIkpa, ikpaInti, pilihAturanIkpa } from '../ikpa/ikpa.js';
import { bacaLaporan, type Laporan, type LaporanMasukan } from '../model/Laporan.js';
import type { Skala } from '../predikat/Skala.js';
import {
  type HasilIkmGabungan,
  type HasilSkmRingkas,
  ikmGabunganInti,
  pilihAturanSkm,
  skmDariRingkasInti,
} from '../skm/inti/index.js';

/** Options of {@link hitungLaporan}. */
export interface OpsiHitungLaporan {
  /** Rounding policy for every step: an id of `KEBIJAKAN_PEMBULATAN` or a policy (default `'TEPAT'`). */
  kebijakan?: string | KebijakanPembulatan;
  /** Band table for indicators, sasaran and the overall mean: an id of `SKALA` or a table; none: no predikat. */
  skala?: string | Skala;
  /** Leave indicators not known yet out of the means (and list them). Default false. */
  lewatiBelumDiketahui?: boolean;
  /** Options of the budget roll-up. */
  rekap?: OpsiRekapAnggaran;
  /** Options of the efficiency of each sasaran (its `kebijakan` defaults to the one above). */
  efisiensi?: OpsiEfisiensi;
}

const KUNCI_OPSI = ['kebijakan', 'skala', 'lewatiBelumDiketahui', 'rekap', 'efisiensi'] as const;

/** The efficiency of one sasaran: its result, or why the report cannot have one (efisiensi sasaran). */
export type EfisiensiSasaran =
  | { sasaranId: string; status: 'dihitung'; hasil: HasilEfisiensi }
  | {
      sasaranId: string;
      status: 'tidak-dapat-dihitung';
      alasan: 'capaian-sasaran' | 'pagu-nol';
      pesan: string;
    };

/** Everything {@link hitungLaporan} computes for one report (hasil laporan). */
export interface HasilLaporan {
  instansi: string;
  tahun: number;
  /** The id of the rounding policy applied. */
  kebijakan: string;
  /** The id of the band table applied, if any. */
  skala: string | undefined;
  /** Each sasaran: its indicators' results and their mean. */
  sasaran: HasilSasaran[];
  /** The mean over every indicator of the report ("rata-rata capaian IKU"). */
  rataRata: HasilRataRataCapaian | null;
  /** The roll-up of the budget tree with its consistency findings; null when the report has none. */
  anggaran: HasilRekapAnggaran | null;
  /** The efficiency of each sasaran that has money. */
  efisiensi: EfisiensiSasaran[];
  /**
   * The report's SKM under its declared rule (`skm.aturan`, default PermenPAN-RB 14/2017): the
   * respondent-weighted IKM of its units, or — a section that prints only an IKM or a value — that
   * figure converted and graded; null when the report has no SKM section.
   */
  skm: HasilIkmGabungan | HasilSkmRingkas | null;
  /** The IKPA of the report's `ikpa` section under its rule (or the rule of the report's year); null when none. */
  ikpa: HasilIkpa | null;
}

/**
 * Computes a whole report (hitung laporan): every indicator's capaian and predikat, each sasaran's
 * mean, the report's mean over all indicators, the budget roll-up with its findings, each sasaran's
 * efficiency (its money from the leaves that serve it, its capaian as the policy passes it on), the
 * report's SKM under its own rule and its IKPA. The report is read once ({@link bacaLaporan}: a report
 * already read is not read again); the options once; then the cores of each module are wired together.
 *
 * @throws {SakipError} `MODEL_TIDAK_VALID` for a report that does not fit the {@link Laporan} model,
 * `OPSI_TIDAK_VALID` / `ATURAN_TIDAK_DIKENAL` for options, and the codes of the modules for an SKM or
 * IKPA section that does not fit its rule.
 *
 * @example
 * ```ts
 * import { hitungLaporan } from 'sakip';
 * const h = hitungLaporan(
 *   {
 *     instansi: 'Dinas Sosial Kabupaten Barito Kuala',
 *     tahun: 2024,
 *     sasaran: [
 *       { id: 'S2', nama: 'Kemampuan berusaha PPKS', indikator: [{ id: 'IKU-2', nama: 'PPKS mampu berusaha', target: '1,31', realisasi: '0,73' }] },
 *     ],
 *     anggaran: [{ nama: 'Program Pemberdayaan Sosial', sasaranId: ['S2'], anggaran: { pagu: '1.227.826.990', realisasi: '1.090.111.598' } }],
 *     skm: { aturan: 'KEPMENPAN_25_2004', ikm: '3,0590' },
 *   },
 *   { kebijakan: 'POTONG', skala: 'PERMENDAGRI_54_2010', efisiensi: { aturan: 'TANPA_BATAS' } },
 * );
 * h.rataRata?.status === 'dihitung' && h.rataRata.capaian.tampil; //=> '55.72'
 * h.anggaran?.perSasaran[0]?.penyerapan?.toFixed(2); //=> '88.78'
 * const e = h.efisiensi[0];
 * e?.status === 'dihitung' && e.hasil.status === 'dihitung' && e.hasil.eMentah.toFixed(4); //=> '-59.3392'
 * h.skm !== null && 'mutu' in h.skm && h.skm.mutu; //=> 'B'
 * ```
 */
export function hitungLaporan(laporan: Laporan | LaporanMasukan, opsi?: OpsiHitungLaporan): HasilLaporan {
  const l = bacaLaporan(laporan);
  return hitungLaporanInti(l, bacaOpsiLaporan(opsi, l.aturan));
}

/** The options of {@link hitungLaporanInti}, parsed once. */
export interface OpsiLaporanInti {
  kebijakan: KebijakanPembulatan;
  skala: Skala | undefined;
  indikator: ReturnType<typeof bacaOpsiIndikator>;
  rataRata: ReturnType<typeof bacaOpsiRataRata>;
  rekap: ReturnType<typeof bacaOpsiRekapAnggaran>;
  efisiensi: ReturnType<typeof bacaOpsiEfisiensi>;
}

/**
 * Reads the options of {@link hitungLaporan} once (internal; the audit reads them the same way). The
 * rules a report declares (`laporan.aturan`) apply where the options name none.
 */
export function bacaOpsiLaporan(opsi: unknown, aturanLaporan?: Laporan['aturan']): OpsiLaporanInti {
  const o = bacaObjek(opsi, { nama: 'Opsi hitungLaporan', kunci: KUNCI_OPSI });
  const umum = bacaKebijakanSkala({
    kebijakan: o.kebijakan ?? aturanLaporan?.kebijakan,
    skala: o.skala ?? aturanLaporan?.skala,
  });
  const adaKebijakanEfisiensi =
    typeof o.efisiensi === 'object' && o.efisiensi !== null && Object.hasOwn(o.efisiensi, 'kebijakan');
  const efisiensi = bacaOpsiEfisiensi(o.efisiensi, aturanLaporan?.efisiensi);
  return {
    kebijakan: umum.kebijakan,
    skala: umum.skala,
    indikator: bacaOpsiIndikator({}, umum),
    rataRata: bacaOpsiRataRata({ lewatiBelumDiketahui: o.lewatiBelumDiketahui }, umum),
    rekap: bacaOpsiRekapAnggaran(o.rekap),
    // The report's policy rounds its efficiency too, unless the efficiency options name their own.
    efisiensi: adaKebijakanEfisiensi ? efisiensi : { ...efisiensi, kebijakan: umum.kebijakan },
  };
}

/** {@link hitungLaporan} on a trusted report and parsed options (internal core). */
export function hitungLaporanInti(l: Laporan, o: OpsiLaporanInti): HasilLaporan {
  const opsiSasaran = { ...o.indikator, ...o.rataRata };
  const sasaran = l.sasaran.map((s) => capaianSasaranInti(s, opsiSasaran));
  const semuaIndikator = sasaran.flatMap((s) => s.indikator);
  const rataRata = semuaIndikator.length === 0 ? null : rataRataCapaianInti(semuaIndikator, o.rataRata);
  const anggaran =
    l.anggaran.length === 0
      ? null
      : rekapAnggaranInti(l.anggaran, { ...o.rekap, sasaran: new Set(l.sasaran.map((s) => s.id)) });

  const efisiensi = sasaran.flatMap((s): EfisiensiSasaran[] => {
    const uang = anggaran?.perSasaran.find((p) => p.sasaranId === s.id);
    if (uang === undefined) return [];
    if (s.status !== 'dihitung') {
      return [
        {
          sasaranId: s.id,
          status: 'tidak-dapat-dihitung',
          alasan: 'capaian-sasaran',
          pesan: `Capaian sasaran: ${s.pesan}`,
        },
      ];
    }
    if (uang.pagu.isZero()) {
      return [
        { sasaranId: s.id, status: 'tidak-dapat-dihitung', alasan: 'pagu-nol', pesan: 'Pagu sasaran 0.' },
      ];
    }
    const butir = [{ nama: s.id, pagu: uang.pagu, realisasi: uang.realisasi, capaian: s.capaian.lanjut }];
    return [{ sasaranId: s.id, status: 'dihitung', hasil: efisiensiInti(butir, o.efisiensi) }];
  });

  return {
    instansi: l.instansi,
    tahun: l.tahun,
    kebijakan: o.kebijakan.id,
    skala: o.skala?.id,
    sasaran,
    rataRata,
    anggaran,
    efisiensi,
    skm: skmLaporan(l),
    ikpa: ikpaLaporan(l),
  };
}

/** The report's SKM under the rule it declares (a unit list if it has one, else its printed figure; internal, also for the audit). */
export function skmLaporan(l: Laporan): HasilIkmGabungan | HasilSkmRingkas | null {
  if (l.skm === undefined) return null;
  const aturan = pilihAturanSkm(l.skm.aturan);
  const unit = l.skm.unit ?? [];
  if (unit.length > 0) return ikmGabunganInti(unit, aturan, 'responden');
  return skmDariRingkasInti({ ikm: l.skm.ikm ?? null, nilai: l.skm.nilai ?? null }, aturan);
}

/** The report's IKPA under its rule, or the rule in force in the report's year. */
export function ikpaLaporan(l: Laporan): HasilIkpa | null {
  if (l.ikpa === undefined) return null;
  const aturan = pilihAturanIkpa(l.ikpa.aturan, l.ikpa.aturan === undefined ? l.tahun : undefined);
  const opsi = bacaOpsiIkpaInti(
    l.ikpa.dispensasiPermil === undefined ? {} : { dispensasiPermil: l.ikpa.dispensasiPermil },
    aturan,
    'ikpa',
  );
  return ikpaInti(bacaNilaiIkpa(l.ikpa.nilai, aturan, 'ikpa.nilai'), aturan, opsi);
}
