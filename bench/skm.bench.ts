// SKM scoring of 1 000 000 respondents × 9 unsur: sakip's skm() on rows in memory and AkumulatorSkm
// on rows streamed from a generator, against a plain-number loop and a naive decimal.js loop in the
// same run; ikmGabungan over N/50 units (exact sums) against a float loop; mutuSkm (parse
// at the boundary) against its core mutuSkmInti (what hitungLaporan calls). Then the accumulator's
// memory after N and 10N streamed rows (printed, never asserted). Imports the module itself, so it
// runs whatever state the other modules are in.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import DecimalJs from 'decimal.js';
import { keDecimal } from '../src/angka/keDecimal.js';
import { AkumulatorSkm, ikmGabungan, mutuSkm, skm } from '../src/skm/index.js';
import { ikmGabunganInti, mutuSkmInti, pilihAturanSkm } from '../src/skm/inti/index.js';
import { bandingkan, rasio } from './alat.js';

const UNSUR = 9;

/** Deterministic answers 1–4 with about 1 % blanks (a small LCG: same data every run). */
function* baris(n: number, benih = 12345): Generator<(number | null)[]> {
  let s = benih >>> 0;
  for (let r = 0; r < n; r++) {
    const row: (number | null)[] = new Array(UNSUR);
    for (let j = 0; j < UNSUR; j++) {
      s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
      row[j] = s % 100 === 0 ? null : 1 + ((s >>> 8) % 4);
    }
    yield row;
  }
}

/** What a hand-written tool does: float sums, float division. */
function loopNumber(data: readonly (readonly (number | null)[])[]): number {
  const jumlah = new Array<number>(UNSUR).fill(0);
  const banyak = new Array<number>(UNSUR).fill(0);
  for (const row of data) {
    for (let j = 0; j < UNSUR; j++) {
      const x = row[j];
      if (x === null || x === undefined) continue;
      jumlah[j] = (jumlah[j] ?? 0) + x;
      banyak[j] = (banyak[j] ?? 0) + 1;
    }
  }
  let ikm = 0;
  for (let j = 0; j < UNSUR; j++) ikm += ((jumlah[j] ?? 0) / (banyak[j] ?? 1)) * 0.111;
  return ikm * 25;
}

/** A first decimal.js attempt: a Decimal addition per answer. */
function naifDecimal(data: readonly (readonly (number | null)[])[]): DecimalJs {
  const jumlah = Array.from({ length: UNSUR }, () => new DecimalJs(0));
  const banyak = new Array<number>(UNSUR).fill(0);
  for (const row of data) {
    for (let j = 0; j < UNSUR; j++) {
      const x = row[j];
      if (x === null || x === undefined) continue;
      jumlah[j] = (jumlah[j] as DecimalJs).plus(x);
      banyak[j] = (banyak[j] ?? 0) + 1;
    }
  }
  return jumlah
    .reduce((t, s, j) => t.plus(s.div(banyak[j] ?? 1)), new DecimalJs(0))
    .div(UNSUR)
    .times(25);
}

function pemungutSampah(): (() => void) | undefined {
  try {
    setFlagsFromString('--expose-gc');
    return runInNewContext('gc') as () => void;
  } catch {
    return undefined;
  }
}

const mb = (b: number) => `${(b / 1024 / 1024).toFixed(1)} MB`;

/** Streams n rows through an accumulator; returns the largest heap seen and the heap at the end. */
function alirkan(n: number, gc: (() => void) | undefined): { puncak: number; akhir: number; nilai: string } {
  gc?.();
  const a = new AkumulatorSkm();
  let puncak = process.memoryUsage().heapUsed;
  let i = 0;
  for (const row of baris(n, 777)) {
    a.tambah(row);
    if (++i % 250_000 === 0) puncak = Math.max(puncak, process.memoryUsage().heapUsed);
  }
  const nilai = a.hasil().nilai.toFixed(6);
  gc?.();
  return { puncak, akhir: process.memoryUsage().heapUsed, nilai };
}

async function kecepatan(n: number): Promise<void> {
  const data = [...baris(n)];
  const hasil = await bandingkan(`SKM ${n.toLocaleString('id-ID')} responden × ${UNSUR} unsur`, n, [
    { nama: 'sakip skm (larik di memori)', jalankan: () => skm(data) },
    {
      nama: 'sakip AkumulatorSkm (baris dari generator)',
      jalankan: () => new AkumulatorSkm().tambahSemua(baris(n)).hasil(),
    },
    {
      nama: 'sakip AkumulatorSkm (larik di memori)',
      jalankan: () => new AkumulatorSkm().tambahSemua(data).hasil(),
    },
    { nama: 'number (loop biasa, float, bobot 0,111)', jalankan: () => loopNumber(data) },
  ]);
  rasio('sakip skm terhadap number', hasil[0], hasil[3]);
  rasio('sakip akumulator (generator) terhadap number', hasil[1], hasil[3]);
  rasio('sakip akumulator (larik) terhadap number', hasil[2], hasil[3]);
  console.log(
    `nilai: sakip ${skm(data).nilai.toFixed(6)} (bobot 1/9); number ${loopNumber(data).toFixed(6)} (0,111)`,
  );
}

