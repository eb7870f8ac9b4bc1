import { describe, expect, it } from 'vitest';
import {
  AkumulatorSkm,
  ATURAN_SKM,
  bulatkan,
  Decimal,
  isSakipError,
  type KodeGalat,
  type SakipError,
  skm,
  skmDariNrr,
} from '../../src/index.js';
import { SEPULUH_RESPONDEN } from './contoh.js';

const galat = (f: () => unknown): SakipError => {
  try {
    f();
  } catch (e) {
    if (isSakipError(e)) return e;
    throw e;
  }
  throw new Error('tidak ada galat');
};
const kode = (f: () => unknown): KodeGalat => galat(f).kode;
const semua4 = (n: number) => [Array.from({ length: n }, () => 4)];
const d = (x: string | number) => new Decimal(x);

describe('skm: survei 10 responden (dihitung tangan di docs/skm.md)', () => {
  const h = skm(SEPULUH_RESPONDEN);

  it('NRR per unsur: Σ jawaban / banyak jawaban, kosong tidak dihitung', () => {
    // Column sums by hand: 35, 34, 29, 40, 31, 34, 38, 26 (9 answers, one blank), 34.
    expect(h.nrrPerUnsur.persyaratan?.toString()).toBe('3.5');
    expect(h.nrrPerUnsur.prosedur?.toString()).toBe('3.4');
    expect(h.nrrPerUnsur.waktu?.toString()).toBe('2.9');
    expect(h.nrrPerUnsur.biaya?.toString()).toBe('4');
    expect(h.nrrPerUnsur.produk?.toString()).toBe('3.1');
    expect(h.nrrPerUnsur.kompetensi?.toString()).toBe('3.4');
    expect(h.nrrPerUnsur.perilaku?.toString()).toBe('3.8');
    expect(h.nrrPerUnsur.pengaduan?.eq(d(26).div(9))).toBe(true);
    expect(h.nrrPerUnsur.sarana?.toString()).toBe('3.4');
    const pengaduan = h.perUnsur.find((u) => u.id === 'pengaduan');
    expect([pengaduan?.jawaban, pengaduan?.jumlah]).toEqual([9, 26]);
  });

  it('IKM = Σ NRR × 1/9 = (27,5 + 26/9) / 9 = 547/162; nilai = × 25 = 13675/162 ≈ 84,41; mutu B', () => {
    expect(h.responden).toBe(10);
    expect(h.ikm.eq(d(547).div(162))).toBe(true);
    expect(h.nilai.eq(d(13675).div(162))).toBe(true);
    expect(h.ikm.toFixed(4)).toBe('3.3765');
    expect(bulatkan(h.nilai, 2).toString()).toBe('84.41');
    expect([h.mutu, h.kinerja]).toEqual(['B', 'Baik']);
    expect(h.tepat.nilai.eq(h.nilai)).toBe(true);
    expect(h.bobot).toBe('tepat (1/9 per unsur)');
  });

  it('NRR dibulatkan 2 desimal sebelum pembobotan (kebiasaan alat): 84,42, bukan 84,41', () => {
    const r = skm(SEPULUH_RESPONDEN, {
      pembulatan: { nrr: { desimal: 2, mode: 'setengah-atas', dipakaiLanjut: true } },
    });
    // 26/9 = 2,888… → 2,89; Σ = 27,5 + 2,89 = 30,39; 30,39 / 9 × 25 = 84,41666…
    expect(r.nrrPerUnsur.pengaduan?.toString()).toBe('2.89');
    expect(r.nilai.eq(d('759.75').div(9))).toBe(true); // 30,39 × 25 / 9
    expect(bulatkan(r.nilai, 2).toString()).toBe('84.42');
    expect(r.tepat.nilai.eq(d(13675).div(162))).toBe(true);
  });

  it('bobot 0,111: (27,5 + 26/9) × 0,111 × 25 = 84,329166… → 84,33', () => {
    const r = skm(SEPULUH_RESPONDEN, { bobot: '0,111' });
    expect(r.nilai.eq(d('758.9625').div(9))).toBe(true); // 273,5 × 0,111 × 25 / 9
    expect(bulatkan(r.nilai, 2).toString()).toBe('84.33');
    expect(r.bobot).toBe('0,111 per unsur');
  });

  it("kosong 'gabungan': Σ jawaban / Σ banyak = 301 / 89; nilai 7525/89 ≈ 84,55", () => {
    const r = skm(SEPULUH_RESPONDEN, { kosong: 'gabungan' });
    expect(r.ikm.eq(d(301).div(89))).toBe(true);
    expect(bulatkan(r.nilai, 2).toString()).toBe('84.55');
    expect(r.mutu).toBe('B');
    // NRR per unsur stay per unsur.
    expect(r.nrrPerUnsur.pengaduan?.eq(d(26).div(9))).toBe(true);
  });

  it('pembulatan nilai dengan dipakaiLanjut: mutu dicari pada nilai tercetak', () => {
    const r = skm(SEPULUH_RESPONDEN, {
      pembulatan: {
        ikm: { desimal: 2, mode: 'setengah-atas', dipakaiLanjut: false },
        nilai: { desimal: 2, mode: 'potong', dipakaiLanjut: true },
      },
    });
    expect(r.ikm.toString()).toBe('3.38');
    expect(r.nilai.toString()).toBe('84.41');
    expect(r.langkah.map((l) => l.besaran)).toContain('nilai (dicetak)');
  });

  it('langkah mencatat setiap NRR, IKM, nilai dan mutu', () => {
    const besaran = h.langkah.map((l) => l.besaran);
    expect(besaran).toEqual([
      ...ATURAN_SKM.PERMENPANRB_14_2017.unsur.map((u) => `NRR ${u.id}`),
      'IKM',
      'nilai',
      'mutu',
    ]);
    expect(h.langkah.find((l) => l.besaran === 'NRR pengaduan')?.rumus).toBe(
      'Σ jawaban / banyak jawaban = 26 / 9',
    );
    expect(h.langkah.find((l) => l.besaran === 'IKM')?.rumus).toContain('26/9 × 1/9');
  });

  it('baris objek ber-id unsur sama dengan baris larik', () => {
    const ids = ATURAN_SKM.PERMENPANRB_14_2017.unsur.map((u) => u.id);
    const objek = SEPULUH_RESPONDEN.map((b) => Object.fromEntries(ids.map((id, j) => [id, b[j] ?? null])));
    const r = skm(objek);
    expect(r.nilai.eq(h.nilai)).toBe(true);
  });
});

