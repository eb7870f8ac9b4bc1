// A computed report (hitungLaporan) for people — indicators, sasaran, the mean, the budget tree,
// efficiency, SKM, IKPA — and as tidy CSV (one computed quantity per record) or JSON. Formatting only:
// every number comes from the library; display rounding is the library's writer.

import type { RekapSimpul } from '../../anggaran/inti/rekap.js';
import type { Decimal } from '../../angka/Decimal.js';
import type { HasilPembulatan } from '../../angka/kebijakanPembulatan.js';
import type { HasilIkpa } from '../../ikpa/ikpa.js';
import type { HasilLaporan } from '../../laporan/hitungLaporan.js';
import { csv } from '../csv.js';
import type { Dokumen, Sel } from '../dokumen.js';
import { keJson } from '../json.js';
import {
  angkaBulat,
  angkaMesin,
  angkaPenuh,
  angkaRingkas,
  bilangan,
  type CaraAngka,
  rupiah,
  tampilAngka,
} from '../teks.js';
import { type AsalAturan, namaAturan, tulisAsal } from './aturan.js';

/** What the renderer needs besides the result. */
export interface KonteksLaporan extends CaraAngka {
  judul: string;
  /** The efficiency rule applied (its id), and where each choice came from. */
  efisiensi: string;
  asal: { kebijakan: AsalAturan; skala: AsalAturan; efisiensi: AsalAturan };
  /** Every node of the budget tree, not only the roots. */
  pohon: boolean;
}

/** An input as entered: every digit (inputs are short), cut at 4 decimals unless `--tepat`. */
const masukan = (x: Decimal, k: CaraAngka): string => (k.tepat ? angkaPenuh(x) : angkaRingkas(x, 4));

/** A value as the policy prints it: with the rule's decimals, or as an exact value when it has none. */
function tercetak(h: HasilPembulatan, k: CaraAngka): string {
  return h.aturan === undefined ? tampilAngka(h.tampil, k) : angkaBulat(h.tampil, h.aturan.desimal);
}

const persen = (x: Decimal | null, k: CaraAngka): string => (x === null ? '—' : `${tampilAngka(x, k)}%`);

/** The rules applied, one line each. */
export function barisAturanLaporan(h: HasilLaporan, k: KonteksLaporan): string[] {
  const baris = [
    `Kebijakan pembulatan: ${namaAturan('kebijakan', h.kebijakan)} ${tulisAsal(k.asal.kebijakan, 'kebijakan')}`,
    h.skala === undefined
      ? 'Skala predikat: tidak ada — predikat tidak dihitung (pilih dengan --skala)'
      : `Skala predikat: ${namaAturan('skala', h.skala)} ${tulisAsal(k.asal.skala, 'skala')}`,
    `Aturan efisiensi: ${namaAturan('efisiensi', k.efisiensi)} ${tulisAsal(k.asal.efisiensi, 'efisiensi')}`,
  ];
  if (h.skm !== null && ('unit' in h.skm || h.skm.status === 'dihitung')) {
    baris.push(`Aturan SKM: ${namaAturan('skm', h.skm.aturan)} (dari laporan)`);
  }
  if (h.ikpa?.status === 'dihitung')
    baris.push(`Aturan IKPA: ${namaAturan('ikpa', h.ikpa.aturan.id)} (dari laporan)`);
  return baris;
}

/** Every node of the budget tree with its depth, in document order, without recursion. */
function* simpulPohon(akar: readonly RekapSimpul[]): Generator<{ s: RekapSimpul; kedalaman: number }> {
  const tumpuk: { s: RekapSimpul; kedalaman: number }[] = [];
  for (let i = akar.length - 1; i >= 0; i--) tumpuk.push({ s: akar[i] as RekapSimpul, kedalaman: 0 });
  while (tumpuk.length > 0) {
    const x = tumpuk.pop() as { s: RekapSimpul; kedalaman: number };
    yield x;
    for (let i = x.s.anak.length - 1; i >= 0; i--)
      tumpuk.push({ s: x.s.anak[i] as RekapSimpul, kedalaman: x.kedalaman + 1 });
  }
}

