// The audit of a printed report (audit laporan): every printed figure checked against the exact
// value of the quantity its `rujukan` names, under the report's own rounding habits, with the
// expected value and a likely cause for what is wrong.
import { bacaOpsiEfisiensi, type OpsiEfisiensi } from '../anggaran/efisiensi.js';
import type { OpsiRekapAnggaran } from '../anggaran/rekapAnggaran.js';
import { bacaOpsiRekapAnggaran } from '../anggaran/rekapAnggaran.js';
import { bulatkanInti, type ModePembulatan } from '../angka/bulatkan.js';
import { DecimalInti as Decimal } from '../angka/Decimal.js';
import { tulisAngkaInti } from '../angka/formatAngka.js';
import { KEBIJAKAN_PEMBULATAN } from '../angka/kebijakanPembulatan.js';
import { bacaOpsiRataRata } from '../capaian/capaianSasaran.js';
import { bacaOpsiIndikator } from '../capaian/hitungIndikator.js';
import { bacaObjek } from '../galat/masukan.js';
import { isSakipError } from '../galat/SakipError.js';
import {
  type HasilLaporan,
  hitungLaporanInti,
  ikpaLaporan,
  type OpsiLaporanInti,
  skmLaporan,
} from '../laporan/hitungLaporan.js';
import type { AngkaTercetak, Laporan, LaporanMasukan } from '../model/Laporan.js';
import { bacaLaporan } from '../model/Laporan.js';
import { pilihSkala } from '../predikat/presetSkala.js';
import type { Skala } from '../predikat/Skala.js';
import { pilihAturanSkm } from '../skm/inti/index.js';
import type {
  BesaranAudit,
  HasilAudit,
  Kebiasaan,
  KebiasaanBesaran,
  KodeKebiasaan,
  Penyebab,
  Pertentangan,
  TemuanAudit,
} from './jenis.js';
import {
  buatKonteks,
  type KonteksKuantitas,
  type Kuantitas,
  kuantitasDari,
  type NilaiKuantitas,
  nilaiMasukan,
} from './kuantitas.js';
import { penyebabAngka } from './penyebab.js';
import { bacaTeksTercetak, normalLabel, type TeksTerbaca } from './teks.js';

/** Options of {@link auditLaporan}: the rules to check against, where the report declares none. */
export interface OpsiAudit {
  /** Band table of predikat (an id of `SKALA` or a table); default: the report's `aturan.skala`. */
  skala?: string | Skala;
  /** Efficiency options; default rule: the report's `aturan.efisiensi`, else PMK 214/2017. */
  efisiensi?: OpsiEfisiensi;
  /** Options of the budget roll-up. */
  rekap?: OpsiRekapAnggaran;
  /** Leave indicators not known yet out of the means. */
  lewatiBelumDiketahui?: boolean;
}

const KUNCI_OPSI = ['skala', 'efisiensi', 'rekap', 'lewatiBelumDiketahui'] as const;

/** The decimals a quantity is usually printed with: fewer is a display habit. */
const DESIMAL_BIASA: Record<BesaranAudit, number> = {
  target: 0,
  realisasi: 0,
  rupiah: 0,
  capaian: 2,
  rataRata: 2,
  perubahan: 2,
  penyerapan: 2,
  persentaseSisa: 2,
  efisiensi: 2,
  nilaiEfisiensi: 2,
  skm: 2,
  ikpa: 2,
  nka: 2,
  predikat: 0,
  mutu: 0,
  kategori: 0,
};

/** The last path segments of quantities of a kind: where "another's value" is looked for. */
const SEJENIS: Record<BesaranAudit, readonly string[]> = {
  target: ['target', 'realisasi', 'targetRenstra'],
  realisasi: ['target', 'realisasi', 'targetRenstra', 'capaian'],
  rupiah: ['pagu', 'realisasi', 'sisa', 'paguKaliCapaian', 'selisihEfisiensi'],
  capaian: ['capaian', 'capaianRenstra', 'realisasi'],
  rataRata: ['capaian', 'capaianRenstra'],
  perubahan: ['perubahanTahunan'],
  penyerapan: ['penyerapan', 'persentaseSisa'],
  persentaseSisa: ['penyerapan', 'persentaseSisa'],
  efisiensi: ['efisiensi'],
  nilaiEfisiensi: ['nilaiEfisiensi'],
  skm: [],
  ikpa: [],
  nka: [],
  predikat: [],
  mutu: [],
  kategori: [],
};

const LABEL: ReadonlySet<BesaranAudit> = new Set(['predikat', 'mutu', 'kategori']);

const NAMA_MODE: Record<ModePembulatan, string> = {
  'setengah-atas': 'dibulatkan setengah-atas',
  potong: 'dipotong',
  'setengah-genap': 'dibulatkan setengah-genap',
};

/** One printed figure, read (angka terbaca): its path resolved and its text read. */
interface Figur {
  indeks: number;
  t: AngkaTercetak;
  kunci: string | undefined;
  q: Kuantitas | undefined;
  teks: TeksTerbaca;
  /** Whether the exact value, half-up / truncated at the printed decimals, is the printed one (first pass). */
  atas?: boolean;
  potong?: boolean;
}

/** What was decided about a figure (memoised: inputs are decided before the figures built on them). */
interface Putusan {
  temuan: TemuanAudit;
}

/** A value of a quantity computed another way, with the habit that names it. */
interface VarianDihitung {
  kode: KodeKebiasaan[];
  nilai: NilaiKuantitas;
  pesan: string;
  /** The input whose other (printed, or stale) value it was computed from. */
  rujukanLain?: string;
}

