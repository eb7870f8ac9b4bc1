// Internal: the options of SKM scoring and the one computation shared by skm(), skmDariNrr() and
// AkumulatorSkm#hasil(). Everything up to the final Decimal is an exact fraction (see pecahan.ts).
import { z } from 'zod';
import type { Decimal } from '../angka/Decimal.js';
import { formatAngka } from '../angka/formatAngka.js';
import { AturanPembulatan } from '../angka/kebijakanPembulatan.js';
import { type Angka, keDecimal } from '../angka/keDecimal.js';
import { bacaOpsi, teksMasukan } from '../galat/masukan.js';
import { isSakipError, SakipError } from '../galat/SakipError.js';
import { predikat } from '../predikat/index.js';
import {
  type AturanSkm,
  aturanSkmDari,
  type BobotPecahan,
  JAWABAN_MAKS,
  JAWABAN_MIN,
  type KodeAturanSkm,
  type MutuSkm,
} from './aturanSkm.js';
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
  tambah,
  tulisPecahan,
  untukBanding,
} from './pecahan.js';

/**
 * The weights used (bobot SKM): `'tepat'` — the rule set's exact weights (1/9 each; the default);
 * `'tercetak'` — the weight the regulation prints, for every unsur (0,111 under 14/2017, 0,071 under
 * 25/2004); or any weight given as an {@link Angka} (`'0,111'`, `'0,11'`), used for every unsur as
 * legacy tools do. Legacy weights sum to less than 1, so an all-4 survey scores 99,9 or 99,0.
 */
export type BobotSkm = 'tepat' | 'tercetak' | '0,111' | '0,11' | Angka;

/**
 * How blank answers (`null`) are handled (kosong): `'per-unsur'` — each unsur's NRR is the mean of
 * the answers it got (the default; PermenPAN-RB 14/2017); `'gabungan'` — pooled: all answers given
 * are averaged together, weighted by unsur, `IKM = Σ bobot×jumlah / Σ bobot×banyak × Σ bobot`.
 * Without blanks both give the same IKM.
 */
export type KosongSkm = 'per-unsur' | 'gabungan';

/**
 * Rounding of the survey's quantities (pembulatan SKM), each an {@link AturanPembulatan}: `nrr`
 * (each unsur's NRR; some tools round it to 2 decimals before weighting — `dipakaiLanjut: true`),
 * `ikm` (the 1–4 index) and `nilai` (the 25–100 value; with `dipakaiLanjut` the mutu is looked up on
 * the rounded value, as a printed table does). A quantity without a rule is not rounded.
 */
export interface PembulatanSkm {
  nrr?: AturanPembulatan;
  ikm?: AturanPembulatan;
  nilai?: AturanPembulatan;
}

/** Options of {@link skm}, {@link skmDariNrr} and {@link AkumulatorSkm}. */
export interface OpsiSkm {
  /** Rule set: a key of `ATURAN_SKM` or a rule set from `buatAturanSkm`. Default PermenPAN-RB 14/2017. */
  aturan?: KodeAturanSkm | AturanSkm;
  /** Weights: see {@link BobotSkm}. Default `'tepat'`. */
  bobot?: BobotSkm;
  /** Blank answers: see {@link KosongSkm}. Default `'per-unsur'`. */
  kosong?: KosongSkm;
  /** Rounding: see {@link PembulatanSkm}. Default: nothing rounded. */
  pembulatan?: PembulatanSkm;
}

/** One step of an SKM computation (langkah), for the audit trail: what, how, and the exact result. */
export interface LangkahSkm {
  /** The quantity, e.g. `'NRR waktu'`, `'IKM'`, `'nilai'`. */
  besaran: string;
  /** The formula with its numbers, in Indonesian number format. */
  rumus: string;
  nilai: Decimal;
}

/** The result for one unsur (per unsur). */
export interface PerUnsurSkm {
  id: string;
  nama: string;
  /** The weight used, as an exact fraction. */
  bobot: BobotPecahan;
  /** Number of answers the unsur got (blanks excluded); absent when scored from given NRR. */
  jawaban?: number;
  /** Sum of those answers; absent when scored from given NRR. */
  jumlah?: number;
  /** NRR on 1–4 (as printed under the rounding option). */
  nrr: Decimal;
  /** NRR × konversi, on 25–100. */
  nilai: Decimal;
  mutu: MutuSkm;
  kinerja: string;
}

/**
 * The result of scoring a survey (hasil SKM). Two scales, never to be mixed: `ikm` is the index on
 * 1–4, `nilai` = `ikm × 25` the value on 25–100 (reports print one or the other, and have switched
 * from one year to the next).
 */
