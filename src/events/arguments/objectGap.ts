/**
 * Whether the person named after an active verb is that verb's object. "Le Conseil d'État a
 * suspendu l'arrêté pris par le préfet de police, X" dismisses no one: the verbs listed in
 * data/events/object-gap.json take things as often as persons, so the words between the verb and
 * the name must be those a person's object phrase holds ("a suspendu pour trois mois le maire de
 * Gao, X"): function words and adverbs, nouns naming a person (data/events/people-nouns.json), the person's own rank, title and honorific, dates, and
 * the organizations and places named there.
 */
import type { ResolvedPerson } from '../../pipeline/doc.js';
import { loadJson } from '../../data.js';
import { within, type EventContext } from '../context.js';
import type { Trigger } from '../types.js';

let lexicon: { verb: RegExp; gapWords: Set<string> } | null = null;
function gapLexicon(): { verb: RegExp; gapWords: Set<string> } {
  if (lexicon) return lexicon;
  const data = loadJson<{ verbs: string[]; gapWords: string[] }>('events/object-gap.json');
  // nouns naming a person ("le président de la Caf, Ahmad" when no title was attached to the name)
  const people = loadJson<{ nouns: string[] }>('events/people-nouns.json').nouns;
  lexicon = {
    verb: new RegExp(`(?<![\\p{L}])(?:${data.verbs.join('|')})$`, 'iu'),
    gapWords: new Set([...data.gapWords, ...people]),
  };
  return lexicon;
}

/** An active trigger whose verb takes things as often as persons. */
export function takesThings(ctx: EventContext, t: Trigger): boolean {
  return t.voice === 'active' && gapLexicon().verb.test(ctx.text.slice(t.start, t.end));
}

const GAP_WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu;

/** Nothing but an object phrase's words stands between the trigger and `p`. */
export function objectPhraseLeadsTo(ctx: EventContext, t: Trigger, p: ResolvedPerson): boolean {
  const from = t.end;
  const chars = ctx.text.slice(from, p.start).split('');
  const blank = (s: { start: number; end: number } | null | undefined) => {
    if (!s) return;
    for (let i = Math.max(s.start, from); i < Math.min(s.end, p.start); i++) chars[i - from] = ' ';
  };
  blank(p.rank);
  blank(p.title);
  blank(p.honorific);
  for (const m of p.moreTitles ?? []) blank(m);
  // dates, and the organizations and places a title names ("le président de la Confédération
  // africaine de football (Caf), Ahmad")
  for (const m of within(ctx.dates, from, p.start)) blank(m);
  for (const m of within(ctx.organizations, from, p.start)) blank(m);
  for (const m of within(ctx.places, from, p.start)) blank(m);
  const { gapWords } = gapLexicon();
  for (const w of chars.join('').toLowerCase().replace(/’/g, "'").match(GAP_WORD) ?? []) {
    // an elided article or preposition keeps its apostrophe ("l'", "d'")
    const word = /^[ld]'/u.test(w) && w.length > 2 ? w.slice(0, 2) : w;
    if (!gapWords.has(word)) return false;
    if (word !== w && !gapWords.has(w.slice(2))) return false;
  }
  return true;
}
