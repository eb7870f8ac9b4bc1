import { Decimal } from '../angka/Decimal.js';
import type { Angka } from '../angka/keDecimal.js';
import { wajibObjek } from '../galat/masukan.js';
import { SakipError } from '../galat/SakipError.js';
import { type HasilPredikat, predikat, SKALA, type Skala } from '../predikat/index.js';
import {
  type AturanIkpa,
  aturanIkpaTahun,
  aturanIkpaVersi,
  pastikanAturanIkpa,
  pengurangMenurutTabel,
} from './aturanIkpa.js';
import {
  bacaAngka,
  denganLangkah,
  jumlah,
  type LangkahHitung,
  NOL,
  periksaKunci,
  periksaRentang,
  SERATUS,
  tulis,
} from './masukan.js';

/**
 * How a report's "Nilai Aspek" is formed (rerata aspek): `'sederhana'` — the simple mean of the
 * aspect's indicator values, as reports print it (verified: 84,36 and 98,14); `'tertimbang'` — the
 * mean weighted by the indicators' bobot.
 */
export type RerataAspek = 'sederhana' | 'tertimbang';

/** Options of {@link ikpa}: the version (by id, by year, or a rule set of one's own) and the rest. */
export interface OpsiIkpa {
  /** Version id (`'PER-5/PB/2022'`) or a rule set (a preset of {@link ATURAN_IKPA} or from {@link buatAturanIkpa}). */
  versi?: string | AturanIkpa;
  /** Tahun anggaran: picks the version with {@link aturanIkpaTahun}. Give `versi` or `tahun`, not both. */
  tahun?: number;
  /**
   * SPM under dispensation per mil of all SPM (rasio dispensasi SPM, ‰), for versions that deduct
   * instead of weighing dispensasi (PER-5/PB/2024). Absent: no deduction (0 ‰), recorded in `langkah`.
   */
  dispensasiPermil?: Angka;
  /** Aspect values as the simple mean (default, as printed) or the weighted mean. */
  rerataAspek?: RerataAspek;
  /** Band table for `predikat` (default {@link SKALA}`.IKPA`); `null`: no predikat. */
  skala?: Skala | null;
}

/** One indicator in an IKPA result (rincian per indikator). */
export interface IndikatorHasilIkpa {
  id: string;
  nama: string;
  /** Aspect id, if the version groups indicators. */
  aspek: string | undefined;
  /** The value given; `null`: not applicable to this satker. */
  nilai: Decimal | null;
  /** Weight in percent. */
  bobot: Decimal;
  /** `nilai × bobot / 100`, unrounded; `null` when not applicable. */
  nilaiTertimbang: Decimal | null;
}

/** The result of {@link ikpa} (hasil IKPA): every figure exact, with the steps that produced it. */
export interface HasilIkpa {
  /** The version used. */
  versi: string;
  /** Σ nilai × bobot / 100 over the applicable indicators (Nilai Total), unrounded. */
  nilaiTotal: Decimal;
  /** Share of weight of the applicable indicators, as a fraction (0,9 is printed "90%"). */
  konversiBobot: Decimal;
  /** `nilaiTotal / konversiBobot`: the renormalised value before any deduction. */
  nilaiSebelumPengurang: Decimal;
  /** Points deducted for dispensasi SPM (PER-5/PB/2024; 0 in other versions). */
  pengurangDispensasi: Decimal;
  /** Nilai Akhir: `nilaiSebelumPengurang − pengurangDispensasi`, not below 0. */
  nilaiAkhir: Decimal;
  /** Every indicator of the version, in the version's order. */
  perIndikator: IndikatorHasilIkpa[];
  /** Nilai Aspek by aspect id (`perencanaan`, `pelaksanaan`, `hasil`); `null` if none of its indicators applies. */
  aspek: Record<string, Decimal | null>;
  /** The band of `nilaiAkhir` (default table {@link SKALA}`.IKPA`); `null` with `skala: null`. */
  predikat: HasilPredikat | null;
  /** The steps, for the audit trail. */
  langkah: LangkahHitung[];
}

// A per-mil ratio is at most 1000 ‰ (every SPM under dispensation).
const SERIBU = new Decimal(1000);

function pilihAturan(opsi: OpsiIkpa): Readonly<AturanIkpa> {
  wajibObjek(opsi, 'Opsi ikpa ({ versi } atau { tahun })', 'IKPA_VERSI_TIDAK_DIKENAL');
  if (opsi.versi !== undefined && opsi.tahun !== undefined) {
    throw new SakipError('IKPA_VERSI_TIDAK_DIKENAL', 'Berikan versi atau tahun, bukan keduanya.', {
      masukan: opsi,
      lokasi: 'opsi',
    });
  }
  if (opsi.tahun !== undefined) return aturanIkpaTahun(opsi.tahun);
  if (typeof opsi.versi === 'string') return aturanIkpaVersi(opsi.versi);
  if (opsi.versi !== undefined) return pastikanAturanIkpa(opsi.versi);
  throw new SakipError(
    'IKPA_VERSI_TIDAK_DIKENAL',
    'Versi IKPA tidak diberikan: isi opsi versi (mis. "PER-5/PB/2022") atau tahun anggaran.',
    { masukan: opsi, lokasi: 'opsi.versi' },
  );
}

