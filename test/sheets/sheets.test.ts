// The spreadsheet functions on cell-like inputs — numbers with float noise, texts with `,` decimals,
// blanks, ranges, errors — and their results equal to the library functions on the same inputs.
import { describe, expect, it } from 'vitest';
import {
  auditLaporan,
  bulatkan,
  capaian,
  efisiensi,
  ikpa,
  mutuSkm,
  nilaiKinerjaAnggaran,
  penyerapan,
  predikat,
  SakipError,
  SKALA,
  sisaAnggaran,
  skm,
} from '../../src/index.js';
import * as sheets from '../../src/sheets/index.js';
import {
  SAKIP_AUDIT_CAPAIAN,
  SAKIP_CAPAIAN,
  SAKIP_EFISIENSI,
  SAKIP_IKM,
  SAKIP_IKPA,
  SAKIP_MUTU,
  SAKIP_NKA,
  SAKIP_PENYERAPAN,
  SAKIP_PREDIKAT,
  SAKIP_SISA,
} from '../../src/sheets/index.js';
import { galat } from '../alat/galat.js';
import { SEPULUH_RESPONDEN } from '../skm/contoh.js';

/** The message of the SakipError a library call throws (the sheet function must show the same). */
function pesan(f: () => unknown): string {
  return galat(f).message;
}

describe('membaca sel', () => {
  it('angka dengan derau float dibaca seperti tampilan sheet (15 digit bermakna)', () => {
    expect(0.57 * 100).toBe(56.99999999999999);
    expect(SAKIP_CAPAIAN(100, 0.57 * 100)).toBe(57);
    // Truncated, the noise would give 56,99.
    expect(SAKIP_CAPAIAN(100, 0.57 * 100, '', 2, 'potong')).toBe(57);
    expect(SAKIP_CAPAIAN(0.3, 0.1 + 0.2)).toBe(100);
    expect(SAKIP_PREDIKAT(SAKIP_CAPAIAN(0.3, 0.1 + 0.2), 'TINGKAT_CAPAIAN')).toBe('Tercapai/Sesuai target');
    // The library itself reads the noise exactly, as given: "Melebihi target".
    expect(predikat(capaian({ target: 0.3, realisasi: 0.1 + 0.2 }), SKALA.TINGKAT_CAPAIAN).label).toBe(
      'Melebihi target',
    );
    expect(SAKIP_PENYERAPAN(0.3, 0.1 + 0.2)).toBe(100);
    expect(SAKIP_SISA(0.3, 0.1 + 0.2)).toBe(0);
  });

  it('teks berformat Indonesia, Rupiah dan persen', () => {
    expect(SAKIP_CAPAIAN('69,02', '92,71', '', 2)).toBe(134.32);
    expect(SAKIP_PENYERAPAN('Rp 2.142.720.865,00', 'Rp. 2.113.252.231,-', 2)).toBe(98.62);
    expect(SAKIP_PREDIKAT('55,72 %')).toBe('Kurang');
    expect(SAKIP_SISA(' 1.000,50 ', '0,50')).toBe(1000);
  });

  it('sel kosong: hasil kosong, bukan galat', () => {
    for (const k of ['', '   ', null, undefined]) {
      expect(SAKIP_CAPAIAN(k, 5)).toBe('');
      expect(SAKIP_CAPAIAN(5, k)).toBe('');
      expect(SAKIP_PREDIKAT(k)).toBe('');
      expect(SAKIP_PENYERAPAN(k, 5)).toBe('');
      expect(SAKIP_SISA(5, k)).toBe('');
      expect(SAKIP_MUTU(k)).toBe('');
      expect(SAKIP_NKA(k, 90, 2023)).toBe('');
      expect(SAKIP_AUDIT_CAPAIAN(1.31, 0.73, k)).toBe('');
      expect(SAKIP_EFISIENSI(k, k, k)).toBe('');
    }
    expect(SAKIP_IKM([['', '', '', '', '', '', '', '', '']])).toBe('');
    // Optional cells left blank take their default.
    expect(SAKIP_CAPAIAN(69.02, 92.71, '', '', '', '')).toBe(SAKIP_CAPAIAN(69.02, 92.71));
  });

  it('rentang satu sel dibaca sebagai selnya; rentang lebih besar ditolak', () => {
    expect(SAKIP_CAPAIAN([[69.02]], [[92.71]], [['']], [[2]])).toBe(134.32);
    const g = galat(() => SAKIP_CAPAIAN([[1], [2]], 5));
    expect(g.kode).toBe('MASUKAN_TIDAK_VALID');
    expect(g.message).toBe('target: harus satu sel, bukan rentang 2×1.');
  });

  it('boolean dan tanggal bukan angka; teks ambigu ditolak dengan nama argumennya', () => {
    expect(galat(() => SAKIP_CAPAIAN(true, 5)).kode).toBe('ANGKA_TIPE_TIDAK_DIDUKUNG');
    expect(galat(() => SAKIP_CAPAIAN(new Date(2024, 0, 1), 5)).kode).toBe('ANGKA_TIPE_TIDAK_DIDUKUNG');
    const g = galat(() => SAKIP_CAPAIAN('92.711', 5));
    expect(g.kode).toBe('ANGKA_AMBIGU');
    expect(g.message).toMatch(/^target: "92\.711" dapat dibaca/);
    expect(galat(() => SAKIP_CAPAIAN(5, '#DIV/0!')).kode).toBe('ANGKA_GALAT_SPREADSHEET');
    expect(galat(() => SAKIP_CAPAIAN(Number.NaN, 5)).kode).toBe('ANGKA_TIDAK_HINGGA');
  });

  it('hasil adalah number biasa (bukan Decimal), dibulatkan hanya bila diminta', () => {
    const x = SAKIP_CAPAIAN(3, 1);
    expect(typeof x).toBe('number');
    expect(x).toBe(capaian({ target: 3, realisasi: 1 }).toNumber());
    expect(SAKIP_CAPAIAN(3, 1, '', 2)).toBe(33.33);
    expect(SAKIP_CAPAIAN(3, 2, '', 2, 'potong')).toBe(66.66);
    expect(SAKIP_CAPAIAN(3, 2, '', 0)).toBe(67);
    expect(Object.is(SAKIP_SISA(5, 5), 0)).toBe(true);
  });

  it('desimal dan mode yang salah', () => {
    expect(galat(() => SAKIP_CAPAIAN(1, 1, '', 1.5)).kode).toBe('DESIMAL_TIDAK_VALID');
    expect(galat(() => SAKIP_CAPAIAN(1, 1, '', 99)).kode).toBe('DESIMAL_TIDAK_VALID');
    expect(galat(() => SAKIP_CAPAIAN(1, 1, '', '', 'potong')).kode).toBe('DESIMAL_TIDAK_VALID');
    expect(galat(() => SAKIP_CAPAIAN(1, 1, '', 2, 'bulat')).kode).toBe('MODE_PEMBULATAN_TIDAK_DIKENAL');
    expect(SAKIP_CAPAIAN(1.31, 0.73, '', 2, ' Potong ')).toBe(55.72);
  });
});

