/**
 * Text rewritten for matching, with the way back: each rewriting step (fold) returns edits,
 * and a Folded keeps, for every UTF-16 unit of its text, where it starts and ends in the
 * original input, so that spans found in the folded text are spans of the original. No map is
 * built while no step has changed anything (the common case costs one regex test per step).
 */
export interface Edit {
  start: number;
  end: number;
  replacement: string;
}

export class Folded {
  private constructor(
    readonly text: string,
    private readonly starts: Int32Array | null,
    private readonly ends: Int32Array | null,
  ) {}

  static of(text: string): Folded {
    return new Folded(text, null, null);
  }

  /** Applies non-overlapping edits sorted by start; the replacement's units all map to the replaced span. */
  apply(edits: Edit[]): Folded {
    if (edits.length === 0) return this;
    const src = this.text;
    const parts: string[] = [];
    const starts: number[] = [];
    const ends: number[] = [];
    const keep = (from: number, to: number) => {
      parts.push(src.slice(from, to));
      for (let i = from; i < to; i++) {
        starts.push(this.origStart(i));
        ends.push(this.origEnd(i + 1));
      }
    };
    let pos = 0;
    for (const e of edits) {
      keep(pos, e.start);
      parts.push(e.replacement);
      const s = this.origStart(e.start);
      const en = this.origEnd(e.end);
      for (let i = 0; i < e.replacement.length; i++) {
        starts.push(i === 0 ? s : en);
        ends.push(en);
      }
      pos = e.end;
    }
    keep(pos, src.length);
    return new Folded(parts.join(''), Int32Array.from(starts), Int32Array.from(ends));
  }

  /** Original offset where the unit at folded index i starts. */
  origStart(i: number): number {
    if (!this.starts) return i;
    return i < this.starts.length ? this.starts[i] : this.origEnd(i);
  }

  /** Original offset of a folded end position (exclusive). */
  origEnd(e: number): number {
    if (!this.ends) return e;
    if (e <= 0) return this.origStart(0);
    return this.ends[Math.min(e, this.ends.length) - 1];
  }
}
