// The cores hitungLaporan and the audit call with trusted values (src/skm/inti): same figures as the
// public functions, and the report-only case of an SKM section printing just an IKM or just a value.
import { describe, expect, it } from 'vitest';
import { ATURAN_SKM, ikmGabungan, keDecimal, mutuSkm, skm } from '../../src/index.js';
import {
  bacaOpsiSkm,
  ikmGabunganInti,
  mutuSkmInti,
  pilihAturanSkm,
  skmDariNrrInti,
  skmDariRingkasInti,
  skmInti,
} from '../../src/skm/inti/index.js';
import { kodeGalat, lokasiGalat } from '../alat/galat.js';
import { SEPULUH_RESPONDEN } from './contoh.js';

const P14 = ATURAN_SKM.PERMENPANRB_14_2017;
const K25 = ATURAN_SKM.KEPMENPAN_25_2004;
// Trusted values are Decimals of sakip's own constructor, as the model's parse gives them.
const d = (x: string | number) => keDecimal(x, { format: 'en' });

describe('skmDariRingkasInti: bagian SKM laporan yang hanya mencetak IKM atau nilai', () => {
  it('hanya IKM: nilai = IKM × 25, mutu menurut aturan', () => {
    const h = skmDariRingkasInti({ ikm: d('3.059') }, K25);
    expect(h.status).toBe('dihitung');
    if (h.status !== 'dihitung') return;
    expect([h.nilai.toString(), h.ikm.toString(), h.mutu, h.kinerja, h.aturan]).toEqual([
      '76.475',
      '3.059',
      'B',
      'Baik',
      'KEPMENPAN_25_2004',
    ]);
    const p = skmDariRingkasInti({ ikm: d('3.059'), nilai: null }, P14);
    expect(p.status === 'dihitung' && p.mutu).toBe('C');
  });

  it('hanya nilai: IKM = nilai / 25', () => {
    const h = skmDariRingkasInti({ nilai: d('92.11') }, P14);
    expect(h.status === 'dihitung' && [h.ikm.toString(), h.mutu]).toEqual(['3.6844', 'A']);
  });

  it('keduanya: nilai yang menentukan, IKM tercetak dicatat di langkah', () => {
    const h = skmDariRingkasInti({ ikm: d('3.68'), nilai: d('92.11') }, P14);
    expect(h.status === 'dihitung' && h.ikm.toString()).toBe('3.6844');
    expect(h.langkah[0]?.catatan).toContain('tidak dipakai');
  });

  it('tidak ada keduanya: tidak dapat dihitung (bukan galat)', () => {
    const h = skmDariRingkasInti({ ikm: null, nilai: undefined }, P14);
    expect(h).toEqual({
      status: 'tidak-dapat-dihitung',
      alasan: 'skm-kosong',
      pesan: 'Bagian SKM tidak memuat IKM maupun nilai: mutunya tidak dapat dihitung.',
      langkah: [],
    });
  });

  it('di luar rentang: galat dengan lokasi', () => {
    expect(kodeGalat(() => skmDariRingkasInti({ ikm: d(87) }, P14))).toBe('SKM_NILAI_DI_LUAR_RENTANG');
    expect(lokasiGalat(() => skmDariRingkasInti({ ikm: d(87) }, P14))).toBe('ikm');
    expect(lokasiGalat(() => skmDariRingkasInti({ nilai: d('3.5') }, P14))).toBe('nilai');
  });
});

describe('inti sama dengan fungsi publiknya', () => {
  it('mutuSkmInti', () => {
    expect(mutuSkmInti(d('3.059'), K25, 'indeks')).toEqual(mutuSkm(3.059, { satuan: 'indeks', aturan: K25 }));
  });

  it('skmInti dari total', () => {
    const o = bacaOpsiSkm(undefined, 'Opsi');
    const ids = P14.unsur.map((_, j) => j);
    const total = {
      responden: SEPULUH_RESPONDEN.length,
      jumlah: ids.map((j) => SEPULUH_RESPONDEN.reduce((s, b) => s + (b[j] ?? 0), 0)),
      banyak: ids.map((j) => SEPULUH_RESPONDEN.filter((b) => b[j] !== null).length),
    };
    expect(skmInti(total, o)).toEqual(skm(SEPULUH_RESPONDEN));
  });

  it('skmDariNrrInti', () => {
    const o = bacaOpsiSkm({ aturan: 'PERMENPANRB_14_2017' }, 'Opsi');
    const h = skmDariNrrInti([92, 93, 91, 94, 90, 92, 93, 92, 92].map(d), 'nilai', o);
    expect(h.nilai.eq(d(829).div(9))).toBe(true);
    expect(kodeGalat(() => skmDariNrrInti([d(3)], 'indeks', o))).toBe('SKM_BARIS_TIDAK_SERAGAM');
  });

  it('ikmGabunganInti dengan unit laporan (Decimal, responden bulat)', () => {
    const unit = [
      { nama: 'UPT A', ikm: d('3.60'), responden: 300 },
      { ikm: d('3.20'), responden: 100 },
    ];
    const g = ikmGabunganInti(unit, pilihAturanSkm(undefined), 'responden');
    expect([g.ikm.toString(), g.nilai.toString(), g.mutu, g.satuan]).toEqual(['3.5', '87.5', 'B', 'indeks']);
    expect(g).toEqual(
      ikmGabungan([
        { nama: 'UPT A', ikm: '3,60', responden: 300 },
        { ikm: '3,20', responden: 100 },
      ]),
    );
    expect(pilihAturanSkm('KEPMENPAN_25_2004')).toBe(K25);
  });
});
