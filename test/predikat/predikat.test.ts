import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buatSkala,
  Decimal,
  type IntervalSkala,
  isSakipError,
  periksaSkala,
  predikat,
  SKALA,
  type Skala,
  type SkalaMasukan,
} from '../../src/index.js';
import { kodeGalat } from '../alat/galat.js';

/** Freezes an object graph deeply, as a careful caller might. */
function bekukanDalam<T>(x: T): T {
  if (typeof x === 'object' && x !== null) {
    for (const v of Object.values(x)) bekukanDalam(v);
    Object.freeze(x);
  }
  return x;
}

// Membership written out independently of src/predikat/interval.ts.
const dalam = (
  r: {
    bawah?: Decimal | undefined;
    bawahInklusif: boolean;
    atas?: Decimal | undefined;
    atasInklusif: boolean;
  },
  x: Decimal,
) =>
  (r.bawah === undefined || x.gt(r.bawah) || (r.bawahInklusif && x.eq(r.bawah))) &&
  (r.atas === undefined || x.lt(r.atas) || (r.atasInklusif && x.eq(r.atas)));

describe('predikat: angka laporan contoh (LKIP 2024 Dinsos Barito Kuala)', () => {
  it.each([
    ['134,32', 'Sangat baik'],
    ['100,06', 'Sangat baik'],
    ['55,72', 'Kurang'],
  ])('Permendagri 54/2010: %s → %s', (nilai, label) => {
    expect(predikat(nilai, SKALA.PERMENDAGRI_54_2010).label).toBe(label);
  });

  it.each([
    ['134,32', 'Melebihi target'],
    ['55,72', 'Tidak tercapai'],
    ['100,06', 'Melebihi target'],
    ['100', 'Tercapai/Sesuai target'],
  ])('tingkat capaian: %s → %s', (nilai, label) => {
    expect(predikat(nilai, SKALA.TINGKAT_CAPAIAN).label).toBe(label);
  });

  it('nilai SAKIP 71,91 → BB; 80,03 → A (PermenPAN-RB 88/2021)', () => {
    expect(predikat('71,91', SKALA.PERMENPANRB_88_2021).kode).toBe('BB');
    expect(predikat('80,03', SKALA.PERMENPANRB_88_2021).kode).toBe('A');
  });

  it.each([
    ['62,80', 'C'],
    ['100', 'B'],
    ['81,40', 'B'],
    ['126,67', 'BS'],
    ['25', 'K'],
  ])('Tapin 2022: %s → %s', (nilai, kode) => {
    expect(predikat(nilai, SKALA.TAPIN_2022).kode).toBe(kode);
  });
});

