// @ts-check
// A typedoc plugin: groups the API reference by sakip's modules while every export stays documented
// where callers import it (`import { capaian } from 'sakip'`, one entry point, so `{@link keDecimal}`
// resolves from any module). Each top-level export gets the category of the folder it is declared in
// (src/angka/… → "angka"), ordered by `categoryOrder`; a category's description is the leading `//`
// comment of src/<modul>/index.ts. Entry points are named for their import path: src/index.ts →
// "sakip", src/sheets/index.ts → "sakip/sheets".
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CommentTag, Converter, ReflectionKind } from 'typedoc';

/** The module a source path belongs to: `src/angka/parseAngka.ts` → `angka`. */
function modulDari(jalur) {
  const m = /(?:^|\/)src\/([^/]+)\//.exec(jalur);
  return m ? m[1] : undefined;
}

// For a module whose index.ts opens without a comment.
const URAIAN_CADANGAN = {
  audit:
    'audit: recomputes a report from its own inputs and classifies each printed figure (cocok, cocok dengan kebiasaan, salah, tidak dapat diperiksa) with its likely cause.',
};

/** The leading `//` comment of src/<modul>/index.ts, joined into one paragraph. */
function uraianModul(akar, modul) {
  const berkas = join(akar, 'src', modul, 'index.ts');
  if (!existsSync(berkas)) return URAIAN_CADANGAN[modul];
  const baris = [];
  for (const b of readFileSync(berkas, 'utf8').split('\n')) {
    if (!b.startsWith('//')) break;
    baris.push(b.replace(/^\/\/\s?/, ''));
  }
  return baris.length > 0 ? baris.join(' ') : URAIAN_CADANGAN[modul];
}

/** Where the comment that typedoc reads for this export sits (functions: their first signature). */
function komentarDari(r) {
  if (r.comment) return r.comment;
  for (const s of r.signatures ?? []) if (s.comment) return s.comment;
  return undefined;
}

/** @param {import('typedoc').Application} app */
export function load(app) {
  const akar = process.cwd();

  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (_context, r) => {
    if (!r.kindOf(ReflectionKind.Module)) return;
    const nama = r.name.replace(/(^|\/)index$/, '');
    r.name = nama === '' ? 'sakip' : nama.startsWith('sakip') ? nama : `sakip/${nama}`;
  });

  // Before typedoc's CategoryPlugin (priority -200) reads the @category tags.
  app.converter.on(
    Converter.EVENT_RESOLVE_END,
    (context) => {
      const project = context.project;
      const induk = [project, ...project.getReflectionsByKind(ReflectionKind.Module)];
      for (const i of induk) {
        for (const r of i.children ?? []) {
          if (r.kindOf(ReflectionKind.Module)) continue;
          const id = project.getSymbolIdFromReflection(r);
          const modul = id && modulDari(id.packagePath);
          // An export without documentation gets no category: the notDocumented check reports it.
          const komentar = komentarDari(r);
          if (!modul || !komentar || komentar.getTag('@category')) continue;
          komentar.blockTags.push(new CommentTag('@category', [{ kind: 'text', text: modul }]));
        }
      }
    },
    100,
  );

  // After the CategoryPlugin made the categories: give each its module's description.
  app.converter.on(
    Converter.EVENT_RESOLVE_END,
    (context) => {
      const project = context.project;
      const induk = [project, ...project.getReflectionsByKind(ReflectionKind.Module)];
      for (const i of induk) {
        for (const k of i.categories ?? []) {
          const uraian = uraianModul(akar, k.title);
          if (uraian) k.description = [{ kind: 'text', text: uraian }];
        }
      }
    },
    -300,
  );
}
