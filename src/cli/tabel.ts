// Plain-text tables for the terminal.

function baris(kolom: readonly string[], lebar: readonly number[], kanan: readonly boolean[]): string {
  return kolom
    .map((k, i) => (kanan[i] ? k.padStart(lebar[i] ?? 0) : k.padEnd(lebar[i] ?? 0)))
    .join('  ')
    .trimEnd();
}

/**
 * A table with a header rule; columns whose cells all look like numbers are right-aligned.
 */
export function tabel(judul: readonly string[], isi: readonly (readonly string[])[]): string {
  const lebar = judul.map((j, i) => Math.max(j.length, ...isi.map((r) => (r[i] ?? '').length)));
  const kanan = judul.map(
    (_, i) => isi.length > 0 && isi.every((r) => /^[-+]?(Rp)?[\d.,]+%?$|^—$/.test(r[i] ?? '')),
  );
  return [
    baris(judul, lebar, kanan),
    lebar.map((l) => '-'.repeat(l)).join('  '),
    ...isi.map((r) => baris(r, lebar, kanan)),
  ].join('\n');
}
