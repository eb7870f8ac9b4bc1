// auditLaporan on a report with 10 000 printed figures against hitungLaporan on the same report
// (issue 10: goal ≤ 3×). The report: 200 sasaran × 10 indicators, a budget tree of 1 root → 200
// programs → 10 kegiatan (2 000 leaves); printed: each indicator's capaian and predikat, each leaf's
// pagu, realisasi and penyerapan — one in fifty wrong (a neighbour's value, a stale draft, a
// transposed digit). Measured from the JSON object (both functions read it) and from a report already
// read with bacaLaporan (both skip the reading). Printed, never asserted.
import {
  auditLaporan,
  bacaLaporan,
  formatAngka,
  hitungLaporan,
  type LaporanMasukan,
  type NodeAnggaranMasukan,
} from '../src/index.js';
import { bandingkan, rasio } from './alat.js';

const SASARAN = 200;
const INDIKATOR_PER_SASARAN = 10;
const KEGIATAN_PER_PROGRAM = 10;

/** Predikat under Permendagri 54/2010 (Sangat baik > 90; Baik 75–90; Cukup 65–75; Kurang 50–65). */
function predikat(c: number): string {
  if (c > 90) return 'Sangat baik';
  if (c >= 75) return 'Baik';
  if (c >= 65) return 'Cukup';
  if (c >= 50) return 'Kurang';
  return 'Sangat kurang';
}

/** Whole-percent inputs keep the printed capaian exact in plain numbers (target 100). */
export function buatLaporan(): LaporanMasukan {
  const sasaran: LaporanMasukan['sasaran'] = [];
  const program: NodeAnggaranMasukan[] = [];
  const tercetak: NonNullable<LaporanMasukan['tercetak']> = [];
  const salahKe = (n: number) => n % 50 === 49;
  let n = 0;
  for (let s = 0; s < SASARAN; s++) {
    const sid = `S${s + 1}`;
    const indikator = [];
    for (let i = 0; i < INDIKATOR_PER_SASARAN; i++) {
      const id = `IKU-${s + 1}-${i + 1}`;
      // realisasi 40,00 … 139,99 against target 100 → capaian = realisasi.
      const r = 40 + ((s * 37 + i * 53) % 10_000) / 100;
      indikator.push({ id, nama: `Indikator ${id}`, target: 100, realisasi: r });
      const c = formatAngka(r, { desimal: 2 });
      tercetak.push({ rujukan: `indikator/${id}/capaian`, teks: salahKe(n++) ? `${c.slice(0, -1)}9` : c });
      tercetak.push({
        rujukan: `indikator/${id}/predikat`,
        teks: salahKe(n++) ? 'Sangat kurang' : predikat(r),
      });
    }
    sasaran.push({ id: sid, nama: `Sasaran ${sid}`, indikator });
    const kegiatan: NodeAnggaranMasukan[] = [];
    for (let g = 0; g < KEGIATAN_PER_PROGRAM; g++) {
      const kode = `1.${s + 1}.${g + 1}`;
      const pagu = 10_000_000 + ((s * 7919 + g * 104_729) % 900_000_000);
      const realisasi = Math.floor((pagu * (80 + ((s + g) % 21))) / 100);
      kegiatan.push({ kode, nama: `Kegiatan ${kode}`, anggaran: { pagu, realisasi } });
      const tulisPagu = formatAngka(pagu, { desimal: 2 });
      // A neighbour's pagu, a realisasi with a transposed pair, a stale percentage.
      tercetak.push({
        rujukan: `anggaran/${kode}/pagu`,
        teks: salahKe(n++) ? formatAngka(pagu + 1_000_000, { desimal: 2 }) : tulisPagu,
      });
      tercetak.push({
        rujukan: `anggaran/${kode}/realisasi`,
        teks: formatAngka(realisasi + (salahKe(n++) ? 9 : 0)),
      });
      const py = formatAngka((realisasi * 100) / pagu, { desimal: 2 });
      tercetak.push({ rujukan: `anggaran/${kode}/penyerapan`, teks: salahKe(n++) ? '88,78' : py });
    }
    program.push({ kode: `1.${s + 1}`, nama: `Program ${s + 1}`, sasaranId: [sid], anak: kegiatan });
  }
  return {
    instansi: 'Dinas Besar',
    tahun: 2024,
    aturan: { skala: 'PERMENDAGRI_54_2010' },
    sasaran,
    anggaran: [{ kode: '1', nama: 'Dinas Besar', anak: program }],
    tercetak,
  };
}

export default async function (): Promise<void> {
  const json = buatLaporan();
  const dibaca = bacaLaporan(json);
  const contoh = auditLaporan(dibaca);
  const figur = json.tercetak?.length ?? 0;
  console.log(
    `\nlaporan audit: ${figur.toLocaleString('id-ID')} angka tercetak — ` +
      `${contoh.ringkasan.cocok} cocok, ${contoh.ringkasan.cocokDenganKebiasaan} cocok dengan kebiasaan, ` +
      `${contoh.ringkasan.salah} salah, ${contoh.ringkasan.tidakDapatDiperiksa} tidak dapat diperiksa`,
  );
  const hasil = await bandingkan(
    'auditLaporan terhadap hitungLaporan, laporan yang sama',
    figur,
    [
      { nama: 'auditLaporan (objek JSON)', jalankan: () => auditLaporan(json) },
      { nama: 'hitungLaporan (objek JSON)', jalankan: () => hitungLaporan(json) },
      { nama: 'auditLaporan (sudah dibaca)', jalankan: () => auditLaporan(dibaca) },
      { nama: 'hitungLaporan (sudah dibaca)', jalankan: () => hitungLaporan(dibaca) },
    ],
    { putaranMin: 8 },
  );
  rasio('auditLaporan ÷ hitungLaporan, dari objek JSON (sasaran ≤ 3×)', hasil[0], hasil[1]);
  rasio('auditLaporan ÷ hitungLaporan, laporan sudah dibaca', hasil[2], hasil[3]);
}
