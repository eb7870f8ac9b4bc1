import type { Decimal } from '../angka/Decimal.js';
import type { Angka } from '../angka/keDecimal.js';
import { sambungJalur } from '../galat/jalur.js';
import { bacaObjek, teksMasukan } from '../galat/masukan.js';
import { SakipError } from '../galat/SakipError.js';
import { bacaPohonAnggaran, type NodeAnggaranMasukan } from '../model/Anggaran.js';
import type { Indikator } from '../model/Indikator.js';
import { CARA_CAPAIAN_INDUK } from './capaianFisikInduk.js';
import type { CaraCapaianInduk } from './inti/capaianFisik.js';
import {
  type HasilRekapAnggaran,
  type OpsiRekapAnggaranInti,
  type PenyerapanInduk,
  rekapAnggaranInti,
} from './inti/rekap.js';
import { angkaDi, larikDi, pilihanDi } from './masukan.js';

export type {
  HasilRekapAnggaran,
  JenisTemuanAnggaran,
  PenyerapanInduk,
  RekapSasaran,
  RekapSimpul,
  TemuanAnggaran,
} from './inti/rekap.js';

/**
 * How a parent's penyerapan is found (penyerapan induk):
 * - `'rasio-jumlah'`: Σ realisasi / Σ pagu × 100 — the right figure (the default, verified);
 * - `'rata-rata-anak'`: the mean of the children's penyerapan — what one report prints; a variant
 *   for reproducing it, and an audit finding.
 *
 * @example
 * ```ts
 * import { PENYERAPAN_INDUK } from 'sakip';
 * PENYERAPAN_INDUK; //=> ['rasio-jumlah', 'rata-rata-anak']
 * ```
 */
export const PENYERAPAN_INDUK: readonly PenyerapanInduk[] = Object.freeze([
  'rasio-jumlah',
  'rata-rata-anak',
] as const);

/** Options of {@link rekapAnggaran}. */
export interface OpsiRekapAnggaran {
  /** Parent penyerapan: `'rasio-jumlah'` (default) or `'rata-rata-anak'`. */
  penyerapanInduk?: PenyerapanInduk;
  /**
   * Also compute each node's physical capaian, by the named way (see {@link CARA_CAPAIAN_INDUK}).
   * `capaianIndikator` gives the capaian (percent) of one indicator, `null` when not computable; it
   * is required by `'indikator-sendiri'` and `'rata-rata-anak'`. A node with several indicators takes
   * their mean (RUMUS.md §4).
   */
  capaianFisik?: {
    cara: CaraCapaianInduk;
    capaianIndikator?: (indikator: Indikator) => Angka | null;
  };
  /**
   * The ids of the report's sasaran. A node that serves another id is a `'sasaran-tidak-dikenal'`
   * finding; its money is not dropped — it stays in `perSasaran` under that id, `dikenal: false`.
   * Without the list, every id is taken as it is.
   */
  sasaran?: readonly string[];
}

const KUNCI_OPSI = ['penyerapanInduk', 'capaianFisik', 'sasaran'] as const;
const KUNCI_CAPAIAN_FISIK = ['cara', 'capaianIndikator'] as const;

function salahOpsi(lokasi: string, pesan: string, masukan: unknown): SakipError {
  return new SakipError('OPSI_TIDAK_VALID', `Opsi rekapAnggaran: ${lokasi} ${pesan}`, { masukan, lokasi });
}

/**
 * Reads the options of {@link rekapAnggaran} once (internal; for `hitungLaporan` too): unknown keys
 * name the nearest known key; `capaianIndikator` is wrapped so that its results are read as numbers
 * with their place in the tree.
 */
