import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { persenDari } from '../../src/anggaran/inti/bagi.js';
import { bacaPohonAnggaran } from '../../src/anggaran/inti/index.js';
import { DecimalInti } from '../../src/angka/Decimal.js';
import {
  bulatkan,
  capaianFisikInduk,
  Decimal,
  formatAngka,
  type Indikator,
  type NodeAnggaranMasukan,
  parseAngka,
  type RekapSimpul,
  rekapAnggaran,
  SkemaRupiah,
  tulisLangkah,
} from '../../src/index.js';
import { galat, kodeGalat } from '../alat/galat.js';
import {
  BELANJA,
  PERSEN_KEGIATAN_S3,
  PERSEN_SUB_S1,
  PROGRAM_S1,
  PROGRAM_S2,
  PROGRAM_S3,
  SASARAN,
  TOTAL,
} from './contohLaporan.js';

/** The leaves of a roll-up, in order (iteratively: trees here may be 10 000 levels deep). */
function daun(akar: RekapSimpul): RekapSimpul[] {
  const hasil: RekapSimpul[] = [];
  const tumpuk = [akar];
  while (tumpuk.length > 0) {
    const s = tumpuk.pop()!;
    if (s.anak.length === 0) hasil.push(s);
    else for (let i = s.anak.length - 1; i >= 0; i--) tumpuk.push(s.anak[i]!);
  }
  return hasil;
}

/** A chain of `tingkat` parents above one leaf of pagu 7, realisasi 3. */
function pohonDalam(tingkat: number): NodeAnggaranMasukan {
  let simpul: NodeAnggaranMasukan = { nama: 'daun', anggaran: { pagu: 7, realisasi: 3 } };
  for (let i = 0; i < tingkat; i++) simpul = { nama: `simpul ${i}`, anak: [simpul] };
  return simpul;
}

