/**
 * The record stage: one reading per stretch of text, code point offsets, sentence indices.
 */
import type { Doc } from './doc.js';
import type { Entity, ExtraitRecord } from '../types.js';
import { SCHEMA_VERSION } from '../types.js';
import { CodePointMap } from '../text/codepoints.js';
import { currentTokenTable } from '../text/tokenTable.js';
import { Occupancy, resolveOverlaps, type Candidate } from '../resolve/overlaps.js';
import { containingSpan, firstStartingFrom } from '../text/spans.js';
import { titleCaseName } from '../text/normalize.js';
import { isNotAcronym, termAbbreviation } from '../organizations/organizations.js';
import { overlapsProduct, productSpans } from '../organizations/products.js';
import { lookupPlace } from '../places/index.js';
import { loadList } from '../data.js';
import { inEventName } from '../places/eventNames.js';
import { featureHead, widenedPlace } from '../places/featureHeads.js';
import { isVenueName } from '../places/venues.js';
import { namesAModel } from '../organizations/modelNames.js';
import { buildPeople, type KeptPerson } from './peopleIndex.js';
import { taggerPersonTitle } from '../people/personTitles.js';
import type { ResolvedPerson } from './doc.js';

/** A person candidate remembers the stage's person, for the `people` array. */
type PersonCandidateOf = Candidate<Draft> & { person?: ResolvedPerson };

import { eventRecords } from '../events/record.js';

type DraftOf<E> = E extends Entity ? Omit<E, 'start' | 'end' | 'sentence' | 'text'> : never;
type Draft = DraftOf<Entity>;

/** On equal span length: which reading wins. A strong-cue person beats a place of the same span. */
const PRIORITY = { date: 6, rank: 5, organization: 4, person: 3, place: 2 } as const;

