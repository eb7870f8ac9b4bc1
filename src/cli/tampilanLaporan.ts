// Text rendering of a computed report (hitungLaporan) for the terminal: the figures as the policy
// prints them next to the exact ones. Formatting only — every number comes from the library.
import type { Decimal } from '../angka/Decimal.js';
import { formatAngka, formatPersen, formatRupiah } from '../angka/formatAngka.js';
import type { HasilLaporan } from '../laporan/hitungLaporan.js';
import { tabel } from './tabel.js';

const persen = (x: Decimal | null | undefined, desimal = 2) =>
  x === null || x === undefined ? '—' : formatAngka(x, { desimal });

/** Renders a computed report as plain text, Indonesian format. */
export function tampilkanLaporan(h: HasilLaporan, judul: string): string {
  const bagian: string[] = [judul, `Kebijakan pembulatan: ${h.kebijakan}`, ''];

  const iku = h.sasaran.flatMap((s) =>
    s.indikator.map((i) =>
      i.status === 'dihitung'
        ? [
            s.id,
            i.id,
            formatAngka(i.target),
            formatAngka(i.realisasi.tampil),
            formatAngka(i.capaian.tepat, { desimal: 6, mode: 'potong' }),
            formatAngka(i.capaian.tampil),
            formatAngka(i.capaian.tepat, { desimal: 2 }),
            i.predikat?.label ?? '—',
          ]
        : [s.id, i.id, '—', '—', '—', '—', '—', `tidak dapat dihitung: ${i.alasan}`],
    ),
  );
  if (iku.length > 0)
    bagian.push(
      'Capaian indikator (%)',
      tabel(
        [
          'sasaran',
          'indikator',
          'target',
          'realisasi',
          'capaian tepat',
          'menurut kebijakan',
          'setengah-atas',
          'predikat',
        ],
        iku,
      ),
      '',
    );
  if (h.rataRata?.status === 'dihitung') {
    const r = h.rataRata;
    bagian.push(
      `Rata-rata: target ${formatAngka(r.rataRataTarget.tampil)}, realisasi ${formatAngka(r.rataRataRealisasi.tampil)}, ` +
        `capaian ${formatAngka(r.capaian.tampil)}${r.predikat ? ` (${r.predikat.label})` : ''}`,
      '',
    );
  }

  if (h.anggaran) {
    bagian.push(
      'Anggaran per sasaran (dari rincian terbawah)',
      tabel(
        ['sasaran', 'pagu', 'realisasi', 'sisa', 'penyerapan'],
        h.anggaran.perSasaran.map((p) => [
          p.sasaranId,
          formatRupiah(p.pagu),
          formatRupiah(p.realisasi),
          formatRupiah(p.sisa),
          p.penyerapan === null ? '—' : formatPersen(p.penyerapan, { desimal: 2 }),
        ]),
      ),
      '',
    );
    const temuan = h.anggaran.temuan;
    bagian.push(`Temuan rekap anggaran (${temuan.length}):`, ...temuan.map((t) => `- ${t.keterangan}`), '');
  }

  if (h.efisiensi.length > 0) {
    bagian.push(
      'Efisiensi per sasaran (E dalam persen)',
      tabel(
        ['sasaran', 'capaian dipakai', 'E mentah', 'E', 'nilai efisiensi', 'keterangan'],
        h.efisiensi.map((e) => {
          if (e.status !== 'dihitung') return [e.sasaranId, '—', '—', '—', '—', e.keterangan];
          const r = e.hasil;
          if (!r.dihitung) return [e.sasaranId, '—', '—', '—', '—', r.keterangan];
          const butir = r.butir[0];
          return [
            e.sasaranId,
            butir?.dihitung ? persen(butir.capaianDipakai) : '—',
            persen(r.eMentah, 4),
            persen(r.e, 4),
            persen(r.nilaiEfisiensi, 2),
            r.dibatasi ? `dibatasi ±${formatAngka(r.batas ?? 0)}%` : '',
          ];
        }),
      ),
    );
  }
  if (h.skm) {
    bagian.push(
      '',
      `SKM gabungan ${h.skm.unit.length} unit: IKM ${formatAngka(h.skm.ikm, { desimal: 4 })}, ` +
        `nilai ${formatAngka(h.skm.nilai, { desimal: 2 })}, mutu ${h.skm.mutu} (${h.skm.kinerja})`,
    );
  }
  if (h.ikpa) {
    bagian.push(
      '',
      `IKPA (${h.ikpa.versi}): nilai akhir ${formatAngka(h.ikpa.nilaiAkhir, { desimal: 2 })}` +
        `${h.ikpa.predikat ? ` (${h.ikpa.predikat.label})` : ''}`,
    );
  }
  return bagian.join('\n').trimEnd();
}