export function barisIkpa(ikpa: HasilIkpa, k: CaraAngka): Dokumen {
  if (ikpa.status !== 'dihitung')
    return [{ jenis: 'baris', teks: `IKPA tidak dapat dihitung: ${ikpa.pesan}` }];
  return [
    {
      jenis: 'tabel',
      kolom: [
        { judul: 'Indikator' },
        { judul: 'Aspek' },
        { judul: 'Bobot', kanan: true },
        { judul: 'Nilai', kanan: true },
        { judul: 'Tertimbang', kanan: true },
        { judul: 'Nama' },
      ],
      baris: ikpa.perIndikator.map((i) => [
        i.id,
        i.aspek ?? '—',
        `${angkaPenuh(i.bobot)}%`,
        i.nilai === null ? 'tidak berlaku' : tampilAngka(i.nilai, k),
        i.nilaiTertimbang === null ? '—' : tampilAngka(i.nilaiTertimbang, k),
        i.nama,
      ]),
    },
    ...Object.entries(ikpa.aspek).map(([id, a]): Dokumen[number] => ({
      jenis: 'baris',
      teks: `Nilai aspek ${a.nama} (${id}): ${a.status === 'dihitung' ? tampilAngka(a.nilai, k) : a.pesan}`,
    })),
    {
      jenis: 'baris',
      teks:
        `Nilai total ${tampilAngka(ikpa.nilaiTotal, k)}; konversi bobot ${angkaPenuh(ikpa.konversiBobot)}; ` +
        `pengurang dispensasi ${tampilAngka(ikpa.pengurangDispensasi, k)}`,
    },
    {
      jenis: 'baris',
      teks: `Nilai akhir IKPA: ${tampilAngka(ikpa.nilai, k)}${ikpa.predikat ? ` (${ikpa.predikat.label})` : ''}`,
      gaya: 'tebal',
    },
  ];
}

