// A hand-made central-government report with only an SKM and an IKPA section (the sample report
// has neither): two SKM units, and PER-5/PB/2022 values with Belanja Kontraktual not applicable.
import type { LaporanMasukan } from '../../src/index.js';

export const LAPORAN_SATKER: LaporanMasukan = {
  instansi: 'Satker X',
  tahun: 2023,
  sasaran: [],
  skm: {
    unit: [
      { ikm: '3,60', responden: 300 },
      { ikm: '3,20', responden: 100 },
    ],
  },
  ikpa: {
    aturan: 'PER_5_PB_2022',
    nilai: {
      revisiDipa: 100,
      deviasiHalamanIIIDipa: '95,5',
      penyerapanAnggaran: 100,
      belanjaKontraktual: null,
      penyelesaianTagihan: 100,
      pengelolaanUpTup: 100,
      dispensasiSpm: 100,
      capaianOutput: 100,
    },
  },
};
