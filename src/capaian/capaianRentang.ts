import { DecimalInti as Decimal } from '../angka/Decimal.js';
import type { Angka } from '../angka/keDecimal.js';
import { bacaObjek } from '../galat/masukan.js';
import { SakipError } from '../galat/SakipError.js';
import { type Langkah, langkah } from '../hasil/hasil.js';
import type { Polaritas } from '../model/Indikator.js';
import { bacaPolaritas, bacaRumusNegatif, kosong } from './capaian.js';
import { capaianInti, galatCapaian, keDecimalDi, type RumusNegatif, rumusCapaian } from './inti.js';

/** Input of {@link capaianRentang}: a target given as a range `[targetBawah; targetAtas]`. */
export interface MasukanCapaianRentang {
  targetBawah: Angka;
  targetAtas: Angka;
  realisasi: Angka;
  polaritas?: Polaritas;
  rumusNegatif?: RumusNegatif;
  /** An upper cap, none by default. */
  batasAtas?: Angka;
}

/** Result of {@link capaianRentang}: the capaian, the bound it was measured against, and the steps. */
export interface HasilCapaianRentang {
  /** The capaian, exact (capped under `batasAtas`). */
  nilai: Decimal;
  /** `'dalam'`: realisasi inside the range (capaian 100); `'bawah'` / `'atas'`: the bound used. */
  dibandingkanDengan: 'dalam' | 'bawah' | 'atas';
  langkah: Langkah[];
}

const KUNCI = ['targetBawah', 'targetAtas', 'realisasi', 'polaritas', 'rumusNegatif', 'batasAtas'] as const;

/**
 * Achievement against a range target (capaian target rentang), PermenPAN-RB 8/2021: a realisasi
 * inside the range is 100; above the range it is compared with the upper bound, below the range with
 * the lower bound, by the indicator's formula ({@link capaian}). Exact, unrounded. Both bounds are
 * targets, so both must be positive.
 *
 * @throws {SakipError} `CAPAIAN_RENTANG_TIDAK_VALID` when `targetBawah` > `targetAtas`;
 * `MASUKAN_TIDAK_VALID`; the codes of {@link capaian}.
 *
 * @example
 * ```ts
 * import { capaianRentang } from 'sakip';
 * const dalam = capaianRentang({ targetBawah: 80, targetAtas: 90, realisasi: 85 });
 * [dalam.nilai, dalam.dibandingkanDengan]; //=> ['100', 'dalam']
 * capaianRentang({ targetBawah: 80, targetAtas: 90, realisasi: 99 }).nilai; //=> '110'
 * capaianRentang({ targetBawah: 80, targetAtas: 90, realisasi: 72 }).nilai; //=> '90'
 * capaianRentang({ targetBawah: 8, targetAtas: 10, realisasi: 12, polaritas: 'negatif' }).nilai; //=> '80'
 * capaianRentang({ targetBawah: 80, targetAtas: 90, realisasi: 99 }).langkah[0]?.rumus; //=> 'capaian = realisasi / target × 100'
 * capaianRentang({ targetBawah: 90, targetAtas: 80, realisasi: 85 }); //!> CAPAIAN_RENTANG_TIDAK_VALID
 * ```
 */
export function capaianRentang(masukan: MasukanCapaianRentang): HasilCapaianRentang {
  const m = bacaObjek(masukan, {
    nama: 'Masukan capaianRentang',
    kunci: KUNCI,
    kode: 'MASUKAN_TIDAK_VALID',
    bolehKosong: false,
  });
  for (const k of ['targetBawah', 'targetAtas', 'realisasi'] as const)
    if (m[k] === undefined) throw kosong(masukan, k);
  const bawah = keDecimalDi(m.targetBawah as Angka, 'targetBawah');
  const atas = keDecimalDi(m.targetAtas as Angka, 'targetAtas');
  const realisasi = keDecimalDi(m.realisasi as Angka, 'realisasi');
  const polaritas = bacaPolaritas(m.polaritas, 'MASUKAN_TIDAK_VALID');
  const rumus = bacaRumusNegatif(m.rumusNegatif, 'MASUKAN_TIDAK_VALID');
  const batasAtas = m.batasAtas === undefined ? undefined : keDecimalDi(m.batasAtas as Angka, 'batasAtas');
  if (bawah.greaterThan(atas)) {
    throw new SakipError(
      'CAPAIAN_RENTANG_TIDAK_VALID',
      `Target rentang terbalik: batas bawah ${bawah.toString()} lebih besar dari batas atas ${atas.toString()}.`,
      { masukan },
    );
  }
  return capaianRentangInti(bawah, atas, realisasi, polaritas, rumus, batasAtas, masukan);
}

/** {@link capaianRentang} on trusted values (internal core). */
export function capaianRentangInti(
  bawah: Decimal,
  atas: Decimal,
  realisasi: Decimal,
  polaritas: Polaritas,
  rumus: RumusNegatif,
  batasAtas: Decimal | undefined,
  asal?: unknown,
): HasilCapaianRentang {
  // Both bounds are targets: a range starting at 0 or below has no capaian outside it either.
  if (!bawah.isPositive() || bawah.isZero()) {
    throw galatCapaian(bawah.isZero() ? 'target-nol' : 'target-negatif', asal, 'targetBawah');
  }
  const dibandingkanDengan = realisasi.greaterThan(atas)
    ? 'atas'
    : realisasi.lessThan(bawah)
      ? 'bawah'
      : 'dalam';
  const jejak: Langkah[] = [];
  let nilai: Decimal;
  if (dibandingkanDengan === 'dalam') {
    nilai = new Decimal(100);
    jejak.push(
      langkah(
        'capaian = 100 bila targetBawah ≤ realisasi ≤ targetAtas',
        { targetBawah: bawah, targetAtas: atas, realisasi },
        nilai,
      ),
    );
  } else {
    const target = dibandingkanDengan === 'atas' ? atas : bawah;
    const c = capaianInti(target, realisasi, polaritas, rumus);
    if (typeof c === 'string') throw galatCapaian(c, asal, 'realisasi');
    nilai = c;
    jejak.push(
      langkah(
        rumusCapaian(polaritas, rumus),
        { realisasi, target },
        nilai,
        `realisasi di ${dibandingkanDengan === 'atas' ? 'atas' : 'bawah'} rentang: dibandingkan dengan target${dibandingkanDengan === 'atas' ? 'Atas' : 'Bawah'}`,
      ),
    );
  }
  if (batasAtas !== undefined) {
    const dibatasi = nilai.greaterThan(batasAtas) ? batasAtas : nilai;
    jejak.push(langkah('capaian = min(capaian, batas atas)', { capaian: nilai, batasAtas }, dibatasi));
    nilai = dibatasi;
  }
  return { nilai, dibandingkanDengan, langkah: jejak };
}