describe('rekapAnggaran: LKIP 2024 Dinsos Barito Kuala', () => {
  it('sasaran 1: baris Program Rehabilitasi Sosial menyalin realisasi sasaran 2 — satu temuan, di program itu', () => {
    const r = rekapAnggaran(PROGRAM_S1);
    expect(r.temuan).toHaveLength(1);
    const t = r.temuan[0]!;
    expect(t.jenis).toBe('realisasi-tidak-sama');
    expect(t.nama).toBe('Program Rehabilitasi Sosial');
    expect(t.jalur).toBe('[0].anak[0]');
    // 209.215.721 + 300.000 + 403.382.626 = 612.898.347; printed 1.090.111.598.
    expect(t.dihitung?.toString()).toBe('612898347');
    expect(t.tercetak?.toString()).toBe('1090111598');
    expect(t.selisih?.toString()).toBe('477213251');
    // The printed figure is sasaran 2's realisasi: a neighbouring row's value.
    expect(t.tercetak?.toString()).toBe(parseAngka(SASARAN[1].realisasi).toString());
    const program = r.akar[0]!.anak[0]!;
    expect(bulatkan(program.penyerapan!, 2).toFixed(2)).toBe('97.77');
    expect(program.pagu.toString()).toBe('626877613');
  });

  it('sasaran 1: total 2.142.720.865 / 2.113.252.231 = 98,62 hanya cocok dengan angka program yang benar', () => {
    const akar = rekapAnggaran(PROGRAM_S1).akar[0]!;
    expect(akar.pagu.toString()).toBe(parseAngka(SASARAN[0].pagu).toString());
    expect(akar.realisasi.toString()).toBe(parseAngka(SASARAN[0].realisasi).toString());
    expect(bulatkan(akar.penyerapan!, 2).toFixed(2)).toBe('98.62');
    // With the printed program row, the three programs would add up to 2.590.465.482.
    const tercetak = akar.anak.reduce((j, a) => j.plus(a.tercetak!.realisasi), new Decimal(0));
    expect(tercetak.toString()).toBe('2590465482');
  });

  it('sasaran 1: persentase tiap sub-kegiatan cocok dengan yang tercetak', () => {
    const d = daun(rekapAnggaran(PROGRAM_S1).akar[0]!);
    expect(d.map((s) => bulatkan(s.penyerapan!, 2).toFixed(2))).toEqual(
      PERSEN_SUB_S1.map((p) => parseAngka(p).toFixed(2)),
    );
  });

  it('sasaran 2: tidak ada temuan, 88,78', () => {
    const r = rekapAnggaran(PROGRAM_S2);
    expect(r.temuan).toEqual([]);
    expect(bulatkan(r.akar[0]!.penyerapan!, 2).toFixed(2)).toBe('88.78');
  });

  it('sasaran 3: enam kegiatan menjumlah ke 4.699.311.668 / 4.383.367.872, tanpa temuan uang', () => {
    const r = rekapAnggaran(PROGRAM_S3);
    expect(r.temuan).toEqual([]);
    expect(r.akar[0]!.sisa.toString()).toBe('315943796');
    expect(bulatkan(r.akar[0]!.penyerapan!, 2).toFixed(2)).toBe('93.28');
  });

  it('sasaran 3: dua persentase kegiatan tercetak tidak cocok dengan pagu dan realisasinya sendiri', () => {
    const d = daun(rekapAnggaran(PROGRAM_S3).akar[0]!).map((s) => bulatkan(s.penyerapan!, 2).toFixed(2));
    // 83.042.033 / 95.069.970 = 87,35 (printed 88,95); 410.641.578 / 430.565.162 = 95,37 (printed 96,64).
    expect(d).toEqual(['98.39', '91.84', '99.86', '98.74', '87.35', '95.37']);
    const tercetak = PERSEN_KEGIATAN_S3.map((p) => parseAngka(p).toFixed(2));
    expect(d.filter((x, i) => x !== tercetak[i])).toEqual(['87.35', '95.37']);
  });

  it('beberapa akar: tiga sasaran, per sasaran, total 94,01', () => {
    const r = rekapAnggaran([PROGRAM_S1, PROGRAM_S2, PROGRAM_S3]);
    expect(r.akar).toHaveLength(3);
    expect(
      r.perSasaran.map((s) => [s.sasaranId, s.pagu.toString(), bulatkan(s.penyerapan!, 2).toFixed(2)]),
    ).toEqual(SASARAN.map((s) => [s.id, parseAngka(s.pagu).toString(), parseAngka(s.persen).toFixed(2)]));
    const pagu = r.akar.reduce((j, a) => j.plus(a.pagu), new Decimal(0));
    const realisasi = r.akar.reduce((j, a) => j.plus(a.realisasi), new Decimal(0));
    expect(pagu.toString()).toBe(parseAngka(TOTAL.pagu).toString());
    expect(realisasi.toString()).toBe(parseAngka(TOTAL.realisasi).toString());
    expect(r.perSasaran.every((s) => !s.dibagi)).toBe(true);
  });

  it('menurut jenis belanja: Operasi + Modal = 8.069.859.523, dengan pernyataan total yang diperiksa', () => {
    const r = rekapAnggaran({
      nama: 'Belanja Dinas Sosial 2024',
      tingkat: 'jenis-belanja',
      anggaran: { pagu: BELANJA.total, realisasi: TOTAL.realisasi },
      anak: [
        // Realisasi by jenis belanja is not printed; a split is assumed for the test.
        {
          nama: 'Belanja Operasi',
          tingkat: 'jenis-belanja',
          anggaran: { pagu: BELANJA.operasi, realisasi: '7.300.000.000' },
        },
        {
          nama: 'Belanja Modal',
          tingkat: 'jenis-belanja',
          anggaran: { pagu: BELANJA.modal, realisasi: '286.731.701' },
        },
      ],
    });
    expect(r.temuan).toEqual([]);
    expect(r.akar[0]!.pagu.toString()).toBe('8069859523');
  });

  it('dua anggaran dalam satu tahun (SOTK lama dan baru): dua akar, tidak dijumlahkan diam-diam', () => {
    const r = rekapAnggaran([
      {
        nama: 'DPA SOTK lama (Jan–Jun)',
        anak: [{ nama: 'Program A', anggaran: { pagu: 100, realisasi: 90 } }],
      },
      {
        nama: 'DPA SOTK baru (Jul–Des)',
        anak: [{ nama: 'Program A', anggaran: { pagu: 300, realisasi: 150 } }],
      },
    ]);
    expect(r.akar.map((a) => a.penyerapan?.toString())).toEqual(['90', '50']);
    expect(Object.keys(r)).not.toContain('total');
  });

  it('satu baris anggaran untuk beberapa sasaran: dihitung di tiap sasaran, ditandai dibagi', () => {
    const r = rekapAnggaran({
      nama: 'Program',
      anak: [
        { nama: 'Bersama', sasaranId: ['S1', 'S2'], anggaran: { pagu: 100, realisasi: 80 } },
        { nama: 'Khusus S2', sasaranId: ['S2'], anggaran: { pagu: 50, realisasi: 50 } },
      ],
    });
    expect(r.perSasaran.map((s) => [s.sasaranId, s.pagu.toString(), s.dibagi])).toEqual([
      ['S1', '100', true],
      ['S2', '150', true],
    ]);
    expect(r.akar[0]!.anak[0]!.sasaranId).toEqual(['S1', 'S2']);
  });

  it('sasaranId diwarisi dari induk', () => {
    const r = rekapAnggaran(PROGRAM_S3);
    expect(daun(r.akar[0]!).every((d) => d.sasaranId.join() === 'S3')).toBe(true);
  });

  it('penyerapan induk rata-rata anak (varian laporan) berbeda dari rasio jumlah', () => {
    const ratio = rekapAnggaran(PROGRAM_S1).akar[0]!.anak[0]!.penyerapan!;
    const rata = rekapAnggaran(PROGRAM_S1, { penyerapanInduk: 'rata-rata-anak' }).akar[0]!.anak[0]!
      .penyerapan!;
    // (96,976… + 5 + 99,565…) / 3 = 67,18…, against 97,77 by the ratio of sums.
    expect(bulatkan(rata, 2).toFixed(2)).toBe('67.18');
    expect(bulatkan(ratio, 2).toFixed(2)).toBe('97.77');
  });

  it('temuan pagu-tidak-sama, realisasi-melebihi-pagu, pagu-nol', () => {
    const r = rekapAnggaran({
      nama: 'Induk',
      kode: '1.06',
      anggaran: { pagu: 999, realisasi: 130 },
      anak: [
        { nama: 'Lebih', kode: '1.06.01', anggaran: { pagu: 100, realisasi: 130 } },
        { nama: 'Nol', kode: '1.06.02', anggaran: { pagu: 0, realisasi: 0 } },
      ],
    });
    expect(r.temuan.map((t) => [t.jenis, t.kode])).toEqual([
      ['pagu-tidak-sama', '1.06'],
      ['realisasi-melebihi-pagu', '1.06'],
      ['realisasi-melebihi-pagu', '1.06.01'],
      ['pagu-nol', '1.06.02'],
    ]);
    expect(r.akar[0]!.anak[1]!.penyerapan).toBeNull();
    expect(r.temuan[0]!.selisih?.toString()).toBe('899');
  });

  it.each([
    [{ nama: 'Program' }, {}, 'MODEL_TIDAK_VALID'],
    [{ nama: 'P', anak: [{ nama: 'x', anggaran: { pagu: -1, realisasi: 0 } }] }, {}, 'MODEL_TIDAK_VALID'],
    [{ nama: '' }, {}, 'MODEL_TIDAK_VALID'],
    [{ nama: 'P', anggaran: { pagu: 1, realisasi: 1 } }, { penyerapanInduk: 'median' }, 'OPSI_TIDAK_VALID'],
    [{ nama: 'P', anggaran: { pagu: 1, realisasi: 1 } }, { capaianFisik: { cara: 'x' } }, 'OPSI_TIDAK_VALID'],
    [
      { nama: 'P', anggaran: { pagu: 1, realisasi: 1 } },
      { capaianFisik: { cara: 'rata-rata-anak' } },
      'OPSI_TIDAK_VALID',
    ],
    [{ nama: 'P', anggaran: { pagu: 1, realisasi: 1 } }, { capaianFisik: {} }, 'OPSI_TIDAK_VALID'],
    [{ nama: 'P', anggaran: { pagu: 1, realisasi: 1 } }, { sasaran: 'S1' }, 'OPSI_TIDAK_VALID'],
    [{ nama: 'P', anggaran: { pagu: 1, realisasi: 1 } }, { sasaran: [''] }, 'OPSI_TIDAK_VALID'],
    [{ nama: 'P', anggaran: { pagu: 1, realisasi: 1 } }, null, 'OPSI_TIDAK_VALID'],
    [
      { nama: 'P', anggaran: { pagu: 1, realisasi: 1 } },
      { penyerapanIndk: 'rasio-jumlah' },
      'OPSI_TIDAK_VALID',
    ],
  ])('%j %j → %s', (pohon, opsi, kode) => {
    expect(kodeGalat(() => rekapAnggaran(pohon as never, opsi as never))).toBe(kode);
  });

  it('daun tanpa angka: masalahnya berkode ANGGARAN_DAUN_TANPA_ANGKA, dengan lokasinya', () => {
    const e = galat(() =>
      rekapAnggaran({ nama: 'P', anak: [{ nama: 'a', anggaran: { pagu: 1, realisasi: 1 } }, { nama: 'b' }] }),
    );
    expect(e.kode).toBe('MODEL_TIDAK_VALID');
    expect(e.lokasi).toBe('[0].anak[1]');
    expect(e.masalah.map((m) => m.kode)).toEqual(['ANGGARAN_DAUN_TANPA_ANGKA']);
  });

  it('semua masalah pohon dikumpulkan, masing-masing dengan jalurnya', () => {
    const e = galat(() =>
      rekapAnggaran([
        {
          nama: 'Program',
          anak: [
            { nama: 'a', anggaran: { pagu: '1.000', realisasi: 'x' } },
            { nama: '', anggaran: { pagu: 1, realisasi: 1 } },
            { nama: 'c', anggaran: { pagu: -5, realisasi: 1 }, tingkat: 'dinas' },
          ],
        },
        { nama: 'Program 2', anak: [{ nama: 'd' }] },
      ] as never),
    );
    expect(e.masalah.map((m) => m.lokasi)).toEqual([
      '[0].anak[0].anggaran.realisasi',
      '[0].anak[1].nama',
      '[0].anak[2].tingkat',
      '[0].anak[2].anggaran.pagu',
      '[1].anak[0]',
    ]);
  });

  it('kunci yang salah ketik ditolak dengan saran kunci yang benar', () => {
    const e = galat(() =>
      rekapAnggaran({ nama: 'P', anakk: [], anggaran: { pagu: 1, realisaasi: 1, realisasi: 1 } } as never),
    );
    expect(e.kode).toBe('MODEL_TIDAK_VALID');
    expect(e.message).toMatch(/"anakk" tidak dikenal — maksudnya "anak"\?/);
    expect(e.message).toMatch(/"realisaasi" tidak dikenal — maksudnya "realisasi"\?/);
    expect(
      galat(() =>
        rekapAnggaran({ nama: 'P', anggaran: { pagu: 1, realisasi: 1 } }, { penyerapanIndk: 'x' } as never),
      ).message,
    ).toMatch(/maksudnya "penyerapanInduk"\?/);
  });

  it('pohon 10 000 tingkat: dibaca dan direkap tanpa rekursi', () => {
    const pohon = pohonDalam(10_000);
    const r = rekapAnggaran(pohon);
    let s: RekapSimpul | undefined = r.akar[0];
    let tingkat = 0;
    while (s !== undefined) {
      expect(s.pagu.toString()).toBe('7');
      tingkat++;
      s = s.anak[0];
    }
    expect(tingkat).toBe(10_001);
    expect(r.akar[0]?.penyerapan?.toString()).toBe('42.85714285714285714285714285714285714286');
    // The deepest path names every level.
    const daunnya = daun(r.akar[0]!)[0]!;
    expect(daunnya.jalur).toBe(`[0]${'.anak[0]'.repeat(10_000)}`);
    // The physical capaian walks the same way.
    const c = rekapAnggaran(pohon, { capaianFisik: { cara: 'rasio-jumlah' } }).akar[0]?.capaianFisik;
    expect(c?.status).toBe('tidak-dapat-dihitung');
    // The model reader too.
    expect(bacaPohonAnggaran([pohon], { lokasi: 'anggaran' })).toHaveLength(1);
  });

  it('pohon siklis (objek JavaScript): POHON_SIKLIS dengan lokasinya, bukan luapan tumpukan', () => {
    const a: Record<string, unknown> = { nama: 'a', anak: [] };
    const b = { nama: 'b', anak: [a] };
    (a.anak as unknown[]).push(b);
    const e = galat(() => rekapAnggaran(a as never));
    expect(e.kode).toBe('POHON_SIKLIS');
    expect(e.lokasi).toBe('[0].anak[0].anak[0]');
    expect(e.masalah[0]?.kode).toBe('POHON_SIKLIS');
    // A node that is its own child.
    const diri: Record<string, unknown> = { nama: 'diri' };
    diri.anak = [diri];
    expect(kodeGalat(() => rekapAnggaran(diri as never))).toBe('POHON_SIKLIS');
  });

  it('objek simpul yang sama muncul dua kali: POHON_SIKLIS (bukan pohon), uangnya tidak dihitung dua kali', () => {
    const sama = { nama: 'Sub', anggaran: { pagu: 100, realisasi: 90 } };
    const e = galat(() => rekapAnggaran({ nama: 'P', anak: [sama, { nama: 'K', anak: [sama] }] }));
    expect(e.kode).toBe('POHON_SIKLIS');
    expect(e.lokasi).toBe('[0].anak[1].anak[0]');
    expect(e.message).toMatch(/terhitung dua kali/);
    // Two roots that are the same object, too.
    expect(kodeGalat(() => rekapAnggaran([sama, sama]))).toBe('POHON_SIKLIS');
    // Equal but distinct objects are two lines, each counted.
    expect(rekapAnggaran([{ ...sama }, { ...sama }]).akar.map((a) => a.pagu.toString())).toEqual([
      '100',
      '100',
    ]);
  });

  it('sasaranId yang tidak dikenal: temuan, uangnya tetap tercatat di bawah id itu', () => {
    const r = rekapAnggaran(
      {
        nama: 'Program',
        anak: [
          { nama: 'a', sasaranId: ['S1'], anggaran: { pagu: 100, realisasi: 90 } },
          { nama: 'b', sasaranId: ['S9'], anggaran: { pagu: 50, realisasi: 50 } },
          { nama: 'c', anggaran: { pagu: 10, realisasi: 5 } },
        ],
      },
      { sasaran: ['S1', 'S2'] },
    );
    expect(r.temuan.map((t) => [t.jenis, t.jalur, t.sasaranId])).toEqual([
      ['sasaran-tidak-dikenal', '[0].anak[1]', 'S9'],
    ]);
    expect(r.perSasaran.map((s) => [s.sasaranId, s.pagu.toString(), s.dikenal])).toEqual([
      ['S1', '100', true],
      ['S9', '50', false],
    ]);
    // Without the list every id is taken as it is.
    expect(
      rekapAnggaran({ nama: 'b', sasaranId: ['S9'], anggaran: { pagu: 50, realisasi: 50 } }).perSasaran[0]
        ?.dikenal,
    ).toBe(true);
  });

  it('id sasaran ganda: dalam satu simpul ditolak (uang terhitung dua kali), dalam opsi ditolak', () => {
    const e = galat(() =>
      rekapAnggaran({ nama: 'a', sasaranId: ['S1', 'S1'], anggaran: { pagu: 1, realisasi: 1 } }),
    );
    expect(e.kode).toBe('MODEL_TIDAK_VALID');
    expect(e.lokasi).toBe('[0].sasaranId[1]');
    const o = galat(() =>
      rekapAnggaran({ nama: 'a', anggaran: { pagu: 1, realisasi: 1 } }, { sasaran: ['S1', 'S2', 'S1'] }),
    );
    expect([o.kode, o.lokasi]).toEqual(['OPSI_TIDAK_VALID', 'sasaran[2]']);
  });

  it('hasil tidak berbagi objek dengan masukan; daftar kosong bersama dibekukan', () => {
    const masukan = {
      nama: 'P',
      sasaranId: ['S1'],
      anggaran: { pagu: 3, realisasi: 2 },
      anak: [{ nama: 'd', anggaran: { pagu: 3, realisasi: 2 } }],
    };
    const r = rekapAnggaran(masukan);
    const akar = r.akar[0]!;
    expect(akar.tercetak).not.toBe(masukan.anggaran);
    expect(akar.sasaranId).not.toBe(masukan.sasaranId);
    expect(Object.isFrozen(akar.anak[0]?.anak)).toBe(true);
    expect(() => (akar.sasaranId as string[]).push('S2')).toThrow(TypeError);
    expect(masukan.sasaranId).toEqual(['S1']);
  });

  it('masukan tidak diubah', () => {
    const salinan = JSON.stringify(PROGRAM_S1);
    rekapAnggaran(PROGRAM_S1, { penyerapanInduk: 'rata-rata-anak' });
    expect(JSON.stringify(PROGRAM_S1)).toBe(salinan);
  });
});

