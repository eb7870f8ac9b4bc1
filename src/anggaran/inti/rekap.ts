// Core of the budget roll-up (internal): a parsed tree (NodeAnggaran, trusted) and parsed options in;
// no validation, no recursion — two passes over the nodes in document order and back.
import { DecimalInti as Decimal } from '../../angka/Decimal.js';
import { formatAngka } from '../../angka/formatAngka.js';
import { SakipError } from '../../galat/SakipError.js';
import type { Anggaran, NodeAnggaran, TingkatAnggaran } from '../../model/Anggaran.js';
import { decimalBulat } from '../../model/Anggaran.js';
import type { Indikator } from '../../model/Indikator.js';
import { bulatAman, persenBulat, persenDari } from './bagi.js';
import {
  type AnakCapaianInti,
  type CaraCapaianInduk,
  capaianFisikIndukInti,
  type HasilCapaianInduk,
} from './capaianFisik.js';

/** How a parent's penyerapan is found: see `PENYERAPAN_INDUK`. */
export type PenyerapanInduk = 'rasio-jumlah' | 'rata-rata-anak';

/** The options of the roll-up, parsed (opsi rekap anggaran inti). */
export interface OpsiRekapAnggaranInti {
  penyerapanInduk: PenyerapanInduk;
  /** Physical capaian of each node, when asked. */
  capaianFisik?: {
    cara: CaraCapaianInduk;
    /** The capaian (percent) of one indicator, or null; `lokasi` names the indicator in the tree. */
    capaianIndikator?: (indikator: Indikator, lokasi: string) => Decimal | null;
  };
  /** The sasaran ids the report knows; a reference to another id is a finding. */
  sasaran?: ReadonlySet<string>;
}

/** One node of the roll-up (rekap simpul): figures derived from its leaves, and what it stated. */
export interface RekapSimpul {
  /** Where the node stands in the input: `[0].anak[2]`. */
  jalur: string;
  kode: string | undefined;
  nama: string;
  tingkat: TingkatAnggaran | undefined;
  /** The sasaran served: the node's own `sasaranId`, else its parent's (frozen; shared down the subtree). */
  sasaranId: readonly string[];
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
  /** Physical capaian, when `capaianFisik` is asked. */
  capaianFisik?: HasilCapaianInduk;
  /** The children's roll-ups, in order (a leaf's: frozen and empty). */
  anak: readonly RekapSimpul[];
}

/**
 * Kinds of finding (jenis temuan anggaran):
 * - `'pagu-tidak-sama'` / `'realisasi-tidak-sama'`: a parent's stated figure differs from the sum of
 *   its children;
 * - `'realisasi-melebihi-pagu'`: spending above the ceiling (allowed, but worth a look);
 * - `'pagu-nol'`: pagu 0, penyerapan not computable;
 * - `'sasaran-tidak-dikenal'`: a node serves a sasaran id that is not in the report's list (its money
 *   is still counted, under that id, in `perSasaran`).
 */
export type JenisTemuanAnggaran =
  | 'pagu-tidak-sama'
  | 'realisasi-tidak-sama'
  | 'realisasi-melebihi-pagu'
  | 'pagu-nol'
  | 'sasaran-tidak-dikenal';

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
  /** tercetak − dihitung, Rupiah (for `'realisasi-melebihi-pagu'`: realisasi − pagu). */
  selisih?: Decimal;
  /** The unknown id, for `'sasaran-tidak-dikenal'`. */
  sasaranId?: string;
  /** The finding as a sentence. */
  pesan: string;
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
  /**
   * Whether the id is in the report's list of sasaran (`opsi.sasaran`); always true without a list.
   * An unknown id keeps its money here and is also a `'sasaran-tidak-dikenal'` finding.
   */
  dikenal: boolean;
}

/** The result of the roll-up (hasil rekap anggaran). */
export interface HasilRekapAnggaran {
  /** One entry per root (several roots: two budgets in one year, or the same money by program and by jenis belanja — never added together here). */
  akar: RekapSimpul[];
  /** Every finding, in document order. */
  temuan: TemuanAnggaran[];
  /** Money per sasaran, in order of first appearance. */
  perSasaran: RekapSasaran[];
  penyerapanInduk: PenyerapanInduk;
}