/**
 * The IKPA score of a satker (Indikator Kinerja Pelaksanaan Anggaran) under a version: the weighted sum
 * of the indicator values, unrounded; indicators given as `null` (not applicable to this satker) drop
 * out and the rest is renormalised — `Nilai Akhir = Nilai Total / Konversi Bobot`; under PER-5/PB/2024
 * the dispensasi SPM deduction (per-mil table) is then subtracted. Also the aspect values (simple mean
 * as reports print them, or weighted), the predikat and every step. Nothing is rounded.
 *
 * Every indicator of the version must be given (a value from 0 to its maximum, 100, or `null`).
 *
 * @throws {SakipError} `IKPA_INDIKATOR_HILANG`, `IKPA_INDIKATOR_TIDAK_DIKENAL`,
 * `IKPA_NILAI_DI_LUAR_RENTANG`, `IKPA_TIDAK_ADA_INDIKATOR_BERLAKU`, `IKPA_VERSI_TIDAK_DIKENAL`,
 * `IKPA_TAHUN_TIDAK_DIKENAL`, `IKPA_ATURAN_TIDAK_VALID`, and the codes of {@link keDecimal}.
 *
 * @example
 * ```ts
 * import { ikpa } from 'sakip';
 * const nilai = {
 *   revisiDipa: 100, deviasiHalamanIIIDipa: '68,72',
 *   penyerapanAnggaran: 100, belanjaKontraktual: '99,5', penyelesaianTagihan: 100,
 *   pengelolaanUpTup: '91,2', dispensasiSpm: 100, capaianOutput: '97,3',
 * };
 * const h = ikpa(nilai, { versi: 'PER-5/PB/2022' });
 * h.nilaiTotal; //=> '95.267'
 * h.konversiBobot; //=> '1'
 * h.nilaiAkhir; //=> '95.267'
 * h.aspek; //=> { perencanaan: '84.36', pelaksanaan: '98.14', hasil: '97.3' }
 * h.predikat?.label; //=> 'Sangat Baik'
 * const tanpaKontrak = ikpa({ ...nilai, belanjaKontraktual: null }, { tahun: 2023 });
 * tanpaKontrak.konversiBobot; //=> '0.9'
 * tanpaKontrak.nilaiTotal; //=> '85.317'
 * tanpaKontrak.nilaiAkhir.toDecimalPlaces(4).toString(); //=> '94.7967'
 * ikpa({ ...nilai, revisiDipa: 101 }, { tahun: 2023 }); //!> IKPA_NILAI_DI_LUAR_RENTANG
 * ikpa({ ...nilai, lpjBendahara: 100 }, { tahun: 2023 }); //!> IKPA_INDIKATOR_TIDAK_DIKENAL
 * ```
 */
