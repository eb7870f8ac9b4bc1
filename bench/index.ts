// `npm run bench`: runs every bench/*.bench.ts (or those named on the command line) in one process,
// so the ratios compare variants measured in the same run, then prints one summary table of every
// module's headline measurements against the goals (bench/ringkasan.ts). Prints; asserts nothing.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mulaiModul, pengukuran } from './alat.js';
import { barisRingkasan, tabelRingkasan } from './ringkasan.js';

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
  mulaiModul(f.replace(/\.bench\.ts$/, ''));
  await modul.default();
}

console.log(
  '\n## Ringkasan: ukuran utama setiap modul\n\n' +
    '÷ number dan ÷ decimal.js naif: waktu sakip dibagi waktu pembanding pada putaran yang sama ' +
    '(di bawah 1: sakip lebih cepat). Sasaran dari issue; ✓ tercapai pada mesin ini.\n',
);
console.log(tabelRingkasan(barisRingkasan(pengukuran)));
