import type { GoldDocument } from '../../src/eval/types.js';

/** The record invariant, for gold: every entity's text is the code point slice of the document text. */
export function expectSpansMatchText(doc: GoldDocument): void {
  const cps = [...doc.text];
  for (const e of doc.entities) {
    expect(cps.slice(e.start, e.end).join('')).toBe(e.text);
  }
}
