// Capaian + predikat of 1 000 000 indicators given as numbers with ≤ 2 decimals (target 0,01 … 150,
// realisasi 0 … 200, deterministic), under the sample report's habit (capaian truncated to 2
// decimals, predikat Permendagri 54/2010 on the printed value). Variants, measured in the same run:
// sakip's exact integer path (capaianMassal), a plain-float loop, the naive decimal.js expression
// `new Decimal(r).div(t).times(100)`, and sakip with every Decimal built.
//
// tinybench runs each variant at least 64 (+16 warm-up) times, so one run handles a 100 000-item
// slice and the runs rotate over the 10 slices of the 1 000 000 items: every variant sees all items.
// That the fast path's results equal the exact slow path is proven by a property test
// (test/capaian/capaianMassal.test.ts), not here.
import DecimalJs from 'decimal.js';
import { bulatkan, capaian, capaianMassal, predikat, SKALA } from '../src/index.js';
import { bandingkan, rasio } from './alat.js';

export default async function (): Promise<void> {
  const N = 1_000_000;
  const IRISAN = 100_000;
  let benih = 20240101;
  const acak = () => {
    benih = (benih * 1103515245 + 12345) % 2147483648;
    return benih / 2147483648;
  };
  const irisan = Array.from({ length: N / IRISAN }, () => ({
    target: Array.from({ length: IRISAN }, () => (1 + Math.floor(acak() * 15000)) / 100),
    realisasi: Array.from({ length: IRISAN }, () => Math.floor(acak() * 20001) / 100),
  }));
  const giliran = () => {
    let k = 0;
    return () => irisan[k++ % irisan.length]!;
  };
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
      nama: 'decimal.js naif: new Decimal(r).div(t).times(100)',
      jalankan: () => {
        const { target, realisasi } = naif();
        const c = new Array<DecimalJs>(IRISAN);
        for (let i = 0; i < IRISAN; i++) c[i] = new DecimalJs(realisasi[i]!).div(target[i]!).times(100);
        return c;
      },
    },
    {
      nama: 'sakip capaianMassal + semua Decimal dibangun',
      jalankan: () => capaianMassal(penuh(), opsi).semuaCapaian(),
    },
  ]);
  rasio('sakip massal terhadap number', hasil[0], hasil[1]);
  rasio('sakip massal terhadap decimal.js naif', hasil[0], hasil[2]);
  rasio('sakip massal + semua Decimal terhadap decimal.js naif', hasil[3], hasil[2]);

  // The exact slow path, item by item (capaian + bulatkan + predikat), on a 10 000-item slice.
  const M = 10_000;
  const { target, realisasi } = irisan[0]!;
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
