// Reads the pixels of a screenshot (baca PNG) with node:zlib only, to tell a rendered page from a
// blank one. Enough of PNG for what Chromium writes: 8-bit RGB or RGBA, not interlaced.
import { inflateSync } from 'node:zlib';

export interface GambarPng {
  lebar: number;
  tinggi: number;
  /** 3 (RGB) or 4 (RGBA). */
  kanal: number;
  /** The pixels, row after row, filters undone. */
  piksel: Uint8Array;
}

const TANDA_PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

export function bacaPng(png: Buffer): GambarPng {
  if (!png.subarray(0, 8).equals(TANDA_PNG)) throw new Error('bukan PNG');
  let lebar = 0;
  let tinggi = 0;
  let kanal = 0;
  const idat: Buffer[] = [];
  for (let pos = 8; pos + 8 <= png.length; ) {
    const panjang = png.readUInt32BE(pos);
    const jenis = png.toString('latin1', pos + 4, pos + 8);
    const isi = png.subarray(pos + 8, pos + 8 + panjang);
    pos += 12 + panjang;
    if (jenis === 'IHDR') {
      lebar = isi.readUInt32BE(0);
      tinggi = isi.readUInt32BE(4);
      const [kedalaman, warna, , , interlace] = isi.subarray(8, 13);
      if (kedalaman !== 8 || (warna !== 2 && warna !== 6) || interlace !== 0) {
        throw new Error(`PNG tidak didukung: kedalaman ${kedalaman}, warna ${warna}, interlace ${interlace}`);
      }
      kanal = warna === 6 ? 4 : 3;
    } else if (jenis === 'IDAT') {
      idat.push(isi);
    } else if (jenis === 'IEND') {
      break;
    }
  }
  const mentah = inflateSync(Buffer.concat(idat));
  const baris = lebar * kanal;
  if (mentah.length !== tinggi * (baris + 1)) throw new Error('PNG terpotong');
  const piksel = new Uint8Array(tinggi * baris);
  for (let y = 0; y < tinggi; y++) {
    const filter = mentah[y * (baris + 1)];
    const dari = y * (baris + 1) + 1;
    const ke = y * baris;
    for (let x = 0; x < baris; x++) {
      const v = mentah[dari + x] ?? 0;
      const a = x >= kanal ? (piksel[ke + x - kanal] ?? 0) : 0;
      const b = y > 0 ? (piksel[ke - baris + x] ?? 0) : 0;
      const c = x >= kanal && y > 0 ? (piksel[ke - baris + x - kanal] ?? 0) : 0;
      const prediksi =
        filter === 0
          ? 0
          : filter === 1
            ? a
            : filter === 2
              ? b
              : filter === 3
                ? (a + b) >> 1
                : filter === 4
                  ? paeth(a, b, c)
                  : Number.NaN;
      if (Number.isNaN(prediksi)) throw new Error(`filter PNG ${filter} tidak dikenal`);
      piksel[ke + x] = (v + prediksi) & 0xff;
    }
  }
  return { lebar, tinggi, kanal, piksel };
}

/** How much a picture holds (isi gambar): distinct colours and the share of pixels off the background. */
export interface IsiGambar {
  warnaBerbeda: number;
  /** Share (0–1) of pixels whose colour is not the most common one (the background). */
  bagianBukanLatar: number;
}

export function isiGambar(g: GambarPng): IsiGambar {
  const hitung = new Map<number, number>();
  const jumlah = g.lebar * g.tinggi;
  for (let i = 0; i < jumlah; i++) {
    const o = i * g.kanal;
    // RGB only: a screenshot is opaque; alpha would not tell content apart.
    const warna = ((g.piksel[o] ?? 0) << 16) | ((g.piksel[o + 1] ?? 0) << 8) | (g.piksel[o + 2] ?? 0);
    hitung.set(warna, (hitung.get(warna) ?? 0) + 1);
  }
  let terbanyak = 0;
  for (const n of hitung.values()) terbanyak = Math.max(terbanyak, n);
  return { warnaBerbeda: hitung.size, bagianBukanLatar: jumlah === 0 ? 0 : 1 - terbanyak / jumlah };
}

/**
 * Whether a screenshot shows a rendered page (tidak kosong): at least 16 colours (antialiased text
 * alone gives dozens; a blank or single-colour page gives 1) and at least 1 % of the pixels off the
 * background colour (text, borders and fields of a form; a lone caret or hairline is far less).
 */
export function tidakKosong(i: IsiGambar): boolean {
  return i.warnaBerbeda >= 16 && i.bagianBukanLatar >= 0.01;
}
