/**
 * "Chef d'État-major général des armées du Niger", "président de la Transition malienne": in
 * the complement of a post, a generic body ("armées du Niger", "Transition malienne") only says
 * whose post it is. The organizations stage runs before posts are known, and the tagger reads
 * such words as a body too; once the titles stage has placed each post, a generic body lying
 * inside one is left to the title. A listed body keeps its reading ("président en exercice de la
 * Confédération des États du Sahel", "chef d'état-major des Forces armées maliennes").
 */
import type { Span } from '../mentions.js';
import { loadJson } from '../data.js';
import { foldKey } from '../text/normalize.js';
import { lookupPlace } from '../places/index.js';
import { isListedOrganization } from './organizations.js';

let heads: string[] | null = null;

function scopeHeads(): string[] {
  if (!heads) heads = loadJson<{ heads: string[] }>('organizations/post-scopes.json').heads.map(foldKey).sort((a, b) => b.length - a.length);
  return heads;
}

/** A head word, then nothing, one adjective in lower case, or "de/du/des" and a known place. */
export function isPostScope(name: string): boolean {
  const key = foldKey(name);
  const head = scopeHeads().find((h) => key === h || key.startsWith(`${h} `));
  if (!head || isListedOrganization(name)) return false;
  const rest = name.replace(/[\s\u00a0]+/g, ' ').trim().split(' ').slice(head.split(' ').length).join(' ');
  if (rest === '') return true;
  if (/^\p{Ll}[\p{L}\p{M}-]*$/u.test(rest)) return true;
  const place = /^(?:du|des|de la|de l['’]|d['’]|de) ?(.+)$/u.exec(rest);
  return place !== null && lookupPlace(place[1]) !== null;
}

/** The spans `titles` hold wholly inside them that name a post's scope, dropped. */
export function withoutPostScopes<T extends Span>(text: string, items: T[], titles: Span[], isOrganization: (t: T) => boolean): T[] {
  if (!titles.length) return items;
  return items.filter((o) => !(isOrganization(o) && titles.some((t) => t.start <= o.start && o.end <= t.end) && isPostScope(text.slice(o.start, o.end))));
}
