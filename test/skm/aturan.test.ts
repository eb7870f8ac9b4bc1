import { describe, expect, it } from 'vitest';
import {
  ATURAN_SKM,
  buatAturanSkm,
  Decimal,
  type DefinisiAturanSkm,
  ikmGabungan,
  isSakipError,
  mutuSkm,
  type SakipError,
  skm,
} from '../../src/index.js';
import { cariMutu } from '../../src/skm/inti/mutu.js';
import { keDecimalPecahan, pecahan } from '../../src/skm/pecahan.js';
import { kodeGalat } from '../alat/galat.js';

const P14 = ATURAN_SKM.PERMENPANRB_14_2017;
const K25 = ATURAN_SKM.KEPMENPAN_25_2004;

const galat = (f: () => unknown): SakipError => {
  try {
    f();
  } catch (e) {
    if (isSakipError(e)) return e;
    throw e;
  }
  throw new Error('tidak ada galat');
};

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
    expect([P14.jenis, P14.id, P14.status]).toEqual(['skm', 'PERMENPANRB_14_2017', 'terverifikasi']);
    expect(P14.catatan).toContain('88,31');
    expect(P14.mutu.map((m) => [m.kode, m.kinerja, m.bawah.toString(), m.bawahInklusif])).toEqual([
      ['A', 'Sangat Baik', '88.31', true],
      ['B', 'Baik', '76.61', true],
      ['C', 'Kurang Baik', '65', true],
      ['D', 'Tidak Baik', '25', true],
    ]);
  });

  it('25/2004: 14 unsur, 1/14 (tercetak 0,071), batas atas inklusif, baris A belum terverifikasi', () => {
    expect(K25.unsur).toHaveLength(14);
    expect(new Set(K25.unsur.map((u) => u.id)).size).toBe(14);
    expect(K25.unsur.every((u) => u.bobot.penyebut === 14)).toBe(true);
    expect(K25.bobotTercetak?.toString()).toBe('0.071');
    expect(K25.rincianStatus['mutu.A']).toBe('belum-terverifikasi');
    expect(K25.mutu.find((m) => m.kode === 'A')?.catatan).toContain('belum-terverifikasi');
    expect(K25.mutu.slice(0, 3).every((m) => !m.bawahInklusif)).toBe(true);
  });

  it('id sama dengan kuncinya', () => {
    for (const [kunci, a] of Object.entries(ATURAN_SKM)) expect(a.id).toBe(kunci);
  });

  it('preset beku sampai ke dalam, termasuk bobot, batas mutu (Decimal) dan rincianStatus', () => {
    for (const a of Object.values(ATURAN_SKM)) {
      expect(Object.isFrozen(ATURAN_SKM)).toBe(true);
      expect(Object.isFrozen(a)).toBe(true);
      expect(Object.isFrozen(a.unsur)).toBe(true);
      expect(a.unsur.every((u) => Object.isFrozen(u) && Object.isFrozen(u.bobot))).toBe(true);
      expect(Object.isFrozen(a.mutu)).toBe(true);
      expect(a.mutu.every((m) => Object.isFrozen(m) && Object.isFrozen(m.bawah))).toBe(true);
      expect(Object.isFrozen(a.konversi)).toBe(true);
      expect(Object.isFrozen(a.bobotTercetak)).toBe(true);
      expect(Object.isFrozen(a.rincianStatus)).toBe(true);
    }
    const bobot = P14.unsur[0]?.bobot as { pembilang: number };
    expect(() => {
      bobot.pembilang = 2;
    }).toThrow(TypeError);
    expect(() => {
      (P14.mutu[0]?.bawah as unknown as { e: number }).e = 5;
    }).toThrow(TypeError);
    expect(P14.mutu[0]?.bawah.toString()).toBe('88.31');
  });

  it('hasil tidak berbagi objek dengan preset: mengubah daftar unsur hasil tidak mengubah ATURAN_SKM', () => {
    const h = skm([[4, 4, 4, 4, 4, 4, 4, 4, 4]]);
    const perUnsur = h.perUnsur as unknown as { bobot: { pembilang: number } }[];
    perUnsur.pop();
    (perUnsur[0] as { bobot: { pembilang: number } }).bobot.pembilang = 7;
    expect(P14.unsur).toHaveLength(9);
    expect(P14.unsur[0]?.bobot).toEqual({ pembilang: 1, penyebut: 9 });
    expect(h.perUnsur[0]?.bobot).not.toBe(P14.unsur[0]?.bobot);
    // Two results share nothing either.
    const a = skm([[4, 4, 4, 4, 4, 4, 4, 4, 4]]);
    const b = skm([[4, 4, 4, 4, 4, 4, 4, 4, 4]]);
    expect(a.perUnsur).not.toBe(b.perUnsur);
    expect(a.nrrPerUnsur).not.toBe(b.nrrPerUnsur);
    expect(a.langkah).not.toBe(b.langkah);
  });
});

