/**
 * The record's `people` array: one entry per person cluster, so that "who holds which rank and
 * which post" is one look-up, not a join over mentions. Built from the person entities the record
 * kept (their indices are the `mentions`) and the mentions' own ranks and titles (not the ones
 * carried from another mention).
 */
import type { ResolvedPerson } from './doc.js';
import type { RankMention } from '../mentions.js';
import type { Entity, PersonSummary, PersonTitle } from '../types.js';

export interface KeptPerson {
  /** Index into the record's entities. */
  index: number;
  cluster: number;
  name: string;
  /** The stage's person behind the entity; null for people only the tagger found. */
  person: ResolvedPerson | null;
}

/**
 * `text` is the input; `src` turns a stage offset (the stages read the NFC form) into an input
 * offset, `toCp` an input offset into a code point offset.
 */
export function buildPeople(text: string, entities: Entity[], kept: KeptPerson[], src: (i: number) => number, toCp: (i: number) => number): PersonSummary[] {
  const byCluster = new Map<number, KeptPerson[]>();
  for (const k of kept) {
    const list = byCluster.get(k.cluster);
    if (list) list.push(k);
    else byCluster.set(k.cluster, [k]);
  }
  const out: PersonSummary[] = [];
  // `kept` is in entity order, so each cluster's members are too
  for (const [cluster, members] of byCluster) {
    let ranks: RankMention[] | null = null;
    let titles: { start: number; end: number; former: boolean }[] | null = null;
    let seenTitle: Set<string> | null = null;
    let lastRank = -1;
    for (const m of members) {
      const p = m.person;
      if (!p) continue;
      const r = p.rank as RankMention | null;
      // a mention's own rank (carried ones are not on the stage's person)
      if (r && 'normalized' in r && r.start !== lastRank) {
        (ranks ??= []).push(r);
        lastRank = r.start;
      }
      const own = p.title ? [{ start: p.title.start, end: p.title.end, former: p.titleFormer === true }] : [];
      for (const t of p.moreTitles ? [...own, ...p.moreTitles] : own) {
        seenTitle ??= new Set();
        const key = `${t.start}:${t.end}`;
        if (seenTitle.has(key)) continue;
        seenTitle.add(key);
        (titles ??= []).push(t);
      }
    }
    let name = members[0].name;
    for (const m of members) if (m.name.length > name.length) name = m.name;
    const summary: PersonSummary = { cluster, name, mentions: members.map((m) => m.index), ranks: [], rank: null, service: null, titles: [] };
    if (ranks) {
      ranks.sort((a, b) => a.start - b.start);
      // "le Général GOÏTA" after "le Général d’Armée Assimi GOÏTA" is the same grade, shortened
      // (distinct grades first: a person named 10,000 times has a handful of them)
      const distinct = [...new Set(ranks.map((r) => r.normalized))];
      const full = (g: string) => distinct.find((d) => d !== g && d.startsWith(g + ' ')) ?? g;
      summary.ranks = [...new Set(distinct.map(full))];
      summary.rank = full(ranks[ranks.length - 1].normalized);
      for (let k = ranks.length - 1; k >= 0 && !summary.service; k--) summary.service = ranks[k].service;
    }
    if (titles) {
      titles.sort((a, b) => a.start - b.start);
      summary.titles = distinctTitles(titles.map((t) => {
        const start = src(t.start);
        const end = src(t.end);
        return { text: text.slice(start, end).replace(/[\s\u00a0]+/g, ' '), start: toCp(start), end: toCp(end), former: t.former };
      }));
    }
    out.push(summary);
  }
  return out.sort((a, b) => entities[a.mentions[0]].start - entities[b.mentions[0]].start);
}

const key = (s: string) => s.toLowerCase().replace(/[’]/g, "'");

/**
 * One entry per post: a title written again is kept at its first place, and a bare head
 * ("Président") gives way to the fuller form of the same post the article gives ("Président de
 * la Transition malienne").
 */
function distinctTitles(titles: PersonTitle[]): PersonTitle[] {
  const first = new Map<string, PersonTitle>();
  for (const t of titles) if (!first.has(key(t.text))) first.set(key(t.text), t);
  // a post is a bare head of another when one of its word prefixes is a title of the person
  const fuller = new Set<string>();
  for (const k of first.keys()) {
    for (let i = k.indexOf(' '); i > 0; i = k.indexOf(' ', i + 1)) fuller.add(k.slice(0, i));
  }
  return [...first.entries()].filter(([k]) => !fuller.has(k)).map(([, t]) => t);
}
