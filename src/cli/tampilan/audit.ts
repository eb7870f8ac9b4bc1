// The audit of a report as people read it (a table per printed figure, the report's habits, the
// conflicts, the budget tree's findings, the counts) and as machines read it (JSON, CSV). Formatting
// only: every verdict and value comes from auditLaporan.
import type { Decimal } from '../../angka/Decimal.js';
import type { HasilAudit, StatusTemuan, TemuanAudit } from '../../audit/jenis.js';
import { csv } from '../csv.js';
import type { Dokumen, Sel } from '../dokumen.js';
import { keJson } from '../json.js';
import { angkaMesin, angkaPenuh, angkaRingkas, apakahDecimal, bilangan, type Gaya } from '../teks.js';
import { type AsalAturan, namaAturan, tulisAsal } from './aturan.js';

/** What the renderers need besides the result: the title, where each rule came from, the figures' formats. */
export interface KonteksAudit {
  judul: string;
  /** Lines under the title (the file audited …). */
  keterangan?: readonly string[];
  asal: { skala: AsalAturan; efisiensi: AsalAturan };
  /** The number format of figure i (its own, else the report's). */
  formatAngka: (indeks: number) => 'id' | 'en';
  /** Every digit of the computed values. */
  tepat: boolean;
}

const STATUS: Record<StatusTemuan, { teks: string; gaya: Gaya }> = {
  cocok: { teks: 'cocok', gaya: 'hijau' },
  'cocok-dengan-kebiasaan': { teks: 'cocok dengan kebiasaan', gaya: 'kuning' },
  salah: { teks: 'SALAH', gaya: 'merah' },
  'tidak-dapat-diperiksa': { teks: 'tidak dapat diperiksa', gaya: 'redup' },
};

/** The decimals a figure is printed with: digits after the format's decimal mark (`96,70` → 2). */
function desimalTeks(teks: string, format: 'id' | 'en'): number {
  const koma = format === 'id' ? ',' : '.';
  const m = new RegExp(`\\${koma}(\\d+)\\D*$`).exec(teks.trim());
  return m?.[1]?.length ?? 0;
}

/**
 * The computed value of a finding for people: a label as it is; a number with two decimals more than
 * printed (cut, with an ellipsis when digits remain), so both roundings can be seen — `55,7251…` for a
 * printed `55,72`; every digit with `--tepat`.
 */
function nilaiTemuan(t: TemuanAudit, k: KonteksAudit): string {
  if (t.status === 'tidak-dapat-diperiksa') return '—';
  return tulisNilai(t.nilai, desimalTeks(t.teks, k.formatAngka(t.indeks)) + 2, k.tepat);
}

function tulisNilai(x: Decimal | string, desimal: number, tepat: boolean): string {
  if (typeof x === 'string') return x;
  return tepat ? angkaPenuh(x) : angkaRingkas(x, Math.max(desimal, 2));
}

/** The rules applied, one line each, with where each choice came from. */
export function barisAturan(h: HasilAudit, asal: KonteksAudit['asal']): string[] {
  const a = h.aturan;
  return [
    `Kebijakan pembulatan perhitungan: ${namaAturan('kebijakan', a.kebijakan)} (nilai tepat; cara pembulatan laporan disimpulkan dari angkanya)`,
    a.skala === undefined
      ? 'Skala predikat: tidak ada — predikat tidak diperiksa (pilih dengan --skala atau aturan.skala di laporan)'
      : `Skala predikat: ${namaAturan('skala', a.skala)} ${tulisAsal(asal.skala, 'skala')}`,
    `Aturan efisiensi: ${namaAturan('efisiensi', a.efisiensi)} ${tulisAsal(asal.efisiensi, 'efisiensi')}`,
    `Aturan SKM: ${a.skm === undefined ? 'tidak ada (laporan tanpa bagian SKM)' : namaAturan('skm', a.skm)}`,
  ];
}

