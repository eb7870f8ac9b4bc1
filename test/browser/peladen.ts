// A tiny static web server (peladen) for the browser tests, on node:http only: it serves the repository
// as a site (`/dist/sakip.global.js`, `/docs/kalkulator.html`, `/data/…`) and, like jsDelivr or unpkg
// serve a published package, `/cdn/<paket>@<versi>/<jalur>`: sakip from the repository, its
// dependencies from node_modules — each only at the version actually present, as a CDN would 404 an
// unknown one. Content-Type matters: Chromium refuses a module script served as anything but
// JavaScript, so a wrong type makes the ESM test fail as it would on a real host.
import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, resolve, sep } from 'node:path';

export const AKAR = resolve(import.meta.dirname, '..', '..');

const JENIS_ISI: Readonly<Record<string, string>> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.md': 'text/markdown; charset=utf-8',
};

/** The Content-Type of a file by its extension; unknown kinds are opaque bytes. */
export function jenisIsi(berkas: string): string {
  return JENIS_ISI[extname(berkas).toLowerCase()] ?? 'application/octet-stream';
}

function versiPaket(dir: string): string {
  return (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
}

/** The version of sakip in package.json: the `@versi` the CDN route answers for sakip. */
export const VERSI_SAKIP = versiPaket(AKAR);

/** One request the server answered, for the tests to inspect (which CDN files were loaded). */
export interface CatatanPermintaan {
  jalur: string;
  status: number;
}

export interface Peladen {
  /** `http://127.0.0.1:<port>`. */
  alamat: string;
  catatan: CatatanPermintaan[];
  tutup(): Promise<void>;
}

const CDN = /^\/cdn\/((?:@[^/@]+\/)?[^/@]+)@([^/]+)\/(.+)$/;

/** Maps a URL path to a file under the repository, or undefined (404). Never leaves its root. */
export function berkasUntuk(jalurUrl: string): string | undefined {
  let jalur: string;
  try {
    jalur = decodeURIComponent(jalurUrl);
  } catch {
    return undefined;
  }
  let akar = AKAR;
  const cdn = CDN.exec(jalur);
  if (cdn) {
    const [, nama = '', versi, sisa = ''] = cdn;
    akar = nama === 'sakip' ? AKAR : join(AKAR, 'node_modules', nama);
    try {
      if (versiPaket(akar) !== versi) return undefined;
    } catch {
      return undefined;
    }
    jalur = `/${sisa}`;
  }
  const berkas = resolve(akar, `.${jalur}`);
  return berkas.startsWith(akar + sep) ? berkas : undefined;
}

/**
 * Starts the server on a random free port of 127.0.0.1. `halaman` adds pages that exist only in the
 * test (path → HTML).
 */
export async function bukaPeladen(halaman: Readonly<Record<string, string>> = {}): Promise<Peladen> {
  const catatan: CatatanPermintaan[] = [];
  const server = createServer(async (req, res) => {
    const jalur = new URL(req.url ?? '/', 'http://x').pathname;
    const jawab = (status: number, jenis: string, isi: string | Buffer) => {
      catatan.push({ jalur, status });
      res.writeHead(status, { 'content-type': jenis, 'cache-control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : isi);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return jawab(405, 'text/plain', 'hanya GET');
    const maya = halaman[jalur];
    if (maya !== undefined) return jawab(200, jenisIsi('halaman.html'), maya);
    const berkas = berkasUntuk(jalur);
    try {
      if (berkas === undefined || !(await stat(berkas)).isFile()) throw new Error('tidak ada');
      jawab(200, jenisIsi(berkas), await readFile(berkas));
    } catch {
      jawab(404, 'text/plain; charset=utf-8', `tidak ditemukan: ${jalur}`);
    }
  });
  await new Promise<void>((selesai) => server.listen(0, '127.0.0.1', selesai));
  const { port } = server.address() as AddressInfo;
  return {
    alamat: `http://127.0.0.1:${port}`,
    catatan,
    tutup: () =>
      new Promise<void>((selesai, gagal) => {
        server.closeAllConnections();
        server.close((e) => (e ? gagal(e) : selesai()));
      }),
  };
}

/** Every module specifier an ESM file imports or re-exports, statically or with `import()`. */
function spesifier(kode: string): string[] {
  const hasil: string[] = [];
  const pola = [
    /\b(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const p of pola) for (const m of kode.matchAll(p)) hasil.push(m[1] ?? '');
  return hasil;
}

const RELATIF = /^\.{1,2}\//;

/** The bare module specifiers (`zod`, `zod/locales`, `decimal.js`) an ESM file imports. */
export function spesifierTelanjang(kode: string): string[] {
  return [...new Set(spesifier(kode).filter((s) => !RELATIF.test(s) && !/^(?:\/|https?:)/.test(s)))].sort();
}

/**
 * The code of an ESM file and of every file it reaches by relative imports (the chunks a bundler
 * splits out when a build has several entries): the bare imports may sit in any of them.
 */
export function kodeBundel(berkas: string): string {
  const dilihat = new Set<string>();
  const antrean = [resolve(berkas)];
  const kode: string[] = [];
  for (let b = antrean.pop(); b !== undefined; b = antrean.pop()) {
    if (dilihat.has(b)) continue;
    dilihat.add(b);
    const isi = readFileSync(b, 'utf8');
    kode.push(isi);
    for (const s of spesifier(isi)) if (RELATIF.test(s)) antrean.push(resolve(dirname(b), s));
  }
  return kode.join('\n');
}

const KONDISI = new Set(['browser', 'import', 'default']);

/** Node's export-condition matching, for a browser: the first key of the object that we accept. */
function pilihKondisi(x: unknown): string | undefined {
  if (typeof x === 'string') return x;
  if (Array.isArray(x)) {
    for (const y of x) {
      const r = pilihKondisi(y);
      if (r !== undefined) return r;
    }
    return undefined;
  }
  if (x !== null && typeof x === 'object') {
    for (const [k, v] of Object.entries(x)) {
      if (!KONDISI.has(k)) continue;
      const r = pilihKondisi(v);
      if (r !== undefined) return r;
    }
  }
  return undefined;
}

/**
 * The import map a page needs for an ESM build served from the CDN route: each bare specifier to the
 * file its package's `exports` gives under the conditions `browser`, `import`, `default`. Throws,
 * naming them, for specifiers that cannot be mapped so simply (`node:` built-ins, subpath patterns,
 * packages not installed).
 */
export function petaImpor(kode: string): { imports: Record<string, string> } {
  const imports: Record<string, string> = {};
  const gagal: string[] = [];
  for (const s of spesifierTelanjang(kode)) {
    const m = /^((?:@[^/]+\/)?[^/]+)(\/.*)?$/.exec(s);
    const nama = m?.[1] ?? '';
    if (!m || nama.includes(':')) {
      gagal.push(`${s} (bukan paket npm)`);
      continue;
    }
    const sub = `.${m[2] ?? ''}`;
    let paket: { version: string; exports?: unknown; module?: string; main?: string };
    try {
      paket = JSON.parse(readFileSync(join(AKAR, 'node_modules', nama, 'package.json'), 'utf8'));
    } catch {
      gagal.push(`${s} (paket tidak terpasang)`);
      continue;
    }
    let target: string | undefined;
    if (paket.exports === undefined) {
      target = sub === '.' ? (paket.module ?? paket.main ?? 'index.js') : sub;
    } else {
      const e = paket.exports;
      const punyaSubjalur =
        e !== null &&
        typeof e === 'object' &&
        !Array.isArray(e) &&
        Object.keys(e).some((k) => k.startsWith('.'));
      const entri = punyaSubjalur ? (e as Record<string, unknown>)[sub] : sub === '.' ? e : undefined;
      target = pilihKondisi(entri);
    }
    if (target === undefined) {
      gagal.push(`${s} (tidak ada di "exports" untuk browser/import)`);
      continue;
    }
    imports[s] = `/cdn/${nama}@${paket.version}/${target.replace(/^\.\//, '')}`;
  }
  if (gagal.length > 0) throw new Error(`Impor yang tidak dapat dipetakan sederhana: ${gagal.join(', ')}`);
  return { imports };
}
