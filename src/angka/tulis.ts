/**
 * Writes a plain decimal string (`-1234.5`, as `Decimal#toFixed` gives) with thousands groups and a
 * decimal mark, in linear time (a regular expression with a lookahead per digit is quadratic). Shared
 * by the formatter and the parser's messages.
 */
export function tulisPolos(polos: string, ribuan: string, koma: string): string {
  const negatif = polos.startsWith('-');
  const badan = negatif ? polos.slice(1) : polos;
  const titik = badan.indexOf('.');
  const bulat = titik < 0 ? badan : badan.slice(0, titik) || '0';
  const pecahan = titik < 0 ? undefined : badan.slice(titik + 1);
  let dikelompokkan = bulat;
  if (ribuan !== '' && bulat.length > 3) {
    const kepala = bulat.length % 3 || 3;
    const kelompok = [bulat.slice(0, kepala)];
    for (let i = kepala; i < bulat.length; i += 3) kelompok.push(bulat.slice(i, i + 3));
    dikelompokkan = kelompok.join(ribuan);
  }
  return `${negatif ? '-' : ''}${dikelompokkan}${pecahan === undefined ? '' : koma + pecahan}`;
}
