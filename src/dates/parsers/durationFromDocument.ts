/**
 * A number of days, weeks, months or years counted from the document date: "il y a cinq
 * jours", "dans trois mois", "d'ici deux ans", and "depuis deux ans", whose date is the start
 * of the span. The value has the unit's precision ("il y a trois mois" is a month, "il y a
 * dix jours" a day, as chrono and TimeML give them); weeks give a day. Heads are data
 * (durationHeads in data/dates/fr.json). A vague count ("quelques jours") has no value and is
 * left out; "dans les trois mois" (a window) does not match, nor "depuis" in a past-tense clause,
 * whose span starts from the past event.
 */
import type { ParsingContext, ParsingResult } from 'chrono-node';
import { FrParser } from './base.js';
import { TAG } from '../tags.js';
import { alternation, lexicon } from '../lexicon.js';
import { escapeRegExp } from '../../text/normalize.js';
import { cardinalRe, cardinalValue } from '../numberWords.js';
import { addDays, fromUtc } from '../calendar.js';
import { tenseAround } from '../tense/verbGroup.js';
import { firstCharsOf, wordIn, wordsOf, type Gate } from '../anchors.js';

const UNIT: Record<string, 'day' | 'week' | 'month' | 'year'> = {
  jour: 'day', jours: 'day', semaine: 'week', semaines: 'week', mois: 'month', an: 'year', ans: 'year', année: 'year', années: 'year',
};

const NOUN_PHRASE_GOES_ON = /^\s+(?:de\s|d'|où|qui|dont|moyennes?|normales?|typiques?|ordinaires?|entières?|complètes?|records?|difficiles?|chargée?s?|suivante?s?|précédente?s?)(?![\p{L}])/iu;

const WORD_CHAR = /^[\p{L}\p{N}_]$/u;

/** Where `word` first stands as a whole word in `text` (no letter, digit or _ either side); -1 if nowhere. */
function wholeWordAt(text: string, word: string): number {
  // one shared pattern for the characters around: a pattern per head cost ~0.3 ms of every start to compile
  const around = (cp: number | undefined) => cp !== undefined && WORD_CHAR.test(String.fromCodePoint(cp));
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    // the code point before: a surrogate pair read whole
    const pair = at >= 2 && text.charCodeAt(at - 1) >= 0xdc00 && text.charCodeAt(at - 1) <= 0xdfff && text.charCodeAt(at - 2) >= 0xd800 && text.charCodeAt(at - 2) <= 0xdbff;
    const before = at === 0 ? undefined : text.codePointAt(pair ? at - 2 : at - 1);
    if (!around(before) && !around(text.codePointAt(at + word.length))) return at;
  }
  return -1;
}

/** What a head holds after its word `word`, as the pattern reads it (regex source): "il y a", "il" → " y a" with `\s+` for the spaces. */
function restAfterWord(head: string, word: string): string {
  const at = wholeWordAt(head.toLowerCase(), word);
  if (at < 0) throw new Error(`duration head ${JSON.stringify(head)} has no word ${JSON.stringify(word)}`);
  return escapeRegExp(head.slice(at + word.length)).replace(/ /g, '\\s+');
}

export class DurationFromDocumentParser extends FrParser {
  /**
   * The longest word of the head ("il y a": "il", "d'ici": "ici"), after the head's words
   * before it and followed by the rest of the head and a count; and a unit word.
   */
  gate(): Gate {
    const heads = Object.keys(lexicon().durationHeads).map(wordsOf);
    const longest = heads.map((h) => h.reduce((best, w, i) => (w.length > h[best].length ? i : best), 0));
    const units = wordIn(Object.keys(UNIT));
    // the head's words after the anchor word ("il" → " y a"), then the count
    const rests = new Set(Object.keys(lexicon().durationHeads).map((head, i) => restAfterWord(head, heads[i][longest[i]])));
    const atEnd = `(?:${[...rests].join('|')})\\s+(?:\\d|${cardinalRe()})`;
    return { ...wordIn(heads.map((h, i) => h[longest[i]])), lead: Math.max(...longest), starts: 'word', firsts: firstCharsOf(heads.map((h) => h[0])), needs: units, atEnd };
  }

  protected innerPattern(): string {
    const heads = alternation(Object.keys(lexicon().durationHeads)).replace(/ /g, '\\s+');
    return `(${heads})\\s+(\\d{1,3}|${cardinalRe()})\\s+(jours?|semaines?|mois|ans|an|années?)`;
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const [whole, headWord, countWord, unitWord] = match;
    const kind = lexicon().durationHeads[headWord.toLowerCase().replace(/\s+/g, ' ')];
    const n = cardinalValue(countWord);
    const unit = UNIT[unitWord.toLowerCase()];
    if (!kind || n === null || n === 0 || !unit) return null;
    // "dans une année moyenne", "dans les mois qui", "depuis deux ans de guerre": a noun phrase
    const end = (match.index ?? 0) + whole.length;
    if (NOUN_PHRASE_GOES_ON.test(context.text.slice(end, end + 24))) return null;
    // "elle s'est séparée de son mari depuis 30 ans": counted from a past event, not from the document
    if (kind === 'since' && tenseAround(context.text, match.index ?? 0, end) === 'past') return null;
    const sign = kind === 'later' ? 1 : -1;
    const ref = context.refDate;
    const today = { y: ref.getFullYear(), m: ref.getMonth() + 1, d: ref.getDate() };
    const result = context.createParsingResult(match.index ?? 0, whole);
    const s = result.start;
    if (unit === 'year') {
      s.assign('year', today.y + sign * n);
      s.imply('month', 1);
      s.imply('day', 1);
    } else if (unit === 'month') {
      const first = fromUtc(new Date(Date.UTC(today.y, today.m - 1 + sign * n, 1)));
      s.assign('year', first.y);
      s.assign('month', first.m);
      s.imply('day', 1);
    } else {
      const day = addDays(today, sign * n * (unit === 'week' ? 7 : 1));
      s.assign('year', day.y);
      s.assign('month', day.m);
      s.assign('day', day.d);
    }
    const gran = unit === 'week' ? 'day' : unit;
    result.addTag(TAG.gran + gran);
    result.addTag(TAG.rel + gran);
    return result;
  }
}
