import { type Decimal, DecimalInti } from '../angka/Decimal.js';
import type { Angka } from '../angka/keDecimal.js';
import { bekukanDalam } from '../aturan/bekukan.js';
import { bacaObjek, teksMasukan } from '../galat/masukan.js';
import { SakipError } from '../galat/SakipError.js';
import { type Hasil, type Langkah, langkah } from '../hasil/hasil.js';
import { type HasilPredikat, predikatInti } from '../predikat/inti.js';
import { pilihSkala, SKALA } from '../predikat/presetSkala.js';
import type { Skala, SkalaMasukan } from '../predikat/Skala.js';
import {
  ATURAN_IKPA,
  type AturanIkpa,
  type AturanIkpaMasukan,
  JENIS_IKPA,
  pengurangMenurutTabel,
} from './aturanIkpa.js';
import {
  type AturanDipakai,
  aturanDipakai,
  bacaAngka,
  bacaRekaman,
  NOL,
  periksaRentang,
  pilihAturanBertahun,
  SERATUS,
  tulisPredikat,
} from './masukan.js';

/**
 * How a report's "Nilai Aspek" is formed (rerata aspek): `'sederhana'` — the simple mean of the
 * aspect's indicator values, as reports print it (verified: 84,36 and 98,14); `'tertimbang'` — the
 * mean weighted by the indicators' bobot.
 */
export type RerataAspek = 'sederhana' | 'tertimbang';

/**
 * Options of {@link ikpa}. The rule is picked the one way every year-dependent rule set is: `aturan`
 * (an id of {@link ATURAN_IKPA}, a preset, or a rule of one's own) and/or `tahun` (the preset whose
 * `berlaku` covers the year). One of them is required; with both, the rule must apply to the year.
 */
export interface OpsiIkpa {
  /** The rule: `'PER_5_PB_2022'`, a preset of {@link ATURAN_IKPA}, or a definition (see {@link buatAturanIkpa}). */
  aturan?: string | AturanIkpa | AturanIkpaMasukan;
  /** Tahun anggaran: picks the preset whose `berlaku` covers it (2020–2026). */
  tahun?: number;
  /**
   * SPM under dispensation per mil of all SPM (rasio dispensasi SPM, ‰, 0–1000), for rules that
   * deduct instead of weighing dispensasi (PER-5/PB/2024). Absent: no deduction (0 ‰), noted in the
   * trace.
   */
  dispensasiPermil?: Angka;
  /** Aspect values as the simple mean (default, as printed) or the weighted mean. */
  rerataAspek?: RerataAspek;
  /** Band table for `predikat`: an id or a table (default {@link SKALA}`.IKPA`); `null`: no predikat. */
  skala?: string | Skala | SkalaMasukan | null;
}

const KUNCI_OPSI = ['aturan', 'tahun', 'dispensasiPermil', 'rerataAspek', 'skala'] as const;

/** Options of {@link ikpaInti}, parsed (trusted). Absent fields take the defaults of {@link ikpa}. */
export interface OpsiIkpaInti {
  /** The per-mil ratio, already read and within 0–1000; only for rules with a deduction table. */
  dispensasiPermil?: Decimal | undefined;
  rerataAspek?: RerataAspek | undefined;
  /** A validated band table; `null`: no predikat; absent: {@link SKALA}`.IKPA`. */
  skala?: Skala | null | undefined;
}

/** One indicator in an IKPA result (rincian per indikator). */
export interface IndikatorHasilIkpa {
  readonly id: string;
  readonly nama: string;
  /** Aspect id, if the rule groups indicators. */
  readonly aspek: string | undefined;
  /** The value given; `null`: not applicable to this satker. */
  readonly nilai: Decimal | null;
  /** Weight in percent. */
  readonly bobot: Decimal;
  /** `nilai × bobot / 100`, unrounded; `null` when not applicable. */
  readonly nilaiTertimbang: Decimal | null;
}

/**
 * Why an IKPA figure cannot be computed (alasan): `'tidak-ada-indikator-berlaku'` — every indicator
 * (of the satker, or of one aspect) is `null`, so its weight share is 0.
 */
export type AlasanIkpa = 'tidak-ada-indikator-berlaku';

/**
 * One "Nilai Aspek" (nilai aspek IKPA), with its name: computed (`nilai`, the mean of the applicable
 * indicators, with its trace), or not computable when none of its indicators applies.
 */
