// `npm run bench`: runs every bench/*.bench.ts (or those named on the command line) in one process,
// so the ratios compare variants measured in the same run. Prints; asserts nothing.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const dipilih = process.argv.slice(2);
const berkas = readdirSync(import.meta.dirname)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => dipilih.length === 0 || dipilih.some((d) => f.startsWith(d)))
  .sort();

console.log(`# sakip bench — Node ${process.version}, ${new Date().toISOString()}`);
for (const f of berkas) {
  const modul = (await import(pathToFileURL(join(import.meta.dirname, f)).href)) as {
    default: () => Promise<void>;
  };
  await modul.default();
}
