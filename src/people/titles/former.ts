/**
 * Former posts: "ancien chef d’état-major", "l’ex-président", "l’ancienne ministre". The post is
 * kept, marked as past, and "ancien"/"ex-" stays in its text so that a reader of `title` alone is
 * not misled.
 */
import { B, shapeLexicon, SP } from './lexicon.js';

let re: RegExp | null = null;

/** Where "ancien " or "ex-" starts when it ends right at `titleStart`, else null. */
export function formerStart(text: string, titleStart: number): number | null {
  re ??= new RegExp(`${B}(?:${shapeLexicon().former})(?:-|${SP})$`, 'iu');
  const before = text.slice(Math.max(0, titleStart - 14), titleStart);
  const m = re.exec(before);
  if (!m) return null;
  // "l’ancien ministre": the title starts at "ancien"
  const elision = /^l['’]/iu.exec(m[0]);
  return titleStart - m[0].length + (elision ? elision[0].length : 0);
}