/** An alternative value of an input: printed elsewhere, or computed from such values. */
interface Alternatif {
  nilai: Decimal;
  /** The canonical path of the printed figure it comes from, deepest first. */
  rujukan?: string;
  /** Built on a printed value that is itself wrong (a stale draft's). */
  basi: boolean;
  /** Where it comes from, in words. */
  asal: string[];
}

// No other figure of the quantity: one frozen empty list shared by every such finding.
const TIDAK_ADA: readonly number[] = Object.freeze([]);
const MAKS_KOMBINASI = 64;
// Rows on each side searched for a neighbour's value.
const TETANGGA = 3;
const MAKS_ALTERNATIF = 12;

/** The audit of one report (state of one call). */
class Audit {
  readonly figur: Figur[];
  readonly perKunci = new Map<string, Figur[]>();
  readonly putusan = new Map<number, Putusan>();
  readonly alternatif = new Map<string, Alternatif[]>();
  readonly kebiasaan = new Map<BesaranAudit, KebiasaanBesaran>();

  constructor(
    readonly k: KonteksKuantitas,
    readonly format: 'id' | 'en',
  ) {
    this.figur = k.laporan.tercetak.map((t, indeks) => this.baca(t, indeks));
    for (const f of this.figur) {
      if (f.kunci === undefined) continue;
      const ada = this.perKunci.get(f.kunci);
      if (ada === undefined) this.perKunci.set(f.kunci, [f]);
      else ada.push(f);
    }
    this.simpulkanKebiasaan();
  }

  baca(t: AngkaTercetak, indeks: number): Figur {
    const r = kuantitasDari(this.k, kunciMentah(t.rujukan));
    const q = 'tidak' in r ? undefined : r;
    const angka = q === undefined ? !/^\s*\p{L}/u.test(t.teks) : !LABEL.has(q.besaran);
    const teks = bacaTeksTercetak(t.teks, {
      angka,
      format: t.format ?? this.format,
      stripNol: t.stripNol === true,
    });
    return { indeks, t, kunci: q?.kunci, q, teks };
  }

  /** The habits of each kind of quantity, from the figures only one display mode explains. */
  simpulkanKebiasaan(): void {
    const bukti = new Map<
      BesaranAudit,
      { setengahAtas: number; potong: number; desimal: Map<number, number> }
    >();
    for (const f of this.figur) {
      if (f.q === undefined || f.teks.jenis !== 'angka' || !(f.q.nilai instanceof Decimal)) continue;
      const { nilai: p, desimal } = f.teks;
      const b = bukti.get(f.q.besaran) ?? { setengahAtas: 0, potong: 0, desimal: new Map<number, number>() };
      bukti.set(f.q.besaran, b);
      b.desimal.set(desimal, (b.desimal.get(desimal) ?? 0) + 1);
      const atas = bulatkanInti(f.q.nilai, desimal, 'setengah-atas').eq(p);
      const potong = bulatkanInti(f.q.nilai, desimal, 'potong').eq(p);
      f.atas = atas;
      f.potong = potong;
      if (atas && !potong) b.setengahAtas++;
      if (potong && !atas) b.potong++;
    }
    for (const [besaran, b] of bukti) {
      let desimal = 0;
      let terbanyak = -1;
      for (const [d, n] of b.desimal) {
        if (n > terbanyak || (n === terbanyak && d > desimal)) {
          desimal = d;
          terbanyak = n;
        }
      }
      const mode: KebiasaanBesaran['mode'] =
        b.setengahAtas === 0 && b.potong === 0
          ? 'tidak-diketahui'
          : b.potong === 0 || b.setengahAtas >= 2 * b.potong
            ? 'setengah-atas'
            : b.setengahAtas === 0 || b.potong >= 2 * b.setengahAtas
              ? 'potong'
              : 'campuran';
      const kata =
        mode === 'tidak-diketahui'
          ? 'cara pembulatan tidak dapat disimpulkan'
          : mode === 'campuran'
            ? 'kadang dipotong, kadang dibulatkan setengah-atas'
            : `${NAMA_MODE[mode]} ${desimal} desimal`;
      this.kebiasaan.set(besaran, {
        besaran,
        mode,
        desimal,
        bukti: { setengahAtas: b.setengahAtas, potong: b.potong },
        pesan: `${besaran} ${kata} (bukti: ${b.setengahAtas} setengah-atas, ${b.potong} potong)`,
      });
    }
  }

  /** The display mode of a kind under the report's habit (half-up when unknown). */
  modeKebiasaan(besaran: BesaranAudit): ModePembulatan {
    return this.kebiasaan.get(besaran)?.mode === 'potong' ? 'potong' : 'setengah-atas';
  }

  /** The verdict on figure i (inputs' figures first: their verdicts say which printed values are stale). */
  putuskan(i: number): TemuanAudit {
    const ada = this.putusan.get(i);
    if (ada !== undefined) return ada.temuan;
    const temuan = this.periksa(this.figur[i] as Figur);
    this.putusan.set(i, { temuan });
    return temuan;
  }

