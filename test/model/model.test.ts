import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import contoh from '../../data/lkip-2024-dinsos-barito-kuala.json' with { type: 'json' };
import { skemaJson } from '../../scripts/schema.js';
import { Decimal } from '../../src/angka/index.js';
import { bacaPohonAnggaran } from '../../src/model/Anggaran.js';
import {
  Anggaran,
  bacaLaporan,
  bacaModel,
  Indikator,
  Laporan,
  NodeAnggaran,
  Sasaran,
  SkemaAngka,
  SkemaAngkaOpsional,
  SkemaRupiah,
  type NodeAnggaran as TNodeAnggaran,
} from '../../src/model/index.js';
import { galat, kodeGalat } from '../alat/galat.js';

/** A small valid report, to be spoiled one field at a time. */
function laporanKecil(): Record<string, unknown> {
  return {
    instansi: 'Dinas X',
    tahun: 2024,
    sasaran: [
      {
        id: 'S1',
        nama: 'Sasaran 1',
        indikator: [{ id: 'IKU-1', nama: 'Satu', target: '69,02', realisasi: '92,71' }],
      },
      {
        id: 'S2',
        nama: 'Sasaran 2',
        indikator: [{ id: 'IKU-2', nama: 'Dua', target: '1,31', realisasi: '0,73' }],
      },
    ],
  };
}

describe('laporan contoh (LKIP 2024 Dinsos Barito Kuala) terbaca sesuai model', () => {
  const laporan = bacaLaporan(contoh);

  it('tiga sasaran, masing-masing satu IKU, angka terbaca tepat', () => {
    expect(laporan.sasaran.map((s) => s.id)).toEqual(['S1', 'S2', 'S3']);
    const iku = laporan.sasaran.flatMap((s) => s.indikator);
    expect(iku.map((i) => [i.target?.toString(), i.realisasi?.toString()])).toEqual([
      ['69.02', '92.71'],
      ['1.31', '0.73'],
      ['71.86', '71.91'],
    ]);
    expect(iku.every((i) => i.polaritas === 'positif' && i.target instanceof Decimal)).toBe(true);
    expect(iku[0]?.volume?.realisasi?.toString()).toBe('15036');
  });

  it('pohon anggaran: jumlah pagu program sama dengan pagu dinas (8.069.859.523)', () => {
    const [akar] = laporan.anggaran;
    const jumlah = (akar?.anak ?? []).reduce((s, n) => s.plus(n.anggaran?.pagu ?? 0), new Decimal(0));
    expect(akar?.anggaran?.pagu.toString()).toBe('8069859523');
    expect(jumlah.equals(akar?.anggaran?.pagu ?? -1)).toBe(true);
  });

  it('angka tercetak disimpan sebagai teks', () => {
    expect(laporan.tercetak.find((t) => t.rujukan === 'indikator/IKU-2/capaian')?.teks).toBe('55,72');
  });

  it('membaca tidak mengubah masukan', () => {
    const salinan = structuredClone(contoh);
    bacaLaporan(contoh);
    expect(contoh).toEqual(salinan);
  });
});

