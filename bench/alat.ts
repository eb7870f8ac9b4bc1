// Shared bench helpers: run variants of one job with tinybench in the same process and print their
// throughput and the ratios between them. Timings are printed, never asserted.
import { Bench } from 'tinybench';

export interface Varian {
  nama: string;
  /** Does the whole job once (e.g. over 100 000 inputs). */
  jalankan: () => unknown;
}

export interface HasilVarian {
  nama: string;
  /** Mean milliseconds per run of the whole job. */
  ms: number;
}

/** One `bandingkan` run as recorded for the closing summary (bench/index.ts). */
export interface Pengukuran {
  /** The bench file's module (`capaian` for capaian.bench.ts). */
  modul: string;
  judul: string;
  banyakButir: number;
  hasil: HasilVarian[];
}

/** Every `bandingkan` of this process, in order: bench/index.ts prints its summary from them. */
export const pengukuran: Pengukuran[] = [];
let modulSekarang = '';

/** Names the module whose bench file runs next (set by bench/index.ts). */
export function mulaiModul(modul: string): void {
  modulSekarang = modul;
}

/**
 * Runs every variant of one job and prints a table: ms per job, items per second, and the ratio of
 * each variant's time to the first one's (the one under test) — `×` > 1 means the variant is slower.
 */
export async function bandingkan(
  judul: string,
  banyakButir: number,
  varian: Varian[],
  cara: { putaranMin?: number } = {},
): Promise<HasilVarian[]> {
  // tinybench runs each task at least 64 times; a job of 100 000 nodes takes ~0,5 s, so the big jobs
  // pass a smaller minimum (the time budget still applies).
  const bench = new Bench({
    time: Number(process.env.BENCH_MS ?? 700),
    warmupTime: 150,
    iterations: cara.putaranMin ?? 64,
  });
  for (const v of varian) bench.add(v.nama, v.jalankan);
  await bench.run();
  const hasil = bench.tasks.map((t) => {
    const r = t.result as { latency?: { mean?: number }; mean?: number } | undefined;
    const ms = r?.latency?.mean ?? r?.mean ?? Number.NaN;
    return { nama: t.name, ms };
  });
  pengukuran.push({ modul: modulSekarang, judul, banyakButir, hasil });
  const acuan = hasil[0]?.ms ?? Number.NaN;
  console.log(`\n## ${judul} (${banyakButir.toLocaleString('id-ID')} butir per putaran)`);
  console.table(
    hasil.map((h) => ({
      varian: h.nama,
      'ms/putaran': h.ms.toFixed(2),
      'butir/detik': Math.round((banyakButir / h.ms) * 1000).toLocaleString('id-ID'),
      'waktu ÷ sakip': (h.ms / acuan).toFixed(2),
    })),
  );
  return hasil;
}

/** Prints one ratio line, e.g. `sakip vs number: 12.3× slower`. */
export function rasio(label: string, a: HasilVarian | undefined, b: HasilVarian | undefined): void {
  if (!a || !b) return;
  const r = a.ms / b.ms;
  console.log(`${label}: ${r >= 1 ? `${r.toFixed(2)}× lebih lambat` : `${(1 / r).toFixed(2)}× lebih cepat`}`);
}