/** The audit as a document for the terminal or Markdown. */
export function dokumenAudit(h: HasilAudit, k: KonteksAudit): Dokumen {
  const dok: Dokumen = [{ jenis: 'judul', teks: k.judul, tingkat: 1 }];
  for (const l of k.keterangan ?? []) dok.push({ jenis: 'baris', teks: l });
  dok.push({ jenis: 'judul', teks: 'Aturan yang dipakai', tingkat: 2 });
  for (const l of barisAturan(h, k.asal)) dok.push({ jenis: 'baris', teks: l });

  dok.push({ jenis: 'judul', teks: `Angka tercetak (${bilangan(h.temuan.length)})`, tingkat: 2 });
  if (h.temuan.length === 0) {
    dok.push({
      jenis: 'baris',
      teks: 'Laporan ini tidak memuat angka tercetak (tercetak kosong): tidak ada yang diperiksa.',
    });
  } else {
    dok.push({
      jenis: 'tabel',
      kolom: [
        { judul: 'No', kanan: true },
        { judul: 'Lokasi', maks: 24 },
        { judul: 'Rujukan', maks: 48 },
        { judul: 'Tercetak', kanan: true, maks: 24 },
        { judul: 'Nilai', kanan: true, ...(k.tepat ? {} : { maks: 28 }) },
        { judul: 'Status' },
        { judul: 'Keterangan' },
      ],
      baris: h.temuan.map((t): Sel[] => [
        String(t.indeks + 1),
        t.lokasi ?? '—',
        t.rujukan,
        t.teks,
        nilaiTemuan(t, k),
        { teks: STATUS[t.status].teks, gaya: STATUS[t.status].gaya },
        t.pesan,
      ]),
    });
  }

  dok.push({ jenis: 'judul', teks: 'Kebiasaan laporan (disimpulkan dari angkanya)', tingkat: 2 });
  if (h.kebiasaan.length === 0)
    dok.push({ jenis: 'baris', teks: 'Tidak ada angka yang menunjukkan kebiasaan pembulatan.' });
  else dok.push({ jenis: 'daftar', butir: h.kebiasaan.map((x) => x.pesan) });

  dok.push({
    jenis: 'judul',
    teks: 'Pertentangan (besaran yang sama tercetak dengan nilai berbeda)',
    tingkat: 2,
  });
  if (h.pertentangan.length === 0) dok.push({ jenis: 'baris', teks: 'Tidak ada.' });
  else dok.push({ jenis: 'daftar', butir: h.pertentangan.map((p) => p.pesan) });

  dok.push({ jenis: 'judul', teks: 'Temuan pohon anggaran', tingkat: 2 });
  if (h.pohon.length === 0) dok.push({ jenis: 'baris', teks: 'Tidak ada.' });
  else dok.push({ jenis: 'daftar', butir: h.pohon.map((p) => p.pesan) });

  const r = h.ringkasan;
  dok.push(
    { jenis: 'judul', teks: 'Ringkasan', tingkat: 2 },
    {
      jenis: 'tabel',
      kolom: [{ judul: 'Status' }, { judul: 'Jumlah', kanan: true }],
      baris: [
        [{ teks: 'cocok', gaya: 'hijau' }, bilangan(r.cocok)],
        [{ teks: 'cocok dengan kebiasaan', gaya: 'kuning' }, bilangan(r.cocokDenganKebiasaan)],
        [{ teks: 'salah', gaya: 'merah' }, bilangan(r.salah)],
        [{ teks: 'tidak dapat diperiksa', gaya: 'redup' }, bilangan(r.tidakDapatDiperiksa)],
        ['jumlah angka tercetak', bilangan(r.jumlah)],
        ['besaran yang bertentangan', bilangan(r.pertentangan)],
      ],
    },
    r.salah === 0
      ? { jenis: 'baris', teks: 'Hasil: tidak ada angka yang salah.', gaya: 'hijau' }
      : { jenis: 'baris', teks: `Hasil: ${bilangan(r.salah)} angka salah.`, gaya: 'merah' },
  );
  return dok;
}