describe('SAKIP_CAPAIAN sama dengan capaian', () => {
  const kasus: [number | string, number | string, 'positif' | 'negatif', ('selisih' | 'kebalikan')?][] = [
    [69.02, 92.71, 'positif'],
    ['1,31', '0,73', 'positif'],
    ['71,86', '71,91', 'positif'],
    [7, 6.5, 'negatif'],
    [8, 9, 'negatif'],
    [8, 10, 'negatif', 'kebalikan'],
    [2, 5, 'negatif'],
    [3, 1, 'positif'],
  ];
  it.each(kasus)('%s / %s %s %s', (target, realisasi, polaritas, rumusNegatif) => {
    const tepat = capaian({ target, realisasi, polaritas, rumusNegatif });
    expect(SAKIP_CAPAIAN(target, realisasi, polaritas, '', '', rumusNegatif)).toBe(tepat.toNumber());
    expect(SAKIP_CAPAIAN(target, realisasi, polaritas.toUpperCase(), 2, 'potong', rumusNegatif)).toBe(
      bulatkan(tepat, 2, 'potong').toNumber(),
    );
  });

  it('sampel Barito Kuala: 134,32; 55,73 atau 55,72 dipotong; 100,06 dipotong', () => {
    expect(SAKIP_CAPAIAN(69.02, 92.71, '', 2)).toBe(134.32);
    expect(SAKIP_CAPAIAN(1.31, 0.73, '', 2)).toBe(55.73);
    expect(SAKIP_CAPAIAN(1.31, 0.73, '', 2, 'potong')).toBe(55.72);
    expect(SAKIP_CAPAIAN(71.86, 71.91, '', 2, 'potong')).toBe(100.06);
  });

  it.each([
    [0, 5],
    [-1, 5],
  ])('galat dengan pesan pustaka: target %s', (target, realisasi) => {
    const g = galat(() => SAKIP_CAPAIAN(target, realisasi));
    expect(g).toBeInstanceOf(Error);
    expect(g).toBeInstanceOf(SakipError);
    expect(g.message).toBe(pesan(() => capaian({ target, realisasi })));
  });

  it('galat kebalikan pada realisasi 0 dan polaritas tak dikenal', () => {
    expect(galat(() => SAKIP_CAPAIAN(5, 0, 'negatif', '', '', 'kebalikan')).message).toBe(
      pesan(() => capaian({ target: 5, realisasi: 0, polaritas: 'negatif', rumusNegatif: 'kebalikan' })),
    );
    expect(galat(() => SAKIP_CAPAIAN(5, 1, 'netral')).kode).toBe('MASUKAN_TIDAK_VALID');
    expect(galat(() => SAKIP_CAPAIAN(5, 1, 'negatif', '', '', 'bagi')).kode).toBe('MASUKAN_TIDAK_VALID');
  });
});

