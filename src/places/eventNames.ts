/**
 * "la guerre d'Indochine", "le Tour de France", "le festival de Cannes": a place named right after
 * an event noun and "de", "du", "des" or "d'" is part of the event's name, and the text is about
 * the war or the race rather than the place. The nouns are data (data/places/event-nouns.txt);
 * so are those that open a newspaper's title ("l'Écho de Paris", data/places/press-nouns.txt).
 */
import { loadList } from '../data.js';
import { escapeRegExp } from '../text/normalize.js';
import { OF_BEFORE_NAME } from './featureHeads.js';

let pattern: RegExp | null = null;

function load(): RegExp {
  if (pattern) return pattern;
  // a noun listed in lower case may open a sentence with a capital; one listed with a capital
  // must be written so ("la tour de Londres" is a place, "le Tour de France" a race)
  const alt = [...loadList('places/event-nouns.txt'), ...loadList('places/press-nouns.txt')]
    .sort((a, b) => b.length - a.length)
    .map((n) => (n[0] === n[0].toLowerCase() ? `[${n[0]}${n[0].toUpperCase()}]` : n[0]) + escapeRegExp(n.slice(1)).replace(/ /g, '[\\s\\u00a0]+'))
    .join('|');
  pattern = new RegExp(`(?<!\\p{L}|\\p{M}|['’-])(?:${alt})[\\s\\u00a0]+(?:${OF_BEFORE_NAME})$`, 'u');
  return pattern;
}

/** Whether the place starting at `start` is named inside an event's name ("la bataille de Verdun"). */
export function inEventName(text: string, start: number): boolean {
  const c = text.charCodeAt(start - 1);
  // the noun and its "de"/"d'" end with a space or an apostrophe right before the name
  if (start < 4 || !(c === 32 || c === 0xa0 || c === 39 || c === 0x2019 || c === 10)) return false;
  return load().test(text.slice(Math.max(0, start - 24), start));
}