export type AspekHasilIkpa = Hasil<Decimal, AlasanIkpa> & { readonly nama: string };

/** The figures of a computed IKPA besides `nilai` (rincian IKPA). */
export interface RincianIkpa {
  /** The rule used (a copy of its identity). */
  readonly aturan: AturanDipakai;
  /** Σ nilai × bobot / 100 over the applicable indicators (Nilai Total), unrounded. */
  readonly nilaiTotal: Decimal;
  /** Share of weight of the applicable indicators, as a fraction (0,9 is printed "90%"). */
  readonly konversiBobot: Decimal;
  /** `nilaiTotal / konversiBobot`: the renormalised value before any deduction. */
  readonly nilaiSebelumPengurang: Decimal;
  /** Points deducted for dispensasi SPM (PER-5/PB/2024; 0 under the other rules). */
  readonly pengurangDispensasi: Decimal;
  /** Every indicator of the rule, in the rule's order. */
  readonly perIndikator: readonly IndikatorHasilIkpa[];
  /** Nilai Aspek by aspect id (`perencanaan`, `pelaksanaan`, `hasil`); empty when the rule has none. */
  readonly aspek: Readonly<Record<string, AspekHasilIkpa>>;
  /** The band of `nilai` (default table {@link SKALA}`.IKPA`); `null` with `skala: null`. */
  readonly predikat: HasilPredikat | null;
}

/**
 * The result of {@link ikpa} (hasil IKPA): `status: 'dihitung'` with `nilai` — the Nilai Akhir, exact —
 * and every figure that led to it ({@link RincianIkpa}), or `status: 'tidak-dapat-dihitung'` when no
 * indicator applies. Each carries its trace in `langkah`.
 */
export type HasilIkpa = Hasil<Decimal, AlasanIkpa, RincianIkpa>;

/** The value 1000 ‰: every SPM under dispensation. */
const SERIBU: Decimal = bekukanDalam(new DecimalInti(1000));

/**
 * Picks the IKPA rule from the options `aturan` and `tahun` (internal boundary helper, also for
 * `hitungLaporan`).
 *
 * @throws {SakipError} `ATURAN_TIDAK_DIKENAL` (unknown id, or neither given), `ATURAN_TAHUN_TIDAK_DIKENAL`,
 * `ATURAN_TIDAK_VALID`, `OPSI_TIDAK_VALID` (a year not an integer, or a rule that does not apply to it).
 */
export function pilihAturanIkpa(aturan: unknown, tahun: unknown): AturanIkpa {
  return pilihAturanBertahun(JENIS_IKPA, ATURAN_IKPA, aturan, tahun);
}

/**
 * Reads the indicator values of a satker for a rule (internal boundary helper, also for
 * `hitungLaporan`): every indicator of the rule present — a value from 0 to its maximum, or `null`
 * when not applicable — and no other.
 *
 * @throws {SakipError} `MASUKAN_TIDAK_VALID` (not an object), `IKPA_INDIKATOR_TIDAK_DIKENAL` (with the
 * nearest known id), `IKPA_INDIKATOR_HILANG`, `IKPA_NILAI_DI_LUAR_RENTANG`, the codes of keDecimal;
 * every location prefixed with `lokasi`.
 */
export function bacaNilaiIkpa(
  nilai: unknown,
  aturan: AturanIkpa,
  lokasi = 'nilai',
): Record<string, Decimal | null> {
  const isi = bacaRekaman(nilai, {
    nama: `Nilai indikator IKPA ${aturan.id}`,
    kunci: aturan.indikator.map((i) => i.id),
    lokasi,
    kodeAsing: 'IKPA_INDIKATOR_TIDAK_DIKENAL',
    kodeHilang: 'IKPA_INDIKATOR_HILANG',
  });
  const hasil: Record<string, Decimal | null> = Object.create(null);
  for (const ind of aturan.indikator) {
    const mentah = isi[ind.id];
    if (mentah === null) {
      hasil[ind.id] = null;
      continue;
    }
    const l = `${lokasi}.${ind.id}`;
    hasil[ind.id] = periksaRentang(
      bacaAngka(mentah, l),
      NOL,
      ind.maks ?? SERATUS,
      'IKPA_NILAI_DI_LUAR_RENTANG',
      l,
      mentah,
    );
  }
  return hasil;
}

