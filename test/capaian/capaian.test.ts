import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bulatkan,
  capaian,
  capaianRentang,
  capaianSasaran,
  capaianVolume,
  Decimal,
  hitungIndikator,
  isSakipError,
  jumlahTriwulan,
  KEBIJAKAN_PEMBULATAN,
  perubahanTahunan,
  rasioJumlah,
  rataRata,
  rataRataCapaian,
  SKALA,
} from '../../src/index.js';
import { kodeGalat } from '../alat/galat.js';
import { IKU, TERCETAK } from './contoh-laporan.js';

const dihitung = <T extends { status: string }>(h: T): Extract<T, { status: 'dihitung' }> => {
  if (h.status !== 'dihitung') throw new Error(`tidak dihitung: ${JSON.stringify(h)}`);
  return h as Extract<T, { status: 'dihitung' }>;
};

describe('laporan contoh: LKIP 2024 Dinsos Barito Kuala (RUMUS.md §10)', () => {
  const potong = IKU.map((i) =>
    dihitung(
      hitungIndikator(i, { kebijakan: KEBIJAKAN_PEMBULATAN.POTONG, skala: SKALA.PERMENDAGRI_54_2010 }),
    ),
  );

  it('capaian tiap IKU seperti tercetak (kebiasaan laporan: dipotong)', () => {
    expect(potong.map((h) => h.capaian.tampil.toString())).toEqual(TERCETAK.capaian);
  });

  it('capaian setengah ke atas: 134,32; 55,73; 100,07', () => {
    const h = IKU.map((i) => dihitung(hitungIndikator(i, { kebijakan: KEBIJAKAN_PEMBULATAN.SETENGAH_ATAS })));
    expect(h.map((x) => x.capaian.tampil.toString())).toEqual(['134.32', '55.73', '100.07']);
  });

  it('predikat Permendagri 54/2010 dan tingkat capaian', () => {
    expect(potong.map((h) => h.predikat?.label)).toEqual(TERCETAK.kategori54);
    const tingkat = IKU.map((i) =>
      dihitung(hitungIndikator(i, { kebijakan: KEBIJAKAN_PEMBULATAN.POTONG, skala: SKALA.TINGKAT_CAPAIAN })),
    );
    expect(tingkat.map((h) => h.predikat?.label)).toEqual(TERCETAK.tingkat);
  });

  it('rata-rata: 47,39 / 55,11 / 96,7 dari capaian terpotong', () => {
    const r = dihitung(
      rataRataCapaian(potong, { kebijakan: KEBIJAKAN_PEMBULATAN.POTONG, skala: SKALA.PERMENDAGRI_54_2010 }),
    );
    expect(r.rataRataTarget.tampil.toString()).toBe(TERCETAK.rataRataTarget);
    expect(r.rataRataRealisasi.tampil.toString()).toBe(TERCETAK.rataRataRealisasi);
    expect(r.capaian.tampil.toString()).toBe(TERCETAK.rataRataCapaian);
    expect(r.predikat?.label).toBe('Sangat baik');
    // (134,32 + 55,72 + 100,06) / 3 = 290,10 / 3 = 96,7 exactly.
    expect(r.capaian.tepat.toString()).toBe('96.7');
  });

  it('setengah ke atas dari capaian tepat: 96,71; cetakan 96,22 tidak dapat direproduksi (draf lama)', () => {
    const h = IKU.map((i) => hitungIndikator(i, { kebijakan: KEBIJAKAN_PEMBULATAN.SETENGAH_ATAS }));
    const r = dihitung(rataRataCapaian(h, { kebijakan: KEBIJAKAN_PEMBULATAN.SETENGAH_ATAS }));
    // (134,32338… + 55,72519… + 100,06957…) / 3 = 96,70605…
    expect(r.capaian.tampil.toString()).toBe('96.71');
    expect([r.capaian.tampil.toString(), TERCETAK.rataRataCapaian]).not.toContain(TERCETAK.rataRataDrafLama);
  });

  it('terhadap target Renstra tahun ini: 92,71 / 68,48 → 135,38', () => {
    const h = dihitung(
      hitungIndikator(IKU[0], { target: 'renstraTahunIni', kebijakan: KEBIJAKAN_PEMBULATAN.POTONG }),
    );
    expect(h.capaian.tampil.toString()).toBe(TERCETAK.capaianRenstra);
    expect(h.langkah[0]).toContain('target Renstra tahun ini = 68,48');
  });

  it('perubahan tahunan: 92,71 − 66,97 = 25,74 poin', () => {
    expect(
      perubahanTahunan({ tahunLalu: IKU[0].realisasiTahunLalu, tahunIni: IKU[0].realisasi }).poin.toString(),
    ).toBe(TERCETAK.kenaikanPoin);
  });

  it('jejak langkah dapat dibaca', () => {
    expect(potong[1]!.langkah).toEqual([
      'Pasangan nilai: target PK = 1,31; realisasi = 0,73.',
      'Capaian = realisasi / target × 100 = 0,73 / 1,31 × 100 = 55,725190…',
      'Capaian 55,725190… dibulatkan dipotong 2 desimal → 55,72 (nilai bulat ini dipakai langkah berikutnya).',
      'Predikat (Permendagri 54/2010, predikat capaian kinerja (seperti dicetak LKIP 2024 Dinsos Barito Kuala)): 55,72 ∈ [50; 65) → Kurang.',
    ]);
  });
});

