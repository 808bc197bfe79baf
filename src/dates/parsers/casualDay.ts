/**
 * Days named relative to the document date or to the previous dated mention, beyond what
 * chrono.fr knows: "avant-hier", "après-demain", "la nuit dernière", "la veille", "le lendemain",
 * "le surlendemain", "l'avant-veille", "le jour même", "le même jour".
 * "la veille du scrutin" / "au lendemain de l'attaque" point at an event: kept (TimeML marks
 * them) with no value, unless a date stands right before it ("hier, au lendemain de la
 * démission": the same day, see refiners/eventAnchor.ts). After "au" / "à la" the span is the
 * noun alone ("au lendemain de" → "lendemain"), as "au" is a preposition.
 */
import type { ParsingContext, ParsingResult } from 'chrono-node';
import { FrParser } from './base.js';
import { TAG } from '../tags.js';
import { addDays } from '../calendar.js';
import { wordIn, wordsOf, type Gate } from '../anchors.js';

/**
 * "désormais" / "d'ici" are not here: TimeML annotates them as the document day, but they
 * name no date a reader would look for (the seed records, written by hand, have none).
 */
/** "la nuit dernière" is the night that ended on the document day: the day before, as "hier soir". */
const FROM_DOCUMENT: Record<string, number> = { 'avant-hier': -2, 'après-demain': 2, 'la nuit dernière': -1 };
const FROM_PREVIOUS: Record<string, number> = {
  veille: -1, 'avant-veille': -2, lendemain: 1, surlendemain: 2, 'jour même': 0, 'même jour': 0,
};

/** An adjective right after "veille" ("sanitaire", "technologique", "citoyenne", "sociale"). */
const WATCH_ADJECTIVE = /^\s+\p{Ll}+(?:aire|ique|enne|ale|elle|ive)s?(?![\p{L}\p{N}])/u;

export class CasualDayParser extends FrParser {
  /** The last word of each day word ("avant-hier", "jour même"), after "la"/"l'"/"le". */
  gate(): Gate {
    const keys = [...Object.keys(FROM_DOCUMENT), ...Object.keys(FROM_PREVIOUS)].map(wordsOf);
    // what stands before the last word: an article, "au", or the day word's own first part
    const atStart = "(?<=(?:la\\s+|l'|le\\s+|au\\s+|avant-|après-|jour\\s+|même\\s+|nuit\\s+))";
    return { ...wordIn(keys.map((w) => w[w.length - 1])), lead: 1 + Math.max(...keys.map((w) => w.length - 1)), starts: 'word', atStart };
  }

  protected innerPattern(): string {
    return `(avant-hier|après-demain|la\\s+nuit\\s+dernière)|(?:la\\s+|l'|le\\s+|(?<=au\\s+))(veille|avant-veille|lendemain|surlendemain|jour\\s+même|même\\s+jour)`;
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const [whole, docWord, prevWord] = match;
    const index = match.index ?? 0;
    const ref = context.refDate;
    const today = { y: ref.getFullYear(), m: ref.getMonth() + 1, d: ref.getDate() };
    const result = context.createParsingResult(index, whole);
    if (docWord) {
      const day = addDays(today, FROM_DOCUMENT[docWord.toLowerCase().replace(/\s+/g, ' ')]);
      result.start.assign('year', day.y);
      result.start.assign('month', day.m);
      result.start.assign('day', day.d);
      result.addTag(TAG.rel + 'day');
      return result;
    }
    const after = context.text.slice(index + whole.length, index + whole.length + 24);
    const key = prevWord.toLowerCase().replace(/\s+/g, ' ');
    // "la veille sanitaire", "la veille citoyenne": watch, the noun with its adjective, no day
    if (key === 'veille' && WATCH_ADJECTIVE.test(after)) return null;
    let out = result;
    let tag = TAG.prev + String(FROM_PREVIOUS[key] ?? 0);
    if (/^\s*(?:de|du|des|d')(?![\p{L}])/iu.test(after)) {
      if (key.includes('même')) return null; // "le jour même de" is not a day of its own
      tag = TAG.prev + 'event';
      const before = context.text.slice(Math.max(0, index - 4), index);
      if (/(?:^|[^\p{L}])(?:au|à)\s+$/iu.test(before) && /^l[ea]\s/i.test(whole)) {
        // "à la veille de" / "au lendemain de" (chrono sees "lendemain" after "au"): the noun only
        const noun = whole.replace(/^l[ea]\s+/i, '');
        out = context.createParsingResult(index + whole.length - noun.length, noun);
      }
    }
    out.start.imply('year', today.y);
    out.start.imply('month', today.m);
    out.start.imply('day', today.d);
    out.addTag(tag);
    return out;
  }
}
