// The command line's own errors. A library error (SakipError) means the input was read and refused;
// these mean the program could not even start on it: wrong usage, or a file it cannot read.

/** Wrong usage (galat pemakaian): an unknown option, a missing value … Exit code 2. */
export class GalatPemakaian extends Error {
  override readonly name = 'GalatPemakaian';
}

/**
 * A file that cannot be read as asked (galat berkas): missing, a directory, not JSON … Exit code 2.
 * `berkas` is the name as given (`-` for stdin), `letak` the line and column of a syntax error.
 */
export class GalatBerkas extends Error {
  override readonly name = 'GalatBerkas';
  constructor(
    readonly berkas: string,
    pesan: string,
    readonly letak?: { baris: number; kolom: number },
  ) {
    super(pesan);
  }
}