interface UangSasaran {
  pagu: Decimal;
  realisasi: Decimal;
  dibagi: boolean;
}

interface Pasangan {
  target: Decimal;
  realisasi: Decimal;
}

// Frozen empty lists, shared by every node without sasaran and every leaf: a tree of 100 000 nodes
// needs no 200 000 empty arrays (a caller cannot change them, so no result can change another).
const TANPA_SASARAN: readonly string[] = Object.freeze([]);
const TANPA_ANAK: readonly RekapSimpul[] = Object.freeze([]);

function temuanSelisih(
  jenis: 'pagu-tidak-sama' | 'realisasi-tidak-sama',
  identitas: { jalur: string; kode: string | undefined; nama: string },
  tercetak: Decimal,
  dihitung: Decimal,
): TemuanAnggaran {
  const besaran = jenis === 'pagu-tidak-sama' ? 'pagu' : 'realisasi';
  const selisih = tercetak.minus(dihitung);
  return {
    jenis,
    ...identitas,
    tercetak,
    dihitung,
    selisih,
    pesan:
      `${identitas.nama}: ${besaran} tercetak ${formatAngka(tercetak)}, ` +
      `jumlah anaknya ${formatAngka(dihitung)} (selisih ${formatAngka(selisih)}).`,
  };
}

/** A sum of amounts kept as a whole number while it can be (exact below 2^53), else as a Decimal. */
class Jumlah {
  bulat = 0;
  desimal: Decimal | undefined = undefined;

  /** Adds an amount, given as Decimal and as its whole value (-1: not whole). */
  tambah(d: Decimal, n: number): void {
    if (this.desimal !== undefined) this.desimal = this.desimal.plus(d);
    else if (n >= 0 && this.bulat + n <= Number.MAX_SAFE_INTEGER) this.bulat += n;
    else this.desimal = decimalBulat(this.bulat).plus(d);
  }

  /** The whole value of the sum, or -1. */
  get angka(): number {
    return this.desimal === undefined ? this.bulat : -1;
  }

  get nilai(): Decimal {
    return this.desimal ?? decimalBulat(this.bulat);
  }
}

// `.anak[k]` for small k, made once: a path is then one string joined to its parent's, not two.
const AKHIRAN_ANAK: string[] = Array.from({ length: 256 }, (_, k) => `.anak[${k}]`);
const akhiranAnak = (k: number): string => AKHIRAN_ANAK[k] ?? `.anak[${k}]`;

/** Adds a leaf's money to each sasaran it serves (a shared line counts in each, flagged). */
function tambahUangSasaran(uang: Map<string, UangSasaran>, s: readonly string[], a: Anggaran): void {
  const dibagi = s.length > 1;
  for (const id of s) {
    const ada = uang.get(id);
    if (ada === undefined) uang.set(id, { pagu: a.pagu, realisasi: a.realisasi, dibagi });
    else {
      ada.pagu = ada.pagu.plus(a.pagu);
      ada.realisasi = ada.realisasi.plus(a.realisasi);
      ada.dibagi ||= dibagi;
    }
  }
}

/** An open parent in the walk: its children's results and money so far. */
interface Bingkai {
  node: NodeAnggaran;
  jalur: string;
  sasaran: readonly string[];
  /** Position in document order (findings are listed in it). */
  urutan: number;
  /** Index of the parent frame (-1: a root) and position among its siblings. */
  posisi: number;
  /** The next child to visit. */
  i: number;
  anak: RekapSimpul[];
  pagu: Jumlah;
  realisasi: Jumlah;
}

/**
 * The walk (iterative, depth first, children in order): a frame for each open parent only — a leaf,
 * most of a tree, is done where it is met. Parents are finished when their last child is, so every
 * parent sums finished children; leaves are met in document order, so money per sasaran follows
 * first appearance.
 */
