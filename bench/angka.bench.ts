// The number boundary, against naive baselines measured in the same run:
//
// 1. Parse throughput: sakip's parseAngka on report-shaped strings — with the default format
//    'otomatis' (both readings tried, ambiguity refused) and with the report's declared 'id' — against
//    a plain-number parse and a naive decimal.js parse (replace + new Decimal, no checks).
// 2. keDecimal on each kind of Angka: a number, a Decimal of sakip's own, a Decimal of another clone
//    (both read by their digits into a fresh Decimal — a look-alike or a Proxy cannot slip through),
//    against the naive `new Decimal(x)`.
// 3. formatAngka on the longest numbers the range allows (40 significant digits, 20 integer digits).
// Prints; asserts nothing.
import DecimalJs from 'decimal.js';
import { Decimal, formatAngka, keDecimal, parseAngka } from '../src/angka/index.js';
import { bandingkan, rasio } from './alat.js';

const N = 100_000;

async function baca(): Promise<void> {
  // Report-shaped strings: Rupiah with groups, percentages with a decimal comma.
  const teks = Array.from({ length: N }, (_, i) =>
    i % 2 === 0 ? `Rp ${formatAngka(1_000_000 + i * 7919)},00` : `${formatAngka((i % 15000) / 100)} %`,
  );
  const bersihkan = (s: string) =>
    s
      .replace(/^Rp\s*/, '')
      .replace(/\s*%$/, '')
      .replace(/\./g, '')
      .replace(',', '.');
  const hasil = await bandingkan('parseAngka', N, [
    { nama: "sakip parseAngka (format 'otomatis')", jalankan: () => teks.map((s) => parseAngka(s)) },
    {
      nama: "sakip parseAngka (format 'id')",
      jalankan: () => teks.map((s) => parseAngka(s, { format: 'id' })),
    },
    { nama: 'number (Number + replace)', jalankan: () => teks.map((s) => Number(bersihkan(s))) },
    {
      nama: 'decimal.js naif (replace + new Decimal)',
      jalankan: () => teks.map((s) => new DecimalJs(bersihkan(s))),
    },
  ]);
  rasio('sakip (otomatis) terhadap number', hasil[0], hasil[2]);
  rasio('sakip (otomatis) terhadap decimal.js naif', hasil[0], hasil[3]);
  rasio('sakip (id) terhadap decimal.js naif', hasil[1], hasil[3]);
}

async function keDecimalTiapJenis(): Promise<void> {
  const bilangan = Array.from({ length: N }, (_, i) => (i * 7919) / 100);
  const milikSakip = bilangan.map((x) => keDecimal(x));
  const Klon = DecimalJs.clone({ precision: 20 });
  const milikKlon = bilangan.map((x) => new Klon(x));
  const hasil = await bandingkan('keDecimal', N, [
    { nama: 'keDecimal(number)', jalankan: () => bilangan.map((x) => keDecimal(x)) },
    { nama: 'keDecimal(Decimal milik sakip)', jalankan: () => milikSakip.map((x) => keDecimal(x)) },
    { nama: 'keDecimal(Decimal klon lain)', jalankan: () => milikKlon.map((x) => keDecimal(x)) },
    { nama: 'decimal.js naif new Decimal(number)', jalankan: () => bilangan.map((x) => new DecimalJs(x)) },
    { nama: 'decimal.js naif new Decimal(Decimal)', jalankan: () => milikKlon.map((x) => new DecimalJs(x)) },
  ]);
  rasio('keDecimal(number) terhadap naif', hasil[0], hasil[3]);
  rasio('keDecimal(Decimal) terhadap naif', hasil[2], hasil[4]);
}

async function tulis(): Promise<void> {
  // The longest numbers in range: 20 integer digits and 20 decimals (grouping is linear in them).
  const terpanjang = Array.from(
    { length: N },
    (_, i) => new Decimal(`${String(10_000_000_000 + i).padEnd(20, '7')}.${String(i).padStart(20, '3')}`),
  );
  const hasil = await bandingkan('formatAngka (40 digit bermakna)', N, [
    { nama: 'sakip formatAngka', jalankan: () => terpanjang.map((x) => formatAngka(x)) },
    { nama: 'decimal.js toFixed (tanpa pengelompokan)', jalankan: () => terpanjang.map((x) => x.toFixed()) },
  ]);
  rasio('formatAngka terhadap toFixed', hasil[0], hasil[1]);
}

export default async function (): Promise<void> {
  await baca();
  await keDecimalTiapJenis();
  await tulis();
}
