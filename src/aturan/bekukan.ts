// Internal: deep freezing without recursion (a preset is frozen to its last Decimal).

/** Freezes an object graph deeply, iteratively (no stack limit), and returns it. */
export function bekukanDalam<T>(akar: T): T {
  const tumpuk: unknown[] = [akar];
  const dilihat = new Set<unknown>();
  while (tumpuk.length > 0) {
    const x = tumpuk.pop();
    if (typeof x !== 'object' || x === null || dilihat.has(x)) continue;
    dilihat.add(x);
    for (const k of Reflect.ownKeys(x)) {
      if (k === 'constructor') continue;
      const d = Reflect.getOwnPropertyDescriptor(x, k);
      if (d && 'value' in d) tumpuk.push(d.value);
    }
    Object.freeze(x);
  }
  return akar;
}
