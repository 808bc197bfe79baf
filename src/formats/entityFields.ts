/**
 * One place that knows, per entity type, which record fields are worth showing and what each
 * output format calls the type, so that HTML tooltips, BRAT notes, CSV columns and the terminal
 * summary never disagree about what "the normalized value" of an entity is.
 */
import type { Entity, EntityType } from '../types.js';

export const ENTITY_TYPES: readonly EntityType[] = ['person', 'rank', 'place', 'date', 'organization'];

/** Tag set of CoNLL scorers (seqeval, conlleval): the CoNLL-2003 names plus DATE and RANK. */
export const CONLL_TAG: Readonly<Record<EntityType, string>> = {
  person: 'PER',
  rank: 'RANK',
  place: 'LOC',
  date: 'DATE',
  organization: 'ORG',
};

/** BRAT entity type names (annotation.conf identifiers must start with a letter). */
export const BRAT_TYPE: Readonly<Record<EntityType, string>> = {
  person: 'Person',
  rank: 'Rank',
  place: 'Place',
  date: 'Date',
  organization: 'Organization',
};

export function isEntityType(t: string): t is EntityType {
  return (ENTITY_TYPES as readonly string[]).includes(t);
}

/** The value users join on: the person's name, the grade, the place, the ISO date, the expansion. */
export function normalizedValue(e: Entity): string | null {
  switch (e.type) {
    case 'person':
      return e.name;
    case 'date':
      return e.value;
    default:
      return e.normalized;
  }
}

let regionNames: Intl.DisplayNames | null | undefined;

/** "Mali" for "ML"; null when ICU does not know the code. Built lazily: most runs never need it. */
export function countryName(code: string): string | null {
  if (regionNames === undefined) {
    try {
      regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
    } catch {
      regionNames = null;
    }
  }
  if (!regionNames || !/^[A-Z]{2}$/.test(code)) return null;
  try {
    return regionNames.of(code) ?? null;
  } catch {
    return null;
  }
}

export type Detail = readonly [key: string, value: string];

/**
 * The facts an entity carries beyond its text, in reading order, absent ones left out.
 * Keys are the record's own field names, so a note "rank=Colonel" reads back unambiguously.
 */
export function entityDetails(e: Entity): Detail[] {
  const out: Detail[] = [];
  const add = (k: string, v: string | number | null | undefined): void => {
    if (v !== null && v !== undefined && v !== '') out.push([k, String(v)]);
  };
  switch (e.type) {
    case 'person':
      add('name', e.name);
      add('rank', e.rank);
      add('title', e.title);
      break;
    case 'rank':
      add('normalized', e.normalized);
      add('service', e.service);
      break;
    case 'place': {
      add('normalized', e.normalized);
      if (e.country) {
        const name = countryName(e.country);
        add('country', name ? `${e.country} (${name})` : e.country);
      }
      if (e.kind && e.kind !== 'unknown') add('kind', e.kind);
      if (e.latitude !== null && e.longitude !== null) {
        add('coordinates', `${round(e.latitude)}, ${round(e.longitude)}`);
      }
      break;
    }
    case 'date':
      add('value', e.value ?? 'unresolved');
      add('granularity', e.granularity);
      add('time', e.time);
      if (e.relative) add('relative', 'yes');
      if (e.confidence < 1) add('confidence', round(e.confidence));
      break;
    case 'organization':
      add('normalized', e.normalized);
      add('acronym', e.acronym);
      break;
  }
  return out;
}

function round(n: number): string {
  return String(Math.round(n * 10000) / 10000);
}
