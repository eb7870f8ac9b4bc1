import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ATURAN_IKPA, type AturanIkpa, Decimal, ikpa, SKALA } from '../../src/index.js';
import { bekukan, dihitung, galat, kodeGalat, lokasiGalat, nilai0sd100, rusakSemua } from './alat.js';

const SEMUA = Object.values(ATURAN_IKPA);
const semuaSeratus = (a: AturanIkpa) => Object.fromEntries(a.indikator.map((i) => [i.id, 100]));

// A hand-made PER-5/PB/2022 satker whose aspect values are the two verified printed ones, 84,36 and
// 98,14 (RUMUS.md §8). Hand computation:
//   perencanaan (100 + 68,72)/2 = 84,36; pelaksanaan (100 + 99,5 + 100 + 91,2 + 100)/5 = 490,7/5 = 98,14
//   Nilai Total = 10 + 6,872 + 20 + 9,95 + 10 + 9,12 + 5 + 24,325 = 95,267
const SATKER_2022 = {
  revisiDipa: 100,
  deviasiHalamanIIIDipa: '68,72',
  penyerapanAnggaran: 100,
  belanjaKontraktual: '99,5',
  penyelesaianTagihan: 100,
  pengelolaanUpTup: '91,2',
  dispensasiSpm: 100,
  capaianOutput: '97,3',
};
const { dispensasiSpm: _dispensasi, ...SATKER_2024 } = SATKER_2022;

/** The aspect values of a result as strings (`null` when not computable). */
const nilaiAspek = (h: ReturnType<typeof ikpa>) =>
  Object.fromEntries(
    Object.entries(dihitung(h).aspek).map(([id, a]) => [
      id,
      a.status === 'dihitung' ? a.nilai.toString() : null,
    ]),
  );