export interface HasilSkm {
  /** The rule set's `kode`. */
  aturan: string;
  /** Number of respondents (rows), blanks included. */
  responden: number;
  /** NRR per unsur id, on 1–4 (as printed under the rounding option). */
  nrrPerUnsur: Record<string, Decimal>;
  /** The index on 1–4 (IKM). */
  ikm: Decimal;
  /** The value on 25–100 (IKM unit pelayanan = IKM × 25). */
  nilai: Decimal;
  /** Mutu pelayanan, A–D. */
  mutu: MutuSkm;
  /** Kinerja unit pelayanan: `'Sangat Baik'`, `'Baik'`, `'Kurang Baik'`, `'Tidak Baik'`. */
  kinerja: string;
  perUnsur: PerUnsurSkm[];
  /** The same quantities with nothing rounded (equal to the above when no rounding is asked). */
  tepat: { nrrPerUnsur: Record<string, Decimal>; ikm: Decimal; nilai: Decimal };
  /** The weights used, in words (`'tepat (1/9 per unsur)'`, `'0,111 per unsur'`). */
  bobot: string;
  /** The blank-answer handling used. */
  kosong: KosongSkm;
  langkah: LangkahSkm[];
}

/** Options after validation. */
export interface OpsiTerurai {
  aturan: Readonly<AturanSkm>;
  bobot: Pecahan[];
  namaBobot: string;
  kosong: KosongSkm;
  pembulatan: PembulatanSkm;
}

function galatOpsi(pesan: string, masukan: unknown, lokasi: string, cause?: unknown): SakipError {
  return new SakipError('SKM_OPSI_TIDAK_VALID', pesan, { masukan, lokasi, ...(cause ? { cause } : {}) });
}

const SkemaPembulatan = z.strictObject({
  nrr: AturanPembulatan.optional(),
  ikm: AturanPembulatan.optional(),
  nilai: AturanPembulatan.optional(),
});

const pecahanKeBobot = (x: Pecahan): BobotPecahan => ({ pembilang: Number(x.p), penyebut: Number(x.q) });
const bobotKePecahan = (b: BobotPecahan): Pecahan => pecahan(BigInt(b.pembilang), BigInt(b.penyebut));

/** Validates the options of an SKM computation. */
export function uraiOpsiSkm(opsi: OpsiSkm | undefined): OpsiTerurai {
  const o = bacaOpsi(opsi, 'SKM', 'SKM_OPSI_TIDAK_VALID');
  const aturan = aturanSkmDari(o.aturan);
  const kosong = o.kosong ?? 'per-unsur';
  if (kosong !== 'per-unsur' && kosong !== 'gabungan') {
    throw galatOpsi(
      `Opsi kosong ${teksMasukan(kosong)} tidak dikenal; gunakan 'per-unsur' atau 'gabungan'.`,
      kosong,
      'kosong',
    );
  }
  const p = SkemaPembulatan.safeParse(o.pembulatan ?? {});
  if (!p.success) {
    const rincian = p.error.issues.map((i) => `${i.path.join('.') || '(akar)'}: ${i.message}`).join('; ');
    throw galatOpsi(`Opsi pembulatan SKM tidak valid — ${rincian}.`, o.pembulatan, 'pembulatan');
  }
  const n = aturan.unsur.length;
  const b = o.bobot ?? 'tepat';
  if (b === 'tepat') {
    const bobot = aturan.unsur.map((u) => bobotKePecahan(u.bobot));
    const seragam = bobot.every((x) => x.p === bobot[0]?.p && x.q === bobot[0]?.q);
    return {
      aturan,
      bobot,
      namaBobot: seragam ? `tepat (${tulisPecahan(bobot[0] ?? NOL)} per unsur)` : 'tepat (bobot aturan)',
      kosong,
      pembulatan: p.data,
    };
  }
  let w: Decimal;
  if (b === 'tercetak') {
    if (aturan.bobotTercetak === undefined) {
      throw galatOpsi(`Aturan ${aturan.kode} tidak mencantumkan bobot tercetak.`, b, 'bobot');
    }
    w = aturan.bobotTercetak;
  } else {
    try {
      w = keDecimal(b);
    } catch (e) {
      if (!isSakipError(e)) throw e;
      throw galatOpsi(
        `Opsi bobot ${teksMasukan(b)} bukan 'tepat', 'tercetak', atau angka bobot (mis. '0,111'): ${e.message}`,
        b,
        'bobot',
        e,
      );
    }
  }
  // Legacy uniform weight: positive, and n × w ≤ 1 so the value stays within 25–100 at the top.
  if (w.isNegative() || w.isZero() || w.times(n).gt(1)) {
    throw galatOpsi(
      `Bobot seragam ${formatAngka(w)} untuk ${n} unsur harus lebih dari 0 dan berjumlah paling banyak 1 ` +
        `(${n} × ${formatAngka(w)} = ${formatAngka(w.times(n))}).`,
      b,
      'bobot',
    );
  }
  const wp = dariDecimal(w);
  return {
    aturan,
    bobot: aturan.unsur.map(() => wp),
    namaBobot: `${formatAngka(w)} per unsur`,
    kosong,
    pembulatan: p.data,
  };
}

