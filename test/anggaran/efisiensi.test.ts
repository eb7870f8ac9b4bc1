import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ATURAN_BANDING_EFISIENSI,
  ATURAN_EFISIENSI,
  bandingkanEfisiensi,
  buatAturanBandingEfisiensi,
  buatAturanEfisiensi,
  bulatkan,
  Decimal,
  type EfisiensiButirDihitung,
  efisiensi,
  type HasilEfisiensi,
  type HasilEfisiensiDihitung,
  isSakipError,
  KEBIJAKAN_PEMBULATAN,
  parseAngka,
  penyerapan,
  tulisLangkah,
} from '../../src/index.js';
import { kodeGalat, lokasiGalat } from '../alat/galat.js';
import { EFISIENSI_TERCETAK, SASARAN } from './contohLaporan.js';

function dihitung(h: HasilEfisiensi): HasilEfisiensiDihitung {
  if (h.status !== 'dihitung') throw new Error(`tidak dihitung: ${h.pesan}`);
  return h;
}

const [S1, S2, S3] = SASARAN;
const butir = (s: (typeof SASARAN)[number]) => ({
  nama: s.id,
  pagu: s.pagu,
  realisasi: s.realisasi,
  capaian: s.capaian,
});

describe('efisiensi: LKIP 2024 Dinsos Barito Kuala, Analisis atas Efisiensi', () => {
  it('S1, CK 134,32 tanpa dipotong: PAK × CK dan selisih dihitung dengan tangan', () => {
    const h = dihitung(efisiensi([butir(S1)]));
    const b = h.butir[0] as EfisiensiButirDihitung;
    // 2.142.720.865 × 1,3432 = 2.878.102.665,868
    expect(b.paguKaliCapaian.toString()).toBe('2878102665.868');
    expect(b.selisih.toString()).toBe('764850434.868');
    expect(h.eMentah.toFixed(6)).toBe('26.574814');
    expect(h.eMentah.div(100).toFixed(8)).toBe('0.26574814');
    expect(h.satuan).toBe('persen');
    // ±20%: E = 20, NE = 50 + (20/20) × 50 = 100.
    expect(h.nilai.toString()).toBe('20');
    expect(h.dibatasi).toBe(true);
    expect(h.nilaiEfisiensi.toString()).toBe('100');
  });

  it('S1: laporan mencetak PAK × CK 2.878.102.655,87 — salah ketik 10 Rupiah; selisih tercetaknya memakai angka yang benar', () => {
    const b = dihitung(efisiensi([butir(S1)])).butir[0] as EfisiensiButirDihitung;
    const tercetak = parseAngka(EFISIENSI_TERCETAK.S1.paguKaliCapaian);
    expect(bulatkan(b.paguKaliCapaian, 2).toString()).toBe('2878102665.87');
    expect(bulatkan(b.paguKaliCapaian, 2).minus(tercetak).toString()).toBe('10');
    // The printed difference 764.850.434,87 agrees with the correct product, not with the printed one.
    expect(bulatkan(b.selisih, 2).toString()).toBe(parseAngka(EFISIENSI_TERCETAK.S1.selisih).toString());
    expect(tercetak.minus(parseAngka(S1.realisasi)).toString()).toBe('764850424.87');
  });

  it('S2, CK 55,72: E mentah −59,339216…%, laporan mengabaikan batas ±20%', () => {
    const h = dihitung(efisiensi([butir(S2)]));
    const b = h.butir[0] as EfisiensiButirDihitung;
    expect(bulatkan(b.paguKaliCapaian, 2).toString()).toBe(
      parseAngka(EFISIENSI_TERCETAK.S2.paguKaliCapaian).toString(),
    );
    expect(bulatkan(b.selisih, 2).toString()).toBe(parseAngka(EFISIENSI_TERCETAK.S2.selisih).toString());
    expect(h.eMentah.toFixed(6)).toBe('-59.339216');
    expect(h.nilai.toString()).toBe('-20');
    expect(h.nilaiEfisiensi.toString()).toBe('0');
  });

  it('S3, CK 100,06 dijadikan 100: E = 6,723193…% = 100 − penyerapan', () => {
    const h = dihitung(efisiensi([butir(S3)], { batasAtasCapaian: 100 }));
    const b = h.butir[0] as EfisiensiButirDihitung;
    expect(b.capaianDipotong).toBe(true);
    expect(b.capaianDipakai.toString()).toBe('100');
    expect(b.paguKaliCapaian.toString()).toBe('4699311668');
    expect(b.selisih.toString()).toBe('315943796');
    expect(h.nilai.toFixed(6)).toBe('6.723193');
    expect(h.dibatasi).toBe(false);
    expect(h.nilai.plus(penyerapan({ pagu: S3.pagu, realisasi: S3.realisasi })).toString()).toBe('100');
    // NE = 50 + 6,7231930614…/20 × 50 = 66,807982…
    expect(h.nilaiEfisiensi.toFixed(6)).toBe('66.807983');
    expect(h.langkah.map(tulisLangkah)).toContain(
      'CK = batasAtasCapaian bila capaian > batasAtasCapaian; capaian = 100,06, batasAtasCapaian = 100 → 100 (CK 100,06% dijadikan 100%)',
    );
  });

  it('S3 tanpa dipotong (CK 100,06): 6,779126…%, bukan yang dicetak', () => {
    const h = dihitung(efisiensi([butir(S3)]));
    expect(h.nilai.toFixed(6)).toBe('6.779126');
  });

  it('angka tercetak 0,266 / −0,593 / 0,067 direproduksi: tanpa batas, kebijakan POTONG, sebagai rasio', () => {
    const cetak = { aturan: 'TANPA_BATAS', kebijakan: 'POTONG', satuanTampil: 'rasio' as const };
    const t1 = dihitung(efisiensi([butir(S1)], cetak)).tampil;
    const t2 = dihitung(efisiensi([butir(S2)], cetak)).tampil;
    const t3 = dihitung(efisiensi([butir(S3)], { ...cetak, batasAtasCapaian: 100 })).tampil;
    expect([t1?.teks, t2?.teks, t3?.teks]).toEqual([
      EFISIENSI_TERCETAK.S1.e,
      EFISIENSI_TERCETAK.S2.e,
      EFISIENSI_TERCETAK.S3.e,
    ]);
    expect(t1?.nilai.toString()).toBe('0.266');
    expect(t1?.satuan).toBe('rasio');
    // The same with the bound switched off by the option, and with the policy object.
    const lain = { batas: null, kebijakan: KEBIJAKAN_PEMBULATAN.POTONG, satuanTampil: 'rasio' as const };
    expect(dihitung(efisiensi([butir(S2)], lain)).tampil?.teks).toBe(EFISIENSI_TERCETAK.S2.e);
  });

  it('dengan batas ±20% (bawaan), angka tampil berbeda dari yang tercetak', () => {
    const t = dihitung(
      efisiensi([butir(S2)], { kebijakan: KEBIJAKAN_PEMBULATAN.POTONG, satuanTampil: 'rasio' }),
    ).tampil;
    expect(t?.teks).toBe('-0,200');
    const p = dihitung(efisiensi([butir(S1)], { kebijakan: KEBIJAKAN_PEMBULATAN.SETENGAH_ATAS })).tampil;
    expect(p?.teks).toBe('20,00%');
  });

  it('aturan Kepbup Barito Kuala: S2 (55,72 < 100) tidak dihitung, dengan alasannya', () => {
    const h = efisiensi([butir(S2)], { aturan: 'BARITO_KUALA_2023' });
    expect(h.status).toBe('tidak-dapat-dihitung');
    if (h.status === 'dihitung') return;
    expect(h.alasan).toBe('capaian-di-bawah-minimal');
    expect(h.pesan).toBe('capaian 55,72% < 100%: efisiensi tidak dihitung.');
    expect(h.aturan).toBe('BARITO_KUALA_2023');
    expect(h.butir[0]?.status).toBe('tidak-dapat-dihitung');
    expect(h.langkah.at(-1)?.hasil).toBe('tidak dihitung');
    // The rule by object gives the same.
    expect(efisiensi([butir(S2)], { aturan: ATURAN_EFISIENSI.BARITO_KUALA_2023 }).status).toBe(
      'tidak-dapat-dihitung',
    );
  });

  it('aturan Kepbup Barito Kuala atas ketiga sasaran (bentuk Σ): S2 dilewati, S1 dan S3 dipotong ke 100', () => {
    const h = dihitung(
      efisiensi([butir(S1), butir(S2), butir(S3)], { aturan: ATURAN_EFISIENSI.BARITO_KUALA_2023 }),
    );
    expect(h.butir.map((b) => b.status)).toEqual(['dihitung', 'tidak-dapat-dihitung', 'dihitung']);
    // Σ(PAK × 100%) = 2.142.720.865 + 4.699.311.668 = 6.842.032.533; Σ RAK = 6.496.620.103.
    expect(h.jumlahPaguKaliCapaian.toString()).toBe('6842032533');
    expect(h.jumlahRealisasi.toString()).toBe('6496620103');
    // E = 345.412.430 / 6.842.032.533 × 100 = 5,048389…%
    expect(h.nilai.toFixed(6)).toBe('5.048389');
  });

  it('bentuk Σ atas ketiga sasaran (CK S3 dipotong 100): E = 8,168286…%, NE = 70,420716…', () => {
    const h = dihitung(efisiensi([butir(S1), butir(S2), butir(S3)], { batasAtasCapaian: 100 }));
    // With capaianMaks 100, S1 is capped too: Σ(PAK × CK) = 2.142.720.865 + 684.145.198,828 + 4.699.311.668
    expect(h.jumlahPaguKaliCapaian.toString()).toBe('7526177731.828');
    const tanpaPotongS1 = dihitung(efisiensi([butir(S1), butir(S2), { ...butir(S3), capaian: 100 }]));
    // 2.878.102.665,868 + 684.145.198,828 + 4.699.311.668 = 8.261.559.532,696
    expect(tanpaPotongS1.jumlahPaguKaliCapaian.toString()).toBe('8261559532.696');
    expect(tanpaPotongS1.nilai.toFixed(6)).toBe('8.168286');
    expect(tanpaPotongS1.nilaiEfisiensi.toFixed(6)).toBe('70.420716');
    // Per-item E are there too.
    expect(tanpaPotongS1.butir.map((b) => (b.status === 'dihitung' ? b.eMentah.toFixed(2) : null))).toEqual([
      '26.57',
      '-59.34',
      '6.72',
    ]);
  });

  it('bentuk rata-rata-keluaran: rata-rata E tiap butir yang sudah dibatasi', () => {
    const h = dihitung(
      efisiensi([butir(S1), butir(S2), { ...butir(S3), capaian: 100 }], { bentuk: 'rata-rata-keluaran' }),
    );
    // (20 + (−20) + 6,7231930…) / 3 = 2,2410643…; raw: (26,57… − 59,33… + 6,72…) / 3 = −8,680403…
    expect(h.nilai.toFixed(6)).toBe('2.241064');
    expect(h.eMentah.toFixed(6)).toBe('-8.680403');
    expect(h.bentuk).toBe('rata-rata-keluaran');
  });

  it('langkah ditulis oleh perhitungannya, satu bentuk Langkah', () => {
    const h = dihitung(efisiensi([butir(S1)]));
    expect(h.langkah.map(tulisLangkah)).toEqual([
      'PAK × CK = pagu × capaian / 100; PAK = 2.142.720.865, CK = 134,32 → 2.878.102.665,868',
      '(PAK × CK) − RAK; PAK × CK = 2.878.102.665,868, RAK = 2.113.252.231 → 764.850.434,868',
      'E = ((PAK × CK) − RAK) / (PAK × CK) × 100; (PAK × CK) − RAK = 764.850.434,868, PAK × CK = 2.878.102.665,868 → 26,574814…',
      'E dibatasi ke [−batas; +batas]; E = 26,574814…, batas = 20 → 20 (E di luar batas ±20%: dibatasi menjadi 20%)',
      'NE = 50 + (E / 20) × 50; E = 20 → 100',
    ]);
    expect(h.langkah[2]?.hasil).toBe(h.eMentah);
    const cetak = dihitung(
      efisiensi([butir(S1)], { aturan: 'TANPA_BATAS', kebijakan: 'POTONG', satuanTampil: 'rasio' }),
    );
    expect(cetak.langkah.some((l) => l.rumus.startsWith('E dibatasi'))).toBe(false);
    expect(tulisLangkah(cetak.langkah.at(-1)!)).toMatch(
      /kebijakan "POTONG": 1 desimal dalam persen, setengah-atas; sebagai rasio \(E \/ 100\): 0,266\)$/,
    );
    // langkah: false leaves every trace empty.
    const massal = dihitung(efisiensi([butir(S1), butir(S2)], { langkah: false }));
    expect([massal.langkah, massal.butir[0]?.langkah]).toEqual([[], []]);
  });

  it('langkah beberapa butir menuliskan Σ, tiap butir dengan namanya', () => {
    const h = dihitung(efisiensi([butir(S1), butir(S2)]));
    const teks = h.langkah.map(tulisLangkah);
    expect(teks).toContain('Σ(PAK × CK); S1 = 2.878.102.665,868, S2 = 684.145.198,828 → 3.562.247.864,696');
    expect(
      teks.some(
        (l) =>
          l.startsWith('PAK × CK = pagu × capaian / 100; PAK = 1.227.826.990, CK = 55,72') &&
          l.endsWith('(S2)'),
      ),
    ).toBe(true);
    // The Σ form takes each item's working up to its own E; the items keep their whole trace.
    expect(h.langkah.filter((l) => l.rumus.startsWith('NE'))).toHaveLength(1);
    expect(h.butir[1]?.langkah.at(-1)?.rumus).toBe('NE = 50 + (E / 20) × 50');
  });
});