describe('ikpa: contoh hitungan tangan per aturan', () => {
  it.each(SEMUA.map((a) => [a.id, a] as const))('%s: semua indikator 100 → 100', (_id, a) => {
    for (const aturan of [a, a.id]) {
      const h = dihitung(ikpa(semuaSeratus(a), { aturan }));
      expect(h.nilai.toString()).toBe('100');
      expect(h.nilaiTotal.toString()).toBe('100');
      expect(h.konversiBobot.toString()).toBe('1');
      expect(h.pengurangDispensasi.toString()).toBe('0');
      expect(h.predikat?.label).toBe('Sangat Baik');
      expect(h.aturan).toEqual({ id: a.id, nama: a.nama, sumber: a.sumber, status: a.status });
      for (const v of Object.values(nilaiAspek(h))) expect(v).toBe('100');
    }
  });

  it('PER_4_PB_2020: Retur SP2D tidak berlaku, Capaian Output 50 → 90 / 0,95 = 1800/19', () => {
    // Σ bobot lain = 100 − 5 (retur) − 10 (capaian output) = 85 → 85; capaian output 50 × 10% = 5.
    const n = { ...semuaSeratus(ATURAN_IKPA.PER_4_PB_2020), returSp2d: null, capaianOutput: 50 };
    const h = dihitung(ikpa(n, { aturan: 'PER_4_PB_2020' }));
    expect(h.nilaiTotal.toString()).toBe('90');
    expect(h.konversiBobot.toString()).toBe('0.95');
    expect(h.nilai.eq(new Decimal(1800).div(19))).toBe(true);
    expect(h.nilai.toDecimalPlaces(2).toString()).toBe('94.74');
    expect(h.perIndikator.find((i) => i.id === 'returSp2d')).toMatchObject({
      nilai: null,
      nilaiTertimbang: null,
    });
    expect(h.aspek).toEqual({});
  });

  it('TA_2021: Capaian Output 50 → 83 + 8,5 = 91,5 (Baik), picked by year', () => {
    const n = { ...semuaSeratus(ATURAN_IKPA.TA_2021), capaianOutput: 50 };
    const h = dihitung(ikpa(n, { tahun: 2021 }));
    expect(h.aturan.id).toBe('TA_2021');
    expect(h.nilai.toString()).toBe('91.5');
    expect(h.predikat?.label).toBe('Baik');
  });

  it('PER_5_PB_2022: the verified aspect means 84,36 and 98,14', () => {
    const h = dihitung(ikpa(SATKER_2022, { aturan: 'PER_5_PB_2022' }));
    expect(h.nilaiTotal.toString()).toBe('95.267');
    expect(h.nilai.toString()).toBe('95.267');
    expect(nilaiAspek(h)).toEqual({ perencanaan: '84.36', pelaksanaan: '98.14', hasil: '97.3' });
    expect(h.aspek.perencanaan?.nama).toBe('Kualitas Perencanaan Anggaran');
    expect(h.perIndikator.map((i) => i.nilaiTertimbang?.toString())).toEqual([
      '10',
      '6.872',
      '20',
      '9.95',
      '10',
      '9.12',
      '5',
      '24.325',
    ]);
  });

  it('PER_5_PB_2022: the weighted aspect mean is a named option', () => {
    // pelaksanaan tertimbang: (100×20 + 99,5×10 + 100×10 + 91,2×10 + 100×5) / 55 = 5407/55
    const h = dihitung(ikpa(SATKER_2022, { aturan: 'PER_5_PB_2022', rerataAspek: 'tertimbang' }));
    const a = h.aspek;
    expect(a.perencanaan?.status === 'dihitung' && a.perencanaan.nilai.toString()).toBe('84.36');
    expect(a.pelaksanaan?.status === 'dihitung' && a.pelaksanaan.nilai.eq(new Decimal(5407).div(55))).toBe(
      true,
    );
    expect(a.pelaksanaan?.langkah[0]?.rumus).toMatch(/rata-rata tertimbang/);
    expect(kodeGalat(() => ikpa(SATKER_2022, { tahun: 2022, rerataAspek: 'median' as never }))).toBe(
      'OPSI_TIDAK_VALID',
    );
  });

  it('PER_5_PB_2022: Belanja Kontraktual tidak berlaku → 85,317 / 0,9 renormalised', () => {
    const h = dihitung(ikpa({ ...SATKER_2022, belanjaKontraktual: null }, { tahun: 2022 }));
    expect(h.nilaiTotal.toString()).toBe('85.317');
    expect(h.konversiBobot.toString()).toBe('0.9');
    expect(h.nilai.eq(new Decimal('85.317').div('0.9'))).toBe(true);
    expect(h.nilai.toDecimalPlaces(2).toString()).toBe('94.8');
    // pelaksanaan without it: (100 + 100 + 91,2 + 100)/4 = 97,8
    expect(nilaiAspek(h).pelaksanaan).toBe('97.8');
  });

  it('an aspect with no applicable indicator is "tidak dapat dihitung", the IKPA still is', () => {
    const h = dihitung(ikpa({ ...SATKER_2022, capaianOutput: null }, { tahun: 2023 }));
    expect(h.aspek.hasil).toMatchObject({
      status: 'tidak-dapat-dihitung',
      alasan: 'tidak-ada-indikator-berlaku',
    });
    expect(h.konversiBobot.toString()).toBe('0.75');
  });

  it('PER_5_PB_2024: deviasi weighs 15; dispensasi per mil deducts after renormalisation', () => {
    // 10 + 68,72×15% (10,308) + 20 + 9,95 + 10 + 9,12 + 24,325 = 93,703
    const tanpa = dihitung(ikpa(SATKER_2024, { aturan: 'PER_5_PB_2024' }));
    expect(tanpa.nilai.toString()).toBe('93.703');
    expect(tanpa.langkah.some((l) => l.catatan === 'rasio dispensasi tidak diberikan, dianggap 0 ‰')).toBe(
      true,
    );
    const h = dihitung(ikpa(SATKER_2024, { aturan: 'PER_5_PB_2024', dispensasiPermil: '0,5' }));
    expect(h.pengurangDispensasi.toString()).toBe('0.5');
    expect(h.nilaiSebelumPengurang.toString()).toBe('93.703');
    expect(h.nilai.toString()).toBe('93.203');
    // Renormalisation first, deduction second: (93,703 − 10)/0,9 − 0,75
    const r = dihitung(ikpa({ ...SATKER_2024, revisiDipa: null }, { tahun: 2025, dispensasiPermil: 2 }));
    expect(r.nilai.eq(new Decimal('83.703').div('0.9').minus('0.75'))).toBe(true);
  });

  it.each([
    [0, '0'],
    ['0,005', '0'],
    ['0,01', '0.25'],
    ['0,099', '0.25'],
    ['0,0995', '0.25'],
    ['0,1', '0.5'],
    ['0,99', '0.5'],
    [1, '0.75'],
    ['4,99', '0.75'],
    [5, '1'],
    [1000, '1'],
  ])('PER_5_PB_2024 tabel pengurang: %s ‰ → %s', (permil, pengurang) => {
    const h = dihitung(
      ikpa(semuaSeratus(ATURAN_IKPA.PER_5_PB_2024), { tahun: 2024, dispensasiPermil: permil }),
    );
    expect(h.pengurangDispensasi.toString()).toBe(pengurang);
    expect(h.nilai.toString()).toBe(new Decimal(100).minus(pengurang).toString());
  });

  it('the deduction never drives the score below 0', () => {
    const nol = Object.fromEntries(ATURAN_IKPA.PER_5_PB_2024.indikator.map((i) => [i.id, 0]));
    expect(dihitung(ikpa(nol, { tahun: 2024, dispensasiPermil: 10 })).nilai.toString()).toBe('0');
  });

  it('the trace (langkah) holds each step with its exact inputs and result', () => {
    const h = dihitung(ikpa({ ...SATKER_2022, belanjaKontraktual: null }, { tahun: 2022 }));
    const [total, konversi, akhir, pred] = h.langkah;
    expect(total?.rumus).toBe('Nilai Total = Σ nilai × bobot / 100 (indikator yang berlaku)');
    expect(total?.masukan.deviasiHalamanIIIDipa?.toString()).toBe('6.872');
    expect(total?.masukan.belanjaKontraktual).toBeUndefined();
    expect(total?.hasil.toString()).toBe('85.317');
    expect(konversi?.hasil.toString()).toBe('0.9');
    expect(konversi?.catatan).toBe('tidak berlaku bagi satker (null): belanjaKontraktual');
    expect(akhir?.rumus).toBe('Nilai Akhir = Nilai Total / Konversi Bobot');
    expect(akhir?.masukan).toEqual({ nilaiTotal: h.nilaiTotal, konversiBobot: h.konversiBobot });
    expect(akhir?.hasil).toBe(h.nilai);
    expect(pred).toMatchObject({ rumus: 'predikat menurut skala IKPA', hasil: 'Baik', catatan: '[89; 95)' });
    expect(h.langkah).toHaveLength(4);
    // Plain data: a copy through JSON keeps every step.
    expect(JSON.parse(JSON.stringify(h.langkah))).toHaveLength(4);
  });

  it('accepts numbers, Indonesian strings and Decimals alike', () => {
    const a = dihitung(ikpa(SATKER_2022, { tahun: 2022 }));
    const b = dihitung(
      ikpa(
        { ...SATKER_2022, deviasiHalamanIIIDipa: new Decimal('68.72'), capaianOutput: 97.3 },
        { tahun: 2022 },
      ),
    );
    expect(b.nilai.toString()).toBe(a.nilai.toString());
  });

  it('does not mutate its input', () => {
    const n = bekukan({ ...SATKER_2022, belanjaKontraktual: null });
    const opsi = bekukan({ tahun: 2022, skala: 'IKPA_VARIAN_79' });
    expect(() => ikpa(n, opsi)).not.toThrow();
  });

  it('a band table by id or object, or none', () => {
    expect(dihitung(ikpa(SATKER_2022, { tahun: 2022, skala: null })).predikat).toBeNull();
    // 95,267 − 24,325 + 17,5 = 88,442 → Cukup under both tables
    for (const skala of [SKALA.IKPA_VARIAN_79, 'IKPA_VARIAN_79']) {
      const h = dihitung(ikpa({ ...SATKER_2022, capaianOutput: 70 }, { tahun: 2022, skala }));
      expect(h.nilai.toString()).toBe('88.442');
      expect(h.predikat?.label).toBe('Cukup');
    }
    expect(kodeGalat(() => ikpa(SATKER_2022, { tahun: 2022, skala: 'IKPA_2099' }))).toBe(
      'ATURAN_TIDAK_DIKENAL',
    );
  });
});

