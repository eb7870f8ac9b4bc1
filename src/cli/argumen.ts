// Arguments of one command, read with node:util parseArgs, and that command's help — both from one
// description of its options, so the help cannot drift from what is accepted. Mistakes are told in
// Indonesian, naming the option and the nearest known one.
import { parseArgs } from 'node:util';
import { kunciTerdekat } from '../galat/jalur.js';
import { GalatPemakaian } from './galat.js';
import { bersihkan, potong } from './teks.js';

/** One option of a command. */
export interface Opsi {
  /** The long name, without dashes: `skala` for `--skala`. */
  nama: string;
  /** A one-letter alias: `h` for `-h`. */
  pendek?: string;
  /** `'teks'` takes a value (`--skala ID`); `'bendera'` is on or off (`--negatif`). */
  jenis: 'teks' | 'bendera';
  /** The value's placeholder in the help: `ID`, `ANGKA`. */
  contohNilai?: string;
  /** What it does, one or two lines (Indonesian). */
  keterangan: string;
  /** The values allowed, if a closed list (checked, with the nearest suggested). */
  pilihan?: readonly string[];
  /** Left out of the help (e.g. the many IKPA indicator options are described together). */
  tersembunyi?: boolean;
}

/** The description of a command: usage, options, positional arguments, help text. */
export interface Spesifikasi {
  nama: string;
  /** One line for the list of commands. */
  ringkas: string;
  /** Usage lines, after `sakip `: `audit <laporan.json|-> [opsi]`. */
  pemakaian: readonly string[];
  /** Paragraphs of explanation. */
  uraian: readonly string[];
  /** Positional arguments: how many, and their name for messages. */
  posisi: { min: number; maks: number; nama: string };
  opsi: readonly Opsi[];
  /** Examples, after `sakip `. */
  contoh?: readonly string[];
  /** Exit codes, one line each. */
  kodeKeluar?: readonly string[];
}

/** What was read: option values by long name, and the positional arguments. */
export interface ArgumenTerbaca {
  nilai: Readonly<Record<string, string | boolean | undefined>>;
  posisi: readonly string[];
  /** Whether `--help` / `-h` was given (then nothing else was checked). */
  bantuan: boolean;
}

export const OPSI_BANTUAN: Opsi = {
  nama: 'help',
  pendek: 'h',
  jenis: 'bendera',
  keterangan: 'tampilkan bantuan ini',
};

const tampak = (s: string): string => potong(bersihkan(s), 60);

/**
 * The known word nearest to a mistyped one (saran): a likely typo (the library's edit distance), else
 * the only known word it begins (`PERMENDAGRI_54` → `PERMENDAGRI_54_2010`).
 */
export function saran(kata: string, dikenal: readonly string[]): string | undefined {
  const dekat = kunciTerdekat(kata, dikenal);
  if (dekat !== undefined || kata.length < 3) return dekat;
  const awal = dikenal.filter((d) => d.toLowerCase().startsWith(kata.toLowerCase()));
  return awal.length === 1 ? awal[0] : undefined;
}

// A negative number (`-5`, `-0,736`) is a value, not an option.
const ANGKA_NEGATIF = /^[-−]\d/;

/**
 * Reads the arguments of a command (baca argumen): parseArgs in non-strict mode with tokens, then
 * every token checked here so each mistake gets its own Indonesian message — an unknown option (with
 * the nearest known one), a missing value, a value given to a switch, an option given twice, a value
 * outside its list, too many or too few positional arguments.
 *
 * @throws {GalatPemakaian} for every mistake.
 */
