// `sakip ikpa --tahun 2024 --revisiDipa 100 …` (or a JSON file of the values): a satker's IKPA by the
// library's ikpa(), with every indicator, the aspect values and the rule applied.
import { ATURAN_IKPA, ID_INDIKATOR_IKPA } from '../../ikpa/aturanIkpa.js';
import { ikpa, type OpsiIkpa } from '../../ikpa/ikpa.js';
import { SKALA } from '../../predikat/presetSkala.js';
import type { ArgumenTerbaca, Opsi, Spesifikasi } from '../argumen.js';
import { bacaJson, namaBerkas } from '../berkas.js';
import type { Dokumen } from '../dokumen.js';
import { GalatBerkas, GalatPemakaian } from '../galat.js';
import { keJson } from '../json.js';
import { cetakDokumen, type Perintah } from '../keluaran.js';
import { namaAturan } from '../tampilan/aturan.js';
import { barisIkpa } from '../tampilan/laporan.js';
import { FORMAT_DOKUMEN, OPSI_TEPAT, opsiFormat, teksOpsi } from './umum.js';

const TIDAK_BERLAKU = new Set(['-', 'null', 'tidak-berlaku', 'tb']);

// The years the IKPA presets cover, for the help (read from the rules, not written twice).
const TAHUN = Object.values(ATURAN_IKPA)
  .flatMap((a) => [a.berlaku?.dari, a.berlaku?.sampai])
  .filter((t) => t !== undefined);
const RENTANG_TAHUN = `${Math.min(...TAHUN)}–${Math.max(...TAHUN)}`;

const OPSI_INDIKATOR: Opsi[] = ID_INDIKATOR_IKPA.map((id) => ({
  nama: id,
  jenis: 'teks',
  contohNilai: 'NILAI',
  keterangan: `nilai indikator ${id}`,
  tersembunyi: true,
}));

export const SPEK_IKPA: Spesifikasi = {
  nama: 'ikpa',
  ringkas: 'nilai IKPA (Indikator Kinerja Pelaksanaan Anggaran) dari nilai indikatornya',
  pemakaian: [
    'ikpa --tahun TAHUN --<indikator> NILAI … [opsi]',
    'ikpa <nilai.json|-> [--tahun TAHUN | --aturan ID] [opsi]',
  ],
  uraian: [
    'Nilai tiap indikator aturan itu wajib diberikan (0–100), atau "-" bila tidak berlaku bagi satker.',
    `Indikator: ${ID_INDIKATOR_IKPA.map((i) => `--${i}`).join(', ')}`,
    '(aturan 2022–2023 memakai 8 indikator pertama; 2024 tanpa dispensasiSpm, dengan --dispensasiPermil).',
    'Berkas JSON: {"revisiDipa": 100, …} atau {"aturan": "PER_5_PB_2022", "nilai": {…}}; opsi baris',
    'perintah menggantikan isinya.',
  ],
  posisi: { min: 0, maks: 1, nama: 'berkas nilai JSON' },
  opsi: [
    {
      nama: 'tahun',
      jenis: 'teks',
      contohNilai: 'TAHUN',
      keterangan: `tahun anggaran: memilih aturan yang berlaku (${RENTANG_TAHUN})`,
    },
    {
      nama: 'aturan',
      jenis: 'teks',
      contohNilai: 'ID',
      keterangan: `aturan IKPA: ${Object.keys(ATURAN_IKPA).join(', ')}`,
      pilihan: Object.keys(ATURAN_IKPA),
    },
    {
      nama: 'dispensasiPermil',
      jenis: 'teks',
      contohNilai: 'ANGKA',
      keterangan: 'rasio SPM dispensasi per mil (PER_5_PB_2024)',
    },
    {
      nama: 'rerataAspek',
      jenis: 'teks',
      contohNilai: 'sederhana|tertimbang',
      keterangan: 'nilai aspek: rata-rata sederhana (bawaan) atau tertimbang',
      pilihan: ['sederhana', 'tertimbang'],
    },
    {
      nama: 'skala',
      jenis: 'teks',
      contohNilai: 'ID',
      keterangan: 'tabel predikat (bawaan IKPA)',
      pilihan: Object.keys(SKALA),
    },
    ...OPSI_INDIKATOR,
    opsiFormat(FORMAT_DOKUMEN),
    OPSI_TEPAT,
  ],
  contoh: [
    'ikpa --tahun 2023 --revisiDipa 100 --deviasiHalamanIIIDipa 68,72 --penyerapanAnggaran 100 \\\n' +
      '    --belanjaKontraktual 99,5 --penyelesaianTagihan 100 --pengelolaanUpTup 91,2 --dispensasiSpm 100 \\\n' +
      '    --capaianOutput 97,3',
    'ikpa nilai.json --tahun 2024',
  ],
  kodeKeluar: [
    '0  selesai',
    '1  nilai ditolak (indikator hilang atau tak dikenal, nilai di luar 0–100, tahun tanpa aturan)',
    '2  pemakaian salah, atau berkas tidak dapat dibaca',
  ],
};