describe('capaian: rumus negatif (PermenPAN-RB 8/2021)', () => {
  it('selisih: 7 → 6,5 = 107,142857…; 8 → 9 = 87,5', () => {
    const a = capaian({ target: 7, realisasi: 6.5, polaritas: 'negatif' });
    expect(a.toString().startsWith('107.142857142857')).toBe(true);
    expect(bulatkan(a, 2).toString()).toBe('107.14');
    expect(capaian({ target: 8, realisasi: 9, polaritas: 'negatif' }).toString()).toBe('87.5');
    expect(
      capaian({ target: 8, realisasi: 9, polaritas: 'negatif', rumusNegatif: 'selisih' }).toString(),
    ).toBe('87.5');
  });

  it('kebalikan: 7 / 6,5 = 107,69…; 8 / 9 = 88,88…', () => {
    expect(
      bulatkan(
        capaian({ target: 7, realisasi: 6.5, polaritas: 'negatif', rumusNegatif: 'kebalikan' }),
        2,
      ).toString(),
    ).toBe('107.69');
    expect(
      bulatkan(
        capaian({ target: 8, realisasi: 9, polaritas: 'negatif', rumusNegatif: 'kebalikan' }),
        2,
      ).toString(),
    ).toBe('88.89');
  });

  it('selisih menjadi negatif bila realisasi > 2 × target', () => {
    expect(capaian({ target: 10, realisasi: 25, polaritas: 'negatif' }).toString()).toBe('-50');
  });

  it('galat: target 0 / negatif, realisasi 0 / negatif pada kebalikan, opsi tak dikenal', () => {
    expect(kodeGalat(() => capaian({ target: 0, realisasi: 5 }))).toBe('CAPAIAN_TARGET_NOL');
    expect(kodeGalat(() => capaian({ target: '0,00', realisasi: 5, polaritas: 'negatif' }))).toBe(
      'CAPAIAN_TARGET_NOL',
    );
    expect(kodeGalat(() => capaian({ target: -2, realisasi: 1 }))).toBe('CAPAIAN_TARGET_NEGATIF');
    expect(
      kodeGalat(() => capaian({ target: 5, realisasi: 0, polaritas: 'negatif', rumusNegatif: 'kebalikan' })),
    ).toBe('CAPAIAN_REALISASI_NOL');
    expect(
      kodeGalat(() => capaian({ target: 5, realisasi: -1, polaritas: 'negatif', rumusNegatif: 'kebalikan' })),
    ).toBe('CAPAIAN_REALISASI_NEGATIF');
    // realisasi 0 is fine for the positive formula and for 'selisih'
    expect(capaian({ target: 5, realisasi: 0 }).toString()).toBe('0');
    expect(capaian({ target: 5, realisasi: 0, polaritas: 'negatif' }).toString()).toBe('200');
    expect(kodeGalat(() => capaian({ target: 5, realisasi: 1, polaritas: 'naik' as never }))).toBe(
      'CAPAIAN_OPSI_TIDAK_VALID',
    );
    expect(kodeGalat(() => capaian({ target: 5, realisasi: 1, rumusNegatif: 'rasio' as never }))).toBe(
      'CAPAIAN_OPSI_TIDAK_VALID',
    );
    expect(kodeGalat(() => capaian(null as never))).toBe('CAPAIAN_OPSI_TIDAK_VALID');
    expect(kodeGalat(() => capaian({ target: '#DIV/0!', realisasi: 1 }))).toBe('ANGKA_GALAT_SPREADSHEET');
  });
});

