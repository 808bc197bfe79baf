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

/** `toCp` turns a stage offset into a code point offset of the input. */
export function buildPeople(text: string, entities: Entity[], kept: KeptPerson[], toCp: (i: number) => number): PersonSummary[] {
  const byCluster = new Map<number, KeptPerson[]>();
  for (const k of kept) {
    const list = byCluster.get(k.cluster);
    if (list) list.push(k);
    else byCluster.set(k.cluster, [k]);
  }
  const out: PersonSummary[] = [];
  for (const [cluster, members] of byCluster) {
    members.sort((a, b) => entities[a.index].start - entities[b.index].start);
    const ranks: RankMention[] = [];
    const titles: { start: number; end: number; former: boolean }[] = [];
    const seenRank = new Set<number>();
    const seenTitle = new Set<string>();
    for (const m of members) {
      const p = m.person;
      if (!p) continue;
      const r = p.rank as RankMention | null;
      if (r && 'normalized' in r && !seenRank.has(r.start)) {
        seenRank.add(r.start);
        ranks.push(r);
      }
      for (const t of [...(p.title ? [{ ...p.title, former: p.titleFormer === true }] : []), ...(p.moreTitles ?? [])]) {
        if (seenTitle.has(`${t.start}:${t.end}`)) continue;
        seenTitle.add(`${t.start}:${t.end}`);
        titles.push({ start: t.start, end: t.end, former: t.former });
      }
    }
    ranks.sort((a, b) => a.start - b.start);
    titles.sort((a, b) => a.start - b.start);
    // "le Général GOÏTA" after "le Général d’Armée Assimi GOÏTA" is the same grade, shortened
    // (distinct grades first: a person named 10,000 times has a handful of them)
    const distinct = [...new Set(ranks.map((r) => r.normalized))];
    const full = (g: string) => distinct.find((d) => d !== g && d.startsWith(g + ' ')) ?? g;
    const grades = [...new Set(distinct.map(full))];
    const latest = ranks[ranks.length - 1];
    const service = [...ranks].reverse().find((r) => r.service)?.service ?? null;
    out.push({
      cluster,
      name: members.reduce((best, m) => (m.name.length > best.length ? m.name : best), members[0].name),
      mentions: members.map((m) => m.index),
      ranks: grades,
      rank: latest ? full(latest.normalized) : null,
      service,
      titles: distinctTitles(titles.map((t) => ({ text: text.slice(t.start, t.end).replace(/[\s\u00a0]+/g, ' '), start: toCp(t.start), end: toCp(t.end), former: t.former }))),
    });
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