/**
 * Reads the options of {@link ikpa} other than the rule (internal boundary helper, also for
 * `hitungLaporan`, which passes its own `awalan` for locations: `'ikpa'` → `ikpa.dispensasiPermil`).
 *
 * @throws {SakipError} `IKPA_INDIKATOR_TIDAK_DIKENAL` (a ratio for a rule without a deduction table),
 * `IKPA_NILAI_DI_LUAR_RENTANG`, `OPSI_TIDAK_VALID`, the codes of keDecimal and of the band-table picker.
 */
export function bacaOpsiIkpaInti(
  o: { dispensasiPermil?: unknown; rerataAspek?: unknown; skala?: unknown },
  aturan: AturanIkpa,
  awalan = 'opsi',
): OpsiIkpaInti {
  let dispensasiPermil: Decimal | undefined;
  if (o.dispensasiPermil !== undefined) {
    if (aturan.pengurangDispensasi === undefined) {
      throw new SakipError(
        'IKPA_INDIKATOR_TIDAK_DIKENAL',
        `Aturan ${aturan.id} tidak memakai pengurang dispensasi: isi nilai indikator dispensasiSpm, bukan dispensasiPermil.`,
        { masukan: o.dispensasiPermil, lokasi: `${awalan}.dispensasiPermil` },
      );
    }
    const l = `${awalan}.dispensasiPermil`;
    dispensasiPermil = periksaRentang(
      bacaAngka(o.dispensasiPermil, l),
      NOL,
      SERIBU,
      'IKPA_NILAI_DI_LUAR_RENTANG',
      l,
      o.dispensasiPermil,
    );
  }
  const r = o.rerataAspek;
  if (r !== undefined && r !== 'sederhana' && r !== 'tertimbang') {
    throw new SakipError(
      'OPSI_TIDAK_VALID',
      `${awalan}.rerataAspek harus 'sederhana' atau 'tertimbang', bukan ${teksMasukan(r)}.`,
      { masukan: r, lokasi: `${awalan}.rerataAspek` },
    );
  }
  return {
    dispensasiPermil,
    rerataAspek: r ?? 'sederhana',
    skala: o.skala === undefined ? SKALA.IKPA : o.skala === null ? null : pilihSkala(o.skala),
  };
}

/**
 * The IKPA score of a satker (Indikator Kinerja Pelaksanaan Anggaran) under a rule: the weighted sum of
 * the indicator values, unrounded; indicators given as `null` (not applicable to this satker) drop out
 * and the rest is renormalised — `Nilai Akhir = Nilai Total / Konversi Bobot`; under PER-5/PB/2024 the
 * dispensasi SPM deduction (per-mil table) is then subtracted, never below 0. Also the aspect values
 * (simple mean as reports print them, or weighted), the predikat and every step. Nothing is rounded.
 *
 * Every indicator of the rule must be given (a value from 0 to its maximum, 100, or `null`). When all
 * are `null` the result is `status: 'tidak-dapat-dihitung'` (alasan `'tidak-ada-indikator-berlaku'`),
 * not an error: a report may hold such a section. The result never shares a mutable object with the
 * rule or with another result.
 *
 * @throws {SakipError} `IKPA_INDIKATOR_HILANG`, `IKPA_INDIKATOR_TIDAK_DIKENAL`,
 * `IKPA_NILAI_DI_LUAR_RENTANG`, `MASUKAN_TIDAK_VALID`, `OPSI_TIDAK_VALID` (unknown option, with the
 * nearest known one), `ATURAN_TIDAK_DIKENAL`, `ATURAN_TAHUN_TIDAK_DIKENAL`, `ATURAN_TIDAK_VALID`,
 * `PREDIKAT_DI_LUAR_DOMAIN` (a rule of one's own whose `maks` lets the score leave the band table's
 * domain), and the codes of {@link keDecimal}.
 *
 * @example
 * ```ts
 * import { ikpa } from 'sakip';
 * const nilai = {
 *   revisiDipa: 100, deviasiHalamanIIIDipa: '68,72',
 *   penyerapanAnggaran: 100, belanjaKontraktual: '99,5', penyelesaianTagihan: 100,
 *   pengelolaanUpTup: '91,2', dispensasiSpm: 100, capaianOutput: '97,3',
 * };
 * const h = ikpa(nilai, { aturan: 'PER_5_PB_2022' });
 * if (h.status !== 'dihitung') throw new Error(h.pesan);
 * h.nilai; //=> '95.267'
 * h.nilaiTotal; //=> '95.267'
 * h.konversiBobot; //=> '1'
 * h.predikat?.label; //=> 'Sangat Baik'
 * h.aturan.id; //=> 'PER_5_PB_2022'
 * const tanpaKontrak = ikpa({ ...nilai, belanjaKontraktual: null }, { tahun: 2023 });
 * tanpaKontrak.status === 'dihitung' && tanpaKontrak.konversiBobot; //=> '0.9'
 * tanpaKontrak.status === 'dihitung' && tanpaKontrak.nilai.toDecimalPlaces(4); //=> '94.7967'
 * ikpa({ ...nilai, revisiDipa: 101 }, { tahun: 2023 }); //!> IKPA_NILAI_DI_LUAR_RENTANG
 * ikpa({ ...nilai, lpjBendahara: 100 }, { tahun: 2023 }); //!> IKPA_INDIKATOR_TIDAK_DIKENAL
 * ikpa(nilai, { tahun: 2099 }); //!> ATURAN_TAHUN_TIDAK_DIKENAL
 * ikpa(nilai, { tahn: 2023 } as never); //!> OPSI_TIDAK_VALID
 * ```
 */