export function buildRecord(doc: Doc): ExtraitRecord {
  const text = doc.text;
  const cands: Candidate<Draft>[] = [];
  for (const d of doc.dates) {
    cands.push({ start: d.start, end: d.end, priority: PRIORITY.date, value: { type: 'date', value: d.value, granularity: d.granularity, relative: d.relative, time: d.time, confidence: d.confidence } });
  }
  for (const r of doc.ranks) {
    cands.push({ start: r.start, end: r.end, priority: PRIORITY.rank, value: { type: 'rank', normalized: r.normalized, service: r.service } });
  }
  for (const o of doc.organizations) {
    // "un Boeing 747": the aircraft, not its maker
    if (namesAModel(text, o.start, o.end)) continue;
    // "le Stade de France": a venue keeps the organization's precedence but is a place
    const value: Draft = isVenueName(o.normalized) ? venueDraft(o.normalized) : { type: 'organization', normalized: o.normalized, acronym: o.acronym };
    cands.push({ start: o.start, end: o.end, priority: PRIORITY.organization, value });
  }
  for (const p of doc.resolvedPeople) {
    // a person typed only by repetition loses to a place of the same span ("Mali" after "Mali Diallo"?)
    const strong = p.cue !== 'repeat' && p.cue !== 'model';
    const c: PersonCandidateOf = { start: p.start, end: p.end, priority: strong ? PRIORITY.person + 0.5 : PRIORITY.person - 1.5, value: { type: 'person', name: p.clusterName, rank: p.rankText, rankNormalized: p.rankNormalized, title: p.titleText, honorific: p.honorificText, cluster: p.cluster }, person: p };
    cands.push(c);
  }
  const spans = lazyProductSpans(text);
  for (const pl of doc.places) {
    if (insideNamedThing(text, pl, spans)) continue;
    cands.push({ start: pl.start, end: pl.end, priority: PRIORITY.place, value: { type: 'place', normalized: pl.normalized, country: pl.country, kind: pl.kind, latitude: pl.latitude, longitude: pl.longitude } });
  }
  const occupancy = new Occupancy(text.length);
  const kept = fillGapsWithModel(text, resolveOverlaps(cands, occupancy), doc, occupancy, spans);
  // offsets and texts in the record are the input's, even when the stages read its NFC form
  const source = doc.source;
  const toSource = doc.toSource;
  const src = toSource ? (i: number) => toSource[i] : (i: number) => i;
  // the token table has seen every UTF-16 unit of the text: without a surrogate, code points are units
  const table = currentTokenTable(text);
  const cp = table && !table.hasSurrogates && source === text ? SAME_INDEX : new CodePointMap(source);
  const sentences = doc.sentences.map((s) => ({ start: cp.toCodePoint(src(s.start)), end: cp.toCodePoint(src(s.end)), text: source.slice(src(s.start), src(s.end)) }));
  const entities: Entity[] = [];
  // (a spread of every cluster id overflows the call stack on a document of 100,000 names)
  let nextCluster = doc.resolvedPeople.reduce((mx, p) => Math.max(mx, p.cluster), -1) + 1;
  const taggerClusters = new Map<string, number>();
  const keptPeople: KeptPerson[] = [];
  const entitySpans: { start: number; end: number; index: number }[] = [];
  let prevEnd = 0;
  for (const k of kept) {
    const sentence = containingSpan(doc.sentences, k.start);
    if (sentence < 0) continue;
    // a name never runs on into the next sentence: a span that does ("du ministère\nDéfense", the
    // line break read as a sentence end) joined two lines that have nothing to do with each other
    if (k.end > doc.sentences[sentence].end) continue;
    const v = k.value as unknown as Record<string, unknown>;
    // people only the tagger found: one cluster per name
    let cluster = v.type === 'person' ? (v.cluster as number) : -1;
    if (v.type === 'person' && cluster === -1) {
      const name = String(v.name);
      let c = taggerClusters.get(name);
      if (c === undefined) taggerClusters.set(name, (c = nextCluster++));
      cluster = c;
    }
    // a span never splits a letter from its combining marks (U+0301 after NFC failed to compose,
    // or marks of scripts NFC has no precomposed letters for): the marks belong to the entity
    let s = src(k.start);
    let e = extendOverMarks(source, src(k.end));
    if (s < e && startsOnMark(source, s)) s = s > prevEnd ? backToBase(source, s, prevEnd) : extendOverMarks(source, s);
    if (s >= e) continue;
    prevEnd = e;
    if (v.type === 'person') keptPeople.push({ index: entities.length, cluster, name: String(v.name), person: (k as PersonCandidateOf).person ?? null });
    entitySpans.push({ start: k.start, end: k.end, index: entities.length });
    entities.push(entityOf(v, source.slice(s, e), cp.toCodePoint(s), cp.toCodePoint(e), sentence, cluster));
  }
  const span = (r: { start: number; end: number }) => ({ start: cp.toCodePoint(src(r.start)), end: cp.toCodePoint(src(r.end)) });
  const warnings = doc.warnings;
  if (doc.tailCut) {
    const cut = span(doc.tailCut);
    warnings.push(`page noise after ${JSON.stringify(doc.tailCut.marker)} left out: ${cut.end - cut.start} characters from offset ${cut.start}`);
  }
  return {
    schemaVersion: SCHEMA_VERSION,
    id: doc.options.id ?? 'stdin',
    language: doc.language ?? { code: 'und', confidence: 0, reliable: false },
    documentDate: doc.documentDate,
    sentences,
    entities,
    encoding: null,
    regions: doc.regions.map(span),
    people: buildPeople(source, entities, keptPeople, src, (i) => cp.toCodePoint(i)),
    events: eventRecords(doc.events, { spans: entitySpans, entities, toCodePoint: (i) => cp.toCodePoint(src(i)), sourceText: (s, e) => source.slice(src(s), src(e)) }),
    warnings,
  };
}

/** Offsets of a text without surrogates: code points are UTF-16 units. */
const SAME_INDEX = { toCodePoint: (i: number) => i };

/**
 * The record entity of a kept reading: type, text, offsets and sentence first, then the reading's
 * own fields in their order (a person's cluster as resolved). Copied field by field: object
 * spread and rest copies cost more than the rest of the record.
 */
function entityOf(v: Record<string, unknown>, text: string, start: number, end: number, sentence: number, cluster: number): Entity {
  const e: Record<string, unknown> = { type: v.type, text, start, end, sentence };
  for (const key in v) {
    if (key === 'type') continue;
    e[key] = key === 'cluster' && v.type === 'person' ? cluster : v[key];
  }
  return e as unknown as Entity;
}

const NO_WORDS: string[] = [];

/** Below this the tagger's span is more often wrong than right on our dev sets. */
const MIN_MODEL_SCORE = 0.6;

/**
 * The statistical tagger only fills gaps: where a rule or lexicon has read the text (a rank, a
 * known organization, a person with a cue), its reading stands, and a model span touching it is
 * dropped. What remains must look like its type: a person of two words or more, an
 * organization that is an acronym or a name of two words or more.
 */
