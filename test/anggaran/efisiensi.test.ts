import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ATURAN_EFISIENSI,
  buatAturanEfisiensi,
  bulatkan,
  Decimal,
  type EfisiensiButirDihitung,
  efisiensi,
  formatAngka,
  type HasilEfisiensi,
  type HasilEfisiensiDihitung,
  isSakipError,
  KEBIJAKAN_PEMBULATAN,
  parseAngka,
  penyerapan,
} from '../../src/index.js';
import { kodeGalat } from '../alat/galat.js';
import { EFISIENSI_TERCETAK, SASARAN } from './contohLaporan.js';

function dihitung(h: HasilEfisiensi): HasilEfisiensiDihitung {
  if (!h.dihitung) throw new Error(`tidak dihitung: ${h.keterangan}`);
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
    expect(h.e.toString()).toBe('20');
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
    expect(h.e.toString()).toBe('-20');
    expect(h.nilaiEfisiensi.toString()).toBe('0');
  });

  it('S3, CK 100,06 dijadikan 100: E = 6,723193…% = 100 − penyerapan', () => {
    const h = dihitung(efisiensi([butir(S3)], { capaianMaks: 100 }));
    const b = h.butir[0] as EfisiensiButirDihitung;
    expect(b.capaianDipotong).toBe(true);
    expect(b.capaianDipakai.toString()).toBe('100');
    expect(b.paguKaliCapaian.toString()).toBe('4699311668');
    expect(b.selisih.toString()).toBe('315943796');
    expect(h.e.toFixed(6)).toBe('6.723193');
    expect(h.dibatasi).toBe(false);
    expect(h.e.plus(penyerapan(S3)).toString()).toBe('100');
    // NE = 50 + 6,7231930614…/20 × 50 = 66,807982…
    expect(h.nilaiEfisiensi.toFixed(6)).toBe('66.807983');
    expect(h.langkah).toContain('CK 100,06% dijadikan 100%');
  });

  it('S3 tanpa dipotong (CK 100,06): 6,779126…%, bukan yang dicetak', () => {
    const h = dihitung(efisiensi([butir(S3)]));
    expect(h.e.toFixed(6)).toBe('6.779126');
  });

  it('angka tercetak 0,266 / −0,593 / 0,067 direproduksi: tanpa batas, kebijakan POTONG, sebagai rasio', () => {
    const cetak = { batas: null, kebijakan: KEBIJAKAN_PEMBULATAN.POTONG, satuanTampil: 'rasio' as const };
    const t1 = dihitung(efisiensi([butir(S1)], cetak)).tampil;
    const t2 = dihitung(efisiensi([butir(S2)], cetak)).tampil;
    const t3 = dihitung(efisiensi([butir(S3)], { ...cetak, capaianMaks: 100 })).tampil;
    expect([t1?.teks, t2?.teks, t3?.teks]).toEqual([
      EFISIENSI_TERCETAK.S1.e,
      EFISIENSI_TERCETAK.S2.e,
      EFISIENSI_TERCETAK.S3.e,
    ]);
    expect(t1?.nilai.toString()).toBe('0.266');
    expect(t1?.satuan).toBe('rasio');
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
    const h = efisiensi([butir(S2)], { aturan: ATURAN_EFISIENSI.BARITO_KUALA_2023 });
    expect(h.dihitung).toBe(false);
    if (h.dihitung) return;
    expect(h.alasan).toBe('capaian-di-bawah-minimal');
    expect(h.butir[0]?.dihitung).toBe(false);
    expect(h.langkah.at(-1)).toContain('tidak dihitung');
  });

  it('aturan Kepbup Barito Kuala atas ketiga sasaran (bentuk Σ): S2 dilewati, S1 dan S3 dipotong ke 100', () => {
    const h = dihitung(
      efisiensi([butir(S1), butir(S2), butir(S3)], { aturan: ATURAN_EFISIENSI.BARITO_KUALA_2023 }),
    );
    expect(h.butir.map((b) => b.dihitung)).toEqual([true, false, true]);
    // Σ(PAK × 100%) = 2.142.720.865 + 4.699.311.668 = 6.842.032.533; Σ RAK = 6.496.620.103.
    expect(h.jumlahPaguKaliCapaian.toString()).toBe('6842032533');
    expect(h.jumlahRealisasi.toString()).toBe('6496620103');
    // E = 345.412.430 / 6.842.032.533 × 100 = 5,048389…%
    expect(h.e.toFixed(6)).toBe('5.048389');
  });

  it('bentuk Σ atas ketiga sasaran (CK S3 dipotong 100): E = 8,168286…%, NE = 70,420716…', () => {
    const h = dihitung(efisiensi([butir(S1), butir(S2), butir(S3)], { capaianMaks: 100 }));
    // With capaianMaks 100, S1 is capped too: Σ(PAK × CK) = 2.142.720.865 + 684.145.198,828 + 4.699.311.668
    expect(h.jumlahPaguKaliCapaian.toString()).toBe('7526177731.828');
    const tanpaPotongS1 = dihitung(efisiensi([butir(S1), butir(S2), { ...butir(S3), capaian: 100 }]));
    // 2.878.102.665,868 + 684.145.198,828 + 4.699.311.668 = 8.261.559.532,696
    expect(tanpaPotongS1.jumlahPaguKaliCapaian.toString()).toBe('8261559532.696');
    expect(tanpaPotongS1.e.toFixed(6)).toBe('8.168286');
    expect(tanpaPotongS1.nilaiEfisiensi.toFixed(6)).toBe('70.420716');
    // Per-item E are there too.
    expect(tanpaPotongS1.butir.map((b) => (b.dihitung ? b.eMentah.toFixed(2) : null))).toEqual([
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
    expect(h.e.toFixed(6)).toBe('2.241064');
    expect(h.eMentah.toFixed(6)).toBe('-8.680403');
    expect(h.bentuk).toBe('rata-rata-keluaran');
  });

  it('langkah ditulis seperti laporan', () => {
    const h = dihitung(efisiensi([butir(S1)]));
    expect(h.langkah).toEqual([
      'E = ((PAK × CK) − RAK) / (PAK × CK) × 100%',
      'PAK × CK = 2.142.720.865 × 134,32% = 2.878.102.665,868',
      '(PAK × CK) − RAK = 2.878.102.665,868 − 2.113.252.231 = 764.850.434,868',
      `E = 764.850.434,868 / 2.878.102.665,868 × 100% = ${formatAngka(h.eMentah)}%`,
      'E di luar batas ±20%: dibatasi menjadi 20%',
      'NE = 50 + (E / 20) × 50 = 50 + (20 / 20) × 50 = 100',
    ]);
    const cetak = dihitung(
      efisiensi([butir(S1)], { batas: null, kebijakan: KEBIJAKAN_PEMBULATAN.POTONG, satuanTampil: 'rasio' }),
    );
    expect(cetak.langkah).toContain(`Tanpa batas: E = ${formatAngka(cetak.e)}%`);
    expect(cetak.langkah.at(-1)).toMatch(/0,266$/);
  });

  it('langkah beberapa butir menuliskan Σ', () => {
    const h = dihitung(efisiensi([butir(S1), butir(S2)]));
    expect(h.langkah[0]).toBe('E = Σ((PAK × CK) − RAK) / Σ(PAK × CK) × 100%');
    expect(h.langkah).toContain('Σ(PAK × CK) = 2.878.102.665,868 + 684.145.198,828 = 3.562.247.864,696');
    expect(h.langkah.some((l) => l.startsWith('S2: PAK × CK = 1.227.826.990 × 55,72%'))).toBe(true);
  });
});