export function ikpa(nilai: Readonly<Record<string, Angka | null>>, opsi: OpsiIkpa): HasilIkpa {
  const aturan = pilihAturan(opsi);
  const ids = aturan.indikator.map((i) => i.id);
  const tabel = aturan.pengurangDispensasi;
  const masukan = periksaKunci(
    nilai,
    ids,
    { hilang: 'IKPA_INDIKATOR_HILANG', tidakDikenal: 'IKPA_INDIKATOR_TIDAK_DIKENAL' },
    'nilai',
    `Indikator IKPA ${aturan.versi}`,
  );

  const perIndikator: IndikatorHasilIkpa[] = aturan.indikator.map((ind) => {
    const mentah = masukan[ind.id];
    if (mentah === null) {
      return {
        id: ind.id,
        nama: ind.nama,
        aspek: ind.aspek,
        nilai: null,
        bobot: ind.bobot,
        nilaiTertimbang: null,
      };
    }
    const lokasi = `nilai.${ind.id}`;
    const d = periksaRentang(
      bacaAngka(mentah, lokasi),
      NOL,
      ind.maks ?? SERATUS,
      'IKPA_NILAI_DI_LUAR_RENTANG',
      lokasi,
      mentah,
    );
    return {
      id: ind.id,
      nama: ind.nama,
      aspek: ind.aspek,
      nilai: d,
      bobot: ind.bobot,
      nilaiTertimbang: d.times(ind.bobot).div(SERATUS),
    };
  });

  const berlaku = perIndikator.filter((i) => i.nilai !== null);
  if (berlaku.length === 0) {
    throw new SakipError(
      'IKPA_TIDAK_ADA_INDIKATOR_BERLAKU',
      'Semua indikator IKPA bernilai null: konversi bobot 0, nilai akhir tidak dapat dihitung.',
      { masukan: nilai, lokasi: 'nilai' },
    );
  }
  // Trace lines are built only when `langkah` is read (see denganLangkah).
  const langkah: (() => LangkahHitung)[] = [];
  const nilaiTotal = jumlah(berlaku.map((i) => i.nilaiTertimbang as Decimal));
  langkah.push(() => ({
    uraian: 'Nilai Total = Σ nilai × bobot/100 (indikator yang berlaku)',
    rumus: `${berlaku.map((i) => `${tulis(i.nilai as Decimal)} × ${tulis(i.bobot)}/100`).join(' + ')} = ${tulis(nilaiTotal)}`,
    hasil: nilaiTotal,
  }));
  const bobotBerlaku = jumlah(berlaku.map((i) => i.bobot));
  const konversiBobot = bobotBerlaku.div(SERATUS);
  langkah.push(() => ({
    uraian: 'Konversi Bobot = Σ bobot indikator yang berlaku / 100',
    rumus: `${berlaku.map((i) => tulis(i.bobot)).join(' + ')} = ${tulis(bobotBerlaku)}; ${tulis(bobotBerlaku)}/100 = ${tulis(konversiBobot)}`,
    hasil: konversiBobot,
  }));
  const nilaiSebelumPengurang = nilaiTotal.div(konversiBobot);
  langkah.push(() => ({
    uraian: 'Nilai Akhir sebelum pengurang = Nilai Total / Konversi Bobot',
    rumus: `${tulis(nilaiTotal)} / ${tulis(konversiBobot)} = ${tulis(nilaiSebelumPengurang)}`,
    hasil: nilaiSebelumPengurang,
  }));

  let pengurangDispensasi = NOL;
  if (tabel) {
    const permil =
      opsi.dispensasiPermil === undefined
        ? NOL
        : periksaRentang(
            bacaAngka(opsi.dispensasiPermil, 'opsi.dispensasiPermil'),
            NOL,
            SERIBU,
            'IKPA_NILAI_DI_LUAR_RENTANG',
            'opsi.dispensasiPermil',
            opsi.dispensasiPermil,
          );
    pengurangDispensasi = pengurangMenurutTabel(tabel, permil);
    langkah.push(() => ({
      uraian: `Pengurang dispensasi SPM (${aturan.versi}: tabel per mil)`,
      rumus:
        opsi.dispensasiPermil === undefined
          ? `rasio dispensasi tidak diberikan, dianggap 0 ‰ → pengurang ${tulis(pengurangDispensasi)}`
          : `rasio ${tulis(permil)} ‰ → pengurang ${tulis(pengurangDispensasi)}`,
      hasil: pengurangDispensasi,
    }));
  } else if (opsi.dispensasiPermil !== undefined) {
    throw new SakipError(
      'IKPA_INDIKATOR_TIDAK_DIKENAL',
      `Versi ${aturan.versi} tidak memakai pengurang dispensasi: isi nilai indikatornya, bukan dispensasiPermil.`,
      { masukan: opsi.dispensasiPermil, lokasi: 'opsi.dispensasiPermil' },
    );
  }
  // A deduction larger than the score would give a negative IKPA, which no report prints.
  const selisih = nilaiSebelumPengurang.minus(pengurangDispensasi);
  const nilaiAkhir = selisih.isNegative() ? NOL : selisih;
  if (tabel) {
    langkah.push(() => ({
      uraian: 'Nilai Akhir = Nilai Total / Konversi Bobot − pengurang dispensasi (tidak kurang dari 0)',
      rumus: `${tulis(nilaiSebelumPengurang)} − ${tulis(pengurangDispensasi)} = ${tulis(nilaiAkhir)}`,
      hasil: nilaiAkhir,
    }));
  }

  const tertimbang = opsi.rerataAspek === 'tertimbang';
  const aspek: Record<string, Decimal | null> = {};
  for (const a of aturan.aspek) {
    const isi = berlaku.filter((i) => i.aspek === a.id);
    if (isi.length === 0) {
      aspek[a.id] = null;
      continue;
    }
    const nilaiAspek = tertimbang
      ? jumlah(isi.map((i) => i.nilaiTertimbang as Decimal))
          .times(SERATUS)
          .div(jumlah(isi.map((i) => i.bobot)))
      : jumlah(isi.map((i) => i.nilai as Decimal)).div(isi.length);
    aspek[a.id] = nilaiAspek;
    langkah.push(() => ({
      uraian: `Nilai aspek ${a.nama} (${tertimbang ? 'rata-rata tertimbang' : 'rata-rata sederhana'})`,
      rumus: tertimbang
        ? `(${isi.map((i) => `${tulis(i.nilai as Decimal)} × ${tulis(i.bobot)}`).join(' + ')}) / (${isi.map((i) => tulis(i.bobot)).join(' + ')}) = ${tulis(nilaiAspek)}`
        : `(${isi.map((i) => tulis(i.nilai as Decimal)).join(' + ')}) / ${isi.length} = ${tulis(nilaiAspek)}`,
      hasil: nilaiAspek,
    }));
  }

  const skala = opsi.skala === undefined ? SKALA.IKPA : opsi.skala;
  const hasil = {
    versi: aturan.versi,
    nilaiTotal,
    konversiBobot,
    nilaiSebelumPengurang,
    pengurangDispensasi,
    nilaiAkhir,
    perIndikator,
    aspek,
    predikat: skala === null ? null : predikat(nilaiAkhir, skala),
  };
  return denganLangkah(hasil, () => langkah.map((f) => f()));
}
