// `npm run schema`: writes the JSON Schema of each model to docs/schema/, for users outside
// JavaScript. Numbers are described as they are accepted in JSON: a number, a string in the report's
// format ("2.142.720.865,00"), or a value with its own format ({ "angka": "92.711", "format": "en" }).
// test/model/model.test.ts keeps the files in step.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as z from 'zod';
import {
  Anggaran,
  Indikator,
  Laporan,
  NodeAnggaran,
  Sasaran,
  SkemaAngka,
  SkemaAngkaOpsional,
} from '../src/model/index.js';

const MODEL = {
  laporan: Laporan,
  sasaran: Sasaran,
  indikator: Indikator,
  anggaran: Anggaran,
  'node-anggaran': NodeAnggaran,
} as const;

/** What a number may be in a JSON report (the model parses it with `z.unknown().transform`). */
const ANGKA_JSON = [
  { type: 'number' },
  {
    type: 'string',
    description:
      'Angka seperti tercetak dalam laporan, dalam format laporan ("format": "id" bawaan, atau "en"): ' +
      '"6.811.847.000", "80,43%", "Rp 1.000,-".',
  },
  {
    type: 'object',
    description: 'Angka dengan formatnya sendiri, mengesampingkan format laporan.',
    properties: { angka: { type: 'string' }, format: { type: 'string', enum: ['id', 'en'] } },
    required: ['angka', 'format'],
    additionalProperties: false,
  },
];

type Def = { type?: string; in?: unknown };
const def = (s: unknown): Def => (s as { _zod: { def: Def } })._zod.def;

// A number schema is a pipe from `z.unknown()` (or its optional) into the parser; schemas derived from
// them (SkemaRupiah = SkemaAngka.refine(…)) keep the same input schema, so it identifies them.
const MASUKAN_ANGKA = def(SkemaAngka).in;
const MASUKAN_ANGKA_OPSIONAL = def(SkemaAngkaOpsional).in;

/** The JSON Schema documents, by file name, as written to docs/schema/. */
export function skemaJson(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(MODEL).map(([nama, skema]) => {
      const json = z.toJSONSchema(skema as z.ZodType, {
        io: 'input',
        unrepresentable: 'any',
        override: (ctx) => {
          const d = def(ctx.zodSchema);
          if (d.type !== 'pipe' || (d.in !== MASUKAN_ANGKA && d.in !== MASUKAN_ANGKA_OPSIONAL)) return;
          const s = ctx.jsonSchema as Record<string, unknown>;
          for (const k of Object.keys(s)) delete s[k];
          s.anyOf = d.in === MASUKAN_ANGKA ? ANGKA_JSON : [...ANGKA_JSON, { type: 'null' }];
        },
      });
      const dokumen = { ...json, title: `sakip: ${nama}` };
      return [`${nama}.schema.json`, `${JSON.stringify(dokumen, null, 2)}\n`];
    }),
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = join(import.meta.dirname, '..', 'docs', 'schema');
  mkdirSync(dir, { recursive: true });
  for (const [berkas, isi] of Object.entries(skemaJson())) {
    writeFileSync(join(dir, berkas), isi);
    console.log(`docs/schema/${berkas}`);
  }
}