  periksa(f: Figur): TemuanAudit {
    const dasar = {
      indeks: f.indeks,
      rujukan: f.t.rujukan,
      teks: f.t.teks,
      lokasi: f.t.lokasi,
      besaran: f.q?.besaran,
      bertentangan: this.bertentangan(f),
    };
    const tercetak = f.teks.jenis === 'angka' ? f.teks.nilai : f.teks.jenis === 'label' ? f.teks.teks : null;
    if (f.q === undefined) {
      const r = kuantitasDari(this.k, kunciMentah(f.t.rujukan));
      const sebab = 'tidak' in r ? r : { tidak: 'rujukan-tidak-valid' as const, pesan: '' };
      return {
        ...dasar,
        status: 'tidak-dapat-diperiksa',
        tercetak,
        alasan: sebab.tidak,
        pesan: `Tidak dapat diperiksa: ${sebab.pesan}`,
      };
    }
    const q = f.q;
    if (f.teks.jenis === 'tidak-terbaca') {
      return {
        ...dasar,
        status: 'tidak-dapat-diperiksa',
        tercetak: null,
        alasan: 'teks-tidak-terbaca',
        pesan: `Tidak dapat diperiksa: teks "${f.t.teks}" tidak terbaca sebagai ${LABEL.has(q.besaran) ? 'label' : 'angka'}: ${f.teks.pesan}`,
      };
    }
    if (f.teks.jenis === 'label') return this.periksaLabel(q, f.teks.teks, f.teks.normal, dasar);
    return this.periksaAngka(f, q, f.teks.nilai, f.teks.desimal, dasar);
  }

  /** Indexes of the other figures of the same quantity printed with another value. */
  bertentangan(f: Figur): readonly number[] {
    if (f.kunci === undefined) return TIDAK_ADA;
    const sama = this.perKunci.get(f.kunci) ?? [];
    if (sama.length < 2) return TIDAK_ADA;
    return sama.filter((g) => g !== f && !samaTercetak(g.teks, f.teks)).map((g) => g.indeks);
  }

  periksaLabel(
    q: Kuantitas,
    teks: string,
    normal: string,
    dasar: Omit<TemuanAudit, 'status' | 'tercetak' | 'pesan'>,
  ): TemuanAudit {
    if (typeof q.nilai === 'string' && normalLabel(q.nilai) === normal) {
      return { ...dasar, status: 'cocok', tercetak: teks, nilai: q.nilai, pesan: `Cocok: ${q.nilai}.` };
    }
    // The band of the input as printed (reports band the printed capaian).
    for (const v of this.varianMasukan(q, false)) {
      if (typeof v.nilai === 'string' && normalLabel(v.nilai) === normal) {
        return {
          ...dasar,
          status: 'cocok-dengan-kebiasaan',
          tercetak: teks,
          nilai: q.nilai ?? v.nilai,
          kebiasaan: { kode: v.kode, desimal: 0, pesan: v.pesan },
          nilaiKebiasaan: v.nilai,
          pesan: `Cocok dengan kebiasaan: ${v.pesan}${q.nilai === null ? '' : ` (dari nilai tepat: ${q.nilai})`}.`,
        };
      }
    }
    if (q.nilai === null) return this.tidakDihitung(q, teks, dasar);
    const penyebab: Penyebab[] = [];
    for (const v of this.varianMasukan(q, true)) {
      if (typeof v.nilai === 'string' && normalLabel(v.nilai) === normal) {
        penyebab.push({
          kode: 'predikat-nilai-lain',
          pesan: `predikat dari ${v.pesan}`,
          rujukanLain: q.masukan[0],
        });
        break;
      }
    }
    const nilai = String(q.nilai);
    return {
      ...dasar,
      status: 'salah',
      tercetak: teks,
      nilai,
      diharapkan: nilai,
      penyebab,
      pesan: `Salah: seharusnya ${nilai}, tercetak ${teks}.${penyebab.length > 0 ? ` Kemungkinan: ${penyebab[0]!.pesan}.` : ''}`,
    };
  }

  tidakDihitung(
    q: Kuantitas,
    tercetak: Decimal | string,
    dasar: Omit<TemuanAudit, 'status' | 'tercetak' | 'pesan'>,
  ): TemuanAudit {
    return {
      ...dasar,
      status: 'tidak-dapat-diperiksa',
      tercetak,
      alasan: 'tidak-dapat-dihitung',
      pesan: `Tidak dapat diperiksa: ${q.alasan ?? 'nilainya tidak dapat dihitung.'}`,
    };
  }

