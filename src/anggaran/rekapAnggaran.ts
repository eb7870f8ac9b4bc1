import { z } from 'zod';
import { Decimal } from '../angka/Decimal.js';
import { formatAngka } from '../angka/formatAngka.js';
import type { Angka } from '../angka/keDecimal.js';
import { bacaOpsi, teksMasukan } from '../galat/masukan.js';
import { SakipError } from '../galat/SakipError.js';
import {
  type Anggaran,
  NodeAnggaran,
  type NodeAnggaranMasukan,
  type TingkatAnggaran,
} from '../model/Anggaran.js';
import type { Indikator } from '../model/Indikator.js';
import { bacaModel } from '../model/Laporan.js';
import {
  CARA_CAPAIAN_INDUK,
  type CaraCapaianInduk,
  capaianFisikInduk,
  type HasilCapaianInduk,
} from './capaianFisikInduk.js';
import { angkaDi } from './masukan.js';

/**
 * How a parent's penyerapan is found (penyerapan induk):
 * - `'rasio-jumlah'`: Σ realisasi / Σ pagu × 100 — the right figure (the default, verified);
 * - `'rata-rata-anak'`: the mean of the children's penyerapan — what one report prints; a variant
 *   for reproducing it, and an audit finding.
 *
 * @example
 * ```ts
 * import { PENYERAPAN_INDUK } from 'sakip';
 * PENYERAPAN_INDUK; //=> ['rasio-jumlah', 'rata-rata-anak']
 * ```
 */
export const PENYERAPAN_INDUK = ['rasio-jumlah', 'rata-rata-anak'] as const;
/** See {@link PENYERAPAN_INDUK}. */
export type PenyerapanInduk = (typeof PENYERAPAN_INDUK)[number];

/** Options of {@link rekapAnggaran}. */
export interface OpsiRekapAnggaran {
  /** Parent penyerapan: `'rasio-jumlah'` (default) or `'rata-rata-anak'`. */
  penyerapanInduk?: PenyerapanInduk;
  /**
   * Also compute each node's physical capaian, by the named way (see {@link CARA_CAPAIAN_INDUK}).
   * `capaianIndikator` gives the capaian (percent) of one indicator, `null` when not computable; it
   * is required by `'indikator-sendiri'` and `'rata-rata-anak'`. A node with several indicators takes
   * their mean (RUMUS.md §4).
   */
  capaianFisik?: {
    cara: CaraCapaianInduk;
    capaianIndikator?: (indikator: Indikator) => Angka | null;
  };
}

/** One node of the roll-up (rekap simpul): figures derived from its leaves, and what it stated. */
export interface RekapSimpul {
  /** Where the node stands in the input: `[0].anak[2]`. */
  jalur: string;
  kode: string | undefined;
  nama: string;
  tingkat: TingkatAnggaran | undefined;
  /** The sasaran served: the node's own `sasaranId`, else its parent's. */
  sasaranId: string[];
  /** Σ pagu of its leaves (its own for a leaf), Rupiah. */
  pagu: Decimal;
  /** Σ realisasi of its leaves, Rupiah. */
  realisasi: Decimal;
  /** pagu − realisasi, Rupiah. */
  sisa: Decimal;
  /** Percent, by `penyerapanInduk` for a parent; `null` when pagu is 0 (a `'pagu-nol'` finding). */
  penyerapan: Decimal | null;
  /** The figures the node states (a parent's printed total row), if any. */
  tercetak: Anggaran | undefined;
  /** Physical capaian, when `opsi.capaianFisik` is given. */
  capaianFisik?: HasilCapaianInduk;
  anak: RekapSimpul[];
}

/**
 * Kinds of finding (jenis temuan anggaran):
 * - `'pagu-tidak-sama'` / `'realisasi-tidak-sama'`: a parent's stated figure differs from the sum of
 *   its children;
 * - `'realisasi-melebihi-pagu'`: spending above the ceiling (allowed, but worth a look);
 * - `'pagu-nol'`: pagu 0, penyerapan not computable.
 */
export type JenisTemuanAnggaran =
  | 'pagu-tidak-sama'
  | 'realisasi-tidak-sama'
  | 'realisasi-melebihi-pagu'
  | 'pagu-nol';

/** A finding of the roll-up (temuan anggaran), in the shape of an audit finding. */
export interface TemuanAnggaran {
  jenis: JenisTemuanAnggaran;
  jalur: string;
  kode: string | undefined;
  nama: string;
  /** The figure as stated (printed), Rupiah, for a difference. */
  tercetak?: Decimal;
  /** The figure computed from the children, Rupiah. */
  dihitung?: Decimal;
  /** tercetak − dihitung, Rupiah. */
  selisih?: Decimal;
  /** The finding as a sentence. */
  keterangan: string;
}