describe('memilih aturan: satu cara, opsi aturan', () => {
  it('id yang tidak dikenal → ATURAN_TIDAK_DIKENAL, pesan menyebut id yang dikenal', () => {
    const e = galat(() => skm([[4, 4, 4, 4, 4, 4, 4, 4, 4]], { aturan: 'PERMENPAN_16_2014' }));
    expect(e.kode).toBe('ATURAN_TIDAK_DIKENAL');
    expect(e.message).toContain('PERMENPANRB_14_2017');
    expect(e.message).toContain('KEPMENPAN_25_2004');
    expect(kodeGalat(() => mutuSkm(90, { aturan: 'permenpanrb_14_2017' }))).toBe('ATURAN_TIDAK_DIKENAL');
    // Keys of Object.prototype are not rule ids.
    expect(kodeGalat(() => mutuSkm(90, { aturan: 'toString' }))).toBe('ATURAN_TIDAK_DIKENAL');
    expect(kodeGalat(() => mutuSkm(90, { aturan: '__proto__' }))).toBe('ATURAN_TIDAK_DIKENAL');
  });

  it('preset, id, atau definisi sendiri (divalidasi saat dipakai)', () => {
    expect(mutuSkm(90, { aturan: K25 }).aturan).toBe('KEPMENPAN_25_2004');
    expect(mutuSkm(90, { aturan: 'KEPMENPAN_25_2004' }).aturan).toBe('KEPMENPAN_25_2004');
    expect(mutuSkm(90).aturan).toBe('PERMENPANRB_14_2017');
    const definisi: DefinisiAturanSkm = {
      ...P14,
      id: 'SATU',
      unsur: [{ id: 'a', nama: 'A' }],
      bobotTercetak: undefined,
    };
    expect(skm([[4]], { aturan: definisi as never }).nilai.toString()).toBe('100');
    expect(kodeGalat(() => skm([[4]], { aturan: { ...definisi, unsur: [] } as never }))).toBe(
      'ATURAN_TIDAK_VALID',
    );
  });

  it('objek yang hanya dibekukan, tanpa lewat buatAturanSkm, tetap divalidasi', () => {
    const palsu = Object.freeze({
      ...P14,
      id: 'PALSU',
      unsur: Object.freeze([{ id: 'a', nama: 'A', bobot: { pembilang: 1, penyebut: 2 } }]),
    });
    expect(kodeGalat(() => skm([[4]], { aturan: palsu as never }))).toBe('ATURAN_TIDAK_VALID');
  });
});