export function bacaOpsiRekapAnggaran(opsi: unknown): OpsiRekapAnggaranInti {
  const o = bacaObjek(opsi, { nama: 'Opsi rekapAnggaran', kunci: KUNCI_OPSI });
  const hasil: OpsiRekapAnggaranInti = {
    penyerapanInduk: pilihanDi(o.penyerapanInduk, PENYERAPAN_INDUK, 'rasio-jumlah', 'penyerapanInduk'),
  };
  if (o.capaianFisik !== undefined) {
    const c = bacaObjek(o.capaianFisik, {
      nama: 'Opsi rekapAnggaran.capaianFisik',
      kunci: KUNCI_CAPAIAN_FISIK,
      lokasi: 'capaianFisik',
      bolehKosong: false,
    });
    if (c.cara === undefined) throw salahOpsi('capaianFisik.cara', 'wajib diisi.', o.capaianFisik);
    const cara = pilihanDi(c.cara, CARA_CAPAIAN_INDUK, 'rasio-jumlah', 'capaianFisik.cara');
    const f = c.capaianIndikator;
    if (f !== undefined && typeof f !== 'function') {
      throw salahOpsi('capaianFisik.capaianIndikator', `harus fungsi, bukan ${teksMasukan(f)}.`, f);
    }
    if (f === undefined && cara !== 'rasio-jumlah') {
      throw salahOpsi(
        'capaianFisik.capaianIndikator',
        `(fungsi capaian satu indikator) wajib untuk cara "${cara}".`,
        o.capaianFisik,
      );
    }
    const capaianIndikator =
      f === undefined
        ? undefined
        : (indikator: Indikator, lokasi: string): Decimal | null => {
            const x = (f as (i: Indikator) => unknown)(indikator);
            return x === null || x === undefined ? null : angkaDi(x, `${lokasi} (capaianIndikator)`);
          };
    hasil.capaianFisik = capaianIndikator === undefined ? { cara } : { cara, capaianIndikator };
  }
  if (o.sasaran !== undefined) {
    const ids = larikDi(o.sasaran, 'sasaran', 'OPSI_TIDAK_VALID');
    const dikenal = new Set<string>();
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i];
      const lokasi = sambungJalur('sasaran', i);
      if (typeof id !== 'string' || id === '')
        throw salahOpsi(lokasi, `harus id sasaran (teks), bukan ${teksMasukan(id)}.`, id);
      if (dikenal.has(id)) throw salahOpsi(lokasi, `"${id}" disebut dua kali.`, id);
      dikenal.add(id);
    }
    hasil.sasaran = dikenal;
  }
  return hasil;
}

/**
 * Rolls a budget tree up (rekap anggaran): program → kegiatan → sub-kegiatan, any depth (read without
 * recursion: a tree of 10 000 levels works), also by jenis belanja; one root or several. Money always
 * rolls up as exact sums of the leaves (RUMUS.md §4); each node gets pagu, realisasi, sisa and
 * penyerapan (percent), and a parent that states its own figures is checked against its children:
 * every difference is a finding. Also gives money per sasaran (a line shared by several sasaran
 * counts in each, flagged `dibagi`; with `opsi.sasaran`, an unknown id is a finding and its money
 * stays under that id) and, on request, each node's physical capaian by a named way.
 *
 * @throws {SakipError} `MODEL_TIDAK_VALID` for a tree that does not fit {@link NodeAnggaran} — every
 * problem listed with its path, including a leaf without figures (problem code
 * `ANGGARAN_DAUN_TANPA_ANGKA`); `POHON_SIKLIS` for objects that are not a tree (a node that is its own
 * descendant, or one node object in two places); `OPSI_TIDAK_VALID` for a bad option (an unknown key
 * names the nearest known one).
 *
 * @example
 * ```ts
 * import { rekapAnggaran } from 'sakip';
 * // LKIP 2024 Dinsos Barito Kuala, sasaran 1: the program row prints realisasi 1.090.111.598
 * // (copied from sasaran 2); its sub-kegiatan add up to 612.898.347.
 * const r = rekapAnggaran({
 *   nama: 'Program Rehabilitasi Sosial',
 *   sasaranId: ['S1'],
 *   anggaran: { pagu: '626.877.613,00', realisasi: '1.090.111.598,00' },
 *   anak: [
 *     { nama: 'Penyediaan Alat Bantu', anggaran: { pagu: 215732977, realisasi: 209215721 } },
 *     { nama: 'Pemberian Pelayanan Reunifikasi Keluarga', anggaran: { pagu: 6000000, realisasi: 300000 } },
 *     { nama: 'Pemberian Bimbingan Sosial', anggaran: { pagu: 405144636, realisasi: 403382626 } },
 *   ],
 * });
 * r.akar[0]?.realisasi; //=> '612898347'
 * r.akar[0]?.penyerapan?.toFixed(2); //=> '97.77'
 * r.temuan.map((t) => t.jenis); //=> ['realisasi-tidak-sama']
 * r.temuan[0]?.selisih; //=> '477213251'
 * rekapAnggaran({ nama: 'Program tanpa angka' }); //!> MODEL_TIDAK_VALID
 * rekapAnggaran({ nama: 'P', anggaran: { pagu: 1, realisasi: 1 } }, { penyerapanIndk: 'rasio-jumlah' } as never); //!> OPSI_TIDAK_VALID
 * ```
 */
export function rekapAnggaran(
  pohon: NodeAnggaranMasukan | readonly NodeAnggaranMasukan[],
  opsi?: OpsiRekapAnggaran,
): HasilRekapAnggaran {
  const o = bacaOpsiRekapAnggaran(opsi);
  const akar = bacaPohonAnggaran(Array.isArray(pohon) ? pohon : [pohon], { lokasi: '' });
  return rekapAnggaranInti(akar, o);
}
