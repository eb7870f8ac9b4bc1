// The built program, run as users run it: `node dist/cli.js …` in a child process — exit codes, every
// format, bad files, BOM, stdin, help. dist/cli.js is used when it is newer than every source (as
// after `npm test`, which builds first); otherwise the CLI entry of tsup.config.ts is built once into
// a fresh directory under node_modules/.cache (dist/ is left alone: other test files read it at the
// same time).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { teksBantuan } from '../../src/cli/argumen.js';
import { SPEK_AUDIT } from '../../src/cli/perintah/audit.js';
import {
  direktoriSementara,
  ESC,
  jalan,
  LAPORAN_BERSIH,
  LAPORAN_CAMPUR,
  LAPORAN_RUSAK,
  tulisBerkas,
} from './alat.js';

const akar = join(import.meta.dirname, '..', '..');
const paket = JSON.parse(readFileSync(join(akar, 'package.json'), 'utf8')) as {
  version: string;
  bin: Record<string, string>;
};

/** The newest modification time among the files the CLI bundle is built from. */
function sumberTerbaru(): number {
  let terbaru = statSync(join(akar, 'package.json')).mtimeMs;
  const tumpuk = [join(akar, 'src'), join(akar, 'data')];
  while (tumpuk.length > 0) {
    const dir = tumpuk.pop() as string;
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const jalur = join(dir, e.name);
      if (e.isDirectory()) tumpuk.push(jalur);
      else terbaru = Math.max(terbaru, statSync(jalur).mtimeMs);
    }
  }
  return terbaru;
}

let cli = '';
/** The directory of a bundle built by this file, removed afterwards. */
let dibangun: string | undefined;

