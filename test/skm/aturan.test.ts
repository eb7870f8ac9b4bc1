import { describe, expect, it } from 'vitest';
import { ATURAN_SKM, buatAturanSkm, Decimal, ikmGabungan, mutuSkm, skm } from '../../src/index.js';
import { kodeGalat } from '../alat/galat.js';

const P14 = ATURAN_SKM.PERMENPANRB_14_2017;
const K25 = ATURAN_SKM.KEPMENPAN_25_2004;

describe('ATURAN_SKM: data aturan', () => {
  it('14/2017: 9 unsur berurutan U1–U9, bobot tepat 1/9, × 25', () => {
    expect(P14.unsur.map((u) => u.nama)).toEqual([
      'Persyaratan',
      'Sistem, Mekanisme, dan Prosedur',
      'Waktu Penyelesaian',
      'Biaya/Tarif',
      'Produk Spesifikasi Jenis Pelayanan',
      'Kompetensi Pelaksana',
      'Perilaku Pelaksana',
      'Penanganan Pengaduan, Saran dan Masukan',
      'Sarana dan Prasarana',
    ]);
    expect(new Set(P14.unsur.map((u) => u.id)).size).toBe(9);
    expect(P14.unsur.every((u) => u.bobot.pembilang === 1 && u.bobot.penyebut === 9)).toBe(true);
    expect(P14.konversi.toString()).toBe('25');
    expect(P14.status).toBe('terverifikasi');
    expect(P14.mutu.catatan).toContain('88,31');
  });

  it('25/2004: 14 unsur, 1/14 (tercetak 0,071), baris A belum terverifikasi', () => {
    expect(K25.unsur).toHaveLength(14);
    expect(new Set(K25.unsur.map((u) => u.id)).size).toBe(14);
    expect(K25.unsur.every((u) => u.bobot.penyebut === 14)).toBe(true);
    expect(K25.bobotTercetak?.toString()).toBe('0.071');
    expect(K25.rincianStatus['mutu.A']).toBe('belum-terverifikasi');
    expect(K25.mutu.interval.find((i) => i.kode === 'A')?.keterangan).toContain('belum-terverifikasi');
  });

  it('aturan beku', () => {
    expect(Object.isFrozen(P14)).toBe(true);
    expect(Object.isFrozen(P14.unsur)).toBe(true);
  });
});

describe('mutuSkm: batas tabel', () => {
  // 14/2017, batas bawah: A ≥ 88,31; B ≥ 76,61; C ≥ 65,00; selain itu D.
  it.each([
    ['25', 'D', 'Tidak Baik'],
    ['64,99', 'D', 'Tidak Baik'],
    ['64,995', 'D', 'Tidak Baik'], // di celah tercetak 64,99 – 65,00
    ['65', 'C', 'Kurang Baik'],
    ['76,60', 'C', 'Kurang Baik'],
    ['76,605', 'C', 'Kurang Baik'],
    ['76,61', 'B', 'Baik'],
    ['88,30', 'B', 'Baik'],
    ['88,305', 'B', 'Baik'],
    ['88,31', 'A', 'Sangat Baik'],
    ['100', 'A', 'Sangat Baik'],
  ])('14/2017: %s → %s', (nilai, mutu, kinerja) => {
    expect(mutuSkm(nilai)).toMatchObject({ mutu, kinerja, aturan: 'PERMENPANRB_14_2017' });
  });

  it.each([
    ['2,5996', 'D'],
    ['2,60', 'C'],
    ['3,064', 'C'],
    ['3,0644', 'B'],
    ['3,532', 'B'],
    ['3,5324', 'A'],
    ['4', 'A'],
  ])('14/2017 dari indeks 1–4: %s → %s (kolom NI = NIK / 25)', (ikm, mutu) => {
    expect(mutuSkm({ ikm }).mutu).toBe(mutu);
  });

  it.each([
    ['43,75', 'D'],
    ['43,755', 'C'],
    ['43,76', 'C'],
    ['62,50', 'C'],
    ['62,51', 'B'],
    ['76,475', 'B'],
    ['81,25', 'B'],
    ['81,26', 'A'],
  ])('25/2004: %s → %s', (nilai, mutu) => {
    expect(mutuSkm(nilai, 'KEPMENPAN_25_2004').mutu).toBe(mutu);
  });

  it('76,475 adalah B menurut 25/2004 dan C menurut 14/2017: tabel berversi', () => {
    expect(mutuSkm(76.475, K25).mutu).toBe('B');
    expect(mutuSkm(76.475, P14).mutu).toBe('C');
  });

  it('skala dipisah tegas: angka biasa 25–100, { ikm } 1–4', () => {
    expect(mutuSkm({ nilai: '92,11' }).mutu).toBe('A');
    expect(mutuSkm({ ikm: '3,5' }).nilai.toString()).toBe('87.5');
    expect(mutuSkm('87,5').ikm.toString()).toBe('3.5');
    expect(kodeGalat(() => mutuSkm(3.5))).toBe('SKM_NILAI_DI_LUAR_RENTANG');
    expect(kodeGalat(() => mutuSkm({ ikm: 87.5 }))).toBe('SKM_NILAI_DI_LUAR_RENTANG');
    expect(kodeGalat(() => mutuSkm('24,99'))).toBe('SKM_NILAI_DI_LUAR_RENTANG');
    expect(kodeGalat(() => mutuSkm('100,01'))).toBe('SKM_NILAI_DI_LUAR_RENTANG');
    expect(kodeGalat(() => mutuSkm('abc'))).toBe('ANGKA_HURUF');
  });
});