/** The computed report as a document. */
export function dokumenLaporan(h: HasilLaporan, k: KonteksLaporan): Dokumen {
  const dok: Dokumen = [{ jenis: 'judul', teks: k.judul, tingkat: 1 }];
  for (const l of barisAturanLaporan(h, k)) dok.push({ jenis: 'baris', teks: l });
  dok.push({
    jenis: 'baris',
    teks: k.tepat
      ? 'Angka tepat ditulis dengan semua digitnya (--tepat).'
      : 'Angka tepat ditampilkan dibulatkan 2 desimal setengah ke atas; --tepat menampilkan semua digit.',
    gaya: 'redup',
  });
  const denganKebijakan = h.kebijakan !== 'TEPAT';

  const indikator = h.sasaran.flatMap((s) => s.indikator.map((i) => ({ s, i })));
  if (indikator.length > 0) {
    dok.push({ jenis: 'judul', teks: 'Capaian indikator (%)', tingkat: 2 });
    dok.push({
      jenis: 'tabel',
      kolom: [
        { judul: 'Sasaran' },
        { judul: 'Indikator' },
        { judul: 'Target', kanan: true },
        { judul: 'Realisasi', kanan: true },
        { judul: 'Capaian', kanan: true },
        ...(denganKebijakan ? [{ judul: `Tercetak (${h.kebijakan})`, kanan: true }] : []),
        { judul: 'Predikat' },
        { judul: 'Keterangan' },
      ],
      baris: indikator.map(({ s, i }): Sel[] =>
        i.status === 'dihitung'
          ? [
              s.id,
              i.id,
              masukan(i.target, k),
              masukan(i.realisasi.tepat, k),
              tampilAngka(i.nilai, k),
              ...(denganKebijakan ? [tercetak(i.capaian, k)] : []),
              i.predikat?.label ?? '—',
              i.nama,
            ]
          : [
              s.id,
              i.id,
              '—',
              '—',
              '—',
              ...(denganKebijakan ? ['—'] : []),
              '—',
              { teks: `tidak dapat dihitung: ${i.pesan}`, gaya: 'kuning' },
            ],
      ),
    });
    dok.push({ jenis: 'judul', teks: 'Capaian sasaran (rata-rata indikatornya, %)', tingkat: 2 });
    dok.push({
      jenis: 'tabel',
      kolom: [
        { judul: 'Sasaran' },
        { judul: 'Capaian', kanan: true },
        ...(denganKebijakan ? [{ judul: `Tercetak (${h.kebijakan})`, kanan: true }] : []),
        { judul: 'Predikat' },
        { judul: 'Keterangan' },
      ],
      baris: h.sasaran.map((s): Sel[] =>
        s.status === 'dihitung'
          ? [
              s.id,
              tampilAngka(s.nilai, k),
              ...(denganKebijakan ? [tercetak(s.capaian, k)] : []),
              s.predikat?.label ?? '—',
              s.nama,
            ]
          : [s.id, '—', ...(denganKebijakan ? ['—'] : []), '—', { teks: s.pesan, gaya: 'kuning' }],
      ),
    });
  }
  const r = h.rataRata;
  if (r !== null) {
    dok.push(
      r.status === 'dihitung'
        ? {
            jenis: 'baris',
            teks:
              `Rata-rata capaian seluruh indikator: ${tampilAngka(r.nilai, k)}` +
              `${denganKebijakan ? ` (tercetak ${tercetak(r.capaian, k)})` : ''}` +
              `${r.predikat ? ` — ${r.predikat.label}` : ''}; rata-rata target ${tercetak(r.rataRataTarget, k)}, ` +
              `rata-rata realisasi ${tercetak(r.rataRataRealisasi, k)}`,
          }
        : { jenis: 'baris', teks: `Rata-rata capaian tidak dapat dihitung: ${r.pesan}`, gaya: 'kuning' },
    );
  }

  const a = h.anggaran;
  if (a !== null) {
    const semua = [...simpulPohon(a.akar)].filter((x) => k.pohon || x.kedalaman === 0);
    dok.push({
      jenis: 'judul',
      teks: k.pohon ? 'Pohon anggaran' : 'Anggaran (akar pohon; --pohon untuk semua simpul)',
      tingkat: 2,
    });
    dok.push({
      jenis: 'tabel',
      kolom: [
        { judul: 'Simpul', maks: 72 },
        { judul: 'Pagu', kanan: true },
        { judul: 'Realisasi', kanan: true },
        { judul: 'Sisa', kanan: true },
        { judul: 'Penyerapan', kanan: true },
      ],
      baris: semua.map(({ s, kedalaman }) => [
        `${'  '.repeat(Math.min(kedalaman, 20))}${s.kode ? `${s.kode} ` : ''}${s.nama}`,
        rupiah(s.pagu, k),
        rupiah(s.realisasi, k),
        rupiah(s.sisa, k),
        persen(s.penyerapan, k),
      ]),
    });
    if (a.perSasaran.length > 0) {
      dok.push({ jenis: 'judul', teks: 'Anggaran per sasaran (dari rincian terbawah)', tingkat: 2 });
      dok.push({
        jenis: 'tabel',
        kolom: [
          { judul: 'Sasaran' },
          { judul: 'Pagu', kanan: true },
          { judul: 'Realisasi', kanan: true },
          { judul: 'Sisa', kanan: true },
          { judul: 'Penyerapan', kanan: true },
        ],
        baris: a.perSasaran.map((p) => [
          p.sasaranId,
          rupiah(p.pagu, k),
          rupiah(p.realisasi, k),
          rupiah(p.sisa, k),
          persen(p.penyerapan, k),
        ]),
      });
    }
    dok.push({ jenis: 'judul', teks: `Temuan rekap anggaran (${bilangan(a.temuan.length)})`, tingkat: 2 });
    if (a.temuan.length === 0) dok.push({ jenis: 'baris', teks: 'Tidak ada.' });
    else dok.push({ jenis: 'daftar', butir: a.temuan.map((t) => t.pesan) });
  }

  if (h.efisiensi.length > 0) {
    dok.push({ jenis: 'judul', teks: 'Efisiensi per sasaran (E dalam persen)', tingkat: 2 });
    dok.push({
      jenis: 'tabel',
      kolom: [
        { judul: 'Sasaran' },
        { judul: 'Capaian dipakai', kanan: true },
        { judul: 'E mentah', kanan: true },
        { judul: 'E', kanan: true },
        { judul: 'Nilai efisiensi', kanan: true },
        // What the policy prints; under TEPAT that is the exact value, already in the columns before.
        ...(denganKebijakan ? [{ judul: `Tercetak (${h.kebijakan})`, kanan: true }] : []),
        { judul: 'Keterangan' },
      ],
      baris: h.efisiensi.map((e): Sel[] => {
        const kosong = denganKebijakan ? ['—', '—', '—', '—', '—'] : ['—', '—', '—', '—'];
        if (e.status !== 'dihitung') return [e.sasaranId, ...kosong, { teks: e.pesan, gaya: 'kuning' }];
        const x = e.hasil;
        if (x.status !== 'dihitung') return [e.sasaranId, ...kosong, { teks: x.pesan, gaya: 'kuning' }];
        const butir = x.butir[0];
        return [
          e.sasaranId,
          butir?.status === 'dihitung' ? tampilAngka(butir.capaianDipakai, k) : '—',
          tampilAngka(x.eMentah, k),
          tampilAngka(x.nilai, k),
          tampilAngka(x.nilaiEfisiensi, k),
          ...(denganKebijakan ? [x.tampil?.teks ?? '—'] : []),
          x.dibatasi && x.batas !== null ? `dibatasi ±${angkaPenuh(x.batas)}%` : '',
        ];
      }),
    });
  }

  const skm = h.skm;
  if (skm !== null) {
    dok.push({ jenis: 'judul', teks: 'Survei Kepuasan Masyarakat (SKM)', tingkat: 2 });
    if ('unit' in skm) {
      dok.push({
        jenis: 'tabel',
        kolom: [{ judul: 'Unit' }, { judul: 'IKM', kanan: true }, { judul: 'Responden', kanan: true }],
        baris: skm.unit.map((u, i) => [u.nama ?? `unit ${i + 1}`, masukan(u.ikm, k), bilangan(u.responden)]),
      });
      dok.push({
        jenis: 'baris',
        teks:
          `IKM gabungan ${skm.unit.length} unit (${bilangan(skm.responden)} responden): ${tampilAngka(skm.ikm, { ...k }, 4)}; ` +
          `nilai ${tampilAngka(skm.nilai, k)}; mutu ${skm.mutu} (${skm.kinerja})`,
        gaya: 'tebal',
      });
    } else if (skm.status === 'dihitung') {
      dok.push({
        jenis: 'baris',
        teks: `IKM ${tampilAngka(skm.ikm, k, 4)}; nilai ${tampilAngka(skm.nilai, k)}; mutu ${skm.mutu} (${skm.kinerja})`,
        gaya: 'tebal',
      });
    } else {
      dok.push({ jenis: 'baris', teks: `SKM tidak dapat dihitung: ${skm.pesan}`, gaya: 'kuning' });
    }
  }
  if (h.ikpa !== null) {
    dok.push({ jenis: 'judul', teks: 'Indikator Kinerja Pelaksanaan Anggaran (IKPA)', tingkat: 2 });
    dok.push(...barisIkpa(h.ikpa, k));
  }
  return dok;
}