/** Money by sasaran (rekap per sasaran), summed over the leaves that serve it. */
export interface RekapSasaran {
  sasaranId: string;
  pagu: Decimal;
  realisasi: Decimal;
  sisa: Decimal;
  /** Percent; `null` when pagu is 0. */
  penyerapan: Decimal | null;
  /** Whether a line shared with another sasaran is counted here too (then Σ over sasaran > total). */
  dibagi: boolean;
}

/** The result of {@link rekapAnggaran}. */
export interface HasilRekapAnggaran {
  /** One entry per root (several roots: two budgets in one year, or the same money by program and by jenis belanja — never added together here). */
  akar: RekapSimpul[];
  /** Every finding, in document order. */
  temuan: TemuanAnggaran[];
  /** Money per sasaran, in order of first appearance. */
  perSasaran: RekapSasaran[];
  penyerapanInduk: PenyerapanInduk;
}

const Pohon = z.array(NodeAnggaran);

/**
 * Rolls a budget tree up (rekap anggaran): program → kegiatan → sub-kegiatan, any depth, also by
 * jenis belanja; one root or several. Money always rolls up as exact sums of the leaves (RUMUS.md
 * §4); each node gets pagu, realisasi, sisa and penyerapan (percent), and a parent that states its
 * own figures is checked against its children: every difference is a finding. Also gives money per
 * sasaran (a line shared by several sasaran counts in each, flagged `dibagi`) and, on request, each
 * node's physical capaian by a named way.
 *
 * @throws {SakipError} `MODEL_TIDAK_VALID` for a tree that is not a {@link NodeAnggaran},
 * `ANGGARAN_DAUN_TANPA_ANGKA` for a leaf without figures, `ANGGARAN_OPSI_TIDAK_VALID` for a bad option.
 *
 * @example
 * ```ts
 * import { rekapAnggaran } from 'sakip';
 * // LKIP 2024 Dinsos Barito Kuala, sasaran 1: the program row prints realisasi 1.090.111.598
 * // (copied from sasaran 2); its sub-kegiatan add up to 612.898.347.
 * const r = rekapAnggaran({
 *   nama: 'Program Rehabilitasi Sosial',
 *   sasaranId: ['S1'],
 *   anggaran: { pagu: '626.877.613,00', realisasi: '1.090.111.598,00' },
 *   anak: [
 *     { nama: 'Penyediaan Alat Bantu', anggaran: { pagu: 215732977, realisasi: 209215721 } },
 *     { nama: 'Pemberian Pelayanan Reunifikasi Keluarga', anggaran: { pagu: 6000000, realisasi: 300000 } },
 *     { nama: 'Pemberian Bimbingan Sosial', anggaran: { pagu: 405144636, realisasi: 403382626 } },
 *   ],
 * });
 * r.akar[0]?.realisasi; //=> '612898347'
 * r.akar[0]?.penyerapan?.toFixed(2); //=> '97.77'
 * r.temuan.map((t) => t.jenis); //=> ['realisasi-tidak-sama']
 * r.temuan[0]?.selisih; //=> '477213251'
 * rekapAnggaran({ nama: 'Program tanpa angka' }); //!> ANGGARAN_DAUN_TANPA_ANGKA
 * ```
 */
export function rekapAnggaran(
  pohon: NodeAnggaranMasukan | readonly NodeAnggaranMasukan[],
  opsiMasukan?: OpsiRekapAnggaran,
): HasilRekapAnggaran {
  const opsi = bacaOpsi(opsiMasukan, 'rekapAnggaran', 'ANGGARAN_OPSI_TIDAK_VALID');
  const o = bacaOpsiTerbaca(opsi);
  const akarMasukan = Array.isArray(pohon) ? pohon : [pohon];
  const akar = bacaModel(Pohon, akarMasukan, 'Pohon anggaran');
  const kerja: Kerja = { opsi: o, temuan: [], sasaran: new Map(), urutan: 0, pasangan: new Map() };
  const hasil = akar.map((n, i) => rekapSimpul(n, `[${i}]`, [], kerja));
  kerja.temuan.sort((a, b) => a.urutan - b.urutan);
  return {
    akar: hasil,
    temuan: kerja.temuan.map((t) => t.temuan),
    perSasaran: [...kerja.sasaran.entries()].map(([sasaranId, s]) => ({
      sasaranId,
      pagu: s.pagu,
      realisasi: s.realisasi,
      sisa: s.pagu.minus(s.realisasi),
      penyerapan: s.pagu.isZero() ? null : s.realisasi.times(100).div(s.pagu),
      dibagi: s.dibagi,
    })),
    penyerapanInduk: o.penyerapanInduk,
  };
}