describe('SAKIP_PREDIKAT sama dengan predikat', () => {
  it.each([
    ['134,32', 'PERMENDAGRI_54_2010'],
    ['55,72', 'PERMENDAGRI_54_2010'],
    ['100,06', 'PERMENDAGRI_54_2010'],
    ['71,91', 'PERMENPANRB_88_2021'],
    ['90,5', 'PERMENDAGRI_86_2017_BATAS_BAWAH'],
    ['90,5', 'PERMENDAGRI_86_2017_BATAS_ATAS'],
    ['62,8', 'TAPIN_2022'],
  ])('%s pada %s', (nilai, skala) => {
    const h = predikat(nilai, skala);
    expect(SAKIP_PREDIKAT(nilai, skala)).toBe(h.label);
    expect(SAKIP_PREDIKAT(nilai, skala, '', '', 'kode')).toBe(h.kode ?? h.label);
  });

  it('skala bawaan PERMENDAGRI_54_2010; pembulatan sebelum dibandingkan', () => {
    expect(SAKIP_PREDIKAT(134.32)).toBe('Sangat baik');
    expect(SAKIP_PREDIKAT(99.996, 'TINGKAT_CAPAIAN', 2)).toBe(
      predikat(99.996, SKALA.TINGKAT_CAPAIAN, { pembulatan: { desimal: 2 } }).label,
    );
    expect(SAKIP_PREDIKAT(99.999, 'TINGKAT_CAPAIAN', 2, 'potong')).toBe('Tidak tercapai');
  });

  it('galat', () => {
    expect(galat(() => SAKIP_PREDIKAT(-5)).message).toBe(pesan(() => predikat(-5, 'PERMENDAGRI_54_2010')));
    expect(galat(() => SAKIP_PREDIKAT(5, 'TIDAK_ADA')).kode).toBe('ATURAN_TIDAK_DIKENAL');
    expect(galat(() => SAKIP_PREDIKAT(5, '', '', '', 'warna')).kode).toBe('OPSI_TIDAK_VALID');
  });
});

describe('SAKIP_PENYERAPAN dan SAKIP_SISA sama dengan penyerapan dan sisaAnggaran', () => {
  const anggaran: [string, string][] = [
    ['2.142.720.865,00', '2.113.252.231,00'],
    ['1.227.826.990,00', '1.090.111.598,00'],
    ['4.699.311.668,00', '4.383.367.872,00'],
    ['8.069.859.523,00', '7.586.731.701,00'],
  ];
  it.each(anggaran)('pagu %s realisasi %s', (pagu, realisasi) => {
    const p = penyerapan({ pagu, realisasi });
    expect(SAKIP_PENYERAPAN(pagu, realisasi)).toBe(p.toNumber());
    expect(SAKIP_PENYERAPAN(pagu, realisasi, 2)).toBe(bulatkan(p, 2).toNumber());
    expect(SAKIP_SISA(pagu, realisasi)).toBe(sisaAnggaran({ pagu, realisasi }).toNumber());
  });

  it('sampel: 98,62; 88,78; 93,28; 94,01', () => {
    expect(anggaran.map(([p, r]) => SAKIP_PENYERAPAN(p, r, 2))).toEqual([98.62, 88.78, 93.28, 94.01]);
  });

  it('galat dengan pesan pustaka', () => {
    expect(galat(() => SAKIP_PENYERAPAN(0, 0)).message).toBe(
      pesan(() => penyerapan({ pagu: 0, realisasi: 0 })),
    );
    expect(galat(() => SAKIP_SISA(100, -1)).message).toBe(
      pesan(() => sisaAnggaran({ pagu: 100, realisasi: -1 })),
    );
  });
});

