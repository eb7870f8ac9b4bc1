import { teksMasukan } from '../galat/masukan.js';
import { SakipError } from '../galat/SakipError.js';
import type { AturanSkm } from './aturanSkm.js';
import { JAWABAN_MAKS, JAWABAN_MIN } from './aturanSkm.js';
import {
  type HasilSkm,
  type OpsiSkm,
  type OpsiTerurai,
  rakitHasil,
  SKALA_JAWABAN,
  uraiOpsiSkm,
} from './hitung.js';
import { pecahan } from './pecahan.js';

/** One answer (jawaban): an integer 1–4, or `null` for a blank. */
export type JawabanSkm = number | null;

/**
 * One respondent's answers (baris jawaban): an array in the rule set's unsur order (exactly one
 * entry per unsur), or an object keyed by unsur id (every id present, no other key).
 */
export type BarisSkm = readonly JawabanSkm[] | Readonly<Record<string, JawabanSkm>>;

/**
 * The state of an accumulator as plain data (keadaan akumulator): enough to send a shard's totals to
 * another machine and merge them there ({@link AkumulatorSkm.dariKeadaan}).
 */
export interface KeadaanAkumulatorSkm {
  /** The rule set's `kode`. */
  aturan: string;
  /** The unsur ids, in order. */
  unsur: string[];
  responden: number;
  /** Per unsur: the sum of its answers. */
  jumlah: number[];
  /** Per unsur: the number of its answers (blanks excluded). */
  banyak: number[];
}

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
 * ```
 */
export class AkumulatorSkm {
  readonly #opsi: OpsiTerurai;
  readonly #id: readonly string[];
  readonly #jumlah: number[];
  readonly #banyak: number[];
  #responden = 0;

  /** Starts an empty accumulator for a rule set (default PermenPAN-RB 14/2017) and scoring options. */
  constructor(opsi?: OpsiSkm) {
    this.#opsi = uraiOpsiSkm(opsi);
    this.#id = this.#opsi.aturan.unsur.map((u) => u.id);
    this.#jumlah = this.#id.map(() => 0);
    this.#banyak = this.#id.map(() => 0);
  }

  /** The rule set the answers are scored under. */
  get aturan(): Readonly<AturanSkm> {
    return this.#opsi.aturan;
  }

  /** Number of respondents (rows) added so far. */
  get responden(): number {
    return this.#responden;
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
    const n = this.#id.length;
    const r = this.#responden;
    let nilai: readonly JawabanSkm[];
    if (Array.isArray(baris)) {
      if (baris.length !== n) {
        throw new SakipError(
          'SKM_BARIS_TIDAK_SERAGAM',
          `Responden ke-${r + 1} memberi ${baris.length} jawaban, padahal aturan ${this.#opsi.aturan.kode} ` +
            `memiliki ${n} unsur (${this.#id.join(', ')}); jawaban kosong ditulis null.`,
          { masukan: baris, lokasi: `jawaban[${r}]` },
        );
      }
      nilai = baris as readonly JawabanSkm[];
    } else if (typeof baris === 'object' && baris !== null) {
      nilai = this.#dariObjek(baris as Readonly<Record<string, JawabanSkm>>, r);
    } else {
      throw new SakipError(
        'SKM_BARIS_TIDAK_SERAGAM',
        `Responden ke-${r + 1}: baris jawaban harus larik atau objek ber-id unsur, bukan ${baris === null ? 'null' : typeof baris}.`,
        { masukan: baris, lokasi: `jawaban[${r}]` },
      );
    }
    for (let j = 0; j < n; j++) {
      const x = nilai[j];
      if (x === null) continue;
      if (typeof x !== 'number' || !Number.isFinite(x))
        this.#galatJawaban('SKM_JAWABAN_TIDAK_VALID', x, r, j);
      else if (!Number.isInteger(x)) this.#galatJawaban('SKM_JAWABAN_BUKAN_BULAT', x, r, j);
      else if (x < JAWABAN_MIN || x > JAWABAN_MAKS) this.#galatJawaban('SKM_JAWABAN_DI_LUAR_SKALA', x, r, j);
    }
    for (let j = 0; j < n; j++) {
      const x = nilai[j];
      if (x === null || x === undefined) continue;
      this.#jumlah[j] = (this.#jumlah[j] ?? 0) + x;
      this.#banyak[j] = (this.#banyak[j] ?? 0) + 1;
    }
    this.#responden = r + 1;
    return this;
  }

  /** Adds every row of an iterable (an array, a generator reading a file …), in order. */
  tambahSemua(baris: Iterable<BarisSkm>): this {
    for (const b of baris) this.tambah(b);
    return this;
  }

  /**
   * Merges another accumulator's totals into this one (gabung); the other is not changed. Both must
   * score the same unsur list; the options of this accumulator apply to the result.
   *
   * @throws {SakipError} `SKM_AKUMULATOR_BERBEDA` when the unsur lists differ.
   */
  gabung(lain: AkumulatorSkm): this {
    if (!(lain instanceof AkumulatorSkm)) {
      throw new SakipError('SKM_AKUMULATOR_BERBEDA', 'Hanya AkumulatorSkm yang dapat digabung.', {
        masukan: lain,
      });
    }
    return this.#tambahKeadaan(lain.keadaan(), lain);
  }

  /** The totals as plain data, e.g. to send a shard to another machine (see {@link AkumulatorSkm.dariKeadaan}). */
  keadaan(): KeadaanAkumulatorSkm {
    return {
      aturan: this.#opsi.aturan.kode,
      unsur: [...this.#id],
      responden: this.#responden,
      jumlah: [...this.#jumlah],
      banyak: [...this.#banyak],
    };
  }

  /**
   * Rebuilds an accumulator from {@link AkumulatorSkm.keadaan} data (dari keadaan), checking that it
   * fits the rule set and is consistent (integers, counts ≤ respondents, sums between 1× and 4× the
   * counts).
   *
   * @throws {SakipError} `SKM_AKUMULATOR_BERBEDA` for another unsur list or inconsistent totals.
   */
  static dariKeadaan(keadaan: KeadaanAkumulatorSkm, opsi?: OpsiSkm): AkumulatorSkm {
    return new AkumulatorSkm(opsi).#tambahKeadaan(keadaan, keadaan);
  }

  #tambahKeadaan(k: KeadaanAkumulatorSkm, masukan: unknown): this {
    const n = this.#id.length;
    const bentukBenar =
      typeof k === 'object' &&
      k !== null &&
      Array.isArray(k.unsur) &&
      Array.isArray(k.jumlah) &&
      Array.isArray(k.banyak) &&
      Number.isSafeInteger(k.responden) &&
      k.responden >= 0;
    if (!bentukBenar || k.unsur.length !== n || k.unsur.some((id, j) => id !== this.#id[j])) {
      throw new SakipError(
        'SKM_AKUMULATOR_BERBEDA',
        `Akumulator yang digabung harus memakai unsur yang sama dan berurutan sama (${this.#id.join(', ')}).`,
        { masukan },
      );
    }
    for (let j = 0; j < n; j++) {
      const s = k.jumlah[j];
      const c = k.banyak[j];
      if (
        !Number.isSafeInteger(s) ||
        !Number.isSafeInteger(c) ||
        (c as number) < 0 ||
        (c as number) > k.responden ||
        (s as number) < (c as number) * JAWABAN_MIN ||
        (s as number) > (c as number) * JAWABAN_MAKS
      ) {
        throw new SakipError(
          'SKM_AKUMULATOR_BERBEDA',
          `Jumlah dan banyak jawaban unsur ${this.#id[j]} tidak konsisten (jumlah ${teksMasukan(s)}, banyak ${teksMasukan(c)}, ` +
            `responden ${k.responden}).`,
          { masukan, lokasi: `jumlah[${j}]` },
        );
      }
    }
    for (let j = 0; j < n; j++) {
      this.#jumlah[j] = (this.#jumlah[j] ?? 0) + (k.jumlah[j] ?? 0);
      this.#banyak[j] = (this.#banyak[j] ?? 0) + (k.banyak[j] ?? 0);
    }
    this.#responden += k.responden;
    return this;
  }

  /**
   * Scores the rows added so far (hasil): per-unsur NRR, IKM on 1–4, the value on 25–100, mutu and
   * kinerja, and the trail of steps — the same as {@link skm} on the same rows. The accumulator can go
   * on taking rows afterwards.
   *
   * @throws {SakipError} `SKM_TANPA_RESPONDEN` before any row; `SKM_UNSUR_TANPA_JAWABAN` naming an
   * unsur that got no answer.
   */
  hasil(): HasilSkm {
    const { aturan } = this.#opsi;
    if (this.#responden === 0) {
      throw new SakipError('SKM_TANPA_RESPONDEN', 'Belum ada responden: tidak ada yang dapat dihitung.', {
        masukan: this.keadaan(),
      });
    }
    this.#banyak.forEach((c, j) => {
      if (c === 0) {
        const u = aturan.unsur[j];
        throw new SakipError(
          'SKM_UNSUR_TANPA_JAWABAN',
          `Unsur "${u?.id}" (${u?.nama}) tidak dijawab seorang pun dari ${this.#responden} responden; ` +
            `NRR-nya tidak dapat dihitung.`,
          { masukan: this.keadaan(), lokasi: `unsur[${j}]` },
        );
      }
    });
    return rakitHasil(
      {
        nrr: this.#jumlah.map((s, j) => pecahan(BigInt(s), BigInt(this.#banyak[j] ?? 1))),
        jumlah: [...this.#jumlah],
        banyak: [...this.#banyak],
        responden: this.#responden,
      },
      this.#opsi,
    );
  }

  #dariObjek(baris: Readonly<Record<string, JawabanSkm>>, r: number): JawabanSkm[] {
    const kunci = Object.keys(baris);
    const hilang = this.#id.filter((id) => !Object.hasOwn(baris, id));
    const asing = kunci.filter((k) => !this.#id.includes(k));
    if (hilang.length > 0 || asing.length > 0) {
      throw new SakipError(
        'SKM_BARIS_TIDAK_SERAGAM',
        `Responden ke-${r + 1}: ` +
          [
            hilang.length > 0 ? `unsur ${hilang.join(', ')} tidak ada (jawaban kosong ditulis null)` : '',
            asing.length > 0
              ? `kunci ${asing.join(', ')} bukan id unsur aturan ${this.#opsi.aturan.kode}`
              : '',
          ]
            .filter(Boolean)
            .join('; ') +
          '.',
        { masukan: baris, lokasi: `jawaban[${r}]` },
      );
    }
    return this.#id.map((id) => baris[id] as JawabanSkm);
  }

  #galatJawaban(
    kode: 'SKM_JAWABAN_TIDAK_VALID' | 'SKM_JAWABAN_BUKAN_BULAT' | 'SKM_JAWABAN_DI_LUAR_SKALA',
    x: unknown,
    r: number,
    j: number,
  ): never {
    const u = this.#opsi.aturan.unsur[j];
    const tertulis = typeof x === 'string' ? `"${x}"` : String(x);
    const alasan =
      kode === 'SKM_JAWABAN_TIDAK_VALID'
        ? `bukan angka (kosong ditulis null)`
        : kode === 'SKM_JAWABAN_BUKAN_BULAT'
          ? `bukan bilangan bulat`
          : `di luar skala ${SKALA_JAWABAN}`;
    throw new SakipError(
      kode,
      `Responden ke-${r + 1}, unsur "${u?.id}" (${u?.nama}): jawaban ${tertulis} ${alasan}.`,
      { masukan: x, lokasi: `jawaban[${r}][${j}]` },
    );
  }
}
