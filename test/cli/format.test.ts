// The command line's building blocks: the JSON syntax-error locator, CSV quoting, the JSON writer,
// text sanitising, the colour switch, tables, and argument reading at its edges.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bacaArgumen, type Spesifikasi } from '../../src/cli/argumen.js';
import { cariGalatJson, letakDi } from '../../src/cli/berkas.js';
import { csv, selCsv } from '../../src/cli/csv.js';
import { dokumenMd, tabelTeks } from '../../src/cli/dokumen.js';
import { GalatPemakaian } from '../../src/cli/galat.js';
import { keJson } from '../../src/cli/json.js';
import { angkaRingkas, bersihkan, buatWarna, warnaDiizinkan } from '../../src/cli/teks.js';
import { keDecimal } from '../../src/index.js';
import { karakterKendali } from './alat.js';

/** Where the locator puts an error, as `baris:kolom pesan`. */
function galatJson(teks: string): string | undefined {
  const g = cariGalatJson(teks);
  if (g === undefined) return undefined;
  const l = letakDi(teks, g.indeks);
  return `${l.baris}:${l.kolom} ${g.pesan}`;
}

describe('letak galat JSON', () => {
  it('menyebut baris, kolom, dan apa yang salah', () => {
    expect(galatJson('{"a": 1,}')).toBe('1:9 koma berlebih sebelum "}"');
    expect(galatJson('[1, 2,]')).toBe('1:7 koma berlebih sebelum "]"');
    expect(galatJson('{\n  "a": 1\n  "b": 2\n}')).toBe('3:3 "," atau "}" diharapkan, bukan """');
    expect(galatJson("{'a': 1}")).toBe('1:2 nama kunci dalam tanda kutip ganda diharapkan, bukan "\'"');
    expect(galatJson('{"a" 1}')).toBe('1:6 ":" diharapkan setelah nama kunci, bukan "1"');
    expect(galatJson('{"a": "x\ny"}')).toBe(
      '1:9 karakter kendali U+000A di dalam teks (baris baru ditulis \\n)',
    );
    expect(galatJson('{"a": "tidak ditutup}')).toBe(
      '1:7 teks yang dimulai di sini tidak ditutup dengan tanda kutip',
    );
    expect(galatJson('{"a": 1.234,5}')).toBe('1:13 nama kunci dalam tanda kutip ganda diharapkan, bukan "5"');
    expect(galatJson('{"a": 01}')).toBe(
      '1:7 angka tidak valid (JSON menulis angka seperti 92.71, tanpa pemisah ribuan)',
    );
    expect(galatJson('{"a": "\\x"}')).toBe('1:8 escape \\x tidak dikenal');
    expect(galatJson('{"a": tru}')).toBe('1:7 nilai diharapkan, bukan "t"');
    expect(galatJson('{} {}')).toBe('1:4 ada "{" setelah JSON selesai');
    expect(galatJson('{"a": [1, 2')).toBe('1:12 teks berakhir sebelum JSON selesai');
    expect(galatJson('   ')).toBe('1:4 berkas kosong');
  });

  it('tidak menemukan galat pada JSON yang sah (sifat: sama dengan JSON.parse)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (v, rapi) => {
        const teks = JSON.stringify(v, null, rapi ? 2 : undefined);
        expect(cariGalatJson(teks)).toBeUndefined();
      }),
    );
  });

  it('setiap teks yang ditolak JSON.parse punya letak galat', () => {
    fc.assert(
      fc.property(
        fc.jsonValue(),
        fc.nat(),
        fc.constantFrom(',', '}', ']', '"', ':', 'x', '{', '\n'),
        (v, i, c) => {
          const sah = JSON.stringify(v);
          const teks = sah.slice(0, i % (sah.length + 1)) + c + sah.slice(i % (sah.length + 1));
          let ditolak = false;
          try {
            JSON.parse(teks);
          } catch {
            ditolak = true;
          }
          expect(cariGalatJson(teks) !== undefined).toBe(ditolak);
        },
      ),
    );
  });

  it('bersarang sangat dalam tanpa rekursi', () => {
    const dalam = `${'['.repeat(200_000)}${']'.repeat(199_999)}`;
    expect(galatJson(dalam)).toBe('1:400000 teks berakhir sebelum JSON selesai');
  });
});

