import type { Decimal } from '../angka/Decimal.js';
import { SakipError } from '../galat/SakipError.js';
import { bacaNilaiIkpa, bacaOpsiIkpaInti, ikpaInti, pilihAturanIkpa } from '../ikpa/ikpa.js';
import { pilihAturanBertahun } from '../ikpa/masukan.js';
import {
  ATURAN_NKA,
  bacaNilaiNka,
  JENIS_NKA,
  nilaiKinerjaAnggaranInti,
} from '../ikpa/nilaiKinerjaAnggaran.js';
import { angkaSel, keSel, pembulatanSel, type SelAtauRentang, selRentang, teksSel } from './sel.js';

/** A cell naming a year (2023, `"2023"`) or a rule id (`"PER_5_PB_2022"`): which of the two it is. */
function bacaTahunAtauAturan(x: unknown): { tahun?: number; aturan?: string } {
  const t = teksSel(x, 'tahun');
  if (t === undefined) return {};
  return /^\d{4}$/.test(t) ? { tahun: Number(t) } : { aturan: t };
}

/**
 * The IKPA score of a satker, for a spreadsheet cell (SAKIP_IKPA): `nilai` is a range (a row or a
 * column) of the indicator values **in the rule's order**; a blank cell is an indicator that does not
 * apply to the satker (its weight is shared out: Nilai Akhir = Nilai Total / Konversi Bobot).
 * `tahunAtauAturan` is the tahun anggaran (2023) or a rule id (`"PER_5_PB_2022"`). Orders:
 * PER-5/PB/2022 (TA 2022–2023) — Revisi DIPA, Deviasi Halaman III DIPA, Penyerapan Anggaran, Belanja
 * Kontraktual, Penyelesaian Tagihan, Pengelolaan UP dan TUP, Dispensasi SPM, Capaian Output;
 * PER-5/PB/2024 (TA 2024–2026) — the same without Dispensasi SPM, which is a deduction instead: give
 * `dispensasiPermil` (SPM under dispensation per mil). The core of `ikpa`; rounded only when
 * `desimal` is given.
 *
 * @throws {SakipError} `IKPA_INDIKATOR_HILANG` (fewer cells than the rule's indicators),
 * `IKPA_INDIKATOR_TIDAK_DIKENAL` (more), `IKPA_NILAI_DI_LUAR_RENTANG`, `ATURAN_TAHUN_TIDAK_DIKENAL`,
 * `ATURAN_TIDAK_DIKENAL`, `DESIMAL_TIDAK_VALID`, the codes of `keDecimal`.
 *
 * @example
 * ```ts
 * import { SAKIP_IKPA } from 'sakip/sheets';
 * const nilai = [[100, '68,72', 100, '99,5', 100, '91,2', 100, '97,3']];
 * SAKIP_IKPA(nilai, 2023); //=> 95.267
 * SAKIP_IKPA(nilai, 'PER_5_PB_2022'); //=> 95.267
 * SAKIP_IKPA([[100, '68,72', 100, '', 100, '91,2', 100, '97,3']], 2023, '', 4); //=> 94.7967
 * SAKIP_IKPA([[100, 90, 100, 100, 100, 100, 100]], 2024, 0.5); //=> 98
 * SAKIP_IKPA([[100, 90, 100]], 2023); //!> IKPA_INDIKATOR_HILANG
 * SAKIP_IKPA(nilai, 2099); //!> ATURAN_TAHUN_TIDAK_DIKENAL
 * ```
 */
export function SAKIP_IKPA(
  nilai: SelAtauRentang,
  tahunAtauAturan: SelAtauRentang,
  dispensasiPermil?: SelAtauRentang,
  desimal?: SelAtauRentang,
  mode?: SelAtauRentang,
): number | string {
  const pilihan = bacaTahunAtauAturan(tahunAtauAturan);
  const aturan = pilihAturanIkpa(pilihan.aturan, pilihan.tahun);
  const bulat = pembulatanSel(desimal, mode);
  const sel = selRentang(nilai);
  const ids = aturan.indikator.map((i) => i.id);
  if (sel.length !== ids.length) {
    throw new SakipError(
      sel.length < ids.length ? 'IKPA_INDIKATOR_HILANG' : 'IKPA_INDIKATOR_TIDAK_DIKENAL',
      `nilai: aturan ${aturan.id} memiliki ${ids.length} indikator (urutan: ${ids.join(', ')}), ` +
        `rentang berisi ${sel.length} sel; indikator yang tidak berlaku dikosongkan.`,
      { masukan: nilai, lokasi: 'nilai' },
    );
  }
  const rekaman: Record<string, Decimal | null> = {};
  ids.forEach((id, i) => {
    rekaman[id] = angkaSel(sel[i], `nilai.${id}`);
  });
  const permil = angkaSel(dispensasiPermil, 'dispensasiPermil');
  const o = bacaOpsiIkpaInti(
    { skala: null, ...(permil === null ? {} : { dispensasiPermil: permil }) },
    aturan,
    'SAKIP_IKPA',
  );
  const h = ikpaInti(bacaNilaiIkpa(rekaman, aturan), aturan, o);
  return h.status === 'dihitung' ? keSel(h.nilai, bulat) : h.pesan;
}

/**
 * The Nilai Kinerja Anggaran, for a spreadsheet cell (SAKIP_NKA): `bobot × SMART + bobot × IKPA` with
 * the weights of `tahunAtauAturan` — a tahun anggaran (60/40 in 2022, 50/50 from 2023, PMK 62/2023)
 * or a rule id of `ATURAN_NKA`. A year no rule covers is an error, never a guess. The core of
 * `nilaiKinerjaAnggaran`; rounded only when `desimal` is given. A blank SMART or IKPA gives a blank
 * result.
 *
 * @throws {SakipError} `NKA_NILAI_DI_LUAR_RENTANG`, `ATURAN_TAHUN_TIDAK_DIKENAL`, `ATURAN_TIDAK_DIKENAL`,
 * `DESIMAL_TIDAK_VALID`, the codes of `keDecimal`.
 *
 * @example
 * ```ts
 * import { SAKIP_NKA } from 'sakip/sheets';
 * SAKIP_NKA('84,76', '95,91', 2023); //=> 90.335
 * SAKIP_NKA(84.76, 95.91, 2023, 2, 'potong'); //=> 90.33
 * SAKIP_NKA(84.76, 95.91, 'TA_2022'); //=> 89.22
 * SAKIP_NKA('', 95.91, 2023); //=> ''
 * SAKIP_NKA(80, 90, 2021); //!> ATURAN_TAHUN_TIDAK_DIKENAL
 * SAKIP_NKA(80, 101, 2023); //!> NKA_NILAI_DI_LUAR_RENTANG
 * ```
 */
export function SAKIP_NKA(
  smart: SelAtauRentang,
  ikpa: SelAtauRentang,
  tahunAtauAturan: SelAtauRentang,
  desimal?: SelAtauRentang,
  mode?: SelAtauRentang,
): number | '' {
  const pilihan = bacaTahunAtauAturan(tahunAtauAturan);
  const aturan = pilihAturanBertahun(JENIS_NKA, ATURAN_NKA, pilihan.aturan, pilihan.tahun);
  const bulat = pembulatanSel(desimal, mode);
  const s = angkaSel(smart, 'smart');
  const i = angkaSel(ikpa, 'ikpa');
  if (s === null || i === null) return '';
  return keSel(nilaiKinerjaAnggaranInti(bacaNilaiNka({ smart: s, ikpa: i }), aturan).nilai, bulat);
}
