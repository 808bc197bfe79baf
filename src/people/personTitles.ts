/**
 * The titles stage: after the people stage has found each person with the title written right
 * before the name, the other shapes of "who holds which post" (src/people/titles/) give a title
 * to the people still without one, mark past posts, and note the honorific before each person.
 * Shapes are tried from the tightest to the loosest: apposition (or a party), predicate, decree; then the
 * succession shape passes a post from the new holder to the one replaced.
 */
import type { RankMention, Span } from '../mentions.js';
import type { PersonCandidate } from './people.js';
import { honorificBefore } from './honorifics.js';
import { appositionTitle } from './titles/apposition.js';
import { partyTitle } from './titles/party.js';
import { predicateTitle } from './titles/predicate.js';
import { decreeTitle } from './titles/decree.js';
import { listedPostTitle } from './titles/listedPost.js';
import { successionTitles, type Holder } from './titles/succession.js';
import { sharedTitles } from './titles/shared.js';
import { formerStart } from './titles/former.js';
import { crossesStop, type FoundTitle } from './titles/extent.js';
import { containingSpan, firstStartingFrom } from '../text/spans.js';
import { postAboutName, titleBefore } from './titles.js';
import { foldWordKey } from './lexicon.js';

export function attachTitles(text: string, sentences: Span[], people: PersonCandidate[], ranks: RankMention[]): void {
  const sorted = [...people].sort((a, b) => a.start - b.start);
  const holders: (Holder & { p: PersonCandidate })[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const p = sorted[i];
    const sent = sentences[p.sentence];
    const from = sent ? sent.start : 0;
    const sentEnd = sent ? sent.end : text.length;
    const lead = Math.min(p.start, p.rank?.start ?? p.start);
    // the honorific stands before the title, the rank or the name, whichever comes first
    const anchor = p.title && p.title.end <= lead ? Math.min(lead, p.title.start) : lead;
    p.honorific = honorificBefore(text, anchor) ?? (anchor !== lead ? honorificBefore(text, lead) : null);
    let found: FoundTitle | null = null;
    const next = sorted[i + 1];
    const nextStart = next && next.sentence === p.sentence ? Math.min(next.start, next.rank?.start ?? next.start) : sentEnd;
    const limit = Math.min(sentEnd, nextStart);
    // after the name: an apposition, and the post a verb gives (the one a successor takes over)
    const appos = appositionTitle(text, p.end, limit, rankStartingAfter(ranks, p.end, limit)) ?? partyTitle(text, p.end, limit);
    const given = predicateTitle(text, p.end, limit) ?? decreeTitle(text, from, lead, p.end, limit);
    // "X, ministre d’État, ministre de la Défense, a …": a second post apposed right after the first
    const appos2 = appos?.shape === 'apposition' && text.charCodeAt(appos.end) === 44 ? appositionTitle(text, appos.end, limit, null) : null;
    const after = [appos, given, appos2].filter((t, k): t is FoundTitle => !!t && t.start >= p.end && (k === 0 || !appos || appos.start !== t.start) && (k < 2 || !given || given.start !== t.start));
    let taken: FoundTitle | null = given;
    // "Henri Konan Bédié, président du CNT, Laurent Gbagbo reçoit …": a title between two names,
    // commas on both sides, is the apposition of the first
    const prev = sorted[i - 1];
    if (p.title && prev && prev.sentence === p.sentence && p.title.end <= lead && /^[\s\u00a0]*,[\s\u00a0]*$/u.test(text.slice(prev.end, p.title.start)) && /^[\s\u00a0]*,[\s\u00a0]*$/u.test(text.slice(p.title.end, lead))) {
      p.title = null;
      p.titleFormer = false;
    }
    // "X, directeur exécutif de l’association … routière Lamine Traoré": a title after the name
    // that runs over the next person is re-read up to that person
    // (a name the complement governs stays in it: "membre du bureau politique du parti d'Alpha Condé")
    if (p.title && p.title.start >= p.end && overrunsName(text, sorted, i, p.title)) {
      p.title = null;
      p.titleFormer = false;
    }
    if (p.title && crossesStop(text, p.title.start, p.title.end)) {
      p.title = null;
      p.titleFormer = false;
    }
    if (p.title) {
      const f = formerStart(text, p.title.start);
      found = { start: f ?? p.title.start, end: p.title.end, former: f !== null, shape: 'before' };
      // the mention keeps the title before its name; posts given after it go to the person too
      if (p.title.end <= p.start && after.length) p.moreTitles = after.map((t) => ({ start: t.start, end: t.end, former: t.former }));
      else {
        taken = null;
        // the people stage took the first post apposed after the name: the one apposed to it is the person's too
        if (appos2 && appos2.start >= p.title.end) p.moreTitles = [{ start: appos2.start, end: appos2.end, former: appos2.former }];
      }
    } else {
      found = after[0] ?? null;
      if (after.length > 1) p.moreTitles = after.slice(1).map((t) => ({ start: t.start, end: t.end, former: t.former }));
      if (taken === found) taken = null;
    }
    // "Directeur général des Impôts : Monsieur X, Inspecteur des Impôts": the post the line gives comes first, one apposed after the name (a grade, a corps) next
    const listed = !found || found.start >= p.end ? listedPostTitle(text, p.honorific ? Math.min(lead, p.honorific.start) : lead) : null;
    if (listed) {
      if (found) p.moreTitles = [{ start: found.start, end: found.end, former: found.former }, ...(p.moreTitles ?? [])];
      found = listed;
    }
    holders.push({ p, start: lead, end: p.end, sentence: p.sentence, title: found, taken });
  }
  sharedTitles(text, holders);
  successionTitles(text, holders);
  for (const h of holders) {
    if (!h.title) continue;
    h.p.title = { start: h.title.start, end: h.title.end };
    h.p.titleFormer = h.title.former;
  }
}