describe('predikat: tepi pita', () => {
  it('Permendagri 86/2017: dua konvensi berbeda di 90,5, sama di bilangan bulat', () => {
    expect(predikat('90,5', SKALA.PERMENDAGRI_86_2017_BATAS_BAWAH).label).toBe('Tinggi');
    expect(predikat('90,5', SKALA.PERMENDAGRI_86_2017_BATAS_ATAS).label).toBe('Sangat Tinggi');
    for (let x = -5; x <= 120; x++) {
      expect(predikat(x, SKALA.PERMENDAGRI_86_2017_BATAS_BAWAH).label).toBe(
        predikat(x, SKALA.PERMENDAGRI_86_2017_BATAS_ATAS).label,
      );
    }
    expect(predikat(91, SKALA.PERMENDAGRI_86_2017_BATAS_BAWAH).label).toBe('Sangat Tinggi');
    expect(predikat(90, SKALA.PERMENDAGRI_86_2017_BATAS_BAWAH).label).toBe('Tinggi');
    expect(predikat(50, SKALA.PERMENDAGRI_86_2017_BATAS_ATAS).label).toBe('Sangat Rendah');
    expect(predikat('50,01', SKALA.PERMENDAGRI_86_2017_BATAS_ATAS).label).toBe('Rendah');
  });

  it('Permendagri 54/2010: setiap nilai 2 desimal yang tercakup tabel cetak mendapat predikat tercetak', () => {
    // Tabel 3.2 as printed: > 90; 75 – 89,99; 65 – 74,99; 50 – 64,99; 0 – 49,99.
    const cetak = (x: number): string | undefined =>
      x > 9000
        ? 'Sangat baik'
        : x >= 7500 && x <= 8999
          ? 'Baik'
          : x >= 6500 && x <= 7499
            ? 'Cukup'
            : x >= 5000 && x <= 6499
              ? 'Kurang'
              : x >= 0 && x <= 4999
                ? 'Sangat kurang'
                : undefined;
    for (let x = 0; x <= 15000; x++) {
      const harap = cetak(x);
      if (harap) expect(predikat(new Decimal(x).div(100), SKALA.PERMENDAGRI_54_2010).label).toBe(harap);
    }
    // The one printed gap at 2 decimals, resolved: 90 is Baik (" > 90" is strict).
    expect(predikat(90, SKALA.PERMENDAGRI_54_2010).label).toBe('Baik');
    expect(predikat(89.995, SKALA.PERMENDAGRI_54_2010).label).toBe('Baik');
    expect(predikat(49.995, SKALA.PERMENDAGRI_54_2010).label).toBe('Sangat kurang');
  });

  it('PermenPAN-RB 88/2021: batas bawah eksklusif, batas atas inklusif', () => {
    expect(predikat(90, SKALA.PERMENPANRB_88_2021).kode).toBe('A');
    expect(predikat('90,01', SKALA.PERMENPANRB_88_2021).kode).toBe('AA');
    expect(predikat(100, SKALA.PERMENPANRB_88_2021).kode).toBe('AA');
    expect(predikat(30, SKALA.PERMENPANRB_88_2021).kode).toBe('D');
    expect(predikat(0, SKALA.PERMENPANRB_88_2021).kode).toBe('D');
    expect(kodeGalat(() => predikat('100,01', SKALA.PERMENPANRB_88_2021))).toBe('PREDIKAT_DI_LUAR_DOMAIN');
  });

  it('IKPA: ≥ 95, ≥ 89, ≥ 70; varian 79', () => {
    expect(predikat(95, SKALA.IKPA).label).toBe('Sangat Baik');
    expect(predikat('94,99', SKALA.IKPA).label).toBe('Baik');
    expect(predikat(89, SKALA.IKPA).label).toBe('Baik');
    expect(predikat(70, SKALA.IKPA).label).toBe('Cukup');
    expect(predikat('69,99', SKALA.IKPA).label).toBe('Kurang');
    expect(predikat(75, SKALA.IKPA_VARIAN_79).label).toBe('Kurang');
    expect(predikat(79, SKALA.IKPA_VARIAN_79).label).toBe('Cukup');
  });

  it('Tapin: 55 dan 75 Cukup, 75,01 Baik, 100,01 Baik Sekali', () => {
    expect(predikat(55, SKALA.TAPIN_2022).kode).toBe('C');
    expect(predikat(75, SKALA.TAPIN_2022).kode).toBe('C');
    expect(predikat('75,01', SKALA.TAPIN_2022).kode).toBe('B');
    expect(predikat('100,01', SKALA.TAPIN_2022).kode).toBe('BS');
    expect(predikat('54,99', SKALA.TAPIN_2022).kode).toBe('K');
  });

  it('opsi pembulatan membandingkan nilai tercetak', () => {
    expect(predikat(99.996, SKALA.TINGKAT_CAPAIAN).label).toBe('Tidak tercapai');
    expect(predikat(99.996, SKALA.TINGKAT_CAPAIAN, { pembulatan: { desimal: 2 } }).label).toBe(
      'Tercapai/Sesuai target',
    );
    expect(
      predikat(100.004, SKALA.TINGKAT_CAPAIAN, {
        pembulatan: { desimal: 2, mode: 'potong' },
      }).nilai.toString(),
    ).toBe('100');
    expect(predikat(90.004, SKALA.PERMENDAGRI_54_2010).label).toBe('Sangat baik');
    expect(predikat(90.004, SKALA.PERMENDAGRI_54_2010, { pembulatan: { desimal: 2 } }).label).toBe('Baik');
  });

  it('skala dipilih dengan id preset', () => {
    expect(predikat('62,80', 'TAPIN_2022')).toMatchObject({ kode: 'C', skala: 'TAPIN_2022' });
    expect(kodeGalat(() => predikat(5, 'TAPIN'))).toBe('ATURAN_TIDAK_DIKENAL');
  });

  it('skala yang tidak dibuat buatSkala diperiksa dan diurutkan dulu', () => {
    const mentah = { ...SKALA.TAPIN_2022, interval: [...SKALA.TAPIN_2022.interval].reverse() };
    expect(predikat('62,80', mentah)).toMatchObject({ kode: 'C', peringkat: 1 });
    const bercelah = { ...mentah, interval: mentah.interval.filter((i) => i.kode !== 'C') };
    expect(kodeGalat(() => predikat(60, bercelah))).toBe('SKALA_TIDAK_MEMPARTISI');
  });

  it('galat: di luar domain, skala tidak valid, angka tidak valid, opsi tidak valid', () => {
    expect(kodeGalat(() => predikat(-1, SKALA.PERMENDAGRI_54_2010))).toBe('PREDIKAT_DI_LUAR_DOMAIN');
    expect(kodeGalat(() => predikat(5, null as unknown as Skala))).toBe('ATURAN_TIDAK_VALID');
    expect(kodeGalat(() => predikat(5, { interval: [] } as unknown as Skala))).toBe('ATURAN_TIDAK_VALID');
    expect(kodeGalat(() => predikat(Number.NaN, SKALA.IKPA))).toBe('ANGKA_TIDAK_HINGGA');
    expect(kodeGalat(() => predikat('99,996', SKALA.IKPA))).toBe('ANGKA_AMBIGU');
    expect(kodeGalat(() => predikat(5, SKALA.IKPA, { pembulatan: { desimal: 1.5 } }))).toBe(
      'OPSI_TIDAK_VALID',
    );
    expect(kodeGalat(() => predikat(5, SKALA.IKPA, { bulatkanDulu: { desimal: 2 } } as never))).toBe(
      'OPSI_TIDAK_VALID',
    );
  });
});

