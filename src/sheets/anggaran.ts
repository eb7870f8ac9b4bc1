import { bacaOpsiEfisiensi } from '../anggaran/efisiensi.js';
import { type ButirEfisiensiInti, efisiensiInti } from '../anggaran/inti/efisiensi.js';
import { penyerapanInti, sisaAnggaranInti } from '../anggaran/inti/penyerapan.js';
import { angkaDi, paguDi, rupiahDi } from '../anggaran/masukan.js';
import { SakipError } from '../galat/SakipError.js';
import {
  angkaSel,
  keSel,
  kosong,
  pembulatanSel,
  pilihanSel,
  type SelAtauRentang,
  selRentang,
  teksSel,
} from './sel.js';

/** Pagu and realisasi of one budget line read from two cells; `undefined` when either is blank. */
function paguRealisasi(pagu: SelAtauRentang, realisasi: SelAtauRentang, untuk: string) {
  const p = angkaSel(pagu, 'pagu');
  const r = angkaSel(realisasi, 'realisasi');
  if (p === null || r === null) return undefined;
  const masukan = { pagu, realisasi };
  return { pagu: paguDi(p, 'pagu', masukan, untuk), realisasi: rupiahDi(r, 'realisasi', masukan) };
}

/**
 * Budget absorption in percent, for a spreadsheet cell (SAKIP_PENYERAPAN): `realisasi / pagu × 100`,
 * exact (the core of `penyerapan`); rounded only when `desimal` is given. Amounts may be numbers or
 * texts as reports write them (`"Rp 2.142.720.865,00"`). A blank pagu or realisasi gives a blank result.
 *
 * @throws {SakipError} `ANGGARAN_PAGU_NOL`, `ANGGARAN_NEGATIF`, `DESIMAL_TIDAK_VALID`,
 * `MODE_PEMBULATAN_TIDAK_DIKENAL`, the codes of `keDecimal`.
 *
 * @example
 * ```ts
 * import { SAKIP_PENYERAPAN } from 'sakip/sheets';
 * // LKIP 2024 Dinsos Barito Kuala, sasaran 1 (printed 98,62) and sasaran 3 (93,28; one table 93,27):
 * SAKIP_PENYERAPAN(2142720865, 2113252231, 2); //=> 98.62
 * SAKIP_PENYERAPAN('Rp 4.699.311.668,00', 'Rp 4.383.367.872,00', 2); //=> 93.28
 * SAKIP_PENYERAPAN(4699311668, 4383367872, 2, 'potong'); //=> 93.27
 * SAKIP_PENYERAPAN(200, 50); //=> 25
 * SAKIP_PENYERAPAN(200, ''); //=> ''
 * SAKIP_PENYERAPAN(0, 0); //!> ANGGARAN_PAGU_NOL
 * ```
 */
export function SAKIP_PENYERAPAN(
  pagu: SelAtauRentang,
  realisasi: SelAtauRentang,
  desimal?: SelAtauRentang,
  mode?: SelAtauRentang,
): number | '' {
  const bulat = pembulatanSel(desimal, mode);
  const a = paguRealisasi(pagu, realisasi, 'penyerapan dan sisa anggaran');
  return a === undefined ? '' : keSel(penyerapanInti(a.pagu, a.realisasi), bulat);
}

/**
 * Unspent budget in Rupiah, for a spreadsheet cell (SAKIP_SISA): `pagu − realisasi`, exact (the core of
 * `sisaAnggaran`); negative when realisasi is above pagu. A blank pagu or realisasi gives a blank
 * result.
 *
 * @throws {SakipError} `ANGGARAN_PAGU_NOL`, `ANGGARAN_NEGATIF`, the codes of `keDecimal`.
 *
 * @example
 * ```ts
 * import { SAKIP_SISA } from 'sakip/sheets';
 * SAKIP_SISA(2142720865, 2113252231); //=> 29468634
 * SAKIP_SISA('8.069.859.523,00', '7.586.731.701,00'); //=> 483127822
 * SAKIP_SISA(100, 120); //=> -20
 * SAKIP_SISA('', 120); //=> ''
 * SAKIP_SISA(100, -1); //!> ANGGARAN_NEGATIF
 * ```
 */
export function SAKIP_SISA(pagu: SelAtauRentang, realisasi: SelAtauRentang): number | '' {
  const a = paguRealisasi(pagu, realisasi, 'penyerapan dan sisa anggaran');
  return a === undefined ? '' : keSel(sisaAnggaranInti(a.pagu, a.realisasi), undefined);
}