const nol = <T>(x: T | undefined): T | null => (x === undefined ? null : x);
const mesin = (x: Decimal | string | null | undefined): string | null =>
  x === null || x === undefined ? null : apakahDecimal(x) ? angkaMesin(x) : x;

/** One finding with every key present (null where it does not apply): the stable JSON shape. */
function temuanStabil(t: TemuanAudit) {
  return {
    no: t.indeks + 1,
    indeks: t.indeks,
    lokasi: nol(t.lokasi),
    rujukan: t.rujukan,
    teks: t.teks,
    besaran: nol(t.besaran),
    status: t.status,
    tercetak: mesin(t.tercetak),
    nilai: t.status === 'tidak-dapat-diperiksa' ? null : mesin(t.nilai),
    kebiasaan: t.status === 'salah' || t.status === 'tidak-dapat-diperiksa' ? null : nol(t.kebiasaan),
    nilaiKebiasaan:
      t.status === 'salah' || t.status === 'tidak-dapat-diperiksa' ? null : mesin(t.nilaiKebiasaan),
    diharapkan: t.status === 'salah' ? t.diharapkan : null,
    diharapkanKebiasaan: t.status === 'salah' ? nol(t.diharapkanKebiasaan) : null,
    selisih: t.status === 'salah' ? mesin(t.selisih) : null,
    penyebab:
      t.status === 'salah'
        ? t.penyebab.map((p) => ({ kode: p.kode, pesan: p.pesan, rujukanLain: nol(p.rujukanLain) }))
        : [],
    alasan: t.status === 'tidak-dapat-diperiksa' ? t.alasan : null,
    bertentangan: t.bertentangan,
    pesan: t.pesan,
  };
}

/** The audit as JSON: Decimals as strings, every key always present (the computed report is left out). */
export function jsonAudit(h: HasilAudit): string {
  return keJson({
    instansi: h.instansi,
    tahun: h.tahun,
    aturan: {
      kebijakan: h.aturan.kebijakan,
      skala: nol(h.aturan.skala),
      efisiensi: h.aturan.efisiensi,
      skm: nol(h.aturan.skm),
    },
    ringkasan: h.ringkasan,
    kebiasaan: h.kebiasaan,
    temuan: h.temuan.map(temuanStabil),
    pertentangan: h.pertentangan,
    pohon: h.pohon.map((p) => ({
      jenis: p.jenis,
      jalur: p.jalur,
      kode: nol(p.kode),
      nama: p.nama,
      tercetak: mesin(p.tercetak),
      dihitung: mesin(p.dihitung),
      selisih: mesin(p.selisih),
      sasaranId: nol(p.sasaranId),
      pesan: p.pesan,
    })),
  });
}

export const KOLOM_CSV_AUDIT = [
  'no',
  'lokasi',
  'rujukan',
  'teks',
  'besaran',
  'status',
  'tercetak',
  'nilai',
  'diharapkan',
  'diharapkanKebiasaan',
  'selisih',
  'kebiasaan',
  'penyebab',
  'alasan',
  'pesan',
] as const;

/** The audit as CSV: one record per printed figure, numbers as plain decimals (`55.72`). */
export function csvAudit(h: HasilAudit): string {
  return csv(
    KOLOM_CSV_AUDIT,
    h.temuan.map((t) => {
      const s = temuanStabil(t);
      return [
        s.no,
        s.lokasi,
        s.rujukan,
        s.teks,
        s.besaran,
        s.status,
        s.tercetak,
        s.nilai,
        s.diharapkan,
        s.diharapkanKebiasaan,
        s.selisih,
        s.kebiasaan?.pesan,
        s.penyebab.map((p) => p.kode).join(';'),
        s.alasan,
        s.pesan,
      ];
    }),
  );
}
