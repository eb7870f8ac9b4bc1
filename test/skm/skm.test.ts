import { describe, expect, it } from 'vitest';
import {
  AkumulatorSkm,
  ATURAN_SKM,
  buatKebijakanPembulatan,
  bulatkan,
  Decimal,
  isSakipError,
  type KodeGalat,
  type SakipError,
  skm,
  skmDariNrr,
  tulisLangkah,
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

/** Rounds each unsur's NRR to 2 decimals and computes on with it (the habit of some tools). */
const NRR_DUA_DESIMAL = buatKebijakanPembulatan({
  id: 'NRR_DUA_DESIMAL',
  nama: 'NRR 2 desimal, dipakai lanjut',
  sumber: 'kebiasaan alat SKM',
  status: 'sesuai-praktik',
  besaran: { rataRata: { desimal: 2, dipakaiLanjut: true } },
});

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
    expect([h.mutu, h.kinerja, h.aturan, h.kebijakan, h.kosong]).toEqual([
      'B',
      'Baik',
      'PERMENPANRB_14_2017',
      'TEPAT',
      'per-unsur',
    ]);
    // Without a rounding policy the printed figures are the exact ones.
    expect(h.tampil.nilai.eq(h.nilai) && h.tampil.ikm.eq(h.ikm)).toBe(true);
    expect([h.tampil.mutu, h.tampil.kinerja]).toEqual(['B', 'Baik']);
    expect(h.bobot).toBe('tepat (1/9 per unsur)');
  });

  it('kebijakan: NRR dibulatkan 2 desimal sebelum pembobotan (kebiasaan alat): 84,42, bukan 84,41', () => {
    const r = skm(SEPULUH_RESPONDEN, { kebijakan: NRR_DUA_DESIMAL });
    // 26/9 = 2,888… → 2,89; Σ = 27,5 + 2,89 = 30,39; 30,39 / 9 × 25 = 84,41666…
    expect(r.tampil.nrrPerUnsur.pengaduan?.toString()).toBe('2.89');
    expect(r.perUnsur[7]?.tampil.toString()).toBe('2.89');
    expect(r.tampil.nilai.eq(d('759.75').div(9))).toBe(true); // 30,39 × 25 / 9
    expect(bulatkan(r.tampil.nilai, 2).toString()).toBe('84.42');
    // The main figures stay exact.
    expect(r.nilai.eq(d(13675).div(162))).toBe(true);
    expect(r.nrrPerUnsur.pengaduan?.eq(d(26).div(9))).toBe(true);
    expect(r.kebijakan).toBe('NRR_DUA_DESIMAL');
  });

  it("kebijakan 'BERTAHAP' (id preset): NRR 2 desimal dipakai lanjut, IKM dan nilai dicetak 2 desimal", () => {
    const r = skm(SEPULUH_RESPONDEN, { kebijakan: 'BERTAHAP' });
    expect(r.tampil.ikm.toString()).toBe('3.38'); // 30,39 / 9 = 3,3766…
    expect(r.tampil.nilai.toString()).toBe('84.42');
    expect(r.tampil.mutu).toBe('B');
  });

  it('kebijakan indeks dipakai lanjut: nilai dari IKM tercetak (3,38 × 25 = 84,5), mutu pada nilai tercetak', () => {
    const indeksLanjut = buatKebijakanPembulatan({
      id: 'IKM_DUA_DESIMAL',
      nama: 'IKM 2 desimal dipakai lanjut',
      sumber: 'contoh',
      status: 'belum-terverifikasi',
      besaran: { indeks: { desimal: 2, dipakaiLanjut: true } },
    });
    const r = skm(SEPULUH_RESPONDEN, { kebijakan: indeksLanjut });
    expect(r.tampil.ikm.toString()).toBe('3.38');
    expect(r.tampil.nilai.toString()).toBe('84.5');
    expect(r.langkah.map((l) => l.rumus)).toContain('nilai = IKM dicetak × konversi');
    // Both chains are traced: first the exact one, then the printed one.
    const rumus = r.langkah.map((l) => l.rumus);
    expect(rumus.indexOf('nilai = IKM × konversi')).toBeLessThan(rumus.indexOf('IKM dicetak'));
  });

  it('mutu tercetak dapat berbeda dari mutu tepat: IKM 53/15 = 3,5333… (A) dicetak 3,53 → 88,25 (B)', () => {
    const aturan = {
      ...ATURAN_SKM.PERMENPANRB_14_2017,
      id: 'SATU',
      unsur: [{ id: 'a', nama: 'A' }],
      bobotTercetak: undefined,
    };
    // 15 respondents: eight 4s and seven 3s, Σ = 53.
    const rows = [...Array.from({ length: 8 }, () => [4]), ...Array.from({ length: 7 }, () => [3])];
    const kebijakan = buatKebijakanPembulatan({
      id: 'IKM_DUA_DESIMAL',
      nama: 'IKM 2 desimal dipakai lanjut',
      sumber: 'contoh',
      status: 'belum-terverifikasi',
      besaran: { indeks: { desimal: 2, dipakaiLanjut: true } },
    });
    const r = skm(rows, { aturan: aturan as never, kebijakan });
    expect(r.nilai.eq(d(53 * 25).div(15))).toBe(true);
    expect(r.mutu).toBe('A');
    expect([r.tampil.ikm.toString(), r.tampil.nilai.toString(), r.tampil.mutu]).toEqual([
      '3.53',
      '88.25',
      'B',
    ]);
    expect(r.langkah.at(-1)?.catatan).toContain('rantai cetak');
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
    expect([r.mutu, r.kosong]).toEqual(['B', 'gabungan']);
    // NRR per unsur stay per unsur.
    expect(r.nrrPerUnsur.pengaduan?.eq(d(26).div(9))).toBe(true);
  });

  it('langkah (satu bentuk Langkah) mencatat setiap NRR, IKM, nilai dan mutu', () => {
    const rumus = h.langkah.map((l) => l.rumus);
    expect(rumus).toEqual([
      ...ATURAN_SKM.PERMENPANRB_14_2017.unsur.map((u) => `NRR ${u.id} = Σ jawaban / banyak jawaban`),
      'IKM = Σ NRR × bobot',
      'nilai = IKM × konversi',
      'mutu = baris tabel mutu yang memuat nilai',
    ]);
    const pengaduan = h.langkah[7];
    expect(pengaduan?.masukan['Σ jawaban']?.toString()).toBe('26');
    expect(pengaduan?.masukan['banyak jawaban']?.toString()).toBe('9');
    expect(h.langkah[9]?.masukan.bobot).toBe('1/9');
    expect(h.langkah[9]?.masukan['NRR pengaduan']).toBe('26/9');
    expect(h.langkah.at(-1)?.hasil).toBe('B (Baik)');
    expect(tulisLangkah(h.langkah[0] as never)).toBe(
      'NRR persyaratan = Σ jawaban / banyak jawaban; Σ jawaban = 35, banyak jawaban = 10 → 3,5',
    );
  });

  it('baris objek ber-id unsur sama dengan baris larik', () => {
    const ids = ATURAN_SKM.PERMENPANRB_14_2017.unsur.map((u) => u.id);
    const objek = SEPULUH_RESPONDEN.map((b) => Object.fromEntries(ids.map((id, j) => [id, b[j] ?? null])));
    expect(skm(objek).nilai.eq(h.nilai)).toBe(true);
  });

  it('generator baris diterima; galat generator menjadi MASUKAN_TIDAK_VALID dengan cause', () => {
    function* baris() {
      yield* SEPULUH_RESPONDEN;
    }
    expect(skm(baris()).nilai.eq(h.nilai)).toBe(true);
    function* rusak() {
      yield SEPULUH_RESPONDEN[0] as (number | null)[];
      throw new Error('berkas terputus');
    }
    const e = galat(() => skm(rusak()));
    expect(e.kode).toBe('MASUKAN_TIDAK_VALID');
    expect(e.message).toContain('berkas terputus');
    expect(e.lokasi).toBe('jawaban[1]');
    expect((e.cause as Error).message).toBe('berkas terputus');
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
    expect(r.langkah.at(-1)?.catatan).toContain('di bawah 25');
  });

  it('bobot seragam yang berjumlah lebih dari 1, nol, atau bukan angka ditolak', () => {
    expect(kode(() => skm(semua4(9), { bobot: '0,2' }))).toBe('OPSI_TIDAK_VALID');
    expect(kode(() => skm(semua4(9), { bobot: 0 }))).toBe('OPSI_TIDAK_VALID');
    expect(kode(() => skm(semua4(9), { bobot: 'setengah' }))).toBe('OPSI_TIDAK_VALID');
    const tanpaCetak = { ...ATURAN_SKM.PERMENPANRB_14_2017, id: 'X', bobotTercetak: undefined };
    expect(kode(() => skm(semua4(9), { aturan: tanpaCetak as never, bobot: 'tercetak' }))).toBe(
      'OPSI_TIDAK_VALID',
    );
  });
});

