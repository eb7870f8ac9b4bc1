// The `rujukan` grammar (AUDIT.md, docs/audit.md): every path form parses to what it names, aliases
// keep their sasaran, names may contain `/`, and a path outside the grammar is `tidak-valid` with a
// message that says what was expected — never an exception.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { uraiRujukan } from '../../src/index.js';
import { galat } from '../alat/galat.js';

const NAMA_PANJANG = 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota';

describe('uraiRujukan: setiap bentuk tata rujukan', () => {
  it.each([
    ['indikator/IKU-1/target', { jenis: 'indikator', indikator: 'IKU-1', bagian: 'target' }],
    ['indikator/IKU-1/realisasi', { jenis: 'indikator', indikator: 'IKU-1', bagian: 'realisasi' }],
    ['indikator/IKU-1/capaian', { jenis: 'indikator', indikator: 'IKU-1', bagian: 'capaian' }],
    ['indikator/IKU-1/predikat', { jenis: 'indikator', indikator: 'IKU-1', bagian: 'predikat' }],
    ['indikator/IKU-1/capaianRenstra', { jenis: 'indikator', indikator: 'IKU-1', bagian: 'capaianRenstra' }],
    [
      'indikator/IKU-1/perubahanTahunan',
      { jenis: 'indikator', indikator: 'IKU-1', bagian: 'perubahanTahunan' },
    ],
    [
      'indikator/IKU-1/riwayat/2023/realisasi',
      { jenis: 'riwayat', indikator: 'IKU-1', tahun: 2023, bagian: 'realisasi' },
    ],
    ['sasaran/S1/capaian', { jenis: 'sasaran', sasaran: 'S1', bagian: 'capaian' }],
    ['sasaran/S1/predikat', { jenis: 'sasaran', sasaran: 'S1', bagian: 'predikat' }],
    ['sasaran/S1/pagu', { jenis: 'sasaran', sasaran: 'S1', bagian: 'pagu' }],
    ['sasaran/S1/realisasi', { jenis: 'sasaran', sasaran: 'S1', bagian: 'realisasi' }],
    ['sasaran/S1/sisa', { jenis: 'sasaran', sasaran: 'S1', bagian: 'sisa' }],
    ['sasaran/S1/persentaseSisa', { jenis: 'sasaran', sasaran: 'S1', bagian: 'persentaseSisa' }],
    ['sasaran/S1/penyerapan', { jenis: 'sasaran', sasaran: 'S1', bagian: 'penyerapan' }],
    ['sasaran/S1/efisiensi', { jenis: 'sasaran', sasaran: 'S1', bagian: 'efisiensi' }],
    ['sasaran/S1/nilaiEfisiensi', { jenis: 'sasaran', sasaran: 'S1', bagian: 'nilaiEfisiensi' }],
    ['sasaran/S1/paguKaliCapaian', { jenis: 'sasaran', sasaran: 'S1', bagian: 'paguKaliCapaian' }],
    ['sasaran/S1/selisihEfisiensi', { jenis: 'sasaran', sasaran: 'S1', bagian: 'selisihEfisiensi' }],
    ['sasaran/S1/efisien', { jenis: 'sasaran', sasaran: 'S1', bagian: 'efisien' }],
    ['anggaran/1.06.04/pagu', { jenis: 'anggaran', simpul: '1.06.04', bagian: 'pagu' }],
    ['anggaran/1.06.04/realisasi', { jenis: 'anggaran', simpul: '1.06.04', bagian: 'realisasi' }],
    ['anggaran/1.06.04/sisa', { jenis: 'anggaran', simpul: '1.06.04', bagian: 'sisa' }],
    ['anggaran/1.06.04/persentaseSisa', { jenis: 'anggaran', simpul: '1.06.04', bagian: 'persentaseSisa' }],
    ['anggaran/1.06.04/penyerapan', { jenis: 'anggaran', simpul: '1.06.04', bagian: 'penyerapan' }],
    ['anggaran/1.06.04/capaian', { jenis: 'anggaran', simpul: '1.06.04', bagian: 'capaian' }],
    [
      'anggaran/Penyediaan Makanan/penyerapan',
      { jenis: 'anggaran', simpul: 'Penyediaan Makanan', bagian: 'penyerapan' },
    ],
    [
      'anggaran/1.06.04/indikator/IK-7/capaian',
      { jenis: 'anggaran-indikator', simpul: '1.06.04', indikator: 'IK-7', bagian: 'capaian' },
    ],
    ['laporan/rataRata/target', { jenis: 'rata-rata', bagian: 'target' }],
    ['laporan/rataRata/realisasi', { jenis: 'rata-rata', bagian: 'realisasi' }],
    ['laporan/rataRata/capaian', { jenis: 'rata-rata', bagian: 'capaian' }],
    ['laporan/rataRata/predikat', { jenis: 'rata-rata', bagian: 'predikat' }],
    ['laporan/pagu', { jenis: 'laporan', bagian: 'pagu' }],
    ['laporan/realisasi', { jenis: 'laporan', bagian: 'realisasi' }],
    ['laporan/sisa', { jenis: 'laporan', bagian: 'sisa' }],
    ['laporan/persentaseSisa', { jenis: 'laporan', bagian: 'persentaseSisa' }],
    ['laporan/penyerapan', { jenis: 'laporan', bagian: 'penyerapan' }],
    ['skm/nilai', { jenis: 'skm', bagian: 'nilai' }],
    ['skm/ikm', { jenis: 'skm', bagian: 'ikm' }],
    ['skm/mutu', { jenis: 'skm', bagian: 'mutu' }],
    ['skm/unit/UPT Panti/nilai', { jenis: 'skm', unit: 'UPT Panti', bagian: 'nilai' }],
    ['skm/unsur/3/nrr', { jenis: 'skm-unsur', unsur: '3', bagian: 'nrr' }],
    ['skm/unsur/waktu/nilai', { jenis: 'skm-unsur', unsur: 'waktu', bagian: 'nilai' }],
    ['ikpa/nilai', { jenis: 'ikpa', bagian: 'nilai' }],
    ['ikpa/predikat', { jenis: 'ikpa', bagian: 'predikat' }],
    [
      'ikpa/indikator/revisiDipa/nilai',
      { jenis: 'ikpa-indikator', indikator: 'revisiDipa', bagian: 'nilai' },
    ],
    [
      'ikpa/indikator/revisiDipa/tertimbang',
      { jenis: 'ikpa-indikator', indikator: 'revisiDipa', bagian: 'tertimbang' },
    ],
    ['ikpa/aspek/Kualitas Perencanaan', { jenis: 'ikpa-aspek', aspek: 'Kualitas Perencanaan' }],
    ['nka/nilai', { jenis: 'nka', bagian: 'nilai' }],
  ])('%s', (rujukan, harapan) => {
    expect(uraiRujukan(rujukan)).toEqual(harapan);
  });

  it('alias sasaran/<sid>/indikator/<id>/<b> menyimpan sasarannya', () => {
    expect(uraiRujukan('sasaran/S2/indikator/IKU-2/capaian')).toEqual({
      jenis: 'indikator',
      indikator: 'IKU-2',
      sasaran: 'S2',
      bagian: 'capaian',
    });
    // Without the alias there is no `sasaran` key at all (not `sasaran: undefined`).
    expect(Object.keys(uraiRujukan('indikator/IKU-2/capaian'))).toEqual(['jenis', 'indikator', 'bagian']);
  });

  it('nama simpul berisi "/": semua di antara anggaran/ dan /<b> terakhir', () => {
    expect(uraiRujukan(`anggaran/${NAMA_PANJANG}/penyerapan`)).toEqual({
      jenis: 'anggaran',
      simpul: NAMA_PANJANG,
      bagian: 'penyerapan',
    });
    expect(uraiRujukan('anggaran/A/B/C/pagu')).toEqual({
      jenis: 'anggaran',
      simpul: 'A/B/C',
      bagian: 'pagu',
    });
  });

  it('anggaran/<nama>/indikator/<id>/<b>, juga bila nama berisi "/"', () => {
    expect(uraiRujukan(`anggaran/${NAMA_PANJANG}/indikator/IK-1/realisasi`)).toEqual({
      jenis: 'anggaran-indikator',
      simpul: NAMA_PANJANG,
      indikator: 'IK-1',
      bagian: 'realisasi',
    });
    expect(uraiRujukan('anggaran/Kegiatan/indikator/IK-1/predikat')).toEqual({
      jenis: 'anggaran-indikator',
      simpul: 'Kegiatan',
      indikator: 'IK-1',
      bagian: 'predikat',
    });
  });

  it('nama unit SKM dan aspek IKPA boleh berisi "/"', () => {
    expect(uraiRujukan('skm/unit/UPT A/B/ikm')).toEqual({ jenis: 'skm', unit: 'UPT A/B', bagian: 'ikm' });
    expect(uraiRujukan('ikpa/aspek/Perencanaan/Pelaksanaan')).toEqual({
      jenis: 'ikpa-aspek',
      aspek: 'Perencanaan/Pelaksanaan',
    });
  });

  it('spasi di tepi diabaikan', () => {
    expect(uraiRujukan('  sasaran/S1/efisien \n')).toEqual({
      jenis: 'sasaran',
      sasaran: 'S1',
      bagian: 'efisien',
    });
  });
});

