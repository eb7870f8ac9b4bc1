// Regression test of the bundled sample report (data/lkip-2024-dinsos-barito-kuala.json): the LKIP 2024
// of Dinas Sosial Kabupaten Barito Kuala, every printed figure sakip can compute. It checks the file
// itself — readable, well-formed paths, figures as the report prints them, a budget tree that adds up
// except where the report is wrong — not the audit's verdicts (test/audit/ does that).
import { describe, expect, it } from 'vitest';
import contoh from '../../data/lkip-2024-dinsos-barito-kuala.json' with { type: 'json' };
import {
  ATURAN_EFISIENSI,
  bacaLaporan,
  type Decimal,
  type NodeAnggaran,
  parseAngka,
  rekapAnggaran,
  SKALA,
  uraiRujukan,
} from '../../src/index.js';

const laporan = bacaLaporan(contoh);
const tercetak = laporan.tercetak;

/** The printed text read as a number, in the figure's format (the report's is `id`). */
const angka = (t: { teks: string; format?: 'id' | 'en' }): Decimal =>
  parseAngka(t.teks, { format: t.format ?? 'id' });

/** Every node of the budget tree with its path, walked without recursion. */
function simpul(): { node: NodeAnggaran; jalur: string }[] {
  const hasil: { node: NodeAnggaran; jalur: string }[] = [];
  const tumpuk = laporan.anggaran.map((node, i) => ({ node, jalur: `anggaran[${i}]` }));
  while (tumpuk.length > 0) {
    const x = tumpuk.shift()!;
    hasil.push(x);
    x.node.anak.forEach((a, i) => {
      tumpuk.push({ node: a, jalur: `${x.jalur}.anak[${i}]` });
    });
  }
  return hasil;
}
const semuaSimpul = simpul();
const simpulBernama = (nama: string): NodeAnggaran => {
  const ada = semuaSimpul.filter((s) => s.node.nama === nama);
  expect(ada, nama).toHaveLength(1);
  return ada[0]!.node;
};

/** The sum of pagu and realisasi of a node's leaves. */
function jumlahDaun(n: NodeAnggaran): { pagu: Decimal; realisasi: Decimal } {
  let pagu: Decimal | undefined;
  let realisasi: Decimal | undefined;
  const tumpuk = [n];
  while (tumpuk.length > 0) {
    const x = tumpuk.pop()!;
    if (x.anak.length > 0) {
      tumpuk.push(...x.anak);
      continue;
    }
    const a = x.anggaran!;
    pagu = pagu === undefined ? a.pagu : pagu.plus(a.pagu);
    realisasi = realisasi === undefined ? a.realisasi : realisasi.plus(a.realisasi);
  }
  return { pagu: pagu!, realisasi: realisasi! };
}

describe('laporan contoh: berkas', () => {
  it('terbaca oleh bacaLaporan, dengan aturan yang dikenal sakip', () => {
    expect(tercetak.length).toBe(contoh.tercetak.length);
    expect(tercetak.length).toBeGreaterThanOrEqual(250);
    expect(laporan.aturan).toEqual({ skala: 'PERMENDAGRI_54_2010', efisiensi: 'BARITO_KUALA_2023' });
    expect(Object.keys(SKALA)).toContain(laporan.aturan?.skala);
    expect(Object.keys(ATURAN_EFISIENSI)).toContain(laporan.aturan?.efisiensi);
    expect(laporan.format).toBe('id');
  });

  it('tidak ada lagi field besaran (diturunkan dari rujukan)', () => {
    expect(contoh.tercetak.filter((t) => 'besaran' in t)).toEqual([]);
  });

  it('setiap pasangan (rujukan, lokasi) muncul sekali', () => {
    const dilihat = new Map<string, number>();
    const ganda: string[] = [];
    tercetak.forEach((t, i) => {
      expect(t.lokasi, `tercetak[${i}] tanpa lokasi`).toBeTruthy();
      const k = `${t.rujukan} @ ${t.lokasi}`;
      if (dilihat.has(k)) ganda.push(`${k} (tercetak[${dilihat.get(k)}] dan [${i}])`);
      dilihat.set(k, i);
    });
    expect(ganda).toEqual([]);
  });

  it('angka sebuah lokasi berurutan (urutan laporan: satu blok per tabel atau uraian)', () => {
    const selesai = new Set<string>();
    const terpecah: string[] = [];
    tercetak.forEach((t, i) => {
      const lokasi = t.lokasi ?? '';
      if (selesai.has(lokasi)) terpecah.push(`${lokasi} (tercetak[${i}])`);
      if (i > 0 && tercetak[i - 1]?.lokasi !== lokasi) selesai.add(tercetak[i - 1]?.lokasi ?? '');
    });
    expect(terpecah).toEqual([]);
  });
});

