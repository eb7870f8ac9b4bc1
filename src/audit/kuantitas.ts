// Resolving a printed figure's path to the quantity it names (kuantitas): its exact value, the
// quantities it is computed from, the way to compute it again from other inputs, and the variants a
// report may have used instead (computation habits). Never throws for a path: what does not resolve
// is a reason.
import { ATURAN_EFISIENSI } from '../anggaran/aturanEfisiensi.js';
import { bacaOpsiEfisiensi } from '../anggaran/efisiensi.js';
import { efisiensiInti, type OpsiEfisiensiInti } from '../anggaran/inti/efisiensi.js';
import type { RekapSimpul } from '../anggaran/inti/rekap.js';
import { DecimalInti as Decimal } from '../angka/Decimal.js';
import type { HasilSasaran } from '../capaian/capaianSasaran.js';
import type { HasilIndikator } from '../capaian/hitungIndikator.js';
import { capaianInti } from '../capaian/inti.js';
import type { HasilLaporan } from '../laporan/hitungLaporan.js';
import type { NodeAnggaran } from '../model/Anggaran.js';
import type { Indikator } from '../model/Indikator.js';
import type { Laporan } from '../model/Laporan.js';
import { labelPredikatInti } from '../predikat/inti.js';
import type { Skala } from '../predikat/Skala.js';
import type { AlasanTidakDiperiksa, BesaranAudit, KodeKebiasaan } from './jenis.js';
import { kuantitasLain } from './kuantitasLain.js';
import { type BagianIndikator, type Rujukan, uraiRujukan } from './rujukan.js';

/** A computed value: a number or a label. */
export type NilaiKuantitas = Decimal | string;

/** A value a report may have computed instead, under a named habit (varian). */
export interface Varian {
  kode: readonly KodeKebiasaan[];
  nilai: NilaiKuantitas;
  pesan: string;
  /** Computes the variant again from other values of the quantity's inputs (as `Kuantitas.hitung`). */
  hitung?: (xs: readonly Decimal[]) => NilaiKuantitas | null;
}

/** A quantity a path names (kuantitas). */
export interface Kuantitas {
  /** The canonical path (aliases resolved: `indikator/IKU-1/capaian`). */
  kunci: string;
  besaran: BesaranAudit;
  /** The exact value under the report's rules; null when those rules give none (`alasan`). */
  nilai: NilaiKuantitas | null;
  alasan?: string;
  /** The canonical paths of the quantities it is computed from (none for a value the report states). */
  masukan: readonly string[];
  /** Computes it again from other values of its inputs (same order); null when not computable. */
  hitung?: (xs: readonly Decimal[]) => NilaiKuantitas | null;
  /** Values under other computation habits. */
  varian: readonly Varian[];
}

/** A path that names nothing computable, with the reason. */
export interface TidakTerselesaikan {
  tidak: AlasanTidakDiperiksa;
  pesan: string;
}

export type Resolusi = Kuantitas | TidakTerselesaikan;

/** Everything the resolver reads, built once per audit (konteks audit). */
export interface KonteksKuantitas {
  laporan: Laporan;
  hasil: HasilLaporan;
  skala: Skala | undefined;
  efisiensi: OpsiEfisiensiInti;
  indikator: Map<string, { indikator: Indikator; sasaran: string; hasil: HasilIndikator }>;
  sasaran: Map<string, HasilSasaran>;
  /** Budget nodes by kode and by nama (a name may name several). */
  simpul: Map<string, { rekap: RekapSimpul; node: NodeAnggaran }[]>;
  /** The children of each node's parent (its siblings and itself); the roots for a root. */
  saudara: Map<NodeAnggaran, readonly NodeAnggaran[]>;
  memo: Map<string, Resolusi>;
}

const SERATUS = new Decimal(100);