  periksaAngka(
    f: Figur,
    q: Kuantitas,
    p: Decimal,
    desimal: number,
    dasar: Omit<TemuanAudit, 'status' | 'tercetak' | 'pesan'>,
  ): TemuanAudit {
    const biasa = DESIMAL_BIASA[q.besaran];
    const x = q.nilai instanceof Decimal ? q.nilai : null;
    const tulis = (v: Decimal, d = desimal, mode: ModePembulatan = 'setengah-atas') =>
      tulisAngkaInti(v, { desimal: d, mode, format: f.t.format ?? this.format, pemisahRibuan: true });
    const tepat = (v: Decimal) => tulisTepat(v, desimal + 2, f.t.format ?? this.format);
    if (x !== null) {
      if (f.atas ?? bulatkanInti(x, desimal, 'setengah-atas').eq(p)) {
        if (desimal >= biasa) {
          return {
            ...dasar,
            status: 'cocok',
            tercetak: p,
            nilai: x,
            pesan: x.eq(p)
              ? 'Cocok: sama dengan nilai tepat.'
              : `Cocok: nilai tepat dibulatkan setengah-atas ${desimal} desimal.`,
          };
        }
        const kode: KodeKebiasaan = desimal === 0 ? 'tampilan-bulat' : 'desimal-lebih-sedikit';
        return this.cocokKebiasaan(dasar, p, x, x, {
          kode: [kode],
          desimal,
          pesan:
            desimal === 0 ? 'ditampilkan sebagai bilangan bulat' : `ditampilkan dengan ${desimal} desimal`,
        });
      }
      for (const d of desimal < biasa ? [desimal, biasa] : [desimal]) {
        if (d === desimal && f.potong !== undefined ? f.potong : bulatkanInti(x, d, 'potong').eq(p)) {
          const kebiasaan = this.kebiasaan.get(q.besaran)?.mode;
          const sesuai =
            kebiasaan === 'potong'
              ? ' — kebiasaan laporan ini'
              : kebiasaan === 'setengah-atas'
                ? ' (laporan ini biasanya membulatkan setengah-atas)'
                : '';
          return this.cocokKebiasaan(dasar, p, x, x, {
            kode: ['potong'],
            desimal: d,
            pesan: `${NAMA_MODE.potong} ${d} desimal${sesuai}`,
          });
        }
      }
      // More decimals than the usual, all zeros past it: the value rounded at the usual decimals
      // and written longer (42,380 for 42,38). Only for kinds with usual decimals (a target of 11.227,71
      // printed 11.228,00 is wrong, not a habit).
      for (let d = biasa; biasa > 0 && d < desimal && bulatkanInti(p, d, 'potong').eq(p); d++) {
        for (const mode of ['setengah-atas', 'potong'] as const) {
          if (bulatkanInti(x, d, mode).eq(p)) {
            return this.cocokKebiasaan(dasar, p, x, x, {
              kode: mode === 'potong' ? ['nol-di-belakang', 'potong'] : ['nol-di-belakang'],
              desimal: d,
              pesan: `${NAMA_MODE[mode]} ${d} desimal, ditulis dengan ${desimal} desimal`,
            });
          }
        }
      }
    }
    // Computation habits: the quantity's own variants, then from rounded or printed inputs.
    const varian = [...q.varian, ...this.varianMasukan(q, false)];
    for (const v of varian) {
      // A variant that gives the exact value again explains nothing the exact value does not.
      if (!(v.nilai instanceof Decimal) || (x !== null && v.nilai.eq(x))) continue;
      for (const mode of ['setengah-atas', 'potong'] as const) {
        if (bulatkanInti(v.nilai, desimal, mode).eq(p)) {
          const kode: KodeKebiasaan[] = mode === 'potong' ? [...v.kode, 'potong'] : [...v.kode];
          return this.cocokKebiasaan(dasar, p, x ?? v.nilai, v.nilai, {
            kode,
            desimal,
            pesan: `${v.pesan}, ${NAMA_MODE[mode]} ${desimal} desimal`,
          });
        }
      }
      if (v.nilai.isNegative() && bulatkanInti(v.nilai.neg(), desimal, 'setengah-atas').eq(p)) {
        return this.cocokKebiasaan(dasar, p, x ?? v.nilai, v.nilai, {
          kode: [...v.kode, 'tanpa-tanda'],
          desimal,
          pesan: `${v.pesan}, dicetak tanpa tanda minus`,
        });
      }
    }
    if (x === null) return this.tidakDihitung(q, p, dasar);
    if (x.isNegative() && bulatkanInti(x.neg(), desimal, 'setengah-atas').eq(p)) {
      return this.cocokKebiasaan(dasar, p, x, x, {
        kode: ['tanpa-tanda'],
        desimal,
        pesan: 'dicetak tanpa tanda minus (sebagai penurunan)',
      });
    }
    // Wrong: the expected value, and what may explain the printed one.
    const harap = bulatkanInti(x, desimal, 'setengah-atas');
    const modeLaporan = this.modeKebiasaan(q.besaran);
    const harapKebiasaan = modeLaporan === 'potong' ? bulatkanInti(x, desimal, 'potong') : undefined;
    const penyebab: Penyebab[] = [];
    for (const v of this.varianMasukan(q, true)) {
      if (!(v.nilai instanceof Decimal)) continue;
      if (
        bulatkanInti(v.nilai, desimal, 'setengah-atas').eq(p) ||
        bulatkanInti(v.nilai, desimal, 'potong').eq(p)
      ) {
        penyebab.push({
          kode: 'nilai-basi',
          pesan: v.pesan,
          ...(v.rujukanLain === undefined ? {} : { rujukanLain: v.rujukanLain }),
        });
        break;
      }
    }
    penyebab.push(
      ...penyebabAngka({
        p,
        desimal,
        acuan: [
          harap,
          ...(harapKebiasaan ? [harapKebiasaan] : []),
          ...(biasa !== desimal ? [bulatkanInti(x, biasa, 'setengah-atas')] : []),
          ...varian.flatMap((v) =>
            v.nilai instanceof Decimal ? [bulatkanInti(v.nilai, desimal, 'setengah-atas')] : [],
          ),
        ],
        tukar: this.tukarTargetRealisasi(q),
        lain: (nilai) => this.milikLain(q, nilai, desimal),
        tulis: (v) => tulis(v),
      }),
    );
    const selisih = p.minus(harap);
    const diharapkan = tulis(x);
    return {
      ...dasar,
      status: 'salah',
      tercetak: p,
      nilai: x,
      diharapkan,
      ...(harapKebiasaan !== undefined && !harapKebiasaan.eq(harap)
        ? { diharapkanKebiasaan: tulis(x, desimal, 'potong') }
        : {}),
      selisih,
      penyebab,
      pesan:
        `Salah: seharusnya ${diharapkan}` +
        (harapKebiasaan !== undefined && !harapKebiasaan.eq(harap)
          ? ` (${tulis(x, desimal, 'potong')} dengan kebiasaan potong laporan ini)`
          : '') +
        ` — nilai tepat ${tepat(x)}; tercetak ${f.t.teks.trim()}, selisih ${tulis(selisih)}.` +
        (penyebab.length > 0 ? ` Kemungkinan: ${penyebab.map((s) => s.pesan).join('; ')}.` : ''),
    };
  }

