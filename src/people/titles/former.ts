/**
 * Former posts: "ancien chef d’état-major", "l’ex-président", "l’ancienne ministre". The post is
 * kept, marked as past, and "ancien"/"ex-" stays in its text so that a reader of `title` alone is
 * not misled.
 */
import { B, shapeLexicon, SP } from './lexicon.js';
import { isBlank } from '../../text/blank.js';
import { wordGates } from '../../text/anchorGate.js';

let re: RegExp | null = null;
/** The last two letters of the former-post words ("ancien" → "en", "ex", "feu" → "eu"), lower case. */
let endings: Set<string> | null = null;

/**
 * Whether the pattern may match before `titleStart`: a hyphen or blanks end it, after a word that
 * ends like one of the listed ones. A necessary condition only: most titles follow an article.
 */
function mayEndAt(text: string, titleStart: number): boolean {
  if (!wordGates()) return true;
  endings ??= new Set(shapeLexicon().listed.former.map((w) => w.toLowerCase().slice(-2)));
  let p = titleStart;
  if (p > 0 && text.charCodeAt(p - 1) === 45) p--;
  else {
    while (p > 0 && isBlank(text.charCodeAt(p - 1))) p--;
    if (p === titleStart) return false;
  }
  // under the i and u flags "ſ" and the Kelvin sign read "s" and "k", which toLowerCase keeps apart
  const last = text.slice(Math.max(0, p - 2), p);
  return endings.has(last.toLowerCase()) || /[\u017f\u212a]/.test(last);
}

/** Where "ancien " or "ex-" starts when it ends right at `titleStart`, else null. */
export function formerStart(text: string, titleStart: number): number | null {
  if (!mayEndAt(text, titleStart)) return null;
  re ??= new RegExp(`${B}(?:${shapeLexicon().former})(?:-|${SP})$`, 'iu');
  const before = text.slice(Math.max(0, titleStart - 14), titleStart);
  const m = re.exec(before);
  if (!m) return null;
  // "l’ancien ministre": the title starts at "ancien"
  const elision = /^l['’]/iu.exec(m[0]);
  return titleStart - m[0].length + (elision ? elision[0].length : 0);
}
