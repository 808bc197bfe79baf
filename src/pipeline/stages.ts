/**
 * The named pipeline components, in order. Each one does one thing and records it on the Doc.
 */
import type { Doc } from './doc.js';
import type { LanguageInfo } from '../types.js';
import { contentRegions, findBoilerplate } from '../clean/boilerplate.js';
import { MARKER_CHARS, detectLanguage } from '../language/detect.js';
import { markerShareOfRegions } from '../language/markers.js';
import { tokenTableOf } from '../text/tokenTable.js';
import { splitSentences } from '../sentences/split.js';
import { recognizeRanks } from '../ranks/ranks.js';
import { recognizeOrganizations } from '../organizations/organizations.js';
import { clubsInPlay } from '../organizations/clubsInPlay.js';
import { recognizePeople } from '../people/people.js';
import { namedAfterCue } from '../people/nameCues.js';
import { propagateAcronyms } from '../resolve/acronyms.js';
import { clusterPeople } from '../resolve/personClusters.js';
import { attachTitles } from '../people/personTitles.js';
import { withoutPostScopes } from '../organizations/postScopes.js';
import { withoutPortfolios } from '../organizations/portfolios.js';
import { recognizeDates } from '../dates/index.js';
import { parseLooseDate, resolveDocumentDate } from '../dates/documentDate.js';
import { isDateline, isStateName, recognizePlaces } from '../places/index.js';
import { datelineAgencies } from '../organizations/datelineAgencies.js';
import { tagEntities } from '../model/index.js';
import { recognizeEvents } from '../events/index.js';
import type { Span } from '../mentions.js';
import { containingSpan, EndIndex } from '../text/spans.js';

export interface Stage {
  name: string;
  run(doc: Doc): void;
  /** Recognizers are skipped for text that is reliably not French. */
  frenchOnly?: boolean;
}

/** Keeps the items that lie wholly inside one region (regions are sorted and disjoint). */
function insideRegions<T extends Span>(items: T[], regions: Span[]): T[] {
  return items.filter((m) => {
    const k = containingSpan(regions, m.start);
    return k >= 0 && m.end <= regions[k].end;
  });
}

export const clean: Stage = {
  name: 'clean',
  run(doc) {
    const found = findBoilerplate(doc.text);
    doc.boilerplate = found.spans;
    doc.tailCut = found.tail;
    doc.regions = contentRegions(doc.text.length, doc.boilerplate).filter((r) => /\S/.test(doc.text.slice(r.start, r.end)));
  },
};

/** Units of each region, and of the whole, the language is detected on. */
const LANGUAGE_SAMPLE = 3000;

export const language: Stage = {
  name: 'language',
  run(doc) {
    const given = doc.options.language;
    const lang: LanguageInfo = given
      ? { code: given, confidence: 1, reliable: true }
      : detectLanguage(
        doc.regions.map((r) => doc.text.slice(r.start, Math.min(r.end, r.start + LANGUAGE_SAMPLE))).join('\n').slice(0, LANGUAGE_SAMPLE),
        // the function words of the same sample, read from the token table the recognizers share
        markerShareOfRegions(tokenTableOf(doc.text), doc.regions, LANGUAGE_SAMPLE, MARKER_CHARS),
      );
    doc.language = lang;
    const source = given ? 'given' : 'detected';
    if (lang.reliable && lang.code !== 'fr') {
      if (doc.options.force) doc.warnings.push(`language ${source} as "${lang.code}" (confidence ${lang.confidence}); processed as French because of --force`);
      else {
        doc.processAsFrench = false;
        doc.warnings.push(`language ${source} as "${lang.code}" (confidence ${lang.confidence}): not French, entities not extracted (use --force to extract anyway)`);
      }
    } else if (lang.code === 'und') {
      doc.warnings.push('language undetermined (no word tells which): processed as French');
    } else if (!lang.reliable) {
      // A record processed as French that names another language must say so.
      doc.warnings.push(`language uncertain (best guess "${lang.code}", confidence ${lang.confidence}): processed as French`);
    }
  },
};

export const documentDate: Stage = {
  name: 'documentDate',
  run(doc) {
    const o = doc.options;
    doc.documentDate = resolveDocumentDate(doc.text, { referenceDate: o.referenceDate, inputDate: o.inputDate, url: o.url });
    if (o.inputDate && parseLooseDate(o.inputDate) === null) doc.warnings.push(`input date ${JSON.stringify(o.inputDate)} is not a date extrait reads (YYYY-MM-DD, ISO 8601, "6 novembre 2024"): ignored`);
  },
};

export const sentences: Stage = {
  name: 'sentences',
  run(doc) {
    doc.sentences = splitSentences(doc.text, doc.regions);
  },
};

export const dates: Stage = {
  name: 'dates',
  frenchOnly: true,
  run(doc) {
    doc.dates = insideRegions(recognizeDates(doc.text, doc.documentDate), doc.regions);
  },
};