  cocokKebiasaan(
    dasar: Omit<TemuanAudit, 'status' | 'tercetak' | 'pesan'>,
    p: Decimal,
    nilai: NilaiKuantitas,
    nilaiKebiasaan: NilaiKuantitas,
    kebiasaan: Kebiasaan,
  ): TemuanAudit {
    return {
      ...dasar,
      status: 'cocok-dengan-kebiasaan',
      tercetak: p,
      nilai,
      kebiasaan,
      nilaiKebiasaan,
      pesan: `Cocok dengan kebiasaan: ${kebiasaan.pesan}.`,
    };
  }

  /**
   * Values of a quantity computed from other values of its inputs: rounded the report's way, or as
   * printed (`basi` false); or — for causes — from inputs printed with a wrong (stale) value.
   */
  varianMasukan(q: Kuantitas, basi: boolean): readonly VarianDihitung[] {
    // They depend on the quantity only, not on the figure: computed once per quantity.
    const memo = `${basi ? 'basi' : 'biasa'}:${q.kunci}`;
    let hasil = this.varian.get(memo);
    if (hasil === undefined) {
      hasil = this.hitungVarianMasukan(q, basi);
      this.varian.set(memo, hasil);
    }
    return hasil;
  }

  readonly varian = new Map<string, readonly VarianDihitung[]>();

  hitungVarianMasukan(q: Kuantitas, basi: boolean): VarianDihitung[] {
    if (q.masukan.length === 0) return [];
    // The quantity's own formula, and those of its variants (another rule, the ratio as percent …).
    const rumus = [
      ...(q.hitung === undefined ? [] : [{ kode: [] as KodeKebiasaan[], pesan: '', hitung: q.hitung }]),
      ...q.varian.flatMap((v) =>
        v.hitung === undefined ? [] : [{ kode: [...v.kode], pesan: `${v.pesan}, `, hitung: v.hitung }],
      ),
    ];
    if (rumus.length === 0) return [];
    const tepat = nilaiMasukan(this.k, q.masukan);
    if (!Array.isArray(tepat)) return [];
    const hasil: VarianDihitung[] = [];
    const coba = (
      kode: KodeKebiasaan[],
      pesan: string,
      f: () => NilaiKuantitas | null,
      rujukanLain?: string,
    ) => {
      const v = aman(f);
      if (v !== null)
        hasil.push({ kode, nilai: v, pesan, ...(rujukanLain === undefined ? {} : { rujukanLain }) });
    };
    if (!basi) {
      // Inputs rounded at 2 decimals (their usual, for money too), the report's way first.
      for (const r of rumus) {
        for (const mode of ['setengah-atas', 'potong'] as const) {
          const xs = tepat.map((x) => bulatkanInti(x, 2, mode));
          coba(
            [...r.kode, 'dari-masukan-dibulatkan'],
            `${r.pesan}dihitung dari masukan yang ${NAMA_MODE[mode]} 2 desimal`,
            () => r.hitung(xs),
          );
        }
      }
    }
    // Inputs as printed elsewhere in the report (and inputs computed from such values).
    for (const dipilih of this.kombinasi(q, tepat, basi)) {
      const asal = dipilih.flatMap((a) => a.asal).join(' dan ');
      const sumber = dipilih.find((a) => (basi ? a.basi : a.asal.length > 0))?.rujukan;
      for (const r of rumus) {
        coba(
          [...r.kode, 'dari-angka-tercetak'],
          `${basi ? 'nilai basi: ' : ''}${r.pesan}dihitung dari ${asal}`,
          () => r.hitung(dipilih.map((a) => a.nilai)),
          sumber,
        );
      }
    }
    return hasil;
  }

  /** Choices of the inputs' values with at least one printed (or stale, for `basi`) value. */
  kombinasi(q: Kuantitas, tepat: readonly Decimal[], basi: boolean): Alternatif[][] {
    const pilihan = q.masukan.map((m, i) => [
      { nilai: tepat[i] as Decimal, basi: false, asal: [] as string[] },
      ...this.alternatifDari(m, 1),
    ]);
    const hasil: Alternatif[][] = [];
    const indeks = pilihan.map(() => 0);
    let langkah = 0;
    for (;;) {
      // The next choice (an odometer over the inputs), skipping the all-exact one.
      let j = 0;
      while (j < indeks.length) {
        indeks[j] = (indeks[j] as number) + 1;
        if ((indeks[j] as number) < (pilihan[j] as Alternatif[]).length) break;
        indeks[j] = 0;
        j++;
      }
      if (j === indeks.length || ++langkah > MAKS_KOMBINASI) break;
      const dipilih = indeks.map((k, i) => (pilihan[i] as Alternatif[])[k] as Alternatif);
      if (dipilih.some((a) => a.basi) === basi) hasil.push(dipilih);
    }
    return hasil;
  }

