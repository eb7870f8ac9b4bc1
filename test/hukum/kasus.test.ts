// The cases of the "one boundary" issue, each named, in one place: what a hostile user, a new
// developer and a reviewer found in 0.1.0, and what 0.2.0 does instead. (Each module's own tests cover
// its cases in more depth; this file is the list a reader checks the issue against.)
import { Decimal as DecimalGlobal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import contoh from '../../data/lkip-2024-dinsos-barito-kuala.json' with { type: 'json' };
import * as sakip from '../../src/index.js';
import { kodeGalat } from '../alat/galat.js';

function pesanGalat(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (sakip.isSakipError(e)) return e.message;
    throw e;
  }
  return '';
}

function pohon(kedalaman: number): sakip.NodeAnggaranMasukan {
  let simpul: sakip.NodeAnggaranMasukan = { nama: 'daun', anggaran: { pagu: 200, realisasi: 150 } };
  for (let i = 0; i < kedalaman; i++) simpul = { nama: `simpul ${i}`, anak: [simpul] };
  return simpul;
}

describe('issue "satu batas": setiap kasus, bernama', () => {
  it('Decimal tiruan dari JSON → ANGKA_TIPE_TIDAK_DIDUKUNG, bukan galat mentah decimal.js', () => {
    const tiruan = JSON.parse('{"toStringTag":"[object Decimal]"}');
    expect(kodeGalat(() => sakip.capaian({ target: tiruan, realisasi: 1 }))).toBe(
      'ANGKA_TIPE_TIDAK_DIDUKUNG',
    );
    expect(kodeGalat(() => sakip.penyerapan({ pagu: tiruan, realisasi: 1 }))).toBe(
      'ANGKA_TIPE_TIDAK_DIDUKUNG',
    );
  });

  it('laporan berangka 10⁵ digit atau eksponen 10⁹ → ANGKA_DI_LUAR_JANGKAUAN', () => {
    const dengan = (nilai: unknown) => {
      const l = structuredClone(contoh) as { sasaran: { indikator: { realisasi: unknown }[] }[] };
      for (const s of l.sasaran) for (const i of s.indikator) i.realisasi = nilai;
      return l;
    };
    expect(kodeGalat(() => sakip.hitungLaporan(dengan('9'.repeat(100_000)) as never))).toBe(
      'ANGKA_DI_LUAR_JANGKAUAN',
    );
    expect(kodeGalat(() => sakip.hitungLaporan(dengan(new DecimalGlobal('1e1000000000')) as never))).toBe(
      'ANGKA_DI_LUAR_JANGKAUAN',
    );
  });

  it('pohon anggaran 10 000 tingkat dihitung; pohon siklis → POHON_SIKLIS', () => {
    const r = sakip.rekapAnggaran(pohon(10_000));
    expect(r.akar[0]?.penyerapan?.toString()).toBe('75');
    const anakA: sakip.NodeAnggaranMasukan[] = [];
    const a: sakip.NodeAnggaranMasukan = { nama: 'a', anak: anakA };
    anakA.push({ nama: 'b', anak: [a] });
    expect(kodeGalat(() => sakip.rekapAnggaran(a))).toBe('POHON_SIKLIS');
    const laporan = { instansi: 'X', tahun: 2024, sasaran: [], anggaran: [a] };
    expect(kodeGalat(() => sakip.hitungLaporan(laporan as never))).toBe('POHON_SIKLIS');
  });

  it('rataRata atas 200 000 nilai', () => {
    expect(sakip.rataRata(Array.from({ length: 200_000 }, (_, i) => i % 3)).toString()).toBe('0.999995');
  });

  it('Decimal.set pada Decimal yang diekspor tidak mengubah hasil sakip', () => {
    const s1 = { pagu: '2.142.720.865', realisasi: '2.113.252.231' };
    const sebelum = sakip.penyerapan(s1).toString();
    const asli = { precision: sakip.Decimal.precision, maxE: sakip.Decimal.maxE };
    try {
      sakip.Decimal.set({ precision: 5, maxE: 3 });
      expect(sakip.penyerapan(s1).toString()).toBe(sebelum);
      expect(sebelum).toBe('98.62470961657434553427004594926553814092');
    } finally {
      sakip.Decimal.set(asli);
    }
    // Nor through a result's own constructor: sakip's private one is frozen.
    const hasil = sakip.penyerapan(s1) as unknown as { constructor: { set(o: object): void } };
    expect(() => hasil.constructor.set({ precision: 5 })).toThrow(TypeError);
    expect(sakip.penyerapan(s1).toString()).toBe(sebelum);
  });

  it('preset tidak dapat diubah, dan mengubah hasil tidak mengubah hasil berikutnya', () => {
    expect(() => {
      (sakip.KEBIJAKAN_PEMBULATAN.POTONG.besaran.capaian as { desimal: number }).desimal = 0;
    }).toThrow(TypeError);
    expect(() => {
      (sakip.SKALA.PERMENDAGRI_54_2010.interval as unknown[]).push({});
    }).toThrow(TypeError);
    const nilai = {
      revisiDipa: 100,
      deviasiHalamanIIIDipa: 100,
      penyerapanAnggaran: 100,
      belanjaKontraktual: 100,
      penyelesaianTagihan: 100,
      pengelolaanUpTup: 100,
      capaianOutput: 100,
    };
    const pertama = sakip.ikpa(nilai, { aturan: 'PER_5_PB_2024', dispensasiPermil: 2 });
    try {
      if (pertama.status === 'dihitung') Object.assign(pertama.pengurangDispensasi, { d: [5] });
    } catch {
      // frozen: fine
    }
    const kedua = sakip.ikpa(nilai, { aturan: 'PER_5_PB_2024', dispensasiPermil: 2 });
    expect(kedua.status === 'dihitung' && kedua.nilai.toString()).toBe(
      pertama.status === 'dihitung' && pertama.nilai.toString(),
    );
  });

  it('tabel sah yang dibekukan pengguna tetap dipakai; tabel tumpang tindih yang dibekukan ditolak', () => {
    const definisi = (bawahBaik: number) =>
      Object.freeze({
        id: 'X',
        nama: 'Dua pita',
        sumber: 'uji',
        status: 'belum-terverifikasi' as const,
        domain: Object.freeze({}),
        interval: Object.freeze([
          Object.freeze({ atas: 80, label: 'Kurang' }),
          Object.freeze({ bawah: bawahBaik, label: 'Baik' }),
        ]),
      });
    expect(sakip.predikat(85, definisi(80) as never).label).toBe('Baik');
    expect(kodeGalat(() => sakip.predikat(85, definisi(70) as never))).toBe('SKALA_TIDAK_MEMPARTISI');
  });

  it("'92.711' dalam pemanggilan fungsi → ANGKA_AMBIGU (dulu dibaca 92 711, capaian 0,1)", () => {
    expect(kodeGalat(() => sakip.capaian({ target: '92.711', realisasi: 92.711 }))).toBe('ANGKA_AMBIGU');
    expect(sakip.keDecimal('92.711', { format: 'en' }).toString()).toBe('92.711');
  });

  it('kunci salah ketik → galat yang menyebut kunci terdekat', () => {
    const laporan = { instansi: 'X', tahun: 2024, sasaran: [] };
    expect(pesanGalat(() => sakip.hitungLaporan(laporan, { kebjakan: 'POTONG' } as never))).toMatch(
      /"kebjakan".*"kebijakan"/,
    );
    expect(
      pesanGalat(() => sakip.efisiensi([{ pagu: 1, realisasi: 1, capaian: 100 }], { batass: 20 } as never)),
    ).toMatch(/"batass".*"batas"/);
    const salah = {
      ...laporan,
      sasaran: [{ id: 'S', nama: 's', indikator: [{ id: 'I', nama: 'i', targett: 1 }] }],
    };
    expect(pesanGalat(() => sakip.bacaLaporan(salah))).toMatch(/"targett".*"target"/);
  });

  it('tahun 2099 untuk IKPA dan 3000 untuk NKA → ATURAN_TAHUN_TIDAK_DIKENAL, bukan tebakan', () => {
    expect(kodeGalat(() => sakip.ikpa({}, { tahun: 2099 }))).toBe('ATURAN_TAHUN_TIDAK_DIKENAL');
    expect(
      kodeGalat(() => sakip.nilaiKinerjaAnggaran({ smart: '84,76', ikpa: '95,91' }, { tahun: 3000 })),
    ).toBe('ATURAN_TAHUN_TIDAK_DIKENAL');
  });

  it('sasaranId yang salah ketik dan id sasaran ganda → MODEL_TIDAK_VALID, uang tidak hilang diam-diam', () => {
    const dasar = {
      instansi: 'X',
      tahun: 2024,
      sasaran: [{ id: 'S1', nama: 's', indikator: [{ id: 'I', nama: 'i', target: 1, realisasi: 1 }] }],
    };
    const salahKetik = {
      ...dasar,
      anggaran: [{ nama: 'P', sasaranId: ['S01'], anggaran: { pagu: 1, realisasi: 1 } }],
    };
    expect(pesanGalat(() => sakip.hitungLaporan(salahKetik))).toMatch(
      /anggaran\[0\]\.sasaranId\[0\]: sasaran "S01"/,
    );
    const ganda = { ...dasar, sasaran: [...dasar.sasaran, { ...dasar.sasaran[0]!, indikator: [] }] };
    expect(kodeGalat(() => sakip.hitungLaporan(ganda as never))).toBe('MODEL_TIDAK_VALID');
  });
});