describe('capaian fisik induk (RUMUS.md §4)', () => {
  const ind = (id: string, target: number, realisasi: number | null) => ({ id, nama: id, target, realisasi });
  const pohon: NodeAnggaranMasukan = {
    nama: 'Program',
    indikator: [ind('P', 100, 80)],
    anak: [
      { nama: 'a', indikator: [ind('a', 1, 0)], anggaran: { pagu: 10, realisasi: 10 } },
      { nama: 'b', indikator: [ind('b', 25, 3)], anggaran: { pagu: 10, realisasi: 10 } },
      { nama: 'c', indikator: [ind('c', 70, 54)], anggaran: { pagu: 10, realisasi: 10 } },
      { nama: 'd', indikator: [ind('d', 5, null)], anggaran: { pagu: 10, realisasi: 10 } },
    ],
  };
  const capaianIndikator = (i: Indikator) =>
    i.realisasi === null || i.target === null ? null : i.realisasi.times(100).div(i.target);

  it('rasio jumlah: (0 + 3 + 54) / (1 + 25 + 70) = 59,38; anak tanpa realisasi dilewati', () => {
    const c = rekapAnggaran(pohon, { capaianFisik: { cara: 'rasio-jumlah' } }).akar[0]!.capaianFisik!;
    expect(c.status === 'dihitung' && bulatkan(c.nilai, 2).toFixed(2)).toBe('59.38');
    expect(c.dilewati).toEqual([3]);
  });

  it('rata-rata anak: (0 + 12 + 77,142857…) / 3 = 29,71', () => {
    const c = rekapAnggaran(pohon, { capaianFisik: { cara: 'rata-rata-anak', capaianIndikator } }).akar[0]!
      .capaianFisik!;
    expect(c.status === 'dihitung' && bulatkan(c.nilai, 2).toFixed(2)).toBe('29.71');
    expect(c.dilewati).toEqual([3]);
  });

  it('indikator sendiri: 80 / 100 = 80', () => {
    const r = rekapAnggaran(pohon, { capaianFisik: { cara: 'indikator-sendiri', capaianIndikator } });
    const c = r.akar[0]!.capaianFisik!;
    expect(c.status === 'dihitung' && c.nilai.toString()).toBe('80');
    const d = r.akar[0]!.anak[3]!.capaianFisik!;
    expect(d.status).toBe('tidak-dapat-dihitung');
  });

  it('capaianFisikInduk langsung', () => {
    expect(capaianFisikInduk({ cara: 'rasio-jumlah', anak: [{ target: 0, realisasi: 0 }] })).toMatchObject({
      status: 'tidak-dapat-dihitung',
      alasan: 'jumlah-target-nol',
    });
    expect(capaianFisikInduk({ cara: 'rata-rata-anak', anak: [] })).toMatchObject({
      status: 'tidak-dapat-dihitung',
      alasan: 'tidak-ada-anak-berdata',
    });
    const r = capaianFisikInduk({
      cara: 'rasio-jumlah',
      anak: [{ target: 1, realisasi: 0 }, {}, { target: 3, realisasi: 3 }],
    });
    expect(r.status === 'dihitung' && r.nilai.toString()).toBe('75');
    expect(r.dilewati).toEqual([1]);
    expect(r.langkah.map(tulisLangkah)).toEqual([
      'capaian induk = Σ realisasi anak / Σ target anak × 100; Σ realisasi anak = 3, Σ target anak = 4 → 75 (anak ke-1 (dari 0) dilewati: angkanya tidak ada)',
    ]);
    expect(kodeGalat(() => capaianFisikInduk({ cara: 'median' as never }))).toBe('MASUKAN_TIDAK_VALID');
    expect(kodeGalat(() => capaianFisikInduk({ anak: [] } as never))).toBe('MASUKAN_TIDAK_VALID');
    expect(
      kodeGalat(() =>
        capaianFisikInduk({ cara: 'rasio-jumlah', anak: [{ target: 1, realisas: 1 }] } as never),
      ),
    ).toBe('MASUKAN_TIDAK_VALID');
  });
});