describe('efisiensi: opsi dan galat', () => {
  it.each([
    [[], {}, 'EFISIENSI_BUTIR_KOSONG'],
    ['bukan daftar', {}, 'MASUKAN_TIDAK_VALID'],
    [[{ pagu: 0, realisasi: 0, capaian: 100 }], {}, 'ANGGARAN_PAGU_NOL'],
    [[{ pagu: 10, realisasi: -1, capaian: 100 }], {}, 'ANGGARAN_NEGATIF'],
    [[{ pagu: 10, realisasi: 1, capaian: 'abc' }], {}, 'ANGKA_HURUF'],
    [[{ pagu: 10, realisasi: 1 }], {}, 'MASUKAN_TIDAK_VALID'],
    [[{ pagu: 10, realisasi: 1, capaian: 100, capain: 1 }], {}, 'MASUKAN_TIDAK_VALID'],
    [[{ nama: 5, pagu: 10, realisasi: 1, capaian: 100 }], {}, 'MASUKAN_TIDAK_VALID'],
    [[null], {}, 'MASUKAN_TIDAK_VALID'],
    [[{ pagu: 10, realisasi: 1, capaian: 100 }], { batas: -1 }, 'OPSI_TIDAK_VALID'],
    [[{ pagu: 10, realisasi: 1, capaian: 100 }], { batasAtasCapaian: 0 }, 'OPSI_TIDAK_VALID'],
    [[{ pagu: 10, realisasi: 1, capaian: 100 }], { bentuk: 'median' }, 'OPSI_TIDAK_VALID'],
    [[{ pagu: 10, realisasi: 1, capaian: 100 }], { satuanTampil: 'permil' }, 'OPSI_TIDAK_VALID'],
    [[{ pagu: 10, realisasi: 1, capaian: 100 }], { langkah: 'ya' }, 'OPSI_TIDAK_VALID'],
    [[{ pagu: 10, realisasi: 1, capaian: 100 }], null, 'OPSI_TIDAK_VALID'],
    [[{ pagu: 10, realisasi: 1, capaian: 100 }], { capaianMaks: 100 }, 'OPSI_TIDAK_VALID'],
    [[{ pagu: 10, realisasi: 1, capaian: 100 }], { aturan: 'PMK_2017' }, 'ATURAN_TIDAK_DIKENAL'],
    [[{ pagu: 10, realisasi: 1, capaian: 100 }], { aturan: { id: 'X' } }, 'ATURAN_TIDAK_VALID'],
    [[{ pagu: 10, realisasi: 1, capaian: 100 }], { kebijakan: {} }, 'ATURAN_TIDAK_VALID'],
    [[{ pagu: 10, realisasi: 1, capaian: 100 }], { kebijakan: 'POTONGAN' }, 'ATURAN_TIDAK_DIKENAL'],
  ])('%j %j → %s', (b, o, kode) => {
    expect(kodeGalat(() => efisiensi(b as never, o as never))).toBe(kode);
  });

  it('opsi salah ketik (batass) menyebut kunci yang benar', () => {
    let pesan = '';
    try {
      efisiensi([butir(S1)], { batass: 10 } as never);
    } catch (e) {
      if (isSakipError(e)) pesan = `${e.kode}: ${e.message}`;
    }
    expect(pesan).toMatch(/^OPSI_TIDAK_VALID: .*"batass" tidak dikenal — maksudnya "batas"\?/);
    expect(lokasiGalat(() => efisiensi([butir(S1)], { batasAtasCapain: 100 } as never))).toBe(
      'batasAtasCapain',
    );
  });

  it('galat butir menyebut lokasinya', () => {
    expect(
      lokasiGalat(() =>
        efisiensi([
          { pagu: 1, realisasi: 1, capaian: 100 },
          { pagu: 1, realisasi: '#N/A', capaian: 100 },
        ]),
      ),
    ).toBe('butir[1].realisasi');
    expect(lokasiGalat(() => efisiensi([{ pagu: 1, realisasi: 1 } as never]))).toBe('butir[0].capaian');
  });

  it('capaian 0 atau negatif: butir tidak dihitung', () => {
    const h = efisiensi([{ pagu: 100, realisasi: 50, capaian: 0 }]);
    expect(h.status).toBe('tidak-dapat-dihitung');
    expect(h.status !== 'dihitung' && h.alasan).toBe('capaian-nol-atau-negatif');
    const campur = efisiensi([
      { pagu: 100, realisasi: 50, capaian: -10 },
      { pagu: 100, realisasi: 90, capaian: 100 },
    ]);
    expect(campur.status === 'dihitung' && campur.nilai.toString()).toBe('10');
  });

  it('semua butir di bawah minimal: tidak-ada-butir-dihitung', () => {
    const h = efisiensi(
      [
        { pagu: 100, realisasi: 50, capaian: 90 },
        { pagu: 100, realisasi: 50, capaian: 99 },
      ],
      { capaianMinimal: 100 },
    );
    expect(h.status !== 'dihitung' && h.alasan).toBe('tidak-ada-butir-dihitung');
  });

  it('opsi menimpa aturan; aturan buatan pengguna', () => {
    const a = buatAturanEfisiensi({
      id: 'BATAS_10',
      nama: 'Batas 10',
      sumber: 'uji',
      status: 'belum-terverifikasi',
      batas: 10,
      batasAtasCapaian: null,
      capaianMinimal: null,
      bentuk: 'jumlah',
    });
    expect(dihitung(efisiensi([butir(S1)], { aturan: a })).nilai.toString()).toBe('10');
    expect(dihitung(efisiensi([butir(S1)], { aturan: a })).aturan).toBe('BATAS_10');
    expect(dihitung(efisiensi([butir(S1)], { aturan: a, batas: 30 })).nilai.toFixed(2)).toBe('26.57');
    expect(dihitung(efisiensi([butir(S1)], { aturan: ATURAN_EFISIENSI.TANPA_BATAS })).dibatasi).toBe(false);
    // A definition not yet built is validated on use.
    const { jenis: _j, ...definisi } = a;
    expect(
      dihitung(efisiensi([butir(S1)], { aturan: { ...definisi, batas: 5 } as never })).nilai.toString(),
    ).toBe('5');
  });

  it('preset dibekukan sampai ke Decimal-nya; hasil tidak berbagi objek dengan preset', () => {
    for (const a of [...Object.values(ATURAN_EFISIENSI), ...Object.values(ATURAN_BANDING_EFISIENSI)]) {
      expect(Object.isFrozen(a)).toBe(true);
      for (const v of Object.values(a))
        if (typeof v === 'object' && v !== null) expect(Object.isFrozen(v)).toBe(true);
    }
    expect(Object.isFrozen(ATURAN_EFISIENSI)).toBe(true);
    expect(() => {
      (ATURAN_EFISIENSI.PMK_214_2017 as { batas: unknown }).batas = null;
    }).toThrow(TypeError);
    const h = dihitung(efisiensi([butir(S1)], { kebijakan: 'POTONG', satuanTampil: 'rasio' }));
    const aturanPotong = KEBIJAKAN_PEMBULATAN.POTONG.besaran.efisiensi;
    expect(h.tampil?.aturan).toEqual(aturanPotong);
    expect(h.tampil?.aturan).not.toBe(aturanPotong);
    // A result written to does not change the next one.
    (h.tampil!.aturan as { desimal: number }).desimal = 9;
    h.butir.length = 0;
    expect(
      dihitung(efisiensi([butir(S1)], { kebijakan: 'POTONG', satuanTampil: 'rasio' })).tampil?.teks,
    ).toBe('0,200');
    expect(KEBIJAKAN_PEMBULATAN.POTONG.besaran.efisiensi?.desimal).toBe(1);
  });

  it('masukan tidak diubah', () => {
    const b = [Object.freeze({ pagu: '100', realisasi: '90', capaian: '120' })];
    Object.freeze(b);
    efisiensi(b, { batasAtasCapaian: 100 });
    expect(b[0]?.capaian).toBe('120');
  });
});