/**
 * Budget efficiency in percent, for a spreadsheet cell (SAKIP_EFISIENSI), PMK 214/2017:
 * `E = Σ((pagu × capaian) − realisasi) / Σ(pagu × capaian) × 100`, capaian in percent (134,32), under
 * a rule set `aturan` (an id of `ATURAN_EFISIENSI`: `"PMK_214_2017"` default, E bounded to ±20;
 * `"BARITO_KUALA_2023"`; `"TANPA_BATAS"`) — the core of `efisiensi`. `pagu`, `realisasi` and
 * `capaian` are cells or ranges of the same size, read cell by cell in order (a row of the three is
 * one item of the Σ); rows where all three are blank are skipped. `satuan` `"rasio"` gives E / 100 (as
 * the sample report prints 0,266). Rounded only when `desimal` is given. When the rule leaves nothing
 * to compute (capaian below its minimum) the result is the reason as text.
 *
 * @throws {SakipError} `MASUKAN_TIDAK_VALID` (ranges of different sizes, a row partly blank),
 * `ANGGARAN_PAGU_NOL`, `ANGGARAN_NEGATIF`, `ATURAN_TIDAK_DIKENAL`, `OPSI_TIDAK_VALID`,
 * `DESIMAL_TIDAK_VALID`, `MODE_PEMBULATAN_TIDAK_DIKENAL`, the codes of `keDecimal`.
 *
 * @example
 * ```ts
 * import { SAKIP_EFISIENSI } from 'sakip/sheets';
 * // LKIP 2024 Dinsos Barito Kuala, sasaran 1: E 26,57% bounded to 20; printed 0,266 (no bound, ratio).
 * SAKIP_EFISIENSI(2142720865, 2113252231, 134.32); //=> 20
 * SAKIP_EFISIENSI(2142720865, 2113252231, '134,32', 'TANPA_BATAS', 3, '', 'rasio'); //=> 0.266
 * // Sasaran 3 under the district rule: capaian 100,06 taken as 100.
 * SAKIP_EFISIENSI(4699311668, 4383367872, 100.06, 'BARITO_KUALA_2023', 2); //=> 6.72
 * // Sasaran 1 and 3 together (ranges), the Σ form:
 * SAKIP_EFISIENSI([[2142720865], [4699311668], ['']], [[2113252231], [4383367872], ['']], [[134.32], [100.06], ['']], 'TANPA_BATAS', 2); //=> 14.3
 * SAKIP_EFISIENSI(1227826990, 1090111598, 55.72, 'BARITO_KUALA_2023'); //=> 'capaian 55,72% < 100%: efisiensi tidak dihitung.'
 * SAKIP_EFISIENSI([[1], [2]], [[1]], [[100]]); //!> MASUKAN_TIDAK_VALID
 * ```
 */
export function SAKIP_EFISIENSI(
  pagu: SelAtauRentang,
  realisasi: SelAtauRentang,
  capaian: SelAtauRentang,
  aturan?: SelAtauRentang,
  desimal?: SelAtauRentang,
  mode?: SelAtauRentang,
  satuan?: SelAtauRentang,
): number | string {
  const tampil = pilihanSel(satuan, 'satuan', ['persen', 'rasio'], 'persen');
  const o = bacaOpsiEfisiensi({
    aturan: teksSel(aturan, 'aturan'),
    langkah: false,
    ...(tampil === 'rasio' ? { satuanTampil: 'rasio' } : {}),
  });
  const bulat = pembulatanSel(desimal, mode);
  const p = selRentang(pagu);
  const r = selRentang(realisasi);
  const c = selRentang(capaian);
  if (p.length !== r.length || p.length !== c.length) {
    throw new SakipError(
      'MASUKAN_TIDAK_VALID',
      `pagu, realisasi dan capaian harus rentang berukuran sama (${p.length}, ${r.length} dan ${c.length} sel).`,
      { masukan: { pagu, realisasi, capaian } },
    );
  }
  const butir: ButirEfisiensiInti[] = [];
  for (let i = 0; i < p.length; i++) {
    const sel = [p[i], r[i], c[i]];
    if (sel.every(kosong)) continue;
    const lokasi = (nama: string) => (p.length === 1 ? nama : `${nama}[${i + 1}]`);
    const masukan = { pagu: p[i], realisasi: r[i], capaian: c[i] };
    const [pi, ri, ci] = [
      angkaSel(p[i], lokasi('pagu')),
      angkaSel(r[i], lokasi('realisasi')),
      angkaSel(c[i], lokasi('capaian')),
    ];
    if (pi === null || ri === null || ci === null) {
      const hilang = pi === null ? 'pagu' : ri === null ? 'realisasi' : 'capaian';
      throw new SakipError('MASUKAN_TIDAK_VALID', `${lokasi(hilang)} kosong, padahal baris itu terisi.`, {
        masukan,
        lokasi: lokasi(hilang),
      });
    }
    butir.push({
      nama: undefined,
      pagu: paguDi(pi, lokasi('pagu'), masukan, 'efisiensi'),
      realisasi: rupiahDi(ri, lokasi('realisasi'), masukan),
      capaian: angkaDi(ci, lokasi('capaian')),
    });
  }
  if (butir.length === 0) return '';
  const h = efisiensiInti(butir, o);
  if (h.status !== 'dihitung') return h.pesan;
  return keSel(tampil === 'rasio' && h.tampil !== undefined ? h.tampil.nilai : h.nilai, bulat);
}