export const KOLOM_CSV_LAPORAN = [
  'bagian',
  'id',
  'nama',
  'besaran',
  'nilai',
  'tercetak',
  'keterangan',
] as const;

type BarisCsv = [string, string, string, string, string | null, string | null, string | null];

/**
 * The computed report as tidy CSV: one record per computed quantity (`indikator,IKU-1,…,capaian,
 * 134.32…,134,32,`) — `nilai` exact as a plain decimal, `tercetak` as the policy prints it.
 */
export function csvLaporan(h: HasilLaporan): string {
  const baris: BarisCsv[] = [];
  const cetak = (p: HasilPembulatan) =>
    p.aturan === undefined ? null : angkaBulat(p.tampil, p.aturan.desimal);
  for (const s of h.sasaran) {
    for (const i of s.indikator) {
      if (i.status !== 'dihitung') {
        baris.push(['indikator', i.id, i.nama, 'capaian', null, null, i.pesan]);
        continue;
      }
      baris.push(
        ['indikator', i.id, i.nama, 'target', angkaMesin(i.target), null, null],
        ['indikator', i.id, i.nama, 'realisasi', angkaMesin(i.realisasi.tepat), cetak(i.realisasi), null],
        ['indikator', i.id, i.nama, 'capaian', angkaMesin(i.nilai), cetak(i.capaian), null],
      );
      if (i.predikat)
        baris.push(['indikator', i.id, i.nama, 'predikat', i.predikat.label, null, i.predikat.rentang]);
    }
    if (s.status === 'dihitung') {
      baris.push(['sasaran', s.id, s.nama, 'capaian', angkaMesin(s.nilai), cetak(s.capaian), null]);
      if (s.predikat)
        baris.push(['sasaran', s.id, s.nama, 'predikat', s.predikat.label, null, s.predikat.rentang]);
    } else {
      baris.push(['sasaran', s.id, s.nama, 'capaian', null, null, s.pesan]);
    }
  }
  const r = h.rataRata;
  if (r?.status === 'dihitung') {
    baris.push(
      [
        'laporan',
        'rataRata',
        '',
        'target',
        angkaMesin(r.rataRataTarget.tepat),
        cetak(r.rataRataTarget),
        null,
      ],
      [
        'laporan',
        'rataRata',
        '',
        'realisasi',
        angkaMesin(r.rataRataRealisasi.tepat),
        cetak(r.rataRataRealisasi),
        null,
      ],
      ['laporan', 'rataRata', '', 'capaian', angkaMesin(r.nilai), cetak(r.capaian), null],
    );
    if (r.predikat)
      baris.push(['laporan', 'rataRata', '', 'predikat', r.predikat.label, null, r.predikat.rentang]);
  } else if (r !== null) {
    baris.push(['laporan', 'rataRata', '', 'capaian', null, null, r.pesan]);
  }
  if (h.anggaran !== null) {
    for (const { s } of simpulPohon(h.anggaran.akar)) {
      const id = s.kode ?? s.jalur;
      baris.push(
        ['anggaran', id, s.nama, 'pagu', angkaMesin(s.pagu), null, null],
        ['anggaran', id, s.nama, 'realisasi', angkaMesin(s.realisasi), null, null],
        ['anggaran', id, s.nama, 'sisa', angkaMesin(s.sisa), null, null],
        [
          'anggaran',
          id,
          s.nama,
          'penyerapan',
          s.penyerapan === null ? null : angkaMesin(s.penyerapan),
          null,
          null,
        ],
      );
    }
    for (const p of h.anggaran.perSasaran) {
      baris.push(
        ['anggaranSasaran', p.sasaranId, '', 'pagu', angkaMesin(p.pagu), null, null],
        ['anggaranSasaran', p.sasaranId, '', 'realisasi', angkaMesin(p.realisasi), null, null],
        ['anggaranSasaran', p.sasaranId, '', 'sisa', angkaMesin(p.sisa), null, null],
        [
          'anggaranSasaran',
          p.sasaranId,
          '',
          'penyerapan',
          p.penyerapan === null ? null : angkaMesin(p.penyerapan),
          null,
          null,
        ],
      );
    }
    for (const t of h.anggaran.temuan)
      baris.push(['temuanAnggaran', t.kode ?? t.jalur, t.nama, t.jenis, null, null, t.pesan]);
  }
  for (const e of h.efisiensi) {
    if (e.status !== 'dihitung' || e.hasil.status !== 'dihitung') {
      const pesan = e.status !== 'dihitung' ? e.pesan : e.hasil.status !== 'dihitung' ? e.hasil.pesan : '';
      baris.push(['efisiensi', e.sasaranId, '', 'efisiensi', null, null, pesan]);
      continue;
    }
    const x = e.hasil;
    baris.push(
      ['efisiensi', e.sasaranId, '', 'eMentah', angkaMesin(x.eMentah), null, null],
      ['efisiensi', e.sasaranId, '', 'efisiensi', angkaMesin(x.nilai), x.tampil?.teks ?? null, x.aturan],
      ['efisiensi', e.sasaranId, '', 'nilaiEfisiensi', angkaMesin(x.nilaiEfisiensi), null, null],
    );
  }
  const skm = h.skm;
  if (skm !== null && ('unit' in skm || skm.status === 'dihitung')) {
    baris.push(
      ['skm', '', '', 'ikm', angkaMesin(skm.ikm), null, skm.aturan],
      ['skm', '', '', 'nilai', angkaMesin(skm.nilai), null, null],
      ['skm', '', '', 'mutu', skm.mutu, null, skm.kinerja],
    );
  } else if (skm !== null && !('unit' in skm)) {
    baris.push(['skm', '', '', 'nilai', null, null, skm.pesan]);
  }
  const ikpa = h.ikpa;
  if (ikpa?.status === 'dihitung') {
    for (const i of ikpa.perIndikator) {
      baris.push(
        [
          'ikpa',
          i.id,
          i.nama,
          'nilai',
          i.nilai === null ? null : angkaMesin(i.nilai),
          null,
          i.nilai === null ? 'tidak berlaku' : null,
        ],
        [
          'ikpa',
          i.id,
          i.nama,
          'tertimbang',
          i.nilaiTertimbang === null ? null : angkaMesin(i.nilaiTertimbang),
          null,
          null,
        ],
      );
    }
    baris.push(['ikpa', '', '', 'nilai', angkaMesin(ikpa.nilai), null, ikpa.aturan.id]);
    if (ikpa.predikat)
      baris.push(['ikpa', '', '', 'predikat', ikpa.predikat.label, null, ikpa.predikat.rentang]);
  } else if (ikpa !== null) {
    baris.push(['ikpa', '', '', 'nilai', null, null, ikpa.pesan]);
  }
  return csv(KOLOM_CSV_LAPORAN, baris);
}

/** The computed report as JSON: the rules applied, then the whole result (Decimals as strings). */
export function jsonLaporan(h: HasilLaporan, k: KonteksLaporan): string {
  return keJson({
    aturan: { kebijakan: h.kebijakan, skala: h.skala ?? null, efisiensi: k.efisiensi },
    hasil: h,
  });
}