describe('skm: bobot lama', () => {
  it('semua jawaban 4: tepat 100; 0,111 → 99,9; 0,11 → 99,0', () => {
    expect(skm(semua4(9)).nilai.toString()).toBe('100');
    expect(skm(semua4(9), { bobot: '0,111' }).nilai.toString()).toBe('99.9');
    expect(skm(semua4(9), { bobot: '0,11' }).nilai.toString()).toBe('99');
    expect(skm(semua4(9), { bobot: 'tercetak' }).nilai.toString()).toBe('99.9');
    expect(skm(semua4(9), { bobot: '0,111' }).mutu).toBe('A');
  });

  it('KepMenPAN 25/2004: 14 unsur, 0,071 → 99,4; tepat (1/14) → 100', () => {
    expect(skm(semua4(14), { aturan: 'KEPMENPAN_25_2004', bobot: 'tercetak' }).nilai.toString()).toBe('99.4');
    expect(skm(semua4(14), { aturan: 'KEPMENPAN_25_2004' }).nilai.toString()).toBe('100');
  });

  it('semua jawaban 1 dengan 0,111: 24,975 (< 25) tetap mutu D, dan langkah menjelaskannya', () => {
    const r = skm([Array.from({ length: 9 }, () => 1)], { bobot: '0,111' });
    expect(r.nilai.toString()).toBe('24.975');
    expect(r.mutu).toBe('D');
    expect(r.langkah.at(-1)?.rumus).toContain('di bawah 25');
  });

  it('bobot seragam yang berjumlah lebih dari 1 ditolak', () => {
    expect(kode(() => skm(semua4(9), { bobot: '0,2' }))).toBe('SKM_OPSI_TIDAK_VALID');
    expect(kode(() => skm(semua4(9), { bobot: 0 }))).toBe('SKM_OPSI_TIDAK_VALID');
    expect(kode(() => skm(semua4(9), { bobot: 'setengah' }))).toBe('SKM_OPSI_TIDAK_VALID');
  });
});