describe('skmDariNrr: nilai per unsur yang sudah dicetak', () => {
  it('829 / 9 = 92,11 dari nilai per unsur pada skala 25–100', () => {
    const nilai = [92, 93, 91, 94, 90, 92, 93, 92, 92]; // Σ = 829
    const h = skmDariNrr(nilai, { satuan: 'nilai' });
    expect(h.nilai.eq(d(829).div(9))).toBe(true);
    expect(bulatkan(h.nilai, 2).toString()).toBe('92.11');
    expect(h.ikm.eq(d(829).div(225))).toBe(true);
    expect(h.mutu).toBe('A');
    expect(h.perUnsur[0]?.nrr.toString()).toBe('3.68');
    expect(h.langkah[0]?.rumus).toBe('NRR persyaratan = nilai / konversi');
    expect('responden' in h).toBe(false);
  });

  it('NRR 1–4 dari larik atau objek ber-id; kebijakan berlaku', () => {
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
    expect(skmDariNrr(nrr, { kebijakan: 'SETENGAH_ATAS' }).tampil.nilai.toString()).toBe('84.42');
  });

  it('galat: satuan salah, jumlah unsur salah, id asing (dengan saran), angka rusak', () => {
    expect(kode(() => skmDariNrr([92, 93, 91, 94, 90, 92, 93, 92, 92]))).toBe('SKM_NILAI_DI_LUAR_RENTANG');
    expect(galat(() => skmDariNrr([92, 93, 91, 94, 90, 92, 93, 92, 92])).message).toContain(
      "satuan: 'nilai'",
    );
    expect(kode(() => skmDariNrr([3, 3]))).toBe('SKM_BARIS_TIDAK_SERAGAM');
    expect(kode(() => skmDariNrr({ persyaratan: 3 }))).toBe('SKM_BARIS_TIDAK_SERAGAM');
    const asing = galat(() =>
      skmDariNrr({
        persyaratan: 3,
        prosedur: 3,
        waktu: 3,
        biaya: 3,
        produk: 3,
        kompetensi: 3,
        perilaku: 3,
        pengadun: 3,
        sarana: 3,
      }),
    );
    expect(asing.kode).toBe('SKM_BARIS_TIDAK_SERAGAM');
    expect(asing.message).toContain('maksudnya "pengaduan"?');
    expect(kode(() => skmDariNrr([3, 3, 3, 3, 3, 3, 3, 3, 3], { satuan: 'persen' as never }))).toBe(
      'OPSI_TIDAK_VALID',
    );
    expect(kode(() => skmDariNrr([3, 3, 3, 3, 3, 3, 3, 3, 3], { skala: 'nilai' } as never))).toBe(
      'OPSI_TIDAK_VALID',
    );
    expect(kode(() => skmDariNrr([3, 3, 3, 3, 3, 3, 3, 3, 3], { kosong: 'gabungan' } as never))).toBe(
      'OPSI_TIDAK_VALID',
    );
    const rusak = galat(() => skmDariNrr([3, 3, 3, '#VALUE!', 3, 3, 3, 3, 3]));
    expect([rusak.kode, rusak.lokasi]).toEqual(['ANGKA_GALAT_SPREADSHEET', 'nrr[3]']);
    expect(kode(() => skmDariNrr(5 as never))).toBe('MASUKAN_TIDAK_VALID');
  });
});

