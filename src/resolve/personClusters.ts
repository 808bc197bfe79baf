/**
 * Mentions of one person ("Assimi GOÏTA", "Goïta", "le Président GOÏTA") form one cluster.
 * A mention joins the most recent cluster whose name contains all its parts; the cluster's
 * name is its longest mention. A mention without its own rank or title takes the nearest one
 * the document gives that person (the preceding mention first).
 */
import type { PersonCandidate } from '../people/people.js';
import type { ResolvedPerson } from '../pipeline/doc.js';
import type { RankMention } from '../mentions.js';

interface Cluster { id: number; parts: Set<string>; name: string; length: number }

export function clusterPeople(text: string, people: PersonCandidate[]): ResolvedPerson[] {
  const clusters: Cluster[] = [];
  const assigned: { p: PersonCandidate; c: Cluster }[] = [];
  // full names first, so "Goïta" written before "Assimi Goïta" still finds its cluster
  const order = [...people].sort((a, b) => b.parts.length - a.parts.length || a.start - b.start);
  // Look-ups instead of a scan of all clusters (a long text may name thousands of people):
  // clusters holding all parts of a mention come from the list of its rarest part; clusters whose
  // parts all belong to a longer mention are found by the key of each subset of its parts.
  const byPart = new Map<string, Cluster[]>();
  const bySet = new Map<string, Cluster[]>();
  const setKey = (parts: Iterable<string>) => [...new Set(parts)].sort().join('\u0001');
  const add = <K>(m: Map<K, Cluster[]>, k: K, c: Cluster) => {
    const list = m.get(k);
    if (!list) m.set(k, [c]);
    else if (!list.includes(c)) list.push(c);
  };
  for (const p of order) {
    let best: Cluster | null = null;
    let rarest: Cluster[] | undefined;
    for (const x of p.parts) {
      const list = byPart.get(x) ?? [];
      if (!rarest || list.length < rarest.length) rarest = list;
    }
    for (const c of rarest ?? []) {
      if ((!best || c.id < best.id) && p.parts.every((x) => c.parts.has(x))) best = c;
    }
    if (p.parts.length > 1) best = containedCluster(p.parts, byPart, bySet, best);
    if (!best) {
      best = { id: clusters.length, parts: new Set(p.parts), name: p.name, length: p.parts.length };
      clusters.push(best);
      for (const x of p.parts) add(byPart, x, best);
      add(bySet, setKey(best.parts), best);
    } else if (p.parts.length > best.length) {
      best.name = p.name;
      best.length = p.parts.length;
      for (const x of p.parts) {
        best.parts.add(x);
        add(byPart, x, best);
      }
      add(bySet, setKey(best.parts), best);
    }
    assigned.push({ p, c: best });
  }
  // renumber clusters in order of first mention, for readable output
  assigned.sort((a, b) => a.p.start - b.p.start);
  const renum = new Map<number, number>();
  for (const { c } of assigned) if (!renum.has(c.id)) renum.set(c.id, renum.size);
  const resolved: ResolvedPerson[] = assigned.map(({ p, c }) => resolvedPerson(text, p, renum.get(c.id)!, c.name));
  // the nearest value of the same cluster, the preceding mention first: two linear sweeps over
  // indices of the mention to copy from; a rank travels with its normalized grade
  for (const field of ['rankText', 'titleText'] as const) {
    const n = resolved.length;
    const from = new Int32Array(n).fill(-1);
    const lastSeen = new Map<number, number>();
    for (let i = 0; i < n; i++) {
      if (resolved[i][field] !== null) lastSeen.set(resolved[i].cluster, i);
      else from[i] = lastSeen.get(resolved[i].cluster) ?? -1;
    }
    const nextSeen = new Map<number, number>();
    for (let i = n - 1; i >= 0; i--) {
      if (resolved[i][field] !== null) nextSeen.set(resolved[i].cluster, i);
      else if (from[i] < 0) from[i] = nextSeen.get(resolved[i].cluster) ?? -1;
    }
    for (let i = 0; i < n; i++) {
      const k = from[i];
      if (k < 0) continue;
      // sources always hold their own value: copying in any order reads no copied value
      resolved[i][field] = resolved[k][field];
      if (field === 'rankText') resolved[i].rankNormalized = resolved[k].rankNormalized;
    }
  }
  return resolved;
}

/** Clusters a part list may hold before the subset keys are the cheaper look-up. */
const FEW = 32;

/**
 * The lowest-numbered cluster (or `best`) whose parts all belong to `parts`, when those are six
 * distinct parts at most. A cluster's current parts are always filed in `bySet`, and parts only
 * grow, so this is "some cluster with parts ⊆ parts": read from the clusters of each part when
 * they are few (no subset keys built), else from the 2^n subset keys (a long text naming
 * thousands of people with one given name).
 */
function containedCluster(parts: string[], byPart: Map<string, Cluster[]>, bySet: Map<string, Cluster[]>, best: Cluster | null): Cluster | null {
  let distinct = 0;
  let listed = 0;
  for (let i = 0; i < parts.length; i++) {
    if (parts.indexOf(parts[i]) !== i) continue;
    distinct++;
    listed += byPart.get(parts[i])?.length ?? 0;
  }
  if (distinct > 6) return best;
  const within = (c: Cluster) => {
    for (const x of c.parts) if (!parts.includes(x)) return false;
    return true;
  };
  if (listed <= FEW) {
    for (const x of parts) {
      for (const c of byPart.get(x) ?? []) if ((!best || c.id < best.id) && within(c)) best = c;
    }
    return best;
  }
  // sorted once: each subset is then sorted and distinct, its key a plain join
  const unique = [...new Set(parts)].sort();
  for (let mask = 1; mask < 1 << unique.length; mask++) {
    const subset = unique.filter((_, i) => mask & (1 << i));
    // a cluster that grew since it was filed under this subset no longer fits
    for (const c of bySet.get(subset.join('\u0001')) ?? []) if ((!best || c.id < best.id) && within(c)) best = c;
  }
  return best;
}

/**
 * The mention with its cluster, fields written out one by one: a spread of candidates that the
 * titles stage gave different optional fields copies slowly, and this runs once per mention.
 */
function resolvedPerson(text: string, p: PersonCandidate, cluster: number, clusterName: string): ResolvedPerson {
  const r: ResolvedPerson = {
    start: p.start,
    end: p.end,
    sentence: p.sentence,
    name: p.name,
    parts: p.parts,
    rank: p.rank,
    title: p.title,
    cue: p.cue,
    cluster,
    clusterName,
    rankText: p.rank ? text.slice(p.rank.start, p.rank.end) : null,
    titleText: p.title ? cleanTitle(text.slice(p.title.start, p.title.end)) : null,
    rankNormalized: p.rank && 'normalized' in p.rank ? (p.rank as RankMention).normalized : null,
    honorificText: p.honorific ? text.slice(p.honorific.start, p.honorific.end) : null,
  };
  if ('honorific' in p) r.honorific = p.honorific;
  if ('titleFormer' in p) r.titleFormer = p.titleFormer;
  if ('moreTitles' in p) r.moreTitles = p.moreTitles;
  return r;
}

function cleanTitle(s: string): string {
  return s.replace(/[\s\u00a0]+/g, ' ').trim();
}