function fillGapsWithModel(text: string, kept: Candidate<Draft>[], doc: Doc, occupancy: Occupancy, products: () => { start: number; end: number }[]): Candidate<Draft>[] {
  if (!doc.modelSpans.length) return kept;
  const out: Candidate<Draft>[] = [];
  const removed = new Set<Candidate<Draft>>();
  for (const m of [...doc.modelSpans].sort((a, b) => b.score - a.score)) {
    if (m.score < MIN_MODEL_SCORE) continue;
    // most tagger spans lie on a rule's reading: only a sure person or organization may take
    // those over (particleJoinedPersons, swallowedPlaces below), the others are dropped there
    // anyway, so the tests in between are not run for them (nothing before changes the occupancy)
    if ((m.score < MIN_SWALLOW_SCORE || m.type === 'place') && !occupancy.isFree(m.start, m.end)) continue;
    if (m.type === 'place' && insideNamedThing(text, m, products)) continue;
    // "sorti sur Nintendo DS": a product, not its maker (the rules' organizations skip them too)
    if (m.type === 'organization' && (overlapsProduct(products(), m.start, m.end) || namesAModel(text, m.start, m.end))) continue;
    const surface = text.slice(m.start, m.end).replace(/\s+/g, ' ');
    // the words only decide for people and organizations: no split for the tagger's places
    const words = m.type === 'place' ? NO_WORDS : surface.split(/[\s'’]+/).filter(Boolean);
    if (m.type === 'person' && words.length < 2 && !(m.score >= MIN_ONE_WORD_PERSON_SCORE && /^\p{Lu}\p{Ll}[\p{L}\p{M}-]+$/u.test(surface) && !lookupPlace(surface))) continue;
    if (m.type === 'organization' && (isNotAcronym(words[0]) || (words.length < 2 && !singleWordOrganization(surface, m.score)))) continue;
    // "du dioxyde de carbone (CCUS)": a term's abbreviation, not a body
    if (m.type === 'organization' && words.length === 1 && openParenBefore(text, m.start) && termAbbreviation(text, m.start, surface)) continue;
    if (/(?:^|\s)(?:de|du|des|d|l|la|le)['’]?$/iu.test(surface)) continue;
    // "les Chefs d’État-Major Général": a staff named inside a function title is part of the title
    if (/chef(?:fe)?s?[\s\u00a0]+d['’][\s\u00a0]*$/iu.test(text.slice(Math.max(0, m.start - 12), m.start))) continue;
    // "François Roger de Gaignières": the rules read the given names and the surname apart
    if (m.type === 'person' && !occupancy.isFree(m.start, m.end)) {
      const parts = particleJoinedPersons(text, m, kept);
      if (parts) {
        const first = parts[0] as PersonCandidateOf;
        for (const c of parts) {
          removed.add(c);
          occupancy.release(c.start, c.end);
        }
        const value = { ...first.value, name: titleCaseName(surface) } as Draft;
        out.push({ start: first.start, end: m.end, priority: first.priority, value, person: first.person } as PersonCandidateOf);
        occupancy.take(first.start, m.end);
        continue;
      }
    }
    // places are swallowed only by a span that passed every test above: a span dropped after
    // swallowing took its places with it ("Chef d'État-major général des armées du Niger")
    if (!occupancy.isFree(m.start, m.end)) {
      const inside = swallowedPlaces(text, m, kept);
      // nothing else (a tagger span taken before) may lie in the gaps between those places
      if (!inside || !gapsFree(occupancy, m, inside)) continue;
      for (const c of inside) {
        removed.add(c);
        occupancy.release(c.start, c.end);
      }
    }
    if (m.type === 'person') {
      const { title, honorific } = taggerPersonTitle(text, doc.sentences, m.start, m.end);
      const titleText = title ? text.slice(title.start, title.end).replace(/[\s\u00a0]+/g, ' ').trim() : null;
      const value: Draft = { type: 'person', name: titleCaseName(surface), rank: null, rankNormalized: null, title: titleText, honorific: honorific && text.slice(honorific.start, honorific.end), cluster: -1 };
      // what the people array needs of a person the stages did not see
      const person = { rank: null, title: title && { start: title.start, end: title.end }, titleFormer: title?.former ?? false } as unknown as ResolvedPerson;
      out.push({ start: m.start, end: m.end, priority: 0, value, person } as PersonCandidateOf);
      occupancy.take(m.start, m.end);
      continue;
    }
    if (m.type === 'place') {
      // "le lac de [Campotosto]": the rules' feature nouns open the tagger's places too
      const head = featureHead(text, m.start, m.end, 0);
      const place = { start: m.start, ...placeDraft(surface) };
      const { start, ...value } = head && occupancy.isFree(head.start, m.start) ? widenedPlace(place, head) : place;
      out.push({ start, end: m.end, priority: 0, value: value as Draft });
      occupancy.take(start, m.end);
      continue;
    }
    out.push({ start: m.start, end: m.end, priority: 0, value: isVenueName(surface) ? venueDraft(surface) : { type: 'organization', normalized: surface, acronym: null } });
    occupancy.take(m.start, m.end);
  }
  return mergeByStart(removed.size ? kept.filter((c) => !removed.has(c)) : kept, out.sort((a, b) => a.start - b.start));
}

/**
 * A place named inside another thing's name: "la guerre d'Indochine", "le Tour de France" (a war,
 * a race), "la Coupe d'Afrique des nations" (a competition), whichever stage found it.
 */
function insideNamedThing(text: string, place: { start: number; end: number }, products: () => { start: number; end: number }[]): boolean {
  return inEventName(text, place.start) || overlapsProduct(products(), place.start, place.end);
}

/** The product and competition names of the text, found on first use (most texts name none). */
function lazyProductSpans(text: string): () => { start: number; end: number }[] {
  let spans: { start: number; end: number }[] | null = null;
  return () => (spans ??= productSpans(text));
}

/** Two lists sorted by start as one, the first list's item first on a tie (a stable sort of their concatenation). */
function mergeByStart<T extends { start: number }>(a: T[], b: T[]): T[] {
  if (!b.length) return a;
  const out: T[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(a[i].start <= b[j].start ? a[i++] : b[j++]);
  while (i < a.length) out.push(a[i++]);
  while (j < b.length) out.push(b[j++]);
  return out;
}

function gapsFree(occupancy: Occupancy, m: { start: number; end: number }, inside: { start: number; end: number }[]): boolean {
  let pos = m.start;
  for (const c of inside) {
    if (!occupancy.isFree(pos, c.start)) return false;
    pos = c.end;
  }
  return occupancy.isFree(pos, m.end);
}

/** Particles between given names and a surname: "de Gaignières", "d'Épinay", "van der Garde", "da Silva". */
const NAME_PARTICLE = /^[\s\u00a0]+(?:de(?:[\s\u00a0]+la)?|du|des|d['’]|van(?:[\s\u00a0]+der)?|von|da|di|del|della|dos|das)[\s\u00a0]*$/u;

/**
 * The rule persons a sure tagger person spans, when they are its given names and its surname read
 * apart around a particle ("François Roger" + "Gaignières" in "François Roger de Gaignières"): the
 * first starts the tagger's span, the last ends it, and only particles lie between. Else null.
 */
function particleJoinedPersons(text: string, m: { start: number; end: number; score: number }, kept: Candidate<Draft>[]): Candidate<Draft>[] | null {
  if (m.score < MIN_SWALLOW_SCORE) return null;
  let i = firstStartingFrom(kept, m.start, (c) => c.start);
  if (i > 0 && kept[i - 1].end > m.start) return null;
  const inside: Candidate<Draft>[] = [];
  for (; i < kept.length && kept[i].start < m.end; i++) {
    const c = kept[i];
    if (c.value.type !== 'person' || c.end > m.end) return null;
    if (inside.length ? !NAME_PARTICLE.test(text.slice(inside[inside.length - 1].end, c.start)) : c.start !== m.start) return null;
    inside.push(c);
  }
  return inside.length >= 2 && inside[inside.length - 1].end === m.end ? inside : null;
}

/** A sure tagger organization may take over the places the rules found inside it. */
const MIN_SWALLOW_SCORE = 0.8;

/**
 * "la Ligue musulmane du Pakistan", "City University de New York": a capitalized organization
 * the tagger is sure of, holding only places the rules found, is one organization, not a place.
 * Returns those places, or null. `kept` is sorted and without overlaps: a binary search finds them.
 */
function swallowedPlaces(text: string, m: { start: number; end: number; type: string; score: number }, kept: Candidate<Draft>[]): Candidate<Draft>[] | null {
  if (m.type !== 'organization' || m.score < MIN_SWALLOW_SCORE || !/^\p{Lu}\S*\s+\S/u.test(text.slice(m.start, m.end))) return null;
  let i = firstStartingFrom(kept, m.start, (c) => c.start);
  if (i > 0 && kept[i - 1].end > m.start) return null; // a rule span crossing the start
  const inside: Candidate<Draft>[] = [];
  for (; i < kept.length && kept[i].start < m.end; i++) {
    const c = kept[i];
    if (c.value.type !== 'place' || c.end > m.end || (c.start === m.start && c.end === m.end)) return null;
    inside.push(c);
  }
  return inside.length ? inside : null;
}

/** Below this a lone surname of the tagger ("Kellogg", "Olano") is too often a stray capital. */
const MIN_ONE_WORD_PERSON_SCORE = 0.8;

/** Below this a one-word organization of the tagger ("Insee", "Sénat", "Toshiba") is too often a stray capital. */
const MIN_ONE_WORD_ORG_SCORE = 0.75;

function singleWordOrganization(surface: string, score: number): boolean {
  if (/^\p{Lu}[\p{Lu}\d&]{1,7}$/u.test(surface)) return true; // an acronym
  return score >= MIN_ONE_WORD_ORG_SCORE && /^\p{Lu}[\p{L}\p{M}'’&-]{2,}$/u.test(surface) && !bareHeads().has(surface);
}

let bareHeadSet: Set<string> | null = null;

/** "le Conseil", "l'Union" alone: a body's head noun pointing back to it, no name (data/organizations/bare-heads.txt). */
function bareHeads(): Set<string> {
  return (bareHeadSet ??= new Set(loadList('organizations/bare-heads.txt')));
}

/** A place the tagger found may still be in the gazetteer (a name the rules found too ambiguous alone). */
function placeDraft(surface: string): Extract<Draft, { type: 'place' }> {
  const known = lookupPlace(surface);
  return known
    ? { type: 'place', normalized: known.normalized, country: known.country, kind: known.kind, latitude: known.latitude, longitude: known.longitude }
    : { type: 'place', normalized: surface, country: null, kind: 'unknown', latitude: null, longitude: null };
}

/** A venue named like a body ("Stade de France", "Zénith de Pau"): a landmark with no coordinates of its own. */
function venueDraft(surface: string): Extract<Draft, { type: 'place' }> {
  return { type: 'place', normalized: surface, country: null, kind: 'landmark', latitude: null, longitude: null };
}

const SPACE = /[\s\u00a0]/;

/**
 * An opening parenthesis (then only spaces) right before `s`: what a term's abbreviation needs
 * ("dioxyde de carbone (CCUS)"), checked before the costlier look at the words before it.
 */
function openParenBefore(text: string, s: number): boolean {
  const floor = Math.max(0, s - 90);
  let i = s - 1;
  while (i >= floor && SPACE.test(text[i])) i--;
  return i >= floor && text.charCodeAt(i) === 40;
}

const MARK = /^\p{M}$/u;
const LETTER = /^\p{L}$/u;

function codePointBefore(text: string, i: number): string {
  if (i <= 0) return '';
  const lo = text.charCodeAt(i - 1);
  return lo >= 0xdc00 && lo <= 0xdfff && i >= 2 ? text.slice(i - 2, i) : text.slice(i - 1, i);
}

function codePointAt(text: string, i: number): string {
  const cp = text.codePointAt(i);
  return cp === undefined ? '' : String.fromCodePoint(cp);
}

/** The index after the combining marks that follow i (UTF-16 units). */
function extendOverMarks(text: string, i: number): number {
  // no combining mark is below U+0300: nothing to extend over
  if (i >= text.length || text.charCodeAt(i) < 0x300) return i;
  if (!LETTER.test(codePointBefore(text, i)) && !MARK.test(codePointBefore(text, i))) return i;
  let c: string;
  while (i < text.length && MARK.test((c = codePointAt(text, i)))) i += c.length;
  return i;
}

function startsOnMark(text: string, i: number): boolean {
  if (i >= text.length || text.charCodeAt(i) < 0x300) return false;
  return MARK.test(codePointAt(text, i));
}

/** Back over the marks to their base letter, never before `floor` (the previous entity's end). */
function backToBase(text: string, i: number, floor: number): number {
  let c: string;
  while (i > floor && MARK.test((c = codePointBefore(text, i)))) i -= c.length;
  return i > floor && LETTER.test((c = codePointBefore(text, i))) ? i - c.length : i;
}