describe('SAKIP_EFISIENSI sama dengan efisiensi', () => {
  const s1 = { pagu: 2142720865, realisasi: 2113252231, capaian: 134.32 };
  const s2 = { pagu: 1227826990, realisasi: 1090111598, capaian: 55.72 };
  const s3 = { pagu: 4699311668, realisasi: 4383367872, capaian: 100.06 };

  it.each(['PMK_214_2017', 'BARITO_KUALA_2023', 'TANPA_BATAS'])('satu butir, aturan %s', (aturan) => {
    for (const b of [s1, s3]) {
      const h = efisiensi([b], { aturan });
      if (h.status !== 'dihitung') throw new Error(h.pesan);
      expect(SAKIP_EFISIENSI(b.pagu, b.realisasi, b.capaian, aturan)).toBe(h.nilai.toNumber());
    }
  });

  it('rentang: bentuk Σ, baris kosong dilewati', () => {
    const h = efisiensi([s1, s2, s3], { aturan: 'TANPA_BATAS' });
    if (h.status !== 'dihitung') throw new Error(h.pesan);
    const kolom = (k: 'pagu' | 'realisasi' | 'capaian') => [[s1[k]], [s2[k]], [''], [s3[k]]];
    expect(SAKIP_EFISIENSI(kolom('pagu'), kolom('realisasi'), kolom('capaian'), 'TANPA_BATAS')).toBe(
      h.nilai.toNumber(),
    );
    // A row of three cells read across works the same.
    const baris = (k: 'pagu' | 'realisasi' | 'capaian') => [[s1[k], s2[k], s3[k]]];
    expect(SAKIP_EFISIENSI(baris('pagu'), baris('realisasi'), baris('capaian'), 'TANPA_BATAS', 4)).toBe(
      bulatkan(h.nilai, 4).toNumber(),
    );
  });

  it('sampel tercetak: 0,266 (rasio, tanpa batas) dan sasaran 3 dengan capaian dipotong 100', () => {
    expect(SAKIP_EFISIENSI(s1.pagu, s1.realisasi, '134,32', 'TANPA_BATAS', 3, '', 'rasio')).toBe(0.266);
    const h = efisiensi([s3], { aturan: 'BARITO_KUALA_2023' });
    if (h.status !== 'dihitung') throw new Error(h.pesan);
    expect(SAKIP_EFISIENSI(s3.pagu, s3.realisasi, s3.capaian, 'barito_kuala_2023'.toUpperCase())).toBe(
      h.nilai.toNumber(),
    );
  });

  it('tidak dapat dihitung: alasan pustaka sebagai teks', () => {
    const h = efisiensi([s2], { aturan: 'BARITO_KUALA_2023' });
    expect(h.status).toBe('tidak-dapat-dihitung');
    expect(SAKIP_EFISIENSI(s2.pagu, s2.realisasi, s2.capaian, 'BARITO_KUALA_2023')).toBe(
      h.status === 'tidak-dapat-dihitung' ? h.pesan : '',
    );
  });

  it('galat', () => {
    expect(galat(() => SAKIP_EFISIENSI([[1], [2]], [[1]], [[100]])).kode).toBe('MASUKAN_TIDAK_VALID');
    const sebagian = galat(() => SAKIP_EFISIENSI([[1], [2]], [[1], ['']], [[100], [100]]));
    expect(sebagian.kode).toBe('MASUKAN_TIDAK_VALID');
    expect(sebagian.lokasi).toBe('realisasi[2]');
    expect(galat(() => SAKIP_EFISIENSI(0, 1, 100)).kode).toBe('ANGGARAN_PAGU_NOL');
    expect(galat(() => SAKIP_EFISIENSI(1, 1, 100, 'PMK')).kode).toBe('ATURAN_TIDAK_DIKENAL');
    expect(galat(() => SAKIP_EFISIENSI(1, 1, 100, '', '', '', 'permil')).kode).toBe('OPSI_TIDAK_VALID');
  });
});