export function bacaArgumen(spek: Spesifikasi, argumen: readonly string[]): ArgumenTerbaca {
  const semua = [...spek.opsi, OPSI_BANTUAN];
  const menurutNama = new Map(semua.map((o) => [o.nama, o]));
  // Negative numbers: glued to the option before them (`--target=-5`), or hidden from parseArgs as
  // positional placeholders it cannot mistake for options.
  const asli = new Map<string, string>();
  const args: string[] = [];
  for (let i = 0; i < argumen.length; i++) {
    const a = argumen[i] as string;
    if (a === '--') {
      args.push(...argumen.slice(i));
      break;
    }
    if (ANGKA_NEGATIF.test(a)) {
      const sebelum = args[args.length - 1];
      const opsi =
        sebelum?.startsWith('--') && !sebelum.includes('=') ? menurutNama.get(sebelum.slice(2)) : undefined;
      if (opsi?.jenis === 'teks') {
        args[args.length - 1] = `${sebelum}=${a}`;
      } else {
        const ganti = `\u0000${asli.size}`;
        asli.set(ganti, a);
        args.push(ganti);
      }
      continue;
    }
    args.push(a);
  }

  const opsiParse: Record<string, { type: 'string' | 'boolean'; short?: string }> = {};
  for (const o of semua) {
    opsiParse[o.nama] = {
      type: o.jenis === 'teks' ? 'string' : 'boolean',
      ...(o.pendek ? { short: o.pendek } : {}),
    };
  }
  const { tokens } = parseArgs({
    args,
    options: opsiParse,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });

  const nilai: Record<string, string | boolean | undefined> = Object.create(null);
  const posisi: string[] = [];
  const masalah: string[] = [];
  let bantuan = false;
  for (const t of tokens) {
    if (t.kind === 'positional') {
      posisi.push(asli.get(t.value) ?? t.value);
      continue;
    }
    if (t.kind !== 'option') continue;
    const o = menurutNama.get(t.name);
    const mentah = tampak(t.rawName);
    if (o === undefined) {
      const usul = saran(
        t.name,
        semua.map((x) => x.nama),
      );
      masalah.push(
        `opsi ${mentah} tidak dikenal${usul ? `; maksudnya --${usul}?` : '.'}` +
          (usul
            ? ''
            : ` Opsi yang dikenal: ${semua
                .filter((x) => !x.tersembunyi)
                .map((x) => `--${x.nama}`)
                .join(', ')}.`),
      );
      continue;
    }
    if (o.nama === OPSI_BANTUAN.nama) {
      bantuan = true;
      continue;
    }
    if (nilai[o.nama] !== undefined) {
      masalah.push(`opsi --${o.nama} disebut lebih dari sekali.`);
      continue;
    }
    if (o.jenis === 'bendera') {
      if (t.inlineValue) masalah.push(`opsi --${o.nama} tidak menerima nilai (tulis --${o.nama} saja).`);
      else nilai[o.nama] = true;
      continue;
    }
    const v = t.value;
    if (v === undefined || (!t.inlineValue && v.startsWith('-') && v !== '-')) {
      masalah.push(`opsi --${o.nama} butuh nilai: --${o.nama} ${o.contohNilai ?? 'NILAI'}.`);
      continue;
    }
    const v2 = asli.get(v) ?? v;
    if (o.pilihan !== undefined && !o.pilihan.includes(v2)) {
      const usul = saran(v2, o.pilihan);
      masalah.push(
        `nilai --${o.nama} "${tampak(v2)}" tidak dikenal; pilih ${o.pilihan.join(', ')}${usul ? ` (maksudnya ${usul}?)` : ''}.`,
      );
      continue;
    }
    nilai[o.nama] = v2;
  }
  if (bantuan) return { nilai, posisi, bantuan };
  if (masalah.length === 0) {
    const { min, maks, nama } = spek.posisi;
    if (posisi.length < min) masalah.push(`sebutkan ${nama}.`);
    else if (posisi.length > maks) {
      const lebih = posisi.slice(maks).map((p) => `"${tampak(p)}"`);
      masalah.push(
        maks === 0
          ? `perintah ini tidak menerima argumen ${lebih.join(' ')}.`
          : `argumen berlebih: ${lebih.join(' ')} (hanya ${maks} ${nama}).`,
      );
    }
  }
  if (masalah.length > 0) throw new GalatPemakaian(masalah.join(' '));
  return { nilai, posisi, bantuan };
}

/** The width help text is wrapped to. */
const LEBAR_BANTUAN = 100;

/** A line wrapped at spaces to at most `lebar` characters (a longer word stays whole). */
function bungkus(teks: string, lebar: number): string[] {
  const hasil: string[] = [];
  let kini = '';
  for (const kata of teks.split(' ')) {
    if (kini !== '' && kini.length + 1 + kata.length > lebar) {
      hasil.push(kini);
      kini = kata;
    } else {
      kini = kini === '' ? kata : `${kini} ${kata}`;
    }
  }
  hasil.push(kini);
  return hasil;
}

/** The help of one command, from its description. */
export function teksBantuan(spek: Spesifikasi): string {
  const baris: string[] = [`sakip ${spek.nama} — ${spek.ringkas}`, '', 'Pemakaian:'];
  for (const p of spek.pemakaian) baris.push(`  sakip ${p}`);
  if (spek.uraian.length > 0) baris.push('', ...spek.uraian.flatMap((u) => bungkus(u, LEBAR_BANTUAN)));
  const opsi = [...spek.opsi.filter((o) => !o.tersembunyi), OPSI_BANTUAN];
  const kiri = opsi.map(
    (o) =>
      `${o.pendek ? `-${o.pendek}, ` : '    '}--${o.nama}${o.jenis === 'teks' ? ` ${o.contohNilai ?? 'NILAI'}` : ''}`,
  );
  const lebarKiri = Math.max(...kiri.map((k) => k.length));
  baris.push('', 'Opsi:');
  const lebarKanan = Math.max(LEBAR_BANTUAN - lebarKiri - 4, 30);
  opsi.forEach((o, i) => {
    const [pertama, ...lanjut] = o.keterangan.split('\n').flatMap((l) => bungkus(l, lebarKanan));
    baris.push(`  ${(kiri[i] as string).padEnd(lebarKiri)}  ${pertama}`);
    for (const l of lanjut) baris.push(`  ${' '.repeat(lebarKiri)}  ${l}`);
  });
  if (spek.contoh && spek.contoh.length > 0) {
    baris.push('', 'Contoh:');
    for (const c of spek.contoh) baris.push(`  sakip ${c}`);
  }
  if (spek.kodeKeluar && spek.kodeKeluar.length > 0) {
    baris.push('', 'Kode keluar:');
    for (const k of spek.kodeKeluar) baris.push(`  ${k}`);
  }
  return baris.join('\n');
}
