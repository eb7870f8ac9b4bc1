import { describe, expect, it } from 'vitest';
import { jalur, kunciTerdekat, pesanKunciAsing, sambungJalur } from '../../src/galat/jalur.js';
import { bacaObjek, ringkasMasalah, teksMasukan } from '../../src/galat/masukan.js';
import { galat } from '../alat/galat.js';

const CARA = { nama: 'Opsi contoh', kunci: ['format', 'kebijakan', 'desimal'] as const };

describe('bacaObjek', () => {
  it('membaca kunci yang dikenal ke salinan tanpa prototipe; undefined berarti tidak ada', () => {
    const o = bacaObjek({ format: 'id', desimal: 2, kebijakan: undefined }, CARA);
    expect(Object.getPrototypeOf(o)).toBeNull();
    expect({ ...o }).toEqual({ format: 'id', desimal: 2 });
    expect('kebijakan' in o).toBe(false);
  });

  it('undefined → {} untuk opsi; wajib bila bolehKosong: false', () => {
    expect({ ...bacaObjek(undefined, CARA) }).toEqual({});
    const g = galat(() => bacaObjek(undefined, { ...CARA, kode: 'MASUKAN_TIDAK_VALID', bolehKosong: false }));
    expect(g.kode).toBe('MASUKAN_TIDAK_VALID');
    expect(g.message).toBe('Opsi contoh harus objek, bukan undefined.');
  });

  it.each([
    [null, 'null'],
    [5, '5'],
    ['id', '"id"'],
    [[1, 2], 'larik (2 butir)'],
    [() => 1, 'fungsi'],
    [Symbol('s'), 'symbol'],
  ])('bukan objek (%s) → OPSI_TIDAK_VALID yang menyebutnya', (x, teks) => {
    const g = galat(() => bacaObjek(x, CARA));
    expect(g.kode).toBe('OPSI_TIDAK_VALID');
    expect(g.message).toBe(`Opsi contoh harus objek, bukan ${teks}.`);
  });

  it('kunci yang salah eja disebut dengan jalurnya dan kunci terdekat', () => {
    const g = galat(() => bacaObjek({ formatt: 'id' }, CARA));
    expect(g.masalah).toEqual([
      { lokasi: 'formatt', pesan: 'kunci "formatt" tidak dikenal — maksudnya "format"?' },
    ]);
    expect(g.lokasi).toBe('formatt');
    expect(g.message).toBe(
      'Opsi contoh tidak valid: formatt: kunci "formatt" tidak dikenal — maksudnya "format"?',
    );
  });

  it('semua masalah disebut, dengan awalan lokasi; kode dapat dipilih', () => {
    const g = galat(() =>
      bacaObjek(
        { kebjakan: 'POTONG', desimall: 2, warna: 'merah' },
        { ...CARA, lokasi: 'opsi[1]', kode: 'MASUKAN_TIDAK_VALID' },
      ),
    );
    expect(g.kode).toBe('MASUKAN_TIDAK_VALID');
    expect(g.masalah.map((m) => m.lokasi)).toEqual(['opsi[1].kebjakan', 'opsi[1].desimall', 'opsi[1].warna']);
    expect(g.masalah[0]?.pesan).toContain('maksudnya "kebijakan"?');
    expect(g.masalah[1]?.pesan).toContain('maksudnya "desimal"?');
    expect(g.masalah[2]?.pesan).toBe(
      'kunci "warna" tidak dikenal; yang dikenal: format, kebijakan, desimal.',
    );
  });

  it('getter tidak dijalankan dan ditolak; kunci simbol ditolak; properti tak terhitung diabaikan', () => {
    let dijalankan = 0;
    const x = Object.defineProperty({}, 'format', {
      enumerable: true,
      get() {
        dijalankan++;
        throw new Error('getter jahat');
      },
    });
    const g = galat(() => bacaObjek(x, CARA));
    expect(g.masalah).toEqual([
      { lokasi: 'format', pesan: 'properti getter/setter tidak diterima; beri nilainya.' },
    ]);
    expect(dijalankan).toBe(0);
    expect(galat(() => bacaObjek({ [Symbol('s')]: 1 }, CARA)).masalah[0]?.pesan).toBe(
      'kunci simbol tidak diterima.',
    );
    const tersembunyi = Object.defineProperty({ format: 'en' }, 'rahasia', { value: 1, enumerable: false });
    expect({ ...bacaObjek(tersembunyi, CARA) }).toEqual({ format: 'en' });
  });

  it('Proxy yang melempar dan Proxy yang dicabut: SakipError dengan sebabnya, bukan Error mentah', () => {
    const jahat = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('ownKeys');
        },
      },
    );
    const g = galat(() => bacaObjek(jahat, CARA));
    expect(g.kode).toBe('OPSI_TIDAK_VALID');
    expect(g.message).toBe('Opsi contoh tidak dapat dibaca (objek Proxy atau sejenisnya).');
    expect((g.cause as Error).message).toBe('ownKeys');
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(galat(() => bacaObjek(proxy, CARA)).kode).toBe('OPSI_TIDAK_VALID');
    const { proxy: larik, revoke: cabut } = Proxy.revocable([], {});
    cabut();
    expect(galat(() => bacaObjek(larik, CARA)).kode).toBe('OPSI_TIDAK_VALID');
  });

  it('salinan: perubahan objek pemanggil sesudahnya tidak mengubah yang sudah dibaca', () => {
    const asli: Record<string, unknown> = { format: 'id' };
    const o = bacaObjek(asli, CARA);
    asli.format = 'en';
    expect(o.format).toBe('id');
  });

  it('kunci __proto__ dari JSON ditolak, tanpa mencemari prototipe', () => {
    const x = JSON.parse('{"__proto__": {"format": "en"}, "format": "id"}');
    const g = galat(() => bacaObjek(x, CARA));
    expect(g.masalah.map((m) => m.lokasi)).toEqual(['__proto__']);
    expect(({} as { format?: unknown }).format).toBeUndefined();
  });
});

