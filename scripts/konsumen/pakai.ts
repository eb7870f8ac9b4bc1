// The one consumer file of scripts/check-consumers.sh: it is copied unchanged into throw-away
// projects (moduleResolution nodenext, node16, bundler, and CommonJS), each installing the packed
// tarball, and type-checked there with strict: true and skipLibCheck: false. It is not part of the
// repo's own typecheck (tsconfig.json excludes scripts/konsumen): 'sakip' here is the built package.
//
// Keep it small: one call from each module, so that a broken or `any` declaration shows up. When the
// public API is renamed, update the names here.
import {
  auditLaporan,
  bulatkan,
  capaian,
  type Decimal,
  formatRupiah,
  hitungLaporan,
  isSakipError,
  keDecimal,
  mutuSkm,
  nilaiKinerjaAnggaran,
  parseAngka,
  penyerapan,
  predikat,
  SakipError,
  SKALA,
} from 'sakip';
import { SAKIP_CAPAIAN } from 'sakip/sheets';

/** true when T is `any`: used below to prove the results are typed. */
type EsAny<T> = 0 extends 1 & T ? true : false;

// angka
const x: Decimal = parseAngka('Rp 6.811.847.000,00');
const b: Decimal = bulatkan(keDecimal('80,4349'), 2);
const rupiah: string = formatRupiah(x);

// anggaran: a Decimal result must be a Decimal, not `any`.
const p = penyerapan({ pagu: 100, realisasi: 50 });
const pBukanAny: EsAny<typeof p> = false;
p.toFixed(2);
// @ts-expect-error a typo on a Decimal must be a type error (the result is not any)
p.toFixd(2);

// capaian, predikat
const c: Decimal = capaian({ target: '69,02', realisasi: '92,71' });
const label: string = predikat(c, SKALA.PERMENDAGRI_54_2010).label;

// skm
const mutu: string = mutuSkm('88,31').mutu;

// ikpa
const nka = nilaiKinerjaAnggaran({ smart: '84,76', ikpa: '95,91' }, { tahun: 2023 });
const nkaBukanAny: EsAny<typeof nka.nilai> = false;

// laporan
const laporan = hitungLaporan({
  instansi: 'Dinas Contoh',
  tahun: 2024,
  sasaran: [
    { id: 'S1', nama: 'Sasaran', indikator: [{ id: 'I1', nama: 'Indikator', target: 1, realisasi: 1 }] },
  ],
});
const tahun: number = laporan.tahun;

// audit: the finding union narrows on status; a Decimal in it is a Decimal.
const audit = auditLaporan({
  instansi: 'Dinas Contoh',
  tahun: 2024,
  sasaran: [
    {
      id: 'S1',
      nama: 'Sasaran',
      indikator: [{ id: 'I1', nama: 'Indikator', target: '1,31', realisasi: '0,73' }],
    },
  ],
  tercetak: [{ rujukan: 'indikator/I1/capaian', teks: '55,72' }],
});
const t = audit.temuan[0];
const selisih = t?.status === 'salah' ? t.selisih?.toFixed(2) : undefined;
const jumlahSalah: number = audit.ringkasan.salah;

// sheets: plain values in and out.
const sel: number | string = SAKIP_CAPAIAN(69.02, 92.71, '', 2);

// galat
let kode = '';
try {
  parseAngka('#VALUE!');
} catch (e) {
  if (e instanceof SakipError) kode = e.kode;
  if (isSakipError(e, 'ANGKA_GALAT_SPREADSHEET')) kode = e.kode;
}

export { b, jumlahSalah, kode, label, mutu, nkaBukanAny, pBukanAny, rupiah, sel, selisih, tahun };