interface OpsiTerbaca {
  penyerapanInduk: PenyerapanInduk;
  capaianFisik: OpsiRekapAnggaran['capaianFisik'];
}

interface Kerja {
  opsi: OpsiTerbaca;
  temuan: { urutan: number; temuan: TemuanAnggaran }[];
  sasaran: Map<string, { pagu: Decimal; realisasi: Decimal; dibagi: boolean }>;
  urutan: number;
  /** Target/realisasi sums carried up for the `'rasio-jumlah'` capaian. */
  pasangan: Map<RekapSimpul, Pasangan | null>;
}

/** Reads the already-checked options object (see bacaOpsi) into defaults. */
function bacaOpsiTerbaca(opsi: OpsiRekapAnggaran): OpsiTerbaca {
  const penyerapanInduk = opsi.penyerapanInduk ?? 'rasio-jumlah';
  if (!PENYERAPAN_INDUK.includes(penyerapanInduk)) {
    throw new SakipError(
      'ANGGARAN_OPSI_TIDAK_VALID',
      `opsi.penyerapanInduk ${teksMasukan(penyerapanInduk)} tidak dikenal; gunakan ${PENYERAPAN_INDUK.join(', ')}.`,
      { masukan: penyerapanInduk, lokasi: 'opsi.penyerapanInduk' },
    );
  }
  const cf = opsi.capaianFisik;
  if (cf !== undefined) {
    if (!CARA_CAPAIAN_INDUK.includes(cf?.cara)) {
      throw new SakipError(
        'ANGGARAN_OPSI_TIDAK_VALID',
        `opsi.capaianFisik.cara ${teksMasukan(cf?.cara)} tidak dikenal; gunakan ${CARA_CAPAIAN_INDUK.join(', ')}.`,
        { masukan: cf, lokasi: 'opsi.capaianFisik.cara' },
      );
    }
    if (cf.cara !== 'rasio-jumlah' && typeof cf.capaianIndikator !== 'function') {
      throw new SakipError(
        'ANGGARAN_OPSI_TIDAK_VALID',
        `opsi.capaianFisik.capaianIndikator (fungsi capaian satu indikator) wajib untuk cara "${cf.cara}".`,
        { masukan: cf, lokasi: 'opsi.capaianFisik.capaianIndikator' },
      );
    }
  }
  return { penyerapanInduk, capaianFisik: cf };
}

interface Pasangan {
  target: Decimal;
  realisasi: Decimal;
}

function rekapSimpul(node: NodeAnggaran, jalur: string, sasaranInduk: string[], kerja: Kerja): RekapSimpul {
  const urutan = kerja.urutan++;
  const temuan = (t: TemuanAnggaran) => kerja.temuan.push({ urutan, temuan: t });
  const sasaranId = node.sasaranId ?? sasaranInduk;
  const anak = node.anak.map((a, i) => rekapSimpul(a, `${jalur}.anak[${i}]`, sasaranId, kerja));
  const identitas = { jalur, kode: node.kode, nama: node.nama };

  let pagu: Decimal;
  let realisasi: Decimal;
  if (anak.length === 0) {
    if (node.anggaran === undefined) {
      throw new SakipError(
        'ANGGARAN_DAUN_TANPA_ANGKA',
        `${jalur} "${node.nama}" tidak memiliki anak maupun pagu dan realisasi.`,
        { masukan: node, lokasi: jalur },
      );
    }
    ({ pagu, realisasi } = node.anggaran);
    for (const s of sasaranId) {
      const ada = kerja.sasaran.get(s) ?? { pagu: new Decimal(0), realisasi: new Decimal(0), dibagi: false };
      kerja.sasaran.set(s, {
        pagu: ada.pagu.plus(pagu),
        realisasi: ada.realisasi.plus(realisasi),
        dibagi: ada.dibagi || sasaranId.length > 1,
      });
    }
  } else {
    pagu = anak.reduce((j, a) => j.plus(a.pagu), new Decimal(0));
    realisasi = anak.reduce((j, a) => j.plus(a.realisasi), new Decimal(0));
    if (node.anggaran !== undefined) {
      periksa('pagu', node.anggaran.pagu, pagu, identitas, temuan);
      periksa('realisasi', node.anggaran.realisasi, realisasi, identitas, temuan);
    }
  }

  let penyerapan: Decimal | null;
  if (pagu.isZero()) {
    penyerapan = null;
    temuan({
      jenis: 'pagu-nol',
      ...identitas,
      keterangan: `${node.nama}: pagu nol, penyerapan tidak dihitung.`,
    });
  } else if (anak.length > 0 && kerja.opsi.penyerapanInduk === 'rata-rata-anak') {
    const ada = anak.flatMap((a) => (a.penyerapan === null ? [] : [a.penyerapan]));
    penyerapan = ada.length === 0 ? null : ada.reduce((j, p) => j.plus(p), new Decimal(0)).div(ada.length);
  } else {
    penyerapan = realisasi.times(100).div(pagu);
  }
  if (realisasi.gt(pagu)) {
    temuan({
      jenis: 'realisasi-melebihi-pagu',
      ...identitas,
      dihitung: realisasi,
      selisih: realisasi.minus(pagu),
      keterangan: `${node.nama}: realisasi ${formatAngka(realisasi)} melebihi pagu ${formatAngka(pagu)}.`,
    });
  }

  const simpul: RekapSimpul = {
    ...identitas,
    tingkat: node.tingkat,
    sasaranId: [...sasaranId],
    pagu,
    realisasi,
    sisa: pagu.minus(realisasi),
    penyerapan,
    tercetak: node.anggaran,
    anak,
  };
  if (kerja.opsi.capaianFisik !== undefined)
    capaianSimpul(simpul, node, kerja.opsi.capaianFisik, kerja.pasangan);
  return simpul;
}