/** Builds the context of one audit. */
export function buatKonteks(
  laporan: Laporan,
  hasil: HasilLaporan,
  skala: Skala | undefined,
  efisiensi: OpsiEfisiensiInti,
): KonteksKuantitas {
  const indikator: KonteksKuantitas['indikator'] = new Map();
  const sasaran: KonteksKuantitas['sasaran'] = new Map();
  laporan.sasaran.forEach((s, i) => {
    const hs = hasil.sasaran[i] as HasilSasaran;
    sasaran.set(s.id, hs);
    s.indikator.forEach((ind, j) => {
      indikator.set(ind.id, { indikator: ind, sasaran: s.id, hasil: hs.indikator[j] as HasilIndikator });
    });
  });
  const simpul: KonteksKuantitas['simpul'] = new Map();
  const tambah = (kunci: string, isi: { rekap: RekapSimpul; node: NodeAnggaran }) => {
    const ada = simpul.get(kunci);
    if (ada === undefined) simpul.set(kunci, [isi]);
    else if (!ada.some((x) => x.node === isi.node)) ada.push(isi);
  };
  const saudara: KonteksKuantitas['saudara'] = new Map();
  for (const n of laporan.anggaran) saudara.set(n, laporan.anggaran);
  const akar = hasil.anggaran?.akar ?? [];
  const tumpuk = akar.map((rekap, i) => ({ rekap, node: laporan.anggaran[i] as NodeAnggaran }));
  while (tumpuk.length > 0) {
    const x = tumpuk.pop()!;
    if (x.node.kode !== undefined) tambah(x.node.kode, x);
    tambah(x.node.nama, x);
    x.rekap.anak.forEach((a, i) => {
      const node = x.node.anak[i] as NodeAnggaran;
      saudara.set(node, x.node.anak);
      tumpuk.push({ rekap: a, node });
    });
  }
  return { laporan, hasil, skala, efisiensi, indikator, sasaran, simpul, saudara, memo: new Map() };
}

/** The quantity of a canonical path, memoised. */
export function kuantitasDari(k: KonteksKuantitas, kunci: string): Resolusi {
  const ada = k.memo.get(kunci);
  if (ada !== undefined) return ada;
  const r = uraiRujukan(kunci);
  const hasil: Resolusi =
    r.jenis === 'tidak-valid' ? { tidak: 'rujukan-tidak-valid', pesan: r.pesan } : kuantitas(k, r);
  k.memo.set(kunci, hasil);
  return hasil;
}

/**
 * The exact values of a quantity's inputs (nilai masukan), in order; or why one has none (the first
 * path that does not resolve, or whose value the report's rules do not give).
 */
export function nilaiMasukan(
  k: KonteksKuantitas,
  masukan: readonly string[],
): Decimal[] | TidakTerselesaikan {
  const xs: Decimal[] = [];
  for (const m of masukan) {
    const q = kuantitasDari(k, m);
    if ('tidak' in q) return q;
    if (!(q.nilai instanceof Decimal)) {
      return { tidak: 'tidak-dapat-dihitung', pesan: `${m}: ${q.alasan ?? 'tidak dapat dihitung.'}` };
    }
    xs.push(q.nilai);
  }
  return xs;
}

const tidakAda = (pesan: string): TidakTerselesaikan => ({ tidak: 'rujukan-tidak-ditemukan', pesan });
const kosong = (pesan: string): TidakTerselesaikan => ({ tidak: 'masukan-tidak-ada', pesan });

function rataRata(xs: readonly Decimal[]): Decimal | null {
  if (xs.length === 0) return null;
  let j = xs[0] as Decimal;
  for (let i = 1; i < xs.length; i++) j = j.plus(xs[i] as Decimal);
  return j.div(xs.length);
}

/** The band label of a value, or null outside the table's domain. */
const label = (skala: Skala, x: Decimal): string | null => labelPredikatInti(x, skala);

const persen = (bagian: Decimal, keseluruhan: Decimal): Decimal | null =>
  keseluruhan.isZero() ? null : bagian.times(SERATUS).div(keseluruhan);

