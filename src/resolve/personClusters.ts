/**
 * Mentions of one person ("Assimi GOÏTA", "Goïta", "le Président GOÏTA") form one cluster.
 * A mention joins the most recent cluster whose name contains all its parts; the cluster's
 * name is its longest mention. A mention without its own rank or title takes the nearest one
 * the document gives that person (the preceding mention first).
 */
import type { PersonCandidate } from '../people/people.js';
import type { ResolvedPerson } from '../pipeline/doc.js';

interface Cluster { id: number; parts: Set<string>; name: string; length: number }

export function clusterPeople(text: string, people: PersonCandidate[]): ResolvedPerson[] {
  const clusters: Cluster[] = [];
  const assigned: { p: PersonCandidate; c: Cluster }[] = [];
  // full names first, so "Goïta" written before "Assimi Goïta" still finds its cluster
  const order = [...people].sort((a, b) => b.parts.length - a.parts.length || a.start - b.start);
  for (const p of order) {
    let best: Cluster | null = null;
    for (const c of clusters) {
      if (p.parts.every((x) => c.parts.has(x)) || (p.parts.length > 1 && [...c.parts].every((x) => p.parts.includes(x)))) {
        best = c;
        break;
      }
    }
    if (!best) {
      best = { id: clusters.length, parts: new Set(p.parts), name: p.name, length: p.parts.length };
      clusters.push(best);
    } else if (p.parts.length > best.length) {
      best.name = p.name;
      best.length = p.parts.length;
      for (const x of p.parts) best.parts.add(x);
    }
    assigned.push({ p, c: best });
  }
  // renumber clusters in order of first mention, for readable output
  assigned.sort((a, b) => a.p.start - b.p.start);
  const renum = new Map<number, number>();
  for (const { c } of assigned) if (!renum.has(c.id)) renum.set(c.id, renum.size);
  const resolved: ResolvedPerson[] = assigned.map(({ p, c }) => ({
    ...p,
    cluster: renum.get(c.id)!,
    clusterName: c.name,
    rankText: p.rank ? text.slice(p.rank.start, p.rank.end) : null,
    titleText: p.title ? cleanTitle(text.slice(p.title.start, p.title.end)) : null,
  }));
  for (const field of ['rankText', 'titleText'] as const) {
    for (let i = 0; i < resolved.length; i++) {
      if (resolved[i][field] !== null) continue;
      const cl = resolved[i].cluster;
      let v: string | null = null;
      for (let j = i - 1; j >= 0 && v === null; j--) if (resolved[j].cluster === cl) v = resolved[j][field];
      for (let j = i + 1; j < resolved.length && v === null; j++) if (resolved[j].cluster === cl) v = resolved[j][field];
      resolved[i][field] = v;
    }
  }
  return resolved;
}

function cleanTitle(s: string): string {
  return s.replace(/[\s\u00a0]+/g, ' ').trim();
}