describe('uraiRujukan: rujukan di luar tata rujukan → tidak-valid, pesan menyebut yang diharapkan', () => {
  it.each([
    // [path, a phrase the message must contain]
    ['', 'awalnya harus indikator/, sasaran/, anggaran/'],
    ['/', 'awalnya harus'],
    ['Indikator/IKU-1/capaian', 'awalnya harus'],
    ['capaian', 'awalnya harus'],
    ['indikator/IKU-1/capain', 'bagian indikator harus salah satu dari target, realisasi, capaian, predikat'],
    ['indikator/IKU-1', 'indikator/<id>/<bagian>'],
    ['indikator/IKU-1/capaian/', 'indikator/<id>/<bagian>'],
    ['indikator//capaian', 'id indikator kosong'],
    ['indikator/IKU-1/riwayat/23/realisasi', 'indikator/<id>/riwayat/<tahun>/<bagian>'],
    ['indikator/IKU-1/riwayat/2023', 'indikator/<id>/riwayat/<tahun>/<bagian>'],
    ['indikator/IKU-1/riwayat/2023/predikat', 'bagian riwayat harus realisasi, target, atau capaian'],
    ['sasaran//capaian', 'id sasaran kosong'],
    ['sasaran/S1', 'sasaran/<id>/<bagian>'],
    ['sasaran/S1/target', 'bagian sasaran harus salah satu dari capaian, predikat, pagu'],
    ['sasaran/S1/indikator/IKU-1', 'sasaran/<id>/indikator/<id>/<bagian>'],
    ['sasaran/S1/indikator/IKU-1/capaian/x', 'sasaran/<id>/indikator/<id>/<bagian>'],
    ['sasaran/S1/indikator//capaian', 'id indikator kosong'],
    ['anggaran/1.06', 'anggaran/<kode atau nama>/<bagian>'],
    ['anggaran//penyerapan', 'kode atau nama simpul anggaran kosong'],
    ['anggaran/ /penyerapan', 'kode atau nama simpul anggaran kosong'],
    ['anggaran/1.06/efisiensi', 'bagian anggaran harus salah satu dari pagu, realisasi, sisa'],
    ['anggaran/1.06/indikator/IK-1/capain', 'bagian indikator harus salah satu dari'],
    ['anggaran/1.06/indikator//capaian', 'id indikator kosong'],
    ['laporan/rataRata', 'laporan/rataRata/<bagian>'],
    ['laporan/rataRata/penyerapan', 'laporan/rataRata/<bagian>, bagian salah satu dari target, realisasi'],
    ['laporan/capaian', 'laporan/<bagian>, bagian salah satu dari pagu, realisasi, sisa'],
    ['laporan/pagu/x', 'laporan/<bagian>'],
    ['skm/unit//nilai', 'skm/unit/<nama>/<bagian>'],
    ['skm/unit/UPT/nrr', 'skm/unit/<nama>/<bagian>, bagian salah satu dari nilai, ikm, mutu'],
    ['skm/unsur/3/ikm', 'skm/unsur/<nomor atau id>/<bagian>'],
    ['skm/unsur//nrr', 'skm/unsur/<nomor atau id>/<bagian>'],
    ['skm/nrr', 'skm/<bagian>, bagian salah satu dari nilai, ikm, mutu'],
    ['ikpa/indikator/revisiDipa', 'ikpa/indikator/<id>/<bagian>'],
    ['ikpa/aspek', 'ikpa/aspek/<nama>'],
    ['ikpa/aspek/ ', 'ikpa/aspek/<nama>'],
    ['ikpa/mutu', 'ikpa/<bagian>, bagian salah satu dari nilai, predikat'],
    ['nka/nilai/x', 'nka/nilai'],
    ['nka', 'nka/nilai'],
  ])('%j', (rujukan, frasa) => {
    const r = uraiRujukan(rujukan);
    expect(r.jenis).toBe('tidak-valid');
    if (r.jenis !== 'tidak-valid') return;
    expect(r.pesan).toContain('tidak sesuai tata rujukan');
    expect(r.pesan).toContain(frasa);
    // The message quotes the path as written (trimmed) so a reader finds it in the report.
    expect(r.pesan).toContain(`"${rujukan.trim()}"`);
  });
});