describe('mutuSkm: batas tabel', () => {
  // 14/2017, batas bawah: A ≥ 88,31; B ≥ 76,61; C ≥ 65,00; selain itu D.
  it.each([
    ['25', 'D', 'Tidak Baik'],
    ['64,99', 'D', 'Tidak Baik'],
    [64.995, 'D', 'Tidak Baik'], // di celah tercetak 64,99 – 65,00
    ['65', 'C', 'Kurang Baik'],
    ['76,60', 'C', 'Kurang Baik'],
    [76.605, 'C', 'Kurang Baik'],
    ['76,61', 'B', 'Baik'],
    ['88,30', 'B', 'Baik'],
    [88.305, 'B', 'Baik'],
    ['88,31', 'A', 'Sangat Baik'],
    ['100', 'A', 'Sangat Baik'],
  ])('14/2017: %s → %s', (nilai, mutu, kinerja) => {
    expect(mutuSkm(nilai)).toMatchObject({ mutu, kinerja, aturan: 'PERMENPANRB_14_2017' });
  });

  it.each([
    ['2,5996', 'D'],
    ['2,60', 'C'],
    [3.064, 'C'],
    ['3,0644', 'B'],
    [3.532, 'B'],
    ['3,5324', 'A'],
    ['4', 'A'],
  ])('14/2017 dari indeks 1–4: %s → %s (kolom NI = NIK / 25)', (ikm, mutu) => {
    expect(mutuSkm(ikm, { satuan: 'indeks' }).mutu).toBe(mutu);
  });

  it.each([
    ['43,75', 'D'],
    [43.755, 'C'],
    ['43,76', 'C'],
    ['62,50', 'C'],
    ['62,51', 'B'],
    [76.475, 'B'],
    ['81,25', 'B'],
    ['81,26', 'A'],
  ])('25/2004: %s → %s', (nilai, mutu) => {
    expect(mutuSkm(nilai, { aturan: 'KEPMENPAN_25_2004' }).mutu).toBe(mutu);
  });

  it('IKM 3,059 (skala indeks) adalah B menurut KepMenPAN 25/2004 dan C menurut 14/2017: tabel berversi', () => {
    const k25 = mutuSkm('3,0590', { satuan: 'indeks', aturan: 'KEPMENPAN_25_2004' });
    expect([k25.mutu, k25.kinerja, k25.nilai.toString(), k25.ikm.toString()]).toEqual([
      'B',
      'Baik',
      '76.475',
      '3.059',
    ]);
    expect(mutuSkm(3.059, { satuan: 'indeks', aturan: K25 }).mutu).toBe('B');
    expect(mutuSkm(3.059, { satuan: 'indeks' }).mutu).toBe('C');
    expect(mutuSkm(3.059, { satuan: 'indeks', aturan: P14 }).kinerja).toBe('Kurang Baik');
    // The same figure on the 25–100 scale.
    expect(mutuSkm(76.475, { aturan: K25 }).mutu).toBe('B');
    expect(mutuSkm(76.475).mutu).toBe('C');
  });

  it('satuan dipisah tegas: bawaan nilai 25–100, satuan indeks 1–4; di luar rentang ditolak dengan saran', () => {
    expect(mutuSkm('92,11').mutu).toBe('A');
    expect(mutuSkm('3,5', { satuan: 'indeks' }).nilai.toString()).toBe('87.5');
    expect(mutuSkm('87,5').ikm.toString()).toBe('3.5');
    const e = galat(() => mutuSkm(3.5));
    expect(e.kode).toBe('SKM_NILAI_DI_LUAR_RENTANG');
    expect(e.message).toContain("satuan: 'indeks'");
    expect(galat(() => mutuSkm(87.5, { satuan: 'indeks' })).message).toContain("satuan: 'nilai'");
    expect(kodeGalat(() => mutuSkm('24,99'))).toBe('SKM_NILAI_DI_LUAR_RENTANG');
    expect(kodeGalat(() => mutuSkm('100,01'))).toBe('SKM_NILAI_DI_LUAR_RENTANG');
    expect(kodeGalat(() => mutuSkm('abc'))).toBe('ANGKA_HURUF');
    expect(kodeGalat(() => mutuSkm(90, { satuan: 'persen' as never }))).toBe('OPSI_TIDAK_VALID');
  });

  it('IKM 40 digit × 25 melewati 40 digit: mutu dicari pada hasil kali tepat', () => {
    // 3,5323999…9 (40 digits) × 25 = 88,30999…975 (41 digits): B; its 40-digit Decimal is shown.
    const ikm = new Decimal(`3.5323${'9'.repeat(35)}`);
    expect(ikm.sd()).toBe(40);
    const h = mutuSkm(ikm, { satuan: 'indeks' });
    expect(h.nilai.toString()).toBe(`88.30${'9'.repeat(35)}8`);
    expect(h.mutu).toBe('B');
    expect(mutuSkm('3,5324', { satuan: 'indeks' }).mutu).toBe('A');
  });

  it('langkah: konversi lalu mutu menurut tabel aturan', () => {
    const h = mutuSkm(3.059, { satuan: 'indeks', aturan: K25 });
    expect(h.langkah.map((l) => l.rumus)).toEqual([
      'nilai = IKM × konversi',
      'mutu = baris tabel mutu yang memuat nilai',
    ]);
    expect(h.langkah[1]?.hasil).toBe('B (Baik)');
    expect(h.langkah[1]?.catatan).toContain('KEPMENPAN_25_2004');
  });

  it('opsi salah eja: galat menyebut kunci yang dimaksud', () => {
    const e = galat(() => mutuSkm(90, { satuam: 'indeks' } as never));
    expect(e.kode).toBe('OPSI_TIDAK_VALID');
    expect(e.message).toContain('maksudnya "satuan"?');
    expect(e.masalah[0]?.lokasi).toBe('satuam');
  });
});