// Values with up to 4 decimals, as Decimals.
const angka = (min: number, max: number) =>
  fc.integer({ min: min * 10000, max: max * 10000 }).map((n) => new Decimal(n).div(10000));
const positif = angka(0, 100000).filter((d) => d.gt(0));

describe('capaian: sifat (fast-check)', () => {
  it('positif naik terhadap realisasi; negatif turun (kedua rumus)', () => {
    fc.assert(
      fc.property(positif, angka(-1000, 100000), angka(-1000, 100000), (t, a, b) => {
        const [r1, r2] = a.lte(b) ? [a, b] : [b, a];
        expect(capaian({ target: t, realisasi: r1 }).lte(capaian({ target: t, realisasi: r2 }))).toBe(true);
        expect(
          capaian({ target: t, realisasi: r1, polaritas: 'negatif' }).gte(
            capaian({ target: t, realisasi: r2, polaritas: 'negatif' }),
          ),
        ).toBe(true);
        if (r1.gt(0)) {
          const k = (r: Decimal) =>
            capaian({ target: t, realisasi: r, polaritas: 'negatif', rumusNegatif: 'kebalikan' });
          expect(k(r1).gte(k(r2))).toBe(true);
        }
      }),
    );
  });

  it('100 tepat saat realisasi = target, semua rumus', () => {
    fc.assert(
      fc.property(positif, (t) => {
        expect(capaian({ target: t, realisasi: t }).toString()).toBe('100');
        expect(capaian({ target: t, realisasi: t, polaritas: 'negatif' }).toString()).toBe('100');
        expect(
          capaian({ target: t, realisasi: t, polaritas: 'negatif', rumusNegatif: 'kebalikan' }).toString(),
        ).toBe('100');
      }),
    );
  });

  it('simetri: selisih + positif = 200; kebalikan × positif = 10 000', () => {
    fc.assert(
      fc.property(positif, positif, (t, r) => {
        const pos = capaian({ target: t, realisasi: r });
        // Both quotients are cut at 40 significant digits: equal to 200 far below any printed decimal.
        const jumlah = pos.plus(capaian({ target: t, realisasi: r, polaritas: 'negatif' }));
        expect(jumlah.minus(200).abs().lt('1e-30')).toBe(true);
        const kali = pos.times(
          capaian({ target: t, realisasi: r, polaritas: 'negatif', rumusNegatif: 'kebalikan' }),
        );
        // 40 significant digits: equal to 10 000 up to the 35th decimal.
        expect(kali.minus(10000).abs().lt('1e-30')).toBe(true);
      }),
    );
  });

  it('tidak pernah NaN atau tak hingga: hasil Decimal hingga atau SakipError', () => {
    const apa = fc.oneof(
      fc.double({ noDefaultInfinity: false }),
      fc.integer({ min: -5, max: 5 }),
      fc.constantFrom('0', '-', '', '1,5', 'abc', '#DIV/0!'),
    );
    fc.assert(
      fc.property(
        apa,
        apa,
        fc.constantFrom('positif', 'negatif'),
        fc.constantFrom('selisih', 'kebalikan'),
        (t, r, p, rn) => {
          try {
            const c = capaian({
              target: t,
              realisasi: r,
              polaritas: p as 'positif',
              rumusNegatif: rn as 'selisih',
            });
            expect(c.isFinite()).toBe(true);
          } catch (e) {
            expect(isSakipError(e)).toBe(true);
          }
        },
      ),
    );
  });

  it('batas atas tidak pernah menaikkan nilai, dan = min(nilai, batas)', () => {
    fc.assert(
      fc.property(positif, angka(-1000, 100000), angka(0, 300), (t, r, batas) => {
        const bebas = capaian({ target: t, realisasi: r });
        const dibatasi = capaian({ target: t, realisasi: r, batasAtas: batas });
        expect(dibatasi.lte(bebas)).toBe(true);
        expect(dibatasi.eq(Decimal.min(bebas, batas))).toBe(true);
      }),
    );
  });

  it('tidak mengubah masukan', () => {
    const t = new Decimal('69.02');
    const m = Object.freeze({ target: t, realisasi: '92,71', batasAtas: 120 });
    capaian(m);
    expect(t.toString()).toBe('69.02');
  });
});