describe('ikpa: hal yang tidak dapat dihitung', () => {
  it('every indicator null → status tidak-dapat-dihitung (not an error), with its reason and trace', () => {
    const n = Object.fromEntries(Object.keys(SATKER_2022).map((k) => [k, null]));
    const h = ikpa(n, { tahun: 2022 });
    expect(h.status).toBe('tidak-dapat-dihitung');
    if (h.status !== 'tidak-dapat-dihitung') return;
    expect(h.alasan).toBe('tidak-ada-indikator-berlaku');
    expect(h.pesan).toMatch(/PER_5_PB_2022/);
    expect(h.langkah.at(-1)?.hasil.toString()).toBe('0');
    expect('nilai' in h).toBe(false);
  });
});

describe('ikpa: memilih aturan (aturan, tahun)', () => {
  it.each([
    [2020, 'PER_4_PB_2020'],
    [2021, 'TA_2021'],
    [2022, 'PER_5_PB_2022'],
    [2023, 'PER_5_PB_2022'],
    [2024, 'PER_5_PB_2024'],
    [2026, 'PER_5_PB_2024'],
  ])('tahun %i → %s', (tahun, id) => {
    const a = ATURAN_IKPA[id as keyof typeof ATURAN_IKPA];
    expect(dihitung(ikpa(semuaSeratus(a), { tahun })).aturan.id).toBe(id);
  });

  it('ikpa(…, { tahun: 2099 }) is ATURAN_TAHUN_TIDAK_DIKENAL, not a guess', () => {
    const n = semuaSeratus(ATURAN_IKPA.PER_5_PB_2024);
    expect(kodeGalat(() => ikpa(n, { tahun: 2099 }))).toBe('ATURAN_TAHUN_TIDAK_DIKENAL');
    expect(galat(() => ikpa(n, { tahun: 2099 })).message).toMatch(/PER_5_PB_2024 \(2024–2026\)/);
    for (const tahun of [2027, 2019, 1999]) {
      expect(kodeGalat(() => ikpa(n, { tahun }))).toBe('ATURAN_TAHUN_TIDAK_DIKENAL');
    }
    // The caller can still name the rule for a later year explicitly.
    expect(dihitung(ikpa(n, { aturan: 'PER_5_PB_2024' })).nilai.toString()).toBe('100');
  });

  it('a year that is not an integer → OPSI_TIDAK_VALID', () => {
    for (const tahun of [2022.5, Number.NaN, '2022']) {
      expect(kodeGalat(() => ikpa(SATKER_2022, { tahun: tahun as number }))).toBe('OPSI_TIDAK_VALID');
    }
  });

  it('neither aturan nor tahun, or an unknown id → ATURAN_TIDAK_DIKENAL', () => {
    expect(kodeGalat(() => ikpa(SATKER_2022, {}))).toBe('ATURAN_TIDAK_DIKENAL');
    expect(kodeGalat(() => ikpa(SATKER_2022, undefined as never))).toBe('ATURAN_TIDAK_DIKENAL');
    expect(kodeGalat(() => ikpa(SATKER_2022, { aturan: 'PER-5/PB/2022' }))).toBe('ATURAN_TIDAK_DIKENAL');
    expect(galat(() => ikpa(SATKER_2022, { aturan: 'PER_5_PB_2023' })).message).toMatch(/PER_5_PB_2022/);
  });

  it('aturan and tahun together must agree', () => {
    expect(dihitung(ikpa(SATKER_2022, { aturan: 'PER_5_PB_2022', tahun: 2023 })).nilai.toString()).toBe(
      '95.267',
    );
    const f = () => ikpa(SATKER_2022, { aturan: 'PER_5_PB_2022', tahun: 2024 });
    expect(kodeGalat(f)).toBe('OPSI_TIDAK_VALID');
    expect(lokasiGalat(f)).toBe('opsi.tahun');
  });

  it('the 0.1 options versi is gone: an unknown key, not silently ignored', () => {
    expect(kodeGalat(() => ikpa(SATKER_2022, { versi: 'PER-5/PB/2022' } as never))).toBe('OPSI_TIDAK_VALID');
  });
});