/** A fraction written for the trail: `3,5` when its decimal is finite, else `32/9`. */
function tulis(x: Pecahan): string {
  return desimalBerhingga(x) ? formatAngka(keDecimalPecahan(x)) : tulisPecahan(x);
}

function terapkan(
  x: Pecahan,
  aturan: AturanPembulatan | undefined,
): { tampil: Pecahan; lanjut: Pecahan; aturan: AturanPembulatan | undefined } {
  if (!aturan) return { tampil: x, lanjut: x, aturan };
  const tampil = bulatkanPecahan(x, aturan.desimal, aturan.mode);
  return { tampil, lanjut: aturan.dipakaiLanjut ? tampil : x, aturan };
}

const tulisAturan = (a: AturanPembulatan): string =>
  `${a.desimal} desimal, ${a.mode}${a.dipakaiLanjut ? ', dipakai langkah berikutnya' : ''}`;

/** The mutu of a value on 25–100; legacy weights can put it just under 25, which is band D. */
export function mutuDariNilai(
  nilai: Pecahan,
  aturan: Readonly<AturanSkm>,
): { mutu: MutuSkm; kinerja: string } {
  const bawah = dariDecimal(aturan.konversi.times(JAWABAN_MIN));
  const x = banding(nilai, bawah) < 0 ? bawah : nilai;
  // Looked up on an exact cut of the fraction, never on a value rounded onto a band's bound.
  const h = predikat(untukBanding(x), aturan.mutu);
  return { mutu: h.kode as MutuSkm, kinerja: h.label };
}

/** What the computation starts from: per unsur its NRR, and — from answers — sums and counts. */
export interface DasarSkm {
  nrr: Pecahan[];
  jumlah?: number[];
  banyak?: number[];
  responden?: number;
}

interface Jalur {
  nrr: { tampil: Pecahan; lanjut: Pecahan }[];
  /** The IKM as the formula gives it, before the IKM's own rounding. */
  ikmDihitung: Pecahan;
  ikm: { tampil: Pecahan; lanjut: Pecahan };
  nilai: { tampil: Pecahan; lanjut: Pecahan };
  rumusIkm: string;
}

function jalur(dasar: DasarSkm, o: OpsiTerurai, bulat: boolean): Jalur {
  const pb = bulat ? o.pembulatan : {};
  const konversi = dariDecimal(o.aturan.konversi);
  const nrr = dasar.nrr.map((x) => terapkan(x, pb.nrr));
  let ikmTepat: Pecahan;
  let rumusIkm: string;
  if (o.kosong === 'gabungan' && dasar.jumlah && dasar.banyak) {
    let atas = NOL;
    let bawah = NOL;
    let sigmaW = NOL;
    o.bobot.forEach((w, i) => {
      atas = tambah(atas, kali(w, pecahan(BigInt(dasar.jumlah?.[i] ?? 0))));
      bawah = tambah(bawah, kali(w, pecahan(BigInt(dasar.banyak?.[i] ?? 0))));
      sigmaW = tambah(sigmaW, w);
    });
    ikmTepat = kali(bagi(atas, bawah), sigmaW);
    rumusIkm = `Σ bobot×jumlah / Σ bobot×banyak × Σ bobot = ${tulis(atas)} / ${tulis(bawah)} × ${tulis(sigmaW)}`;
  } else {
    ikmTepat = nrr.reduce((s, x, i) => tambah(s, kali(x.lanjut, o.bobot[i] ?? NOL)), NOL);
    rumusIkm = `Σ NRR × bobot = ${nrr.map((x, i) => `${tulis(x.lanjut)} × ${tulis(o.bobot[i] ?? NOL)}`).join(' + ')}`;
  }
  const ikm = terapkan(ikmTepat, pb.ikm);
  const nilai = terapkan(kali(ikm.lanjut, konversi), pb.nilai);
  return { nrr, ikmDihitung: ikmTepat, ikm, nilai, rumusIkm };
}

