// `npm run schema`: writes the JSON Schema of each model to docs/schema/, for users outside
// JavaScript. Numbers are described as they are accepted in JSON: a number, or a string in a
// report's format ("2.142.720.865,00"). test/model/schema.test.ts keeps the files in step.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { Anggaran, Indikator, Laporan, NodeAnggaran, Sasaran } from '../src/index.js';

const MODEL = {
  laporan: Laporan,
  sasaran: Sasaran,
  indikator: Indikator,
  anggaran: Anggaran,
  'node-anggaran': NodeAnggaran,
} as const;

const ANGKA_JSON = {
  anyOf: [
    { type: 'number' },
    {
      type: 'string',
      description:
        'Angka seperti tercetak dalam laporan, format id: "6.811.847.000", "80,43%", "Rp 1.000,-".',
    },
  ],
};

/** The JSON Schema documents, by file name, as written to docs/schema/. */
export function skemaJson(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(MODEL).map(([nama, skema]) => {
      const json = z.toJSONSchema(skema as z.ZodType, {
        io: 'input',
        unrepresentable: 'any',
        override: (ctx) => {
          // A Decimal (JS only) inside the Angka union: JSON carries numbers and strings.
          const s = ctx.jsonSchema as { anyOf?: unknown[] };
          if (
            Array.isArray(s.anyOf) &&
            s.anyOf.length === 3 &&
            s.anyOf.some((x) => JSON.stringify(x) === '{}')
          ) {
            delete s.anyOf;
            Object.assign(s, ANGKA_JSON);
          }
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
