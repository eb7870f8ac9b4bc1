// The `rujukan` grammar (docs/audit.md): a printed figure's path, parsed into what it names. Parsing
// only: whether the ids exist is the resolver's business (kuantitas.ts).
import { teksMasukan } from '../galat/masukan.js';
import { SakipError } from '../galat/SakipError.js';

// The longest path read (the model allows 1 000 characters too).
const PANJANG_MAKS = 1000;

/** What an indicator path may name. */
export const BAGIAN_INDIKATOR = Object.freeze([
  'target',
  'realisasi',
  'capaian',
  'predikat',
  'capaianRenstra',
  'targetRenstra',
  'perubahanTahunan',
] as const);
/** What a sasaran path may name. */
export const BAGIAN_SASARAN = Object.freeze([
  'capaian',
  'predikat',
  'pagu',
  'realisasi',
  'sisa',
  'persentaseSisa',
  'penyerapan',
  'efisiensi',
  'nilaiEfisiensi',
  'paguKaliCapaian',
  'selisihEfisiensi',
  'efisien',
] as const);
/** What a budget node path may name. */
export const BAGIAN_ANGGARAN = Object.freeze([
  'pagu',
  'realisasi',
  'sisa',
  'persentaseSisa',
  'penyerapan',
  'capaian',
] as const);
/** What `laporan/rataRata/<b>` may name. */
export const BAGIAN_RATA_RATA = Object.freeze(['target', 'realisasi', 'capaian', 'predikat'] as const);
/** What `laporan/<b>` may name. */
export const BAGIAN_LAPORAN = Object.freeze([
  'pagu',
  'realisasi',
  'sisa',
  'persentaseSisa',
  'penyerapan',
] as const);
/** What `skm/<b>` and `skm/unit/<nama>/<b>` may name. */
export const BAGIAN_SKM = Object.freeze(['nilai', 'ikm', 'mutu'] as const);
/** What `skm/unsur/<n>/<b>` may name. */
export const BAGIAN_UNSUR = Object.freeze(['nrr', 'nilai'] as const);
/** What `ikpa/<b>` may name. */
export const BAGIAN_IKPA = Object.freeze(['nilai', 'predikat'] as const);
/** What `ikpa/indikator/<id>/<b>` may name. */
export const BAGIAN_IKPA_INDIKATOR = Object.freeze(['nilai', 'tertimbang'] as const);
/** What `nka/<b>` may name. */
export const BAGIAN_NKA = Object.freeze(['nilai'] as const);

export type BagianIndikator = (typeof BAGIAN_INDIKATOR)[number];
export type BagianSasaran = (typeof BAGIAN_SASARAN)[number];
export type BagianAnggaran = (typeof BAGIAN_ANGGARAN)[number];

/** A parsed path (rujukan terurai). */
export type Rujukan =
  | { jenis: 'indikator'; indikator: string; sasaran?: string; bagian: BagianIndikator }
  | { jenis: 'riwayat'; indikator: string; tahun: number; bagian: 'realisasi' | 'target' | 'capaian' }
  | { jenis: 'sasaran'; sasaran: string; bagian: BagianSasaran }
  | { jenis: 'anggaran'; simpul: string; bagian: BagianAnggaran }
  | { jenis: 'anggaran-indikator'; simpul: string; indikator: string; bagian: BagianIndikator }
  | { jenis: 'rata-rata'; bagian: (typeof BAGIAN_RATA_RATA)[number] }
  | { jenis: 'laporan'; bagian: (typeof BAGIAN_LAPORAN)[number] }
  | { jenis: 'skm'; unit?: string; bagian: (typeof BAGIAN_SKM)[number] }
  | { jenis: 'skm-unsur'; unsur: string; bagian: (typeof BAGIAN_UNSUR)[number] }
  | { jenis: 'ikpa'; bagian: (typeof BAGIAN_IKPA)[number] }
  | { jenis: 'ikpa-indikator'; indikator: string; bagian: (typeof BAGIAN_IKPA_INDIKATOR)[number] }
  | { jenis: 'ikpa-aspek'; aspek: string }
  | { jenis: 'nka'; bagian: (typeof BAGIAN_NKA)[number] };

/** A path that does not follow the grammar: the reason, in Indonesian. */
export interface RujukanTidakValid {
  jenis: 'tidak-valid';
  pesan: string;
}

const pilih = <T extends string>(b: string | undefined, daftar: readonly T[]): T | undefined =>
  (daftar as readonly string[]).includes(b ?? '') ? (b as T) : undefined;

