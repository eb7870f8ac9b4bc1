// The bundled sample report computed whole: the figures it printed (RUMUS.md §10), under its own
// habits and under half-up, with the findings the roll-up must make.
import { describe, expect, it } from 'vitest';
import contoh from '../../data/lkip-2024-dinsos-barito-kuala.json' with { type: 'json' };
import {
  ATURAN_EFISIENSI,
  bacaLaporan,
  type HasilLaporan,
  hitungLaporan,
  KEBIJAKAN_PEMBULATAN,
  SKALA,
} from '../../src/index.js';
import { kodeGalat } from '../alat/galat.js';
import { LAPORAN_SATKER } from '../alat/satker.js';

const laporan = bacaLaporan(contoh);
const capaianTampil = (h: HasilLaporan) =>
  h.sasaran.flatMap((s) =>
    s.indikator.map((i) => (i.status === 'dihitung' ? i.capaian.tampil.toFixed(2) : i.alasan)),
  );

describe('hitungLaporan pada LKIP 2024 Dinsos Barito Kuala', () => {
  const potong = hitungLaporan(laporan, {
    kebijakan: KEBIJAKAN_PEMBULATAN.POTONG,
    skala: SKALA.PERMENDAGRI_54_2010,
    efisiensi: {
      aturan: ATURAN_EFISIENSI.TANPA_BATAS,
      kebijakan: KEBIJAKAN_PEMBULATAN.POTONG,
      satuanTampil: 'rasio',
    },
  });

  it('kebiasaan laporan (POTONG) mereproduksi capaian dan rata-rata yang tercetak', () => {
    expect(capaianTampil(potong)).toEqual(['134.32', '55.72', '100.06']);
    expect(potong.rataRata?.status).toBe('dihitung');
    if (potong.rataRata?.status !== 'dihitung') return;
    expect(potong.rataRata.capaian.tampil.toString()).toBe('96.7');
    expect(potong.rataRata.rataRataTarget.tampil.toString()).toBe('47.39');
    expect(potong.rataRata.rataRataRealisasi.tampil.toString()).toBe('55.11');
  });

  it('predikat Permendagri 54/2010 seperti Tabel 3.1.4', () => {
    const label = potong.sasaran.flatMap((s) =>
      s.indikator.map((i) => (i.status === 'dihitung' ? i.predikat?.label : '')),
    );
    expect(label).toEqual(['Sangat baik', 'Kurang', 'Sangat baik']);
  });

  it('setengah ke atas memberi 55,73 dan 100,07', () => {
    const h = hitungLaporan(laporan, { kebijakan: KEBIJAKAN_PEMBULATAN.SETENGAH_ATAS });
    expect(capaianTampil(h)).toEqual(['134.32', '55.73', '100.07']);
  });

  it('penyerapan per sasaran 98,62 / 88,78 / 93,28 dari rincian, dan satu temuan pada Program Rehabilitasi Sosial', () => {
    const a = potong.anggaran;
    expect(a?.perSasaran.map((p) => [p.sasaranId, p.penyerapan?.toDecimalPlaces(2).toFixed(2)])).toEqual([
      ['S1', '98.62'],
      ['S2', '88.78'],
      ['S3', '93.28'],
    ]);
    expect(a?.akar[0]?.penyerapan?.toDecimalPlaces(2).toFixed(2)).toBe('94.01');
    expect(a?.temuan.map((t) => [t.jenis, t.nama, t.selisih?.toString()])).toEqual([
      ['realisasi-tidak-sama', 'Program Rehabilitasi Sosial', '477213251'],
    ]);
  });

  it('efisiensi seperti tercetak: 0,266 dan −0,593 tanpa batas; 0,067 hanya dengan CK S3 dibatasi 100', () => {
    const teks = (h: HasilLaporan) =>
      h.efisiensi.map((e) =>
        e.status === 'dihitung' && e.hasil.status === 'dihitung' ? e.hasil.tampil?.teks : '',
      );
    // Uncapped, S3 gives 0,068: the report capped CK at 100 for S3 only ("100,06% dijadikan 100%"),
    // not for S1 (134,32) — its own rule applied inconsistently.
    expect(teks(potong)).toEqual(['0,266', '-0,593', '0,068']);
    const dibatasi = hitungLaporan(laporan, {
      kebijakan: KEBIJAKAN_PEMBULATAN.POTONG,
      efisiensi: {
        aturan: 'TANPA_BATAS',
        batas: null,
        batasAtasCapaian: 100,
        kebijakan: KEBIJAKAN_PEMBULATAN.POTONG,
        satuanTampil: 'rasio',
      },
    });
    expect(teks(dibatasi)).toEqual(['0,014', '-0,593', '0,067']);
  });

  it('aturan Barito Kuala yang dikutip laporan: S2 tidak dihitung, S1 dan S3 dengan CK dibatasi 100', () => {
    const h = hitungLaporan(laporan, {
      kebijakan: KEBIJAKAN_PEMBULATAN.POTONG,
      efisiensi: { aturan: ATURAN_EFISIENSI.BARITO_KUALA_2023 },
    });
    const [s1, s2, s3] = h.efisiensi;
    expect(s1?.status === 'dihitung' && s1.hasil.status === 'dihitung' && s1.hasil.nilai.toFixed(4)).toBe(
      '1.3753',
    );
    expect(s2?.status === 'dihitung' && s2.hasil.status !== 'dihitung' && s2.hasil.alasan).toBe(
      'capaian-di-bawah-minimal',
    );
    expect(s3?.status === 'dihitung' && s3.hasil.status === 'dihitung' && s3.hasil.nilai.toFixed(4)).toBe(
      '6.7232',
    );
  });

  it('indikator yang belum diketahui membuat rata-rata tidak dapat dihitung, kecuali diminta dilewati', () => {
    const salinan = structuredClone(contoh);
    salinan.sasaran[1]!.indikator[0]!.realisasi = null as unknown as string;
    const h = hitungLaporan(bacaLaporan(salinan));
    expect(h.rataRata?.status).toBe('tidak-dapat-dihitung');
    expect(h.efisiensi.find((e) => e.sasaranId === 'S2')?.status).toBe('tidak-dapat-dihitung');
    const lewati = hitungLaporan(bacaLaporan(salinan), { lewatiBelumDiketahui: true });
    expect(lewati.rataRata?.status === 'dihitung' && lewati.rataRata.dilewati.map((d) => d.id)).toEqual([
      'IKU-2',
    ]);
  });

  it('laporan tanpa anggaran dan tanpa sasaran', () => {
    const h = hitungLaporan({ instansi: 'X', tahun: 2024, sasaran: [] });
    expect([h.rataRata, h.anggaran, h.efisiensi, h.skm, h.ikpa]).toEqual([null, null, [], null, null]);
  });

  it('bagian SKM dan IKPA laporan ikut dihitung', () => {
    const h = hitungLaporan(LAPORAN_SATKER);
    // (3,60 × 300 + 3,20 × 100) / 400 = 3,5 → × 25 = 87,5.
    expect(h.skm !== null && 'unit' in h.skm && h.skm.nilai.toString()).toBe('87.5');
    // Applicable weights 90; (10 × 100 + 10 × 95,5 + 70 × 100) / 100 = 89,55; / 0,9 = 99,5.
    expect(h.ikpa?.status === 'dihitung' && h.ikpa.nilai.toString()).toBe('99.5');
    expect(h.ikpa?.status === 'dihitung' && h.ikpa.konversiBobot.toString()).toBe('0.9');
  });

  it('SKM laporan dinilai dengan aturan yang dinyatakannya (IKM 3,059: B menurut KepMenPAN 25/2004, C menurut 14/2017)', () => {
    const dasar = { instansi: 'X', tahun: 2010, sasaran: [] };
    const lama = hitungLaporan({ ...dasar, skm: { aturan: 'KEPMENPAN_25_2004', ikm: 3.059 } });
    const baru = hitungLaporan({ ...dasar, skm: { ikm: 3.059 } });
    const mutu = (h: HasilLaporan) => (h.skm !== null && 'mutu' in h.skm ? h.skm.mutu : undefined);
    expect(mutu(lama)).toBe('B');
    expect(mutu(baru)).toBe('C');
    expect(kodeGalat(() => hitungLaporan({ ...dasar, skm: { aturan: 'KEPMENPAN_2004', ikm: 3.059 } }))).toBe(
      'ATURAN_TIDAK_DIKENAL',
    );
  });

  it('bagian SKM yang hanya mencetak ikm atau nilai tetap dihitung (bukan null)', () => {
    const dasar = { instansi: 'X', tahun: 2024, sasaran: [] };
    const dariIkm = hitungLaporan({ ...dasar, skm: { ikm: '3,6800' } });
    expect(dariIkm.skm !== null && 'status' in dariIkm.skm && dariIkm.skm.status).toBe('dihitung');
    expect(
      dariIkm.skm !== null && 'mutu' in dariIkm.skm && [dariIkm.skm.nilai.toString(), dariIkm.skm.mutu],
    ).toEqual(['92', 'A']);
    const dariNilai = hitungLaporan({ ...dasar, skm: { nilai: '76,605' } });
    expect(dariNilai.skm !== null && 'mutu' in dariNilai.skm && dariNilai.skm.mutu).toBe('C');
    const kosong = hitungLaporan({ ...dasar, skm: {} });
    expect(kosong.skm !== null && 'status' in kosong.skm && kosong.skm.status).toBe('tidak-dapat-dihitung');
  });

  it('laporan beku dapat dihitung (tidak ada yang menulis ke masukan)', () => {
    const beku = <T>(x: T): T => {
      if (typeof x === 'object' && x !== null) {
        for (const v of Object.values(x)) beku(v);
        Object.freeze(x);
      }
      return x;
    };
    const h = hitungLaporan(beku(structuredClone(contoh)) as never, {
      kebijakan: KEBIJAKAN_PEMBULATAN.POTONG,
      skala: SKALA.PERMENDAGRI_54_2010,
      efisiensi: { aturan: ATURAN_EFISIENSI.BARITO_KUALA_2023 },
    });
    expect(h.sasaran).toHaveLength(3);
    const ikpa = hitungLaporan(beku(structuredClone(LAPORAN_SATKER))).ikpa;
    expect(ikpa?.status === 'dihitung' && ikpa.nilai.toString()).toBe('99.5');
  });

  it('masukan tidak diubah; laporan yang salah menjadi MODEL_TIDAK_VALID', () => {
    const salinan = structuredClone(contoh);
    hitungLaporan(salinan as never, { kebijakan: KEBIJAKAN_PEMBULATAN.POTONG });
    expect(salinan).toEqual(contoh);
    expect(kodeGalat(() => hitungLaporan({ instansi: 'X' } as never))).toBe('MODEL_TIDAK_VALID');
  });
});