/** A later person of the sentence starts inside `title`, not after a preposition. */
function overrunsName(text: string, sorted: PersonCandidate[], i: number, title: Span): boolean {
  const p = sorted[i];
  for (let k = i + 1; k < sorted.length && sorted[k].start < title.end; k++) {
    const q = sorted[k];
    if (q.sentence !== p.sentence || q.start <= title.start) continue;
    if (!/(?<![\p{L}])(?:de|du|des|d['’]|à|au|aux|par|pour|et|avec|l['’]|la|le|les)[\s\u00a0]*(?:\p{Lu}[\p{L}\p{M}'’-]*[\s\u00a0]+)*$/u.test(text.slice(title.start, q.start))) return true;
  }
  return false;
}

function rankStartingAfter(ranks: RankMention[], pos: number, limit: number): RankMention | null {
  const k = firstStartingFrom(ranks, pos, (r) => r.start);
  const r = ranks[k];
  return r && r.end <= limit && r.start - pos <= 3 ? r : null;
}

/**
 * The title and honorific of a person only the statistical tagger found (the record stage adds
 * those after the stages ran): "L’ancien manager de Tottenham Mauricio Pochettino est nommé
 * entraîneur du Paris St-Germain" has no rule cue, yet the post is in the text all the same.
 */
export function taggerPersonTitle(text: string, sentences: Span[], start: number, end: number): { title: FoundTitle | null; honorific: Span | null } {
  const k = containingSpan(sentences, start);
  const sent = k >= 0 ? sentences[k] : { start: 0, end: text.length };
  let before = titleBefore(text, sent.start, start);
  if (before && postAboutName(before, foldWordKey(/^[^\s\u00a0]+/u.exec(text.slice(start, end))?.[0] ?? ''))) before = null;
  let title: FoundTitle | null = null;
  if (before) {
    const f = formerStart(text, before.start);
    title = { start: f ?? before.start, end: before.end, former: f !== null, shape: 'before' };
  } else {
    title = appositionTitle(text, end, sent.end, null) ?? partyTitle(text, end, sent.end) ?? predicateTitle(text, end, sent.end) ?? decreeTitle(text, sent.start, start, end, sent.end);
  }
  return { title, honorific: honorificBefore(text, title && title.end <= start ? Math.min(start, title.start) : start) ?? honorificBefore(text, start) };
}
