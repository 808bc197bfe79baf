/**
 * A yes/no fact about folded keys (is it a given name, can it start a title …), kept per
 * interned key id of the token table: asked once per distinct word instead of once per
 * occurrence, and read with an array index instead of a Map look-up on a freshly sliced string.
 * The test runs on the key the first time an id is asked about, so the table follows whatever
 * the lexicon data holds; it is emptied when the interner is cleared (its ids then mean other keys).
 */
import { keyGeneration, keyOfId } from './tokenTable.js';

const UNKNOWN = 0;
const NO = 1;
const YES = 2;

export class KeyFlags {
  private flags = new Uint8Array(4096);
  private generation = -1;

  constructor(private readonly test: (key: string) => boolean) {}

  has(id: number): boolean {
    // the common case: a known id of the current generation
    if (id < this.flags.length && this.generation === keyGeneration()) {
      const f = this.flags[id];
      if (f !== UNKNOWN) return f === YES;
    }
    return this.ask(id);
  }

  private ask(id: number): boolean {
    const g = keyGeneration();
    if (g !== this.generation) {
      this.flags.fill(UNKNOWN);
      this.generation = g;
    }
    if (id >= this.flags.length) {
      const grown = new Uint8Array(Math.max(id + 1, this.flags.length * 2));
      grown.set(this.flags);
      this.flags = grown;
    }
    let f = this.flags[id];
    if (f === UNKNOWN) this.flags[id] = f = this.test(keyOfId(id)) ? YES : NO;
    return f === YES;
  }
}
