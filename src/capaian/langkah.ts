// Internal: how numbers are written in a trace (langkah). Display only: long quotients are cut at
// 6 decimals and marked with "…", the value itself is never changed.
import type { Decimal } from '../angka/Decimal.js';
import { formatAngka } from '../angka/formatAngka.js';
import type { HasilPembulatan } from '../angka/kebijakanPembulatan.js';

export function tulis(d: Decimal): string {
  return d.decimalPlaces() > 6 ? `${formatAngka(d, { desimal: 6, mode: 'potong' })}…` : formatAngka(d);
}

export function tulisPembulatan(nama: string, h: HasilPembulatan): string {
  if (!h.aturan) return `${nama} tidak dibulatkan: ${tulis(h.tepat)}.`;
  const cara = {
    'setengah-atas': 'setengah ke atas',
    potong: 'dipotong',
    'setengah-genap': 'setengah ke genap',
  }[h.aturan.mode];
  return (
    `${nama} ${tulis(h.tepat)} dibulatkan ${cara} ${h.aturan.desimal} desimal → ${formatAngka(h.tampil)}` +
    `${h.aturan.dipakaiLanjut ? ' (nilai bulat ini dipakai langkah berikutnya)' : ''}.`
  );
}
