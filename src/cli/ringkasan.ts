// Text summary of a report for the terminal: the figures as read, formatted the Indonesian way.
import { formatAngka, formatRupiah } from '../angka/formatAngka.js';
import { parseAngka } from '../angka/parseAngka.js';
import type { NodeAnggaran } from '../model/Anggaran.js';
import type { Laporan } from '../model/Laporan.js';
import { tabel } from './tabel.js';

function simpul(node: NodeAnggaran, kedalaman: number): string[][] {
  const a = node.anggaran;
  const diri = [
    `${'  '.repeat(kedalaman)}${node.nama}`.slice(0, 70),
    a ? formatRupiah(a.pagu) : '—',
    a ? formatRupiah(a.realisasi) : '—',
  ];
  return [diri, ...node.anak.flatMap((n) => simpul(n, kedalaman + 1))];
}

/** A plain-text summary of a validated report: indicators, budget tree, printed figures read. */
export function ringkasLaporan(laporan: Laporan): string {
  const indikator = laporan.sasaran.flatMap((s) =>
    s.indikator.map((i) => [
      s.id,
      i.id,
      i.nama.slice(0, 60),
      i.target === null ? '—' : formatAngka(i.target),
      i.realisasi === null ? '—' : formatAngka(i.realisasi),
    ]),
  );
  const tercetak = laporan.tercetak.map((t) => {
    let terbaca: string;
    try {
      terbaca = formatAngka(parseAngka(t.teks, { format: t.format ?? 'id' }));
    } catch {
      terbaca = '(teks)';
    }
    return [t.rujukan.slice(0, 60), t.teks, terbaca, t.lokasi ?? ''];
  });
  return [
    `${laporan.jenis ?? 'Laporan'} ${laporan.tahun} — ${laporan.instansi}`,
    '',
    tabel(['sasaran', 'indikator', 'nama', 'target', 'realisasi'], indikator),
    '',
    tabel(
      ['anggaran', 'pagu', 'realisasi'],
      laporan.anggaran.flatMap((n) => simpul(n, 0)),
    ),
    '',
    `Angka tercetak (${laporan.tercetak.length}):`,
    tabel(['rujukan', 'teks', 'terbaca', 'lokasi'], tercetak),
  ].join('\n');
}