describe('skmDariNrr: nilai per unsur yang sudah dicetak', () => {
  it('829 / 9 = 92,11 dari nilai per unsur pada skala 25–100', () => {
    const nilai = [92, 93, 91, 94, 90, 92, 93, 92, 92]; // Σ = 829
    const h = skmDariNrr(nilai, { skala: 'nilai' });
    expect(h.nilai.eq(d(829).div(9))).toBe(true);
    expect(bulatkan(h.nilai, 2).toString()).toBe('92.11');
    expect(h.ikm.eq(d(829).div(225))).toBe(true);
    expect(h.mutu).toBe('A');
    expect(h.perUnsur[0]?.nrr.toString()).toBe('3.68');
  });

  it('NRR 1–4 dari larik atau objek ber-id', () => {
    const nrr = {
      persyaratan: 3.5,
      prosedur: 3.4,
      waktu: 2.9,
      biaya: 4,
      produk: 3.1,
      kompetensi: 3.4,
      perilaku: 3.8,
      pengaduan: '2,89',
      sarana: 3.4,
    };
    expect(skmDariNrr(nrr).nilai.eq(d('759.75').div(9))).toBe(true);
  });

  it('galat: skala salah, jumlah unsur salah, id asing', () => {
    expect(kode(() => skmDariNrr([92, 93, 91, 94, 90, 92, 93, 92, 92]))).toBe('SKM_NILAI_DI_LUAR_RENTANG');
    expect(galat(() => skmDariNrr([92, 93, 91, 94, 90, 92, 93, 92, 92])).message).toContain("skala: 'nilai'");
    expect(kode(() => skmDariNrr([3, 3]))).toBe('SKM_BARIS_TIDAK_SERAGAM');
    expect(kode(() => skmDariNrr({ persyaratan: 3 }))).toBe('SKM_BARIS_TIDAK_SERAGAM');
    expect(kode(() => skmDariNrr([3, 3, 3, 3, 3, 3, 3, 3, 3], { skala: 'persen' as never }))).toBe(
      'SKM_OPSI_TIDAK_VALID',
    );
  });
});

describe('skm: galat menyebut responden dan unsur', () => {
  const baris = (ubah: (b: unknown[]) => void) => {
    const data = SEPULUH_RESPONDEN.map((b) => [...b] as unknown[]);
    ubah(data[1] as unknown[]);
    return data as (number | null)[][];
  };

  it.each([
    ['di luar 1–4 (5)', (b: unknown[]) => (b[2] = 5), 'SKM_JAWABAN_DI_LUAR_SKALA'],
    ['di luar 1–4 (0)', (b: unknown[]) => (b[2] = 0), 'SKM_JAWABAN_DI_LUAR_SKALA'],
    ['bukan bulat', (b: unknown[]) => (b[2] = 2.5), 'SKM_JAWABAN_BUKAN_BULAT'],
    ['teks', (b: unknown[]) => (b[2] = '3'), 'SKM_JAWABAN_TIDAK_VALID'],
    ['undefined', (b: unknown[]) => (b[2] = undefined), 'SKM_JAWABAN_TIDAK_VALID'],
    ['NaN', (b: unknown[]) => (b[2] = Number.NaN), 'SKM_JAWABAN_TIDAK_VALID'],
  ])('%s', (_n, ubah, k) => {
    const e = galat(() => skm(baris(ubah)));
    expect(e.kode).toBe(k);
    expect(e.message).toContain('Responden ke-2');
    expect(e.message).toContain('waktu');
    expect(e.lokasi).toBe('jawaban[1][2]');
  });

  it('baris tidak seragam', () => {
    const e = galat(() => skm(baris((b) => b.pop())));
    expect(e.kode).toBe('SKM_BARIS_TIDAK_SERAGAM');
    expect(e.message).toContain('Responden ke-2');
    expect(e.lokasi).toBe('jawaban[1]');
    expect(kode(() => skm([{ persyaratan: 4 }]))).toBe('SKM_BARIS_TIDAK_SERAGAM');
    expect(kode(() => skm([4 as never]))).toBe('SKM_BARIS_TIDAK_SERAGAM');
    const asing = galat(() =>
      skm([
        {
          persyaratan: 4,
          prosedur: 4,
          waktu: 4,
          biaya: 4,
          produk: 4,
          kompetensi: 4,
          perilaku: 4,
          pengaduan: 4,
          sarana: 4,
          maklumat: 4,
        },
      ]),
    );
    expect(asing.message).toContain('maklumat');
  });

  it('unsur yang tidak dijawab siapa pun', () => {
    const data = SEPULUH_RESPONDEN.map((b) => b.map((x, j) => (j === 7 ? null : x)));
    const e = galat(() => skm(data));
    expect(e.kode).toBe('SKM_UNSUR_TANPA_JAWABAN');
    expect(e.message).toContain('pengaduan');
    expect(e.message).toContain('Penanganan Pengaduan');
  });

  it('tanpa responden, jawaban bukan larik, opsi salah', () => {
    expect(kode(() => skm([]))).toBe('SKM_TANPA_RESPONDEN');
    expect(kode(() => skm(5 as never))).toBe('SKM_JAWABAN_TIDAK_VALID');
    expect(kode(() => skm(SEPULUH_RESPONDEN, { kosong: 'nol' as never }))).toBe('SKM_OPSI_TIDAK_VALID');
    expect(kode(() => skm(SEPULUH_RESPONDEN, { aturan: 'PERMENPAN_16_2014' as never }))).toBe(
      'SKM_OPSI_TIDAK_VALID',
    );
    expect(
      kode(() =>
        skm(SEPULUH_RESPONDEN, {
          pembulatan: { nrr: { desimal: 2, mode: 'naik', dipakaiLanjut: true } as never },
        }),
      ),
    ).toBe('SKM_OPSI_TIDAK_VALID');
    expect(kode(() => skm(SEPULUH_RESPONDEN, { pembulatan: { nilaiAkhir: {} } as never }))).toBe(
      'SKM_OPSI_TIDAK_VALID',
    );
  });

  it('baris yang ditolak tidak mengubah akumulator; masukan tidak diubah', () => {
    const a = new AkumulatorSkm().tambah(SEPULUH_RESPONDEN[0] ?? []);
    expect(kode(() => a.tambah([4, 4, 4, 4, 4, 4, 4, 4, 9]))).toBe('SKM_JAWABAN_DI_LUAR_SKALA');
    expect(a.keadaan()).toEqual({
      aturan: 'PERMENPANRB_14_2017',
      unsur: ATURAN_SKM.PERMENPANRB_14_2017.unsur.map((u) => u.id),
      responden: 1,
      jumlah: [4, 4, 3, 4, 3, 3, 4, 3, 4],
      banyak: [1, 1, 1, 1, 1, 1, 1, 1, 1],
    });
    const beku = Object.freeze(SEPULUH_RESPONDEN.map((b) => Object.freeze([...b])));
    expect(() => skm(beku)).not.toThrow();
  });
});