describe('buatAturanSkm: aturan sendiri', () => {
  const dasar = {
    kode: 'CONTOH',
    nama: 'Contoh tiga unsur',
    mutu: P14.mutu,
    sumber: 'contoh',
    status: 'belum-terverifikasi' as const,
  };

  it('tanpa bobot: 1/n tepat', () => {
    const a = buatAturanSkm({
      ...dasar,
      unsur: [
        { id: 'a', nama: 'A' },
        { id: 'b', nama: 'B' },
        { id: 'c', nama: 'C' },
      ],
    });
    expect(a.unsur.map((u) => u.bobot)).toEqual([1, 1, 1].map(() => ({ pembilang: 1, penyebut: 3 })));
    // (4 + 3 + 2) / 3 × 25 = 75
    expect(skm([[4, 3, 2]], { aturan: a }).nilai.toString()).toBe('75');
  });

  it('bobot desimal dan pecahan, dijumlah tepat', () => {
    const a = buatAturanSkm({
      ...dasar,
      unsur: [
        { id: 'a', nama: 'A', bobot: '0,5' },
        { id: 'b', nama: 'B', bobot: { pembilang: 1, penyebut: 3 } },
        { id: 'c', nama: 'C', bobot: { pembilang: 1, penyebut: 6 } },
      ],
    });
    // 4 × 1/2 + 3 × 1/3 + 1 × 1/6 = 2 + 1 + 1/6 = 19/6; × 25 = 475/6
    const h = skm([[4, 3, 1]], { aturan: a });
    expect(h.ikm.eq(new Decimal(19).div(6))).toBe(true);
    expect(h.nilai.eq(new Decimal(475).div(6))).toBe(true);
    expect(h.bobot).toBe('tepat (bobot aturan)');
  });

  it.each([
    [
      'jumlah bobot 0,9',
      {
        unsur: [
          { id: 'a', nama: 'A', bobot: '0,5' },
          { id: 'b', nama: 'B', bobot: '0,4' },
        ],
      },
    ],
    [
      'jumlah bobot 0,999 (0,111 × 9)',
      { unsur: Array.from({ length: 9 }, (_, i) => ({ id: `u${i}`, nama: `U${i}`, bobot: '0,111' })) },
    ],
    [
      'sebagian tanpa bobot',
      {
        unsur: [
          { id: 'a', nama: 'A', bobot: '0,5' },
          { id: 'b', nama: 'B' },
        ],
      },
    ],
    [
      'bobot nol',
      {
        unsur: [
          { id: 'a', nama: 'A', bobot: 0 },
          { id: 'b', nama: 'B', bobot: 1 },
        ],
      },
    ],
    [
      'id ganda',
      {
        unsur: [
          { id: 'a', nama: 'A' },
          { id: 'a', nama: 'B' },
        ],
      },
    ],
    ['tanpa unsur', { unsur: [] }],
    [
      'tabel mutu bercelah',
      { unsur: [{ id: 'a', nama: 'A' }], mutu: { ...P14.mutu, interval: P14.mutu.interval.slice(1) } },
    ],
    [
      'tabel mutu tanpa kode A–D',
      {
        unsur: [{ id: 'a', nama: 'A' }],
        mutu: { ...P14.mutu, interval: P14.mutu.interval.map((i) => ({ ...i, kode: `X${i.kode}` })) },
      },
    ],
    ['domain mutu bukan 25–100', { unsur: [{ id: 'a', nama: 'A' }], konversi: 20 }],
  ])('ditolak: %s', (_n, ubah) => {
    expect(kodeGalat(() => buatAturanSkm({ ...dasar, ...ubah }))).toBe('SKM_ATURAN_TIDAK_VALID');
  });

  it('pesan menyebut jumlah bobot', () => {
    expect(() =>
      buatAturanSkm({
        ...dasar,
        unsur: [
          { id: 'a', nama: 'A', bobot: '0,5' },
          { id: 'b', nama: 'B', bobot: '0,4' },
        ],
      }),
    ).toThrow(/jumlah bobot harus tepat 1, bukan 9\/10/);
  });

  it('definisi yang belum dibangun pun diterima di opsi aturan (divalidasi dulu)', () => {
    const definisi = { ...dasar, unsur: [{ id: 'a', nama: 'A' }] };
    expect(skm([[4]], { aturan: definisi as never }).nilai.toString()).toBe('100');
    expect(kodeGalat(() => skm([[4]], { aturan: { ...definisi, unsur: [] } as never }))).toBe(
      'SKM_ATURAN_TIDAK_VALID',
    );
  });
});