  /** Other values of an input: its printed values, and (depth > 0) values computed from its inputs' printed ones. */
  alternatifDari(kunci: string, kedalaman: number): Alternatif[] {
    const memo = `${kedalaman}:${kunci}`;
    const ada = this.alternatif.get(memo);
    if (ada !== undefined) return ada;
    this.alternatif.set(memo, []);
    const r = kuantitasDari(this.k, kunci);
    if ('tidak' in r || !(r.nilai instanceof Decimal)) return [];
    const x = r.nilai;
    const hasil: Alternatif[] = [];
    const tambah = (a: Alternatif) => {
      if (a.nilai.eq(x) || hasil.length >= MAKS_ALTERNATIF || hasil.some((b) => b.nilai.eq(a.nilai))) return;
      hasil.push(a);
    };
    for (const g of this.perKunci.get(kunci) ?? []) {
      if (g.teks.jenis !== 'angka') continue;
      const t = this.putuskan(g.indeks);
      tambah({
        nilai: g.teks.nilai,
        rujukan: kunci,
        basi: t.status === 'salah',
        asal: [`${namaBagian(kunci)} ${g.t.teks.trim()}${g.t.lokasi ? ` (${g.t.lokasi})` : ''}`],
      });
    }
    if (kedalaman > 0 && r.hitung !== undefined && r.masukan.length > 0) {
      const tepat = nilaiMasukan(this.k, r.masukan);
      if (!Array.isArray(tepat)) {
        this.alternatif.set(memo, hasil);
        return hasil;
      }
      r.masukan.forEach((m, i) => {
        for (const a of this.alternatifDari(m, kedalaman - 1)) {
          const xs = tepat.slice();
          xs[i] = a.nilai;
          const v = aman(() => r.hitung!(xs));
          if (v instanceof Decimal) {
            tambah({
              nilai: v,
              basi: a.basi,
              asal: a.asal,
              ...(a.rujukan === undefined ? {} : { rujukan: a.rujukan }),
            });
          }
        }
      });
    }
    this.alternatif.set(memo, hasil);
    return hasil;
  }

  /** A capaian computed with target and realisasi swapped, when the quantity has that shape. */
  tukarTargetRealisasi(q: Kuantitas): Decimal | null {
    if (q.besaran !== 'capaian' || q.masukan.length !== 2 || q.hitung === undefined) return null;
    const xs = nilaiMasukan(this.k, q.masukan);
    if (!Array.isArray(xs)) return null;
    const [target, realisasi] = xs as [Decimal, Decimal];
    const v = aman(() => q.hitung!([realisasi, target]));
    return v instanceof Decimal ? v : null;
  }

  /**
   * Another quantity of the same kind whose value, printed at these decimals (half-up or truncated),
   * is this one: a neighbour in the structure (a sibling node, another indicator of the sasaran, another
   * sasaran), else any quantity of the kind the report prints (one index per kind and decimals).
   */
  milikLain(q: Kuantitas, p: Decimal, desimal: number): string | undefined {
    const sama = (kunci: string): boolean => {
      if (kunci === q.kunci) return false;
      const r = kuantitasDari(this.k, kunci);
      if ('tidak' in r || !(r.nilai instanceof Decimal)) return false;
      return (
        bulatkanInti(r.nilai, desimal, 'setengah-atas').eq(p) ||
        bulatkanInti(r.nilai, desimal, 'potong').eq(p)
      );
    };
    const dekat = this.tetangga(q).find(sama);
    if (dekat !== undefined) return dekat;
    return (this.indeksNilai(q.besaran, desimal).get(p.toString()) ?? []).find((k) => k !== q.kunci);
  }

  /**
   * The structural neighbours of a quantity, same kind: the nearest sibling nodes, the indicators of
   * its sasaran and the nearest ones, the nearest sasaran (a window, so a wrong figure costs the same
   * in a report of 10 or 10 000 rows).
   */
  tetangga(q: Kuantitas): string[] {
    const s = q.kunci.split('/');
    const bagian = SEJENIS[q.besaran];
    const hasil: string[] = [];
    const sekitar = <T>(daftar: readonly T[], x: T, tulis: (y: T) => string) => {
      const i = daftar.indexOf(x);
      for (let j = Math.max(0, i - TETANGGA); j <= Math.min(daftar.length - 1, i + TETANGGA); j++) {
        for (const b of bagian) hasil.push(`${tulis(daftar[j] as T)}/${b}`);
      }
    };
    if (s[0] === 'anggaran') {
      const simpul = this.k.simpul.get(s.slice(1, -1).join('/'));
      const node = simpul?.length === 1 ? simpul[0]?.node : undefined;
      if (node !== undefined)
        sekitar(this.k.saudara.get(node) ?? [], node, (n) => `anggaran/${n.kode ?? n.nama}`);
    } else if (s[0] === 'indikator' && s.length === 3) {
      const id = s[1] ?? '';
      const sid = this.k.indikator.get(id)?.sasaran;
      for (const h of sid === undefined ? [] : (this.k.sasaran.get(sid)?.indikator ?? [])) {
        for (const b of bagian) hasil.push(`indikator/${h.id}/${b}`);
      }
      sekitar(this.idIndikator, id, (x) => `indikator/${x}`);
    } else if (s[0] === 'sasaran') {
      sekitar(this.idSasaran, s[1] ?? '', (x) => `sasaran/${x}`);
    }
    return hasil;
  }

  get idIndikator(): string[] {
    this._idIndikator ??= [...this.k.indikator.keys()];
    return this._idIndikator;
  }
  get idSasaran(): string[] {
    this._idSasaran ??= [...this.k.sasaran.keys()];
    return this._idSasaran;
  }
  private _idIndikator: string[] | undefined;
  private _idSasaran: string[] | undefined;