// — laws —

const rupiah = fc
  .tuple(fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.integer({ min: 0, max: 99 }))
  // As a report prints it: '1.234.567,89'.
  .map(([r, sen]) => formatAngka(new Decimal(`${r}.${String(sen).padStart(2, '0')}`), { desimal: 2 }));

const pohonAcak = fc.letrec<{ simpul: NodeAnggaranMasukan }>((tie) => ({
  simpul: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ nama: fc.constant('daun'), anggaran: fc.record({ pagu: rupiah, realisasi: rupiah }) }),
    fc.record({ nama: fc.constant('induk'), anak: fc.array(tie('simpul'), { minLength: 1, maxLength: 5 }) }),
  ),
}));

function jumlahDaun(n: NodeAnggaranMasukan): { pagu: Decimal; realisasi: Decimal } {
  if (!n.anak || n.anak.length === 0) {
    return {
      pagu: parseAngka(n.anggaran!.pagu as string),
      realisasi: parseAngka(n.anggaran!.realisasi as string),
    };
  }
  return n.anak
    .map(jumlahDaun)
    .reduce((a, b) => ({ pagu: a.pagu.plus(b.pagu), realisasi: a.realisasi.plus(b.realisasi) }));
}

describe('hukum rekap', () => {
  it('uang kekal: Σ daun = akar, di setiap simpul (Rupiah sampai 10¹⁵)', () => {
    fc.assert(
      fc.property(pohonAcak.simpul, (pohon) => {
        const r = rekapAnggaran(pohon);
        const harap = jumlahDaun(pohon);
        expect(r.akar[0]!.pagu.toString()).toBe(harap.pagu.toString());
        expect(r.akar[0]!.realisasi.toString()).toBe(harap.realisasi.toString());
        const periksa = (s: RekapSimpul): void => {
          expect(s.sisa.toString()).toBe(s.pagu.minus(s.realisasi).toString());
          if (s.anak.length > 0) {
            expect(s.anak.reduce((j, a) => j.plus(a.pagu), new Decimal(0)).eq(s.pagu)).toBe(true);
            expect(s.anak.reduce((j, a) => j.plus(a.realisasi), new Decimal(0)).eq(s.realisasi)).toBe(true);
          }
          s.anak.forEach(periksa);
        };
        periksa(r.akar[0]!);
      }),
    );
  });

  it('pernyataan induk yang sama dengan jumlah anak tidak menghasilkan temuan; yang berbeda selalu', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ pagu: rupiah, realisasi: rupiah }), { minLength: 1, maxLength: 6 }),
        rupiah,
        (anak, geser) => {
          const jumlah = jumlahDaun({ nama: 'x', anak: anak.map((a) => ({ nama: 'd', anggaran: a })) });
          const pohon = (pagu: Decimal) => ({
            nama: 'Induk',
            anggaran: { pagu, realisasi: jumlah.realisasi },
            anak: anak.map((a) => ({ nama: 'd', anggaran: a })),
          });
          const jenis = (p: NodeAnggaranMasukan) =>
            rekapAnggaran(p).temuan.filter((t) => t.jenis.endsWith('tidak-sama'));
          expect(jenis(pohon(jumlah.pagu))).toEqual([]);
          const beda = jumlah.pagu.plus(parseAngka(geser)).plus('0.01');
          expect(jenis(pohon(beda)).map((t) => t.jenis)).toEqual(['pagu-tidak-sama']);
        },
      ),
    );
  });

  it('penyerapan setiap simpul = realisasi / pagu × 100 (rasio jumlah)', () => {
    fc.assert(
      fc.property(pohonAcak.simpul, (pohon) => {
        const periksa = (s: RekapSimpul): void => {
          if (s.pagu.isZero()) expect(s.penyerapan).toBeNull();
          else expect(s.penyerapan!.eq(s.realisasi.times(100).div(s.pagu))).toBe(true);
          s.anak.forEach(periksa);
        };
        periksa(rekapAnggaran(pohon).akar[0]!);
      }),
    );
  });
});

