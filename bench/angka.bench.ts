// Parse throughput: sakip's parseAngka against a plain-number parse and a naive decimal.js parse.
import DecimalJs from 'decimal.js';
import { formatAngka, parseAngka } from '../src/index.js';
import { bandingkan, rasio } from './alat.js';

export default async function (): Promise<void> {
  const N = 100_000;
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
    { nama: 'sakip parseAngka', jalankan: () => teks.map((s) => parseAngka(s)) },
    { nama: 'number (Number + replace)', jalankan: () => teks.map((s) => Number(bersihkan(s))) },
    {
      nama: 'decimal.js naif (replace + new Decimal)',
      jalankan: () => teks.map((s) => new DecimalJs(bersihkan(s))),
    },
  ]);
  rasio('sakip terhadap number', hasil[0], hasil[1]);
  rasio('sakip terhadap decimal.js naif', hasil[0], hasil[2]);
}