  readonly indeksSejenis = new Map<string, Map<string, string[]>>();
  /** The printed quantities of a kind's group by their value at these decimals (half-up and truncated). */
  indeksNilai(besaran: BesaranAudit, desimal: number): Map<string, string[]> {
    const id = `${besaran}|${desimal}`;
    let indeks = this.indeksSejenis.get(id);
    if (indeks !== undefined) return indeks;
    indeks = new Map();
    const kelompok = new Set(SEJENIS[besaran]);
    for (const [kunci, figur] of this.perKunci) {
      const r = figur[0]?.q;
      if (
        r === undefined ||
        !(r.nilai instanceof Decimal) ||
        !kelompok.has(kunci.slice(kunci.lastIndexOf('/') + 1))
      )
        continue;
      const atas = bulatkanInti(r.nilai, desimal, 'setengah-atas').toString();
      const potong = bulatkanInti(r.nilai, desimal, 'potong').toString();
      for (const v of atas === potong ? [atas] : [atas, potong]) {
        const ada = indeks.get(v);
        if (ada === undefined) indeks.set(v, [kunci]);
        else ada.push(kunci);
      }
    }
    this.indeksSejenis.set(id, indeks);
    return indeks;
  }
}

/** A computation that may meet a value outside its domain: null then. */
function aman<T>(f: () => T | null): T | null {
  try {
    return f();
  } catch (e) {
    if (isSakipError(e)) return null;
    throw e;
  }
}

/** The path as written, without surrounding spaces (aliases are resolved by the resolver). */
const kunciMentah = (rujukan: string): string => rujukan.trim();

/** The last segment of a path with its owner, for messages: `realisasi IKU-1`. */
function namaBagian(kunci: string): string {
  const s = kunci.split('/');
  const bagian = s[s.length - 1] ?? kunci;
  return s.length >= 3 ? `${bagian} ${s.slice(1, -1).join('/')}` : bagian;
}

/**
 * Whether two printed figures say the same: labels alike, or numbers equal once the finer one is
 * shown at the coarser one's decimals (67, 66,7 and 66,67 agree; 93,27 and 93,28 do not).
 */
function samaTercetak(a: TeksTerbaca, b: TeksTerbaca): boolean {
  if (a.jenis === 'angka' && b.jenis === 'angka') {
    const [kasar, halus] = a.desimal <= b.desimal ? [a, b] : [b, a];
    if (kasar.desimal === halus.desimal) return a.nilai.eq(b.nilai);
    return (['setengah-atas', 'potong'] as const).some((m) =>
      bulatkanInti(halus.nilai, kasar.desimal, m).eq(kasar.nilai),
    );
  }
  if (a.jenis === 'label' && b.jenis === 'label') return a.normal === b.normal;
  return a.jenis === b.jenis;
}

/** An exact value for a message: `55,7252…` (cut at `desimal`, with an ellipsis when cut). */
function tulisTepat(x: Decimal, desimal: number, format: 'id' | 'en'): string {
  const cara = { desimal, mode: 'potong' as const, format, pemisahRibuan: true };
  const t = tulisAngkaInti(x, cara);
  return x.decimalPlaces() > desimal
    ? `${t}…`
    : tulisAngkaInti(x, { ...cara, desimal: Math.max(x.decimalPlaces(), 0) });
}

/** Reads the options of the audit once (internal). */
function bacaOpsiAudit(opsi: unknown, l: Laporan): { inti: OpsiLaporanInti; skala: Skala | undefined } {
  const o = bacaObjek(opsi, { nama: 'Opsi auditLaporan', kunci: KUNCI_OPSI });
  const pilihanSkala = o.skala ?? l.aturan?.skala;
  const skala = pilihanSkala === undefined ? undefined : pilihSkala(pilihanSkala);
  const kebijakan = KEBIJAKAN_PEMBULATAN.TEPAT;
  const umum = { kebijakan, skala: undefined };
  const efisiensi = bacaOpsiEfisiensi(o.efisiensi, l.aturan?.efisiensi);
  return {
    skala,
    inti: {
      kebijakan,
      skala: undefined,
      indikator: bacaOpsiIndikator({}, umum),
      rataRata: bacaOpsiRataRata({ lewatiBelumDiketahui: o.lewatiBelumDiketahui }, umum),
      rekap: bacaOpsiRekapAnggaran(o.rekap),
      efisiensi: { ...efisiensi, kebijakan: undefined, langkah: false },
    },
  };
}

/** The report computed exactly; an SKM or IKPA section that cannot be computed leaves its figures uncheckable. */
function hitungUntukAudit(
  l: Laporan,
  o: OpsiLaporanInti,
): { hasil: HasilLaporan; galat: Map<'skm' | 'ikpa', string> } {
  const galat = new Map<'skm' | 'ikpa', string>();
  const hasil = hitungLaporanInti({ ...l, skm: undefined, ikpa: undefined }, o);
  const bagian = <T>(nama: 'skm' | 'ikpa', f: () => T | null): T | null => {
    try {
      return f();
    } catch (e) {
      if (!isSakipError(e)) throw e;
      galat.set(nama, e.message);
      return null;
    }
  };
  return {
    hasil: { ...hasil, skm: bagian('skm', () => skmLaporan(l)), ikpa: bagian('ikpa', () => ikpaLaporan(l)) },
    galat,
  };
}