describe('galat model menyebut lokasi dan alasan', () => {
  it('angka yang tidak terbaca di dalam laporan', () => {
    const rusak = structuredClone(contoh);
    rusak.sasaran[1]!.indikator[0]!.realisasi = '#VALUE!';
    const g = galat(() => bacaLaporan(rusak));
    expect(g.kode).toBe('MODEL_TIDAK_VALID');
    expect(g.lokasi).toBe('sasaran[1].indikator[0].realisasi');
    expect(g.message).toMatch(/sasaran\[1\]\.indikator\[0\]\.realisasi: "#VALUE!" adalah galat spreadsheet/);
    // The parser's own code is kept on the problem.
    expect(g.masalah).toEqual([
      {
        lokasi: 'sasaran[1].indikator[0].realisasi',
        pesan: '"#VALUE!" adalah galat spreadsheet.',
        kode: 'ANGKA_GALAT_SPREADSHEET',
      },
    ]);
  });

  it('semua masalah disebut, tidak hanya yang pertama', () => {
    expect(() =>
      bacaModel(Indikator, { id: '', nama: 'x', target: 'abc', polaritas: 'naik' }, 'Indikator'),
    ).toThrow(/id:.*polaritas:.*target:/s);
  });

  it('uang negatif ditolak; realisasi di atas pagu diterima; kunci lain ditolak', () => {
    expect(Anggaran.safeParse({ pagu: '1.000', realisasi: '-1' }).success).toBe(false);
    expect(Anggaran.safeParse({ pagu: '1.000', realisasi: '2.000' }).success).toBe(true);
    expect(Anggaran.safeParse({ pagu: '1.000', realisasi: '2.000', sisa: 0 }).success).toBe(false);
  });

  it('pohon anggaran sedalam apa pun: 10 000 tingkat dibaca tanpa rekursi', () => {
    let node: unknown = { nama: 'daun', anggaran: { pagu: 1, realisasi: 1 } };
    for (let i = 0; i < 10_000; i++) node = { nama: `n${i}`, anak: [node] };
    let kedalaman = 0;
    for (
      let n: TNodeAnggaran | undefined = bacaPohonAnggaran([node], { lokasi: 'anggaran' })[0];
      n;
      n = n.anak[0]
    ) {
      kedalaman++;
    }
    expect(kedalaman).toBe(10_001);
    // The recursive schema describes the same shape (for JSON Schema); it reads shallow trees.
    let dangkal: unknown = { nama: 'daun', anggaran: { pagu: 1, realisasi: 1 } };
    for (let i = 0; i < 50; i++) dangkal = { nama: `n${i}`, anak: [dangkal] };
    expect(NodeAnggaran.safeParse(dangkal).success).toBe(true);
  });

  it('pohon anggaran: setiap masalah dengan jalurnya di dokumen, siklus POHON_SIKLIS', () => {
    const g = galat(() =>
      bacaPohonAnggaran(
        [
          {
            nama: 'P',
            anak: [
              { nama: 'a', anggaran: { pagu: 1, realisasi: 1 } },
              { nama: 'b', anggaran: { pagu: 'x', realisasi: 1 } },
            ],
          },
        ],
        { lokasi: 'anggaran' },
      ),
    );
    expect([g.kode, g.masalah.map((m) => m.lokasi)]).toEqual([
      'MODEL_TIDAK_VALID',
      ['anggaran[0].anak[1].anggaran.pagu'],
    ]);
    const siklis: Record<string, unknown> = { nama: 'P' };
    siklis.anak = [siklis];
    expect(kodeGalat(() => bacaPohonAnggaran([siklis], { lokasi: 'anggaran' }))).toBe('POHON_SIKLIS');
    expect(kodeGalat(() => bacaPohonAnggaran({ nama: 'P' }, { lokasi: 'anggaran' }))).toBe(
      'MODEL_TIDAK_VALID',
    );
  });

  it('Angka yang aneh di tempat angka: SakipError, bukan TypeError', () => {
    for (const x of [null, true, {}, [], Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => bacaModel(Anggaran, { pagu: x, realisasi: 0 })).toThrow(
        expect.objectContaining({ kode: 'MODEL_TIDAK_VALID' }),
      );
    }
  });
});

describe('objek ketat: kunci yang tidak dikenal disebut dengan jalurnya', () => {
  it("bacaLaporan dengan 'targett' menyebut kuncinya, jalurnya, dan sarannya", () => {
    const l = laporanKecil();
    (l.sasaran as { indikator: Record<string, unknown>[] }[])[1]!.indikator[0]!.targett = '5';
    const g = galat(() => bacaLaporan(l));
    expect(g.kode).toBe('MODEL_TIDAK_VALID');
    expect(g.masalah.map((m) => m.lokasi)).toEqual(['sasaran[1].indikator[0].targett']);
    expect(g.message).toContain(
      'sasaran[1].indikator[0].targett: kunci "targett" tidak dikenal — maksudnya "target"?',
    );
  });

  it('setiap tingkat ketat: laporan, sasaran, volume, triwulan, angka berformat', () => {
    const l = laporanKecil();
    l.instansii = 'X';
    const s0 = (l.sasaran as Record<string, unknown>[])[0]!;
    s0.namaa = 'y';
    const i0 = (s0.indikator as Record<string, unknown>[])[0]!;
    i0.volume = { target: 1, realisasi: 2, satuann: 'KK' };
    i0.triwulan = { target: [1, 2, 3, 4], realisasii: [1, 2, 3, 4] };
    i0.realisasi = { angka: '92.711', format: 'en', catatan: 'x' };
    const g = galat(() => bacaLaporan(l));
    expect(g.masalah.map((m) => m.lokasi).sort()).toEqual(
      [
        'instansii',
        'sasaran[0].namaa',
        'sasaran[0].indikator[0].volume.satuann',
        'sasaran[0].indikator[0].triwulan.realisasii',
        'sasaran[0].indikator[0].realisasi',
      ].sort(),
    );
    expect(g.message).toContain('maksudnya "instansi"?');
  });

  it('pesan dalam bahasa Indonesia, bukan teks zod bahasa Inggris', () => {
    const g = galat(() =>
      bacaLaporan({
        instansi: 5,
        tahun: 'dua ribu',
        sasaran: [{ id: 'S1', nama: 'x', indikator: [], x: 1 }],
      }),
    );
    expect(g.masalah.length).toBeGreaterThanOrEqual(4);
    expect(g.message).toMatch(/Input tidak valid: diharapkan string, diterima number/);
    expect(g.message).not.toMatch(/Invalid input|expected|received|Unrecognized key|Too small/);
    for (const m of g.masalah) expect(m.pesan).not.toMatch(/Invalid|expected|received/);
  });

  it('pesan dibatasi: lima masalah pertama, lalu "… dan N masalah lain"; semua di masalah', () => {
    const l = laporanKecil();
    l.sasaran = Array.from({ length: 1000 }, (_, i) => ({
      id: `S${i}`,
      nama: 'x',
      indikator: [{ id: `I${i}`, nama: 'y', target: '#N/A' }],
    }));
    const g = galat(() => bacaLaporan(l));
    expect(g.masalah).toHaveLength(1000);
    expect(g.message).toMatch(/… dan 995 masalah lain \(lihat galat\.masalah\)$/);
    expect(g.message.length).toBeLessThan(2000);
  });
});