function salah(teks: string, harapan: string): RujukanTidakValid {
  return { jenis: 'tidak-valid', pesan: `rujukan "${teks}" tidak sesuai tata rujukan: ${harapan}.` };
}

const daftar = (xs: readonly string[]): string => xs.join(', ');

/** `…/<id>/<b>` of an indicator, or why not. */
function indikator(
  teks: string,
  id: string | undefined,
  b: string | undefined,
  lain: { sasaran?: string; simpul?: string },
): Rujukan | RujukanTidakValid {
  if (!id) return salah(teks, 'id indikator kosong');
  const bagian = pilih(b, BAGIAN_INDIKATOR);
  if (bagian === undefined)
    return salah(teks, `bagian indikator harus salah satu dari ${daftar(BAGIAN_INDIKATOR)}`);
  if (lain.simpul !== undefined)
    return { jenis: 'anggaran-indikator', simpul: lain.simpul, indikator: id, bagian };
  return lain.sasaran === undefined
    ? { jenis: 'indikator', indikator: id, bagian }
    : { jenis: 'indikator', indikator: id, sasaran: lain.sasaran, bagian };
}

/**
 * Parses a `rujukan` (urai rujukan) — the path of a printed figure, grammar in `docs/audit.md` — into
 * what it names, without looking at any report. Segments are separated by `/`; the name of a budget
 * node or an SKM unit may itself contain `/` (it is everything between its prefix and the final
 * segment, or the final `/indikator/<id>/<b>`). Surrounding spaces are ignored. A string never throws: a path
 * outside the grammar (or longer than 1 000 characters) is `{ jenis: 'tidak-valid', pesan }`.
 *
 * @throws {SakipError} `MASUKAN_TIDAK_VALID` when the path is not a string.
 *
 * @example
 * ```ts
 * import { uraiRujukan } from 'sakip';
 * uraiRujukan('sasaran/S2/indikator/IKU-2/capaian'); //=> { jenis: 'indikator', indikator: 'IKU-2', sasaran: 'S2', bagian: 'capaian' }
 * uraiRujukan('anggaran/Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota/penyerapan'); //=> { jenis: 'anggaran', simpul: 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', bagian: 'penyerapan' }
 * uraiRujukan('indikator/IKU-1/riwayat/2023/realisasi'); //=> { jenis: 'riwayat', indikator: 'IKU-1', tahun: 2023, bagian: 'realisasi' }
 * uraiRujukan('indikator/IKU-1/capain').jenis; //=> 'tidak-valid'
 * ```
 */