/** A value stated by the report (no inputs). */
function tetap(kunci: string, besaran: BesaranAudit, nilai: Decimal | null, alasan?: string): Resolusi {
  if (nilai === null) return kosong(alasan ?? `${kunci}: nilainya tidak ada di laporan.`);
  return { kunci, besaran, nilai, masukan: [], varian: [] };
}

/** The predikat of a quantity under the report's band table. */
function predikatDari(k: KonteksKuantitas, kunci: string, kunciNilai: string): Resolusi {
  const skala = k.skala;
  if (skala === undefined) {
    return kosong('laporan tidak menyebut skala predikat (aturan.skala) dan opsi tidak memberinya.');
  }
  const dasar = kuantitasDari(k, kunciNilai);
  if ('tidak' in dasar) return dasar;
  const hitung = (xs: readonly Decimal[]) => label(skala, xs[0] as Decimal);
  const nilai = dasar.nilai instanceof Decimal ? hitung([dasar.nilai]) : null;
  return {
    kunci,
    besaran: 'predikat',
    nilai,
    ...(nilai === null
      ? { alasan: `${kunciNilai} tidak dapat dihitung atau di luar domain skala ${skala.id}.` }
      : {}),
    masukan: [kunciNilai],
    hitung,
    varian: [],
  };
}

/** The quantities of one indicator (of the report's list, or of a budget node). */
function kuantitasIndikator(
  k: KonteksKuantitas,
  kunciDasar: string,
  ind: Indikator,
  bagian: BagianIndikator,
  hasil: HasilIndikator | undefined,
): Resolusi {
  const kunci = `${kunciDasar}/${bagian}`;
  const rumus = 'selisih';
  const capaianDari = (t: Decimal, r: Decimal): Decimal | null => {
    const c = capaianInti(t, r, ind.polaritas, rumus);
    return typeof c === 'string' ? null : c;
  };
  switch (bagian) {
    case 'target':
      return tetap(kunci, 'target', ind.target, `${ind.id}: target tidak diisi.`);
    case 'realisasi':
      return tetap(kunci, 'realisasi', ind.realisasi, `${ind.id}: realisasi belum diketahui.`);
    case 'targetRenstra':
      return tetap(
        kunci,
        'target',
        ind.targetRenstra?.tahunIni ?? null,
        `${ind.id}: target Renstra tahun ini tidak diisi.`,
      );
    case 'capaian':
    case 'capaianRenstra': {
      const kunciTarget = `${kunciDasar}/${bagian === 'capaian' ? 'target' : 'targetRenstra'}`;
      const t = bagian === 'capaian' ? ind.target : (ind.targetRenstra?.tahunIni ?? null);
      if (t === null)
        return kosong(
          `${ind.id}: ${bagian === 'capaian' ? 'target' : 'target Renstra tahun ini'} tidak diisi.`,
        );
      if (ind.realisasi === null) return kosong(`${ind.id}: realisasi belum diketahui.`);
      const varian: Varian[] = [];
      if (ind.polaritas === 'negatif') {
        const lain = capaianInti(t, ind.realisasi, 'negatif', 'kebalikan');
        if (typeof lain !== 'string')
          varian.push({
            kode: ['aturan-lain'],
            nilai: lain,
            pesan: 'rumus negatif target / realisasi × 100',
          });
      }
      const v = ind.volume;
      if (bagian === 'capaian' && v?.target && v.realisasi) {
        const c = capaianDari(v.target, v.realisasi);
        if (c !== null)
          varian.push({ kode: ['aturan-lain'], nilai: c, pesan: 'dihitung dari pasangan volume' });
      }
      // The exact capaian of the report's list is the one hitungLaporan computed.
      const nilai =
        bagian === 'capaian' && hasil !== undefined
          ? hasil.status === 'dihitung'
            ? hasil.nilai
            : null
          : capaianDari(t, ind.realisasi);
      return {
        kunci,
        besaran: 'capaian',
        nilai,
        ...(nilai === null && hasil?.status === 'tidak-dapat-dihitung' ? { alasan: hasil.pesan } : {}),
        ...(nilai === null && hasil === undefined
          ? { alasan: `${ind.id}: capaian tidak terdefinisi (target 0?).` }
          : {}),
        masukan: [kunciTarget, `${kunciDasar}/realisasi`],
        hitung: (xs) => capaianDari(xs[0] as Decimal, xs[1] as Decimal),
        varian,
      };
    }
    case 'predikat':
      return predikatDari(k, kunci, `${kunciDasar}/capaian`);
    case 'perubahanTahunan': {
      if (ind.realisasi === null) return kosong(`${ind.id}: realisasi belum diketahui.`);
      const lalu = ind.realisasiTahunLalu;
      if (lalu === null || lalu === undefined) return kosong(`${ind.id}: realisasi tahun lalu tidak diisi.`);
      const varian: Varian[] = [];
      const relatif = persen(ind.realisasi.minus(lalu), lalu);
      if (relatif !== null)
        varian.push({
          kode: ['perubahan-relatif'],
          nilai: relatif,
          pesan: 'perubahan relatif terhadap tahun lalu (%)',
        });
      return {
        kunci,
        besaran: 'perubahan',
        nilai: ind.realisasi.minus(lalu),
        masukan: [`${kunciDasar}/realisasi`, `indikator/${ind.id}/riwayat/${k.laporan.tahun - 1}/realisasi`],
        hitung: (xs) => (xs[0] as Decimal).minus(xs[1] as Decimal),
        varian,
      };
    }
  }
}