describe('ikmGabungan', () => {
  it('tertimbang responden (default) dan rata-rata biasa, dihitung tangan', () => {
    const unit = [
      { nama: 'UPT A', ikm: '3,68', responden: 120 },
      { nama: 'UPT B', ikm: '3,25', responden: 80 },
      { nama: 'UPT C', ikm: '2,90', responden: 50 },
    ];
    // 441,6 + 260 + 145 = 846,6; / 250 = 3,3864; × 25 = 84,66
    const g = ikmGabungan(unit);
    expect(g.unit.map((u) => u.ikmKaliResponden.toString())).toEqual(['441.6', '260', '145']);
    expect(g.jumlahIkmKaliResponden.toString()).toBe('846.6');
    expect(g.responden).toBe(250);
    expect(g.ikm.toString()).toBe('3.3864');
    expect(g.nilai.toString()).toBe('84.66');
    expect([g.skala, g.cara, g.mutu]).toEqual(['indeks', 'responden', 'B']);
    expect(g.rumus).toContain('846,6 / 250');
    // (3,68 + 3,25 + 2,90) / 3 = 9,83 / 3
    const r = ikmGabungan(unit, { cara: 'rata-rata' });
    expect(r.ikm.eq(new Decimal('9.83').div(3))).toBe(true);
  });

  it('unit pada skala 25–100', () => {
    const g = ikmGabungan([
      { ikm: '92,00', responden: 100 },
      { ikm: '80,00', responden: 300 },
    ]);
    // (9200 + 24000) / 400 = 83
    expect([g.skala, g.nilai.toString(), g.ikm.toString(), g.mutu]).toEqual(['nilai', '83', '3.32', 'B']);
  });

  it('hasil skm dapat langsung digabung', () => {
    const a = skm([[4, 4, 4, 4, 4, 4, 4, 4, 4]]);
    const b = skm([
      [2, 2, 2, 2, 2, 2, 2, 2, 2],
      [2, 2, 2, 2, 2, 2, 2, 2, 2],
      [2, 2, 2, 2, 2, 2, 2, 2, 2],
    ]);
    // (4 × 1 + 2 × 3) / 4 = 2,5 = IKM of the four respondents together
    expect(ikmGabungan([a, b]).ikm.toString()).toBe('2.5');
  });

  it('galat', () => {
    expect(
      kodeGalat(() =>
        ikmGabungan([
          { ikm: '3,6', responden: 10 },
          { ikm: 80, responden: 10 },
        ]),
      ),
    ).toBe('SKM_SKALA_CAMPUR');
    expect(kodeGalat(() => ikmGabungan([{ ikm: '3,6', responden: 10 }], { skala: 'nilai' }))).toBe(
      'SKM_SKALA_CAMPUR',
    );
    expect(kodeGalat(() => ikmGabungan([{ ikm: 10, responden: 10 }]))).toBe('SKM_NILAI_DI_LUAR_RENTANG');
    expect(kodeGalat(() => ikmGabungan([]))).toBe('SKM_TANPA_RESPONDEN');
    expect(kodeGalat(() => ikmGabungan([{ ikm: 3, responden: 0 }]))).toBe('SKM_TANPA_RESPONDEN');
    expect(ikmGabungan([{ ikm: 3, responden: 0 }], { cara: 'rata-rata' }).ikm.toString()).toBe('3');
    expect(kodeGalat(() => ikmGabungan([{ ikm: 3, responden: 1.5 }]))).toBe('SKM_UNIT_TIDAK_VALID');
    expect(kodeGalat(() => ikmGabungan([{ ikm: 'x', responden: 1 }]))).toBe('SKM_UNIT_TIDAK_VALID');
    expect(kodeGalat(() => ikmGabungan([{ ikm: 3, responden: 1 }], { cara: 'median' as never }))).toBe(
      'SKM_OPSI_TIDAK_VALID',
    );
  });
});

describe('mutu dicari tepat pada pecahan, bukan pada Decimal 40 digit', () => {
  it('88,31 − 10⁻⁴² dibulatkan Decimal menjadi 88,31, tetapi mutunya tetap B', async () => {
    const { mutuDariNilai } = await import('../../src/skm/hitung.js');
    const { keDecimalPecahan, pecahan } = await import('../../src/skm/pecahan.js');
    const x = pecahan(8831n * 10n ** 40n - 1n, 10n ** 42n);
    expect(keDecimalPecahan(x).toString()).toBe('88.31');
    expect(mutuDariNilai(x, P14).mutu).toBe('B');
    expect(mutuDariNilai(pecahan(8831n, 100n), P14).mutu).toBe('A');
    // 25/2004, lower bounds exclusive: 81,25 + 10⁻⁴² is A although it rounds to 81,25 (B).
    const y = pecahan(8125n * 10n ** 40n + 1n, 10n ** 42n);
    expect(keDecimalPecahan(y).toString()).toBe('81.25');
    expect(mutuDariNilai(y, K25).mutu).toBe('A');
  });
});