beforeAll(async () => {
  const dist = join(akar, paket.bin.sakip as string);
  if (existsSync(dist) && statSync(dist).mtimeMs >= sumberTerbaru()) {
    cli = dist;
    return;
  }
  const { build } = await import('tsup');
  const konfigurasi = (await import('../../tsup.config.js')).default;
  const semua = Array.isArray(konfigurasi) ? konfigurasi : [konfigurasi];
  const entri = semua.find(
    (k) =>
      typeof k === 'object' &&
      k !== null &&
      typeof k.entry === 'object' &&
      !Array.isArray(k.entry) &&
      'cli' in k.entry,
  );
  if (entri === undefined || typeof entri !== 'object')
    throw new Error('tsup.config.ts: entri cli tidak ditemukan');
  // Inside the project, so that the bundle's dependencies (decimal.js, zod) resolve from node_modules.
  const cache = join(akar, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const keluaran = mkdtempSync(join(cache, 'sakip-cli-'));
  dibangun = keluaran;
  await build({ ...entri, outDir: keluaran, silent: true, config: false, clean: false });
  cli = join(keluaran, 'cli.js');
}, 120_000);

afterAll(() => {
  if (dibangun !== undefined) rmSync(dibangun, { recursive: true, force: true });
});

/** Runs the built program (asynchronously: the tests of this file run side by side); stdin is `masukan`. */
function sakip(
  argumen: readonly string[],
  masukan?: string,
): Promise<{ kode: number | null; keluar: string; galat: string }> {
  return new Promise((selesai, gagal) => {
    const anak = spawn(process.execPath, [cli, ...argumen], { env: { ...process.env, NO_COLOR: '' } });
    const keluar: Buffer[] = [];
    const galat: Buffer[] = [];
    anak.stdout.on('data', (b: Buffer) => keluar.push(b));
    anak.stderr.on('data', (b: Buffer) => galat.push(b));
    anak.on('error', gagal);
    anak.on('close', (kode) =>
      selesai({
        kode,
        keluar: Buffer.concat(keluar).toString('utf8'),
        galat: Buffer.concat(galat).toString('utf8'),
      }),
    );
    anak.stdin.end(masukan ?? '');
  });
}

describe.concurrent('program terbangun (node dist/cli.js)', () => {
  it('--version, --help, dan bantuan satu perintah: teksnya sendiri', async () => {
    expect(await sakip(['--version'])).toEqual({ kode: 0, keluar: `${paket.version}\n`, galat: '' });
    const bantuan = await sakip(['--help']);
    expect(bantuan.kode).toBe(0);
    expect(bantuan.keluar).toMatch(/^Pemakaian:$/m);
    for (const p of ['audit', 'contoh', 'hitung', 'capaian', 'predikat', 'skm', 'ikpa', 'skala']) {
      expect(bantuan.keluar).toMatch(new RegExp(`^ {2}${p} +\\S`, 'm'));
    }
    expect(bantuan.keluar).not.toMatch(/\$\{|undefined/);
    expect((await sakip(['audit', '--help'])).keluar).toBe(`${teksBantuan(SPEK_AUDIT)}\n`);
  });

  it('audit: kode 1 bila ada yang salah, 0 bila tidak; keluaran sama dengan program dalam proses', async () => {
    const campur = tulisBerkas('campur.json', LAPORAN_CAMPUR);
    const hasil = await sakip(['audit', campur]);
    expect(hasil.kode).toBe(1);
    expect(hasil.galat).toBe('');
    expect(hasil.keluar).toBe(`${(await jalan(['audit', campur])).keluar}\n`);
    // Not a terminal: no colour codes.
    expect(hasil.keluar.includes(ESC)).toBe(false);
    const bersih = await sakip(['audit', tulisBerkas('bersih.json', LAPORAN_BERSIH)]);
    expect(bersih.kode).toBe(0);
    expect(bersih.keluar).toMatch(/^Hasil: tidak ada angka yang salah\.$/m);
  });

  it('audit: setiap format', async () => {
    const berkas = tulisBerkas('campur.json', LAPORAN_CAMPUR);
    const json = await sakip(['audit', berkas, '--format', 'json']);
    expect(json.kode).toBe(1);
    expect(JSON.parse(json.keluar).ringkasan).toMatchObject({ jumlah: 5, salah: 2 });
    const csv = await sakip(['audit', berkas, '--format', 'csv']);
    expect(csv.kode).toBe(1);
    const rekaman = csv.keluar.split('\r\n');
    expect(rekaman[0]).toMatch(/^no,lokasi,rujukan,teks,besaran,status,/);
    expect(rekaman).toHaveLength(7);
    expect(rekaman[6]).toBe('');
    const md = await sakip(['audit', berkas, '--format', 'md']);
    expect(md.keluar).toMatch(/^# Audit LKIP 2024 — Dinas Sosial Kabupaten Barito Kuala$/m);
    expect(md.keluar).toMatch(
      /^\| No \| Lokasi \| Rujukan \| Tercetak \| Nilai \| Status \| Keterangan \|$/m,
    );
  });

  it('audit: berkas tidak ada, direktori, JSON rusak (berkas:baris:kolom), laporan tidak valid — kode 2', async () => {
    const dir = direktoriSementara();
    const hilang = await sakip(['audit', join(dir, 'tidak-ada.json')]);
    expect(hilang).toMatchObject({ kode: 2, keluar: '' });
    expect(hilang.galat).toBe(`sakip audit: ${join(dir, 'tidak-ada.json')}: berkas tidak ditemukan.\n`);
    const direktori = await sakip(['audit', dir]);
    expect(direktori.kode).toBe(2);
    expect(direktori.galat).toBe(`sakip audit: ${dir}: ini direktori, bukan berkas.\n`);
    const rusak = tulisBerkas('rusak.json', '{\n  "instansi": "X"\n  "tahun": 2024\n}', dir);
    const json = await sakip(['audit', rusak]);
    expect(json.kode).toBe(2);
    expect(json.galat).toBe(
      `sakip audit: ${rusak}:3:3: JSON tidak valid (baris 3, kolom 3): "," atau "}" diharapkan, bukan """.\n`,
    );
    const model = await sakip(['audit', tulisBerkas('model.json', LAPORAN_RUSAK, dir)]);
    expect(model.kode).toBe(2);
    expect(model.galat).toMatch(/^sakip: \[MODEL_TIDAK_VALID\] [^\n]*\n$/);
  });

  it('BOM di awal berkas, dan stdin lewat "-"', async () => {
    const bom = tulisBerkas('bom.json', `\uFEFF${JSON.stringify(LAPORAN_BERSIH, null, 2)}`);
    expect((await sakip(['audit', bom])).kode).toBe(0);
    const stdin = await sakip(['audit', '-', '--format', 'json'], `\uFEFF${JSON.stringify(LAPORAN_CAMPUR)}`);
    expect(stdin.kode).toBe(1);
    expect(JSON.parse(stdin.keluar).temuan).toHaveLength(5);
  });

  it('contoh: laporan contoh teraudit, kode 0', async () => {
    const { kode, keluar } = await sakip(['contoh']);
    expect(kode).toBe(0);
    expect(keluar.split('\n')[0]).toBe(
      'Audit laporan contoh: LKIP 2024 — Dinas Sosial Kabupaten Barito Kuala',
    );
    expect(keluar).toMatch(/^Hasil: /m);
  });

  it('pemakaian salah: kode 2 dengan pesannya', async () => {
    const r = await sakip(['audit', 'x.json', '--fromat', 'json']);
    expect(r.kode).toBe(2);
    expect(r.galat.split('\n')[0]).toBe('sakip audit: opsi --fromat tidak dikenal; maksudnya --format?');
  });

  it('hitung: laporan ditolak kode 1, satu baris; csv', async () => {
    const ditolak = await sakip(['hitung', tulisBerkas('rusak.json', LAPORAN_RUSAK)]);
    expect(ditolak.kode).toBe(1);
    expect(ditolak.galat.trimEnd().split('\n')).toHaveLength(1);
    const baik = await sakip(['hitung', tulisBerkas('b.json', LAPORAN_CAMPUR), '--pohon', '--format', 'csv']);
    expect(baik.kode).toBe(0);
    expect(baik.keluar.split('\r\n')[0]).toBe('bagian,id,nama,besaran,nilai,tercetak,keterangan');
  });

  it('skm dari stdin', async () => {
    const skm = await sakip(['skm', '-'], '4,4,3,4,3,4,4,3,4\n3,3,3,4,3,3,4,3,3\n4,4,4,4,4,4,4,,4\n');
    expect(skm.kode).toBe(0);
    expect(skm.keluar).toMatch(/^IKM 3,5926; nilai 89,81; mutu A \(Sangat Baik\)$/m);
  });
});
