/**
 * Words right before a capitalized run that make it a person's name whatever else the word could
 * be: an honorific ("M.", "Mlle", the "Mad." of old print) or, in court and police news of the
 * 19th and early 20th century, an article and a word of the record ("le nommé", "le sieur",
 * "la veuve", "l'accusé"). After them "Chanel" or "Ferrari" is a woman or a man, not a firm.
 */
import type { RankMention, Span } from '../mentions.js';
import { isBlank } from '../text/blank.js';
import type { EndIndex } from '../text/spans.js';

const HONORIFIC_BEFORE = /(?<![\p{L}])(?:M\.|MM\.|Mme\.?|Mmes|Mlles?|Mad\.|Me|Dr\.?|Pr\.?|Mgr\.?|Monsieur|Madame|Mademoiselle|Maître|El[- ]?Hadj|Hadja|Feu|Docteur|Professeur|Sir|Lord|Lady|Dame|Mr\.?|Mrs\.?|Ms\.?)[\s\u00a0]+$/u;
/** "le nommé Rochat", "la veuve Perret": a name follows, but "la veuve de Tompkins" is Tompkins's widow, no particle of his. */
const RECORD_WORD_BEFORE = /(?<![\p{L}])(?:[Ll]e|[Ll]a|[Ll]['’])[\s\u00a0]*(?:nommée?|sieur|dame|demoiselle|veuve|citoyen(?:ne)?|accusée?|prévenue?|inculpée?)[\s\u00a0]+$/u;
/**
 * The words RECORD_WORD_BEFORE can end on, as written: one of them must end right before the
 * blanks that end the window, which a few comparisons tell before the regex tries every start.
 */
const RECORD_WORDS = ['nommé', 'nommée', 'sieur', 'dame', 'demoiselle', 'veuve', 'citoyen', 'citoyenne', 'accusé', 'accusée', 'prévenu', 'prévenue', 'inculpé', 'inculpée'];

function recordWordEndsAt(text: string, p: number, floor: number): boolean {
  for (const w of RECORD_WORDS) if (p - w.length >= floor && text.startsWith(w, p - w.length)) return true;
  return false;
}

/** Every word HONORIFIC_BEFORE can end on, as written ("El Hadj" ends on "Hadj"). */
const HONORIFIC_WORDS = ['M.', 'MM.', 'Mme', 'Mme.', 'Mmes', 'Mlle', 'Mlles', 'Mad.', 'Me', 'Dr', 'Dr.', 'Pr', 'Pr.', 'Mgr', 'Mgr.', 'Monsieur', 'Madame', 'Mademoiselle', 'Maître', 'Hadj', 'Hadja', 'Feu', 'Docteur', 'Professeur', 'Sir', 'Lord', 'Lady', 'Dame', 'Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.'];

/** HONORIFIC_WORDS by their last character. */
const HONORIFICS_BY_LAST = new Map<number, string[]>();
for (const w of HONORIFIC_WORDS) {
  const c = w.charCodeAt(w.length - 1);
  HONORIFICS_BY_LAST.set(c, [...(HONORIFICS_BY_LAST.get(c) ?? []), w]);
}

/**
 * Whether an honorific ends at p (not before `floor`): one of its words, as written, ends there.
 * Most names follow a word in lower case ("le président", "selon"): a few comparisons tell that
 * before the regex tries every start of the window.
 */
function honorificMayEndAt(text: string, p: number, floor: number): boolean {
  const words = HONORIFICS_BY_LAST.get(text.charCodeAt(p - 1));
  if (words) for (const w of words) if (p - w.length >= floor && text.startsWith(w, p - w.length)) return true;
  return false;
}

/** More than the longest cue ("la demoiselle ") and the character before it. */
const HONORIFIC_REACH = 24;

/**
 * HONORIFIC_BEFORE on text.slice(from, pos), read on the characters it can match: the blanks
 * that end it and the honorific ending where they start. An abbreviation's period ("Mad.",
 * "Mgr.") may have been read as a sentence end: then the honorific may lie before `from`.
 */
export function honorificCue(text: string, from: number, pos: number, recordWords = true): boolean {
  let p = pos;
  while (p > 0 && isBlank(text.charCodeAt(p - 1))) p--;
  if (p === pos) return false;
  const floor = p <= from && text.charCodeAt(p - 1) === 46 ? 0 : from;
  if (p < floor) return false;
  const windowStart = Math.max(floor, p - HONORIFIC_REACH);
  const window = text.slice(windowStart, pos);
  return (honorificMayEndAt(text, p, windowStart) && HONORIFIC_BEFORE.test(window)) || (recordWords && recordWordEndsAt(text, p, windowStart) && RECORD_WORD_BEFORE.test(window));
}

/** One capitalized word (hyphens and apostrophes inside): a surname, not a firm's longer name. */
const ONE_NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’-]+$/u;

/**
 * The organizations of one capitalized word that an honorific or a rank stands right before:
 * "Mlle Chanel", "le général Ferrari", "M. Renault" name a person (the lexicon's firm shares the
 * surname). The people stage reads them as names instead.
 */
export function namedAfterCue<T extends Span>(text: string, orgs: T[], ranksByEnd: EndIndex<RankMention>): Set<T> {
  const out = new Set<T>();
  for (const o of orgs) {
    if (!ONE_NAME_WORD.test(text.slice(o.start, o.end))) continue;
    const rank = ranksByEnd.firstEndingBetween(o.start - 3, o.start, (r) => /^[\s\u00a0]+$/.test(text.slice(r.end, o.start)));
    if (rank || honorificCue(text, Math.max(0, o.start - 40), o.start)) out.add(o);
  }
  return out;
}