describe('ikpa: opsi dan masukan ketat', () => {
  it('a misspelt option key is OPSI_TIDAK_VALID naming the nearest key', () => {
    const g = galat(() => ikpa(SATKER_2022, { tahn: 2023 } as never));
    expect(g.kode).toBe('OPSI_TIDAK_VALID');
    expect(g.message).toMatch(/"tahn" tidak dikenal — maksudnya "tahun"\?/);
    expect(g.masalah.map((m) => m.lokasi)).toEqual(['tahn']);
    expect(galat(() => ikpa(SATKER_2022, { tahun: 2022, dispensasiPermill: 1 } as never)).message).toMatch(
      /maksudnya "dispensasiPermil"/,
    );
  });

  it('a misspelt indicator id is IKPA_INDIKATOR_TIDAK_DIKENAL naming the nearest id', () => {
    const g = galat(() => ikpa({ ...SATKER_2022, revisiDIPA: 100 }, { tahun: 2022 }));
    expect(g.kode).toBe('IKPA_INDIKATOR_TIDAK_DIKENAL');
    expect(g.lokasi).toBe('nilai.revisiDIPA');
    expect(g.message).toMatch(/maksudnya "revisiDipa"\?/);
  });

  it('getters and Proxies in options or values are refused with a SakipError, never run', () => {
    let dibaca = 0;
    const opsi = Object.defineProperty({}, 'tahun', {
      enumerable: true,
      get: () => {
        dibaca++;
        return 2022;
      },
    });
    expect(kodeGalat(() => ikpa(SATKER_2022, opsi))).toBe('OPSI_TIDAK_VALID');
    const nilai = Object.defineProperty({ ...SATKER_2022 }, 'revisiDipa', {
      enumerable: true,
      get: () => {
        dibaca++;
        return 100;
      },
    });
    expect(kodeGalat(() => ikpa(nilai, { tahun: 2022 }))).toBe('IKPA_INDIKATOR_TIDAK_DIKENAL');
    expect(dibaca).toBe(0);
    const jebakan = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('jebakan');
        },
      },
    );
    expect(kodeGalat(() => ikpa(jebakan, { tahun: 2022 }))).toBe('IKPA_INDIKATOR_TIDAK_DIKENAL');
    expect(kodeGalat(() => ikpa(SATKER_2022, jebakan as never))).toBe('OPSI_TIDAK_VALID');
  });
});