describe('volume, rentang, triwulan, agregasi', () => {
  it('rasio volume 2.668 / 2.555 → 104,42', () => {
    expect(bulatkan(capaianVolume({ target: '2.555', realisasi: '2.668' }), 2).toString()).toBe('104.42');
  });

  it('target rentang (PermenPAN-RB 8/2021)', () => {
    expect(capaianRentang({ targetBawah: 80, targetAtas: 90, realisasi: 80 }).dibandingkanDengan).toBe(
      'dalam',
    );
    expect(capaianRentang({ targetBawah: 80, targetAtas: 90, realisasi: 90 }).capaian.toString()).toBe('100');
    expect(capaianRentang({ targetBawah: 80, targetAtas: 90, realisasi: 99 }).capaian.toString()).toBe('110');
    expect(capaianRentang({ targetBawah: 80, targetAtas: 90, realisasi: 60 }).capaian.toString()).toBe('75');
    const neg = capaianRentang({ targetBawah: 8, targetAtas: 10, realisasi: 6, polaritas: 'negatif' });
    expect([neg.capaian.toString(), neg.dibandingkanDengan]).toEqual(['125', 'bawah']);
    expect(
      capaianRentang({ targetBawah: 80, targetAtas: 90, realisasi: 85, batasAtas: 95 }).capaian.toString(),
    ).toBe('95');
    expect(kodeGalat(() => capaianRentang({ targetBawah: 90, targetAtas: 80, realisasi: 1 }))).toBe(
      'CAPAIAN_RENTANG_TIDAK_VALID',
    );
    expect(kodeGalat(() => capaianRentang({ targetBawah: 0, targetAtas: 5, realisasi: 1 }))).toBe(
      'CAPAIAN_TARGET_NOL',
    );
  });

  it('target rentang: capaian monoton dan 100 di dalam rentang (sifat)', () => {
    fc.assert(
      fc.property(positif, positif, angka(0, 100000), angka(0, 100000), (a, b, x, y) => {
        const [bawah, atas] = a.lte(b) ? [a, b] : [b, a];
        const [r1, r2] = x.lte(y) ? [x, y] : [y, x];
        const c = (r: Decimal) =>
          capaianRentang({ targetBawah: bawah, targetAtas: atas, realisasi: r }).capaian;
        expect(c(r1).lte(c(r2))).toBe(true);
        if (r1.gte(bawah) && r1.lte(atas)) expect(c(r1).toString()).toBe('100');
      }),
    );
  });

  it('triwulan: 0 + 25 + 25 + 24,35 = 74,35 terhadap 77 → 96,56', () => {
    const r = jumlahTriwulan([0, 25, 25, '24,35']);
    const t = jumlahTriwulan(['0', '25', '25', '27']);
    expect(r.toString()).toBe('74.35');
    expect(bulatkan(capaian({ target: t, realisasi: r }), 2).toString()).toBe('96.56');
    expect(kodeGalat(() => jumlahTriwulan([1, 2, 3]))).toBe('TRIWULAN_TIDAK_VALID');
    expect(kodeGalat(() => jumlahTriwulan([1, 2, 3, undefined]))).toBe('TRIWULAN_TIDAK_VALID');
    expect(kodeGalat(() => jumlahTriwulan([1, 2, 3, 'x']))).toBe('ANGKA_HURUF');
  });

  it('rata-rata dan rata-rata tertimbang', () => {
    expect(rataRata([1, 2]).toString()).toBe('1.5');
    expect(rataRata(['109,14', 103]).toString()).toBe('106.07');
    expect(rataRata([10, 20, 30], { bobot: [0.2, 0.3, 0.5] }).toString()).toBe('23');
    expect(kodeGalat(() => rataRata([]))).toBe('RATA_RATA_KOSONG');
    expect(kodeGalat(() => rataRata([1, 2], { bobot: [1] }))).toBe('RATA_RATA_BOBOT_TIDAK_VALID');
    expect(kodeGalat(() => rataRata([1, 2], { bobot: [1, -1] }))).toBe('RATA_RATA_BOBOT_TIDAK_VALID');
    expect(kodeGalat(() => rataRata([1, 2], { bobot: [0, 0] }))).toBe('RATA_RATA_BOBOT_TIDAK_VALID');
  });

  it('rata-rata di antara nilai terkecil dan terbesar; bobot sama = rata-rata biasa (sifat)', () => {
    fc.assert(
      fc.property(fc.array(angka(-1000, 1000), { minLength: 1, maxLength: 12 }), positif, (x, w) => {
        const m = rataRata(x);
        expect(m.gte(Decimal.min(...x)) && m.lte(Decimal.max(...x))).toBe(true);
        expect(
          rataRata(x, { bobot: x.map(() => w) })
            .minus(m)
            .abs()
            .lt('1e-30'),
        ).toBe(true);
      }),
    );
  });

  it('rasio jumlah: (0+3+54)/(1+25+70) = 59,375', () => {
    expect(rasioJumlah({ realisasi: [0, 3, 54], target: [1, 25, 70] }).toString()).toBe('59.375');
    expect(kodeGalat(() => rasioJumlah({ realisasi: [1], target: [0] }))).toBe('CAPAIAN_TARGET_NOL');
    expect(kodeGalat(() => rasioJumlah({ realisasi: [], target: [] }))).toBe('AGREGASI_PANJANG_BERBEDA');
  });

  it('perubahan relatif: (18.456 − 17.073) / 17.073 = 8,10 %; dasar 0 → null', () => {
    const p = perubahanTahunan({ tahunLalu: '17.073', tahunIni: '18.456' });
    expect(p.poin.toString()).toBe('1383');
    expect(bulatkan(p.relatif!, 2).toString()).toBe('8.1');
    expect(perubahanTahunan({ tahunLalu: 0, tahunIni: 3 }).relatif).toBeNull();
    expect(perubahanTahunan({ tahunLalu: 5, tahunIni: 5 }).relatif?.toString()).toBe('0');
  });
});