describe('predikat: tabel pengguna dan pembekuan (hukum batas)', () => {
  const definisi = () => ({
    id: 'UJI',
    nama: 'Uji',
    sumber: 'uji',
    status: 'belum-terverifikasi' as const,
    domain: { bawah: 0 },
    interval: [
      { bawah: 100, label: 'Tercapai' },
      { bawah: 0, atas: 100, label: 'Belum tercapai' },
    ],
  });

  it('tabel sah yang dibekukan sendiri oleh pengguna tetap dipakai (diperiksa, bukan ditolak)', () => {
    const beku = bekukanDalam(definisi());
    expect(Object.isFrozen(beku.interval[0])).toBe(true);
    expect(predikat(150, beku)).toMatchObject({ label: 'Tercapai', peringkat: 1 });
    expect(predikat(50, beku).label).toBe('Belum tercapai');
    expect(buatSkala(beku).interval.map((i) => i.label)).toEqual(['Belum tercapai', 'Tercapai']);
  });

  it('tabel tumpang tindih yang dibekukan tetap ditolak: beku bukan berarti sah', () => {
    const d = definisi();
    const beku = bekukanDalam({ ...d, interval: [...d.interval, { bawah: 50, atas: 120, label: 'Tengah' }] });
    expect(kodeGalat(() => predikat(60, beku))).toBe('SKALA_TIDAK_MEMPARTISI');
    expect(kodeGalat(() => buatSkala(beku))).toBe('SKALA_TIDAK_MEMPARTISI');
    expect(periksaSkala(beku).map((t) => t.jenis)).toEqual(['tumpang-tindih', 'tumpang-tindih']);
  });

  it('tabel yang diubah setelah dipakai diperiksa lagi pada pemakaian berikutnya', () => {
    const d = definisi();
    expect(predikat(50, d).label).toBe('Belum tercapai');
    d.interval[1] = { bawah: 0, atas: 90, label: 'Belum tercapai' };
    expect(kodeGalat(() => predikat(50, d))).toBe('SKALA_TIDAK_MEMPARTISI');
  });

  it('salinan preset yang dibekukan bukan preset: diperiksa ulang, hasil sama', () => {
    const salinan = bekukanDalam({ ...SKALA.PERMENDAGRI_54_2010 });
    expect(predikat('55,72', salinan).label).toBe('Kurang');
  });

  it('hasil tidak berbagi objek dengan preset', () => {
    const a = predikat('134,32', SKALA.PERMENDAGRI_54_2010);
    const b = predikat('134,32', SKALA.PERMENDAGRI_54_2010);
    const pita = SKALA.PERMENDAGRI_54_2010.interval[4]!;
    expect(a.interval).toEqual(pita);
    expect(a.interval).not.toBe(pita);
    expect(a.interval).not.toBe(b.interval);
    a.interval.label = 'diubah';
    expect(pita.label).toBe('Sangat baik');
    expect(predikat('134,32', SKALA.PERMENDAGRI_54_2010).label).toBe('Sangat baik');
  });
});