export function uraiRujukan(masukan: string): Rujukan | RujukanTidakValid {
  if (typeof masukan !== 'string') {
    throw new SakipError('MASUKAN_TIDAK_VALID', `Rujukan harus teks, bukan ${teksMasukan(masukan)}.`, {
      masukan,
    });
  }
  if (masukan.length > PANJANG_MAKS) {
    return { jenis: 'tidak-valid', pesan: `rujukan ${masukan.length} karakter, lebih dari ${PANJANG_MAKS}.` };
  }
  const teks = masukan.trim();
  const s = teks.split('/');
  const [awal] = s;
  switch (awal) {
    case 'indikator': {
      if (s[2] === 'riwayat') {
        const tahun = Number(s[3]);
        if (s.length !== 5 || !/^\d{4}$/.test(s[3] ?? ''))
          return salah(teks, 'indikator/<id>/riwayat/<tahun>/<bagian>');
        const bagian = pilih(s[4], ['realisasi', 'target', 'capaian'] as const);
        if (bagian === undefined) return salah(teks, 'bagian riwayat harus realisasi, target, atau capaian');
        if (!s[1]) return salah(teks, 'id indikator kosong');
        return { jenis: 'riwayat', indikator: s[1], tahun, bagian };
      }
      if (s.length !== 3) return salah(teks, 'indikator/<id>/<bagian>');
      return indikator(teks, s[1], s[2], {});
    }
    case 'sasaran': {
      if (!s[1]) return salah(teks, 'id sasaran kosong');
      if (s[2] === 'indikator') {
        if (s.length !== 5) return salah(teks, 'sasaran/<id>/indikator/<id>/<bagian>');
        return indikator(teks, s[3], s[4], { sasaran: s[1] });
      }
      if (s.length !== 3) return salah(teks, 'sasaran/<id>/<bagian>');
      const bagian = pilih(s[2], BAGIAN_SASARAN);
      if (bagian === undefined)
        return salah(teks, `bagian sasaran harus salah satu dari ${daftar(BAGIAN_SASARAN)}`);
      return { jenis: 'sasaran', sasaran: s[1], bagian };
    }
    case 'anggaran': {
      if (s.length < 3) return salah(teks, 'anggaran/<kode atau nama>/<bagian>');
      // `…/indikator/<id>/<b>` at the end names an indicator of the node; otherwise the last segment
      // is the figure and everything before it the node's kode or nama.
      if (s.length >= 5 && s[s.length - 3] === 'indikator') {
        const simpul = s.slice(1, -3).join('/');
        if (simpul.trim() !== '') return indikator(teks, s[s.length - 2], s[s.length - 1], { simpul });
      }
      const simpul = s.slice(1, -1).join('/');
      if (simpul.trim() === '') return salah(teks, 'kode atau nama simpul anggaran kosong');
      const bagian = pilih(s[s.length - 1], BAGIAN_ANGGARAN);
      if (bagian === undefined)
        return salah(teks, `bagian anggaran harus salah satu dari ${daftar(BAGIAN_ANGGARAN)}`);
      return { jenis: 'anggaran', simpul, bagian };
    }
    case 'laporan': {
      if (s[1] === 'rataRata') {
        const bagian = pilih(s[2], BAGIAN_RATA_RATA);
        if (s.length !== 3 || bagian === undefined)
          return salah(teks, `laporan/rataRata/<bagian>, bagian salah satu dari ${daftar(BAGIAN_RATA_RATA)}`);
        return { jenis: 'rata-rata', bagian };
      }
      const bagian = pilih(s[1], BAGIAN_LAPORAN);
      if (s.length !== 2 || bagian === undefined)
        return salah(
          teks,
          `laporan/<bagian>, bagian salah satu dari ${daftar(BAGIAN_LAPORAN)} (atau laporan/rataRata/…)`,
        );
      return { jenis: 'laporan', bagian };
    }
    case 'skm': {
      if (s[1] === 'unit') {
        const unit = s.slice(2, -1).join('/');
        const bagian = pilih(s[s.length - 1], BAGIAN_SKM);
        if (s.length < 4 || unit.trim() === '' || bagian === undefined)
          return salah(teks, `skm/unit/<nama>/<bagian>, bagian salah satu dari ${daftar(BAGIAN_SKM)}`);
        return { jenis: 'skm', unit, bagian };
      }
      if (s[1] === 'unsur') {
        const bagian = pilih(s[3], BAGIAN_UNSUR);
        if (s.length !== 4 || !s[2] || bagian === undefined)
          return salah(
            teks,
            `skm/unsur/<nomor atau id>/<bagian>, bagian salah satu dari ${daftar(BAGIAN_UNSUR)}`,
          );
        return { jenis: 'skm-unsur', unsur: s[2], bagian };
      }
      const bagian = pilih(s[1], BAGIAN_SKM);
      if (s.length !== 2 || bagian === undefined)
        return salah(
          teks,
          `skm/<bagian>, bagian salah satu dari ${daftar(BAGIAN_SKM)} (atau skm/unit/…, skm/unsur/…)`,
        );
      return { jenis: 'skm', bagian };
    }
    case 'ikpa': {
      if (s[1] === 'indikator') {
        const bagian = pilih(s[3], BAGIAN_IKPA_INDIKATOR);
        if (s.length !== 4 || !s[2] || bagian === undefined)
          return salah(
            teks,
            `ikpa/indikator/<id>/<bagian>, bagian salah satu dari ${daftar(BAGIAN_IKPA_INDIKATOR)}`,
          );
        return { jenis: 'ikpa-indikator', indikator: s[2], bagian };
      }
      if (s[1] === 'aspek') {
        const aspek = s.slice(2).join('/');
        if (s.length < 3 || aspek.trim() === '') return salah(teks, 'ikpa/aspek/<nama>');
        return { jenis: 'ikpa-aspek', aspek };
      }
      const bagian = pilih(s[1], BAGIAN_IKPA);
      if (s.length !== 2 || bagian === undefined)
        return salah(
          teks,
          `ikpa/<bagian>, bagian salah satu dari ${daftar(BAGIAN_IKPA)} (atau ikpa/indikator/…, ikpa/aspek/…)`,
        );
      return { jenis: 'ikpa', bagian };
    }
    case 'nka': {
      const bagian = pilih(s[1], BAGIAN_NKA);
      if (s.length !== 2 || bagian === undefined) return salah(teks, 'nka/nilai');
      return { jenis: 'nka', bagian };
    }
    default:
      return salah(teks, 'awalnya harus indikator/, sasaran/, anggaran/, laporan/, skm/, ikpa/, atau nka/');
  }
}