describe('laporan contoh: rujukan dan teks', () => {
  const idIndikator = new Set(laporan.sasaran.flatMap((s) => s.indikator.map((i) => i.id)));
  const idSasaran = new Set(laporan.sasaran.map((s) => s.id));
  const namaSimpul = new Set(semuaSimpul.map((s) => s.node.nama));

  it('setiap rujukan mengikuti tata rujukan dan menyebut id atau nama yang ada di laporan', () => {
    const masalah: string[] = [];
    for (const t of tercetak) {
      const r = uraiRujukan(t.rujukan);
      if (r.jenis === 'tidak-valid') {
        masalah.push(r.pesan);
        continue;
      }
      if ((r.jenis === 'indikator' || r.jenis === 'riwayat') && !idIndikator.has(r.indikator))
        masalah.push(`${t.rujukan}: indikator tidak ada`);
      if (r.jenis === 'riwayat' && r.tahun !== laporan.tahun - 1) masalah.push(`${t.rujukan}: tahun`);
      if (r.jenis === 'sasaran' && !idSasaran.has(r.sasaran)) masalah.push(`${t.rujukan}: sasaran tidak ada`);
      if (r.jenis === 'anggaran' && !namaSimpul.has(r.simpul)) masalah.push(`${t.rujukan}: simpul tidak ada`);
      if (!['indikator', 'riwayat', 'sasaran', 'anggaran', 'rata-rata', 'laporan'].includes(r.jenis))
        masalah.push(`${t.rujukan}: laporan ini tidak memuat SKM, IKPA atau NKA`);
    }
    expect(masalah).toEqual([]);
  });

  it('nama simpul anggaran unik (rujukan anggaran/<nama>/… tidak mendua)', () => {
    expect(namaSimpul.size).toBe(semuaSimpul.length);
  });

  it('label hanya untuk predikat, dan label itu pita skala laporan', () => {
    const pita = new Set(SKALA.PERMENDAGRI_54_2010.interval.map((p) => p.label.toLowerCase()));
    const label = tercetak.filter((t) => t.rujukan.endsWith('/predikat'));
    // Ikhtisar (3), Tabel 3.1.4 (3 + rata-rata), Bab IV (3).
    expect(label.length).toBe(10);
    for (const t of label) expect(pita, `${t.rujukan} @ ${t.lokasi}`).toContain(t.teks.toLowerCase());
  });

  it('setiap angka terbaca dalam formatnya; tanpa % dan Rp (teks angka saja)', () => {
    const masalah: string[] = [];
    for (const t of tercetak) {
      if (t.rujukan.endsWith('/predikat')) continue;
      if (/%|Rp|persen/i.test(t.teks)) masalah.push(`${t.rujukan} @ ${t.lokasi}: "${t.teks}"`);
      try {
        angka(t);
      } catch (e) {
        masalah.push(`${t.rujukan} @ ${t.lokasi}: ${(e as Error).message}`);
      }
      // A "." decimal mark (71.86, -0.593) is the English format, declared on the figure.
      if (/^-?\d{1,3}\.\d{1,2}$|^-?0\.\d+$/.test(t.teks) && t.format !== 'en')
        masalah.push(`${t.rujukan} @ ${t.lokasi}: "${t.teks}" perlu format en`);
    }
    expect(masalah).toEqual([]);
  });

  // Figures as printed in the report (the text is in ../shared/seeds/), the ones the audit's findings
  // are about first.
  const KUNCI: [rujukan: string, lokasi: string, teks: string][] = [
    ['indikator/IKU-2/capaian', 'Tabel 3.1.1', '55,72'],
    ['indikator/IKU-3/capaian', 'Tabel 3.1.1', '100,06'],
    ['indikator/IKU-3/realisasi', 'Tabel 3.1.1', '71.91'],
    ['laporan/rataRata/target', 'Tabel 3.1.1', '47,39'],
    ['laporan/rataRata/realisasi', 'Tabel 3.1.1', '55,11'],
    ['laporan/rataRata/capaian', 'Tabel 3.1.1', '96,7'],
    ['laporan/rataRata/capaian', 'Tabel 3.1.4', '96,22'],
    ['indikator/IKU-2/realisasi', 'Uraian Tabel 3.1.1', '0,67'],
    ['indikator/IKU-1/realisasi', 'Uraian Sasaran Strategis 1, butir 3)', '94,88'],
    ['indikator/IKU-1/capaianRenstra', 'Tabel 3.2.5 (Sasaran 1)', '135,38'],
    ['indikator/IKU-1/riwayat/2023/realisasi', 'Tabel 3.2.4 (Sasaran 1)', '66,97'],
    ['indikator/IKU-2/riwayat/2023/realisasi', 'Tabel 3.2.4 (Sasaran 2)', '1'],
    ['indikator/IKU-3/riwayat/2023/realisasi', 'Tabel 3.2.4 (Sasaran 3)', '71,86'],
    ['indikator/IKU-1/perubahanTahunan', 'Uraian Tabel 3.2.4 (Sasaran 1)', '25,74'],
    ['indikator/IKU-2/perubahanTahunan', 'Uraian Tabel 3.2.4 (Sasaran 2)', '-0,27'],
    ['indikator/IKU-3/perubahanTahunan', 'Uraian Tabel 3.2.4 (Sasaran 3)', '0,05'],
    [
      'sasaran/S1/paguKaliCapaian',
      'Uraian Sasaran Strategis 1, butir 6), rumus efisiensi',
      '2.878.102.655,87',
    ],
    [
      'sasaran/S1/selisihEfisiensi',
      'Uraian Sasaran Strategis 1, butir 6), rumus efisiensi',
      '764.850.434,87',
    ],
    ['sasaran/S1/efisiensi', 'Tabel 3.2.13 (Sasaran 1)', '0,266'],
    ['sasaran/S2/paguKaliCapaian', 'Uraian Sasaran Strategis 2, butir 6), rumus efisiensi', '684.145.198,83'],
    [
      'sasaran/S2/selisihEfisiensi',
      'Uraian Sasaran Strategis 2, butir 6), rumus efisiensi',
      '-405.966.399,17',
    ],
    ['sasaran/S2/efisiensi', 'Tabel 3.2.13 (Sasaran 2)', '-0.593'],
    ['sasaran/S2/efisiensi', 'Uraian Tabel 3.2.13 (Sasaran 2)', '0,593'],
    ['sasaran/S3/selisihEfisiensi', 'Uraian Sasaran Strategis 3, butir 6), rumus efisiensi', '315.943.796'],
    ['sasaran/S3/efisiensi', 'Tabel 3.2.13 (Sasaran 3)', '0,067'],
    ['sasaran/S3/efisiensi', 'Uraian Sasaran Strategis 3, butir 6), hasil efisiensi', '-0,736'],
    [
      'anggaran/Program Rehabilitasi Sosial/realisasi',
      'Tabel program/kegiatan Sasaran 1',
      '1.090.111.598,00',
    ],
    ['anggaran/Program Rehabilitasi Sosial/penyerapan', 'Tabel program/kegiatan Sasaran 1', '88,78'],
    [
      'anggaran/Jasa Penunjang Urusan Pemerintahan Daerah/penyerapan',
      'Tabel program/kegiatan Sasaran 3',
      '88,95',
    ],
    [
      'anggaran/Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah/penyerapan',
      'Tabel program/kegiatan Sasaran 3',
      '96,64',
    ],
    [
      'anggaran/Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota/pagu',
      'Uraian 2.2 Perjanjian Kinerja',
      '3.205.880.796',
    ],
    ['sasaran/S1/capaian', 'Tabel 3.2.19', '137,47'],
    ['sasaran/S2/capaian', 'Tabel 3.2.19', '51,14'],
    ['sasaran/S3/capaian', 'Tabel 3.2.19', '100,06'],
    ['sasaran/S3/penyerapan', 'Tabel 3.2.12', '93,28'],
    ['sasaran/S3/penyerapan', 'Tabel 3.2.19', '93,27'],
    ['laporan/penyerapan', 'Tabel 3.2.12', '94,01'],
    ['laporan/realisasi', 'Tabel 3.2.12', '7.586.731.701,00'],
    ['indikator/IKU-2/predikat', 'Tabel 3.1.4', 'Kurang'],
    ['laporan/rataRata/predikat', 'Tabel 3.1.4', 'Sangat Baik'],
  ];
  it.each(KUNCI)('%s @ %s tercetak "%s"', (rujukan, lokasi, teks) => {
    expect(tercetak.filter((t) => t.rujukan === rujukan && t.lokasi === lokasi).map((t) => t.teks)).toEqual([
      teks,
    ]);
  });

  it('jumlah angka per jenis rujukan', () => {
    const per = new Map<string, number>();
    for (const t of tercetak) {
      const r = uraiRujukan(t.rujukan);
      const b = t.rujukan.slice(t.rujukan.lastIndexOf('/') + 1);
      const k = `${r.jenis}/${b}`;
      per.set(k, (per.get(k) ?? 0) + 1);
    }
    // Every kind the report prints is there: capaian, target, realisasi, the means, predikat,
    // capaianRenstra, perubahanTahunan, last year's realisasi, budget figures at every level, efficiency.
    for (const k of [
      'indikator/capaian',
      'indikator/target',
      'indikator/realisasi',
      'indikator/predikat',
      'indikator/capaianRenstra',
      'indikator/targetRenstra',
      'indikator/perubahanTahunan',
      'riwayat/realisasi',
      'rata-rata/target',
      'rata-rata/realisasi',
      'rata-rata/capaian',
      'rata-rata/predikat',
      'sasaran/capaian',
      'sasaran/pagu',
      'sasaran/realisasi',
      'sasaran/penyerapan',
      'sasaran/efisiensi',
      'sasaran/paguKaliCapaian',
      'sasaran/selisihEfisiensi',
      'anggaran/pagu',
      'anggaran/realisasi',
      'anggaran/penyerapan',
      'laporan/pagu',
      'laporan/realisasi',
      'laporan/penyerapan',
    ]) {
      expect(per.get(k), k).toBeGreaterThan(0);
    }
    expect(per.get('riwayat/realisasi')).toBe(3);
    expect(per.get('indikator/perubahanTahunan')).toBe(3);
    expect(per.get('sasaran/paguKaliCapaian')).toBe(3);
    expect(per.get('sasaran/selisihEfisiensi')).toBe(3);
  });
});

