import { jalankan } from './main.js';

process.exitCode = jalankan(process.argv.slice(2), {
  tulis: (t) => process.stdout.write(`${t}\n`),
  galat: (t) => process.stderr.write(`${t}\n`),
});
