// Core (trusted values): scoring a survey from its per-unsur sums and counts (skmInti) or from its
// per-unsur NRR (skmDariNrrInti). Everything up to the final Decimals is an exact fraction (see
// pecahan.ts); rounding, where a policy asks for it, is exact on the fraction too.

import type { Decimal } from '../../angka/Decimal.js';
import { DecimalInti } from '../../angka/Decimal.js';
import { formatAngka } from '../../angka/formatAngka.js';
import type { AturanPembulatan, KebijakanPembulatan } from '../../angka/kebijakanPembulatan.js';
import { SakipError } from '../../galat/SakipError.js';
import { type Langkah, langkah } from '../../hasil/hasil.js';
import { type BobotPecahan, JAWABAN_MIN, type MutuAturanSkm, type MutuSkm } from '../aturanSkm.js';
import type { KosongSkm, OpsiSkmInti, SatuanSkm } from '../opsi.js';
import {
  bagi,
  banding,
  bulatkanPecahan,
  dariDecimal,
  desimalBerhingga,
  kali,
  keDecimalPecahan,
  NOL,
  type Pecahan,
  pecahan,
  sama,
  tambah,
  tulisPecahan,
} from '../pecahan.js';
import { cariMutu, dalamRentang, langkahMutu, rentangSatuan } from './mutu.js';

/** The totals of a survey (internal): respondents, and per unsur the sum and count of its answers. */
export interface TotalSkm {
  responden: number;
  readonly jumlah: number[];
  readonly banyak: number[];
}

/** The result for one unsur (per unsur). */
export interface PerUnsurSkm {
  readonly id: string;
  readonly nama: string;
  /** The weight used, as an exact fraction. */
  readonly bobot: BobotPecahan;
  /** Number of answers the unsur got (blanks excluded); absent when scored from given NRR. */
  readonly jawaban?: number;
  /** Sum of those answers; absent when scored from given NRR. */
  readonly jumlah?: number;
  /** NRR on 1–4, exact. */
  readonly nrr: Decimal;
  /** NRR as printed under the rounding policy (its `rataRata` rule); equal to `nrr` when none. */
  readonly tampil: Decimal;
  /** NRR × konversi, on 25–100, exact. */
  readonly nilai: Decimal;
  readonly mutu: MutuSkm;
  readonly kinerja: string;
}

/** The survey's figures as printed under the rounding policy (tampil). */
export interface TampilSkm {
  /** NRR per unsur id, rounded by the policy's `rataRata` rule. */
  readonly nrrPerUnsur: Readonly<Record<string, Decimal>>;
  /** The IKM (1–4) as printed: computed from the NRR the policy uses further, rounded by `indeks`. */
  readonly ikm: Decimal;
  /** The value (25–100) as printed. */
  readonly nilai: Decimal;
  /** The mutu of the value the printed chain carries on (the printed value if `indeks` is used further). */
  readonly mutu: MutuSkm;
  readonly kinerja: string;
}

/**
 * The result of scoring a survey (hasil SKM). Two units, never to be mixed: `ikm` is the index on
 * 1–4, `nilai` = `ikm × 25` the value on 25–100 (reports print one or the other, and have switched
 * from one year to the next). The main fields are exact (nothing rounded); `tampil` holds the figures
 * as printed under the rounding policy (equal to the exact ones by default).
 */