class Rekap {
  readonly akar: RekapSimpul[];
  /** Findings with the document-order position of their node. */
  readonly temuan: { urutan: number; temuan: TemuanAnggaran }[] = [];
  readonly uangSasaran = new Map<string, UangSasaran>();
  /** The target/realisasi sums of each node, carried up for the 'rasio-jumlah' physical capaian. */
  readonly pasangan: Map<RekapSimpul, Pasangan | null> | undefined;
  readonly rataRataAnak: boolean;
  urutan = 0;

  constructor(
    readonly opsi: OpsiRekapAnggaranInti,
    banyakAkar: number,
  ) {
    this.akar = new Array(banyakAkar);
    this.pasangan = opsi.capaianFisik?.cara === 'rasio-jumlah' ? new Map() : undefined;
    this.rataRataAnak = opsi.penyerapanInduk === 'rata-rata-anak';
  }

  jalan(pohon: readonly NodeAnggaran[]): void {
    const tumpuk: Bingkai[] = [];
    for (let k = 0; k < pohon.length; k++) {
      const node = pohon[k] as NodeAnggaran;
      const jalur = `[${k}]`;
      const sasaran = this.sasaranSendiri(node, TANPA_SASARAN);
      if (node.anak.length === 0) {
        this.akar[k] = this.daun(node, jalur, sasaran, this.urutan++);
        continue;
      }
      tumpuk.push(this.buka(node, jalur, sasaran, k));
      while (tumpuk.length > 0) {
        const f = tumpuk[tumpuk.length - 1] as Bingkai;
        const anak = f.node.anak;
        // Leaves in a row, done in place; the first parent among the children opens a frame.
        while (f.i < anak.length) {
          const a = anak[f.i] as NodeAnggaran;
          const j = f.jalur + akhiranAnak(f.i);
          const s = this.sasaranSendiri(a, f.sasaran);
          if (a.anak.length > 0) {
            tumpuk.push(this.buka(a, j, s, f.i++));
            break;
          }
          const d = this.daun(a, j, s, this.urutan++);
          f.anak[f.i++] = d;
          f.pagu.tambah(d.pagu, bulatAman(d.pagu));
          f.realisasi.tambah(d.realisasi, bulatAman(d.realisasi));
        }
        if (tumpuk[tumpuk.length - 1] !== f) continue;
        tumpuk.pop();
        const h = this.tutup(f);
        const induk = tumpuk[tumpuk.length - 1];
        if (induk === undefined) this.akar[k] = h;
        else {
          induk.anak[f.posisi] = h;
          induk.pagu.tambah(h.pagu, f.pagu.angka);
          induk.realisasi.tambah(h.realisasi, f.realisasi.angka);
        }
      }
    }
  }

  /** The sasaran a node serves: a frozen copy of its own ids (shared by its subtree), else its parent's. */
  sasaranSendiri(node: NodeAnggaran, induk: readonly string[]): readonly string[] {
    return node.sasaranId === undefined ? induk : Object.freeze(node.sasaranId.slice());
  }

  buka(node: NodeAnggaran, jalur: string, sasaran: readonly string[], posisi: number): Bingkai {
    return {
      node,
      jalur,
      sasaran,
      urutan: this.urutan++,
      posisi,
      i: 0,
      anak: new Array(node.anak.length),
      pagu: new Jumlah(),
      realisasi: new Jumlah(),
    };
  }

  daun(node: NodeAnggaran, jalur: string, sasaran: readonly string[], urutan: number): RekapSimpul {
    const a = node.anggaran;
    if (a === undefined) {
      throw new SakipError(
        'ANGGARAN_DAUN_TANPA_ANGKA',
        `${jalur} "${node.nama}" tidak memiliki anak maupun pagu dan realisasi.`,
        {
          lokasi: jalur,
        },
      );
    }
    if (sasaran.length > 0) tambahUangSasaran(this.uangSasaran, sasaran, a);
    return this.simpul(
      node,
      jalur,
      sasaran,
      urutan,
      a.pagu,
      a.realisasi,
      bulatAman(a.pagu),
      bulatAman(a.realisasi),
      TANPA_ANAK,
    );
  }