export const ranks: Stage = {
  name: 'ranks',
  frenchOnly: true,
  run(doc) {
    doc.ranks = recognizeRanks(doc.text, doc.sentences);
  },
};

export const organizations: Stage = {
  name: 'organizations',
  frenchOnly: true,
  run(doc) {
    const found = recognizeOrganizations(doc.text, doc.regions, doc.ranks);
    // "JERUSALEM, 24 (Eeuter). —": the agency a dateline credits, however OCR spelled it
    for (const a of insideRegions(datelineAgencies(doc.text), doc.regions)) if (!found.some((o) => o.start < a.end && a.start < o.end)) found.push(a);
    found.sort((a, b) => a.start - b.start);
    clubsInPlay(doc.text, insideRegions(doc.sentences, doc.regions), found);
    doc.organizations = propagateAcronyms(doc.text, doc.regions, found);
  },
};

export const places: Stage = {
  name: 'places',
  frenchOnly: true,
  run(doc) {
    // "la ministre de la Mer": a portfolio word names the post, not a place
    doc.places = withoutPortfolios(doc.text, insideRegions(recognizePlaces(doc.text), doc.regions));
    // "BERLIN 30 octobre.": a dateline's words are the place, whatever an organization lexicon read there
    const datelines = doc.places.filter(isDateline);
    if (datelines.length) doc.organizations = doc.organizations.filter((o) => !datelines.some((d) => d.start < o.end && o.start < d.end));
    // "la Fédération de Russie", "la République islamique de Mauritanie": a state's long name is the
    // country, not an organization read inside it (a longer one, "la Banque de la République du Burundi", stays)
    const states = doc.places.filter((p) => isStateName(doc.text, p));
    if (states.length) doc.organizations = doc.organizations.filter((o) => !states.some((s) => s.start <= o.start && o.end <= s.end));
  },
};

/** The statistical tagger: spans the rules may have no lexicon for ("a village nobody listed"). */
export const model: Stage = {
  name: 'model',
  frenchOnly: true,
  run(doc) {
    if (doc.options.model === false) return;
    // "ministre de l'Énergie, du Pétrole et des Mines": the tagger's place on a portfolio word is the ministry's name
    doc.modelSpans = withoutPortfolios(doc.text, insideRegions(tagEntities(doc.text), doc.regions), (s) => s.type === 'place');
  },
};

export const people: Stage = {
  name: 'people',
  frenchOnly: true,
  run(doc) {
    // "Mlle Chanel", "le général Ferrari": after an honorific or a rank the word is a surname, not the firm
    const named = namedAfterCue(doc.text, doc.organizations, new EndIndex(doc.ranks));
    if (named.size) doc.organizations = doc.organizations.filter((o) => !named.has(o));
    // "l'hôpital Gabriel Touré", "le stade Modibo Keïta": a landmark's name is no person of the story
    const blocked: Span[] = [...doc.organizations, ...doc.dates, ...doc.places.filter((p) => p.kind === 'landmark' || p.kind === 'road' || isDateline(p))];
    // a one-word model "person" is too often a capitalized noun ("Défense et Sécurité")
    const modelPeople = doc.modelSpans.filter((s) => s.type === 'person' && s.score >= 0.75 && /\S\s+\S/.test(doc.text.slice(s.start, s.end)));
    doc.people = recognizePeople(doc.text, doc.sentences, { ranks: doc.ranks, blocked, modelPeople, organizations: doc.organizations });
  },
};

/** Who holds which post: titles in apposition, predicates, decrees, successions; honorifics. */
export const titles: Stage = {
  name: 'titles',
  frenchOnly: true,
  run(doc) {
    attachTitles(doc.text, doc.sentences, doc.people, doc.ranks);
    // "des armées du Niger" in "Chef d'État-major général des armées du Niger" is the post's, not a body
    const posts = doc.people.flatMap((p) => [...(p.title ? [p.title] : []), ...(p.moreTitles ?? [])]);
    doc.organizations = withoutPostScopes(doc.text, doc.organizations, posts, () => true);
    doc.modelSpans = withoutPostScopes(doc.text, doc.modelSpans, posts, (s) => s.type === 'organization');
  },
};

export const personClusters: Stage = {
  name: 'personClusters',
  frenchOnly: true,
  run(doc) {
    doc.resolvedPeople = clusterPeople(doc.text, doc.people);
  },
};

/** Who did what to whom, where and when: triggers and their arguments over the resolved mentions. */
export const events: Stage = {
  name: 'events',
  frenchOnly: true,
  run(doc) {
    doc.events = recognizeEvents(doc);
  },
};

export const DEFAULT_PIPELINE: Stage[] = [clean, language, documentDate, sentences, dates, ranks, organizations, places, model, people, titles, personClusters, events];
