// Type-checks the worked examples of the docs — every ```ts block of README.md and docs/*.md and every
// `@example` in src/ — under the repo's own compiler options (tsconfig.json: strict,
// noUncheckedIndexedAccess, verbatimModuleSyntax …). The examples are found by the same code that runs
// them as tests (test/alat/contoh.ts); each is written to a temp dir as a module of its own, 'sakip' is
// mapped to src/index.ts, and one program checks them all. Errors are printed against the example's
// place in its file (`README.md contoh #3 (README.md:47): TS2345 …`).
//
// Usage: tsx scripts/typecheck-contoh.ts [--simpan]   (--simpan keeps the temp dir to look at)
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { AKAR, berkas, type Contoh, contohMarkdown, contohSumber } from '../test/alat/contoh.js';

// The same examples, in the same order, as test/dokumentasi.test.ts.
const semua: Contoh[] = [
  ...berkas('src', '.ts').flatMap(contohSumber),
  ...['README.md', ...berkas('docs', '.md')].flatMap(contohMarkdown),
];

interface Berkas {
  contoh: Contoh;
  /** The file the example stands in. */
  sumber: string;
  /** Its 1-based number among the examples of that file. */
  nomor: number;
  /** The line of the file on which the example's code starts. */
  barisAwal: number;
}

const simpan = process.argv.includes('--simpan');
const dir = mkdtempSync(join(tmpdir(), 'sakip-contoh-'));
// Lets an example import 'decimal.js' (and the programs find @types/node) as in the repo.
symlinkSync(join(AKAR, 'node_modules'), join(dir, 'node_modules'), 'dir');

const perBerkas = new Map<string, Berkas>();
const hitungan = new Map<string, number>();
semua.forEach((contoh, i) => {
  const pisah = contoh.asal.lastIndexOf(':');
  const sumber = contoh.asal.slice(0, pisah);
  const nomor = (hitungan.get(sumber) ?? 0) + 1;
  hitungan.set(sumber, nomor);
  const nama = join(dir, `contoh-${String(i + 1).padStart(3, '0')}.ts`);
  writeFileSync(nama, `${contoh.kode}\n`);
  // `asal` is the line of the opening ```ts; the code starts on the next one.
  perBerkas.set(nama, { contoh, sumber, nomor, barisAwal: Number(contoh.asal.slice(pisah + 1)) + 1 });
});

const tsconfig = join(AKAR, 'tsconfig.json');
const { config, error } = ts.readConfigFile(tsconfig, ts.sys.readFile);
if (error) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, '\n'));
const { options } = ts.parseJsonConfigFileContent(config, ts.sys, AKAR, undefined, tsconfig);
const program = ts.createProgram([...perBerkas.keys()], {
  ...options,
  noEmit: true,
  // Every example is a module of its own, with or without an import.
  moduleDetection: ts.ModuleDetectionKind.Force,
  paths: {
    ...options.paths,
    sakip: [join(AKAR, 'src', 'index.ts')],
    'sakip/sheets': [join(AKAR, 'src', 'sheets', 'index.ts')],
  },
});

const diagnostik = ts.getPreEmitDiagnostics(program);
const salah = new Set<string>();
for (const d of diagnostik) {
  const pesan = `TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
  const b = d.file && perBerkas.get(d.file.fileName);
  if (d.file && b && d.start !== undefined) {
    const { line } = d.file.getLineAndCharacterOfPosition(d.start);
    salah.add(d.file.fileName);
    console.log(`${b.sumber} contoh #${b.nomor} (${b.sumber}:${b.barisAwal + line}): ${pesan}`);
  } else if (d.file && d.start !== undefined) {
    // Not in an example (src itself, or a declaration file): where it is.
    const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
    console.log(`${relative(AKAR, d.file.fileName)}:${line + 1}:${character + 1}: ${pesan}`);
  } else {
    console.log(pesan);
  }
}

console.log(
  `contoh: ${perBerkas.size} diperiksa, ${diagnostik.length} galat tipe` +
    (salah.size > 0 ? ` di ${salah.size} contoh` : ''),
);
if (simpan) console.log(`disimpan di ${dir}`);
else rmSync(dir, { recursive: true, force: true });
if (diagnostik.length > 0) process.exitCode = 1;