  tutup(f: Bingkai): RekapSimpul {
    const pagu = f.pagu.nilai;
    const realisasi = f.realisasi.nilai;
    const a = f.node.anggaran;
    if (a !== undefined) {
      const identitas = { jalur: f.jalur, kode: f.node.kode, nama: f.node.nama };
      if (!a.pagu.eq(pagu)) this.catat(f.urutan, temuanSelisih('pagu-tidak-sama', identitas, a.pagu, pagu));
      if (!a.realisasi.eq(realisasi))
        this.catat(f.urutan, temuanSelisih('realisasi-tidak-sama', identitas, a.realisasi, realisasi));
    }
    return this.simpul(
      f.node,
      f.jalur,
      f.sasaran,
      f.urutan,
      pagu,
      realisasi,
      f.pagu.angka,
      f.realisasi.angka,
      f.anak,
    );
  }

  catat(urutan: number, temuan: TemuanAnggaran): void {
    this.temuan.push({ urutan, temuan });
  }

  /** The roll-up of one node whose money is known (its children done). */
  simpul(
    node: NodeAnggaran,
    j: string,
    sasaran: readonly string[],
    urutan: number,
    pagu: Decimal,
    realisasi: Decimal,
    paguAngka: number,
    realisasiAngka: number,
    anak: readonly RekapSimpul[],
  ): RekapSimpul {
    let penyerapan: Decimal | null;
    if (paguAngka === 0 || (paguAngka < 0 && pagu.isZero())) {
      penyerapan = null;
      this.catat(urutan, {
        jenis: 'pagu-nol',
        jalur: j,
        kode: node.kode,
        nama: node.nama,
        pesan: `${node.nama}: pagu nol, penyerapan tidak dihitung.`,
      });
    } else if (this.rataRataAnak && anak.length > 0) {
      penyerapan = rataRataPenyerapan(anak);
    } else {
      penyerapan = persenBulat(realisasiAngka, paguAngka) ?? persenDari(realisasi, pagu);
    }
    if (paguAngka >= 0 && realisasiAngka >= 0 ? realisasiAngka > paguAngka : realisasi.gt(pagu)) {
      this.catat(urutan, {
        jenis: 'realisasi-melebihi-pagu',
        jalur: j,
        kode: node.kode,
        nama: node.nama,
        dihitung: realisasi,
        selisih: realisasi.minus(pagu),
        pesan: `${node.nama}: realisasi ${formatAngka(realisasi)} melebihi pagu ${formatAngka(pagu)}.`,
      });
    }
    const dikenal = this.opsi.sasaran;
    if (dikenal !== undefined && node.sasaranId !== undefined) this.sasaranAsing(node, j, urutan, dikenal);
    const hasil: RekapSimpul = {
      jalur: j,
      kode: node.kode,
      nama: node.nama,
      tingkat: node.tingkat,
      sasaranId: sasaran,
      pagu,
      realisasi,
      sisa: pagu.minus(realisasi),
      penyerapan,
      tercetak: node.anggaran,
      anak,
    };
    const cf = this.opsi.capaianFisik;
    if (cf !== undefined) hasil.capaianFisik = capaianSimpul(node, j, anak, cf, this.pasangan, hasil);
    return hasil;
  }

  /** The `'sasaran-tidak-dikenal'` findings of a node's own ids. */
  sasaranAsing(node: NodeAnggaran, j: string, urutan: number, dikenal: ReadonlySet<string>): void {
    for (const s of node.sasaranId ?? []) {
      if (dikenal.has(s)) continue;
      this.catat(urutan, {
        jenis: 'sasaran-tidak-dikenal',
        jalur: j,
        kode: node.kode,
        nama: node.nama,
        sasaranId: s,
        pesan: `${node.nama}: sasaranId "${s}" tidak ada di daftar sasaran laporan; uangnya dicatat di bawah "${s}".`,
      });
    }
  }
}

/** The mean of the children's penyerapan (the `'rata-rata-anak'` variant); null when none has one. */
function rataRataPenyerapan(anak: readonly RekapSimpul[]): Decimal | null {
  let jumlah: Decimal | undefined;
  let banyak = 0;
  for (const a of anak) {
    if (a.penyerapan === null) continue;
    jumlah = jumlah === undefined ? a.penyerapan : jumlah.plus(a.penyerapan);
    banyak++;
  }
  return jumlah === undefined ? null : jumlah.div(banyak);
}

