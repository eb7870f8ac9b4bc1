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
  tulisLangkah,
} from '../../src/index.js';
import { kodeGalat, lokasiGalat } from '../alat/galat.js';
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

  it('kebijakan dan skala boleh disebut dengan id preset: hasil sama', () => {
    const dariId = IKU.map((i) =>
      dihitung(hitungIndikator(i, { kebijakan: 'POTONG', skala: 'PERMENDAGRI_54_2010' })),
    );
    expect(dariId.map((h) => h.capaian.tampil.toString())).toEqual(TERCETAK.capaian);
    expect(dariId.map((h) => h.predikat?.label)).toEqual(TERCETAK.kategori54);
    expect(dariId.map((h) => h.kebijakan)).toEqual(['POTONG', 'POTONG', 'POTONG']);
  });

  it('nilai adalah capaian tepat; capaian.tampil yang tercetak', () => {
    const h = potong[1]!;
    expect(h.nilai.toString()).toBe('55.7251908396946564885496183206106870229');
    expect(h.nilai).toBe(h.capaian.tepat);
    expect(h.capaian.tampil.toString()).toBe('55.72');
    expect(h.capaian.lanjut.toString()).toBe('55.72');
  });

  it('rata-rata: 47,39 / 55,11 / 96,7 dari capaian terpotong', () => {
    const r = dihitung(
      rataRataCapaian(potong, { kebijakan: KEBIJAKAN_PEMBULATAN.POTONG, skala: SKALA.PERMENDAGRI_54_2010 }),
    );
    expect(r.nilai.toString()).toBe('96.7');
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
      hitungIndikator(IKU[0], { sumberTarget: 'renstraTahunIni', kebijakan: KEBIJAKAN_PEMBULATAN.POTONG }),
    );
    expect(h.capaian.tampil.toString()).toBe(TERCETAK.capaianRenstra);
    expect(h.sumberTarget).toBe('renstraTahunIni');
    const l = h.langkah.find((x) => x.rumus.startsWith('capaian ='));
    expect(l?.masukan.target?.toString()).toBe('68.48');
    expect(l?.catatan).toContain('target Renstra tahun ini');
  });

  it('perubahan tahunan: 92,71 − 66,97 = 25,74 poin', () => {
    expect(
      perubahanTahunan({ tahunLalu: IKU[0].realisasiTahunLalu, tahunIni: IKU[0].realisasi }).poin.toString(),
    ).toBe(TERCETAK.kenaikanPoin);
  });

  it('jejak langkah: satu bentuk { rumus, masukan, hasil, catatan }, dapat dibaca', () => {
    const l = potong[1]!.langkah;
    expect(l.every((x) => typeof x.rumus === 'string' && typeof x.masukan === 'object')).toBe(true);
    expect(l[1]?.hasil).toBe(potong[1]!.nilai);
    expect(l.map(tulisLangkah)).toEqual([
      'realisasi tercetak = realisasi dibulatkan setengah ke atas 2 desimal; realisasi = 0,73 → 0,73 (kebijakan POTONG; nilai tercetak dipakai langkah berikutnya)',
      'capaian = realisasi / target × 100; realisasi = 0,73, target = 1,31 → 55,725190… (target PK, pasangan nilai)',
      'capaian tercetak = capaian dipotong 2 desimal; capaian = 55,725190… → 55,72 (kebijakan POTONG; nilai tercetak dipakai langkah berikutnya)',
      'predikat = pita skala yang memuat capaian; capaian = 55,72 → Kurang (skala PERMENDAGRI_54_2010: [50; 65))',
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

  it('galat: target 0 / negatif, realisasi 0 / negatif pada kebalikan, kunci atau nilai tak dikenal', () => {
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
      'MASUKAN_TIDAK_VALID',
    );
    expect(kodeGalat(() => capaian({ target: 5, realisasi: 1, rumusNegatif: 'rasio' as never }))).toBe(
      'MASUKAN_TIDAK_VALID',
    );
    expect(kodeGalat(() => capaian(null as never))).toBe('MASUKAN_TIDAK_VALID');
    expect(kodeGalat(() => capaian({ target: 5 } as never))).toBe('MASUKAN_TIDAK_VALID');
    expect(kodeGalat(() => capaian({ target: 5, realisasi: 1, batasatas: 100 } as never))).toBe(
      'MASUKAN_TIDAK_VALID',
    );
    expect(kodeGalat(() => capaian({ target: '#DIV/0!', realisasi: 1 }))).toBe('ANGKA_GALAT_SPREADSHEET');
    expect(lokasiGalat(() => capaian({ target: 5, realisasi: 'x' }))).toBe('realisasi');
  });

  it("'92.711' ditolak sebagai ambigu (92 711 atau 92,711?), angka 92.711 tidak", () => {
    expect(kodeGalat(() => capaian({ target: '92.711', realisasi: 92.711 }))).toBe('ANGKA_AMBIGU');
    expect(lokasiGalat(() => capaian({ target: '92.711', realisasi: 92.711 }))).toBe('target');
    expect(kodeGalat(() => capaian({ target: 92.711, realisasi: '92.711' }))).toBe('ANGKA_AMBIGU');
    expect(capaian({ target: 92.711, realisasi: 92.711 }).toString()).toBe('100');
    expect(capaian({ target: '92,7110', realisasi: 92.711 }).toString()).toBe('100');
    // capaian takes no format option: a format is declared where a string is read.
    expect(
      kodeGalat(() =>
        (capaian as (m: unknown, o: unknown) => unknown)(
          { target: '92.711', realisasi: 1 },
          { format: 'en' },
        ),
      ),
    ).toBe('ANGKA_AMBIGU');
  });

  it('kunci salah ketik disebut dengan kunci terdekat (kebjakan → kebijakan)', () => {
    let pesan = '';
    try {
      hitungIndikator(IKU[0], { kebjakan: 'POTONG' } as never);
    } catch (e) {
      if (isSakipError(e, 'OPSI_TIDAK_VALID')) pesan = e.message;
    }
    expect(pesan).toContain('kebjakan');
    expect(pesan).toContain('"kebijakan"?');
    expect(
      kodeGalat(() => capaianSasaran({ id: 'S', nama: 'S', indikator: [IKU[0]] }, { skla: 'IKPA' } as never)),
    ).toBe('OPSI_TIDAK_VALID');
    expect(kodeGalat(() => rataRata([1], { bobbot: [1] } as never))).toBe('OPSI_TIDAK_VALID');
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

  it('jalur bilangan bulat (number ≤ 4 desimal) memberi Decimal yang sama persis dengan jalur Decimal', () => {
    const desimal = (maks: number) =>
      fc
        .tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: -maks, max: maks }))
        .map(([k, n]) => n / 10 ** k);
    fc.assert(
      fc.property(
        desimal(2_000_000_000),
        desimal(2_000_000_000_000),
        fc.constantFrom('positif' as const, 'negatif' as const),
        fc.constantFrom('selisih' as const, 'kebalikan' as const),
        (t, r, polaritas, rumusNegatif) => {
          const cepat = () => capaian({ target: t, realisasi: r, polaritas, rumusNegatif });
          const lambat = () =>
            capaian({ target: new Decimal(t), realisasi: new Decimal(r), polaritas, rumusNegatif });
          const k = kodeGalat(lambat);
          expect(kodeGalat(cepat)).toBe(k);
          if (k !== undefined) return;
          const a = cepat();
          const b = lambat();
          // Same value, same digits: decimal.js's own representation (sign, exponent, base-10⁷ words).
          expect([a.toString(), a.s, a.e, a.d]).toEqual([b.toString(), b.s, b.e, b.d]);
          expect(a.constructor).toBe(b.constructor);
          expect(a.eq(b)).toBe(true);
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('volume, rentang, triwulan, agregasi', () => {
  it('rasio volume 2.668 / 2.555 → 104,42', () => {
    expect(bulatkan(capaianVolume({ target: 2555, realisasi: 2668 }), 2).toString()).toBe('104.42');
    expect(kodeGalat(() => capaianVolume({ target: '2.555', realisasi: 2668 }))).toBe('ANGKA_AMBIGU');
    expect(kodeGalat(() => capaianVolume({ target: -1, realisasi: 2 }))).toBe('CAPAIAN_TARGET_NEGATIF');
  });

  it('target rentang (PermenPAN-RB 8/2021)', () => {
    expect(capaianRentang({ targetBawah: 80, targetAtas: 90, realisasi: 80 }).dibandingkanDengan).toBe(
      'dalam',
    );
    expect(capaianRentang({ targetBawah: 80, targetAtas: 90, realisasi: 90 }).nilai.toString()).toBe('100');
    expect(capaianRentang({ targetBawah: 80, targetAtas: 90, realisasi: 99 }).nilai.toString()).toBe('110');
    expect(capaianRentang({ targetBawah: 80, targetAtas: 90, realisasi: 60 }).nilai.toString()).toBe('75');
    const neg = capaianRentang({ targetBawah: 8, targetAtas: 10, realisasi: 6, polaritas: 'negatif' });
    expect([neg.nilai.toString(), neg.dibandingkanDengan]).toEqual(['125', 'bawah']);
    expect(neg.langkah.map((l) => l.rumus)).toEqual([
      'capaian = (target − (realisasi − target)) / target × 100',
    ]);
    const dibatasi = capaianRentang({ targetBawah: 80, targetAtas: 90, realisasi: 99, batasAtas: 105 });
    expect(dibatasi.nilai.toString()).toBe('105');
    expect(dibatasi.langkah.map((l) => String(l.hasil))).toEqual(['110', '105']);
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
          capaianRentang({ targetBawah: bawah, targetAtas: atas, realisasi: r }).nilai;
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

  it('rata-rata atas 200 000 nilai (tanpa spread ke Decimal.sum), juga tertimbang', () => {
    const banyak = Array.from({ length: 200_000 }, (_, i) => (i % 4) + 0.25);
    expect(rataRata(banyak).toString()).toBe('1.75');
    expect(rataRata(banyak, { bobot: banyak.map(() => 2) }).toString()).toBe('1.75');
    expect(rasioJumlah({ realisasi: banyak, target: banyak }).toString()).toBe('100');
    const teks = Array.from({ length: 200_000 }, () => '0,5');
    expect(rataRata(teks).toString()).toBe('0.5');
  });

  it('rata-rata dan rata-rata tertimbang', () => {
    expect(rataRata([1, 2]).toString()).toBe('1.5');
    expect(rataRata(['109,14', 103]).toString()).toBe('106.07');
    expect(rataRata([10, 20, 30], { bobot: [0.2, 0.3, 0.5] }).toString()).toBe('23');
    expect(kodeGalat(() => rataRata([]))).toBe('RATA_RATA_KOSONG');
    expect(kodeGalat(() => rataRata([1, 2], { bobot: [1] }))).toBe('RATA_RATA_BOBOT_TIDAK_VALID');
    expect(kodeGalat(() => rataRata([1, 2], { bobot: [1, -1] }))).toBe('RATA_RATA_BOBOT_TIDAK_VALID');
    expect(kodeGalat(() => rataRata([1, 2], { bobot: [0, 0] }))).toBe('RATA_RATA_BOBOT_TIDAK_VALID');
    expect(kodeGalat(() => rataRata('12' as never))).toBe('MASUKAN_TIDAK_VALID');
    expect(lokasiGalat(() => rataRata([1, 'dua']))).toBe('[1]');
  });

  it('jumlah cepat untuk number sama persis dengan jumlah Decimal (sifat)', () => {
    const angkaJs = fc.oneof(
      fc
        .tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: -(2 ** 40), max: 2 ** 40 }))
        .map(([k, n]) => n / 10 ** k),
      // Magnitudes within 40 digits of each other: the Decimal path sums at 40 significant digits, so
      // 4,5·10¹¹ + 10⁻²⁰ would round there while the integer path stays exact (seed 160734988).
      fc.double({ min: -1e6, max: 1e6, noNaN: true }).filter((v) => v === 0 || Math.abs(v) >= 1e-6),
      fc.constantFrom(4.5e11, -4.5e11, 0.00001, -0),
    );
    fc.assert(
      fc.property(fc.array(angkaJs, { minLength: 1, maxLength: 60 }), (x) => {
        const k = kodeGalat(() => rataRata(x.map((v) => new Decimal(v))));
        expect(kodeGalat(() => rataRata(x))).toBe(k);
        if (k !== undefined) return;
        expect(rataRata(x).toString()).toBe(rataRata(x.map((v) => new Decimal(v))).toString());
        expect(rasioJumlah({ realisasi: x, target: x.map(() => 1) }).toString()).toBe(
          rasioJumlah({ realisasi: x.map((v) => new Decimal(v)), target: x.map(() => 1) }).toString(),
        );
      }),
      { numRuns: 500 },
    );
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
    const p = perubahanTahunan({ tahunLalu: 17073, tahunIni: '18.456,00' });
    expect(p.poin.toString()).toBe('1383');
    expect(p.relatif.status === 'dihitung' && bulatkan(p.relatif.nilai, 2).toString()).toBe('8.1');
    const nol = perubahanTahunan({ tahunLalu: 0, tahunIni: 3 }).relatif;
    expect(nol.status === 'tidak-dapat-dihitung' && nol.alasan).toBe('tahun-lalu-nol');
    expect(nol.langkah[0]?.hasil).toBe('tidak dapat dihitung');
    const sama = perubahanTahunan({ tahunLalu: 5, tahunIni: 5 }).relatif;
    expect(sama.status === 'dihitung' && sama.nilai.toString()).toBe('0');
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
    [dasar, { sumberTarget: 'renstraAkhir' as const }, 'target-kosong'],
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
      expect(h.id).toBe('X');
      expect(h.langkah.at(-1)?.hasil).toBe('tidak dapat dihitung');
      expect(h.langkah.at(-1)?.catatan).toBe(h.pesan);
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
    expect(bertahap.langkah[0]?.rumus).toBe(
      'realisasi tercetak = realisasi dibulatkan setengah ke atas 2 desimal',
    );
    expect(String(bertahap.langkah[0]?.hasil)).toBe('1.57');
    expect(bertahap.langkah[1]?.masukan.realisasi?.toString()).toBe('1.57');
    const tepat = dihitung(hitungIndikator(ind, { kebijakan: KEBIJAKAN_PEMBULATAN.SETENGAH_ATAS }));
    expect(tepat.capaian.tampil.toString()).toBe('62.78');
  });

  it('pasangan volume dan batas atas', () => {
    // In a function call '2.555' reads two ways (ANGKA_AMBIGU); report files declare their format.
    const ambigu = { ...dasar, volume: { target: '2.555', realisasi: '2.668', satuan: 'lembaga' } };
    expect(kodeGalat(() => hitungIndikator(ambigu, { pasangan: 'volume' }))).toBe('MODEL_TIDAK_VALID');
    const ind = { ...dasar, volume: { target: 2555, realisasi: '2.668,00', satuan: 'lembaga' } };
    const v = dihitung(
      hitungIndikator(ind, { pasangan: 'volume', kebijakan: KEBIJAKAN_PEMBULATAN.SETENGAH_ATAS }),
    );
    expect(v.capaian.tampil.toString()).toBe('104.42');
    expect(v.langkah.some((l) => l.catatan?.includes('pasangan volume (lembaga)'))).toBe(true);
    const b = dihitung(hitungIndikator(ind, { pasangan: 'volume', batasAtas: 100 }));
    expect(b.capaian.tampil.toString()).toBe('100');
    expect(b.nilai.toString()).toBe('100');
    expect(b.langkah.some((l) => l.rumus === 'capaian = min(capaian, batas atas)')).toBe(true);
    expect(kodeGalat(() => hitungIndikator(ind, { pasangan: 'volume', sumberTarget: 'renstraAkhir' }))).toBe(
      'OPSI_TIDAK_VALID',
    );
  });

  it('indikator negatif memakai polaritas model dan rumus pilihan', () => {
    const ind = { ...dasar, polaritas: 'negatif' as const, target: 7, realisasi: 6.5 };
    const s = dihitung(hitungIndikator(ind, { kebijakan: KEBIJAKAN_PEMBULATAN.SETENGAH_ATAS }));
    expect(s.capaian.tampil.toString()).toBe('107.14');
    expect(s.langkah.find((l) => l.rumus.startsWith('capaian ='))?.catatan).toContain('rumus selisih');
    const k = dihitung(
      hitungIndikator(ind, { rumusNegatif: 'kebalikan', kebijakan: KEBIJAKAN_PEMBULATAN.SETENGAH_ATAS }),
    );
    expect(k.capaian.tampil.toString()).toBe('107.69');
  });

  it('galat: model salah, opsi tak dikenal, kebijakan salah, di luar domain skala', () => {
    expect(kodeGalat(() => hitungIndikator({ id: '', nama: 'x' } as never))).toBe('MODEL_TIDAK_VALID');
    expect(kodeGalat(() => hitungIndikator(dasar, { sumberTarget: 'rkt' as never }))).toBe(
      'OPSI_TIDAK_VALID',
    );
    expect(kodeGalat(() => hitungIndikator(dasar, { target: 'pk' } as never))).toBe('OPSI_TIDAK_VALID');
    expect(kodeGalat(() => hitungIndikator(dasar, { kebijakan: { nama: 'x' } as never }))).toBe(
      'ATURAN_TIDAK_VALID',
    );
    expect(kodeGalat(() => hitungIndikator(dasar, { kebijakan: 'POTONGAN' }))).toBe('ATURAN_TIDAK_DIKENAL');
    expect(kodeGalat(() => hitungIndikator(dasar, { skala: 'TAPIN' }))).toBe('ATURAN_TIDAK_DIKENAL');
    expect(kodeGalat(() => hitungIndikator(dasar, { batasAtas: 'x' }))).toBe('ANGKA_HURUF');
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

  it('hasil tidak berbagi objek dengan preset atau dengan hasil lain', () => {
    const opsi = { kebijakan: 'POTONG', skala: 'PERMENDAGRI_54_2010' };
    const a = dihitung(hitungIndikator(IKU[1], opsi));
    const b = dihitung(hitungIndikator(IKU[1], opsi));
    const aturan = KEBIJAKAN_PEMBULATAN.POTONG.besaran.capaian;
    expect(a.capaian.aturan).toEqual(aturan);
    expect(a.capaian.aturan).not.toBe(aturan);
    expect(a.realisasi.aturan).not.toBe(KEBIJAKAN_PEMBULATAN.POTONG.besaran.realisasi);
    expect(a.predikat?.interval).not.toBe(SKALA.PERMENDAGRI_54_2010.interval[1]);
    expect(a.langkah).not.toBe(b.langkah);
    expect(a.capaian).not.toBe(b.capaian);
    a.capaian.aturan!.desimal = 0;
    a.predikat!.interval.label = 'diubah';
    expect(KEBIJAKAN_PEMBULATAN.POTONG.besaran.capaian?.desimal).toBe(2);
    expect(dihitung(hitungIndikator(IKU[1], opsi)).predikat?.label).toBe('Kurang');
    const r = dihitung(rataRataCapaian([a, b], opsi));
    expect(r.capaian.aturan).not.toBe(KEBIJAKAN_PEMBULATAN.POTONG.besaran.rataRata);
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
      expect(tanpa.alasan).toBe('indikator-tidak-dapat-dihitung');
      expect(tanpa.tidakDapatDihitung.map((t) => [t.id, t.alasan])).toEqual([['B', 'realisasi-kosong']]);
      expect(tanpa.pesan).toContain('lewatiBelumDiketahui');
    }
    const dengan = dihitung(capaianSasaran(sasaran, { lewatiBelumDiketahui: true }));
    expect(dengan.dipakai).toEqual(['A', 'C']);
    expect(dengan.dilewati.map((d) => d.id)).toEqual(['B']);
    expect(dengan.nilai.toString()).toBe('100'); // (80 + 120) / 2
    expect(dengan.capaian.tampil.toString()).toBe('100');
    expect(dengan.langkah[0]?.masukan).toEqual({ indikator: 'B' });
    expect(dengan.langkah[0]?.hasil).toBe('dilewati');
    expect(dengan.indikator).toHaveLength(3);
    expect([dengan.id, dengan.nama]).toEqual(['S', 'Sasaran uji']);
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

  it('galat: daftar kosong, model salah, butir bukan hasil hitungIndikator', () => {
    expect(kodeGalat(() => rataRataCapaian([]))).toBe('RATA_RATA_KOSONG');
    expect(kodeGalat(() => capaianSasaran({ id: 'S', nama: 'S', indikator: [] }))).toBe('MODEL_TIDAK_VALID');
    const palsu = {
      status: 'dihitung',
      id: 'A',
      target: 1,
      realisasi: { tampil: 1 },
      capaian: { lanjut: { toStringTag: '[object Decimal]' } },
    };
    expect(kodeGalat(() => rataRataCapaian([palsu] as never))).toBe('MASUKAN_TIDAK_VALID');
    expect(lokasiGalat(() => rataRataCapaian([hitungIndikator(IKU[0]), 5] as never))).toBe('[1]');
    expect(kodeGalat(() => rataRataCapaian(null as never))).toBe('MASUKAN_TIDAK_VALID');
  });

  it('rata-rata capaian atas 200 000 indikator', () => {
    const satu = hitungIndikator({ id: 'A', nama: 'A', target: 50, realisasi: 40 });
    const dua = hitungIndikator({ id: 'B', nama: 'B', target: 10, realisasi: 12 });
    const banyak = Array.from({ length: 200_000 }, (_, i) => (i % 2 === 0 ? satu : dua));
    const r = dihitung(rataRataCapaian(banyak, { kebijakan: 'SETENGAH_ATAS' }));
    expect(r.nilai.toString()).toBe('100');
    expect(r.dipakai).toHaveLength(200_000);
  });
});