describe('ikpa: hasil tidak berbagi objek dengan preset atau hasil lain', () => {
  it('mutating any result object cannot change a later result', () => {
    const jalankan = () => [
      ikpa(SATKER_2024, { tahun: 2024, dispensasiPermil: '0,5' }),
      ikpa({ ...SATKER_2022, capaianOutput: null }, { tahun: 2022 }),
      ikpa(Object.fromEntries(Object.keys(SATKER_2022).map((k) => [k, null])), { tahun: 2022 }),
      ikpa(semuaSeratus(ATURAN_IKPA.PER_4_PB_2020), { tahun: 2020, skala: 'IKPA_VARIAN_79' }),
    ];
    const sebelum = JSON.stringify(jalankan());
    for (let putaran = 0; putaran < 2; putaran++) {
      const hasil = jalankan();
      // The 0.1 bug: Object.assign(ikpa(…).pengurangDispensasi, 5) wrote into the preset's table.
      const h = dihitung(hasil[0]!);
      expect(() => Object.assign(h.pengurangDispensasi, new Decimal(5))).toThrow(TypeError);
      rusakSemua(hasil);
      expect(JSON.stringify(jalankan())).toBe(sebelum);
    }
    expect(dihitung(ikpa(SATKER_2024, { tahun: 2024, dispensasiPermil: '0,5' })).nilai.toString()).toBe(
      '93.203',
    );
  });

  it('every preset is deeply frozen, its Decimals too', () => {
    const tumpuk: unknown[] = [ATURAN_IKPA];
    let n = 0;
    while (tumpuk.length > 0) {
      const x = tumpuk.pop();
      if (typeof x !== 'object' || x === null) continue;
      expect(Object.isFrozen(x)).toBe(true);
      n++;
      for (const [k, v] of Object.entries(x)) if (k !== 'constructor') tumpuk.push(v);
    }
    expect(n).toBeGreaterThan(100);
    const baris = ATURAN_IKPA.PER_5_PB_2024.pengurangDispensasi?.[4];
    expect(() => Object.assign(baris?.pengurang ?? {}, new Decimal(5))).toThrow(TypeError);
    expect(baris?.pengurang.toString()).toBe('1');
  });
});