describe('SAKIP_IKM dan SAKIP_MUTU sama dengan skm dan mutuSkm', () => {
  // As a sheet passes the range: blanks are '' and answers may be numeric texts; empty rows at the end.
  const rentang = [
    ...SEPULUH_RESPONDEN.map((b) => b.map((x) => (x === null ? '' : x))),
    ['', '', '', '', '', '', '', '', ''],
    [null, null, null, null, null, null, null, null, null],
  ];

  it('nilai dan indeks, dengan jawaban kosong', () => {
    const h = skm(SEPULUH_RESPONDEN);
    expect(SAKIP_IKM(rentang)).toBe(h.nilai.toNumber());
    expect(SAKIP_IKM(rentang, '', 'indeks')).toBe(h.ikm.toNumber());
    expect(SAKIP_IKM(rentang, '', '', 2)).toBe(bulatkan(h.nilai, 2).toNumber());
    const teks = rentang.map((b) => b.map((x) => (typeof x === 'number' ? String(x) : x)));
    expect(SAKIP_IKM(teks)).toBe(h.nilai.toNumber());
  });

  it('bobot tercetak dan angka', () => {
    expect(SAKIP_IKM(rentang, 'tercetak')).toBe(
      skm(SEPULUH_RESPONDEN, { bobot: 'tercetak' }).nilai.toNumber(),
    );
    expect(SAKIP_IKM(rentang, 0.111)).toBe(skm(SEPULUH_RESPONDEN, { bobot: '0,111' }).nilai.toNumber());
    expect(SAKIP_IKM(rentang, '0,11')).toBe(skm(SEPULUH_RESPONDEN, { bobot: '0,11' }).nilai.toNumber());
  });

  it('galat dengan pesan pustaka', () => {
    expect(galat(() => SAKIP_IKM([[4, 4, 4, 4, 4, 4, 4, 4, 5]])).message).toBe(
      pesan(() => skm([[4, 4, 4, 4, 4, 4, 4, 4, 5]])),
    );
    expect(galat(() => SAKIP_IKM([[4, 4, 4, 4, 4, 4, 4, 4, 'baik']])).kode).toBe('SKM_JAWABAN_TIDAK_VALID');
    expect(galat(() => SAKIP_IKM([[4, 4, 4, 4, 4, 4, 4, 4]])).kode).toBe('SKM_BARIS_TIDAK_SERAGAM');
    expect(galat(() => SAKIP_IKM([[4, 4, 4, 4, 4, 4, 4, 4, '']])).kode).toBe('SKM_UNSUR_TANPA_JAWABAN');
    expect(galat(() => SAKIP_IKM(rentang, 'acak')).kode).toBe('OPSI_TIDAK_VALID');
  });

  it.each([
    ['88,31', 'nilai', undefined],
    ['88,30', 'nilai', undefined],
    [3.059, 'indeks', undefined],
    [3.059, 'indeks', 'KEPMENPAN_25_2004'],
    [65, 'nilai', undefined],
  ] as const)('mutu %s %s %s', (nilai, satuan, aturan) => {
    const h = mutuSkm(nilai, { satuan, ...(aturan ? { aturan } : {}) });
    expect(SAKIP_MUTU(nilai, satuan, aturan)).toBe(h.mutu);
    expect(SAKIP_MUTU(nilai, satuan, aturan, 'kinerja')).toBe(h.kinerja);
  });

  it('mutu di luar rentang', () => {
    expect(galat(() => SAKIP_MUTU(3.5)).message).toBe(pesan(() => mutuSkm(3.5)));
  });
});

