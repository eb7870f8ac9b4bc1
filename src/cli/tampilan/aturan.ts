// The rules a computation applied, named for people: id, the rule's own name, and where the choice
// came from (an option, the report's declaration, or the default). Printed by every command, so a
// figure is never shown without the rule behind it.
import { ATURAN_EFISIENSI } from '../../anggaran/aturanEfisiensi.js';
import { KEBIJAKAN_PEMBULATAN } from '../../angka/kebijakanPembulatan.js';
import { ATURAN_IKPA } from '../../ikpa/aturanIkpa.js';
import { SKALA } from '../../predikat/presetSkala.js';
import { ATURAN_SKM } from '../../skm/aturanSkm.js';

/** Where a rule choice came from. */
export type AsalAturan = 'opsi' | 'laporan' | 'bawaan';

const PRESET: Record<
  'kebijakan' | 'skala' | 'efisiensi' | 'skm' | 'ikpa',
  Readonly<Record<string, { nama: string }>>
> = {
  kebijakan: KEBIJAKAN_PEMBULATAN,
  skala: SKALA,
  efisiensi: ATURAN_EFISIENSI,
  skm: ATURAN_SKM,
  ikpa: ATURAN_IKPA,
};

/** `POTONG — Potong 2 desimal (…)`: the id and, for a preset, its name. */
export function namaAturan(jenis: keyof typeof PRESET, id: string): string {
  const preset = Object.hasOwn(PRESET[jenis], id) ? PRESET[jenis][id] : undefined;
  return preset === undefined ? id : `${id} — ${preset.nama}`;
}

/** Where the choice came from, in words: `(opsi --skala)`, `(dari laporan)`, `(bawaan)`. */
export function tulisAsal(asal: AsalAturan, opsi: string): string {
  return asal === 'opsi' ? `(opsi --${opsi})` : asal === 'laporan' ? '(dari laporan)' : '(bawaan)';
}

/** The origin of a choice: the option if given, else the report's declaration, else the default. */
export function asalAturan(dariOpsi: unknown, dariLaporan: unknown): AsalAturan {
  if (dariOpsi !== undefined) return 'opsi';
  return dariLaporan !== undefined ? 'laporan' : 'bawaan';
}

/** The rule a report declares for one kind (`laporan.aturan.skala` …), read defensively from raw JSON. */
export function aturanLaporan(data: unknown, jenis: 'skala' | 'efisiensi' | 'kebijakan'): string | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const aturan = Object.hasOwn(data, 'aturan') ? (data as { aturan?: unknown }).aturan : undefined;
  if (typeof aturan !== 'object' || aturan === null || !Object.hasOwn(aturan, jenis)) return undefined;
  const id = (aturan as Record<string, unknown>)[jenis];
  return typeof id === 'string' ? id : undefined;
}
