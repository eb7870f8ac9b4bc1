// Internal: the one path format of sakip's messages (`sasaran[0].indikator[1].target`), and the
// "did you mean" of an unknown key.

/** Writes a path: array positions in brackets, keys joined with dots; `''` for the input itself. */
export function jalur(path: readonly PropertyKey[], awal = ''): string {
  let s = awal;
  for (const p of path) {
    if (typeof p === 'number') s += `[${p}]`;
    else s += s === '' ? String(p) : `.${String(p)}`;
  }
  return s;
}

/** Joins a parent path and one key or position. */
export function sambungJalur(induk: string, kunci: string | number): string {
  return typeof kunci === 'number' ? `${induk}[${kunci}]` : induk === '' ? kunci : `${induk}.${kunci}`;
}

/** Optimal-string-alignment distance (Levenshtein with transpositions), case-insensitive. */
function jarak(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  const d: number[][] = Array.from({ length: x.length + 1 }, (_, i) => [i]);
  for (let j = 1; j <= y.length; j++) (d[0] as number[])[j] = j;
  for (let i = 1; i <= x.length; i++) {
    const baris = d[i] as number[];
    for (let j = 1; j <= y.length; j++) {
      const beda = x[i - 1] === y[j - 1] ? 0 : 1;
      let v = Math.min(
        (d[i - 1] as number[])[j]! + 1,
        baris[j - 1]! + 1,
        (d[i - 1] as number[])[j - 1]! + beda,
      );
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) {
        v = Math.min(v, (d[i - 2] as number[])[j - 2]! + 1);
      }
      baris[j] = v;
    }
  }
  return (d[x.length] as number[])[y.length]!;
}

/** The known key nearest to an unknown one, if it is near enough to be a likely typo. */
export function kunciTerdekat(kunci: string, dikenal: readonly string[]): string | undefined {
  if (kunci.length > 60) return undefined;
  let terbaik: string | undefined;
  let jarakTerbaik = Math.max(2, Math.floor(kunci.length / 3)) + 1;
  for (const k of dikenal) {
    const j = jarak(kunci, k);
    if (j < jarakTerbaik) {
      terbaik = k;
      jarakTerbaik = j;
    }
  }
  return terbaik;
}

/** The message for an unknown key: `kunci "kebjakan" tidak dikenal — maksudnya "kebijakan"?`. */
export function pesanKunciAsing(kunci: string, dikenal: readonly string[]): string {
  const tampil = kunci.length > 60 ? `${kunci.slice(0, 60)}…` : kunci;
  const saran = kunciTerdekat(kunci, dikenal);
  if (saran !== undefined) return `kunci "${tampil}" tidak dikenal — maksudnya "${saran}"?`;
  return dikenal.length === 0
    ? `kunci "${tampil}" tidak dikenal.`
    : `kunci "${tampil}" tidak dikenal; yang dikenal: ${dikenal.join(', ')}.`;
}