describe('AkumulatorSkm: keadaan dan gabung', () => {
  it('keadaan lewat JSON lalu dariKeadaan memberi hasil yang sama', () => {
    const a = new AkumulatorSkm().tambahSemua(SEPULUH_RESPONDEN.slice(0, 4));
    const b = new AkumulatorSkm().tambahSemua(SEPULUH_RESPONDEN.slice(4));
    const kiriman = JSON.parse(JSON.stringify(b.keadaan()));
    const gabung = AkumulatorSkm.dariKeadaan(a.keadaan()).gabung(AkumulatorSkm.dariKeadaan(kiriman));
    expect(gabung.hasil().nilai.eq(skm(SEPULUH_RESPONDEN).nilai)).toBe(true);
    expect(b.responden).toBe(6);
  });

  it('aturan berbeda atau keadaan tidak konsisten ditolak', () => {
    const a = new AkumulatorSkm();
    expect(kode(() => a.gabung(new AkumulatorSkm({ aturan: 'KEPMENPAN_25_2004' })))).toBe(
      'SKM_AKUMULATOR_BERBEDA',
    );
    expect(kode(() => a.gabung({} as never))).toBe('SKM_AKUMULATOR_BERBEDA');
    const k = new AkumulatorSkm().tambah([4, 4, 4, 4, 4, 4, 4, 4, 4]).keadaan();
    expect(kode(() => AkumulatorSkm.dariKeadaan({ ...k, jumlah: k.jumlah.map((s) => s + 1) }))).toBe(
      'SKM_AKUMULATOR_BERBEDA',
    );
    expect(kode(() => AkumulatorSkm.dariKeadaan({ ...k, banyak: k.banyak.map(() => 2) }))).toBe(
      'SKM_AKUMULATOR_BERBEDA',
    );
    expect(kode(() => AkumulatorSkm.dariKeadaan({ ...k, responden: -1 }))).toBe('SKM_AKUMULATOR_BERBEDA');
  });

  it('hasil dapat diminta di tengah jalan, lalu baris berikutnya tetap masuk', () => {
    const a = new AkumulatorSkm().tambah([4, 4, 4, 4, 4, 4, 4, 4, 4]);
    expect(a.hasil().nilai.toString()).toBe('100');
    a.tambah([1, 1, 1, 1, 1, 1, 1, 1, 1]);
    expect(a.hasil().nilai.toString()).toBe('62.5');
  });
});