/**
 * Rolls a parsed budget tree up (see `rekapAnggaran`): exact sums of the leaves at every node,
 * penyerapan, sisa, findings in document order, money per sasaran, and (when asked) physical capaian.
 * The result's `tercetak` objects are the tree's own `anggaran` objects (pass a freshly parsed tree:
 * never the caller's input).
 */
export function rekapAnggaranInti(
  pohon: readonly NodeAnggaran[],
  opsi: OpsiRekapAnggaranInti,
): HasilRekapAnggaran {
  const r = new Rekap(opsi, pohon.length);
  r.jalan(pohon);
  // Findings in document order: by their node's position, stable within a node.
  const temuan = r.temuan.sort((x, y) => x.urutan - y.urutan).map((t) => t.temuan);
  const dikenal = opsi.sasaran;
  const perSasaran: RekapSasaran[] = [];
  for (const [sasaranId, uang] of r.uangSasaran) {
    perSasaran.push({
      sasaranId,
      pagu: uang.pagu,
      realisasi: uang.realisasi,
      sisa: uang.pagu.minus(uang.realisasi),
      penyerapan: uang.pagu.isZero() ? null : persenDari(uang.realisasi, uang.pagu),
      dibagi: uang.dibagi,
      dikenal: dikenal === undefined || dikenal.has(sasaranId),
    });
  }
  return { akar: r.akar, temuan, perSasaran, penyerapanInduk: opsi.penyerapanInduk };
}

const NOL = new Decimal(0);

function capaianSimpul(
  node: NodeAnggaran,
  jalur: string,
  anak: readonly RekapSimpul[],
  opsi: NonNullable<OpsiRekapAnggaranInti['capaianFisik']>,
  pasangan: Map<RekapSimpul, Pasangan | null> | undefined,
  hasil: RekapSimpul,
): HasilCapaianInduk {
  const indikator = node.indikator ?? [];
  if (opsi.cara === 'rasio-jumlah' && pasangan !== undefined) {
    let dasar: AnakCapaianInti[];
    if (anak.length === 0) {
      dasar = indikator.map((x) => ({ capaian: null, target: x.target, realisasi: x.realisasi }));
    } else {
      dasar = anak.map((a) => {
        const p = pasangan.get(a) ?? null;
        return { capaian: null, target: p?.target ?? null, realisasi: p?.realisasi ?? null };
      });
    }
    let target: Decimal | undefined;
    let realisasi: Decimal | undefined;
    for (const d of dasar) {
      if (d.target === null || d.realisasi === null) continue;
      target = target === undefined ? d.target : target.plus(d.target);
      realisasi = realisasi === undefined ? d.realisasi : realisasi.plus(d.realisasi);
    }
    pasangan.set(hasil, target === undefined ? null : { target, realisasi: realisasi ?? NOL });
    return capaianFisikIndukInti('rasio-jumlah', null, dasar);
  }
  const f = opsi.capaianIndikator;
  let jumlah: Decimal | undefined;
  let banyak = 0;
  if (f !== undefined) {
    for (let k = 0; k < indikator.length; k++) {
      const c = f(indikator[k] as Indikator, `${jalur}.indikator[${k}]`);
      if (c === null) continue;
      jumlah = jumlah === undefined ? c : jumlah.plus(c);
      banyak++;
    }
  }
  // Several own indicators: their mean (RUMUS.md §4, sasaran = mean of its indicators).
  const sendiri = jumlah === undefined ? null : jumlah.div(banyak);
  if (anak.length === 0 || opsi.cara === 'indikator-sendiri') {
    // A leaf has no children: its capaian is its own indicators', whatever the parents' way.
    return capaianFisikIndukInti('indikator-sendiri', sendiri, []);
  }
  return capaianFisikIndukInti(
    'rata-rata-anak',
    null,
    anak.map((a) => ({
      capaian: a.capaianFisik?.status === 'dihitung' ? a.capaianFisik.nilai : null,
      target: null,
      realisasi: null,
    })),
  );
}