/** A segment of a path: ids, names, empty, `/`-free noise, the grammar's own words. */
const segmen = fc.oneof(
  fc.constantFrom(
    'indikator',
    'sasaran',
    'anggaran',
    'laporan',
    'rataRata',
    'riwayat',
    'skm',
    'unit',
    'unsur',
    'ikpa',
    'aspek',
    'nka',
    'capaian',
    'predikat',
    'nilai',
    'penyerapan',
    '2023',
    '',
    ' ',
    'IKU-1',
  ),
  fc.string({ maxLength: 6 }),
);
/** Paths made of such segments: near-misses of the grammar rather than pure noise. */
const jalur = fc.array(segmen, { minLength: 1, maxLength: 8 }).map((s) => s.join('/'));

describe('uraiRujukan: hukum', () => {
  it('tidak pernah melempar untuk teks apa pun, dan selalu memberi jenis yang dikenal', () => {
    const JENIS = new Set([
      'indikator',
      'riwayat',
      'sasaran',
      'anggaran',
      'anggaran-indikator',
      'rata-rata',
      'laporan',
      'skm',
      'skm-unsur',
      'ikpa',
      'ikpa-indikator',
      'ikpa-aspek',
      'nka',
      'tidak-valid',
    ]);
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 60 }), jalur), (s) => {
        const r = uraiRujukan(s);
        expect(JENIS.has(r.jenis)).toBe(true);
        if (r.jenis === 'tidak-valid') expect(r.pesan.length).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
  });

  it('yang terurai memuat kembali id dan nama seperti tertulis (tanpa spasi tepi)', () => {
    // anggaran/<nama>/<b> round-trips for any name that does not end in /indikator/<x>.
    const nama = fc
      .array(fc.stringMatching(/^[A-Za-z0-9 .,()-]{1,12}$/), { minLength: 1, maxLength: 4 })
      .map((s) => s.join('/'))
      .filter((n) => n.trim() !== '' && n === n.trim() && !n.split('/').includes('indikator'));
    fc.assert(
      fc.property(nama, fc.constantFrom('pagu', 'realisasi', 'penyerapan', 'sisa'), (n, b) => {
        expect(uraiRujukan(`anggaran/${n}/${b}`)).toEqual({ jenis: 'anggaran', simpul: n, bagian: b });
      }),
      { numRuns: 300 },
    );
  });

  it('masukan bukan teks → SakipError MASUKAN_TIDAK_VALID, bukan TypeError', () => {
    for (const x of [undefined, null, 5, {}, ['indikator', 'A', 'capaian'], Symbol('x')]) {
      expect(galat(() => uraiRujukan(x as never)).kode).toBe('MASUKAN_TIDAK_VALID');
    }
  });

  it('rujukan yang sangat panjang → tidak-valid, tanpa memecahnya', () => {
    const r = uraiRujukan(`anggaran/${'x'.repeat(100_000)}/pagu`);
    expect(r.jenis).toBe('tidak-valid');
    if (r.jenis === 'tidak-valid') expect(r.pesan).toMatch(/karakter, lebih dari/);
  });
});
