/**
 * Facts about a folded word computed once per interned key id (text/tokenTable.ts) instead of
 * once per occurrence: "is a gazetteer key", "ends with a landmark noun", "can start a title". A recognizer gives the
 * function that computes a key's bits from its string (from its data, loaded at run time); the
 * table remembers the answer by id for every later document, and forgets everything when the
 * interner is cleared (its ids are then reused for other keys).
 */
import { keyGeneration, keyOfId } from './tokenTable.js';

/** Marks an entry as computed: a key's own bits are below it. */
const KNOWN = 0x8000;

export class KeyBits {
  private flags = new Uint16Array(4096);
  private generation = keyGeneration();

  /** `compute` returns the key's bits, at most 15 of them (0x7fff). */
  constructor(private readonly compute: (key: string) => number) {}

  of(id: number): number {
    if (this.generation !== keyGeneration()) {
      this.flags.fill(0);
      this.generation = keyGeneration();
    }
    if (id >= this.flags.length) {
      const grown = new Uint16Array(Math.max(id + 1, this.flags.length * 2));
      grown.set(this.flags);
      this.flags = grown;
    }
    let f = this.flags[id];
    if (f === 0) this.flags[id] = f = (this.compute(keyOfId(id)) & 0x7fff) | KNOWN;
    return f;
  }
}
