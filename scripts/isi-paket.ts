// `npm run check:isi` (after `npm run build`): what `npm pack` would publish is exactly what should ship —
// the build (every file package.json points at), the sample data, the Indonesian guides (docs/*.md),
// the JSON Schema (docs/schema, which `--help` and the sample's `$schema` point at), the calculator
// page when it exists, README, CHANGELOG, LICENSE — and nothing else (no test/, src/, scripts/,
// .scratch/, docs/api/). Prints the problems and exits 1 when there are any.
//
// Usage: tsx scripts/isi-paket.ts
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const AKAR = resolve(import.meta.dirname, '..');

/** What may ship, each with why; a packed path matching none of these is a problem. */
const BOLEH: readonly [RegExp, string][] = [
  [/^package\.json$/, 'manifes'],
  [/^(README\.md|CHANGELOG\.md|LICENSE)$/, 'README, CHANGELOG, LICENSE'],
  [/^dist\//, 'build'],
  [/^data\/[^/]+\.json$/, 'contoh laporan'],
  [/^docs\/[^/]+\.md$/, 'panduan'],
  [/^docs\/schema\/[^/]+\.json$/, 'JSON Schema'],
  [/^docs\/kalkulator(\.html|\/)/, 'halaman kalkulator'],
];

/** Paths that must never ship, with the reason printed. Checked before {@link BOLEH}. */
const TERLARANG: readonly [RegExp, string][] = [
  [/^docs\/api\//, 'referensi API (typedoc) dibangun untuk situs, bukan untuk paket'],
  [/^test\//, 'tes'],
  [/^src\//, 'sumber TypeScript (peta sumber dist/ sudah memuat isinya)'],
  [/^\.scratch\//, 'catatan kerja'],
  [/(^|\/)\.env/, 'berkas lingkungan'],
];

/** The files a package must contain, given the repo at `akar` (its package.json and its docs). */
export function wajib(akar: string): string[] {
  const paket = JSON.parse(readFileSync(join(akar, 'package.json'), 'utf8')) as Record<string, unknown>;
  const dariManifes = new Set<string>();
  const kumpulkan = (x: unknown): void => {
    if (typeof x === 'string') {
      if (x.startsWith('./') && !x.endsWith('/package.json')) dariManifes.add(x.slice(2));
    } else if (x !== null && typeof x === 'object') Object.values(x).forEach(kumpulkan);
  };
  for (const k of ['main', 'module', 'types', 'unpkg', 'jsdelivr', 'exports', 'bin']) kumpulkan(paket[k]);
  const di = (dir: string, akhiran: string) =>
    existsSync(join(akar, dir))
      ? readdirSync(join(akar, dir))
          .filter((f) => f.endsWith(akhiran))
          .map((f) => `${dir}/${f}`)
      : [];
  return [
    'package.json',
    'README.md',
    'CHANGELOG.md',
    'LICENSE',
    ...[...dariManifes].map((p) => p.replace(/^\.\//, '')),
    ...di('data', '.json'),
    ...di('docs', '.md'),
    ...di('docs/schema', '.json'),
    ...(existsSync(join(akar, 'docs/kalkulator.html')) ? ['docs/kalkulator.html'] : []),
  ].sort();
}

/** Every problem with a packed file list (paths relative to the package root); empty when all is well. */
export function periksaIsi(isi: readonly string[], harus: readonly string[]): string[] {
  const ada = new Set(isi);
  const masalah: string[] = [];
  for (const p of harus) if (!ada.has(p)) masalah.push(`tidak ada di paket: ${p}`);
  for (const p of isi) {
    const larang = TERLARANG.find(([re]) => re.test(p));
    if (larang) masalah.push(`tidak boleh ikut: ${p} (${larang[1]})`);
    else if (!BOLEH.some(([re]) => re.test(p))) masalah.push(`tidak diharapkan di paket: ${p}`);
  }
  return masalah;
}

/** The files `npm pack` would publish from `akar` (npm's own list: `files`, .npmignore and defaults). */
export function isiPaket(akar: string): string[] {
  const keluaran = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: akar,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const [paket] = JSON.parse(keluaran) as { files: { path: string }[] }[];
  return (paket?.files ?? []).map((f) => f.path).sort();
}

function utama(): number {
  if (!existsSync(join(AKAR, 'dist', 'index.js'))) {
    console.error('check:isi: dist/ belum dibangun — jalankan `npm run build` dulu.');
    return 1;
  }
  const isi = isiPaket(AKAR);
  const masalah = periksaIsi(isi, wajib(AKAR));
  const per = new Map<string, number>();
  for (const p of isi) {
    const kelompok = p.includes('/') ? `${p.split('/')[0]}/` : p;
    per.set(kelompok, (per.get(kelompok) ?? 0) + 1);
  }
  console.log(`paket: ${isi.length} berkas — ${[...per].map(([k, n]) => `${k} ${n}`).join(', ')}`);
  for (const m of masalah) console.error(`check:isi: ${m}`);
  if (masalah.length === 0) console.log('check:isi: ok');
  return masalah.length > 0 ? 1 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = utama();
