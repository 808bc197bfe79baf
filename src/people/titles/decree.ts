/**
 * The decree shape: "le président a nommé le général de brigade X au poste de chef
 * d’état-major", "… nomme X ministre de la Défense", "X est reconduit comme …": the post comes
 * after the name, introduced by "au poste de", "comme", "en qualité de", or right after it when a
 * verb of nomination stands before the name in the sentence.
 */
import { headedPhraseAt, titleAt, type FoundTitle } from './extent.js';
import { B, E, shapeLexicon, SP } from './lexicon.js';
import { wordGates } from '../../text/anchorGate.js';
import { escapeRegExp } from '../../text/normalize.js';

let introRe: RegExp | null = null;
let verbRe: RegExp | null = null;
/** One of the verbs verbRe reads, in any case (the pattern matches none without one of these). */
let verbNeedle: RegExp | null = null;

/** The verbs of verbRe besides the listed ones. */
const PRESENT_VERBS = ['nomme', 'nommer', 'désigne', 'désigner'];

/**
 * Whether verbRe may match `before`: one of its verbs is written there, in any case. A necessary
 * condition only: most names follow no verb of nomination, and the pattern, unanchored, tries
 * each start of the window against every verb.
 */
function mayHoldVerb(before: string): boolean {
  if (!wordGates()) return true;
  // a plain alternation without the u flag: no look-behind nor property class to try at each start,
  // several times cheaper than the pattern; "É" still reads "é" there, not "ſ" "s" (the u flag's folding)
  verbNeedle ??= new RegExp(needles([...shapeLexicon().listed.appointVerbs, ...PRESENT_VERBS]).map(escapeRegExp).join('|'), 'i');
  return verbNeedle.test(before) || before.includes('\u017f');
}

/**
 * The first word of each phrase (its spaces, hyphens and apostrophes vary in running text), lower
 * case, without those that hold another (finding the shorter one is enough).
 */
function needles(phrases: string[]): string[] {
  const lower = [...new Set(phrases.map((p) => p.toLowerCase().split(/[\s'’-]/)[0]))];
  return lower.filter((w) => !lower.some((o) => o !== w && w.includes(o)));
}

export function decreeTitle(text: string, sentenceStart: number, nameStart: number, after: number, limit: number): FoundTitle | null {
  const { postIntros, appointVerbs } = shapeLexicon();
  introRe ??= new RegExp(`^(?:[\\s\\u00a0]*,[^,;.]{1,90},)?[\\s\\u00a0]*(?<intro>${postIntros})${E}`, 'iu');
  const m = introRe.exec(text.slice(after, Math.min(limit, after + 140)));
  if (m) {
    const pos = after + m[0].length;
    const t = titleAt(text, pos, limit, 'decree');
    if (t) return t;
    if (/tête/iu.test(m.groups!.intro)) return headedPhraseAt(text, after + m[0].length - m.groups!.intro.length, pos, limit, 'decree');
    return null;
  }
  // "a nommé X ministre de la Défense": a nomination verb before the name, the post right after
  verbRe ??= new RegExp(`${B}(?:a|ont|avait|vient${SP}de|va)?${SP}?(?:${appointVerbs}|nomme|nommer|désigne|désigner)${E}`, 'iu');
  const before = text.slice(Math.max(sentenceStart, nameStart - 80), nameStart);
  if (!mayHoldVerb(before) || !verbRe.test(before)) return null;
  return titleAt(text, after, limit, 'decree');
}
