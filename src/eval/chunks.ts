/**
 * Token tags → labelled chunks, for IOB1, IOB2 and BIOES/BILOU alike. One tolerant decoder
 * serves all three (the way conlleval does): B- always opens, I- continues a chunk of the same
 * label or opens one, E-/L- closes, S-/U- is a one-token chunk, a bare label ("PER") is read as I-.
 * The scheme matters only to report it and to count tags that are invalid under it.
 */

export type TagScheme = 'iob1' | 'iob2' | 'bioes';

export interface Chunk {
  label: string;
  /** Token indices, end exclusive. */
  start: number;
  end: number;
}

export interface DecodedTags {
  chunks: Chunk[];
  /** Tags that are invalid under the scheme (e.g. I-X after O in IOB2), repaired as the decoder says. */
  invalid: number;
}

const OUTSIDE = new Set(['O', '_', '', '-']);

function split(tag: string): { prefix: string; label: string } | null {
  if (OUTSIDE.has(tag)) return null;
  const c = tag.charCodeAt(1);
  // "B-PER", "B_PER"
  if (tag.length > 2 && (c === 45 || c === 95)) {
    const p = tag[0].toUpperCase();
    if (p === 'B' || p === 'I' || p === 'E' || p === 'S' || p === 'L' || p === 'U') {
      return { prefix: p, label: tag.slice(2) };
    }
  }
  return { prefix: 'I', label: tag };
}

/**
 * Guesses the scheme of a tag sequence: BIOES if any E-/S- tag; else IOB1 when chunks open with
 * I- more often than B- appears (in IOB1, B- only separates two adjacent chunks of one label; in
 * IOB2 an I- opening a chunk is an annotation slip, which real corpora have a few of).
 */
export function detectScheme(tags: Iterable<string>): TagScheme {
  let prevLabel: string | null = null;
  let iOpenings = 0;
  let bTags = 0;
  for (const tag of tags) {
    const t = split(tag);
    if (!t) {
      prevLabel = null;
      continue;
    }
    if (t.prefix === 'E' || t.prefix === 'S' || t.prefix === 'L' || t.prefix === 'U') return 'bioes';
    if (t.prefix === 'B') bTags++;
    else if (prevLabel !== t.label) iOpenings++;
    prevLabel = t.label;
  }
  return iOpenings > bTags ? 'iob1' : 'iob2';
}

export function decodeTags(tags: readonly string[], scheme: TagScheme = 'iob2'): DecodedTags {
  const chunks: Chunk[] = [];
  let invalid = 0;
  let open: Chunk | null = null;
  const close = (end: number) => {
    if (open) {
      open.end = end;
      chunks.push(open);
      open = null;
    }
  };
  for (let i = 0; i < tags.length; i++) {
    const t = split(tags[i]);
    if (!t) {
      close(i);
      continue;
    }
    const continues = open !== null && (open as Chunk).label === t.label;
    switch (t.prefix) {
      case 'B':
        close(i);
        open = { label: t.label, start: i, end: i + 1 };
        break;
      case 'I':
        if (!continues) {
          // Legal only in IOB1 (where I- opens a chunk); elsewhere a repaired error.
          if (scheme !== 'iob1') invalid++;
          close(i);
          open = { label: t.label, start: i, end: i + 1 };
        }
        break;
      case 'E':
      case 'L':
        if (!continues) {
          invalid++;
          close(i);
          open = { label: t.label, start: i, end: i + 1 };
        }
        close(i + 1);
        break;
      default: // S, U
        close(i);
        open = { label: t.label, start: i, end: i + 1 };
        close(i + 1);
    }
    if (scheme === 'bioes' && open && t.prefix !== 'E' && t.prefix !== 'L') {
      // In BIOES a chunk must end with E-: one closed by O or another tag is counted invalid.
      const next = i + 1 < tags.length ? split(tags[i + 1]) : null;
      if (!next || next.label !== t.label || next.prefix === 'B' || next.prefix === 'S') invalid++;
    }
  }
  close(tags.length);
  return { chunks, invalid };
}