function objek(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** The values and options a JSON file gives: a plain values object, or a report's `ikpa` section. */
function dariBerkas(
  data: unknown,
  berkas: string,
): { nilai: Record<string, unknown>; aturan?: unknown; dispensasiPermil?: unknown } {
  if (!objek(data))
    throw new GalatBerkas(berkas, `${namaBerkas(berkas)}: harus objek JSON nilai indikator IKPA.`);
  if (Object.hasOwn(data, 'nilai') && objek(data.nilai)) {
    const { nilai, aturan, dispensasiPermil, ...lain } = data;
    const asing = Object.keys(lain);
    if (asing.length > 0) {
      throw new GalatBerkas(
        berkas,
        `${namaBerkas(berkas)}: kunci ${asing.slice(0, 5).join(', ')} tidak dikenal (yang dikenal: aturan, nilai, dispensasiPermil).`,
      );
    }
    return { nilai: { ...(nilai as Record<string, unknown>) }, aturan, dispensasiPermil };
  }
  return { nilai: { ...data } };
}

function bacaTahun(a: ArgumenTerbaca): number | undefined {
  const t = teksOpsi(a.nilai.tahun);
  if (t === undefined) return undefined;
  if (!/^\d{4}$/.test(t))
    throw new GalatPemakaian(`--tahun harus tahun empat angka (mis. 2024), bukan "${t}".`);
  return Number(t);
}

export const IKPA: Perintah = {
  spek: SPEK_IKPA,
  kodeDitolak: 1,
  async jalankan(a, k) {
    const berkas = a.posisi[0];
    const dasar =
      berkas === undefined
        ? { nilai: {} as Record<string, unknown> }
        : dariBerkas(await bacaJson(berkas, k.masukan ?? process.stdin), berkas);
    const nilai: Record<string, unknown> = dasar.nilai;
    for (const id of ID_INDIKATOR_IKPA) {
      const v = teksOpsi(a.nilai[id]);
      if (v !== undefined) nilai[id] = TIDAK_BERLAKU.has(v.toLowerCase()) ? null : v;
    }
    if (Object.keys(nilai).length === 0) {
      throw new GalatPemakaian('sebutkan nilai indikator (--revisiDipa 100 …) atau berkas nilai JSON.');
    }
    const tahun = bacaTahun(a);
    const aturan = teksOpsi(a.nilai.aturan) ?? dasar.aturan;
    if (tahun === undefined && aturan === undefined) {
      throw new GalatPemakaian('sebutkan --tahun TAHUN atau --aturan ID: aturan IKPA berbeda tiap tahun.');
    }
    const opsi: OpsiIkpa = {};
    if (aturan !== undefined) opsi.aturan = aturan as string;
    if (tahun !== undefined) opsi.tahun = tahun;
    const dispensasi = teksOpsi(a.nilai.dispensasiPermil) ?? dasar.dispensasiPermil;
    if (dispensasi !== undefined) opsi.dispensasiPermil = dispensasi as string;
    const rerata = teksOpsi(a.nilai.rerataAspek);
    if (rerata !== undefined) opsi.rerataAspek = rerata as 'sederhana' | 'tertimbang';
    const skala = teksOpsi(a.nilai.skala);
    if (skala !== undefined) opsi.skala = skala;
    const h = ikpa(nilai as Record<string, string | null>, opsi);

    const format = teksOpsi(a.nilai.format) ?? 'tabel';
    if (format === 'json') {
      k.tulis(keJson(h));
      return 0;
    }
    const dok: Dokumen = [
      { jenis: 'judul', teks: 'Indikator Kinerja Pelaksanaan Anggaran (IKPA)', tingkat: 1 },
    ];
    if (h.status === 'dihitung') {
      const asal =
        aturan !== undefined
          ? teksOpsi(a.nilai.aturan) !== undefined
            ? '(opsi --aturan)'
            : '(dari berkas)'
          : `(berlaku tahun ${tahun})`;
      dok.push({ jenis: 'baris', teks: `Aturan IKPA: ${namaAturan('ikpa', h.aturan.id)} ${asal}` });
      dok.push({ jenis: 'baris', teks: `Sumber: ${h.aturan.sumber} (${h.aturan.status})` });
      if (h.predikat)
        dok.push({ jenis: 'baris', teks: `Skala predikat: ${namaAturan('skala', h.predikat.skala)}` });
    }
    dok.push(...barisIkpa(h, { tepat: a.nilai.tepat === true }));
    cetakDokumen(dok, format, k);
    return 0;
  },
};
