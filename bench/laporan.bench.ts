// hitungLaporan on the sample report against the same report carrying hostile numbers (10⁵ digits,
// exponent 10⁹): refusing them must cost about what computing a normal report costs — the bound is
// checked before any arithmetic or formatting. Printed, never asserted.
import { Decimal as DecimalJs } from 'decimal.js';
import contoh from '../data/lkip-2024-dinsos-barito-kuala.json' with { type: 'json' };
import { hitungLaporan, isSakipError } from '../src/index.js';
import { bandingkan, rasio } from './alat.js';

type Json = Record<string, unknown>;

/** The sample report with every indicator's realisasi replaced. */
function denganRealisasi(nilai: () => unknown): Json {
  const l = structuredClone(contoh) as Json;
  for (const s of l.sasaran as Json[]) for (const i of s.indikator as Json[]) i.realisasi = nilai();
  return l;
}

function ditolak(laporan: unknown): () => void {
  return () => {
    try {
      hitungLaporan(laporan as never);
    } catch (e) {
      if (isSakipError(e, 'ANGKA_DI_LUAR_JANGKAUAN') || isSakipError(e, 'MODEL_TIDAK_VALID')) return;
      throw e;
    }
    throw new Error('laporan jahat diterima');
  };
}

export default async function (): Promise<void> {
  const digit = denganRealisasi(() => '9'.repeat(100_000));
  const eksponen = denganRealisasi(() => new DecimalJs('1e1000000000'));
  const hasil = await bandingkan('hitungLaporan: laporan contoh dan laporan berangka jahat', 1, [
    { nama: 'laporan contoh (dihitung)', jalankan: () => hitungLaporan(contoh as never) },
    { nama: 'realisasi 10⁵ digit (ditolak)', jalankan: ditolak(digit) },
    { nama: 'realisasi eksponen 10⁹ (ditolak)', jalankan: ditolak(eksponen) },
  ]);
  rasio('menolak 10⁵ digit terhadap menghitung laporan biasa', hasil[1], hasil[0]);
  rasio('menolak eksponen 10⁹ terhadap menghitung laporan biasa', hasil[2], hasil[0]);
}
