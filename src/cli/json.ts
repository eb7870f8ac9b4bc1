// JSON output: Decimals as plain decimal strings ("55.72", never "5.572e+1"), absent values as null
// so every key is always there, keys in the order the result was built, and characters that could
// act on a terminal (DEL, C1 controls, bidirectional overrides) escaped as \uXXXX — still the same
// data. Written without recursion: a budget tree may be deeper than the call stack.
import { apakahDecimal } from './teks.js';

const LOLOS = /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

function teksJson(s: string): string {
  return JSON.stringify(s).replace(LOLOS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A leaf as JSON text, or undefined when the value is a container. */
function daun(x: unknown): string | undefined {
  if (x === null || x === undefined) return 'null';
  if (apakahDecimal(x)) return teksJson(x.toFixed());
  switch (typeof x) {
    case 'string':
      return teksJson(x);
    case 'number':
      return Number.isFinite(x) ? String(x) : 'null';
    case 'boolean':
      return String(x);
    case 'bigint':
      return teksJson(x.toString());
    case 'object':
      return undefined;
    default:
      return 'null';
  }
}

interface Bingkai {
  objek: object;
  kunci: readonly (string | undefined)[];
  nilai: readonly unknown[];
  i: number;
  larik: boolean;
}

function bingkai(x: object): Bingkai {
  if (Array.isArray(x) || x instanceof Set) {
    const nilai = Array.isArray(x) ? x : [...x];
    return { objek: x, kunci: nilai.map(() => undefined), nilai, i: 0, larik: true };
  }
  const pasangan =
    x instanceof Map
      ? [...x.entries()].map(([k, v]) => [String(k), v] as const)
      : Object.keys(x).map((k) => [k, (x as Record<string, unknown>)[k]] as const);
  // Functions are not data: left out, as JSON.stringify does.
  const data = pasangan.filter(([, v]) => typeof v !== 'function' && typeof v !== 'symbol');
  return { objek: x, kunci: data.map(([k]) => k), nilai: data.map(([, v]) => v), i: 0, larik: false };
}

/** A value as indented JSON text (see the module comment for what differs from JSON.stringify). */
export function keJson(akar: unknown, indentasi = 2): string {
  const awal = daun(akar);
  if (awal !== undefined) return awal;
  const bagian: string[] = [];
  const tumpuk: Bingkai[] = [];
  const terbuka = new Set<object>();
  const buka = (x: object): void => {
    if (terbuka.has(x)) throw new TypeError('keJson: struktur melingkar.');
    terbuka.add(x);
    const b = bingkai(x);
    bagian.push(b.larik ? '[' : '{');
    tumpuk.push(b);
  };
  buka(akar as object);
  while (tumpuk.length > 0) {
    const b = tumpuk[tumpuk.length - 1] as Bingkai;
    const jarak = ' '.repeat(indentasi * tumpuk.length);
    if (b.i >= b.nilai.length) {
      tumpuk.pop();
      terbuka.delete(b.objek);
      if (b.nilai.length > 0) bagian.push(`\n${' '.repeat(indentasi * tumpuk.length)}`);
      bagian.push(b.larik ? ']' : '}');
      continue;
    }
    const i = b.i++;
    bagian.push(`${i > 0 ? ',' : ''}\n${jarak}`);
    const kunci = b.kunci[i];
    if (kunci !== undefined) bagian.push(`${teksJson(kunci)}: `);
    const x = b.nilai[i];
    const d = daun(x);
    if (d !== undefined) bagian.push(d);
    else buka(x as object);
  }
  return bagian.join('');
}
