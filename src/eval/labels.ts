/**
 * Corpus tag labels → extrait entity types. Corpora spell the same class many ways (CoNLL
 * "PER", HIPE "pers", NewsEye "PER", OntoNotes "PERSON"); anything not listed here is kept in
 * the gold with its own label and reported as skipped by the scorer, never dropped unseen.
 */
const LABEL_TYPES: Record<string, string> = {
  per: 'person',
  pers: 'person',
  person: 'person',
  persname: 'person',
  loc: 'place',
  location: 'place',
  gpe: 'place',
  place: 'place',
  placename: 'place',
  org: 'organization',
  orgname: 'organization',
  organization: 'organization',
  organisation: 'organization',
  // HIPE "time" marks dates ("1er janvier 1798"), so it is scored as date.
  date: 'date',
  time: 'date',
  timex: 'date',
  timex3: 'date',
  rank: 'rank',
};

/** The extrait type a corpus label stands for, or null when it has none (MISC, prod…). */
export function typeForLabel(label: string): string | null {
  const key = label.toLowerCase();
  const direct = LABEL_TYPES[key];
  if (direct) return direct;
  // HIPE fine labels ("pers.ind", "loc.adm.town") carry the coarse class before the first dot.
  const dot = key.indexOf('.');
  if (dot > 0) return LABEL_TYPES[key.slice(0, dot)] ?? null;
  return null;
}

/** The entity types extrait produces, in report order. */
export const EXTRAIT_TYPES = ['person', 'rank', 'place', 'date', 'organization'] as const;