describe('ikpa: galat', () => {
  it('missing indicators → IKPA_INDIKATOR_HILANG, every one with its lokasi', () => {
    const { capaianOutput: _c, revisiDipa: _r, ...n } = SATKER_2022;
    const g = galat(() => ikpa(n, { tahun: 2022 }));
    expect(g.kode).toBe('IKPA_INDIKATOR_HILANG');
    expect(g.masalah.map((m) => m.lokasi)).toEqual(['nilai.revisiDipa', 'nilai.capaianOutput']);
    // undefined is missing, not "not applicable"
    expect(
      kodeGalat(() => ikpa({ ...SATKER_2022, capaianOutput: undefined as unknown as null }, { tahun: 2022 })),
    ).toBe('IKPA_INDIKATOR_HILANG');
  });

  it('unknown indicator → IKPA_INDIKATOR_TIDAK_DIKENAL (including ids of another rule)', () => {
    expect(kodeGalat(() => ikpa({ ...SATKER_2022, lpjBendahara: 100 }, { tahun: 2022 }))).toBe(
      'IKPA_INDIKATOR_TIDAK_DIKENAL',
    );
    // 2024 has no weighted dispensasi: it must come as dispensasiPermil
    expect(kodeGalat(() => ikpa(SATKER_2022, { tahun: 2024 }))).toBe('IKPA_INDIKATOR_TIDAK_DIKENAL');
    expect(kodeGalat(() => ikpa(SATKER_2022, { tahun: 2022, dispensasiPermil: 1 }))).toBe(
      'IKPA_INDIKATOR_TIDAK_DIKENAL',
    );
  });

  it.each([-1, '-0,01', '100,01', 101, 1e9])('value %s out of range → IKPA_NILAI_DI_LUAR_RENTANG', (v) => {
    expect(kodeGalat(() => ikpa({ ...SATKER_2022, revisiDipa: v }, { tahun: 2022 }))).toBe(
      'IKPA_NILAI_DI_LUAR_RENTANG',
    );
  });

  it('dispensasi ratio out of 0–1000 ‰ → IKPA_NILAI_DI_LUAR_RENTANG', () => {
    const n = semuaSeratus(ATURAN_IKPA.PER_5_PB_2024);
    expect(kodeGalat(() => ikpa(n, { tahun: 2024, dispensasiPermil: -0.1 }))).toBe(
      'IKPA_NILAI_DI_LUAR_RENTANG',
    );
    expect(kodeGalat(() => ikpa(n, { tahun: 2024, dispensasiPermil: '1000,1' }))).toBe(
      'IKPA_NILAI_DI_LUAR_RENTANG',
    );
  });

  it('unreadable values keep the parser code and gain a lokasi', () => {
    const f = () => ikpa({ ...SATKER_2022, penyerapanAnggaran: '#VALUE!' }, { tahun: 2022 });
    expect(kodeGalat(f)).toBe('ANGKA_GALAT_SPREADSHEET');
    expect(lokasiGalat(f)).toBe('nilai.penyerapanAnggaran');
    expect(kodeGalat(() => ikpa({ ...SATKER_2022, revisiDipa: Number.NaN }, { tahun: 2022 }))).toBe(
      'ANGKA_TIDAK_HINGGA',
    );
  });

  it('values not an object → MASUKAN_TIDAK_VALID', () => {
    for (const x of [null, [100], 5, 'x', new Decimal(5)]) {
      expect(kodeGalat(() => ikpa(x as never, { tahun: 2022 }))).toMatch(
        /^(MASUKAN_TIDAK_VALID|IKPA_INDIKATOR_TIDAK_DIKENAL)$/,
      );
    }
    expect(kodeGalat(() => ikpa(null as never, { tahun: 2022 }))).toBe('MASUKAN_TIDAK_VALID');
  });
});