describe('opsi: kunci ketat, satu bentuk pembulatan', () => {
  it('kunci opsi salah eja: galat menyebut kunci yang dimaksud', () => {
    const e = galat(() => skm(SEPULUH_RESPONDEN, { kebjakan: 'POTONG' } as never));
    expect(e.kode).toBe('OPSI_TIDAK_VALID');
    expect(e.message).toContain('maksudnya "kebijakan"?');
    expect(e.masalah.map((m) => m.lokasi)).toEqual(['kebjakan']);
    expect(galat(() => new AkumulatorSkm({ atruan: 'KEPMENPAN_25_2004' } as never)).message).toContain(
      'maksudnya "aturan"?',
    );
  });

  it('bentuk pembulatan lama (pembulatan per besaran) tidak lagi diterima', () => {
    const e = galat(() =>
      skm(SEPULUH_RESPONDEN, { pembulatan: { nrr: { desimal: 2, mode: 'setengah-atas' } } } as never),
    );
    expect(e.kode).toBe('OPSI_TIDAK_VALID');
    expect(e.masalah[0]?.lokasi).toBe('pembulatan');
  });

  it('opsi bukan objek, nilai opsi tidak dikenal, kebijakan tidak dikenal', () => {
    expect(kode(() => skm(SEPULUH_RESPONDEN, null as never))).toBe('OPSI_TIDAK_VALID');
    expect(kode(() => skm(SEPULUH_RESPONDEN, { kosong: 'nol' as never }))).toBe('OPSI_TIDAK_VALID');
    expect(kode(() => skm(SEPULUH_RESPONDEN, { kebijakan: 'POTONGAN' }))).toBe('ATURAN_TIDAK_DIKENAL');
    expect(kode(() => skm(SEPULUH_RESPONDEN, { kebijakan: { id: 'x' } as never }))).toBe(
      'ATURAN_TIDAK_VALID',
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
    ['fungsi', (b: unknown[]) => (b[2] = () => 3), 'SKM_JAWABAN_TIDAK_VALID'],
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
    const lengkap = {
      persyaratan: 4,
      prosedur: 4,
      waktu: 4,
      biaya: 4,
      produk: 4,
      kompetensi: 4,
      perilaku: 4,
      pengaduan: 4,
      sarana: 4,
    };
    expect(galat(() => skm([{ ...lengkap, maklumat: 4 }])).message).toContain('maklumat');
  });

  it('baris Proxy yang melempar galat menjadi SakipError', () => {
    const jahat = new Proxy([4, 4, 4, 4, 4, 4, 4, 4, 4], {
      get(t, k) {
        if (k === '3') throw new Error('jebakan');
        return Reflect.get(t, k);
      },
    });
    const e = galat(() => skm([jahat]));
    expect(e.kode).toBe('SKM_BARIS_TIDAK_SERAGAM');
    expect((e.cause as Error).message).toBe('jebakan');
  });

  it('unsur yang tidak dijawab siapa pun: galat (survei tidak sesuai aturan), bukan hasil', () => {
    const data = SEPULUH_RESPONDEN.map((b) => b.map((x, j) => (j === 7 ? null : x)));
    const e = galat(() => skm(data));
    expect(e.kode).toBe('SKM_UNSUR_TANPA_JAWABAN');
    expect(e.lokasi).toBe('unsur[7]');
    expect(e.message).toContain('pengaduan');
    expect(e.message).toContain('Penanganan Pengaduan');
    expect(e.message).toContain('buatAturanSkm');
  });

  it('tanpa responden, jawaban bukan larik', () => {
    expect(kode(() => skm([]))).toBe('SKM_TANPA_RESPONDEN');
    expect(kode(() => skm(5 as never))).toBe('MASUKAN_TIDAK_VALID');
    expect(kode(() => skm('4444' as never))).toBe('MASUKAN_TIDAK_VALID');
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

  it('keadaan milik aturan lain: dipilih dengan opsi aturan', () => {
    const k = new AkumulatorSkm({ aturan: 'KEPMENPAN_25_2004' }).tambah(semua4(14)[0] as number[]).keadaan();
    const e = galat(() => AkumulatorSkm.dariKeadaan(k));
    expect(e.kode).toBe('SKM_AKUMULATOR_BERBEDA');
    expect(e.message).toContain('KEPMENPAN_25_2004');
    expect(AkumulatorSkm.dariKeadaan(k, { aturan: 'KEPMENPAN_25_2004' }).hasil().nilai.toString()).toBe(
      '100',
    );
  });

  it('menggabung dengan dirinya sendiri menggandakan jumlahnya', () => {
    const a = new AkumulatorSkm().tambahSemua(SEPULUH_RESPONDEN);
    const nilai = a.hasil().nilai;
    a.gabung(a);
    expect(a.responden).toBe(20);
    expect(a.hasil().nilai.eq(nilai)).toBe(true);
  });

  it('aturan berbeda, bukan akumulator, atau keadaan tidak konsisten ditolak', () => {
    const a = new AkumulatorSkm();
    expect(kode(() => a.gabung(new AkumulatorSkm({ aturan: 'KEPMENPAN_25_2004' })))).toBe(
      'SKM_AKUMULATOR_BERBEDA',
    );
    expect(kode(() => a.gabung({} as never))).toBe('MASUKAN_TIDAK_VALID');
    expect(kode(() => a.gabung(Object.create(AkumulatorSkm.prototype)))).toBe('MASUKAN_TIDAK_VALID');
    const k = new AkumulatorSkm().tambah([4, 4, 4, 4, 4, 4, 4, 4, 4]).keadaan();
    for (const rusak of [
      { ...k, jumlah: k.jumlah.map((s) => s + 1) },
      { ...k, banyak: k.banyak.map(() => 2) },
      { ...k, responden: -1 },
      { ...k, jumlah: k.jumlah.slice(1) },
      { ...k, jumlah: k.jumlah.map(() => 4.5) },
      { ...k, jumlah: k.jumlah.map(() => '4') },
      { ...k, tambahan: 1 },
      { ...k, responden: Number.MAX_SAFE_INTEGER + 2 },
      null,
      'keadaan',
      JSON.parse(`{"__proto__": {"responden": 1}, ${JSON.stringify(k).slice(1)}`),
      { ...k, unsur: Array.from({ length: 200_000 }, (_, i) => `u${i}`) },
      new Proxy(k, {
        get() {
          throw new Error('proxy');
        },
      }),
    ]) {
      expect(kode(() => AkumulatorSkm.dariKeadaan(rusak as never))).toBe('MASUKAN_TIDAK_VALID');
    }
    const e = galat(() =>
      AkumulatorSkm.dariKeadaan({ ...k, jumlah: k.jumlah.map((s, j) => (j === 2 ? 40 : s)) }),
    );
    expect(e.masalah.map((m) => m.lokasi)).toEqual(['jumlah[2]']);
  });

  it('keadaan bermusuhan: jumlah yang melampaui 2⁵³ saat digabung ditolak', () => {
    const n = Number.MAX_SAFE_INTEGER;
    const k = {
      aturan: 'PERMENPANRB_14_2017',
      unsur: ATURAN_SKM.PERMENPANRB_14_2017.unsur.map((u) => u.id),
      responden: Math.floor(n / 4),
      jumlah: Array(9).fill(Math.floor(n / 4) * 4),
      banyak: Array(9).fill(Math.floor(n / 4)),
    };
    const a = AkumulatorSkm.dariKeadaan(k);
    expect(kode(() => a.gabung(AkumulatorSkm.dariKeadaan(k)))).toBe('MASUKAN_TIDAK_VALID');
  });

  it('hasil dapat diminta di tengah jalan, lalu baris berikutnya tetap masuk', () => {
    const a = new AkumulatorSkm().tambah([4, 4, 4, 4, 4, 4, 4, 4, 4]);
    expect(a.hasil().nilai.toString()).toBe('100');
    a.tambah([1, 1, 1, 1, 1, 1, 1, 1, 1]);
    expect(a.hasil().nilai.toString()).toBe('62.5');
    expect(kode(() => new AkumulatorSkm().hasil())).toBe('SKM_TANPA_RESPONDEN');
  });
});