describe('jalur: satu format lokasi', () => {
  it('posisi larik dalam kurung, kunci dengan titik', () => {
    expect(jalur(['sasaran', 0, 'indikator', 1, 'target'])).toBe('sasaran[0].indikator[1].target');
    expect(jalur([0, 'a'])).toBe('[0].a');
    expect(jalur(['b', 2], 'opsi.a')).toBe('opsi.a.b[2]');
    expect(jalur([])).toBe('');
    expect(sambungJalur('', 'a')).toBe('a');
    expect(sambungJalur('a', 3)).toBe('a[3]');
    expect(sambungJalur('a[3]', 'b')).toBe('a[3].b');
  });

  it('saran kunci terdekat: salah ketik, huruf besar-kecil, transposisi; tidak untuk yang jauh', () => {
    const dikenal = ['kebijakan', 'pembulatan', 'batasAtas', 'format'];
    expect(kunciTerdekat('kebjakan', dikenal)).toBe('kebijakan');
    expect(kunciTerdekat('Format', dikenal)).toBe('format');
    expect(kunciTerdekat('fromat', dikenal)).toBe('format');
    expect(kunciTerdekat('batasatas', dikenal)).toBe('batasAtas');
    expect(kunciTerdekat('capaianMaks', dikenal)).toBeUndefined();
    expect(kunciTerdekat('x'.repeat(61), dikenal)).toBeUndefined();
  });

  it('pesan kunci asing memotong kunci yang panjang', () => {
    const pesan = pesanKunciAsing('k'.repeat(10_000), ['a']);
    expect(pesan.length).toBeLessThan(120);
    expect(pesan).toBe(`kunci "${'k'.repeat(60)}…" tidak dikenal; yang dikenal: a.`);
    expect(pesanKunciAsing('x', [])).toBe('kunci "x" tidak dikenal.');
  });
});

describe('teksMasukan dan ringkasMasalah', () => {
  it('teksMasukan tidak pernah melempar, apa pun masukannya', () => {
    const { proxy, revoke } = Proxy.revocable([], {});
    revoke();
    const larikJahat = new Proxy([1, 2], {
      get() {
        throw new Error('get');
      },
      getOwnPropertyDescriptor() {
        throw new Error('descriptor');
      },
    });
    expect(teksMasukan(proxy)).toBe('objek');
    expect(teksMasukan(larikJahat)).toBe('objek');
    expect(teksMasukan(Object.create(null))).toBe('objek');
    expect(teksMasukan('a'.repeat(100))).toBe(JSON.stringify(`${'a'.repeat(60)}…`));
    expect(teksMasukan(10n)).toBe('10');
  });

  it('pesan dibatasi: lima masalah pertama, lalu "… dan N masalah lain"', () => {
    const masalah = Array.from({ length: 100_000 }, (_, i) => ({
      lokasi: `[${i}]`,
      pesan: 'x'.repeat(1000),
    }));
    const teks = ringkasMasalah(masalah);
    expect(teks).toMatch(
      /^\[0\]: x+; \[1\]: x+; \[2\]: x+; \[3\]: x+; \[4\]: x+ … dan 99995 masalah lain \(lihat galat\.masalah\)$/,
    );
    expect(teks.length).toBeLessThan(5 * 300 + 100);
    expect(ringkasMasalah([{ lokasi: '', pesan: 'satu.' }])).toBe('satu');
  });
});
