import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import contoh from '../../data/lkip-2024-dinsos-barito-kuala.json' with { type: 'json' };
import { skemaJson } from '../../scripts/schema.js';
import {
  Anggaran,
  bacaLaporan,
  bacaModel,
  Decimal,
  Indikator,
  isSakipError,
  NodeAnggaran,
  type NodeAnggaran as TNodeAnggaran,
} from '../../src/index.js';

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
    try {
      bacaLaporan(rusak);
      expect.unreachable();
    } catch (e) {
      expect(isSakipError(e, 'MODEL_TIDAK_VALID')).toBe(true);
      expect((e as { lokasi: string }).lokasi).toBe('sasaran[1].indikator[0].realisasi');
      expect((e as Error).message).toMatch(/galat spreadsheet/);
      expect((e as Error).message).toMatch(/ANGKA_GALAT_SPREADSHEET/);
    }
  });

  it('semua masalah disebut, tidak hanya yang pertama', () => {
    expect(() =>
      bacaModel(Indikator, { id: '', nama: 'x', target: 'abc', polaritas: 'naik' }, 'Indikator'),
    ).toThrow(/id:.*polaritas:.*target:/s);
  });

  it('uang negatif ditolak; realisasi di atas pagu diterima', () => {
    expect(Anggaran.safeParse({ pagu: '1.000', realisasi: '-1' }).success).toBe(false);
    expect(Anggaran.safeParse({ pagu: '1.000', realisasi: '2.000' }).success).toBe(true);
  });

  it('pohon anggaran sedalam apa pun', () => {
    let node: unknown = { nama: 'daun', anggaran: { pagu: 1, realisasi: 1 } };
    for (let i = 0; i < 50; i++) node = { nama: `n${i}`, anak: [node] };
    let kedalaman = 0;
    for (let n: TNodeAnggaran | undefined = NodeAnggaran.parse(node); n; n = n.anak[0]) kedalaman++;
    expect(kedalaman).toBe(51);
  });

  it('Angka yang aneh di tempat angka: SakipError, bukan TypeError', () => {
    for (const x of [null, true, {}, [], Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => bacaModel(Anggaran, { pagu: x, realisasi: 0 })).toThrow(
        expect.objectContaining({ kode: 'MODEL_TIDAK_VALID' }),
      );
    }
  });
});

describe('JSON Schema di docs/schema mutakhir', () => {
  it.each(Object.entries(skemaJson()))('%s sama dengan hasil npm run schema', (berkas, isi) => {
    expect(readFileSync(join(import.meta.dirname, '../../docs/schema', berkas), 'utf8')).toBe(isi);
  });
});
