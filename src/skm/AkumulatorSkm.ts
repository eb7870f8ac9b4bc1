import * as z from 'zod';
import { bacaSkema } from '../galat/bacaSkema.js';
import type { Masalah } from '../galat/SakipError.js';
import { SakipError } from '../galat/SakipError.js';
import { type AturanSkm, UNSUR_MAKS } from './aturanSkm.js';
import { type BarisSkm, bufferBaris, tambahBaris, tambahSemuaBaris, totalKosong } from './baris.js';
import { type HasilSkm, skmInti, type TotalSkm } from './inti/skm.js';
import { bacaOpsiSkm, type OpsiSkm, type OpsiSkmInti } from './opsi.js';

/**
 * The state of an accumulator as plain data (keadaan akumulator): enough to send a shard's totals to
 * another machine and merge them there ({@link AkumulatorSkm.dariKeadaan}).
 */
export interface KeadaanAkumulatorSkm {
  /** The rule set's `id`. */
  aturan: string;
  /** The unsur ids, in order. */
  unsur: string[];
  responden: number;
  /** Per unsur: the sum of its answers. */
  jumlah: number[];
  /** Per unsur: the number of its answers (blanks excluded). */
  banyak: number[];
}

const Bulat = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const SkemaKeadaan = z.strictObject({
  aturan: z.string().max(100),
  unsur: z.array(z.string().max(100)).max(UNSUR_MAKS),
  responden: Bulat,
  jumlah: z.array(Bulat).max(UNSUR_MAKS),
  banyak: z.array(Bulat).max(UNSUR_MAKS),
});

/**
 * A streaming SKM scorer (akumulator SKM) for surveys too large to hold: it keeps only, per unsur,
 * the integer sum of the answers and their count, plus the number of respondents — constant memory
 * whatever the number of rows. Shards (per unit, per machine) scored separately merge exactly with
 * {@link AkumulatorSkm.gabung}; {@link AkumulatorSkm.hasil} gives the same result as {@link skm} on
 * all the rows. Sums are exact integers up to 2⁵³ (about 2 × 10¹⁵ answers per unsur); the only
 * decimal step is the final division.
 *
 * @example
 * ```ts
 * import { AkumulatorSkm } from 'sakip';
 * const timur = new AkumulatorSkm();
 * timur.tambah([4, 4, 3, 4, 3, 4, 4, 3, 4]).tambah([3, 3, 3, 4, 3, 3, 4, 3, 3]);
 * const barat = new AkumulatorSkm().tambah({ persyaratan: 4, prosedur: 4, waktu: 4, biaya: 4, produk: 4, kompetensi: 4, perilaku: 4, pengaduan: null, sarana: 4 });
 * const semua = timur.gabung(barat).hasil();
 * semua.responden; //=> 3
 * semua.nrrPerUnsur.pengaduan; //=> '3'
 * semua.nilai.toFixed(2); //=> '89.81'
 * semua.mutu; //=> 'A'
 * new AkumulatorSkm().tambah([4, 4, 5, 4, 4, 4, 4, 4, 4]); //!> SKM_JAWABAN_DI_LUAR_SKALA
 * new AkumulatorSkm({ aturan: 'PERMENPAN_16_2014' }); //!> ATURAN_TIDAK_DIKENAL
 * AkumulatorSkm.dariKeadaan(JSON.parse('{"aturan":"X","unsur":[],"responden":-1,"jumlah":[],"banyak":[]}')); //!> MASUKAN_TIDAK_VALID
 * ```
 */
export class AkumulatorSkm {
  readonly #opsi: OpsiSkmInti;
  readonly #total: TotalSkm;
  readonly #buf: Int8Array;

  /** Starts an empty accumulator for a rule set (default PermenPAN-RB 14/2017) and scoring options. */
  constructor(opsi?: OpsiSkm) {
    this.#opsi = bacaOpsiSkm(opsi, 'Opsi AkumulatorSkm');
    this.#total = totalKosong(this.#opsi.aturan);
    this.#buf = bufferBaris(this.#opsi.aturan);
  }

  /** The rule set the answers are scored under. */
  get aturan(): AturanSkm {
    return this.#opsi.aturan;
  }

  /** Number of respondents (rows) added so far. */
  get responden(): number {
    return this.#total.responden;
  }