export function ikpa(nilai: Readonly<Record<string, Angka | null>>, opsi: OpsiIkpa): HasilIkpa {
  const o = bacaObjek(opsi, { nama: 'Opsi ikpa', kunci: KUNCI_OPSI });
  const aturan = pilihAturanIkpa(o.aturan, o.tahun);
  const masukan = bacaNilaiIkpa(nilai, aturan);
  return ikpaInti(masukan, aturan, bacaOpsiIkpaInti(o, aturan));
}

/**
 * {@link ikpa} on trusted values (internal core): `nilai` holds every indicator of `aturan`, each a
 * sakip Decimal within 0 to its maximum or `null`; `aturan` is a validated rule; `opsi` is parsed.
 * Never validates again.
 */
export function ikpaInti(
  nilai: Readonly<Record<string, Decimal | null>>,
  aturan: AturanIkpa,
  opsi: OpsiIkpaInti = {},
): HasilIkpa {
  const jejak: Langkah[] = [];
  const perIndikator: IndikatorHasilIkpa[] = [];
  const tertimbang: Record<string, Decimal> = {};
  const bobotBerlaku: Record<string, Decimal> = {};
  const tidakBerlaku: string[] = [];
  let nilaiTotal = NOL;
  let jumlahBobot = NOL;
  for (const ind of aturan.indikator) {
    const v = nilai[ind.id] ?? null;
    if (v === null) {
      tidakBerlaku.push(ind.id);
      perIndikator.push({
        id: ind.id,
        nama: ind.nama,
        aspek: ind.aspek,
        nilai: null,
        bobot: ind.bobot,
        nilaiTertimbang: null,
      });
      continue;
    }
    // Each weighted value is in perIndikator (nilai, bobot, nilaiTertimbang); the trace starts at the sum.
    const nt = v.times(ind.bobot).div(SERATUS);
    perIndikator.push({
      id: ind.id,
      nama: ind.nama,
      aspek: ind.aspek,
      nilai: v,
      bobot: ind.bobot,
      nilaiTertimbang: nt,
    });
    tertimbang[ind.id] = nt;
    bobotBerlaku[ind.id] = ind.bobot;
    nilaiTotal = nilaiTotal.plus(nt);
    jumlahBobot = jumlahBobot.plus(ind.bobot);
  }
  const catatanBerlaku =
    tidakBerlaku.length === 0 ? undefined : `tidak berlaku bagi satker (null): ${tidakBerlaku.join(', ')}`;
  const konversiBobot = jumlahBobot.div(SERATUS);
  if (jumlahBobot.isZero()) {
    jejak.push(
      langkah('Konversi Bobot = Σ bobot indikator yang berlaku / 100', {}, konversiBobot, catatanBerlaku),
    );
    return {
      status: 'tidak-dapat-dihitung',
      alasan: 'tidak-ada-indikator-berlaku',
      pesan: `Semua indikator IKPA (${aturan.id}) bernilai null: Konversi Bobot 0, Nilai Akhir tidak dapat dihitung.`,
      langkah: jejak,
    };
  }
  jejak.push(langkah('Nilai Total = Σ nilai × bobot / 100 (indikator yang berlaku)', tertimbang, nilaiTotal));
  jejak.push(
    langkah(
      'Konversi Bobot = Σ bobot indikator yang berlaku / 100',
      bobotBerlaku,
      konversiBobot,
      catatanBerlaku,
    ),
  );
  const nilaiSebelumPengurang = nilaiTotal.div(konversiBobot);
  const tabel = aturan.pengurangDispensasi;
  let pengurangDispensasi = NOL;
  let nilaiAkhir = nilaiSebelumPengurang;
  if (tabel === undefined) {
    jejak.push(
      langkah(
        'Nilai Akhir = Nilai Total / Konversi Bobot',
        { nilaiTotal, konversiBobot },
        nilaiSebelumPengurang,
      ),
    );
  } else {
    jejak.push(
      langkah(
        'nilai sebelum pengurang = Nilai Total / Konversi Bobot',
        { nilaiTotal, konversiBobot },
        nilaiSebelumPengurang,
      ),
    );
    const permil = opsi.dispensasiPermil ?? NOL;
    pengurangDispensasi = pengurangMenurutTabel(tabel, permil);
    jejak.push(
      langkah(
        `pengurang dispensasi = tabel ${aturan.id} (rasio SPM dispensasi per mil)`,
        { dispensasiPermil: permil },
        pengurangDispensasi,
        opsi.dispensasiPermil === undefined ? 'rasio dispensasi tidak diberikan, dianggap 0 ‰' : undefined,
      ),
    );
    // A deduction larger than the score would give a negative IKPA, which no report prints.
    const selisih = nilaiSebelumPengurang.minus(pengurangDispensasi);
    nilaiAkhir = selisih.isNegative() ? NOL : selisih;
    jejak.push(
      langkah(
        'Nilai Akhir = maks(0; nilai sebelum pengurang − pengurang dispensasi)',
        { nilaiSebelumPengurang, pengurangDispensasi },
        nilaiAkhir,
      ),
    );
  }

  const aspek: Record<string, AspekHasilIkpa> = {};
  const rerataTertimbang = opsi.rerataAspek === 'tertimbang';
  for (const a of aturan.aspek) aspek[a.id] = nilaiAspek(a, perIndikator, rerataTertimbang);

  const skala = opsi.skala === undefined ? SKALA.IKPA : opsi.skala;
  const predikat = skala === null ? null : predikatInti(nilaiAkhir, skala);
  if (predikat) {
    jejak.push(
      langkah(
        `predikat menurut skala ${predikat.skala}`,
        { nilai: nilaiAkhir },
        tulisPredikat(predikat),
        predikat.rentang,
      ),
    );
  }
  return {
    status: 'dihitung',
    nilai: nilaiAkhir,
    langkah: jejak,
    aturan: aturanDipakai(aturan),
    nilaiTotal,
    konversiBobot,
    nilaiSebelumPengurang,
    pengurangDispensasi,
    perIndikator,
    aspek,
    predikat,
  };
}