export interface HasilSkm {
  /** The rule set's `id`. */
  readonly aturan: string;
  /** Number of respondents (rows), blanks included. */
  readonly responden: number;
  /** NRR per unsur id, on 1–4, exact. */
  readonly nrrPerUnsur: Readonly<Record<string, Decimal>>;
  /** The index on 1–4 (IKM), exact. */
  readonly ikm: Decimal;
  /** The value on 25–100 (IKM unit pelayanan = IKM × 25), exact. */
  readonly nilai: Decimal;
  /** Mutu pelayanan of `nilai`, A–D. */
  readonly mutu: MutuSkm;
  /** Kinerja unit pelayanan: `'Sangat Baik'`, `'Baik'`, `'Kurang Baik'`, `'Tidak Baik'`. */
  readonly kinerja: string;
  /** The figures as printed under the rounding policy. */
  readonly tampil: TampilSkm;
  readonly perUnsur: readonly PerUnsurSkm[];
  /** The weights used, in words (`'tepat (1/9 per unsur)'`, `'0,111 per unsur'`). */
  readonly bobot: string;
  /** The blank-answer handling used. */
  readonly kosong: KosongSkm;
  /** The rounding policy's `id`. */
  readonly kebijakan: string;
  /** Every step: NRR per unsur, IKM, nilai, mutu — then the printed chain when a policy rounds. */
  readonly langkah: readonly Langkah[];
}

/** The result of {@link skmDariNrr}: as {@link HasilSkm}, without respondents or blank handling. */
export type HasilSkmDariNrr = Omit<HasilSkm, 'responden' | 'kosong'>;

/** What the computation starts from: per unsur its exact NRR, and — from answers — sums and counts. */
interface DasarSkm {
  nrr: Pecahan[];
  jumlah?: readonly number[];
  banyak?: readonly number[];
  /** From given NRR: the figures as given and their unit. */
  diberikan?: { nilai: readonly Decimal[]; satuan: SatuanSkm };
}

interface Terapan {
  tampil: Pecahan;
  lanjut: Pecahan;
}

const d = keDecimalPecahan;
/** A fraction for a trace: a Decimal when its decimal is finite, else `p/q`. */
const tulis = (x: Pecahan): Decimal | string => (desimalBerhingga(x) ? d(x) : tulisPecahan(x));

function terapkan(x: Pecahan, a: AturanPembulatan | undefined): Terapan {
  if (a === undefined) return { tampil: x, lanjut: x };
  const tampil = bulatkanPecahan(x, a.desimal, a.mode);
  return { tampil, lanjut: a.dipakaiLanjut ? tampil : x };
}

const catatanBulat = (k: KebijakanPembulatan, a: AturanPembulatan): string =>
  `kebijakan ${k.id}: ${a.desimal} desimal, ${a.mode}${a.dipakaiLanjut ? ', dipakai langkah berikutnya' : ''}`;

function rekam<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** IKM = Σ NRR × bobot, with its trace step. */
function ikmTertimbang(nrr: readonly Pecahan[], o: OpsiSkmInti, rumus: string, jejak: Langkah[]): Pecahan {
  const { unsur } = o.aturan;
  const masukan = rekam<Decimal | string>();
  const pertama = o.bobot[0] as Pecahan;
  const seragam = o.bobot.every((w) => sama(w, pertama));
  if (seragam) masukan.bobot = tulis(pertama);
  let ikm = NOL;
  for (let j = 0; j < unsur.length; j++) {
    const x = nrr[j] as Pecahan;
    const w = o.bobot[j] as Pecahan;
    ikm = tambah(ikm, kali(x, w));
    const id = (unsur[j] as { id: string }).id;
    masukan[`NRR ${id}`] = tulis(x);
    if (!seragam) masukan[`bobot ${id}`] = tulis(w);
  }
  jejak.push(langkah(rumus, masukan, d(ikm)));
  return ikm;
}

/** IKM with blanks pooled: Σ bobot×jumlah / Σ bobot×banyak × Σ bobot. */
function ikmGabungan(
  jumlah: readonly number[],
  banyak: readonly number[],
  o: OpsiSkmInti,
  jejak: Langkah[],
): Pecahan {
  let atas = NOL;
  let bawah = NOL;
  let sigmaW = NOL;
  for (let j = 0; j < o.bobot.length; j++) {
    const w = o.bobot[j] as Pecahan;
    atas = tambah(atas, kali(w, pecahan(BigInt(jumlah[j] ?? 0))));
    bawah = tambah(bawah, kali(w, pecahan(BigInt(banyak[j] ?? 0))));
    sigmaW = tambah(sigmaW, w);
  }
  const ikm = kali(bagi(atas, bawah), sigmaW);
  jejak.push(
    langkah(
      'IKM = Σ(bobot × Σ jawaban) / Σ(bobot × banyak jawaban) × Σ bobot',
      {
        'Σ(bobot × Σ jawaban)': tulis(atas),
        'Σ(bobot × banyak jawaban)': tulis(bawah),
        'Σ bobot': tulis(sigmaW),
      },
      d(ikm),
      'kosong gabungan: semua jawaban terisi dirata-rata bersama',
    ),
  );
  return ikm;
}