describe('laporan contoh: masukan model sama dengan laporan', () => {
  const indikator = new Map(laporan.sasaran.flatMap((s) => s.indikator.map((i) => [i.id, i] as const)));

  it.each([
    // id, target, realisasi, target Renstra 2024, realisasi 2023 (Tabel 3.1.1, 3.2.4, 3.2.5)
    ['IKU-1', '69.02', '92.71', '68.48', '66.97'],
    ['IKU-2', '1.31', '0.73', '1.31', '1'],
    ['IKU-3', '71.86', '71.91', '71.95', '71.86'],
  ])('%s: target %s, realisasi %s, Renstra %s, tahun lalu %s', (id, target, realisasi, renstra, lalu) => {
    const i = indikator.get(id)!;
    expect([i.target, i.realisasi, i.targetRenstra?.tahunIni, i.realisasiTahunLalu].map(String)).toEqual([
      target,
      realisasi,
      renstra,
      lalu,
    ]);
    expect(i.polaritas).toBe('positif');
  });

  it('volume: 11.193 / 15.036 KK (IKU-1), 212 / 115 KK (IKU-2)', () => {
    expect(
      [indikator.get('IKU-1')?.volume, indikator.get('IKU-2')?.volume].map((v) => [
        String(v?.target),
        String(v?.realisasi),
      ]),
    ).toEqual([
      ['11193', '15036'],
      ['212', '115'],
    ]);
  });

  it('setiap sasaran dilayani program sesuai Tabel 2.2', () => {
    const program = laporan.anggaran[0]!.anak.map((p) => [p.nama, p.sasaranId]);
    expect(program).toEqual([
      ['Program Perlindungan dan Jaminan Sosial', ['S1']],
      ['Program Penanganan Bencana', ['S1']],
      ['Program Rehabilitasi Sosial', ['S1']],
      ['Program Pemberdayaan Sosial', ['S2']],
      ['Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', ['S3']],
    ]);
  });
});

