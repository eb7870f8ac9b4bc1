// A report declares the rules it follows (`aturan`); hitungLaporan uses them where its options name none.
import { describe, expect, it } from 'vitest';
import { hitungLaporan, type LaporanMasukan } from '../../src/index.js';
import { kodeGalat } from '../alat/galat.js';

// S1 of the LKIP 2024 Barito Kuala: capaian 92,71 / 69,02 × 100 = 134,3233…; penyerapan
// 2.113.252.231 / 2.142.720.865 = 98,6247…%.
const laporan = (aturan?: LaporanMasukan['aturan']): LaporanMasukan => ({
  instansi: 'Dinas Sosial Kabupaten Barito Kuala',
  tahun: 2024,
  ...(aturan === undefined ? {} : { aturan }),
  sasaran: [
    { id: 'S1', nama: 'PPKS', indikator: [{ id: 'IKU-1', nama: 'x', target: '69,02', realisasi: '92,71' }] },
  ],
  anggaran: [
    { nama: 'Program', sasaranId: ['S1'], anggaran: { pagu: '2.142.720.865', realisasi: '2.113.252.231' } },
  ],
});

const e = (h: ReturnType<typeof hitungLaporan>) => {
  const x = h.efisiensi[0];
  return x?.status === 'dihitung' && x.hasil.status === 'dihitung' ? x.hasil : undefined;
};

describe('aturan laporan', () => {
  it('tanpa aturan: PMK 214/2017, tanpa skala, TEPAT', () => {
    const h = hitungLaporan(laporan());
    expect([h.kebijakan, h.skala, e(h)?.aturan]).toEqual(['TEPAT', undefined, 'PMK_214_2017']);
    // E = 1 − 98,6247…/134,3233… = 26,57…% → bounded to 20.
    expect(e(h)?.nilai.toString()).toBe('20');
  });

  it('aturan laporan dipakai: skala, efisiensi dan kebijakan', () => {
    const h = hitungLaporan(
      laporan({ skala: 'PERMENDAGRI_54_2010', efisiensi: 'BARITO_KUALA_2023', kebijakan: 'POTONG' }),
    );
    expect([h.kebijakan, h.skala, e(h)?.aturan]).toEqual([
      'POTONG',
      'PERMENDAGRI_54_2010',
      'BARITO_KUALA_2023',
    ]);
    // CK capped at 100 (truncated capaian 134,32 → 100): E = 1 − 98,62…/100 = 1,37…%.
    expect(e(h)?.nilai.toFixed(4)).toBe('1.3753');
    const i = h.sasaran[0]?.indikator[0];
    expect(i?.status === 'dihitung' && i.predikat?.label).toBe('Sangat baik');
  });

  it('opsi mengalahkan aturan laporan', () => {
    const h = hitungLaporan(laporan({ skala: 'PERMENDAGRI_54_2010', efisiensi: 'BARITO_KUALA_2023' }), {
      skala: 'TINGKAT_CAPAIAN',
      efisiensi: { aturan: 'TANPA_BATAS' },
    });
    expect([h.skala, e(h)?.aturan]).toEqual(['TINGKAT_CAPAIAN', 'TANPA_BATAS']);
  });

  it('id aturan yang tidak dikenal dan kunci asing ditolak', () => {
    expect(kodeGalat(() => hitungLaporan(laporan({ skala: 'PERMENDAGRI_99' })))).toBe('ATURAN_TIDAK_DIKENAL');
    expect(kodeGalat(() => hitungLaporan(laporan({ skalaa: 'X' } as never)))).toBe('MODEL_TIDAK_VALID');
  });
});