describe('efisiensi: opsi dan galat', () => {
  it.each([
    [[], {}, 'EFISIENSI_BUTIR_KOSONG'],
    ['bukan daftar', {}, 'EFISIENSI_BUTIR_KOSONG'],
    [[{ pagu: 0, realisasi: 0, capaian: 100 }], {}, 'ANGGARAN_PAGU_NOL'],
    [[{ pagu: 10, realisasi: -1, capaian: 100 }], {}, 'ANGGARAN_NEGATIF'],
    [[{ pagu: 10, realisasi: 1, capaian: 'abc' }], {}, 'ANGKA_HURUF'],
    [[{ pagu: 10, realisasi: 1 }], {}, 'ANGKA_TIPE_TIDAK_DIDUKUNG'],
    [[null], {}, 'ANGKA_TIPE_TIDAK_DIDUKUNG'],
    [[{ pagu: 10, realisasi: 1, capaian: 100 }], { batas: -1 }, 'ANGGARAN_OPSI_TIDAK_VALID'],
    [[{ pagu: 10, realisasi: 1, capaian: 100 }], { capaianMaks: 0 }, 'ANGGARAN_OPSI_TIDAK_VALID'],
    [[{ pagu: 10, realisasi: 1, capaian: 100 }], { bentuk: 'median' }, 'ANGGARAN_OPSI_TIDAK_VALID'],
    [[{ pagu: 10, realisasi: 1, capaian: 100 }], { satuanTampil: 'permil' }, 'ANGGARAN_OPSI_TIDAK_VALID'],
    [[{ pagu: 10, realisasi: 1, capaian: 100 }], null, 'ANGGARAN_OPSI_TIDAK_VALID'],
    [[{ pagu: 10, realisasi: 1, capaian: 100 }], { kebijakan: {} }, 'KEBIJAKAN_PEMBULATAN_TIDAK_VALID'],
  ])('%j %j → %s', (b, o, kode) => {
    expect(kodeGalat(() => efisiensi(b as never, o as never))).toBe(kode);
  });

  it('galat butir menyebut lokasinya', () => {
    let lokasi: string | undefined;
    try {
      efisiensi([
        { pagu: 1, realisasi: 1, capaian: 100 },
        { pagu: 1, realisasi: '#N/A', capaian: 100 },
      ]);
    } catch (e) {
      if (isSakipError(e)) lokasi = e.lokasi;
    }
    expect(lokasi).toBe('butir[1].realisasi');
  });

  it('capaian 0 atau negatif: butir tidak dihitung', () => {
    const h = efisiensi([{ pagu: 100, realisasi: 50, capaian: 0 }]);
    expect(h.dihitung).toBe(false);
    expect(!h.dihitung && h.alasan).toBe('capaian-nol-atau-negatif');
    const campur = efisiensi([
      { pagu: 100, realisasi: 50, capaian: -10 },
      { pagu: 100, realisasi: 90, capaian: 100 },
    ]);
    expect(campur.dihitung && campur.e.toString()).toBe('10');
  });

  it('semua butir di bawah minimal: tidak-ada-butir-dihitung', () => {
    const h = efisiensi(
      [
        { pagu: 100, realisasi: 50, capaian: 90 },
        { pagu: 100, realisasi: 50, capaian: 99 },
      ],
      { capaianMinimal: 100 },
    );
    expect(!h.dihitung && h.alasan).toBe('tidak-ada-butir-dihitung');
  });

  it('opsi menimpa aturan; aturan buatan pengguna', () => {
    const a = buatAturanEfisiensi({
      nama: 'Batas 10',
      keterangan: 'uji',
      sumber: 'uji',
      status: 'belum-terverifikasi',
      batas: 10,
      capaianMaks: null,
      capaianMinimal: null,
      bentuk: 'jumlah',
    });
    expect(dihitung(efisiensi([butir(S1)], { aturan: a })).e.toString()).toBe('10');
    expect(dihitung(efisiensi([butir(S1)], { aturan: a, batas: 30 })).e.toFixed(2)).toBe('26.57');
    expect(dihitung(efisiensi([butir(S1)], { aturan: ATURAN_EFISIENSI.TANPA_BATAS })).dibatasi).toBe(false);
  });

  it('masukan tidak diubah', () => {
    const b = [Object.freeze({ pagu: '100', realisasi: '90', capaian: '120' })];
    Object.freeze(b);
    efisiensi(b, { capaianMaks: 100 });
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
          expect(h.e.abs().lte(batas)).toBe(true);
          for (const b of h.butir) if (b.dihitung) expect(b.e.abs().lte(batas)).toBe(true);
          if (batas <= 20) {
            expect(h.nilaiEfisiensi.gte(0) && h.nilaiEfisiensi.lte(100)).toBe(true);
          }
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
        const lain = new Decimal(1).minus(penyerapan(b).div(b.capaian)).times(100);
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
        expect(a.e.gte(b.e)).toBe(true);
      }),
    );
  });

  it('tidak pernah NaN: hasil hingga atau SakipError', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (pagu, realisasi, capaian) => {
        try {
          const h = efisiensi([{ pagu, realisasi, capaian } as never]);
          if (h.dihitung) expect(h.e.isFinite() && h.nilaiEfisiensi.isFinite()).toBe(true);
        } catch (e) {
          expect(isSakipError(e)).toBe(true);
        }
      }),
    );
  });
});