/** Scores a survey from its per-unsur NRR (and sums/counts when they are known). */
export function rakitHasil(dasar: DasarSkm, o: OpsiTerurai): HasilSkm {
  const { aturan } = o;
  const konversi = dariDecimal(aturan.konversi);
  const j = jalur(dasar, o, true);
  const t = jalur(dasar, o, false);
  const langkah: LangkahSkm[] = [];
  const pb = o.pembulatan;

  const nrrPerUnsur: Record<string, Decimal> = {};
  const nrrTepat: Record<string, Decimal> = {};
  const perUnsur = aturan.unsur.map((u, i): PerUnsurSkm => {
    const x = j.nrr[i] ?? { tampil: NOL, lanjut: NOL };
    const tepat = dasar.nrr[i] ?? NOL;
    nrrPerUnsur[u.id] = keDecimalPecahan(x.tampil);
    nrrTepat[u.id] = keDecimalPecahan(tepat);
    const jumlah = dasar.jumlah?.[i];
    const banyak = dasar.banyak?.[i];
    langkah.push({
      besaran: `NRR ${u.id}`,
      rumus:
        jumlah !== undefined && banyak !== undefined
          ? `Σ jawaban / banyak jawaban = ${jumlah} / ${banyak}`
          : `NRR diberikan`,
      nilai: keDecimalPecahan(tepat),
    });
    if (pb.nrr) {
      langkah.push({
        besaran: `NRR ${u.id} (dicetak)`,
        rumus: tulisAturan(pb.nrr),
        nilai: keDecimalPecahan(x.tampil),
      });
    }
    const nilaiUnsur = kali(x.tampil, konversi);
    return {
      id: u.id,
      nama: u.nama,
      bobot: pecahanKeBobot(o.bobot[i] ?? NOL),
      ...(banyak === undefined ? {} : { jawaban: banyak }),
      ...(jumlah === undefined ? {} : { jumlah }),
      nrr: keDecimalPecahan(x.tampil),
      nilai: keDecimalPecahan(nilaiUnsur),
      ...mutuDariNilai(nilaiUnsur, aturan),
    };
  });

  langkah.push({ besaran: 'IKM', rumus: j.rumusIkm, nilai: keDecimalPecahan(j.ikmDihitung) });
  if (pb.ikm)
    langkah.push({
      besaran: 'IKM (dicetak)',
      rumus: tulisAturan(pb.ikm),
      nilai: keDecimalPecahan(j.ikm.tampil),
    });
  langkah.push({
    besaran: 'nilai',
    rumus: `IKM × ${formatAngka(aturan.konversi)} = ${tulis(j.ikm.lanjut)} × ${formatAngka(aturan.konversi)}`,
    nilai: keDecimalPecahan(kali(j.ikm.lanjut, konversi)),
  });
  if (pb.nilai) {
    langkah.push({
      besaran: 'nilai (dicetak)',
      rumus: tulisAturan(pb.nilai),
      nilai: keDecimalPecahan(j.nilai.tampil),
    });
  }
  const m = mutuDariNilai(j.nilai.lanjut, aturan);
  const bawah = dariDecimal(aturan.konversi.times(JAWABAN_MIN));
  langkah.push({
    besaran: 'mutu',
    rumus:
      banding(j.nilai.lanjut, bawah) < 0
        ? `nilai ${tulis(j.nilai.lanjut)} di bawah ${formatAngka(aturan.konversi)} karena bobot ${o.namaBobot}: ` +
          `mutu terendah ${m.mutu} (${m.kinerja}) menurut ${aturan.mutu.nama}`
        : `${m.mutu} (${m.kinerja}) menurut ${aturan.mutu.nama}`,
    nilai: keDecimalPecahan(j.nilai.lanjut),
  });

  return {
    aturan: aturan.kode,
    responden: dasar.responden ?? 0,
    nrrPerUnsur,
    ikm: keDecimalPecahan(j.ikm.tampil),
    nilai: keDecimalPecahan(j.nilai.tampil),
    mutu: m.mutu,
    kinerja: m.kinerja,
    perUnsur,
    tepat: {
      nrrPerUnsur: nrrTepat,
      ikm: keDecimalPecahan(t.ikm.tampil),
      nilai: keDecimalPecahan(t.nilai.tampil),
    },
    bobot: o.namaBobot,
    kosong: o.kosong,
    langkah,
  };
}

/** The answer scale (for messages). */
export const SKALA_JAWABAN = `${JAWABAN_MIN}–${JAWABAN_MAKS}`;