/** One aspect value: the simple (or weighted) mean of its applicable indicators. */
function nilaiAspek(
  a: { readonly id: string; readonly nama: string },
  perIndikator: readonly IndikatorHasilIkpa[],
  rerataTertimbang: boolean,
): AspekHasilIkpa {
  const masukan: Record<string, Decimal> = {};
  let n = 0;
  let jumlahNilai = NOL;
  let jumlahTertimbang = NOL;
  let jumlahBobot = NOL;
  for (const i of perIndikator) {
    if (i.aspek !== a.id || i.nilai === null) continue;
    masukan[i.id] = i.nilai;
    n++;
    if (rerataTertimbang) {
      jumlahTertimbang = jumlahTertimbang.plus(i.nilai.times(i.bobot));
      jumlahBobot = jumlahBobot.plus(i.bobot);
    } else {
      jumlahNilai = jumlahNilai.plus(i.nilai);
    }
  }
  if (n === 0) {
    return {
      status: 'tidak-dapat-dihitung',
      alasan: 'tidak-ada-indikator-berlaku',
      pesan: `Tidak ada indikator aspek ${a.nama} yang berlaku (semua null).`,
      langkah: [],
      nama: a.nama,
    };
  }
  const hasil = rerataTertimbang ? jumlahTertimbang.div(jumlahBobot) : jumlahNilai.div(n);
  const rumus = rerataTertimbang
    ? `nilai aspek ${a.id} = Σ nilai × bobot / Σ bobot (rata-rata tertimbang)`
    : `nilai aspek ${a.id} = Σ nilai / ${n} (rata-rata sederhana)`;
  return { status: 'dihitung', nilai: hasil, langkah: [langkah(rumus, masukan, hasil)], nama: a.nama };
}