function periksa(
  besaran: 'pagu' | 'realisasi',
  tercetak: Decimal,
  dihitung: Decimal,
  identitas: { jalur: string; kode: string | undefined; nama: string },
  temuan: (t: TemuanAnggaran) => void,
): void {
  if (tercetak.eq(dihitung)) return;
  temuan({
    jenis: besaran === 'pagu' ? 'pagu-tidak-sama' : 'realisasi-tidak-sama',
    ...identitas,
    tercetak,
    dihitung,
    selisih: tercetak.minus(dihitung),
    keterangan:
      `${identitas.nama}: ${besaran} tercetak ${formatAngka(tercetak)}, ` +
      `jumlah anaknya ${formatAngka(dihitung)} (selisih ${formatAngka(tercetak.minus(dihitung))}).`,
  });
}

function capaianSimpul(
  simpul: RekapSimpul,
  node: NodeAnggaran,
  opsi: NonNullable<OpsiRekapAnggaran['capaianFisik']>,
  pasangan: Map<RekapSimpul, Pasangan | null>,
): void {
  const anak = simpul.anak;
  const indikator = node.indikator ?? [];
  // The node's own pair: Σ target and Σ realisasi of its indicators that have both.
  const pasanganSendiri = indikator
    .filter((i) => i.target !== null && i.realisasi !== null)
    .map((i) => ({ target: i.target as Decimal, realisasi: i.realisasi as Decimal }));

  if (opsi.cara === 'rasio-jumlah') {
    const milikAnak = anak.map((a) => pasangan.get(a) ?? null);
    const dasar = anak.length === 0 ? pasanganSendiri : milikAnak.flatMap((p) => (p ? [p] : []));
    pasangan.set(simpul, dasar.length === 0 ? null : jumlahPasangan(dasar));
    simpul.capaianFisik = capaianFisikInduk({
      cara: 'rasio-jumlah',
      anak: anak.length === 0 ? indikator : milikAnak.map((p) => p ?? {}),
    });
    return;
  }
  const f = opsi.capaianIndikator as (i: Indikator) => Angka | null;
  const milik = indikator.flatMap((i, k) => {
    const c = f(i);
    return c === null || c === undefined ? [] : [angkaDi(c, `${simpul.jalur}.indikator[${k}] (capaian)`)];
  });
  // Several own indicators: their mean (RUMUS.md §4, sasaran = mean of its indicators).
  const sendiri =
    milik.length === 0 ? null : milik.reduce((j, c) => j.plus(c), new Decimal(0)).div(milik.length);
  if (anak.length === 0 || opsi.cara === 'indikator-sendiri') {
    // A leaf has no children: its capaian is its own indicators', whatever the parents' way.
    simpul.capaianFisik = capaianFisikInduk({ cara: 'indikator-sendiri', sendiri });
    return;
  }
  simpul.capaianFisik = capaianFisikInduk({
    cara: 'rata-rata-anak',
    anak: anak.map((a) => ({ capaian: a.capaianFisik?.dihitung ? a.capaianFisik.nilai : null })),
  });
}

function jumlahPasangan(ps: Pasangan[]): Pasangan {
  let target = new Decimal(0);
  let realisasi = new Decimal(0);
  for (const p of ps) {
    target = target.plus(p.target);
    realisasi = realisasi.plus(p.realisasi);
  }
  return { target, realisasi };
}
