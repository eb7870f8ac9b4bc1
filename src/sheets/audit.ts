import { parseAngka } from '../angka/parseAngka.js';
import { auditLaporan } from '../audit/audit.js';
import type { TemuanAudit } from '../audit/jenis.js';
import { SakipError } from '../galat/SakipError.js';
import { angkaSel, bulatSel, pilihanSel, type SelAtauRentang, tunggal } from './sel.js';

/** The printed figure as a report's text, and its number format. */
function teksTercetak(x: unknown, desimal: number | undefined): { teks: string; format: 'id' | 'en' } {
  const sel = tunggal(x, 'tercetak');
  // Read once as a number: a text that is not one (or reads two ways) is refused here, by name.
  const d = angkaSel(sel, 'tercetak');
  if (d === null) return { teks: '', format: 'id' };
  if (typeof sel === 'string') {
    let id = false;
    try {
      id = parseAngka(sel, { format: 'id' }).eq(d);
    } catch {
      id = false;
    }
    return { teks: sel, format: id ? 'id' : 'en' };
  }
  // A number cell: written as the sheet shows it (at `desimal` decimals when given, since a number
  // cell does not carry its trailing zeros: 55,70 arrives as 55.7).
  const teks = desimal === undefined ? d.toFixed() : d.toFixed(desimal);
  return { teks: teks.replace('.', ','), format: 'id' };
}

/** The verdict of one finding as a short text. */
function putusan(t: TemuanAudit): string {
  switch (t.status) {
    case 'cocok':
      return 'cocok';
    case 'cocok-dengan-kebiasaan':
      // " — kebiasaan laporan ini" compares with the report's other figures: a one-figure report has none.
      return `cocok dengan kebiasaan: ${(t.kebiasaan?.pesan ?? '').split(' — ')[0]}`.trim();
    case 'salah':
      return `salah: seharusnya ${t.diharapkan}`;
    default:
      return `tidak dapat diperiksa: ${t.pesan.replace(/^Tidak dapat diperiksa:\s*/, '')}`;
  }
}

/**
 * Checks a printed capaian against its target and realisasi, for a spreadsheet cell
 * (SAKIP_AUDIT_CAPAIAN): the verdict of `auditLaporan` on a one-indicator report, as text —
 * `"cocok"` (the exact capaian rounded half-up at the printed decimals), `"cocok dengan kebiasaan:
 * dipotong 2 desimal"` (it matches only under a habit), `"salah: seharusnya 55,73"`, or
 * `"tidak dapat diperiksa: …"` (target 0 …). `tercetak` is best given as the text printed
 * (`"55,72"`); a number cell loses its trailing zeros (55,70 arrives as 55.7), so give
 * `desimalTercetak` for it. `polaritas`: `"positif"` (default) or `"negatif"`. A blank cell gives a
 * blank result.
 *
 * @throws {SakipError} the codes of `keDecimal` for an unreadable cell (a `tercetak` text that reads two
 * ways is `ANGKA_AMBIGU`), `MASUKAN_TIDAK_VALID` (an unknown polaritas), `OPSI_TIDAK_VALID`.
 *
 * @example
 * ```ts
 * import { SAKIP_AUDIT_CAPAIAN } from 'sakip/sheets';
 * // LKIP 2024 Dinsos Barito Kuala: IKU 1 printed 134,32; IKU 2 printed 55,72 (truncated).
 * SAKIP_AUDIT_CAPAIAN(69.02, 92.71, '134,32'); //=> 'cocok'
 * SAKIP_AUDIT_CAPAIAN('1,31', '0,73', '55,72'); //=> 'cocok dengan kebiasaan: dipotong 2 desimal'
 * SAKIP_AUDIT_CAPAIAN('1,31', '0,73', '96,00'); //=> 'salah: seharusnya 55,73'
 * SAKIP_AUDIT_CAPAIAN(1.31, 0.73, 55.73); //=> 'cocok'
 * SAKIP_AUDIT_CAPAIAN(1.31, 0.73, ''); //=> ''
 * SAKIP_AUDIT_CAPAIAN(1.31, 0.73, '55.720'); //!> ANGKA_AMBIGU
 * ```
 */
export function SAKIP_AUDIT_CAPAIAN(
  target: SelAtauRentang,
  realisasi: SelAtauRentang,
  tercetak: SelAtauRentang,
  polaritas?: SelAtauRentang,
  desimalTercetak?: SelAtauRentang,
): string {
  const p = pilihanSel(polaritas, 'polaritas', ['positif', 'negatif'], 'positif', 'MASUKAN_TIDAK_VALID');
  const desimal = bulatSel(desimalTercetak, 'desimalTercetak', 'DESIMAL_TIDAK_VALID');
  if (desimal !== undefined && (desimal < 0 || desimal > 20)) {
    throw new SakipError('DESIMAL_TIDAK_VALID', `desimalTercetak: harus 0 sampai 20, bukan ${desimal}.`, {
      masukan: desimalTercetak,
      lokasi: 'desimalTercetak',
    });
  }
  const t = angkaSel(target, 'target');
  const r = angkaSel(realisasi, 'realisasi');
  const cetak = teksTercetak(tercetak, desimal);
  if (t === null || r === null || cetak.teks === '') return '';
  const hasil = auditLaporan({
    instansi: 'SAKIP_AUDIT_CAPAIAN',
    tahun: 2024,
    sasaran: [
      {
        id: 'S',
        nama: 'Sasaran',
        indikator: [{ id: 'I', nama: 'Indikator', target: t, realisasi: r, polaritas: p }],
      },
    ],
    tercetak: [{ rujukan: 'indikator/I/capaian', teks: cetak.teks, format: cetak.format }],
  });
  const temuan = hasil.temuan[0];
  if (temuan === undefined) throw new SakipError('MASUKAN_TIDAK_VALID', 'Audit tidak memberi temuan.');
  return putusan(temuan);
}
