import { describe, expect, it } from 'vitest';
import {
  BESARAN,
  buatKebijakanPembulatan,
  type Decimal,
  KEBIJAKAN_PEMBULATAN,
  type KebijakanPembulatan,
  keDecimal,
  pembulatan,
} from '../../src/index.js';

/** Capaian = realisasi / target × 100 through a policy, the way a report computes it step by step. */
function capaianMenurut(target: string, realisasi: string, k: KebijakanPembulatan) {
  const r = pembulatan(realisasi, 'realisasi', k).lanjut;
  return pembulatan(r.div(keDecimal(target)).times(100), 'capaian', k);
}

function rataRataMenurut(nilai: (string | Decimal)[], k: KebijakanPembulatan) {
  const jumlah = nilai.map((n) => keDecimal(n)).reduce((a, b) => a.plus(b));
  return pembulatan(jumlah.div(nilai.length), 'rataRata', k);
}

describe('preset kebijakan pembulatan mereproduksi laporan contoh (LKIP 2024 Dinsos Barito Kuala)', () => {
  const iku = [
    ['69,02', '92,71', '134,32'],
    ['1,31', '0,73', '55,72'],
    ['71,86', '71,91', '100,06'],
  ] as const;

  it('POTONG: setiap capaian tercetak dan rata-rata 96,7 dari capaian terpotong', () => {
    const k = KEBIJAKAN_PEMBULATAN.POTONG;
    const capaian = iku.map(([t, r]) => capaianMenurut(t, r, k));
    expect(capaian.map((c) => c.tampil.toFixed(2))).toEqual(iku.map(([, , c]) => keDecimal(c).toFixed(2)));
    const rata = rataRataMenurut(
      capaian.map((c) => c.lanjut),
      k,
    );
    expect(rata.tampil.toString()).toBe('96.7');
    // Means of targets and realisasi, truncated: 47,39 and 55,11 as printed.
    expect(
      rataRataMenurut(
        iku.map(([t]) => t),
        k,
      ).tampil.toString(),
    ).toBe('47.39');
    expect(
      rataRataMenurut(
        iku.map(([, r]) => r),
        k,
      ).tampil.toString(),
    ).toBe('55.11');
  });

  it('SETENGAH_ATAS memberi 55,73 dan 100,07, dan rata-rata dari nilai tepat 96,71', () => {
    const k = KEBIJAKAN_PEMBULATAN.SETENGAH_ATAS;
    const capaian = iku.map(([t, r]) => capaianMenurut(t, r, k));
    expect(capaian.map((c) => c.tampil.toFixed(2))).toEqual(['134.32', '55.73', '100.07']);
    const rata = rataRataMenurut(
      capaian.map((c) => c.lanjut),
      k,
    );
    expect(rata.tampil.toString()).toBe('96.71');
  });

  it('BERTAHAP: 28/1784×100 = 1,57, lalu 1,57/2,5×100 = 62,80 (dari nilai tepat 62,78)', () => {
    const k = KEBIJAKAN_PEMBULATAN.BERTAHAP;
    const realisasi = pembulatan(keDecimal(28).div(1784).times(100), 'realisasi', k);
    expect(realisasi.tampil.toString()).toBe('1.57');
    const capaian = pembulatan(realisasi.lanjut.div(keDecimal('2,5')).times(100), 'capaian', k);
    expect(capaian.tampil.toFixed(2)).toBe('62.80');
    const tepat = pembulatan(realisasi.tepat.div(keDecimal('2,5')).times(100), 'capaian', k);
    expect(tepat.tampil.toFixed(2)).toBe('62.78');
  });

  it('TEPAT tidak membulatkan apa pun', () => {
    for (const b of BESARAN) {
      const h = pembulatan('55,72519083969465648854961832061068702290', b, KEBIJAKAN_PEMBULATAN.TEPAT);
      expect(h.tampil.equals(h.tepat) && h.lanjut.equals(h.tepat)).toBe(true);
      expect(h.aturan).toBeUndefined();
    }
  });

  it('setiap preset bersumber dan berstatus', () => {
    for (const k of Object.values(KEBIJAKAN_PEMBULATAN)) {
      expect(k.sumber.length).toBeGreaterThan(0);
      expect(['terverifikasi', 'sesuai-praktik', 'belum-terverifikasi']).toContain(k.status);
      expect(Object.isFrozen(k)).toBe(true);
    }
  });
});

describe('buatKebijakanPembulatan', () => {
  it('menyebut field yang salah', () => {
    expect(() =>
      buatKebijakanPembulatan({
        nama: 'x',
        keterangan: '',
        sumber: 's',
        status: 'terverifikasi',
        aturan: { capaian: { desimal: 2.5, mode: 'potong', dipakaiLanjut: true } },
      }),
    ).toThrow(/aturan\.capaian\.desimal/);
  });

  it('menolak besaran yang tidak dikenal dan tidak mengubah masukan', () => {
    const def = {
      nama: 'x',
      keterangan: '',
      sumber: 's',
      status: 'terverifikasi',
      aturan: { capaian: { desimal: 2, mode: 'potong', dipakaiLanjut: true } },
    };
    const salinan = structuredClone(def);
    buatKebijakanPembulatan(def);
    expect(def).toEqual(salinan);
    expect(() => buatKebijakanPembulatan({ ...def, aturan: { laba: def.aturan.capaian } })).toThrow(
      expect.objectContaining({ kode: 'KEBIJAKAN_PEMBULATAN_TIDAK_VALID' }),
    );
  });

  it('pembulatan menolak kebijakan tanpa aturan', () => {
    expect(() => pembulatan(1, 'capaian', {} as KebijakanPembulatan)).toThrow(
      expect.objectContaining({ kode: 'KEBIJAKAN_PEMBULATAN_TIDAK_VALID' }),
    );
  });
});