describe('buatAturanSkm: aturan sendiri', () => {
  const dasar = {
    id: 'CONTOH',
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
    expect(a.konversi.toString()).toBe('25');
    // (4 + 3 + 2) / 3 × 25 = 75
    expect(skm([[4, 3, 2]], { aturan: a }).nilai.toString()).toBe('75');
    // Built once: the same object comes back.
    expect(buatAturanSkm(a)).toBe(a);
  });

  it('bobot desimal dan pecahan, dijumlah tepat', () => {
    const a = buatAturanSkm({
      ...dasar,
      unsur: [
        { id: 'a', nama: 'A', bobot: '0,5' },
        { id: 'b', nama: 'B', bobot: { pembilang: 1, penyebut: 3 } },
        { id: 'c', nama: 'C', bobot: { pembilang: 2, penyebut: 12 } },
      ],
    });
    expect(a.unsur.map((u) => u.bobot)).toEqual([
      { pembilang: 1, penyebut: 2 },
      { pembilang: 1, penyebut: 3 },
      { pembilang: 1, penyebut: 6 },
    ]);
    // 4 × 1/2 + 3 × 1/3 + 1 × 1/6 = 2 + 1 + 1/6 = 19/6; × 25 = 475/6
    const h = skm([[4, 3, 1]], { aturan: a });
    expect(h.ikm.eq(new Decimal(19).div(6))).toBe(true);
    expect(h.nilai.eq(new Decimal(475).div(6))).toBe(true);
    expect(h.bobot).toBe('tepat (bobot aturan)');
  });

  it.each<[string, Partial<DefinisiAturanSkm>, string]>([
    [
      'jumlah bobot 0,9',
      {
        unsur: [
          { id: 'a', nama: 'A', bobot: '0,5' },
          { id: 'b', nama: 'B', bobot: '0,4' },
        ],
      },
      'unsur',
    ],
    [
      'jumlah bobot 0,999 (0,111 × 9)',
      { unsur: Array.from({ length: 9 }, (_, i) => ({ id: `u${i}`, nama: `U${i}`, bobot: '0,111' })) },
      'unsur',
    ],
    [
      'sebagian tanpa bobot',
      {
        unsur: [
          { id: 'a', nama: 'A', bobot: '0,5' },
          { id: 'b', nama: 'B' },
        ],
      },
      'unsur',
    ],
    [
      'bobot nol',
      {
        unsur: [
          { id: 'a', nama: 'A', bobot: 0 },
          { id: 'b', nama: 'B', bobot: 1 },
        ],
      },
      'unsur[0].bobot',
    ],
    [
      'bobot pecahan tanpa penyebut',
      { unsur: [{ id: 'a', nama: 'A', bobot: { pembilang: 1 } as never }] },
      'unsur[0].bobot.penyebut',
    ],
    ['bobot bukan angka', { unsur: [{ id: 'a', nama: 'A', bobot: 'satu' }] }, 'unsur[0].bobot'],
    [
      'id ganda',
      {
        unsur: [
          { id: 'a', nama: 'A' },
          { id: 'a', nama: 'B' },
        ],
      },
      'unsur[1].id',
    ],
    ['tanpa unsur', { unsur: [] }, 'unsur'],
    ['tabel mutu tanpa D', { unsur: [{ id: 'a', nama: 'A' }], mutu: P14.mutu.slice(0, 3) }, 'mutu'],
    [
      'tabel mutu kode ganda',
      {
        unsur: [{ id: 'a', nama: 'A' }],
        mutu: P14.mutu.map((m) => ({ ...m, kode: m.kode === 'D' ? 'C' : m.kode })),
      },
      'mutu',
    ],
    [
      'batas tidak naik dari D ke A',
      {
        unsur: [{ id: 'a', nama: 'A' }],
        mutu: P14.mutu.map((m) => (m.kode === 'B' ? { ...m, bawah: 90 } : m)),
      },
      'mutu[0].bawah',
    ],
    [
      'D tidak mulai di 25',
      {
        unsur: [{ id: 'a', nama: 'A' }],
        mutu: P14.mutu.map((m) => (m.kode === 'D' ? { ...m, bawah: 30 } : m)),
      },
      'mutu[3].bawah',
    ],
    [
      'A kosong (batas di atas 100)',
      {
        unsur: [{ id: 'a', nama: 'A' }],
        mutu: P14.mutu.map((m) => (m.kode === 'A' ? { ...m, bawah: 101 } : m)),
      },
      'mutu[0].bawah',
    ],
    [
      'domain mutu bukan 25–100 (konversi 20)',
      { unsur: [{ id: 'a', nama: 'A' }], konversi: 20 },
      'mutu[3].bawah',
    ],
    ['konversi nol', { unsur: [{ id: 'a', nama: 'A' }], konversi: 0 }, 'konversi'],
    ['kunci asing', { unsur: [{ id: 'a', nama: 'A' }], kode: 'X' } as never, 'kode'],
  ])('ditolak: %s', (_n, ubah, lokasi) => {
    const e = galat(() => buatAturanSkm({ ...dasar, ...ubah } as DefinisiAturanSkm));
    expect(e.kode).toBe('ATURAN_TIDAK_VALID');
    expect(e.masalah.map((m) => m.lokasi)).toContain(lokasi);
  });

  it('pesan menyebut jumlah bobot; kunci asing disarankan', () => {
    expect(() =>
      buatAturanSkm({
        ...dasar,
        unsur: [
          { id: 'a', nama: 'A', bobot: '0,5' },
          { id: 'b', nama: 'B', bobot: '0,4' },
        ],
      }),
    ).toThrow(/jumlah bobot harus tepat 1, bukan 9\/10/);
    const e = galat(() => buatAturanSkm({ ...dasar, unsur: [{ id: 'a', nama: 'A' }], konvers: 25 } as never));
    expect(e.message).toContain('maksudnya "konversi"?');
  });

  it('definisi tidak diubah; aturan baru beku dan terpisah dari definisinya', () => {
    const unsur = [{ id: 'a', nama: 'A', bobot: '1' }];
    const definisi = { ...dasar, unsur };
    const a = buatAturanSkm(definisi);
    expect(unsur[0]).toEqual({ id: 'a', nama: 'A', bobot: '1' });
    expect(Object.isFrozen(unsur)).toBe(false);
    expect(a.unsur).not.toBe(unsur);
    expect(Object.isFrozen(a.unsur[0])).toBe(true);
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
    expect([g.satuan, g.cara, g.mutu, g.aturan]).toEqual(['indeks', 'responden', 'B', 'PERMENPANRB_14_2017']);
    expect(g.langkah.map((l) => l.rumus)).toContain('IKM gabungan = Σ(IKM × responden) / Σ responden');
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
    expect([g.satuan, g.nilai.toString(), g.ikm.toString(), g.mutu]).toEqual(['nilai', '83', '3.32', 'B']);
  });

  it('hasil skm dapat digabung lewat ikm dan responden-nya', () => {
    const a = skm([[4, 4, 4, 4, 4, 4, 4, 4, 4]]);
    const b = skm(Array.from({ length: 3 }, () => [2, 2, 2, 2, 2, 2, 2, 2, 2]));
    // (4 × 1 + 2 × 3) / 4 = 2,5 = IKM of the four respondents together
    expect(ikmGabungan([a, b].map((h) => ({ ikm: h.ikm, responden: h.responden }))).ikm.toString()).toBe(
      '2.5',
    );
  });

  it('mutu dicari pada hasil bagi tepat: 88,31 − 1/3·10⁻³⁸ tetap B', () => {
    // (88,31 × 3 − 10⁻³⁸) / 3: the 40-digit quotient rounds to 88,31, the exact one is below it.
    const g = ikmGabungan(
      [
        { ikm: new Decimal('88.30999999999999999999999999999999999999'), responden: 1 },
        { ikm: '88,31', responden: 2 },
      ],
      { satuan: 'nilai' },
    );
    expect(g.nilai.toString()).toBe('88.31');
    expect(g.mutu).toBe('B');
    // Σ IKM × responden needs 41 digits: summed exactly, not rounded to 40.
    expect(g.jumlahIkmKaliResponden.toString()).toBe(`264.92${'9'.repeat(36)}`);
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
    expect(kodeGalat(() => ikmGabungan([{ ikm: '3,6', responden: 10 }], { satuan: 'nilai' }))).toBe(
      'SKM_SKALA_CAMPUR',
    );
    expect(kodeGalat(() => ikmGabungan([{ ikm: 10, responden: 10 }]))).toBe('SKM_NILAI_DI_LUAR_RENTANG');
    expect(kodeGalat(() => ikmGabungan([]))).toBe('SKM_TANPA_RESPONDEN');
    expect(kodeGalat(() => ikmGabungan([{ ikm: 3, responden: 0 }]))).toBe('SKM_TANPA_RESPONDEN');
    expect(ikmGabungan([{ ikm: 3, responden: 0 }], { cara: 'rata-rata' }).ikm.toString()).toBe('3');
    expect(kodeGalat(() => ikmGabungan([{ ikm: 3, responden: 1.5 }]))).toBe('SKM_UNIT_TIDAK_VALID');
    expect(kodeGalat(() => ikmGabungan([null as never]))).toBe('SKM_UNIT_TIDAK_VALID');
    expect(kodeGalat(() => ikmGabungan([{ ikm: 'x', responden: 1 }]))).toBe('ANGKA_HURUF');
    expect(
      galat(() =>
        ikmGabungan([
          { ikm: 3, responden: 1 },
          { ikm: 'x', responden: 1 },
        ]),
      ).lokasi,
    ).toBe('unit[1].ikm');
    expect(kodeGalat(() => ikmGabungan(5 as never))).toBe('MASUKAN_TIDAK_VALID');
    expect(kodeGalat(() => ikmGabungan([{ ikm: 3, responden: 1 }], { cara: 'median' as never }))).toBe(
      'OPSI_TIDAK_VALID',
    );
    expect(kodeGalat(() => ikmGabungan([{ ikm: 3, responden: 1 }], { skala: 'nilai' } as never))).toBe(
      'OPSI_TIDAK_VALID',
    );
    const e = galat(() => ikmGabungan([{ ikm: 3, respondn: 1 } as never]));
    expect(e.kode).toBe('SKM_UNIT_TIDAK_VALID');
    expect(e.message).toContain('maksudnya "responden"?');
  });

  it('jumlah responden di atas 2⁵³ ditolak, bukan dibulatkan diam-diam', () => {
    const besar = Number.MAX_SAFE_INTEGER;
    expect(
      kodeGalat(() =>
        ikmGabungan([
          { ikm: 3, responden: besar },
          { ikm: 3, responden: besar },
        ]),
      ),
    ).toBe('SKM_UNIT_TIDAK_VALID');
  });
});

describe('mutu dicari tepat pada pecahan, bukan pada Decimal 40 digit', () => {
  it('88,31 − 10⁻⁴² dibulatkan Decimal menjadi 88,31, tetapi mutunya tetap B', () => {
    const x = pecahan(8831n * 10n ** 40n - 1n, 10n ** 42n);
    expect(keDecimalPecahan(x).toString()).toBe('88.31');
    expect(cariMutu(x, P14).kode).toBe('B');
    expect(cariMutu(pecahan(8831n, 100n), P14).kode).toBe('A');
    // 25/2004, lower bounds exclusive: 81,25 + 10⁻⁴² is A although it rounds to 81,25 (B).
    const y = pecahan(8125n * 10n ** 40n + 1n, 10n ** 42n);
    expect(keDecimalPecahan(y).toString()).toBe('81.25');
    expect(cariMutu(y, K25).kode).toBe('A');
    expect(cariMutu(pecahan(8125n, 100n), K25).kode).toBe('B');
  });
});