/** The mutu of a value, with its trace step (noting a value below the scale from legacy weights). */
function mutuDengan(nilai: Pecahan, o: OpsiSkmInti, jejak: Langkah[], dicetak: boolean): MutuAturanSkm {
  const m = cariMutu(nilai, o.aturan);
  const bawah = dariDecimal(o.aturan.konversi.times(JAWABAN_MIN));
  const catatan: string[] = [];
  if (dicetak) catatan.push('pada nilai yang dipakai rantai cetak');
  if (banding(nilai, bawah) < 0) {
    catatan.push(
      `nilai di bawah ${formatAngka(o.aturan.konversi.times(JAWABAN_MIN))} karena bobot ${o.namaBobot}: mutu terendah`,
    );
  }
  jejak.push(langkahMutu(d(nilai), m, o.aturan, catatan.length === 0 ? undefined : catatan.join('; ')));
  return m;
}

/** Scores a survey from its per-unsur NRR (and sums/counts when they are known). */
function rakitHasil(dasar: DasarSkm, o: OpsiSkmInti): HasilSkmDariNrr {
  const { aturan, kebijakan } = o;
  const { unsur } = aturan;
  const n = unsur.length;
  const konversi = dariDecimal(aturan.konversi);
  const jejak: Langkah[] = [];
  const gabung = o.kosong === 'gabungan' && dasar.jumlah !== undefined && dasar.banyak !== undefined;

  // 1. The exact chain: NRR per unsur, IKM, nilai, mutu — nothing rounded.
  for (let j = 0; j < n; j++) {
    const id = (unsur[j] as { id: string }).id;
    const nrr = d(dasar.nrr[j] as Pecahan);
    if (dasar.jumlah !== undefined && dasar.banyak !== undefined) {
      jejak.push(
        langkah(
          `NRR ${id} = Σ jawaban / banyak jawaban`,
          {
            'Σ jawaban': new DecimalInti(dasar.jumlah[j] ?? 0),
            'banyak jawaban': new DecimalInti(dasar.banyak[j] ?? 0),
          },
          nrr,
        ),
      );
    } else if (dasar.diberikan?.satuan === 'nilai') {
      jejak.push(
        langkah(
          `NRR ${id} = nilai / konversi`,
          { nilai: dasar.diberikan.nilai[j] as Decimal, konversi: aturan.konversi },
          nrr,
        ),
      );
    } else {
      jejak.push(langkah(`NRR ${id}`, { NRR: nrr }, nrr, 'diberikan'));
    }
  }
  const ikm = gabung
    ? ikmGabungan(dasar.jumlah as number[], dasar.banyak as number[], o, jejak)
    : ikmTertimbang(dasar.nrr, o, 'IKM = Σ NRR × bobot', jejak);
  const nilai = kali(ikm, konversi);
  jejak.push(langkah('nilai = IKM × konversi', { IKM: d(ikm), konversi: aturan.konversi }, d(nilai)));
  const mutu = mutuDengan(nilai, o, jejak, false);

  // 2. The printed chain, when the policy rounds NRR (rataRata) or IKM and nilai (indeks).
  const aNrr = kebijakan.besaran.rataRata;
  const aIndeks = kebijakan.besaran.indeks;
  const nrrCetak = dasar.nrr.map((x) => terapkan(x, aNrr));
  let ikmCetak: Terapan = { tampil: ikm, lanjut: ikm };
  let nilaiCetak: Terapan = { tampil: nilai, lanjut: nilai };
  let mutuCetak = mutu;
  if (aNrr !== undefined || aIndeks !== undefined) {
    if (aNrr !== undefined) {
      for (let j = 0; j < n; j++) {
        const x = nrrCetak[j] as Terapan;
        jejak.push(
          langkah(
            `NRR ${(unsur[j] as { id: string }).id} dicetak`,
            { NRR: d(dasar.nrr[j] as Pecahan) },
            d(x.tampil),
            catatanBulat(kebijakan, aNrr),
          ),
        );
      }
    }
    let ikmRantai = ikm;
    if (!gabung && nrrCetak.some((x, j) => !sama(x.lanjut, dasar.nrr[j] as Pecahan))) {
      ikmRantai = ikmTertimbang(
        nrrCetak.map((x) => x.lanjut),
        o,
        'IKM = Σ NRR dicetak × bobot',
        jejak,
      );
    }
    ikmCetak = terapkan(ikmRantai, aIndeks);
    if (aIndeks !== undefined) {
      jejak.push(
        langkah('IKM dicetak', { IKM: d(ikmRantai) }, d(ikmCetak.tampil), catatanBulat(kebijakan, aIndeks)),
      );
    }
    let nilaiRantai = nilai;
    if (!sama(ikmCetak.lanjut, ikm)) {
      nilaiRantai = kali(ikmCetak.lanjut, konversi);
      jejak.push(
        langkah(
          'nilai = IKM dicetak × konversi',
          { IKM: d(ikmCetak.lanjut), konversi: aturan.konversi },
          d(nilaiRantai),
        ),
      );
    }
    nilaiCetak = terapkan(nilaiRantai, aIndeks);
    if (aIndeks !== undefined) {
      jejak.push(
        langkah(
          'nilai dicetak',
          { nilai: d(nilaiRantai) },
          d(nilaiCetak.tampil),
          catatanBulat(kebijakan, aIndeks),
        ),
      );
    }
    if (!sama(nilaiCetak.lanjut, nilai)) mutuCetak = mutuDengan(nilaiCetak.lanjut, o, jejak, true);
  }

  const nrrPerUnsur = rekam<Decimal>();
  const nrrTampil = rekam<Decimal>();
  const perUnsur = unsur.map((u, j): PerUnsurSkm => {
    const x = dasar.nrr[j] as Pecahan;
    const w = o.bobot[j] as Pecahan;
    const nilaiUnsur = kali(x, konversi);
    const m = cariMutu(nilaiUnsur, aturan);
    const nrr = d(x);
    const tampil = d((nrrCetak[j] as Terapan).tampil);
    nrrPerUnsur[u.id] = nrr;
    nrrTampil[u.id] = tampil;
    return {
      id: u.id,
      nama: u.nama,
      bobot: { pembilang: Number(w.p), penyebut: Number(w.q) },
      ...(dasar.banyak === undefined ? {} : { jawaban: dasar.banyak[j] as number }),
      ...(dasar.jumlah === undefined ? {} : { jumlah: dasar.jumlah[j] as number }),
      nrr,
      tampil,
      nilai: d(nilaiUnsur),
      mutu: m.kode,
      kinerja: m.kinerja,
    };
  });

  return {
    aturan: aturan.id,
    nrrPerUnsur,
    ikm: d(ikm),
    nilai: d(nilai),
    mutu: mutu.kode,
    kinerja: mutu.kinerja,
    tampil: {
      nrrPerUnsur: nrrTampil,
      ikm: d(ikmCetak.tampil),
      nilai: d(nilaiCetak.tampil),
      mutu: mutuCetak.kode,
      kinerja: mutuCetak.kinerja,
    },
    perUnsur,
    bobot: o.namaBobot,
    kebijakan: kebijakan.id,
    langkah: jejak,
  };
}

