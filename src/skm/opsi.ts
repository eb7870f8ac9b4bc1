// Internal: reading the options of the SKM functions at the boundary, once, into trusted values for
// the cores (src/skm/inti). Unknown keys are an error naming the nearest known key.
import type { Decimal } from '../angka/Decimal.js';
import { formatAngka } from '../angka/formatAngka.js';
import { type KebijakanPembulatan, pilihKebijakan } from '../angka/kebijakanPembulatan.js';
import { type Angka, keDecimal } from '../angka/keDecimal.js';
import { bacaObjek, teksMasukan } from '../galat/masukan.js';
import { isSakipError, SakipError } from '../galat/SakipError.js';
import { type AturanSkm, pecahanBobot, pilihAturanSkm } from './aturanSkm.js';
import { dariDecimal, type Pecahan, tulisPecahan } from './pecahan.js';

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
 * The unit an SKM figure is written in (satuan SKM): `'indeks'` — the index on 1–4 (NRR, IKM);
 * `'nilai'` — the value on 25–100 (index × 25, "IKM unit pelayanan").
 */
export type SatuanSkm = 'indeks' | 'nilai';

/** Options of {@link skm} and {@link AkumulatorSkm}. */
export interface OpsiSkm {
  /** Rule set: an id of `ATURAN_SKM` or a rule set (see `buatAturanSkm`). Default PermenPAN-RB 14/2017. */
  aturan?: string | AturanSkm;
  /** Weights: see {@link BobotSkm}. Default `'tepat'`. */
  bobot?: BobotSkm;
  /** Blank answers: see {@link KosongSkm}. Default `'per-unsur'`. */
  kosong?: KosongSkm;
  /**
   * Rounding policy (an id of `KEBIJAKAN_PEMBULATAN` or a policy): its `rataRata` rule rounds each
   * unsur's NRR, its `indeks` rule the IKM and the value; with `dipakaiLanjut` the next step computes
   * with the rounded figure. The printed figures are in the result's `tampil`. Default `'TEPAT'`
   * (nothing rounded).
   */
  kebijakan?: string | KebijakanPembulatan;
}

/** The options after reading (internal, trusted): what the SKM cores take. */
export interface OpsiSkmInti {
  aturan: AturanSkm;
  /** The weight of each unsur, in the rule's order. */
  bobot: readonly Pecahan[];
  /** The weights in words: `'tepat (1/9 per unsur)'`, `'0,111 per unsur'`. */
  namaBobot: string;
  kosong: KosongSkm;
  kebijakan: KebijakanPembulatan;
}

function galatOpsi(pesan: string, masukan: unknown, lokasi: string, cause?: unknown): SakipError {
  return new SakipError('OPSI_TIDAK_VALID', pesan, {
    masukan,
    lokasi,
    ...(cause === undefined ? {} : { cause }),
  });
}

/** Reads one of a few words (`kosong`, `cara`, `satuan`). */
export function bacaPilihan<T extends string>(x: unknown, pilihan: readonly T[], bawaan: T, nama: string): T {
  if (x === undefined) return bawaan;
  if (typeof x !== 'string' || !(pilihan as readonly string[]).includes(x)) {
    throw galatOpsi(
      `Opsi ${nama} ${teksMasukan(x)} tidak dikenal; gunakan ${pilihan.map((p) => `'${p}'`).join(' atau ')}.`,
      x,
      nama,
    );
  }
  return x as T;
}

/** The weights of the survey: the rule's exact ones, the printed one, or a legacy uniform weight. */
export function bacaBobot(b: unknown, aturan: AturanSkm): { bobot: Pecahan[]; namaBobot: string } {
  const n = aturan.unsur.length;
  if (b === undefined || b === 'tepat') {
    const bobot = aturan.unsur.map((u) => pecahanBobot(u.bobot));
    const pertama = bobot[0] as Pecahan;
    const seragam = bobot.every((x) => x.p === pertama.p && x.q === pertama.q);
    return {
      bobot,
      namaBobot: seragam ? `tepat (${tulisPecahan(pertama)} per unsur)` : 'tepat (bobot aturan)',
    };
  }
  let w: Decimal;
  if (b === 'tercetak') {
    if (aturan.bobotTercetak === undefined) {
      throw galatOpsi(`Aturan ${aturan.id} tidak mencantumkan bobot tercetak.`, b, 'bobot');
    }
    w = aturan.bobotTercetak;
  } else {
    try {
      w = keDecimal(b as Angka);
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
  // A legacy uniform weight: positive, and n × w ≤ 1 so the value stays ≤ 100 at the top.
  if (!w.gt(0) || w.times(n).gt(1)) {
    throw galatOpsi(
      `Bobot seragam ${formatAngka(w)} untuk ${n} unsur harus lebih dari 0 dan berjumlah paling banyak 1 ` +
        `(${n} × ${formatAngka(w)} = ${formatAngka(w.times(n))}).`,
      b,
      'bobot',
    );
  }
  const wp = dariDecimal(w);
  return { bobot: aturan.unsur.map(() => wp), namaBobot: `${formatAngka(w)} per unsur` };
}

const KUNCI_SKM = ['aturan', 'bobot', 'kosong', 'kebijakan'] as const;

/** Reads the options of {@link skm} and {@link AkumulatorSkm}. */
export function bacaOpsiSkm(opsi: unknown, nama: string): OpsiSkmInti {
  const o = bacaObjek(opsi, { nama, kunci: KUNCI_SKM });
  const aturan = pilihAturanSkm(o.aturan);
  return {
    aturan,
    ...bacaBobot(o.bobot, aturan),
    kosong: bacaPilihan(o.kosong, ['per-unsur', 'gabungan'], 'per-unsur', 'kosong'),
    kebijakan: pilihKebijakan(o.kebijakan),
  };
}
