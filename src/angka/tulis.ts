/**
 * Writes a plain decimal string (`-1234.5`, as `Decimal#toFixed` gives) with thousands groups and a
 * decimal mark. Shared by the formatter and the parser's messages.
 */
export function tulisPolos(polos: string, ribuan: string, koma: string): string {
  const negatif = polos.startsWith('-');
  const [bulat = '0', pecahan] = (negatif ? polos.slice(1) : polos).split('.');
  const dikelompokkan = ribuan === '' ? bulat : bulat.replace(/\B(?=(\d{3})+$)/g, ribuan);
  return `${negatif ? '-' : ''}${dikelompokkan}${pecahan === undefined ? '' : koma + pecahan}`;
}