  /**
   * Adds one respondent's answers. The row is checked whole before anything is counted, so a
   * rejected row leaves the accumulator as it was. The row is not changed.
   *
   * @throws {SakipError} `SKM_BARIS_TIDAK_SERAGAM`, `SKM_JAWABAN_TIDAK_VALID`,
   * `SKM_JAWABAN_BUKAN_BULAT`, `SKM_JAWABAN_DI_LUAR_SKALA` — naming the respondent (1-based, in the
   * order added) and the unsur; `lokasi` is `jawaban[baris][kolom]`.
   */
  tambah(baris: BarisSkm): this {
    tambahBaris(this.#total, baris, this.#opsi.aturan, this.#buf);
    return this;
  }

  /**
   * Adds every row of an iterable (an array, a generator reading a file …), in order. Rows before a
   * refused one stay counted. An error thrown by the iterable itself becomes `MASUKAN_TIDAK_VALID`
   * (the original as `cause`).
   */
  tambahSemua(baris: Iterable<BarisSkm>): this {
    tambahSemuaBaris(this.#total, baris, this.#opsi.aturan, this.#buf);
    return this;
  }

  /**
   * Merges another accumulator's totals into this one (gabung); the other is not changed. Both must
   * score the same unsur list; the options of this accumulator apply to the result.
   *
   * @throws {SakipError} `SKM_AKUMULATOR_BERBEDA` when the unsur lists differ; `MASUKAN_TIDAK_VALID`
   * when `lain` is not an AkumulatorSkm or a sum would pass 2⁵³.
   */
  gabung(lain: AkumulatorSkm): this {
    if (typeof lain !== 'object' || lain === null || !(#total in lain)) {
      throw new SakipError('MASUKAN_TIDAK_VALID', 'Hanya AkumulatorSkm yang dapat digabung.', {
        masukan: lain,
      });
    }
    const unsur = lain.#opsi.aturan.unsur.map((u) => u.id);
    this.#tambahTotal(lain.#total, unsur, lain.#opsi.aturan.id, lain);
    return this;
  }

  /** The totals as plain data, e.g. to send a shard to another machine (see {@link AkumulatorSkm.dariKeadaan}). */
  keadaan(): KeadaanAkumulatorSkm {
    return {
      aturan: this.#opsi.aturan.id,
      unsur: this.#opsi.aturan.unsur.map((u) => u.id),
      responden: this.#total.responden,
      jumlah: [...this.#total.jumlah],
      banyak: [...this.#total.banyak],
    };
  }

  /**
   * Rebuilds an accumulator from {@link AkumulatorSkm.keadaan} data (dari keadaan) — typically JSON
   * from another machine, so it is read as untrusted: the shape checked (integers ≥ 0, no other key),
   * the unsur list equal to the rule set's (pick the rule with `opsi.aturan`), and the totals
   * consistent (counts ≤ respondents, sums between 1× and 4× the counts).
   *
   * @throws {SakipError} `MASUKAN_TIDAK_VALID` for a malformed or inconsistent state (every problem
   * with its path); `SKM_AKUMULATOR_BERBEDA` for another unsur list.
   */
  static dariKeadaan(keadaan: KeadaanAkumulatorSkm, opsi?: OpsiSkm): AkumulatorSkm {
    const a = new AkumulatorSkm(opsi);
    const k = bacaSkema(SkemaKeadaan, keadaan, {
      kode: 'MASUKAN_TIDAK_VALID',
      nama: 'Keadaan AkumulatorSkm',
    });
    const n = k.unsur.length;
    const masalah: Masalah[] = [];
    if (k.jumlah.length !== n) masalah.push({ lokasi: 'jumlah', pesan: `harus ${n} angka, satu per unsur.` });
    if (k.banyak.length !== n) masalah.push({ lokasi: 'banyak', pesan: `harus ${n} angka, satu per unsur.` });
    const panjangSama = masalah.length === 0;
    for (let j = 0; panjangSama && j < n; j++) {
      const s = k.jumlah[j] as number;
      const c = k.banyak[j] as number;
      if (c > k.responden) {
        masalah.push({
          lokasi: `banyak[${j}]`,
          pesan: `banyak jawaban ${c} melebihi responden ${k.responden}.`,
        });
      }
      if (s < c * 1 || s > c * 4) {
        masalah.push({ lokasi: `jumlah[${j}]`, pesan: `jumlah ${s} tidak mungkin dari ${c} jawaban 1–4.` });
      }
    }
    if (masalah.length > 0) {
      throw new SakipError(
        'MASUKAN_TIDAK_VALID',
        `Keadaan AkumulatorSkm tidak konsisten: ${masalah.map((m) => `${m.lokasi}: ${m.pesan}`).join('; ')}`,
        { masukan: keadaan, masalah },
      );
    }
    a.#tambahTotal(k, k.unsur, k.aturan, keadaan);
    return a;
  }

  #tambahTotal(t: Readonly<TotalSkm>, unsur: readonly string[], aturanLain: string, masukan: unknown): void {
    const { aturan } = this.#opsi;
    const n = aturan.unsur.length;
    if (unsur.length !== n || aturan.unsur.some((u, j) => u.id !== unsur[j])) {
      throw new SakipError(
        'SKM_AKUMULATOR_BERBEDA',
        `Akumulator yang digabung harus memakai unsur yang sama dan berurutan sama (${aturan.unsur.map((u) => u.id).join(', ')}); ` +
          `yang ini dari aturan ${aturanLain}. Pilih aturannya dengan opsi aturan.`,
        { masukan },
      );
    }
    const { jumlah, banyak } = this.#total;
    const responden = this.#total.responden + t.responden;
    let aman = Number.isSafeInteger(responden);
    for (let j = 0; j < n && aman; j++) {
      aman = Number.isSafeInteger((jumlah[j] as number) + (t.jumlah[j] as number));
    }
    if (!aman) {
      throw new SakipError(
        'MASUKAN_TIDAK_VALID',
        'Jumlah gabungan melampaui 2⁵³: tidak dapat dihitung tepat.',
        {
          masukan,
        },
      );
    }
    // Read before written: merging an accumulator into itself doubles it, as it should.
    for (let j = 0; j < n; j++) {
      jumlah[j] = (jumlah[j] as number) + (t.jumlah[j] as number);
      banyak[j] = (banyak[j] as number) + (t.banyak[j] as number);
    }
    this.#total.responden = responden;
  }

  /**
   * Scores the rows added so far (hasil): per-unsur NRR, IKM on 1–4, the value on 25–100, mutu and
   * kinerja, and the trace — the same as {@link skm} on the same rows. The accumulator can go on
   * taking rows afterwards.
   *
   * @throws {SakipError} `SKM_TANPA_RESPONDEN` before any row; `SKM_UNSUR_TANPA_JAWABAN` naming an
   * unsur that got no answer.
   */
  hasil(): HasilSkm {
    return skmInti(this.#total, this.#opsi);
  }
}