describe('CSV (RFC 4180)', () => {
  it('mengutip koma, kutip dan baris baru; kutip digandakan', () => {
    expect(selCsv('biasa')).toBe('biasa');
    expect(selCsv('55,72')).toBe('"55,72"');
    expect(selCsv('kata "kutip"')).toBe('"kata ""kutip"""');
    expect(selCsv('dua\nbaris')).toBe('"dua\nbaris"');
    expect(selCsv(null)).toBe('');
    expect(selCsv(12)).toBe('12');
    expect(
      csv(
        ['a', 'b'],
        [
          ['1', null],
          ['x,y', 'z'],
        ],
      ),
    ).toBe('a,b\r\n1,\r\n"x,y",z\r\n');
  });

  it('sel mirip rumus diawali apostrof, angka negatif tidak', () => {
    expect(selCsv('=1+1')).toBe("'=1+1");
    expect(selCsv('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(selCsv('+62 811')).toBe("'+62 811");
    expect(selCsv('-0.736')).toBe('-0.736');
    expect(selCsv('-1.493.430.872')).toBe('-1.493.430.872');
  });

  it('karakter kendali diganti, baris baru dipertahankan di dalam kutip', () => {
    expect(selCsv('a\u001b[31mb')).toBe('a\uFFFD[31mb');
    expect(karakterKendali(selCsv('a\u0007\u009b\u202eb'))).toEqual([]);
  });
});

describe('keJson', () => {
  it('Decimal sebagai teks desimal biasa, undefined sebagai null, urutan kunci dipertahankan', () => {
    const teks = keJson({ b: keDecimal('0.0000001'), a: undefined, c: [1, 'x', null, true], d: {}, e: [] });
    expect(teks).toBe(
      '{\n  "b": "0.0000001",\n  "a": null,\n  "c": [\n    1,\n    "x",\n    null,\n    true\n  ],\n  "d": {},\n  "e": []\n}',
    );
    expect(JSON.parse(keJson({ x: keDecimal(1e19) })).x).toBe('10000000000000000000');
  });

  it('sama dengan JSON.stringify pada data JSON biasa', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(keJson(v)).toBe(JSON.stringify(v, null, 2));
      }),
    );
  });

  it('karakter yang dapat mengendalikan terminal di-escape, datanya tetap', () => {
    const s = 'A\u007f\u009b31m\u202eB\u2028';
    const teks = keJson({ s });
    expect(karakterKendali(teks)).toEqual([]);
    expect(JSON.parse(teks).s).toBe(s);
  });

  it('struktur sangat dalam tanpa rekursi', () => {
    let akar: unknown = 'daun';
    for (let i = 0; i < 100_000; i++) akar = { anak: [akar] };
    const teks = keJson(akar, 0);
    expect(teks.length).toBeGreaterThan(100_000 * 10);
    expect(teks.endsWith(`"daun"${']}'.repeat(100_000)}`.replace(/\]\}/g, '\n]\n}'))).toBe(true);
  });
});

describe('teks untuk terminal', () => {
  it('bersihkan: kendali menjadi U+FFFD, tab dan baris baru menjadi spasi', () => {
    expect(bersihkan('a\tb\nc\r\nd')).toBe('a b c  d');
    expect(bersihkan('x\u001b[2Jy\u0007\u009b\u202e\u2066z')).toBe('x\uFFFD[2Jy\uFFFD\uFFFD\uFFFD\uFFFDz');
    expect(bersihkan('Rp6.811.847.000 — 55,72%')).toBe('Rp6.811.847.000 — 55,72%');
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(karakterKendali(bersihkan(s))).toEqual([]);
      }),
    );
  });

  it('angka ringkas: dipotong dengan elipsis, bukan dibulatkan', () => {
    expect(angkaRingkas(keDecimal('55.7251908'), 4)).toBe('55,7251…');
    expect(angkaRingkas(keDecimal('55.72'), 4)).toBe('55,72');
    expect(angkaRingkas(keDecimal('-1493430872'), 2)).toBe('-1.493.430.872');
  });

  it('warna hanya di terminal tanpa NO_COLOR (https://no-color.org)', () => {
    expect(warnaDiizinkan(true, {})).toBe(true);
    expect(warnaDiizinkan(false, {})).toBe(false);
    expect(warnaDiizinkan(true, { NO_COLOR: '1' })).toBe(false);
    expect(warnaDiizinkan(true, { NO_COLOR: '' })).toBe(true);
    expect(buatWarna(false)('x', 'merah')).toBe('x');
    expect(buatWarna(true)('x', 'merah')).toBe('\u001b[31mx\u001b[39m');
  });

  it('tabel: angka rata kanan, kolom terakhir bebas, sel panjang dipotong', () => {
    const t = tabelTeks(
      [{ judul: 'Nama', maks: 8 }, { judul: 'Nilai', kanan: true }, { judul: 'Keterangan' }],
      [
        ['Program Pemberdayaan', '1.227.826.990', 'pendek'],
        ['B', '5', 'kalimat yang jauh lebih panjang dari judulnya'],
      ],
      buatWarna(false),
    );
    expect(t).toEqual([
      'Nama              Nilai  Keterangan',
      '--------  -------------  ----------',
      'Program…  1.227.826.990  pendek',
      'B                     5  kalimat yang jauh lebih panjang dari judulnya',
    ]);
    expect(dokumenMd([{ jenis: 'tabel', kolom: [{ judul: 'a|b' }], baris: [['x\\y|z']] }])).toBe(
      '| a\\|b |\n| --- |\n| x\\\\y\\|z |',
    );
  });
});

describe('baca argumen', () => {
  const spek: Spesifikasi = {
    nama: 'uji',
    ringkas: 'uji',
    pemakaian: ['uji <nilai>'],
    uraian: [],
    posisi: { min: 1, maks: 2, nama: 'nilai' },
    opsi: [
      { nama: 'target', jenis: 'teks', keterangan: 'x' },
      { nama: 'negatif', jenis: 'bendera', keterangan: 'y' },
    ],
  };

  it('angka negatif adalah nilai, bukan opsi', () => {
    expect(bacaArgumen(spek, ['-5', '--target', '-0,736'])).toMatchObject({
      posisi: ['-5'],
      nilai: { target: '-0,736' },
    });
    expect(bacaArgumen(spek, ['--target=-5', '−3'])).toMatchObject({
      posisi: ['−3'],
      nilai: { target: '-5' },
    });
    expect(bacaArgumen(spek, ['--', '--negatif'])).toMatchObject({ posisi: ['--negatif'], nilai: {} });
    expect(bacaArgumen(spek, ['x', '--target', '-'])).toMatchObject({ nilai: { target: '-' } });
  });

  it('setiap kesalahan disebut sekaligus', () => {
    expect(() => bacaArgumen(spek, ['x', '--targt', '1', '--negatif=1'])).toThrow(
      new GalatPemakaian(
        'opsi --targt tidak dikenal; maksudnya --target? opsi --negatif tidak menerima nilai (tulis --negatif saja).',
      ),
    );
  });
});
