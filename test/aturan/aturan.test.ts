import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { Decimal } from '../../src/angka/index.js';
import {
  aturanSah,
  bekukanPreset,
  buatAturan,
  IdentitasAturan,
  type JenisAturan,
  pilihAturan,
} from '../../src/aturan/aturan.js';
import { galat, kodeGalat } from '../alat/galat.js';

// A small kind of rule set, as a module would declare one: weights that must sum to 100, and limits
// that the check returns sorted (a payload transformed by `periksa`, still of the input's shape).
let diperiksa = 0;
const ISI = { bobot: z.record(z.string(), z.number().nonnegative()), batas: z.array(z.number()).optional() };
type Isi = { bobot: Record<string, number>; batas?: number[] };
const JENIS_BOBOT: JenisAturan<'bobot-contoh', typeof ISI, Isi> = {
  jenis: 'bobot-contoh',
  nama: 'Bobot contoh',
  isi: ISI,
  periksa: (isi) => {
    diperiksa++;
    const total = Object.values(isi.bobot).reduce((a, b) => a + b, 0);
    if (total !== 100) return { masalah: [{ lokasi: 'bobot', pesan: `jumlah bobot ${total}, bukan 100.` }] };
    return { hasil: isi.batas ? { ...isi, batas: [...isi.batas].sort((a, b) => a - b) } : isi };
  },
};
const buatBobot = (d: unknown) => buatAturan(JENIS_BOBOT, d);

const definisi = (id: string, dari?: number, sampai?: number) => ({
  id,
  nama: `Bobot ${id}`,
  sumber: 'Peraturan contoh',
  status: 'terverifikasi',
  ...(dari === undefined ? {} : { berlaku: { dari, sampai } }),
  bobot: { a: 60, b: 40 },
});

const PRESET = bekukanPreset({
  LAMA: buatBobot(definisi('LAMA', 2020, 2021)),
  TENGAH: buatBobot(definisi('TENGAH', 2022, 2023)),
  BARU: buatBobot(definisi('BARU', 2024, 2026)),
  KOREKSI_2025: buatBobot(definisi('KOREKSI_2025', 2025, 2025)),
  TANPA_TAHUN: buatBobot(definisi('TANPA_TAHUN')),
});

