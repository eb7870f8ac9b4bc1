import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { bacaSkema } from '../../src/galat/bacaSkema.js';
import { SakipError } from '../../src/galat/index.js';
import { galat } from '../alat/galat.js';

const Indikator = z.strictObject({
  id: z.string().min(1),
  target: z.number().optional(),
  polaritas: z.enum(['positif', 'negatif']).default('positif'),
});
const Laporan = z.strictObject({
  instansi: z.string(),
  sasaran: z.array(z.strictObject({ id: z.string(), indikator: z.array(Indikator) })),
  catatan: z.union([z.string(), z.strictObject({ teks: z.string(), sumber: z.string() })]).optional(),
  besaran: z
    .partialRecord(z.enum(['capaian', 'realisasi']), z.strictObject({ desimal: z.number() }))
    .optional(),
});
const CARA = { kode: 'MODEL_TIDAK_VALID', nama: 'Laporan' } as const;

describe('bacaSkema', () => {
  it('mengembalikan nilai yang diurai (dengan bawaan) dan tidak mengubah masukan', () => {
    const data = { instansi: 'X', sasaran: [{ id: 'S1', indikator: [{ id: 'I1' }] }] };
    const salinan = structuredClone(data);
    const hasil = bacaSkema(Laporan, data, CARA);
    expect(hasil.sasaran[0]?.indikator[0]?.polaritas).toBe('positif');
    expect(data).toEqual(salinan);
  });

  it('setiap masalah disebut, masing-masing dengan jalurnya dalam satu format a[0].b', () => {
    const g = galat(() =>
      bacaSkema(
        Laporan,
        { instansi: 5, sasaran: [{ id: 'S1', indikator: [{ id: '', target: '5', polaritas: 'naik' }] }] },
        CARA,
      ),
    );
    expect(g).toBeInstanceOf(SakipError);
    expect(g.kode).toBe('MODEL_TIDAK_VALID');
    expect(g.masalah.map((m) => m.lokasi)).toEqual([
      'instansi',
      'sasaran[0].indikator[0].id',
      'sasaran[0].indikator[0].target',
      'sasaran[0].indikator[0].polaritas',
    ]);
    expect(g.lokasi).toBe('instansi');
    expect(g.message).toMatch(/^Laporan tidak valid: instansi: .*; sasaran\[0\]\.indikator\[0\]\.id: /);
  });

  it('pesan dalam bahasa Indonesia (lokal id zod), tanpa mengubah konfigurasi zod milik host', () => {
    const g = galat(() => bacaSkema(Laporan, { instansi: 5, sasaran: 'x' }, CARA));
    expect(g.masalah.map((m) => m.pesan)).toEqual([
      'Input tidak valid: diharapkan string, diterima number',
      'Input tidak valid: diharapkan array, diterima string',
    ]);
    expect(g.message).not.toMatch(/Invalid input|expected|received/);
    // The host's zod still speaks its own (default English) language.
    expect(z.string().safeParse(5).error?.issues[0]?.message).toMatch(/expected string/);
  });

  it('kunci asing: satu masalah per kunci, di jalurnya sendiri, dengan saran dari skema di jalur itu', () => {
    const g = galat(() =>
      bacaSkema(
        Laporan,
        {
          instansi: 'X',
          instansii: 'Y',
          sasaran: [{ id: 'S', indikator: [{ id: 'I', targett: 1, polaritass: 'positif' }] }],
          catatan: { teks: 'a', sumbr: 'b' },
          besaran: { capaina: { desimal: 2 } },
        },
        CARA,
      ),
    );
    expect(g.masalah).toEqual(
      expect.arrayContaining([
        { lokasi: 'instansii', pesan: 'kunci "instansii" tidak dikenal — maksudnya "instansi"?' },
        {
          lokasi: 'sasaran[0].indikator[0].targett',
          pesan: 'kunci "targett" tidak dikenal — maksudnya "target"?',
        },
        {
          lokasi: 'sasaran[0].indikator[0].polaritass',
          pesan: 'kunci "polaritass" tidak dikenal — maksudnya "polaritas"?',
        },
        // Inside a union: the branch the input's type matched speaks (its missing field too).
        { lokasi: 'catatan.sumber', pesan: 'Input tidak valid: diharapkan string, diterima undefined' },
        { lokasi: 'catatan.sumbr', pesan: 'kunci "sumbr" tidak dikenal — maksudnya "sumber"?' },
        // A record with enum keys suggests among them.
        { lokasi: 'besaran.capaina', pesan: 'kunci "capaina" tidak dikenal — maksudnya "capaian"?' },
      ]),
    );
    expect(g.masalah).toHaveLength(6);
  });

  it('pesan dibatasi: "… dan N masalah lain"; semua masalah tetap di galat.masalah', () => {
    const indikator = Array.from({ length: 10_000 }, () => ({ id: '' }));
    const g = galat(() => bacaSkema(Laporan, { instansi: 'X', sasaran: [{ id: 'S', indikator }] }, CARA));
    expect(g.masalah).toHaveLength(10_000);
    expect(g.masalah[9999]?.lokasi).toBe('sasaran[0].indikator[9999].id');
    expect(g.message).toMatch(/ … dan 9995 masalah lain \(lihat galat\.masalah\)$/);
    expect(g.message.length).toBeLessThan(1000);
  });

  it('awalan lokasi untuk nilai di dalam masukan yang lebih besar', () => {
    const g = galat(() =>
      bacaSkema(
        Indikator,
        { id: '', x: 1 },
        { kode: 'OPSI_TIDAK_VALID', nama: 'Opsi', lokasi: 'opsi.indikator[2]' },
      ),
    );
    expect(g.kode).toBe('OPSI_TIDAK_VALID');
    expect(g.masalah.map((m) => m.lokasi)).toEqual(['opsi.indikator[2].id', 'opsi.indikator[2].x']);
  });

  it('getter atau Proxy yang melempar saat dibaca: SakipError dengan sebabnya, bukan Error mentah', () => {
    const getter = Object.defineProperty({}, 'instansi', {
      enumerable: true,
      get() {
        throw new Error('getter jahat');
      },
    });
    const g = galat(() => bacaSkema(Laporan, getter, CARA));
    expect(g.kode).toBe('MODEL_TIDAK_VALID');
    expect(g.message).toBe('Laporan tidak dapat dibaca: getter jahat.');
    expect((g.cause as Error).message).toBe('getter jahat');
    const proksi = new Proxy(
      {},
      {
        get() {
          throw new Error('proxy get');
        },
      },
    );
    expect(galat(() => bacaSkema(Laporan, { instansi: 'X', sasaran: [proksi] }, CARA)).kode).toBe(
      'MODEL_TIDAK_VALID',
    );
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(galat(() => bacaSkema(Laporan, proxy, CARA)).kode).toBe('MODEL_TIDAK_VALID');
  });

  it('tiruan SakipError yang dilempar dari getter dibungkus; SakipError asli dari transformasi lolos apa adanya', () => {
    const tiruan = Object.defineProperty({}, 'instansi', {
      enumerable: true,
      get() {
        throw { name: 'SakipError', kode: 'ANGKA_KOSONG', message: 'palsu' };
      },
    });
    const g = galat(() => bacaSkema(Laporan, tiruan, CARA));
    expect(g).toBeInstanceOf(SakipError);
    expect(g.kode).toBe('MODEL_TIDAK_VALID');
    const asli = new SakipError('ANGKA_KOSONG', 'kosong');
    const Lempar = z.unknown().transform(() => {
      throw asli;
    });
    expect(galat(() => bacaSkema(Lempar, 1, CARA))).toBe(asli);
  });

  it('kode masalah dari params.kode sebuah isu kustom dipertahankan', () => {
    const Angka = z.unknown().transform((x, ctx) => {
      ctx.addIssue({ code: 'custom', message: 'bukan angka', input: x, params: { kode: 'ANGKA_HURUF' } });
      return z.NEVER;
    });
    const g = galat(() => bacaSkema(z.strictObject({ a: Angka }), { a: 'x' }, CARA));
    expect(g.masalah).toEqual([{ lokasi: 'a', pesan: 'bukan angka', kode: 'ANGKA_HURUF' }]);
  });
});