// tinybench runs every variant at least 64 times: the naive decimal.js loop (≈ 3 s per million rows)
// is compared on a tenth of the rows, against sakip and number on the same tenth.
async function terhadapDecimalNaif(n: number): Promise<void> {
  const data = [...baris(n)];
  const hasil = await bandingkan(
    `SKM ${n.toLocaleString('id-ID')} responden × ${UNSUR} unsur, dengan decimal.js naif`,
    n,
    [
      { nama: 'sakip skm (larik di memori)', jalankan: () => skm(data) },
      { nama: 'number (loop biasa, float, bobot 0,111)', jalankan: () => loopNumber(data) },
      { nama: 'decimal.js naif (Decimal per jawaban)', jalankan: () => naifDecimal(data) },
    ],
  );
  rasio('sakip skm terhadap number', hasil[0], hasil[1]);
  rasio('sakip skm terhadap decimal.js naif', hasil[0], hasil[2]);
  console.log(`nilai: sakip ${skm(data).nilai.toFixed(6)}; decimal.js naif ${naifDecimal(data).toFixed(6)}`);
}

function memori(n: number): void {
  const gc = pemungutSampah();
  console.log(
    `\n## Memori AkumulatorSkm (baris dialirkan dari generator; gc ${gc ? 'tersedia' : 'TIDAK tersedia'})`,
  );
  gc?.();
  const dasar = process.memoryUsage().heapUsed;
  const satu = alirkan(n, gc);
  const sepuluh = alirkan(10 * n, gc);
  console.table([
    {
      baris: n.toLocaleString('id-ID'),
      'heap puncak': mb(satu.puncak),
      'heap akhir': mb(satu.akhir),
      nilai: satu.nilai,
    },
    {
      baris: (10 * n).toLocaleString('id-ID'),
      'heap puncak': mb(sepuluh.puncak),
      'heap akhir': mb(sepuluh.akhir),
      nilai: sepuluh.nilai,
    },
  ]);
  console.log(`heap sebelum: ${mb(dasar)}; selisih heap akhir 10N − N: ${mb(sepuluh.akhir - satu.akhir)}`);
  const larik = [...baris(n)];
  gc?.();
  console.log(
    `pembanding: ${n.toLocaleString('id-ID')} baris sebagai larik di memori: heap ${mb(process.memoryUsage().heapUsed)} (${larik.length} baris)`,
  );
}

/** Units as a report lists them: IKM with two decimals, respondents 50–449 (deterministic). */
function unitUnit(n: number): { ikm: string; responden: number }[] {
  return Array.from({ length: n }, (_, i) => ({
    ikm: `${2 + (i % 200) / 100}`.replace('.', ','),
    responden: 50 + ((i * 7919) % 400),
  }));
}

async function gabungan(n: number): Promise<void> {
  const unit = unitUnit(n);
  const aturan = pilihAturanSkm(undefined);
  const terbaca = unit.map((u) => ({ ikm: keDecimal(u.ikm), responden: u.responden }));
  const angka = unit.map((u) => ({ ikm: Number(u.ikm.replace(',', '.')), responden: u.responden }));
  const hasil = await bandingkan(`IKM gabungan ${n.toLocaleString('id-ID')} unit`, n, [
    { nama: 'sakip ikmGabungan (teks, dibaca di batas)', jalankan: () => ikmGabungan(unit) },
    {
      nama: 'sakip ikmGabunganInti (Decimal terpercaya)',
      jalankan: () => ikmGabunganInti(terbaca, aturan, 'responden'),
    },
    {
      nama: 'number (Σ ikm × responden / Σ responden, float)',
      jalankan: () => {
        let a = 0;
        let b = 0;
        for (const u of angka) {
          a += u.ikm * u.responden;
          b += u.responden;
        }
        return a / b;
      },
    },
  ]);
  rasio('sakip ikmGabungan terhadap number', hasil[0], hasil[2]);
  rasio('sakip ikmGabunganInti terhadap number', hasil[1], hasil[2]);
  rasio('sakip ikmGabungan terhadap intinya (biaya membaca di batas)', hasil[0], hasil[1]);
}

async function mutu(n: number): Promise<void> {
  const nilai = Array.from({ length: n }, (_, i) => 25 + ((i * 37) % 7500) / 100);
  const aturan = pilihAturanSkm('KEPMENPAN_25_2004');
  const terbaca = nilai.map((x) => keDecimal(x));
  const hasil = await bandingkan(`mutuSkm ${n.toLocaleString('id-ID')} nilai`, n, [
    {
      nama: "sakip mutuSkm (number, opsi { aturan: 'KEPMENPAN_25_2004' })",
      jalankan: () => {
        for (const x of nilai) mutuSkm(x, { aturan: 'KEPMENPAN_25_2004' });
      },
    },
    {
      nama: 'sakip mutuSkmInti (Decimal dan aturan terpercaya)',
      jalankan: () => {
        for (const x of terbaca) mutuSkmInti(x, aturan, 'nilai');
      },
    },
  ]);
  rasio('sakip mutuSkm terhadap intinya (biaya membaca di batas)', hasil[0], hasil[1]);
}

export default async function (): Promise<void> {
  const N = Number(process.env.SKM_N ?? 1_000_000);
  await kecepatan(N);
  await terhadapDecimalNaif(Math.max(1, Math.floor(N / 10)));
  await gabungan(Math.max(1, Math.floor(N / 50)));
  await mutu(Math.max(1, Math.floor(N / 100)));
  memori(N);
}