/** The money and ratios of a sum of pagu and realisasi (a sasaran, a node, the report). */
function kuantitasUang(
  kunciDasar: string,
  bagian: 'pagu' | 'realisasi' | 'sisa' | 'persentaseSisa' | 'penyerapan',
  uang: { pagu: Decimal; realisasi: Decimal },
  varianPenyerapan: readonly Varian[] = [],
): Resolusi {
  const kunci = `${kunciDasar}/${bagian}`;
  const kp = `${kunciDasar}/pagu`;
  const kr = `${kunciDasar}/realisasi`;
  switch (bagian) {
    case 'pagu':
      return { kunci, besaran: 'rupiah', nilai: uang.pagu, masukan: [], varian: [] };
    case 'realisasi':
      return { kunci, besaran: 'rupiah', nilai: uang.realisasi, masukan: [], varian: [] };
    case 'sisa':
      return {
        kunci,
        besaran: 'rupiah',
        nilai: uang.pagu.minus(uang.realisasi),
        masukan: [kp, kr],
        hitung: (xs) => (xs[0] as Decimal).minus(xs[1] as Decimal),
        varian: [],
      };
    case 'penyerapan': {
      const nilai = persen(uang.realisasi, uang.pagu);
      return {
        kunci,
        besaran: 'penyerapan',
        nilai,
        ...(nilai === null ? { alasan: 'pagu nol: penyerapan tidak terdefinisi.' } : {}),
        masukan: [kr, kp],
        hitung: (xs) => persen(xs[0] as Decimal, xs[1] as Decimal),
        varian: varianPenyerapan,
      };
    }
    case 'persentaseSisa': {
      const p = persen(uang.realisasi, uang.pagu);
      return {
        kunci,
        besaran: 'persentaseSisa',
        nilai: p === null ? null : SERATUS.minus(p),
        ...(p === null ? { alasan: 'pagu nol: persentase sisa tidak terdefinisi.' } : {}),
        masukan: [kr, kp],
        hitung: (xs) => {
          const q = persen(xs[0] as Decimal, xs[1] as Decimal);
          return q === null ? null : SERATUS.minus(q);
        },
        varian: [],
      };
    }
  }
}