describe('SAKIP_IKPA dan SAKIP_NKA sama dengan ikpa dan nilaiKinerjaAnggaran', () => {
  const nilai = {
    revisiDipa: 100,
    deviasiHalamanIIIDipa: '68,72',
    penyerapanAnggaran: 100,
    belanjaKontraktual: '99,5',
    penyelesaianTagihan: 100,
    pengelolaanUpTup: '91,2',
    dispensasiSpm: 100,
    capaianOutput: '97,3',
  };
  const baris = [Object.values(nilai)];

  it('PER-5/PB/2022 menurut tahun dan menurut id; sebagai baris atau kolom', () => {
    const h = ikpa(nilai, { tahun: 2023 });
    if (h.status !== 'dihitung') throw new Error(h.pesan);
    expect(SAKIP_IKPA(baris, 2023)).toBe(h.nilai.toNumber());
    expect(SAKIP_IKPA(baris, '2023')).toBe(h.nilai.toNumber());
    expect(SAKIP_IKPA(baris, 'PER_5_PB_2022')).toBe(h.nilai.toNumber());
    expect(
      SAKIP_IKPA(
        Object.values(nilai).map((x) => [x]),
        2023,
      ),
    ).toBe(h.nilai.toNumber());
  });

  it('indikator yang tidak berlaku dikosongkan', () => {
    const h = ikpa({ ...nilai, belanjaKontraktual: null }, { tahun: 2023 });
    if (h.status !== 'dihitung') throw new Error(h.pesan);
    const kosong = [Object.values({ ...nilai, belanjaKontraktual: '' })];
    expect(SAKIP_IKPA(kosong, 2023)).toBe(h.nilai.toNumber());
    expect(SAKIP_IKPA([['', '', '', '', '', '', '', '']], 2023)).toBe(
      (() => {
        const t = ikpa(Object.fromEntries(Object.keys(nilai).map((k) => [k, null])), { tahun: 2023 });
        return t.status === 'tidak-dapat-dihitung' ? t.pesan : '';
      })(),
    );
  });

  it('PER-5/PB/2024 dengan pengurang dispensasi', () => {
    const n2024 = { ...nilai } as Record<string, number | string>;
    delete n2024.dispensasiSpm;
    const h = ikpa(n2024, { tahun: 2024, dispensasiPermil: '0,5' });
    if (h.status !== 'dihitung') throw new Error(h.pesan);
    expect(SAKIP_IKPA([Object.values(n2024)], 2024, '0,5')).toBe(h.nilai.toNumber());
  });

  it('galat', () => {
    const kurang = galat(() => SAKIP_IKPA([[100, 90]], 2023));
    expect(kurang.kode).toBe('IKPA_INDIKATOR_HILANG');
    expect(kurang.message).toContain('revisiDipa, deviasiHalamanIIIDipa');
    expect(galat(() => SAKIP_IKPA([[...Object.values(nilai), 1]], 2023)).kode).toBe(
      'IKPA_INDIKATOR_TIDAK_DIKENAL',
    );
    expect(galat(() => SAKIP_IKPA([[101, ...Object.values(nilai).slice(1)]], 2023)).kode).toBe(
      'IKPA_NILAI_DI_LUAR_RENTANG',
    );
    expect(galat(() => SAKIP_IKPA(baris, 2099)).message).toBe(pesan(() => ikpa(nilai, { tahun: 2099 })));
    expect(galat(() => SAKIP_IKPA(baris, '')).kode).toBe('ATURAN_TIDAK_DIKENAL');
    expect(galat(() => SAKIP_IKPA(baris, 2023, 1)).kode).toBe('IKPA_INDIKATOR_TIDAK_DIKENAL');
  });

  it('NKA', () => {
    const h = nilaiKinerjaAnggaran({ smart: '84,76', ikpa: '95,91' }, { tahun: 2023 });
    expect(SAKIP_NKA('84,76', '95,91', 2023)).toBe(h.nilai.toNumber());
    expect(SAKIP_NKA(84.76, 95.91, 2023, 2, 'potong')).toBe(90.33);
    expect(SAKIP_NKA(84.76, 95.91, 2023, 2)).toBe(90.34);
    expect(SAKIP_NKA(84.76, 95.91, 2022)).toBe(
      nilaiKinerjaAnggaran({ smart: 84.76, ikpa: 95.91 }, { tahun: 2022 }).nilai.toNumber(),
    );
    expect(SAKIP_NKA(84.76, 95.91, 'PMK_62_2023')).toBe(h.nilai.toNumber());
    expect(galat(() => SAKIP_NKA(80, 90, 2021)).message).toBe(
      pesan(() => nilaiKinerjaAnggaran({ smart: 80, ikpa: 90 }, { tahun: 2021 })),
    );
    expect(galat(() => SAKIP_NKA(80, 101, 2023)).kode).toBe('NKA_NILAI_DI_LUAR_RENTANG');
  });
});

