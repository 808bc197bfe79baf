/**
 * The named pipeline components, in order. Each one does one thing and records it on the Doc.
 */
import type { Doc } from './doc.js';
import { contentRegions, markBoilerplate } from '../clean/boilerplate.js';
import { detectLanguage } from '../language/detect.js';
import { splitSentences } from '../sentences/split.js';
import { recognizeRanks } from '../ranks/ranks.js';
import { recognizeOrganizations } from '../organizations/organizations.js';
import { clubsInPlay } from '../organizations/clubsInPlay.js';
import { recognizePeople } from '../people/people.js';
import { propagateAcronyms } from '../resolve/acronyms.js';
import { clusterPeople } from '../resolve/personClusters.js';
import { recognizeDates } from '../dates/index.js';
import { resolveDocumentDate } from '../dates/documentDate.js';
import { recognizePlaces } from '../places/index.js';
import { tagEntities } from '../model/index.js';
import type { Span } from '../mentions.js';
import { containingSpan } from '../text/spans.js';

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
    doc.boilerplate = markBoilerplate(doc.text);
    doc.regions = contentRegions(doc.text.length, doc.boilerplate).filter((r) => /\S/.test(doc.text.slice(r.start, r.end)));
  },
};

export const language: Stage = {
  name: 'language',
  run(doc) {
    const sample = doc.regions.map((r) => doc.text.slice(r.start, Math.min(r.end, r.start + 3000))).join('\n').slice(0, 3000);
    const lang = detectLanguage(sample);
    doc.language = lang;
    if (lang.reliable && lang.code !== 'fr') {
      if (doc.options.force) doc.warnings.push(`language detected as "${lang.code}" (confidence ${lang.confidence}); processed as French because of --force`);
      else {
        doc.processAsFrench = false;
        doc.warnings.push(`language detected as "${lang.code}" (confidence ${lang.confidence}): not French, entities not extracted (use --force to extract anyway)`);
      }
    } else if (!lang.reliable) {
      doc.warnings.push(`language uncertain (best guess "${lang.code}", confidence ${lang.confidence}): processed as French`);
    }
  },
};

export const documentDate: Stage = {
  name: 'documentDate',
  run(doc) {
    const o = doc.options;
    doc.documentDate = resolveDocumentDate(doc.text, { referenceDate: o.referenceDate, inputDate: o.inputDate, url: o.url });
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
    clubsInPlay(doc.text, insideRegions(doc.sentences, doc.regions), found);
    doc.organizations = propagateAcronyms(doc.text, doc.regions, found);
  },
};

export const places: Stage = {
  name: 'places',
  frenchOnly: true,
  run(doc) {
    doc.places = insideRegions(recognizePlaces(doc.text), doc.regions);
  },
};

/** The statistical tagger: spans the rules may have no lexicon for ("a village nobody listed"). */
export const model: Stage = {
  name: 'model',
  frenchOnly: true,
  run(doc) {
    if (doc.options.model === false) return;
    doc.modelSpans = insideRegions(tagEntities(doc.text), doc.regions);
  },
};

export const people: Stage = {
  name: 'people',
  frenchOnly: true,
  run(doc) {
    const blocked: Span[] = [...doc.organizations, ...doc.dates];
    // a one-word model "person" is too often a capitalized noun ("Défense et Sécurité")
    const modelPeople = doc.modelSpans.filter((s) => s.type === 'person' && s.score >= 0.75 && /\S\s+\S/.test(doc.text.slice(s.start, s.end)));
    doc.people = recognizePeople(doc.text, doc.sentences, { ranks: doc.ranks, blocked, modelPeople });
  },
};

export const personClusters: Stage = {
  name: 'personClusters',
  frenchOnly: true,
  run(doc) {
    doc.resolvedPeople = clusterPeople(doc.text, doc.people);
  },
};

export const DEFAULT_PIPELINE: Stage[] = [clean, language, documentDate, sentences, dates, ranks, organizations, places, model, people, personClusters];
