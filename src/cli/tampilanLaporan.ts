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
  const e = h.efisiensi.find((x) => x.status === 'dihitung');
  const aturan = [
    `kebijakan pembulatan ${h.kebijakan}`,
    `skala predikat ${h.skala ?? '— (tanpa predikat)'}`,
    ...(e?.status === 'dihitung' ? [`efisiensi ${e.hasil.aturan}`] : []),
  ];
  const bagian: string[] = [judul, `Aturan: ${aturan.join('; ')}`, ''];

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
    bagian.push(`Temuan rekap anggaran (${temuan.length}):`, ...temuan.map((t) => `- ${t.pesan}`), '');
  }

  if (h.efisiensi.length > 0) {
    bagian.push(
      'Efisiensi per sasaran (E dalam persen)',
      tabel(
        ['sasaran', 'capaian dipakai', 'E mentah', 'E', 'nilai efisiensi', 'keterangan'],
        h.efisiensi.map((e) => {
          if (e.status !== 'dihitung') return [e.sasaranId, '—', '—', '—', '—', e.pesan];
          const r = e.hasil;
          if (r.status !== 'dihitung') return [e.sasaranId, '—', '—', '—', '—', r.pesan];
          const butir = r.butir[0];
          return [
            e.sasaranId,
            butir?.status === 'dihitung' ? persen(butir.capaianDipakai) : '—',
            persen(r.eMentah, 4),
            persen(r.nilai, 4),
            persen(r.nilaiEfisiensi, 2),
            r.dibatasi ? `dibatasi ±${formatAngka(r.batas ?? 0)}%` : '',
          ];
        }),
      ),
    );
  }
  const skm = h.skm;
  if (skm !== null) {
    if ('unit' in skm) {
      bagian.push(
        '',
        `SKM gabungan ${skm.unit.length} unit (aturan ${skm.aturan}): IKM ${formatAngka(skm.ikm, { desimal: 4 })}, ` +
          `nilai ${formatAngka(skm.nilai, { desimal: 2 })}, mutu ${skm.mutu} (${skm.kinerja})`,
      );
    } else if (skm.status === 'dihitung') {
      bagian.push(
        '',
        `SKM (aturan ${skm.aturan}): IKM ${formatAngka(skm.ikm, { desimal: 4 })}, ` +
          `nilai ${formatAngka(skm.nilai, { desimal: 2 })}, mutu ${skm.mutu} (${skm.kinerja})`,
      );
    } else {
      bagian.push('', `SKM: ${skm.pesan}`);
    }
  }
  const ikpa = h.ikpa;
  if (ikpa !== null) {
    bagian.push(
      '',
      ikpa.status === 'dihitung'
        ? `IKPA (aturan ${ikpa.aturan.id}): nilai akhir ${formatAngka(ikpa.nilai, { desimal: 2 })}` +
            `${ikpa.predikat ? ` (${ikpa.predikat.label})` : ''}`
        : `IKPA: ${ikpa.pesan}`,
    );
  }
  return bagian.join('\n').trimEnd();
}