/**
 * {@link skm} on trusted values (core): a survey's totals (per unsur the sum and count of its
 * answers, and the respondents) scored under parsed options. The totals are read, never kept.
 *
 * @throws {SakipError} `SKM_TANPA_RESPONDEN` when no respondent; `SKM_UNSUR_TANPA_JAWABAN` (lokasi
 * `unsur[j]`) when an unsur got no answer — the rule defines the IKM over all its unsur, so such a
 * survey does not fit it (define a rule without that unsur with `buatAturanSkm`).
 */
export function skmInti(total: TotalSkm, o: OpsiSkmInti): HasilSkm {
  const { aturan } = o;
  if (total.responden === 0) {
    throw new SakipError('SKM_TANPA_RESPONDEN', 'Belum ada responden: tidak ada yang dapat dihitung.', {
      masukan: total.responden,
    });
  }
  const nrr: Pecahan[] = [];
  for (let j = 0; j < aturan.unsur.length; j++) {
    const c = total.banyak[j] ?? 0;
    if (c === 0) {
      const u = aturan.unsur[j] as { id: string; nama: string };
      throw new SakipError(
        'SKM_UNSUR_TANPA_JAWABAN',
        `Unsur "${u.id}" (${u.nama}) tidak dijawab seorang pun dari ${total.responden} responden; NRR-nya, dan ` +
          `karena itu IKM menurut aturan ${aturan.id}, tidak dapat dihitung. Bila unsur ini tidak berlaku bagi ` +
          'layanan Anda, buat aturan tanpa unsur itu (buatAturanSkm).',
        { masukan: u.id, lokasi: `unsur[${j}]` },
      );
    }
    nrr.push(pecahan(BigInt(total.jumlah[j] ?? 0), BigInt(c)));
  }
  const h = rakitHasil({ nrr, jumlah: [...total.jumlah], banyak: [...total.banyak] }, o);
  return { ...h, responden: total.responden, kosong: o.kosong };
}

