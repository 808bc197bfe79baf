/** 32-bit hashing for sparse features: strings hashed once, combined with integer mixing. */

// a module-level binding: jest's VM looks up the global Math 40-280x slower than node does
const { imul } = Math;

export function hashString(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** hashString(s.slice(from, to)) without making the slice (prefixes and suffixes of every new word). */
export function hashRange(s: string, from: number, to: number, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** murmur3 finalizer: spreads the bits of a combined value. */
function fmix(h: number): number {
  h ^= h >>> 16;
  h = imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export function mix2(a: number, b: number): number {
  return fmix((imul(a, 0x9e3779b1) ^ b) >>> 0);
}

export function mix3(a: number, b: number, c: number): number {
  return fmix((imul(mix2(a, b), 0x9e3779b1) ^ c) >>> 0);
}

/** mix3(a, b, c) === mix2on(mix2(a, b), c): the first mix of a pair feature done once per word. */
export function mix2on(ab: number, c: number): number {
  return fmix((imul(ab, 0x9e3779b1) ^ c) >>> 0);
}

/**
 * The weight-table row of mix2(a, b): (mix2(a, b) & mask) << 3, in one call with the finalizer
 * written out. The same bits (the unsigned conversions of mix2 change none of the bits kept):
 * a new word computes some forty rows, and until the code is optimized every call costs.
 */
export function mixRow2(a: number, b: number, mask: number): number {
  let h = imul(a, 0x9e3779b1) ^ b;
  h ^= h >>> 16;
  h = imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h & mask) << 3;
}

/** The weight-table row of mix3(a, b, c), as mixRow2. */
export function mixRow3(a: number, b: number, c: number, mask: number): number {
  let h = imul(a, 0x9e3779b1) ^ b;
  h ^= h >>> 16;
  h = imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  h = imul(h, 0x9e3779b1) ^ c;
  h ^= h >>> 16;
  h = imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h & mask) << 3;
}
