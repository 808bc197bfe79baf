/**
 * A national team named by its country and its sport: "l'équipe de Tunisie", "l'équipe du Japon
 * de baseball", "l'Équipe de Slovénie de hockey sur glace", "l'équipe des Fidji de rugby à sept".
 * The team is the whole name, sport included; the country alone inside it is no place mention.
 * Lower-case "équipe" needs the sport after the country. Only a country (or a nation of one sport, "pays de Galles", "Angleterre") follows "équipe":
 * "l'équipe de Jean" or "l'équipe de la mairie" is a group of people, not a side.
 */
import type { OrganizationMention, Span } from '../mentions.js';
import { lookupPlace } from '../places/index.js';
import { scanTwins } from '../text/anchorGate.js';
import { RegExpTwins } from '../text/lazyRegExp.js';
import { lowerBound, positionsOf } from '../text/anchorScan.js';

const SP = '[\\s\\u00a0]+';
const DE = `(?:de${SP}(?:la${SP}|l['’][\\s\\u00a0]*)?|du${SP}|des${SP}|d['’][\\s\\u00a0]*)`;
/** the sports a national team is named for, with the qualifiers that name its format */
const SPORT =
  `(?:football(?:${SP}(?:féminin|masculin|américain|australien|de${SP}plage|des${SP}moins${SP}de${SP}\\d{2}${SP}ans))?` +
  `|rugby(?:${SP}à${SP}(?:XV|XIII|sept|7|VII|treize|quinze))?(?:${SP}féminin)?` +
  `|hockey(?:${SP}sur${SP}(?:glace|gazon))?|basket-?ball|handball|volley-?ball|water-polo|baseball|softball|cricket` +
  `|beach-volley|futsal|netball|curling|polo|crosse|lacrosse|tennis|(?:Coupe${SP}Davis|Fed${SP}Cup))`;
const TEAM_SOURCE = `(?<!\\p{L}|\\p{N})([EÉeé]quipe(?:${SP}nationale)?${SP}${DE})(\\p{Lu}[\\p{L}\\p{M}'’-]*(?:${SP}(?:de${SP})?\\p{Lu}[\\p{L}\\p{M}'’-]*){0,2}|pays${SP}de${SP}Galles)(?:${SP}${DE}(${SPORT})(?![\\p{L}]))?`;
const TEAM = new RegExpTwins(TEAM_SOURCE, 'u');
/** what every match holds after its first letter, and the letters that may begin it */
const ANCHOR = 'quipe';
const FIRST = new Set(['E', 'É', 'e', 'é'].map((c) => c.charCodeAt(0)));

/** Home nations play as teams of their own though they are no sovereign country. */
const NATIONS = new Set(['Angleterre', 'Écosse', 'pays de Galles', 'Pays de Galles', 'Irlande du Nord', 'Tahiti', 'Nouvelle-Calédonie', 'Kosovo', 'Taïwan', 'Hong Kong', 'Porto Rico', 'Groenland', 'Guadeloupe', 'Martinique', 'Guyane', 'La Réunion', 'Réunion', 'Mayotte', 'Palestine']);

function isNation(name: string): boolean {
  if (NATIONS.has(name)) return true;
  return lookupPlace(name)?.kind === 'country';
}

/** Where in the region a team's name may begin (region offsets, ascending, as [p, p + 1) ranges for scanMatches): at each "équipe". */
function candidateStarts(text: string, r: Span): number[] {
  const found = positionsOf(text, ANCHOR);
  const starts: number[] = [];
  for (let k = lowerBound(found, r.start + 1); k < found.length && found[k] + ANCHOR.length <= r.end; k++) {
    if (FIRST.has(text.charCodeAt(found[k] - 1))) starts.push(found[k] - 1 - r.start, found[k] - r.start);
  }
  return starts;
}

/** `gated` false runs the pattern over the whole region: the reference the tests compare with. */
export function nationalTeams(text: string, r: Span, out: OrganizationMention[], gated = true): void {
  const starts = gated ? candidateStarts(text, r) : null;
  if (starts !== null && starts.length === 0) return;
  const slice = text.slice(r.start, r.end);
  scanTwins(TEAM, slice, starts, (m) => {
    // the longest run of the capitalized words after "de" that is a country: "Nouvelle-Zélande de…"
    const words = m[2].split(/[\s\u00a0]+/);
    let n = words.length;
    while (n > 0 && !isNation(words.slice(0, n).join(' '))) n--;
    if (n === 0) return undefined;
    // "l'équipe de France" alone: many corpora (WiNER) keep the country a place there; the sport
    // or a capital "Équipe" makes it the team's name
    const named = m[3] !== undefined && n === words.length;
    if (!named && /^[eé]/.test(m[1])) return undefined;
    const country = words.slice(0, n).join(' ');
    let end = m.index + m[1].length + country.length;
    if (text.slice(r.start + m.index + m[1].length, r.start + end).replace(/[\s\u00a0]+/g, ' ') !== country) return undefined;
    // the sport is only part of the name when it follows the whole country name
    if (named) end = m.index + m[0].length;
    const start = r.start + m.index;
    out.push({ start, end: r.start + end, normalized: text.slice(start, r.start + end).replace(/[\s\u00a0]+/g, ' '), acronym: null });
    return end;
  });
}