/**
 * Audits a printed report (audit laporan): every figure of `laporan.tercetak` is checked against the
 * exact value of the quantity its `rujukan` names (grammar: `docs/audit.md`), under the report's rules
 * (`laporan.aturan`, or the options). `temuan[i]` belongs to `tercetak[i]`: `cocok`,
 * `cocok-dengan-kebiasaan` (with the habit that explains it), `salah` (with the expected value, the
 * difference and a likely cause), or `tidak-dapat-diperiksa` (with the reason). The report's habits
 * per kind of quantity are inferred from its figures (`kebiasaan`); a quantity printed with two values
 * is listed in `pertentangan`. One bad figure never stops the audit.
 *
 * @throws {SakipError} `MODEL_TIDAK_VALID` for a report that does not fit the {@link Laporan} model,
 * `OPSI_TIDAK_VALID` / `ATURAN_TIDAK_DIKENAL` for options.
 *
 * @example
 * ```ts
 * import { auditLaporan } from 'sakip';
 * const a = auditLaporan({
 *   instansi: 'Dinas Sosial Kabupaten Barito Kuala',
 *   tahun: 2024,
 *   aturan: { skala: 'PERMENDAGRI_54_2010' },
 *   sasaran: [{ id: 'S2', nama: 'Kemampuan berusaha PPKS', indikator: [{ id: 'IKU-2', nama: 'PPKS mampu berusaha', target: '1,31', realisasi: '0,73' }] }],
 *   tercetak: [
 *     { rujukan: 'indikator/IKU-2/capaian', teks: '55,72', lokasi: 'Tabel 3.1.1' },
 *     { rujukan: 'indikator/IKU-2/capaian', teks: '96,00', lokasi: 'Tabel 3.2.3' },
 *     { rujukan: 'indikator/IKU-2/predikat', teks: 'Kurang' },
 *     { rujukan: 'indikator/IKU-9/capaian', teks: '10' },
 *   ],
 * });
 * a.temuan.map((t) => t.status); //=> ['cocok-dengan-kebiasaan', 'salah', 'cocok', 'tidak-dapat-diperiksa']
 * a.temuan[0]?.status === 'cocok-dengan-kebiasaan' && a.temuan[0].kebiasaan?.kode; //=> ['potong']
 * a.temuan[1]?.status === 'salah' && a.temuan[1].diharapkan; //=> '55,73'
 * a.ringkasan.salah; //=> 1
 * ```
 */
export function auditLaporan(laporan: Laporan | LaporanMasukan, opsi?: OpsiAudit): HasilAudit {
  const l = bacaLaporan(laporan);
  const o = bacaOpsiAudit(opsi, l);
  const { hasil, galat } = hitungUntukAudit(l, o.inti);
  const k = buatKonteks(l, hasil, o.skala, o.inti.efisiensi);
  for (const [nama, pesan] of galat) {
    // Figures of a section that cannot be computed say why.
    for (const t of l.tercetak) {
      if (t.rujukan.trim().startsWith(`${nama}/`)) {
        k.memo.set(t.rujukan.trim(), {
          tidak: 'tidak-dapat-dihitung',
          pesan: `bagian ${nama.toUpperCase()} laporan: ${pesan}`,
        });
      }
    }
  }
  const a = new Audit(k, l.format);
  const temuan = a.figur.map((f) => a.putuskan(f.indeks));
  const pertentangan: Pertentangan[] = [];
  for (const [rujukan, sama] of a.perKunci) {
    // Printed values that say the same (at the coarser one's decimals, labels alike) form one group.
    const kelompok: Figur[][] = [];
    for (const f of sama) {
      const g = kelompok.find((k) => samaTercetak((k[0] as Figur).teks, f.teks));
      if (g === undefined) kelompok.push([f]);
      else g.push(f);
    }
    if (kelompok.length < 2) continue;
    const tempat = (k: Figur[]) => {
      const lokasi = k.flatMap((f) => (f.t.lokasi ? [f.t.lokasi] : []));
      const ditulis =
        lokasi.slice(0, 3).join('; ') + (lokasi.length > 3 ? `; … ${lokasi.length - 3} lagi` : '');
      return `${(k[0] as Figur).t.teks.trim()} (${k.length}×${ditulis ? `: ${ditulis}` : ''})`;
    };
    pertentangan.push({
      rujukan,
      indeks: sama.map((f) => f.indeks),
      teks: sama.map((f) => f.t.teks),
      pesan: `${rujukan} tercetak dengan ${kelompok.length} nilai berbeda: ${kelompok.map(tempat).join(', ')}.`,
    });
  }
  const hitung = (s: TemuanAudit['status']) => temuan.filter((t) => t.status === s).length;
  const skm =
    l.skm === undefined ? undefined : (aman(() => pilihAturanSkm(l.skm?.aturan).id) ?? l.skm.aturan);
  return {
    instansi: l.instansi,
    tahun: l.tahun,
    aturan: {
      kebijakan: o.inti.kebijakan.id,
      skala: o.skala?.id,
      efisiensi: o.inti.efisiensi.aturan.id,
      skm,
    },
    ringkasan: {
      jumlah: temuan.length,
      cocok: hitung('cocok'),
      cocokDenganKebiasaan: hitung('cocok-dengan-kebiasaan'),
      salah: hitung('salah'),
      tidakDapatDiperiksa: hitung('tidak-dapat-diperiksa'),
      pertentangan: pertentangan.length,
    },
    kebiasaan: [...a.kebiasaan.values()],
    temuan,
    pertentangan,
    pohon: hasil.anggaran?.temuan ?? [],
    hasil,
  };
}
