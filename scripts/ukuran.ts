// `npm run ukuran` (after `npm run build`): the size budgets of issue 11, measured the way a user's
// bundler sees sakip. For each row a throw-away entry file in a temp dir imports from the built dist/,
// esbuild bundles and minifies it for the browser, node:zlib gzips it; the IIFE is measured as shipped.
// Prints one table and exits 1 when a budget is exceeded (CI fails).
//
// Usage: tsx scripts/ukuran.ts [--dist <dir>] [--analisis]
//   --dist      measure another build (the test of this check points it at a deliberately bloated one)
//   --analisis  also print esbuild's analysis of each bundle: which modules take the bytes
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { analyzeMetafile, build } from 'esbuild';

const AKAR = resolve(import.meta.dirname, '..');
const KB = 1000;

/** One measured bundle and its budget (min+gzip, bytes); `batas` undefined = shown, not checked. */
export interface Ukuran {
  nama: string;
  batas?: number;
  /** Minified bytes, before gzip. */
  min?: number;
  gzip?: number;
  /** Why the row was not measured (the entry does not exist in this build). */
  lewati?: string;
  /** esbuild's analysis of the bundle (with --analisis). */
  analisis?: string;
}

interface Target {
  nama: string;
  batas?: number;
  /** A built file imported by the entry (`import { capaian } from …`), or shipped as it is. */
  berkas: string;
  /** The import line's specifiers (`{ capaian }`, `* as S`); undefined: measure the file as shipped. */
  impor?: string;
}

/** The targets of issue 11, and a few rows shown for orientation. */
export function target(dist: string): Target[] {
  return [
    { nama: 'ESM: hanya capaian', batas: 20 * KB, berkas: join(dist, 'index.js'), impor: '{ capaian }' },
    { nama: 'ESM: hanya formatRupiah', berkas: join(dist, 'index.js'), impor: '{ formatRupiah }' },
    { nama: 'ESM: seluruh sakip', berkas: join(dist, 'index.js'), impor: '* as sakip' },
    { nama: 'IIFE: sakip.global.js', batas: 60 * KB, berkas: join(dist, 'sakip.global.js') },
    { nama: 'sakip/sheets', batas: 40 * KB, berkas: join(dist, berkasSheets()), impor: '* as sheets' },
  ];
}

/** The ESM file of `sakip/sheets` per package.json exports (dist/sheets.js when not declared yet). */
function berkasSheets(): string {
  const paket = JSON.parse(readFileSync(join(AKAR, 'package.json'), 'utf8')) as {
    exports?: Record<string, unknown>;
  };
  const e = paket.exports?.['./sheets'];
  const cari = (x: unknown): string | undefined => {
    if (typeof x === 'string') return x;
    if (x === null || typeof x !== 'object') return undefined;
    const o = x as Record<string, unknown>;
    return cari(o.import) ?? cari(o.default);
  };
  const jalur = cari(e);
  return jalur?.replace(/^\.\/dist\//, '') ?? 'sheets.js';
}

/** Measures every target of `dist`; never throws for a missing entry (the row says why). */
export async function ukur(dist: string, cara: { analisis?: boolean } = {}): Promise<Ukuran[]> {
  const sementara = mkdtempSync(join(tmpdir(), 'sakip-ukuran-'));
  try {
    const hasil: Ukuran[] = [];
    for (const [i, t] of target(dist).entries()) {
      const baris: Ukuran = { nama: t.nama, ...(t.batas === undefined ? {} : { batas: t.batas }) };
      if (!existsSync(t.berkas)) {
        baris.lewati = `${t.berkas.slice(dist.length + 1)} tidak ada di build ini`;
      } else if (t.impor === undefined) {
        const isi = readFileSync(t.berkas);
        baris.min = isi.length;
        baris.gzip = gzipSync(isi, { level: 9 }).length;
      } else {
        const entri = join(sementara, `entri${i}.js`);
        const url = JSON.stringify(pathToFileURL(t.berkas).pathname);
        const nama = t.impor.startsWith('*') ? t.impor.slice(5) : t.impor.slice(1, -1).trim();
        writeFileSync(entri, `import ${t.impor} from ${url};\nconsole.log(${nama});\n`);
        const b = await build({
          entryPoints: [entri],
          bundle: true,
          minify: true,
          format: 'esm',
          platform: 'browser',
          target: 'es2020',
          write: false,
          metafile: true,
          logLevel: 'silent',
        });
        const isi = b.outputFiles[0]?.contents ?? new Uint8Array();
        baris.min = isi.length;
        baris.gzip = gzipSync(isi, { level: 9 }).length;
        if (cara.analisis) baris.analisis = await analyzeMetafile(b.metafile, { color: false });
      }
      hasil.push(baris);
    }
    return hasil;
  } finally {
    rmSync(sementara, { recursive: true, force: true });
  }
}

/** The rows over their budget. */
export function melebihi(hasil: readonly Ukuran[]): Ukuran[] {
  return hasil.filter((u) => u.batas !== undefined && u.gzip !== undefined && u.gzip > u.batas);
}

const kb = (n: number | undefined): string => (n === undefined ? '-' : `${(n / KB).toFixed(1)} KB`);

/** The table printed by `npm run ukuran`. */
export function tabel(hasil: readonly Ukuran[]): string {
  const baris = hasil.map((u) => [
    u.nama,
    kb(u.min),
    kb(u.gzip),
    u.batas === undefined ? '-' : kb(u.batas),
    u.lewati !== undefined
      ? `dilewati: ${u.lewati}`
      : u.batas === undefined
        ? ''
        : (u.gzip ?? 0) > u.batas
          ? 'MELEBIHI'
          : 'ok',
  ]);
  const kepala = ['bundel', 'min', 'min+gzip', 'batas', ''];
  const lebar = kepala.map((k, i) => Math.max(k.length, ...baris.map((b) => (b[i] ?? '').length)));
  const tulis = (b: string[]) =>
    b
      .map((s, i) => (i === 0 || i === 4 ? s.padEnd(lebar[i] ?? 0) : s.padStart(lebar[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [tulis(kepala), tulis(lebar.map((l) => '-'.repeat(l))), ...baris.map(tulis)].join('\n');
}

async function utama(argv: string[]): Promise<number> {
  const i = argv.indexOf('--dist');
  const dist = resolve(i >= 0 && argv[i + 1] ? argv[i + 1]! : join(AKAR, 'dist'));
  if (!existsSync(join(dist, 'index.js'))) {
    console.error(`ukuran: ${dist}/index.js tidak ada — jalankan \`npm run build\` dulu.`);
    return 1;
  }
  const hasil = await ukur(dist, { analisis: argv.includes('--analisis') });
  for (const u of hasil) if (u.analisis) console.log(`\n== ${u.nama}${u.analisis}`);
  console.log(tabel(hasil));
  for (const u of hasil) if (u.lewati) console.log(`ukuran: ${u.nama} dilewati — ${u.lewati}.`);
  const lebih = melebihi(hasil);
  for (const u of lebih) {
    console.error(`ukuran: ${u.nama} ${kb(u.gzip)} min+gzip melebihi batas ${kb(u.batas)}.`);
  }
  return lebih.length > 0 ? 1 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await utama(process.argv.slice(2));
}