describe('SAKIP_AUDIT_CAPAIAN sama dengan auditLaporan', () => {
  function audit(target: string, realisasi: string, teks: string) {
    return auditLaporan({
      instansi: 'X',
      tahun: 2024,
      sasaran: [{ id: 'S', nama: 'S', indikator: [{ id: 'I', nama: 'I', target, realisasi }] }],
      tercetak: [{ rujukan: 'indikator/I/capaian', teks }],
    }).temuan[0];
  }

  it('cocok, cocok dengan kebiasaan, salah', () => {
    expect(audit('69,02', '92,71', '134,32')?.status).toBe('cocok');
    expect(SAKIP_AUDIT_CAPAIAN(69.02, 92.71, '134,32')).toBe('cocok');
    expect(audit('1,31', '0,73', '55,72')?.status).toBe('cocok-dengan-kebiasaan');
    expect(SAKIP_AUDIT_CAPAIAN('1,31', '0,73', '55,72')).toBe('cocok dengan kebiasaan: dipotong 2 desimal');
    const s = audit('1,31', '0,73', '96,00');
    expect(s?.status === 'salah' && s.diharapkan).toBe('55,73');
    expect(SAKIP_AUDIT_CAPAIAN(1.31, 0.73, '96,00')).toBe('salah: seharusnya 55,73');
    expect(SAKIP_AUDIT_CAPAIAN(71.86, 71.91, '100,06')).toBe('cocok dengan kebiasaan: dipotong 2 desimal');
  });

  it('tercetak sebagai angka atau teks berformat en; angka dengan derau float', () => {
    expect(SAKIP_AUDIT_CAPAIAN(1.31, 0.73, 55.73)).toBe('cocok');
    expect(SAKIP_AUDIT_CAPAIAN(1.31, 0.73, '55.73')).toBe('cocok');
    expect(SAKIP_AUDIT_CAPAIAN(100, 0.57 * 100, 57, '', 2)).toBe('cocok');
    // 55,7 printed with 1 decimal: the trailing zero of a number cell is restored by desimalTercetak.
    expect(SAKIP_AUDIT_CAPAIAN(100, 55.7, 55.7, '', 2)).toBe('cocok');
  });

  it('polaritas negatif dan target 0', () => {
    expect(SAKIP_AUDIT_CAPAIAN(7, 6.5, '107,14', 'negatif')).toBe('cocok');
    expect(SAKIP_AUDIT_CAPAIAN(0, 5, '100')).toMatch(/^tidak dapat diperiksa: /);
  });

  it('galat', () => {
    expect(galat(() => SAKIP_AUDIT_CAPAIAN(1, 1, '55.720')).kode).toBe('ANGKA_AMBIGU');
    expect(galat(() => SAKIP_AUDIT_CAPAIAN(1, 1, 'cocok')).kode).toBe('ANGKA_HURUF');
    expect(galat(() => SAKIP_AUDIT_CAPAIAN(1, 1, 100, 'netral')).kode).toBe('MASUKAN_TIDAK_VALID');
  });
});

describe('permukaan sakip/sheets', () => {
  it('hanya fungsi SAKIP_* berhuruf besar', () => {
    const nama = Object.keys(sheets).sort();
    expect(nama.every((n) => /^SAKIP_[A-Z_]+$/.test(n))).toBe(true);
    expect(nama).toEqual([
      'SAKIP_AUDIT_CAPAIAN',
      'SAKIP_CAPAIAN',
      'SAKIP_EFISIENSI',
      'SAKIP_IKM',
      'SAKIP_IKPA',
      'SAKIP_MUTU',
      'SAKIP_NKA',
      'SAKIP_PENYERAPAN',
      'SAKIP_PREDIKAT',
      'SAKIP_SISA',
    ]);
  });

  it('masukan tidak diubah', () => {
    const rentang = [[4, 4, 4, 4, 4, 4, 4, 4, '']];
    const salinan = structuredClone(rentang);
    SAKIP_IKM([...rentang, [4, 4, 4, 4, 4, 4, 4, 4, 4]]);
    expect(rentang).toEqual(salinan);
  });
});