describe('hukum rekap: uang per sasaran, jalan cepat = skema', () => {
  const daunBersasaran = fc.record({
    nama: fc.constant('d'),
    sasaranId: fc.uniqueArray(fc.constantFrom('S1', 'S2', 'S3'), { maxLength: 3 }),
    anggaran: fc.record({ pagu: rupiah, realisasi: rupiah }),
  });

  it('uang per sasaran = jumlah daun yang melayaninya; tidak ada uang yang hilang atau terhitung dua kali', () => {
    fc.assert(
      fc.property(fc.array(daunBersasaran, { minLength: 1, maxLength: 12 }), (anak) => {
        const r = rekapAnggaran({ nama: 'Program', anak }, { sasaran: ['S1', 'S2'] });
        for (const id of ['S1', 'S2', 'S3'] as const) {
          const melayani = anak.filter((a) => a.sasaranId.includes(id));
          const s = r.perSasaran.find((p) => p.sasaranId === id);
          if (melayani.length === 0) {
            expect(s).toBeUndefined();
            continue;
          }
          const pagu = melayani.reduce((j, a) => j.plus(parseAngka(a.anggaran.pagu)), new Decimal(0));
          expect(s?.pagu.toString()).toBe(pagu.toString());
          expect(s?.dibagi).toBe(melayani.some((a) => a.sasaranId.length > 1));
          expect(s?.dikenal).toBe(id !== 'S3');
        }
        // Lines serving one sasaran each: Σ over sasaran = Σ of those lines, exactly.
        const tunggal = anak.filter((a) => a.sasaranId.length === 1);
        const total = tunggal.reduce((j, a) => j.plus(parseAngka(a.anggaran.realisasi)), new Decimal(0));
        const perSasaran = r.perSasaran
          .filter((p) => !p.dibagi)
          .reduce((j, p) => j.plus(p.realisasi), new Decimal(0));
        if (tunggal.length === anak.filter((a) => a.sasaranId.length > 0).length)
          expect(perSasaran.eq(total)).toBe(true);
        // Every reference to S3 (not in the list) is a finding.
        expect(r.temuan.filter((t) => t.jenis === 'sasaran-tidak-dikenal')).toHaveLength(
          anak.filter((a) => a.sasaranId.includes('S3')).length,
        );
      }),
    );
  });

  it('angka number lewat jalan cepat sama persis dengan SkemaRupiah (dan dengan jalan skema)', () => {
    const angka = fc.oneof(
      fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
      fc.double({ min: 0, max: 1e19, noNaN: true }),
      fc.constantFrom(0, -0, 1e7, 1e14, 2 ** 53, 1e-21, 123.45, 0.1),
    );
    fc.assert(
      fc.property(angka, angka, (pagu, realisasi) => {
        const harap = SkemaRupiah.safeParse(pagu);
        const cepat = () =>
          bacaPohonAnggaran([{ nama: 'd', anggaran: { pagu, realisasi } }], { lokasi: 'a' })[0]!;
        // `indikator: []` sends the node through the flat schema.
        const skema = () =>
          bacaPohonAnggaran([{ nama: 'd', indikator: [], anggaran: { pagu, realisasi } }], {
            lokasi: 'a',
          })[0]!;
        if (!harap.success || !SkemaRupiah.safeParse(realisasi).success) {
          expect(galat(cepat).masalah).toEqual(galat(skema).masalah);
          return;
        }
        const a = cepat().anggaran!;
        const b = skema().anggaran!;
        for (const [x, y] of [
          [a.pagu, harap.data],
          [a.pagu, b.pagu],
          [a.realisasi, b.realisasi],
        ] as const) {
          expect([x.toString(), x.e, x.d]).toEqual([y.toString(), y.e, y.d]);
          expect(x.constructor).toBe(y.constructor);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('pembagian cepat bagian × 100 / keseluruhan = decimal.js, kata per kata (bulat, sen, bertanda)', () => {
    const bulat = fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 8e13 - 1 }));
    const penyebut = fc.oneof(
      fc.integer({ min: 1, max: 1000 }),
      fc.integer({ min: 1, max: 9e14 }),
      fc.constantFrom(3, 7, 9e14),
    );
    const berdesimal = fc
      .tuple(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.integer({ min: 0, max: 6 }))
      .map(([n, k]) => new DecimalInti(`${n}e-${k}`));
    const cek = (x: DecimalInti, y: DecimalInti) => {
      const cepat = persenDari(x, y);
      const tepat = x.times(100).div(y);
      expect([cepat.toString(), cepat.e, cepat.d, cepat.s]).toEqual([
        tepat.toString(),
        tepat.e,
        tepat.d,
        tepat.s,
      ]);
    };
    fc.assert(
      fc.property(bulat, penyebut, (a, b) => cek(new DecimalInti(a), new DecimalInti(b))),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(berdesimal, berdesimal, (a, b) => {
        if (b.gt(0)) cek(a, b);
      }),
      { numRuns: 3000 },
    );
  });
});
