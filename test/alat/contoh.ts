// Runs the worked examples of the docs as tests: `@example` blocks in src/ and ```ts blocks in
// README.md and docs/. In an example, `EXPR; //=> EXPECTED` asserts a value (Decimals compare by
// their exact string, numbers by their shortest form) and `STATEMENT; //!> KODE` asserts that a
// SakipError with that code is thrown.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import DecimalJs from 'decimal.js';
import ts from 'typescript';

export interface Contoh {
  /** Where the example stands: `file:line`. */
  asal: string;
  kode: string;
}

export const AKAR = join(import.meta.dirname, '..', '..');

export function berkas(dir: string, akhiran: string): string[] {
  return readdirSync(join(AKAR, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith(akhiran))
    .map((f) => join(dir, f))
    .sort();
}

/** The ```ts blocks of a Markdown file. */
export function contohMarkdown(file: string): Contoh[] {
  const baris = readFileSync(join(AKAR, file), 'utf8').split('\n');
  const hasil: Contoh[] = [];
  for (let i = 0; i < baris.length; i++) {
    if (baris[i]?.trim() !== '```ts') continue;
    const awal = i + 1;
    const isi: string[] = [];
    for (i++; i < baris.length && baris[i]?.trim() !== '```'; i++) isi.push(baris[i] ?? '');
    hasil.push({ asal: `${file}:${awal}`, kode: isi.join('\n') });
  }
  return hasil;
}

/** The ```ts blocks under `@example` tags of a TypeScript source file. */
export function contohSumber(file: string): Contoh[] {
  const baris = readFileSync(join(AKAR, file), 'utf8').split('\n');
  const hasil: Contoh[] = [];
  for (let i = 0; i < baris.length; i++) {
    if (!/^\s*\* @example\s*$/.test(baris[i] ?? '')) continue;
    while (i < baris.length && !/^\s*\* ```ts\s*$/.test(baris[i] ?? '')) i++;
    const awal = i + 1;
    const isi: string[] = [];
    for (i++; i < baris.length && !/^\s*\* ```\s*$/.test(baris[i] ?? ''); i++) {
      isi.push((baris[i] ?? '').replace(/^\s*\* ?/, ''));
    }
    hasil.push({ asal: `${relative(AKAR, join(AKAR, file))}:${awal}`, kode: isi.join('\n') });
  }
  return hasil;
}

function ubahImpor(baris: string): string {
  const m = /^import\s+(type\s+)?(.*?)\s+from\s+'([^']+)';?\s*$/.exec(baris);
  if (!m) return baris;
  if (m[1]) return '';
  const [, , klausa = '', modul] = m;
  const sumber = modul === 'sakip' ? '__sakip' : modul === 'decimal.js' ? '__decimaljs' : undefined;
  if (!sumber) throw new Error(`contoh hanya boleh mengimpor 'sakip' atau 'decimal.js', bukan '${modul}'`);
  if (klausa.startsWith('{')) {
    const nama = klausa
      .slice(1, -1)
      .split(',')
      .map((n) => n.trim())
      .filter((n) => n && !n.startsWith('type '))
      .map((n) => n.replace(/\s+as\s+/, ': '));
    return `const { ${nama.join(', ')} } = ${sumber};`;
  }
  return `const ${klausa} = ${sumber === '__sakip' ? '__sakip' : '__decimaljs'};`;
}

function ubahBaris(baris: string, nomor: number): string {
  const nilai = /^(\s*)(.*?);?\s*\/\/=>\s*(.+)$/.exec(baris);
  if (nilai) return `${nilai[1]}__sama(() => (${nilai[2]}), (${nilai[3]}), ${nomor});`;
  const galat = /^(\s*)(.*?);?\s*\/\/!>\s*([A-Z_]+)\s*$/.exec(baris);
  if (galat) return `${galat[1]}__galat(() => { ${galat[2]}; }, '${galat[3]}', ${nomor});`;
  return ubahImpor(baris);
}

function normal(x: unknown): unknown {
  if (x instanceof DecimalJs || (typeof x === 'object' && x !== null && 'toStringTag' in x)) return String(x);
  if (typeof x === 'number') return String(x);
  if (Array.isArray(x)) return x.map(normal);
  if (typeof x === 'object' && x !== null) {
    return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, normal(v)]));
  }
  return x;
}

/** Runs one example against a module object (the library as imported). Throws on a failed assertion. */
export async function jalankan(contoh: Contoh, sakip: object): Promise<number> {
  let pernyataan = 0;
  const kode = contoh.kode
    .split('\n')
    .map((b, i) => {
      const hasil = ubahBaris(b, i + 1);
      if (hasil !== b && /__sama|__galat/.test(hasil)) pernyataan++;
      return hasil;
    })
    .join('\n');
  const js = ts.transpileModule(kode, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
  }).outputText;
  const sama = (f: () => unknown, harapan: unknown, baris: number) => {
    const nyata = normal(f());
    const diharap = normal(harapan);
    if (JSON.stringify(nyata) !== JSON.stringify(diharap)) {
      throw new Error(
        `${contoh.asal} baris ${baris}: hasil ${JSON.stringify(nyata)}, seharusnya ${JSON.stringify(diharap)}`,
      );
    }
  };
  const galat = (f: () => unknown, kode: string, baris: number) => {
    try {
      f();
    } catch (e) {
      const k = (e as { kode?: unknown }).kode;
      if (k === kode && (e as Error).name === 'SakipError') return;
      throw new Error(`${contoh.asal} baris ${baris}: galat ${String(k ?? e)}, seharusnya ${kode}`);
    }
    throw new Error(`${contoh.asal} baris ${baris}: tidak ada galat, seharusnya ${kode}`);
  };
  const AsyncFunction = (async () => {}).constructor as new (
    ...a: string[]
  ) => (...a: unknown[]) => Promise<void>;
  await new AsyncFunction('__sakip', '__decimaljs', '__sama', '__galat', js)(sakip, DecimalJs, sama, galat);
  return pernyataan;
}