describe('buatAturan', () => {
  it('satu bentuk: identitas, jenis, muatan; hasil periksa dipakai; beku sampai ke dalam', () => {
    const a = buatBobot({ ...definisi('X'), catatan: 'contoh', batas: [3, 1, 2] });
    expect(a).toEqual({
      jenis: 'bobot-contoh',
      id: 'X',
      nama: 'Bobot X',
      sumber: 'Peraturan contoh',
      status: 'terverifikasi',
      catatan: 'contoh',
      bobot: { a: 60, b: 40 },
      batas: [1, 2, 3],
    });
    expect(Object.isFrozen(a) && Object.isFrozen(a.bobot) && Object.isFrozen(a.batas)).toBe(true);
    expect(aturanSah(a, 'bobot-contoh')).toBe(true);
    expect(aturanSah(a, 'jenis-lain')).toBe(false);
  });

  it('masukan tidak diubah dan tidak dibekukan', () => {
    const def = definisi('X', 2024, 2024);
    const salinan = structuredClone(def);
    buatBobot(def);
    expect(def).toEqual(salinan);
    expect(Object.isFrozen(def) || Object.isFrozen(def.bobot) || Object.isFrozen(def.berlaku)).toBe(false);
  });

  it('bentuk yang salah: ATURAN_TIDAK_VALID dengan setiap masalah dan jalurnya', () => {
    const g = galat(() =>
      buatBobot({
        id: '',
        nama: 'x',
        sumbr: 'y',
        status: 'pasti',
        berlaku: { dari: 2024.5 },
        bobot: { a: -1 },
      }),
    );
    expect(g.kode).toBe('ATURAN_TIDAK_VALID');
    expect(g.masalah.map((m) => m.lokasi).sort()).toEqual(
      ['id', 'sumber', 'sumbr', 'status', 'berlaku.dari', 'bobot.a'].sort(),
    );
    expect(g.message).toMatch(/^Bobot contoh tidak valid: /);
    expect(g.masalah.find((m) => m.lokasi === 'sumbr')?.pesan).toBe(
      'kunci "sumbr" tidak dikenal — maksudnya "sumber"?',
    );
  });

  it('pemeriksaan jenisnya (periksa): ATURAN_TIDAK_VALID dengan masalahnya', () => {
    const g = galat(() => buatBobot({ ...definisi('X'), bobot: { a: 60, b: 30 } }));
    expect(g.kode).toBe('ATURAN_TIDAK_VALID');
    expect(g.masalah).toEqual([{ lokasi: 'bobot', pesan: 'jumlah bobot 90, bukan 100.' }]);
    expect(g.message).toBe('Bobot contoh "X" tidak valid: bobot: jumlah bobot 90, bukan 100');
  });

  it('jenis yang berbeda ditolak', () => {
    expect(kodeGalat(() => buatBobot({ ...definisi('X'), jenis: 'kebijakan-pembulatan' }))).toBe(
      'ATURAN_TIDAK_VALID',
    );
    expect(buatBobot({ ...definisi('X'), jenis: 'bobot-contoh' }).jenis).toBe('bobot-contoh');
  });

  it.each([null, 5, 'X', [], undefined])('bukan objek (%s): ATURAN_TIDAK_VALID', (x) => {
    expect(kodeGalat(() => buatBobot(x))).toBe('ATURAN_TIDAK_VALID');
  });

  it('aturan yang sudah dibuat dikembalikan apa adanya: diperiksa sekali saja', () => {
    const sebelum = diperiksa;
    const a = buatBobot(definisi('SEKALI'));
    expect(diperiksa).toBe(sebelum + 1);
    for (let i = 0; i < 100; i++) {
      expect(buatBobot(a)).toBe(a);
      expect(pilihAturan(JENIS_BOBOT, PRESET, a)).toBe(a);
    }
    expect(diperiksa).toBe(sebelum + 1);
  });

  it('ingatan WeakSet tidak tertipu Object.freeze: objek beku yang tidak sah ditolak, yang sah diperiksa', () => {
    const bekuSalah = Object.freeze({ ...definisi('BEKU'), bobot: Object.freeze({ a: 1 }) });
    expect(kodeGalat(() => pilihAturan(JENIS_BOBOT, PRESET, bekuSalah))).toBe('ATURAN_TIDAK_VALID');
    expect(aturanSah(bekuSalah, 'bobot-contoh')).toBe(false);
    const sebelum = diperiksa;
    const bekuSah = Object.freeze({ ...definisi('BEKU'), bobot: Object.freeze({ a: 100 }) });
    const a = pilihAturan(JENIS_BOBOT, PRESET, bekuSah);
    expect(diperiksa).toBe(sebelum + 1);
    expect(a).not.toBe(bekuSah);
    expect(a).toEqual({ ...bekuSah, jenis: 'bobot-contoh' });
    // A copy of a valid rule (frozen, same content) is not the rule itself: it is validated again.
    const tiruan = Object.freeze({ ...PRESET.BARU });
    expect(aturanSah(tiruan, 'bobot-contoh')).toBe(false);
    const dariTiruan = pilihAturan(JENIS_BOBOT, PRESET, tiruan);
    expect(dariTiruan).not.toBe(PRESET.BARU);
    expect(dariTiruan).toEqual(PRESET.BARU);
  });

  it('IdentitasAturan: ketat, dengan batas panjang', () => {
    expect(IdentitasAturan.safeParse({ ...definisi('X'), bobot: {} }).success).toBe(false);
    expect(
      IdentitasAturan.safeParse({ id: 'X', nama: 'n', sumber: 's'.repeat(2001), status: 'terverifikasi' })
        .success,
    ).toBe(false);
  });
});

