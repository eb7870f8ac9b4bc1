// The `sakip` executable: the real streams, colours only on a terminal without NO_COLOR, a progress
// line only when stderr is a terminal.
import { jalankan } from './main.js';
import { warnaDiizinkan } from './teks.js';

const kemajuan = process.stderr.isTTY
  ? (teks: string) => {
      process.stderr.write(`\r\u001b[K${teks}`);
    }
  : undefined;

// `sakip audit laporan.json | head`: a reader that stops early is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

jalankan(process.argv.slice(2), {
  tulis: (t) => process.stdout.write(`${t}\n`),
  galat: (t) => process.stderr.write(`${t}\n`),
  // Touched only when a command reads `-`: an idle terminal stdin is never opened.
  get masukan() {
    return process.stdin;
  },
  warna: warnaDiizinkan(process.stdout.isTTY === true, process.env),
  ...(kemajuan ? { kemajuan } : {}),
}).then(
  (kode) => {
    process.exitCode = kode;
  },
  (e: unknown) => {
    process.stderr.write(
      `sakip: galat internal: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`,
    );
    process.exitCode = 3;
  },
);
