// Runs the worked examples of the docs as tests: `@example` blocks in src/ and ```ts blocks in
// README.md and docs/. In an example, `EXPR; //=> EXPECTED` asserts a value (Decimals compare by
// their exact string, numbers by their shortest form) and `STATEMENT; //!> KODE` asserts that a
// SakipError with that code is thrown; the marker follows the statement's last line.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import DecimalJs from 'decimal.js';
import ts from 'typescript';
import * as sheets from '../../src/sheets/index.js';

export interface Contoh {
  /** Where the example stands: `file:line`. */
  asal: string;
  kode: string;
}

export const AKAR = join(import.meta.dirname, '..', '..');

export function berkas(dir: string, akhiran: string): string[] {
  // docs/api is typedoc's output (gitignored): its copies of the guides are not sources.
  const keluaran = (f: string) => dir === 'docs' && f.startsWith('api');
  return readdirSync(join(AKAR, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith(akhiran) && !keluaran(f))
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

// What an example may import, and the name the rewritten example reads it from.
const SUMBER_IMPOR: Readonly<Record<string, string>> = {
  sakip: '__sakip',
  'sakip/sheets': '__sheets',
  'decimal.js': '__decimaljs',
};

function ubahImpor(impor: ts.ImportDeclaration, teks: string): string {
  const modul = (impor.moduleSpecifier as ts.StringLiteral).text;
  const klausa = impor.importClause;
  if (!klausa || klausa.isTypeOnly) return '';
  const sumber = SUMBER_IMPOR[modul];
  if (!sumber) {
    throw new Error(
      `contoh hanya boleh mengimpor 'sakip', 'sakip/sheets' atau 'decimal.js', bukan '${modul}'`,
    );
  }
  const bagian: string[] = [];
  if (klausa.name) bagian.push(`const ${klausa.name.text} = ${sumber};`);
  const ikatan = klausa.namedBindings;
  if (ikatan && ts.isNamedImports(ikatan)) {
    const nama = ikatan.elements
      .filter((e) => !e.isTypeOnly)
      .map((e) => (e.propertyName ? `${e.propertyName.getText()}: ${e.name.text}` : e.name.text));
    bagian.push(`const { ${nama.join(', ')} } = ${sumber};`);
  }
  if (ikatan && ts.isNamespaceImport(ikatan)) bagian.push(`const ${ikatan.name.text} = ${sumber};`);
  return bagian.join(' ') || teks;
}

const PENANDA = /^\/\/(=>|!>)\s*(.+?)\s*$/;

/**
 * Rewrites an example: imports become destructuring of the library object, and every top-level
 * statement followed on its last line by `//=> X` or `//!> KODE` becomes an assertion. Statements
 * may span several lines (as a formatter leaves them). A marker anywhere else is an error, so an
 * assertion can never be silently skipped.
 */
function ubah(kode: string): { kode: string; pernyataan: number } {
  const sumber = ts.createSourceFile('contoh.ts', kode, ts.ScriptTarget.ES2022, true);
  let hasil = '';
  let posisi = 0;
  let pernyataan = 0;
  for (const st of sumber.statements) {
    const awal = st.getStart(sumber);
    hasil += kode.slice(posisi, awal);
    const teks = kode.slice(awal, st.end);
    const baris = sumber.getLineAndCharacterOfPosition(awal).line + 1;
    const komentar = (ts.getTrailingCommentRanges(kode, st.end) ?? [])
      .map((r) => PENANDA.exec(kode.slice(r.pos, r.end)))
      .find((m) => m !== null);
    if (ts.isImportDeclaration(st)) {
      hasil += ubahImpor(st, teks);
    } else if (komentar?.[1] === '=>' && ts.isExpressionStatement(st)) {
      hasil += `__sama(() => (${st.expression.getText(sumber)}), (${komentar[2]}), ${baris});`;
      pernyataan++;
    } else if (komentar?.[1] === '!>') {
      hasil += `__galat(() => { ${teks} }, '${komentar[2]}', ${baris});`;
      pernyataan++;
    } else {
      hasil += teks;
    }
    posisi = st.end;
  }
  hasil += kode.slice(posisi);
  const penanda = (kode.match(/\/\/(=>|!>)/g) ?? []).length;
  if (penanda !== pernyataan) {
    throw new Error(
      `${penanda - pernyataan} penanda //=> atau //!> tidak berada di akhir pernyataan tingkat atas`,
    );
  }
  return { kode: hasil, pernyataan };
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

/**
 * Runs one example against a module object (the library as imported; `sakip/sheets` is the spreadsheet
 * entry, src/sheets). Throws on a failed assertion.
 */
export async function jalankan(contoh: Contoh, sakip: object): Promise<number> {
  const { kode, pernyataan } = ubah(contoh.kode);
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
  await new AsyncFunction('__sakip', '__sheets', '__decimaljs', '__sama', '__galat', js)(
    sakip,
    sheets,
    DecimalJs,
    sama,
    galat,
  );
  return pernyataan;
}