/** The efficiency options of every preset rule other than the report's, built once. */
const OPSI_EFISIENSI_LAIN = new Map<string, OpsiEfisiensiInti>();
function opsiEfisiensiPreset(id: string): OpsiEfisiensiInti {
  let o = OPSI_EFISIENSI_LAIN.get(id);
  if (o === undefined) {
    o = bacaOpsiEfisiensi({ aturan: id, langkah: false });
    OPSI_EFISIENSI_LAIN.set(id, o);
  }
  return o;
}

type BagianEfisiensi = 'efisiensi' | 'nilaiEfisiensi' | 'paguKaliCapaian' | 'selisihEfisiensi';

/** One figure of a sasaran's efficiency under a rule, from pagu, realisasi and capaian. */
function efisiensiDari(
  o: OpsiEfisiensiInti,
  bagian: BagianEfisiensi,
  xs: readonly Decimal[],
): Decimal | null {
  const [pagu, realisasi, capaian] = xs as [Decimal, Decimal, Decimal];
  if (pagu.isZero()) return null;
  const h = efisiensiInti([{ nama: undefined, pagu, realisasi, capaian }], { ...o, langkah: false });
  if (h.status !== 'dihitung') return null;
  switch (bagian) {
    case 'efisiensi':
      return h.nilai;
    case 'nilaiEfisiensi':
      return h.nilaiEfisiensi;
    case 'paguKaliCapaian':
      return h.jumlahPaguKaliCapaian;
    case 'selisihEfisiensi':
      return h.jumlahPaguKaliCapaian.minus(h.jumlahRealisasi);
  }
}

function kuantitasEfisiensi(k: KonteksKuantitas, sid: string, bagian: BagianEfisiensi): Resolusi {
  const kunci = `sasaran/${sid}/${bagian}`;
  const masukan = [`sasaran/${sid}/pagu`, `sasaran/${sid}/realisasi`, `sasaran/${sid}/capaian`];
  const xsMasukan = nilaiMasukan(k, masukan);
  if (!Array.isArray(xsMasukan)) return xsMasukan;
  const o = k.efisiensi;
  const nilai = efisiensiDari(o, bagian, xsMasukan);
  const besaran: BesaranAudit =
    bagian === 'efisiensi' ? 'efisiensi' : bagian === 'nilaiEfisiensi' ? 'nilaiEfisiensi' : 'rupiah';
  const varian: Varian[] = [];
  const sebagaiRasio = (x: Decimal) => x.div(SERATUS);
  if (bagian === 'efisiensi' && nilai !== null) {
    varian.push({
      kode: ['rasio-sebagai-persen'],
      nilai: sebagaiRasio(nilai),
      pesan: 'rasio E dicetak berlabel persen',
      hitung: (xs) => {
        const e = efisiensiDari(o, bagian, xs);
        return e === null ? null : sebagaiRasio(e);
      },
    });
  }
  for (const id of Object.keys(ATURAN_EFISIENSI)) {
    if (id === o.aturan.id) continue;
    const opsiLain = opsiEfisiensiPreset(id);
    const hitungLain = (xs: readonly Decimal[]) => efisiensiDari(opsiLain, bagian, xs);
    const lain = hitungLain(xsMasukan);
    if (lain === null) continue;
    varian.push({
      kode: ['aturan-lain'],
      nilai: lain,
      pesan: `menurut aturan efisiensi ${id}`,
      hitung: hitungLain,
    });
    if (bagian === 'efisiensi') {
      varian.push({
        kode: ['aturan-lain', 'rasio-sebagai-persen'],
        nilai: sebagaiRasio(lain),
        pesan: `menurut aturan efisiensi ${id}, rasio dicetak berlabel persen`,
        hitung: (xs) => {
          const e = hitungLain(xs);
          return e === null ? null : sebagaiRasio(e);
        },
      });
    }
  }
  return {
    kunci,
    besaran,
    nilai,
    ...(nilai === null
      ? {
          alasan: `aturan efisiensi ${o.aturan.id} tidak menghitungnya untuk sasaran ini (capaian di bawah syarat atau pagu nol).`,
        }
      : {}),
    masukan,
    hitung: (xs) => efisiensiDari(o, bagian, xs),
    varian,
  };
}