// — laws —

const rupiah = fc
  .tuple(fc.bigInt({ min: 1n, max: 10n ** 15n }), fc.integer({ min: 0, max: 99 }))
  .map(([r, sen]) => new Decimal(`${r}.${String(sen).padStart(2, '0')}`));
const persen = fc.integer({ min: 1, max: 30_000 }).map((n) => new Decimal(n).div(100));
const butirAcak = fc.record({ pagu: rupiah, realisasi: rupiah, capaian: persen });

describe('hukum efisiensi', () => {
  it('e selalu dalam batas, dan NE dalam [0, 100] bila batas ≤ 20', () => {
    fc.assert(
      fc.property(
        fc.array(butirAcak, { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 0, max: 50 }),
        fc.constantFrom('jumlah' as const, 'rata-rata-keluaran' as const),
        (bs, batas, bentuk) => {
          const h = dihitung(efisiensi(bs, { batas, bentuk }));
          expect(h.nilai.abs().lte(batas)).toBe(true);
          for (const b of h.butir) if (b.status === 'dihitung') expect(b.nilai.abs().lte(batas)).toBe(true);
          if (batas <= 20) {
            expect(h.nilaiEfisiensi.gte(0) && h.nilaiEfisiensi.lte(100)).toBe(true);
            for (const b of h.butir) {
              if (b.status === 'dihitung')
                expect(b.nilaiEfisiensi.gte(0) && b.nilaiEfisiensi.lte(100)).toBe(true);
            }
          }
          // E within the bound is the raw E clamped.
          const batasD = new Decimal(batas);
          const harap = h.eMentah.gt(batasD) ? batasD : h.eMentah.lt(batasD.neg()) ? batasD.neg() : h.eMentah;
          if (bentuk === 'jumlah') expect(h.nilai.eq(harap)).toBe(true);
          expect(h.dibatasi).toBe(!h.nilai.eq(h.eMentah));
        },
      ),
    );
  });

  it('E = 0 bila realisasi = pagu × capaian', () => {
    fc.assert(
      fc.property(rupiah, persen, (pagu, capaian) => {
        const realisasi = pagu.times(capaian).div(100);
        const h = dihitung(efisiensi([{ pagu, realisasi, capaian }]));
        expect(h.eMentah.isZero()).toBe(true);
        expect(h.nilaiEfisiensi.toString()).toBe('50');
      }),
    );
  });

  it('satu butir: E = (1 − penyerapan / capaian) × 100 (RUMUS.md §6)', () => {
    fc.assert(
      fc.property(butirAcak, (b) => {
        const h = dihitung(efisiensi([b], { batas: null }));
        const lain = new Decimal(1)
          .minus(penyerapan({ pagu: b.pagu, realisasi: b.realisasi }).div(b.capaian))
          .times(100);
        // Two roundings at the 40th significant digit: equal up to a relative 10⁻³⁵.
        expect(h.eMentah.minus(lain).abs().lte(lain.abs().plus(1).times('1e-35'))).toBe(true);
      }),
    );
  });

  it('bentuk Σ tidak bergantung urutan butir', () => {
    fc.assert(
      fc.property(fc.array(butirAcak, { minLength: 2, maxLength: 6 }), (bs) => {
        const a = dihitung(efisiensi(bs));
        const b = dihitung(efisiensi([...bs].reverse()));
        expect(a.eMentah.toString()).toBe(b.eMentah.toString());
      }),
    );
  });

  it('E naik bila realisasi turun (pagu dan capaian tetap)', () => {
    fc.assert(
      fc.property(rupiah, rupiah, rupiah, persen, (pagu, r1, r2, capaian) => {
        const [kecil, besar] = r1.lte(r2) ? [r1, r2] : [r2, r1];
        const a = dihitung(efisiensi([{ pagu, realisasi: kecil, capaian }], { batas: null }));
        const b = dihitung(efisiensi([{ pagu, realisasi: besar, capaian }], { batas: null }));
        expect(a.nilai.gte(b.nilai)).toBe(true);
      }),
    );
  });

  it('tidak pernah NaN: hasil hingga atau SakipError', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (pagu, realisasi, capaian) => {
        try {
          const h = efisiensi([{ pagu, realisasi, capaian } as never]);
          if (h.status === 'dihitung') expect(h.nilai.isFinite() && h.nilaiEfisiensi.isFinite()).toBe(true);
        } catch (e) {
          expect(isSakipError(e)).toBe(true);
        }
      }),
    );
  });
});

