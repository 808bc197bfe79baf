/**
 * The words read around a place name (data/places/context.json) and the personal names that
 * must never be taken for an unlisted place (data/places/ambiguous.tsv), loaded on first use.
 */
import { readFileSync } from 'node:fs';
import { foldKey } from './fold.js';

export interface PlaceLexicon {
  /** Capitalized neighbours that do not make the name part of a longer proper name. */
  functionWords: Set<string>;
  /** Evidence for a name that is also an ordinary word ("à Man", "de Tours"). */
  prepositions: Set<string>;
  /** Evidence for a name that is also a personal name ("à Kara", "vers Kati"). */
  locativePrepositions: Set<string>;
  /** Nouns announcing a place name ("le village de X") -> the kind the name gets. */
  cueNouns: Map<string, string>;
  /** Cues after which a region reading of the name wins ("la région de Mopti"). */
  regionCues: Set<string>;
  /** Adjectives allowed between a cue noun and "de" ("la commune rurale de X"). */
  cueAdjectives: Set<string>;
  /** Words that make "… à X" a place ("une attaque à X", "réunis à X"). */
  placeTriggers: Set<string>;
  /** Titles and kin words that make the next capitalized word a person ("M. Dokolo"). */
  personTitles: Set<string>;
  /** Cue nouns that count only after one of these words ("en direction de", "à destination de"). */
  cueNeedsBefore: Map<string, Set<string>>;
  /** "nord-Mali", "extrême-nord": a lower-case prefix that does not make a compound word. */
  directions: Set<string>;
  /** Folded names flagged in ambiguous.tsv: never an unlisted place. */
  notPlaces: Set<string>;
}

const DATA_DIR = new URL('../../data/places/', import.meta.url);

let loaded: PlaceLexicon | null = null;

export function placeLexicon(): PlaceLexicon {
  if (loaded) return loaded;
  const ctx = JSON.parse(readFileSync(new URL('context.json', DATA_DIR), 'utf8')) as Record<string, unknown>;
  const notPlaces = new Set<string>();
  for (const line of readFileSync(new URL('ambiguous.tsv', DATA_DIR), 'utf8').split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    notPlaces.add(foldKey(line.split('\t')[0]));
  }
  loaded = {
    functionWords: new Set(ctx.functionWords as string[]),
    prepositions: new Set(ctx.prepositions as string[]),
    locativePrepositions: new Set(ctx.locativePrepositions as string[]),
    cueNouns: new Map(Object.entries(ctx.cueNouns as Record<string, string>)),
    regionCues: new Set(ctx.regionCues as string[]),
    cueAdjectives: new Set(ctx.cueAdjectives as string[]),
    placeTriggers: new Set(ctx.placeTriggers as string[]),
    personTitles: new Set(ctx.personTitles as string[]),
    cueNeedsBefore: new Map(Object.entries(ctx.cueNeedsBefore as Record<string, string[]>).map(([k, v]) => [k, new Set(v)])),
    directions: new Set(ctx.directions as string[]),
    notPlaces,
  };
  return loaded;
}