describe('rujukan dalam laporan', () => {
  it('id sasaran ganda, id indikator ganda dan sasaranId yang tidak ada: MODEL_TIDAK_VALID, semua masalah', () => {
    const l = laporanKecil();
    const sasaran = l.sasaran as { id: string; indikator: { id: string }[] }[];
    sasaran[1]!.id = 'S1';
    sasaran[1]!.indikator[0]!.id = 'IKU-1';
    l.anggaran = [
      {
        nama: 'Program A',
        sasaranId: ['S1', 'S9'],
        anak: [{ nama: 'Kegiatan B', sasaranId: ['S7'], anggaran: { pagu: 1, realisasi: 1 } }],
      },
    ];
    const g = galat(() => bacaLaporan(l));
    expect(g.kode).toBe('MODEL_TIDAK_VALID');
    expect(g.masalah.map((m) => m.lokasi).sort()).toEqual(
      [
        'sasaran[1].id',
        'sasaran[1].indikator[0].id',
        'anggaran[0].sasaranId[1]',
        'anggaran[0].anak[0].sasaranId[0]',
      ].sort(),
    );
    expect(g.message).toContain('id sasaran "S1" sudah dipakai sasaran[0]');
    expect(g.message).toMatch(/sasaran "S9" tidak ada di laporan/);
  });

  it('laporan yang rujukannya benar terbaca', () => {
    const l = laporanKecil();
    l.anggaran = [
      { nama: 'Program A', sasaranId: ['S1', 'S2'], anggaran: { pagu: '1.000', realisasi: '900' } },
    ];
    expect(bacaLaporan(l).anggaran[0]?.sasaranId).toEqual(['S1', 'S2']);
  });
});

describe('format angka dokumen', () => {
  it('laporan dibaca dengan format \'id\' bawaan: "92.711" adalah 92711', () => {
    const l = laporanKecil();
    (l.sasaran as { indikator: Record<string, unknown>[] }[])[0]!.indikator[0]!.realisasi = '92.711';
    const hasil = bacaLaporan(l);
    expect(hasil.format).toBe('id');
    expect(hasil.sasaran[0]?.indikator[0]?.realisasi?.toString()).toBe('92711');
  });

  it('laporan dengan "format": "en" membaca "92.711" sebagai 92,711', () => {
    const l = laporanKecil();
    l.format = 'en';
    const [s1, s2] = l.sasaran as { indikator: Record<string, unknown>[] }[];
    const ind = s1!.indikator[0]!;
    ind.target = '69.02';
    ind.realisasi = '92.711';
    Object.assign(s2!.indikator[0]!, { target: '1.31', realisasi: 0.73 });
    const hasil = bacaLaporan(l);
    expect(hasil.format).toBe('en');
    expect(hasil.sasaran[0]?.indikator[0]?.realisasi?.toString()).toBe('92.711');
    expect(hasil.sasaran[0]?.indikator[0]?.target?.toString()).toBe('69.02');
    // A value in the other format says so itself.
    ind.realisasi = { angka: '92.711', format: 'id' };
    expect(bacaLaporan(l).sasaran[0]?.indikator[0]?.realisasi?.toString()).toBe('92711');
  });

  it('format laporan yang tidak dikenal ditolak', () => {
    const l = laporanKecil();
    l.format = 'otomatis';
    expect(galat(() => bacaLaporan(l)).masalah.map((m) => m.lokasi)).toEqual(['format']);
  });

  it('bacaModel: format id bawaan, dapat dipilih', () => {
    const ind = { id: 'a', nama: 'b', target: '92.711' };
    expect(bacaModel(Indikator, ind).target?.toString()).toBe('92711');
    expect(bacaModel(Indikator, ind, 'Indikator', { format: 'en' }).target?.toString()).toBe('92.711');
    expect(galat(() => bacaModel(Indikator, ind, 'Indikator', { format: 'otomatis' })).masalah[0]?.kode).toBe(
      'ANGKA_AMBIGU',
    );
    expect(kodeGalat(() => bacaModel(Indikator, ind, 'Indikator', { format: 'xx' as 'id' }))).toBe(
      'FORMAT_TIDAK_DIKENAL',
    );
  });

  it('angka berformat sendiri: { angka, format }', () => {
    expect(SkemaAngka.parse({ angka: '92.711', format: 'en' }).toString()).toBe('92.711');
    expect(SkemaAngka.parse({ angka: '92.711', format: 'id' }).toString()).toBe('92711');
    const g = galat(() =>
      bacaModel(Sasaran, {
        id: 'S',
        nama: 'n',
        indikator: [{ id: 'i', nama: 'n', target: { angka: '1', formatt: 'en' } }],
      }),
    );
    expect(g.masalah[0]?.lokasi).toBe('indikator[0].target');
    expect(g.masalah[0]?.pesan).toMatch(
      /angka berformat harus tepat \{ angka: teks, format: "id" atau "en" \}/,
    );
  });
});