describe('hitungIndikator', () => {
  const dasar = { id: 'X', nama: 'Indikator uji', target: 50, realisasi: 40 };

  it.each([
    [{ ...dasar, realisasi: null }, {}, 'realisasi-kosong'],
    [{ ...dasar, target: null }, {}, 'target-kosong'],
    [{ ...dasar, target: 0 }, {}, 'target-nol'],
    [{ ...dasar, target: -3 }, {}, 'target-negatif'],
    [{ ...dasar, jenis: 'kualitatif' as const }, {}, 'kualitatif'],
    [dasar, { pasangan: 'volume' as const }, 'volume-kosong'],
    [dasar, { target: 'renstraAkhir' as const }, 'target-kosong'],
    [
      { ...dasar, polaritas: 'negatif' as const, realisasi: 0 },
      { rumusNegatif: 'kebalikan' as const },
      'realisasi-nol',
    ],
    [
      { ...dasar, polaritas: 'negatif' as const, realisasi: -1 },
      { rumusNegatif: 'kebalikan' as const },
      'realisasi-negatif',
    ],
  ])('tidak dapat dihitung: %j %j → %s', (ind, opsi, alasan) => {
    const h = hitungIndikator(ind, opsi);
    expect(h.status).toBe('tidak-dapat-dihitung');
    if (h.status === 'tidak-dapat-dihitung') {
      expect(h.alasan).toBe(alasan);
      expect(h.langkah.at(-1)).toContain('Tidak dapat dihitung');
    }
  });

  it('bulatkan tiap langkah: 28/1784×100 = 1,57 lalu 1,57/2,5×100 = 62,80 (bukan 62,78) → C Tapin', () => {
    const realisasi = new Decimal(28).div(1784).times(100);
    const ind = { id: 'K', nama: 'Kabupaten', target: '2,5', realisasi };
    const bertahap = dihitung(
      hitungIndikator(ind, { kebijakan: KEBIJAKAN_PEMBULATAN.BERTAHAP, skala: SKALA.TAPIN_2022 }),
    );
    expect(bertahap.realisasi.tampil.toString()).toBe('1.57');
    expect(bertahap.capaian.tampil.toString()).toBe('62.8');
    expect(bertahap.predikat?.kode).toBe('C');
    expect(bertahap.langkah[0]).toContain('(tercetak 1,57)');
    const tepat = dihitung(hitungIndikator(ind, { kebijakan: KEBIJAKAN_PEMBULATAN.SETENGAH_ATAS }));
    expect(tepat.capaian.tampil.toString()).toBe('62.78');
  });

  it('pasangan volume dan batas atas', () => {
    const ind = { ...dasar, volume: { target: '2.555', realisasi: '2.668', satuan: 'lembaga' } };
    const v = dihitung(
      hitungIndikator(ind, { pasangan: 'volume', kebijakan: KEBIJAKAN_PEMBULATAN.SETENGAH_ATAS }),
    );
    expect(v.capaian.tampil.toString()).toBe('104.42');
    expect(v.langkah[0]).toContain('lembaga');
    const b = dihitung(hitungIndikator(ind, { pasangan: 'volume', batasAtas: 100 }));
    expect(b.capaian.tampil.toString()).toBe('100');
    expect(b.langkah.some((l) => l.includes('dibatasi'))).toBe(true);
    expect(kodeGalat(() => hitungIndikator(ind, { pasangan: 'volume', target: 'renstraAkhir' }))).toBe(
      'CAPAIAN_OPSI_TIDAK_VALID',
    );
  });

  it('indikator negatif memakai polaritas model dan rumus pilihan', () => {
    const ind = { ...dasar, polaritas: 'negatif' as const, target: 7, realisasi: 6.5 };
    const s = dihitung(hitungIndikator(ind, { kebijakan: KEBIJAKAN_PEMBULATAN.SETENGAH_ATAS }));
    expect(s.capaian.tampil.toString()).toBe('107.14');
    expect(s.langkah[1]).toContain('rumus selisih');
    const k = dihitung(
      hitungIndikator(ind, { rumusNegatif: 'kebalikan', kebijakan: KEBIJAKAN_PEMBULATAN.SETENGAH_ATAS }),
    );
    expect(k.capaian.tampil.toString()).toBe('107.69');
  });

  it('galat: model salah, opsi tak dikenal, kebijakan salah, di luar domain skala', () => {
    expect(kodeGalat(() => hitungIndikator({ id: '', nama: 'x' }))).toBe('MODEL_TIDAK_VALID');
    expect(kodeGalat(() => hitungIndikator(dasar, { target: 'rkt' as never }))).toBe(
      'CAPAIAN_OPSI_TIDAK_VALID',
    );
    expect(kodeGalat(() => hitungIndikator(dasar, { kebijakan: { nama: 'x' } as never }))).toBe(
      'KEBIJAKAN_PEMBULATAN_TIDAK_VALID',
    );
    const neg = { ...dasar, polaritas: 'negatif' as const, realisasi: 150 };
    expect(kodeGalat(() => hitungIndikator(neg, { skala: SKALA.PERMENDAGRI_54_2010 }))).toBe(
      'PREDIKAT_DI_LUAR_DOMAIN',
    );
  });

  it('tidak mengubah masukan', () => {
    const ind = structuredClone({ ...IKU[0] });
    const salinan = structuredClone(ind);
    hitungIndikator(Object.freeze(ind), { kebijakan: KEBIJAKAN_PEMBULATAN.POTONG });
    expect(ind).toEqual(salinan);
  });
});

