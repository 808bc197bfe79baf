/**
 * Tolls: a number before "morts", "tués", "blessés", optionally through a victim noun and a
 * verb ("89 soldats tués", "12 personnes ont été tuées", "une centaine de morts", "ont fait
 * quinze morts"); "tuant 15 civils". Several figures for one toll ("revu à la hausse de 25 à
 * 89"): the highest stands.
 */
import { loadJson } from '../../data.js';
import type { Span } from '../../mentions.js';
import { approximateBefore, numberSource, parseNumber } from './numbers.js';
import { warmedUp } from '../../text/warmRegExp.js';

interface CasualtyData { killed: string[]; injured: string[]; victimNouns: string[]; verbsBefore: string[] }

export interface Toll { fatalities: number | null; injured: number | null; approximate: boolean }

let patterns: { toll: RegExp; killing: RegExp; massacre: RegExp } | null = null;

const SP = '[\\s\\u00a0]+';

function compiled() {
  if (patterns) return patterns;
  const d = loadJson<CasualtyData>('events/casualties.json');
  const num = numberSource();
  const victims = d.victimNouns.map((v) => v.replace(/ /g, SP)).join('|');
  const killed = d.killed.map((v) => v.replace(/ /g, SP)).join('|');
  const injured = d.injured.join('|');
  // NUMBER [victim noun [adjective]] [verb] (killed|injured)
  const toll = `(?<!\\p{L}|\\p{N})(?<num>${num})${SP}(?:(?:${victims})(?:${SP}[\\p{Ll}][\\p{Ll}-]*)?${SP})?(?:(?:ont|a|sont|auraient|aurait|avaient|ont trouvé la|ont perdu la)(?:${SP}(?:également|aussi|tous|toutes|\\p{Ll}+ment))?(?:${SP}été)?${SP})?(?:(?<killed>${killed})|(?<injured>${injured}))(?![\\p{L}])`;
  const killing = `(?<![\\p{L}])(?:tuant|tué|tue|abattu|massacré|exécuté)${SP}(?:(?:au moins|environ|près de|plus de|quelque)${SP})?(?<num>${num})${SP}(?:${victims})(?![\\p{L}])`;
  // "le massacre … d'environ 300 personnes"
  const massacre = `(?<![\\p{L}])(?:massacre|tuerie|exécution|meurtre)s?[^.;]{0,60}?${SP}d(?:e${SP}|['’])(?:(?:environ|près de|plus de|au moins|quelque)${SP})?(?<num>${num})${SP}(?:${victims})(?![\\p{L}])`;
  patterns = { toll: warmedUp(new RegExp(toll, 'giu')), killing: warmedUp(new RegExp(killing, 'giu')), massacre: warmedUp(new RegExp(massacre, 'giu')) };
  return patterns;
}

/** The toll a span of text (a sentence) gives, or nulls. */
export function tollIn(text: string, span: Span): Toll {
  const { toll, killing, massacre } = compiled();
  const out: Toll = { fatalities: null, injured: null, approximate: false };
  const slice = text.slice(span.start, span.end);
  const take = (kind: 'fatalities' | 'injured', written: string, index: number) => {
    const n = parseNumber(written);
    if (!n) return;
    const prev = out[kind];
    if (prev === null || n.value > prev) {
      out[kind] = n.value;
      if (kind === 'fatalities') out.approximate = n.approximate || approximateBefore(slice.slice(Math.max(0, index - 12), index));
    }
  };
  toll.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = toll.exec(slice)) !== null) {
    const g = m.groups!;
    // "un mort" is a figure; "un" alone before a noun may be an article: require the noun "mort(s)"
    take(g.killed ? 'fatalities' : 'injured', g.num, m.index);
  }
  for (const re of [killing, massacre]) {
    re.lastIndex = 0;
    while ((m = re.exec(slice)) !== null) take('fatalities', m.groups!.num, m.index + m[0].lastIndexOf(m.groups!.num));
  }
  return out;
}