const SEMUA = Object.entries(SKALA) as [string, Skala][];

describe('preset SKALA', () => {
  it.each(SEMUA)('%s: id = kunci, jenis skala, sumber, status, tanpa temuan', (nama, s) => {
    expect(s.id).toBe(nama);
    expect(s.jenis).toBe('skala');
    expect(s.sumber.length).toBeGreaterThan(0);
    expect(['terverifikasi', 'sesuai-praktik', 'belum-terverifikasi']).toContain(s.status);
    expect(periksaSkala(s)).toEqual([]);
    expect(buatSkala(s)).toBe(s);
  });

  it.each(SEMUA)('%s: beku sampai dalam (interval, domain, Decimal batasnya)', (_nama, s) => {
    expect(Object.isFrozen(SKALA)).toBe(true);
    expect(Object.isFrozen(s)).toBe(true);
    expect(Object.isFrozen(s.domain)).toBe(true);
    expect(Object.isFrozen(s.interval)).toBe(true);
    for (const iv of s.interval) {
      expect(Object.isFrozen(iv)).toBe(true);
      if (iv.bawah) expect(Object.isFrozen(iv.bawah)).toBe(true);
      if (iv.atas) expect(Object.isFrozen(iv.atas)).toBe(true);
    }
    expect(() => {
      (s.interval as IntervalSkala[]).push({ label: 'x', bawahInklusif: true, atasInklusif: false });
    }).toThrow(TypeError);
  });

  it.each(SEMUA)('%s: tersusun dari rendah ke tinggi', (_nama, s) => {
    for (let i = 1; i < s.interval.length; i++) {
      const a = s.interval[i - 1]!;
      const b = s.interval[i]!;
      expect(a.atas !== undefined && b.bawah !== undefined && a.atas.lte(b.bawah)).toBe(true);
    }
  });

  // Points that probe every edge: each bound, just above and below it, and values far out.
  const titik = (s: Skala): Decimal[] => {
    const batas = s.interval.flatMap((i) => [i.bawah, i.atas]).filter((b): b is Decimal => b !== undefined);
    return [
      ...batas.flatMap((b) => [b, b.minus('0.0001'), b.plus('0.0001')]),
      new Decimal(-1000),
      new Decimal(-0.5),
      new Decimal(1000),
    ];
  };

  it.each(SEMUA)('%s: setiap nilai dalam domain tepat di satu pita (sifat)', (_nama, s) => {
    const nilai = fc.oneof(
      fc.constantFrom(...titik(s)),
      fc.integer({ min: -20000, max: 20000 }).map((n) => new Decimal(n).div(100)),
      fc.integer({ min: -2000000, max: 2000000 }).map((n) => new Decimal(n).div(10000)),
    );
    fc.assert(
      fc.property(nilai, (x) => {
        const banyak = s.interval.filter((i) => dalam(i, x)).length;
        if (!dalam(s.domain, x)) {
          expect(kodeGalat(() => predikat(x, s))).toBe('PREDIKAT_DI_LUAR_DOMAIN');
          return;
        }
        expect(banyak).toBe(1);
        expect(dalam(predikat(x, s).interval, x)).toBe(true);
      }),
    );
  });

  it.each(SEMUA)(
    '%s: predikat monoton — nilai lebih tinggi tidak pernah pita lebih rendah (sifat)',
    (_nama, s) => {
      const nilai = fc.oneof(
        fc.constantFrom(...titik(s).filter((x) => dalam(s.domain, x))),
        fc.integer({ min: 0, max: 10000 }).map((n) => new Decimal(n).div(100)),
      );
      fc.assert(
        fc.property(nilai, nilai, (a, b) => {
          const [x, y] = a.lte(b) ? [a, b] : [b, a];
          expect(predikat(x, s).peringkat).toBeLessThanOrEqual(predikat(y, s).peringkat);
        }),
      );
    },
  );
});