describe('capaianSasaran dan rataRataCapaian', () => {
  const sasaran = {
    id: 'S',
    nama: 'Sasaran uji',
    indikator: [
      { id: 'A', nama: 'A', target: 50, realisasi: 40 },
      { id: 'B', nama: 'B', target: 50, realisasi: null },
      { id: 'C', nama: 'C', target: 10, realisasi: 12 },
    ],
  };

  it('indikator belum diketahui: tidak dapat dihitung, kecuali diminta melewatinya — dan disebut', () => {
    const tanpa = capaianSasaran(sasaran);
    expect(tanpa.status).toBe('tidak-dapat-dihitung');
    if (tanpa.status === 'tidak-dapat-dihitung') {
      expect(tanpa.tidakDapatDihitung.map((t) => [t.id, t.alasan])).toEqual([['B', 'realisasi-kosong']]);
      expect(tanpa.pesan).toContain('lewatiBelumDiketahui');
    }
    const dengan = dihitung(capaianSasaran(sasaran, { lewatiBelumDiketahui: true }));
    expect(dengan.dipakai).toEqual(['A', 'C']);
    expect(dengan.dilewati.map((d) => d.id)).toEqual(['B']);
    expect(dengan.capaian.tampil.toString()).toBe('100'); // (80 + 120) / 2
    expect(dengan.langkah[0]).toContain('B dilewati');
    expect(dengan.indikator).toHaveLength(3);
  });

  it('melewati hanya "belum diketahui": target 0 tetap menghalangi', () => {
    const s = {
      ...sasaran,
      indikator: [...sasaran.indikator, { id: 'D', nama: 'D', target: 0, realisasi: 1 }],
    };
    const h = capaianSasaran(s, { lewatiBelumDiketahui: true });
    expect(h.status).toBe('tidak-dapat-dihitung');
    expect(h.dilewati.map((d) => d.id)).toEqual(['B']);
  });

  it('rata-rata tertimbang menurut id', () => {
    const h = dihitung(capaianSasaran(sasaran, { lewatiBelumDiketahui: true, bobot: { A: 3, C: 1 } }));
    expect(h.capaian.tepat.toString()).toBe('90'); // (3×80 + 1×120) / 4
    expect(kodeGalat(() => capaianSasaran(sasaran, { lewatiBelumDiketahui: true, bobot: { A: 1 } }))).toBe(
      'RATA_RATA_BOBOT_TIDAK_VALID',
    );
  });

  it('galat: daftar kosong, model salah', () => {
    expect(kodeGalat(() => rataRataCapaian([]))).toBe('RATA_RATA_KOSONG');
    expect(kodeGalat(() => capaianSasaran({ id: 'S', nama: 'S', indikator: [] }))).toBe('MODEL_TIDAK_VALID');
  });
});
