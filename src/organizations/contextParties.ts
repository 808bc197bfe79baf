/**
 * "le député Horizons", "le porte-parole de Renaissance", "Marie Lenoir (Renaissance)": parties
 * named by a common word are organizations only where the words before say so (a post, a party
 * noun) or in brackets after a person. Names and cues are data
 * (data/organizations/context-parties.json); elsewhere "Ensemble, ils…" or "la Renaissance
 * italienne" stay words.
 */
import type { OrganizationMention, Span } from '../mentions.js';
import { loadJson } from '../data.js';
import { escapeRegExp } from '../text/normalize.js';

interface Parties {
  pattern: RegExp;
  cues: Set<string>;
}

let parties: Parties | null = null;

function load(): Parties {
  if (parties) return parties;
  const d = loadJson<{ names: string[]; cues: string[] }>('organizations/context-parties.json');
  const names = [...d.names].sort((a, b) => b.length - a.length).map((n) => escapeRegExp(n).replace(/ /g, '[\\s\\u00a0]+'));
  return (parties = { pattern: new RegExp(`(?<![\\p{L}\\p{N}-])(?:${names.join('|')})(?![\\p{L}\\p{N}]|-\\p{L})`, 'gu'), cues: new Set(d.cues) });
}

/**
 * The words between a cue and the name: "de", "d'", "du parti", "du groupe", "de la liste", or an
 * adjective of the cue ("la coalition présidentielle Ensemble", "le parti présidentiel Renaissance").
 */
const LINK = /(?:[\s\u00a0]+(?:de|du|des)(?:[\s\u00a0]+(?:la|parti|groupe|mouvement|liste))?|[\s\u00a0]+d['’]|[\s\u00a0]+(?:à|chez)|[\s\u00a0]+\p{Ll}+(?:el|elle|al|ale|aire|iste|ien|ienne))?[\s\u00a0]*$/u;
/** A determiner before the name makes it the common word ("la Renaissance italienne", "des Horizons"). */
const DETERMINER = /(?:^|[\s\u00a0'’(])(?:[Ll]e|[Ll]a|[Ll]es|[Ll]|[Uu]n|[Uu]ne|[Dd]es|[Dd]u|[Cc]es?|[Cc]ette|[Ss]on|[Ss]a|[Ss]es|[Ll]eurs?|[Nn]otre|[Nn]os)['’]?[\s\u00a0]*$/u;

/** Whether the text before `s` ends in a cue word (and its link to the name). */
function cuedBefore(text: string, s: number, cues: Set<string>): boolean {
  const before = text.slice(Math.max(0, s - 60), s);
  const link = LINK.exec(before);
  const rest = link ? before.slice(0, link.index) : before;
  const word = /([\p{L}-]+)$/u.exec(rest);
  return word !== null && cues.has(word[1].toLowerCase());
}

/** "(Renaissance)", "(Horizons, Seine-Maritime)" right after a capitalized word (a person's name). */
function bracketedAfterName(text: string, s: number, e: number): boolean {
  return /\p{Lu}[\p{L}\p{M}'’-]*[\s\u00a0]*\([\s\u00a0]*$/u.test(text.slice(Math.max(0, s - 40), s)) && /^[\s\u00a0]*[),]/u.test(text.slice(e, e + 3));
}

/**
 * Once the text has named a party so ("le député Horizons"), its other mentions without a
 * determiner are the party too ("Chez Horizons, on…", "Renaissance a gagné 12 sièges"), except
 * "Ensemble," opening a clause.
 */
export function contextParties(text: string, regions: Span[], out: OrganizationMention[]): void {
  const { pattern, cues } = load();
  const confirmed = new Set<string>();
  const open: { s: number; e: number; name: string }[] = [];
  for (const r of regions) {
    pattern.lastIndex = r.start;
    for (let m = pattern.exec(text); m && m.index < r.end; m = pattern.exec(text)) {
      const s = m.index;
      const e = s + m[0].length;
      const name = m[0].replace(/[\s\u00a0]+/g, ' ');
      if (e > r.end || out.some((o) => o.start < e && s < o.end)) continue;
      if (cuedBefore(text, s, cues) || bracketedAfterName(text, s, e)) {
        confirmed.add(name);
        out.push({ start: s, end: e, normalized: name, acronym: null });
      } else open.push({ s, e, name });
    }
  }
  for (const { s, e, name } of open) {
    if (!confirmed.has(name) || DETERMINER.test(text.slice(Math.max(0, s - 8), s)) || (/^[\s\u00a0]*,/u.test(text.slice(e, e + 2)) && /(?:^|[.!?:»\n])[\s\u00a0]*$/u.test(text.slice(Math.max(0, s - 4), s)))) continue;
    out.push({ start: s, end: e, normalized: name, acronym: null });
  }
}