/** Random inputs for a rule: each indicator a 2-decimal value or (sometimes) null. */
const masukanAcak = (a: AturanIkpa, bolehNull: boolean) =>
  fc
    .tuple(...a.indikator.map(() => (bolehNull ? fc.option(nilai0sd100, { freq: 4 }) : nilai0sd100)))
    .map(
      (vs) =>
        Object.fromEntries(a.indikator.map((i, n) => [i.id, vs[n] ?? null])) as Record<
          string,
          Decimal | null
        >,
    );

const minMaks = (vs: readonly Decimal[]) => {
  let min = vs[0] as Decimal;
  let maks = min;
  for (const v of vs) {
    if (v.lt(min)) min = v;
    if (v.gt(maks)) maks = v;
  }
  return [min, maks] as const;
};

describe('ikpa: hukum (fast-check)', () => {
  it.each(SEMUA.map((a) => [a.id, a] as const))(
    '%s: nilai sebelum pengurang di antara min dan maks masukan yang berlaku; semua null → tidak dapat dihitung',
    (_id, a) => {
      fc.assert(
        fc.property(masukanAcak(a, true), (m) => {
          const h = ikpa(m, { aturan: a });
          const vs = Object.values(m).filter((v): v is Decimal => v !== null);
          if (vs.length === 0) {
            expect(h.status).toBe('tidak-dapat-dihitung');
            return;
          }
          const d = dihitung(h);
          const [min, maks] = minMaks(vs);
          expect(d.nilaiSebelumPengurang.gte(min)).toBe(true);
          expect(d.nilaiSebelumPengurang.lte(maks)).toBe(true);
          expect(d.nilai.gte(0) && d.nilai.lte(100)).toBe(true);
        }),
      );
    },
  );

  it.each(SEMUA.map((a) => [a.id, a] as const))(
    '%s: renormalisasi tidak mengubah satker yang semua indikatornya berlaku',
    (_id, a) => {
      fc.assert(
        fc.property(masukanAcak(a, false), (m) => {
          const h = dihitung(ikpa(m, { aturan: a }));
          expect(h.konversiBobot.toString()).toBe('1');
          expect(h.nilaiSebelumPengurang.toString()).toBe(h.nilaiTotal.toString());
        }),
      );
    },
  );

  it.each(SEMUA.map((a) => [a.id, a] as const))(
    '%s: sama dengan rata-rata tertimbang yang dihitung dengan bilangan bulat (per seratus)',
    (_id, a) => {
      fc.assert(
        fc.property(masukanAcak(a, true), (m) => {
          // Independent: Σ (value in hundredths × weight in hundredths) / Σ weights, in BigInt.
          let pembilang = 0n;
          let penyebut = 0n;
          for (const i of a.indikator) {
            const v = m[i.id];
            if (v === null || v === undefined) continue;
            const w = BigInt(i.bobot.times(100).toFixed(0));
            pembilang += BigInt(v.times(100).toFixed(0)) * w;
            penyebut += w;
          }
          fc.pre(penyebut > 0n);
          const harapan = new Decimal(pembilang.toString()).div(penyebut.toString()).div(100);
          expect(dihitung(ikpa(m, { aturan: a })).nilaiSebelumPengurang.toString()).toBe(harapan.toString());
        }),
      );
    },
  );

  it('menaikkan satu indikator tidak pernah menurunkan nilai akhir', () => {
    const a = ATURAN_IKPA.PER_5_PB_2022;
    fc.assert(
      fc.property(masukanAcak(a, true), fc.nat({ max: 7 }), nilai0sd100, (m, k, tambah) => {
        const id = a.indikator[k]?.id as string;
        const v = m[id];
        fc.pre(v !== null && v !== undefined);
        const naik = Decimal.min(v.plus(tambah), 100);
        const sebelum = dihitung(ikpa(m, { aturan: a })).nilai;
        const sesudah = dihitung(ikpa({ ...m, [id]: naik }, { aturan: a })).nilai;
        expect(sesudah.gte(sebelum)).toBe(true);
      }),
    );
  });

  it('PER_5_PB_2024: pengurang naik menurut rasio, nilai akhir = maks(0, sebelum − pengurang)', () => {
    const a = ATURAN_IKPA.PER_5_PB_2024;
    const permil = fc.integer({ min: 0, max: 1_000_000 }).map((n) => new Decimal(n).div(1000));
    fc.assert(
      fc.property(masukanAcak(a, true), permil, permil, (m, p, q) => {
        fc.pre(Object.values(m).some((v) => v !== null));
        const [kecil, besar] = p.lte(q) ? [p, q] : [q, p];
        const h1 = dihitung(ikpa(m, { aturan: a, dispensasiPermil: kecil }));
        const h2 = dihitung(ikpa(m, { aturan: a, dispensasiPermil: besar }));
        expect(h2.pengurangDispensasi.gte(h1.pengurangDispensasi)).toBe(true);
        expect(h2.nilai.lte(h1.nilai)).toBe(true);
        const harapan = Decimal.max(0, h1.nilaiSebelumPengurang.minus(h1.pengurangDispensasi));
        expect(h1.nilai.toString()).toBe(harapan.toString());
      }),
    );
  });

  it('the simple aspect mean lies between its indicators, for every rule with aspects', () => {
    for (const a of [ATURAN_IKPA.PER_5_PB_2022, ATURAN_IKPA.PER_5_PB_2024]) {
      fc.assert(
        fc.property(masukanAcak(a, true), (m) => {
          fc.pre(Object.values(m).some((v) => v !== null));
          const h = dihitung(ikpa(m, { aturan: a }));
          for (const asp of a.aspek) {
            const vs = a.indikator
              .filter((i) => i.aspek === asp.id)
              .map((i) => m[i.id])
              .filter((v): v is Decimal => v != null);
            const r = h.aspek[asp.id];
            if (vs.length === 0) {
              expect(r?.status).toBe('tidak-dapat-dihitung');
              continue;
            }
            const [min, maks] = minMaks(vs);
            expect(r?.status === 'dihitung' && r.nilai.gte(min) && r.nilai.lte(maks)).toBe(true);
          }
        }),
      );
    }
  });
});