describe('periksaSkala dan buatSkala', () => {
  const dasar = {
    id: 'UJI',
    nama: 'Uji',
    domain: { bawah: 0, atas: 100, atasInklusif: true },
    sumber: 'uji',
    status: 'belum-terverifikasi' as const,
  };

  it('tabel 3.2 dibaca harfiah: empat celah, masing-masing disebut', () => {
    const temuan = periksaSkala({
      ...dasar,
      domain: { bawah: 0 },
      interval: [
        { bawah: 90, bawahInklusif: false, label: 'Sangat baik' },
        { bawah: 75, atas: '89,99', atasInklusif: true, label: 'Baik' },
        { bawah: 65, atas: '74,99', atasInklusif: true, label: 'Cukup' },
        { bawah: 50, atas: '64,99', atasInklusif: true, label: 'Kurang' },
        { bawah: 0, atas: '49,99', atasInklusif: true, label: 'Sangat kurang' },
      ],
    });
    expect(temuan.map((t) => [t.jenis, t.rentang])).toEqual([
      ['celah', '(49,99; 50)'],
      ['celah', '(64,99; 65)'],
      ['celah', '(74,99; 75)'],
      ['celah', '(89,99; 90]'],
    ]);
  });

  it('setiap tumpang tindih, interval kosong, bagian di luar domain, dan celah di ujung', () => {
    const temuan = periksaSkala({
      ...dasar,
      interval: [
        { bawah: 10, atas: 60, label: 'A' },
        { bawah: 50, atas: 80, atasInklusif: true, label: 'B' },
        { bawah: 55, atas: 58, label: 'C' },
        { bawah: 70, atas: 70, label: 'Kosong' },
        { bawah: 80, atas: 120, label: 'D' },
      ],
    });
    expect(temuan.map((t) => `${t.jenis} ${t.rentang} ${t.label.join('/')}`)).toEqual([
      'interval-kosong [70; 70) Kosong',
      'di-luar-domain (100; 120) D',
      'tumpang-tindih [50; 60) A/B',
      'tumpang-tindih [55; 58) A/C',
      'tumpang-tindih [55; 58) B/C',
      'tumpang-tindih {80} B/D',
      'celah [0; 10) ',
    ]);
  });

  it('domain kosong', () => {
    const t = periksaSkala({ ...dasar, domain: { bawah: 5, atas: 5 }, interval: [{ label: 'x' }] });
    expect(
      kodeGalat(() => buatSkala({ ...dasar, domain: { bawah: 5, atas: 5 }, interval: [{ label: 'x' }] })),
    ).toBe('SKALA_TIDAK_MEMPARTISI');
    expect(t.map((x) => x.jenis)).toEqual(['domain-kosong']);
  });

  it('buatSkala menolak dengan pesan dan masalah yang menyebut setiap temuan', () => {
    let galat: unknown;
    try {
      buatSkala({
        ...dasar,
        interval: [
          { bawah: 0, atas: 50, label: 'Kurang' },
          { bawah: 49, atas: 90, label: 'Cukup' },
          { bawah: 91, atas: 100, atasInklusif: true, label: 'Baik' },
        ],
      });
    } catch (e) {
      galat = e;
    }
    expect(isSakipError(galat, 'SKALA_TIDAK_MEMPARTISI')).toBe(true);
    const pesan = (galat as Error).message;
    expect(pesan).toContain('[49; 50)');
    expect(pesan).toContain('[90; 91)');
    expect(pesan).toContain('Kurang');
    expect(isSakipError(galat) && galat.masalah.map((m) => m.lokasi)).toEqual(['interval[0]', 'interval']);
  });

  it('buatSkala: bentuk salah → ATURAN_TIDAK_VALID, setiap masalah dengan jalurnya', () => {
    expect(kodeGalat(() => buatSkala({ nama: 'x' } as never))).toBe('ATURAN_TIDAK_VALID');
    expect(kodeGalat(() => buatSkala({ ...dasar, interval: [{ bawah: 'abc', label: 'x' }] }))).toBe(
      'ATURAN_TIDAK_VALID',
    );
    expect(
      kodeGalat(() => buatSkala({ ...dasar, status: 'pasti', interval: [{ label: 'x' }] } as never)),
    ).toBe('ATURAN_TIDAK_VALID');
    expect(kodeGalat(() => periksaSkala({ ...dasar, interval: [] }))).toBe('ATURAN_TIDAK_VALID');
    let masalah: string[] = [];
    try {
      buatSkala({ ...dasar, interval: [{ bawah: 0, label: 'x', warna: 'hijau' }] } as never);
    } catch (e) {
      if (isSakipError(e)) masalah = e.masalah.map((m) => `${m.lokasi}: ${m.pesan}`);
    }
    expect(masalah).toHaveLength(1);
    expect(masalah[0]).toContain('interval[0]');
    expect(masalah[0]).toContain('warna');
  });

  it('buatSkala tidak mengubah masukan, mengurutkan salinannya, dan membekukannya', () => {
    const definisi = {
      ...dasar,
      interval: [
        { bawah: 50, atas: 100, atasInklusif: true, label: 'Atas' },
        { bawah: 0, atas: 50, label: 'Bawah' },
      ],
    };
    const salinan = structuredClone(definisi);
    const s = buatSkala(definisi);
    expect(definisi).toEqual(salinan);
    expect(Object.isFrozen(definisi)).toBe(false);
    expect(s.interval.map((i) => i.label)).toEqual(['Bawah', 'Atas']);
    expect(Object.isFrozen(s.interval[0])).toBe(true);
  });

  // Law: for tables with integer bounds in 0 … 10, a gap or overlap always shows at an integer or a
  // half-integer; so "no findings" must agree with a brute-force count on those points.
  const ujung = fc.record({
    bawah: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
    bawahInklusif: fc.boolean(),
    atas: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
    atasInklusif: fc.boolean(),
  });
  it('periksaSkala kosong ⇔ setiap titik domain tercakup tepat sekali (sifat)', () => {
    fc.assert(
      fc.property(ujung, fc.array(ujung, { minLength: 1, maxLength: 5 }), (domain, interval) => {
        const def: SkalaMasukan = {
          ...dasar,
          domain,
          interval: interval.map((i, k) => ({ ...i, label: `P${k}` })),
        };
        const d = (x: number) => new Decimal(x);
        const konversi = <T extends { bawah?: number | undefined; atas?: number | undefined }>(r: T) => ({
          ...r,
          bawah: r.bawah === undefined ? undefined : d(r.bawah),
          atas: r.atas === undefined ? undefined : d(r.atas),
        });
        const dom = konversi(domain);
        const ivs = interval.map(konversi);
        let baik = true;
        const titikUji = Array.from({ length: 29 }, (_, k) =>
          d(k - 2)
            .div(2)
            .plus(0),
        ).concat(Array.from({ length: 15 }, (_, k) => d(k - 2)));
        const domainAda = titikUji.some((x) => dalam(dom, x));
        if (!domainAda) baik = false;
        for (const iv of ivs) if (!titikUji.some((x) => dalam(iv, x))) baik = false;
        for (const x of titikUji) {
          const n = ivs.filter((iv) => dalam(iv, x)).length;
          if (dalam(dom, x) ? n !== 1 : n !== 0) baik = false;
        }
        expect(periksaSkala(def).length === 0).toBe(baik);
        if (baik) {
          const jadi = buatSkala(def);
          for (const x of titikUji.filter((t) => dalam(dom, t))) {
            expect(dalam(predikat(x, jadi).interval as IntervalSkala, x)).toBe(true);
          }
        } else {
          expect(kodeGalat(() => buatSkala(def))).toBe('SKALA_TIDAK_MEMPARTISI');
        }
      }),
      { numRuns: 500 },
    );
  });
});