function kuantitasSasaran(k: KonteksKuantitas, r: Extract<Rujukan, { jenis: 'sasaran' }>): Resolusi {
  const hs = k.sasaran.get(r.sasaran);
  if (hs === undefined) return tidakAda(`sasaran "${r.sasaran}" tidak ada di laporan.`);
  const dasar = `sasaran/${r.sasaran}`;
  switch (r.bagian) {
    case 'capaian': {
      const masukan = hs.indikator.map((i) => `indikator/${i.id}/capaian`);
      const nilai = hs.status === 'dihitung' ? hs.nilai : null;
      return {
        kunci: `${dasar}/capaian`,
        besaran: 'capaian',
        nilai,
        ...(hs.status === 'tidak-dapat-dihitung' ? { alasan: hs.pesan } : {}),
        masukan,
        hitung: rataRata,
        varian: [],
      };
    }
    case 'predikat':
      return predikatDari(k, `${dasar}/predikat`, `${dasar}/capaian`);
    case 'efisiensi':
    case 'nilaiEfisiensi':
    case 'paguKaliCapaian':
    case 'selisihEfisiensi':
      return kuantitasEfisiensi(k, r.sasaran, r.bagian);
    case 'efisien': {
      const masukan = [`${dasar}/capaian`, `${dasar}/penyerapan`];
      const hitung = (xs: readonly Decimal[]) =>
        (xs[0] as Decimal).gt(xs[1] as Decimal) ? 'Efisien' : 'Tidak Efisien';
      const xs = nilaiMasukan(k, masukan);
      if (!Array.isArray(xs)) return xs;
      return {
        kunci: `${dasar}/efisien`,
        besaran: 'kategori',
        nilai: hitung(xs),
        masukan,
        hitung,
        varian: [],
      };
    }
    default: {
      const uang = k.hasil.anggaran?.perSasaran.find((p) => p.sasaranId === r.sasaran);
      if (uang === undefined)
        return kosong(`tidak ada simpul anggaran yang melayani sasaran "${r.sasaran}".`);
      return kuantitasUang(dasar, r.bagian, uang);
    }
  }
}

/** The node a path names (by kode, else by nama), or why not. */
function cariSimpul(
  k: KonteksKuantitas,
  nama: string,
): { rekap: RekapSimpul; node: NodeAnggaran } | TidakTerselesaikan {
  const ada = k.simpul.get(nama) ?? k.simpul.get(nama.trim());
  if (ada === undefined || ada.length === 0)
    return tidakAda(`simpul anggaran "${nama}" (kode atau nama) tidak ada di laporan.`);
  if (ada.length > 1) {
    return tidakAda(`nama "${nama}" dipakai ${ada.length} simpul anggaran; rujuk dengan kodenya.`);
  }
  return ada[0]!;
}

function kuantitasAnggaran(k: KonteksKuantitas, r: Extract<Rujukan, { jenis: 'anggaran' }>): Resolusi {
  const s = cariSimpul(k, r.simpul);
  if ('tidak' in s) return s;
  const dasar = `anggaran/${s.node.kode ?? s.node.nama}`;
  if (r.bagian === 'capaian') {
    const ind = s.node.indikator ?? [];
    if (ind.length === 0) return kosong(`simpul "${s.node.nama}" tidak memuat indikator sendiri.`);
    const masukan = ind.map((i) => `${dasar}/indikator/${i.id}/capaian`);
    const xs = nilaiMasukan(k, masukan);
    if (!Array.isArray(xs)) return xs;
    return {
      kunci: `${dasar}/capaian`,
      besaran: 'capaian',
      nilai: rataRata(xs),
      masukan,
      hitung: rataRata,
      varian: [],
    };
  }
  const varian: Varian[] = [];
  if (r.bagian === 'penyerapan' && s.rekap.anak.length > 0) {
    const anak = s.rekap.anak.flatMap((a) => (a.penyerapan === null ? [] : [a.penyerapan]));
    const m = rataRata(anak);
    if (m !== null)
      varian.push({
        kode: ['rata-rata-anak'],
        nilai: m,
        pesan: 'rata-rata penyerapan anaknya, bukan rasio jumlahnya',
      });
  }
  return kuantitasUang(dasar, r.bagian, s.rekap, varian);
}