describe('laporan contoh: pohon anggaran', () => {
  it('daun menjumlah ke total akar yang tercetak (8.069.859.523 / 7.586.731.701)', () => {
    const akar = laporan.anggaran[0]!;
    const j = jumlahDaun(akar);
    expect([j.pagu, j.realisasi].map(String)).toEqual(['8069859523', '7586731701']);
    expect([akar.anggaran?.pagu, akar.anggaran?.realisasi].map(String)).toEqual(['8069859523', '7586731701']);
  });

  it('setiap induk sama dengan jumlah anaknya, kecuali realisasi Program Rehabilitasi Sosial (salah di laporan)', () => {
    // The report prints Program Pemberdayaan Sosial's realisasi (1.090.111.598) on the Program
    // Rehabilitasi Sosial row; its three sub-kegiatan add up to 612.898.347. Everything else adds up.
    const beda: string[][] = [];
    for (const { node } of semuaSimpul) {
      if (node.anak.length === 0 || node.anggaran === undefined) continue;
      const j = jumlahDaun(node);
      if (!j.pagu.eq(node.anggaran.pagu))
        beda.push([node.nama, 'pagu', String(node.anggaran.pagu), String(j.pagu)]);
      if (!j.realisasi.eq(node.anggaran.realisasi))
        beda.push([node.nama, 'realisasi', String(node.anggaran.realisasi), String(j.realisasi)]);
    }
    expect(beda).toEqual([['Program Rehabilitasi Sosial', 'realisasi', '1090111598', '612898347']]);
    expect(
      rekapAnggaran(contoh.anggaran as never).temuan.map((t) => [t.jenis, t.nama, String(t.selisih)]),
    ).toEqual([['realisasi-tidak-sama', 'Program Rehabilitasi Sosial', '477213251']]);
  });

  it('uang per sasaran dari daun sama dengan Tabel 3.2.12', () => {
    const per = new Map<string, { pagu: Decimal; realisasi: Decimal }>();
    for (const p of laporan.anggaran[0]!.anak) {
      const j = jumlahDaun(p);
      const id = p.sasaranId![0]!;
      const ada = per.get(id);
      per.set(id, ada ? { pagu: ada.pagu.plus(j.pagu), realisasi: ada.realisasi.plus(j.realisasi) } : j);
    }
    expect([...per].map(([id, j]) => [id, String(j.pagu), String(j.realisasi)])).toEqual([
      ['S1', '2142720865', '2113252231'],
      ['S2', '1227826990', '1090111598'],
      ['S3', '4699311668', '4383367872'],
    ]);
  });

  it('uang yang tercetak sama dengan pohon, kecuali pagu program penunjang di uraian 2.2 (salah di laporan)', () => {
    // Rupiah figures are inputs of the tree, not computed: a difference is a typo in this file or
    // a wrong figure in the report. The only one: 3.205.880.796 in the prose of 2.2, where Tabel 2.2
    // and the program table of sasaran 3 print 4.699.311.668.
    const sasaran = new Map<string, { pagu: Decimal; realisasi: Decimal }>();
    for (const p of laporan.anggaran[0]!.anak) {
      const id = p.sasaranId![0]!;
      const j = jumlahDaun(p);
      const ada = sasaran.get(id);
      sasaran.set(id, ada ? { pagu: ada.pagu.plus(j.pagu), realisasi: ada.realisasi.plus(j.realisasi) } : j);
    }
    const akar = laporan.anggaran[0]!.anggaran!;
    const beda: string[] = [];
    let diperiksa = 0;
    for (const t of tercetak) {
      const r = uraiRujukan(t.rujukan);
      let nilai: Decimal | undefined;
      if (r.jenis === 'anggaran' && (r.bagian === 'pagu' || r.bagian === 'realisasi')) {
        nilai = simpulBernama(r.simpul).anggaran?.[r.bagian];
      } else if (r.jenis === 'sasaran' && (r.bagian === 'pagu' || r.bagian === 'realisasi')) {
        nilai = sasaran.get(r.sasaran)?.[r.bagian];
      } else if (r.jenis === 'laporan' && (r.bagian === 'pagu' || r.bagian === 'realisasi')) {
        nilai = akar[r.bagian];
      } else continue;
      diperiksa++;
      if (nilai === undefined || !angka(t).eq(nilai)) beda.push(`${t.rujukan} @ ${t.lokasi}: ${t.teks}`);
    }
    expect(diperiksa).toBeGreaterThan(80);
    expect(beda).toEqual([
      'anggaran/Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota/pagu @ Uraian 2.2 Perjanjian Kinerja: 3.205.880.796',
    ]);
  });
});