describe('skema angka', () => {
  it('menerima number, teks, dan Decimal asli; menolak tiruan dan yang di luar jangkauan dengan kodenya', () => {
    expect(SkemaAngka.parse(90.335).toString()).toBe('90.335');
    expect(SkemaAngka.parse(new Decimal('1.5')).toString()).toBe('1.5');
    const kode = (x: unknown) => galat(() => bacaModel(SkemaAngka, x)).masalah[0]?.kode;
    expect(kode({ toStringTag: '[object Decimal]', d: [1], e: 0, s: 1 })).toBe('ANGKA_TIPE_TIDAK_DIDUKUNG');
    expect(kode(1e25)).toBe('ANGKA_DI_LUAR_JANGKAUAN');
    expect(kode('9'.repeat(100_000))).toBe('ANGKA_DI_LUAR_JANGKAUAN');
    expect(kode(new Decimal('1e1000000000'))).toBe('ANGKA_DI_LUAR_JANGKAUAN');
    expect(kode(Number.NaN)).toBe('ANGKA_TIDAK_HINGGA');
  });

  it('angka wajib yang tidak ada: "wajib diisi"; opsional: null', () => {
    const g = galat(() => bacaModel(SkemaAngka, undefined));
    expect(g.masalah[0]?.pesan).toMatch(/wajib diisi/);
    expect(SkemaAngkaOpsional.parse(undefined)).toBeNull();
    expect(SkemaAngkaOpsional.parse(null)).toBeNull();
    expect(SkemaRupiah.safeParse('-5.000').success).toBe(false);
  });

  it('masukan Proxy atau getter yang melempar: SakipError MODEL_TIDAK_VALID, bukan Error mentah', () => {
    const getter = Object.defineProperty({ id: 'a', nama: 'b' }, 'target', {
      enumerable: true,
      get() {
        throw new Error('getter jahat');
      },
    });
    expect(kodeGalat(() => bacaModel(Indikator, getter))).toBe('MODEL_TIDAK_VALID');
    const proksi = new Proxy(
      { id: 'a', nama: 'b' },
      {
        get() {
          throw new Error('proxy get');
        },
      },
    );
    expect(kodeGalat(() => bacaModel(Indikator, proksi))).toBe('MODEL_TIDAK_VALID');
    expect(kodeGalat(() => bacaModel(Indikator, { id: 'a', nama: 'b', target: proksi }))).toBe(
      'MODEL_TIDAK_VALID',
    );
    const l = laporanKecil();
    (l.sasaran as Record<string, unknown>[])[0] = proksi;
    expect(kodeGalat(() => bacaLaporan(l))).toBe('MODEL_TIDAK_VALID');
  });

  it('skema model ketat: Laporan, Sasaran, Indikator menolak kunci asing', () => {
    for (const [skema, data] of [
      [Laporan, { ...laporanKecil(), x: 1 }],
      [Sasaran, { id: 'S', nama: 'n', indikator: [{ id: 'i', nama: 'n' }], x: 1 }],
      [Indikator, { id: 'i', nama: 'n', x: 1 }],
    ] as const) {
      expect(galat(() => bacaModel(skema, data)).masalah.map((m) => m.lokasi)).toEqual(['x']);
    }
  });
});

describe('JSON Schema di docs/schema mutakhir', () => {
  it.each(Object.entries(skemaJson()))('%s sama dengan hasil npm run schema', (berkas, isi) => {
    expect(readFileSync(join(import.meta.dirname, '../../docs/schema', berkas), 'utf8')).toBe(isi);
  });
});