describe('pilihAturan', () => {
  it('dengan id', () => {
    expect(pilihAturan(JENIS_BOBOT, PRESET, 'TENGAH')).toBe(PRESET.TENGAH);
  });

  it.each(['BARUU', 'toString', '__proto__', 'constructor', ''])(
    'id tak dikenal %j: ATURAN_TIDAK_DIKENAL',
    (id) => {
      const g = galat(() => pilihAturan(JENIS_BOBOT, PRESET, id));
      expect(g.kode).toBe('ATURAN_TIDAK_DIKENAL');
      expect(g.message).toContain('yang dikenal: LAMA, TENGAH, BARU, KOREKSI_2025, TANPA_TAHUN.');
    },
  );

  it('dengan tahun: preset yang berlaku; bila beberapa, yang mulai paling akhir', () => {
    expect(pilihAturan(JENIS_BOBOT, PRESET, undefined, { tahun: 2020 })).toBe(PRESET.LAMA);
    expect(pilihAturan(JENIS_BOBOT, PRESET, undefined, { tahun: 2023 })).toBe(PRESET.TENGAH);
    expect(pilihAturan(JENIS_BOBOT, PRESET, undefined, { tahun: 2024 })).toBe(PRESET.BARU);
    expect(pilihAturan(JENIS_BOBOT, PRESET, undefined, { tahun: 2025 })).toBe(PRESET.KOREKSI_2025);
    expect(pilihAturan(JENIS_BOBOT, PRESET, undefined, { tahun: 2026 })).toBe(PRESET.BARU);
  });

  it.each([2019, 2027, 2099])(
    'tahun di luar setiap rentang (%i): ATURAN_TAHUN_TIDAK_DIKENAL, bukan tebakan',
    (tahun) => {
      const g = galat(() => pilihAturan(JENIS_BOBOT, PRESET, undefined, { tahun, bawaan: PRESET.BARU }));
      expect(g.kode).toBe('ATURAN_TAHUN_TIDAK_DIKENAL');
      expect(g.message).toBe(
        `Tidak ada bobot contoh untuk tahun ${tahun}; yang dikenal: LAMA (2020–2021), TENGAH (2022–2023), ` +
          'BARU (2024–2026), KOREKSI_2025 (2025–2025). Sebutkan aturannya.',
      );
    },
  );

  it.each([2024.5, '2024', Number.NaN, null])(
    'tahun yang bukan bilangan bulat (%s): OPSI_TIDAK_VALID',
    (tahun) => {
      expect(kodeGalat(() => pilihAturan(JENIS_BOBOT, PRESET, undefined, { tahun }))).toBe(
        'OPSI_TIDAK_VALID',
      );
    },
  );

  it('id atau objek didahulukan dari tahun; tanpa keduanya bawaan; tanpa bawaan galat', () => {
    expect(pilihAturan(JENIS_BOBOT, PRESET, 'LAMA', { tahun: 2025 })).toBe(PRESET.LAMA);
    expect(pilihAturan(JENIS_BOBOT, PRESET, undefined, { bawaan: PRESET.TENGAH })).toBe(PRESET.TENGAH);
    const g = galat(() => pilihAturan(JENIS_BOBOT, PRESET, undefined));
    expect(g.kode).toBe('ATURAN_TIDAK_DIKENAL');
    expect(g.message).toMatch(/harus disebut: id \(LAMA, TENGAH, BARU, KOREKSI_2025, TANPA_TAHUN\), tahun/);
  });

  it('objek aturan milik pengguna diperiksa saat dipakai; yang salah ATURAN_TIDAK_VALID', () => {
    const a = pilihAturan(JENIS_BOBOT, PRESET, definisi('SENDIRI'));
    expect(a.id).toBe('SENDIRI');
    expect(Object.isFrozen(a)).toBe(true);
    expect(kodeGalat(() => pilihAturan(JENIS_BOBOT, PRESET, { ...definisi('S'), bobot: { a: 1 } }))).toBe(
      'ATURAN_TIDAK_VALID',
    );
    expect(kodeGalat(() => pilihAturan(JENIS_BOBOT, PRESET, null))).toBe('ATURAN_TIDAK_VALID');
  });
});

describe('bekukanPreset', () => {
  it('membekukan koleksinya sampai ke dalam, tanpa rekursi (struktur sedalam apa pun)', () => {
    expect(Object.isFrozen(PRESET)).toBe(true);
    let dalam: Record<string, unknown> = { daun: [1, { x: new Decimal(1) }] };
    for (let i = 0; i < 100_000; i++) dalam = { anak: dalam };
    const beku = bekukanPreset(dalam);
    let n = beku as Record<string, unknown>;
    let kedalaman = 0;
    while (n.anak) {
      expect(Object.isFrozen(n)).toBe(true);
      n = n.anak as Record<string, unknown>;
      kedalaman++;
    }
    expect(kedalaman).toBe(100_000);
    expect(Object.isFrozen((n.daun as unknown[])[1])).toBe(true);
  });
});
