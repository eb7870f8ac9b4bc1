// Capaian of indicators given as numbers with ≤ 2 decimals (target 0,01 … 150, realisasi 0 … 200,
// deterministic), three ways, each against the same baselines measured in the same run:
//
// 1. One call of `capaian({ target, realisasi })` per item — the public function, options read and
//    numbers checked on every call — against the naive decimal.js expression
//    `new Decimal(r).times(100).div(t)` with a clone configured like sakip (40 significant digits,
//    half-up: the same exact result) and with decimal.js's default 20 digits, and against a plain
//    `number` loop (not exact).
// 2. `capaianMassal` (capaian + predikat of 1 000 000 items, capaian truncated to 2 decimals, predikat
//    Permendagri 54/2010 on the printed value — the sample report's habit) against the same baselines.
// 3. The exact slow path item by item (capaian + bulatkan + predikat).
//
// tinybench runs each variant at least 64 (+16 warm-up) times, so one run handles a slice and the runs
// rotate over the slices: every variant sees every item. That the fast paths give exactly the
// Decimal path's results is proven by property tests (test/capaian), not here.
import DecimalJs from 'decimal.js';
import { bulatkan, capaian, capaianMassal, predikat, SKALA } from '../src/index.js';
import { bandingkan, type HasilVarian, rasio } from './alat.js';

// The naive baselines: a decimal.js clone like sakip's (40 digits, half-up), and the default (20).
const Decimal40 = DecimalJs.clone({ precision: 40, rounding: DecimalJs.ROUND_HALF_UP });
const Decimal20 = DecimalJs.clone();

function data(banyakIrisan: number, panjang: number, benihAwal: number) {
  let benih = benihAwal;
  const acak = () => {
    benih = (benih * 1103515245 + 12345) % 2147483648;
    return benih / 2147483648;
  };
  const irisan = Array.from({ length: banyakIrisan }, () => ({
    target: Array.from({ length: panjang }, () => (1 + Math.floor(acak() * 15000)) / 100),
    realisasi: Array.from({ length: panjang }, () => Math.floor(acak() * 20001) / 100),
  }));
  return () => {
    let k = 0;
    return () => irisan[k++ % irisan.length]!;
  };
}

/** Prints `label: x,xx× waktu acuan` (below 1: faster than the baseline). */
function perbandingan(label: string, a: HasilVarian | undefined, b: HasilVarian | undefined): void {
  if (!a || !b) return;
  console.log(`${label}: ${(a.ms / b.ms).toFixed(3)}× waktu acuan`);
}