/**
 * {@link skmDariNrr} on trusted values (core): per-unsur figures in the rule's unsur order, as NRR on
 * 1–4 (`satuan: 'indeks'`) or already × konversi (`'nilai'`).
 *
 * @throws {SakipError} `SKM_BARIS_TIDAK_SERAGAM` when the count differs from the rule's unsur;
 * `SKM_NILAI_DI_LUAR_RENTANG` (lokasi `nrr[j]`) for a figure outside its unit's range.
 */
export function skmDariNrrInti(
  nilai: readonly Decimal[],
  satuan: SatuanSkm,
  o: OpsiSkmInti,
): HasilSkmDariNrr {
  const { aturan } = o;
  const n = aturan.unsur.length;
  if (nilai.length !== n) {
    throw new SakipError(
      'SKM_BARIS_TIDAK_SERAGAM',
      `Diberikan ${nilai.length} nilai unsur, padahal aturan ${aturan.id} memiliki ${n} unsur.`,
      { masukan: nilai.length, lokasi: 'nrr' },
    );
  }
  const pembagi = dariDecimal(satuan === 'nilai' ? aturan.konversi : new DecimalInti(1));
  const [min, maks] = rentangSatuan(aturan, satuan);
  const nrr = nilai.map((x, j) => {
    if (!dalamRentang(x, aturan, satuan)) {
      const id = (aturan.unsur[j] as { id: string }).id;
      throw new SakipError(
        'SKM_NILAI_DI_LUAR_RENTANG',
        `Nilai unsur "${id}" ${formatAngka(x)} di luar rentang ${satuan} ${formatAngka(min)}–${formatAngka(maks)}` +
          (satuan === 'indeks' && dalamRentang(x, aturan, 'nilai')
            ? "; nilai sudah × konversi? pakai { satuan: 'nilai' }."
            : '.'),
        { masukan: x, lokasi: `nrr[${j}]` },
      );
    }
    return bagi(dariDecimal(x), pembagi);
  });
  return rakitHasil({ nrr, diberikan: { nilai: [...nilai], satuan } }, { ...o, kosong: 'per-unsur' });
}