describe('bandingkanEfisiensi: aturan perbandingan', () => {
  it('LKIP 2024 Dinsos Barito Kuala, Tabel 3.2.13: S1 efisien, S2 tidak; S3 tidak menurut varian kedua', () => {
    const s1 = bandingkanEfisiensi({ capaian: S1.capaian, penyerapan: S1.persen });
    expect([s1.efisien, s1.selisih.toString(), s1.aturan]).toEqual([
      true,
      '35.7',
      'CAPAIAN_MELEBIHI_PENYERAPAN',
    ]);
    expect(s1.pesan).toBe('capaian 134,32% > penyerapan 98,62%: efisien');
    expect(bandingkanEfisiensi({ capaian: S2.capaian, penyerapan: S2.persen }).efisien).toBe(false);
    const s3 = bandingkanEfisiensi(
      { capaian: S3.capaian, penyerapan: S3.persen },
      { aturan: 'TARGET_DAN_PENYERAPAN' },
    );
    expect([s3.efisien, s3.cara]).toEqual([false, 'target-dan-penyerapan']);
    expect(s3.langkah.map((l) => l.hasil)).toEqual([s3.selisih, 'tidak efisien']);
  });

  it('ambang sendiri lewat aturan sendiri', () => {
    const a = buatAturanBandingEfisiensi({
      id: 'PENYERAPAN_90',
      nama: 'Target tercapai, penyerapan > 90%',
      sumber: 'uji',
      status: 'belum-terverifikasi',
      cara: 'target-dan-penyerapan',
      batasPenyerapan: 90,
    });
    expect(bandingkanEfisiensi({ capaian: S3.capaian, penyerapan: S3.persen }, { aturan: a }).efisien).toBe(
      true,
    );
  });

  it.each([
    [{ capaian: 100, penyerapan: 90 }, { aturan: 'HEMAT' }, 'ATURAN_TIDAK_DIKENAL'],
    [{ capaian: 100, penyerapan: 90 }, { cara: 'target-dan-penyerapan' }, 'OPSI_TIDAK_VALID'],
    [{ capaian: 100 }, {}, 'MASUKAN_TIDAK_VALID'],
    [{ capaian: 100, penyerapan: 90, penyerapn: 1 }, {}, 'MASUKAN_TIDAK_VALID'],
    [null, {}, 'MASUKAN_TIDAK_VALID'],
    [{ capaian: '#N/A', penyerapan: 90 }, {}, 'ANGKA_GALAT_SPREADSHEET'],
  ])('%j %j → %s', (m, o, kode) => {
    expect(kodeGalat(() => bandingkanEfisiensi(m as never, o as never))).toBe(kode);
  });

  it('aturan yang tidak konsisten ditolak', () => {
    const definisi = { id: 'X', nama: 'x', sumber: 'x', status: 'belum-terverifikasi' as const };
    expect(
      kodeGalat(() =>
        buatAturanBandingEfisiensi({ ...definisi, cara: 'target-dan-penyerapan', batasPenyerapan: null }),
      ),
    ).toBe('ATURAN_TIDAK_VALID');
    expect(
      kodeGalat(() =>
        buatAturanBandingEfisiensi({ ...definisi, cara: 'capaian-melebihi-penyerapan', batasPenyerapan: 95 }),
      ),
    ).toBe('ATURAN_TIDAK_VALID');
  });
});