export default async function (): Promise<void> {
  // — 1. one call of capaian() per item —
  const SATU = 10_000;
  const giliranSatu = data(20, SATU, 20240101);
  const [s1, s2, s3, s4] = [giliranSatu(), giliranSatu(), giliranSatu(), giliranSatu()];
  const satu = await bandingkan('satu panggilan capaian() per butir (per irisan 10.000)', SATU, [
    {
      nama: 'sakip capaian({ target, realisasi }) — tepat, 40 digit',
      jalankan: () => {
        const { target, realisasi } = s1();
        const c = new Array<unknown>(SATU);
        for (let i = 0; i < SATU; i++) c[i] = capaian({ target: target[i]!, realisasi: realisasi[i]! });
        return c;
      },
    },
    {
      nama: 'decimal.js naif, klon 40 digit: new Decimal(r).times(100).div(t)',
      jalankan: () => {
        const { target, realisasi } = s2();
        const c = new Array<unknown>(SATU);
        for (let i = 0; i < SATU; i++) c[i] = new Decimal40(realisasi[i]!).times(100).div(target[i]!);
        return c;
      },
    },
    {
      nama: 'decimal.js naif, klon bawaan 20 digit',
      jalankan: () => {
        const { target, realisasi } = s3();
        const c = new Array<unknown>(SATU);
        for (let i = 0; i < SATU; i++) c[i] = new Decimal20(realisasi[i]!).times(100).div(target[i]!);
        return c;
      },
    },
    {
      nama: 'number: r / t × 100, float (tidak tepat)',
      jalankan: () => {
        const { target, realisasi } = s4();
        const c = new Float64Array(SATU);
        for (let i = 0; i < SATU; i++) c[i] = (realisasi[i]! / target[i]!) * 100;
        return c;
      },
    },
  ]);
  perbandingan('capaian() terhadap decimal.js naif 40 digit (sasaran ≤ 0,5)', satu[0], satu[1]);
  perbandingan('capaian() terhadap decimal.js naif 20 digit', satu[0], satu[2]);
  rasio('capaian() terhadap number', satu[0], satu[3]);

  // — 2. capaianMassal —
  const N = 1_000_000;
  const IRISAN = 100_000;
  const giliran = data(N / IRISAN, IRISAN, 20240101);
  const skala = SKALA.PERMENDAGRI_54_2010;
  const opsi = { pembulatan: { desimal: 2, mode: 'potong' as const }, skala };
  // The same table as float lower edges, for the plain-number loop (Sangat baik is "> 90").
  const batas = [50, 65, 75];
  const [cepat, angka, naif, penuh] = [giliran(), giliran(), giliran(), giliran()];
  const hasil = await bandingkan('capaian + predikat, 1.000.000 indikator (per irisan 100.000)', IRISAN, [
    {
      nama: 'sakip capaianMassal (jalur bilangan bulat tepat)',
      jalankan: () => capaianMassal(cepat(), opsi).peringkat,
    },
    {
      nama: 'number: r / t × 100, float (tidak tepat)',
      jalankan: () => {
        const { target, realisasi } = angka();
        const p = new Int32Array(IRISAN);
        for (let i = 0; i < IRISAN; i++) {
          const c = Math.trunc((realisasi[i]! / target[i]!) * 100 * 100) / 100;
          p[i] = c > 90 ? 4 : c >= batas[2]! ? 3 : c >= batas[1]! ? 2 : c >= batas[0]! ? 1 : 0;
        }
        return p;
      },
    },
    {
      nama: 'decimal.js naif, klon 40 digit (capaian saja)',
      jalankan: () => {
        const { target, realisasi } = naif();
        const c = new Array<unknown>(IRISAN);
        for (let i = 0; i < IRISAN; i++) c[i] = new Decimal40(realisasi[i]!).times(100).div(target[i]!);
        return c;
      },
    },
    {
      nama: 'sakip capaianMassal + semua Decimal dibangun',
      jalankan: () => capaianMassal(penuh(), opsi).semuaCapaian(),
    },
  ]);
  rasio('sakip massal terhadap number', hasil[0], hasil[1]);
  perbandingan('sakip massal terhadap decimal.js naif 40 digit (sasaran ≤ 0,02)', hasil[0], hasil[2]);
  perbandingan('sakip massal + semua Decimal terhadap decimal.js naif 40 digit', hasil[3], hasil[2]);

  // — 3. the exact slow path, item by item (capaian + bulatkan + predikat), on a 10 000-item slice —
  const M = 10_000;
  const { target, realisasi } = giliran()();
  const lambat = await bandingkan('jalur lambat per butir (10.000 indikator)', M, [
    {
      nama: 'sakip capaian + bulatkan + predikat per butir',
      jalankan: () => {
        for (let i = 0; i < M; i++) {
          predikat(bulatkan(capaian({ target: target[i]!, realisasi: realisasi[i]! }), 2, 'potong'), skala);
        }
      },
    },
  ]);
  const perButirCepat = (hasil[0]?.ms ?? Number.NaN) / IRISAN;
  const perButirLambat = (lambat[0]?.ms ?? Number.NaN) / M;
  console.log(
    `jalur cepat terhadap jalur lambat per butir: ${(perButirLambat / perButirCepat).toFixed(1)}× lebih cepat`,
  );
}