/** Resolves a parsed path (the resolver's switch). */
function kuantitas(k: KonteksKuantitas, r: Rujukan): Resolusi {
  switch (r.jenis) {
    case 'indikator': {
      const x = k.indikator.get(r.indikator);
      if (x === undefined) return tidakAda(`indikator "${r.indikator}" tidak ada di laporan.`);
      if (r.sasaran !== undefined && r.sasaran !== x.sasaran) {
        return tidakAda(`indikator "${r.indikator}" milik sasaran "${x.sasaran}", bukan "${r.sasaran}".`);
      }
      if (r.sasaran !== undefined) return kuantitasDari(k, `indikator/${r.indikator}/${r.bagian}`);
      return kuantitasIndikator(k, `indikator/${r.indikator}`, x.indikator, r.bagian, x.hasil);
    }
    case 'riwayat': {
      const x = k.indikator.get(r.indikator);
      if (x === undefined) return tidakAda(`indikator "${r.indikator}" tidak ada di laporan.`);
      const kunci = `indikator/${r.indikator}/riwayat/${r.tahun}/${r.bagian}`;
      if (r.tahun !== k.laporan.tahun - 1 || r.bagian !== 'realisasi') {
        return kosong(
          `laporan hanya memuat realisasi tahun lalu (${k.laporan.tahun - 1}) indikator "${r.indikator}".`,
        );
      }
      return tetap(
        kunci,
        'realisasi',
        x.indikator.realisasiTahunLalu ?? null,
        `${r.indikator}: realisasi tahun lalu tidak diisi.`,
      );
    }
    case 'sasaran':
      return kuantitasSasaran(k, r);
    case 'anggaran':
      return kuantitasAnggaran(k, r);
    case 'anggaran-indikator': {
      const s = cariSimpul(k, r.simpul);
      if ('tidak' in s) return s;
      const ind = (s.node.indikator ?? []).find((i) => i.id === r.indikator);
      if (ind === undefined)
        return tidakAda(`simpul "${s.node.nama}" tidak memuat indikator "${r.indikator}".`);
      return kuantitasIndikator(
        k,
        `anggaran/${s.node.kode ?? s.node.nama}/indikator/${ind.id}`,
        ind,
        r.bagian,
        undefined,
      );
    }
    case 'rata-rata': {
      const semua = [...k.indikator.values()];
      if (semua.length === 0) return kosong('laporan tidak memuat indikator.');
      if (r.bagian === 'predikat')
        return predikatDari(k, 'laporan/rataRata/predikat', 'laporan/rataRata/capaian');
      const bagian = r.bagian;
      const masukan = semua.map((x) => `indikator/${x.indikator.id}/${bagian}`);
      const xs = nilaiMasukan(k, masukan);
      if (!Array.isArray(xs)) return xs;
      return {
        kunci: `laporan/rataRata/${bagian}`,
        besaran: 'rataRata',
        nilai: rataRata(xs),
        masukan,
        hitung: rataRata,
        varian: [],
      };
    }
    case 'laporan': {
      const akar = k.hasil.anggaran?.akar ?? [];
      if (akar.length === 0) return kosong('laporan tidak memuat pohon anggaran.');
      if (akar.length > 1) {
        return kosong(
          `laporan memuat ${akar.length} akar anggaran; rujuk akarnya dengan anggaran/<kode atau nama>/….`,
        );
      }
      const a = akar[0] as RekapSimpul;
      return kuantitasUang('laporan', r.bagian, a);
    }
    default:
      return kuantitasLain(k, r);
  }
}
