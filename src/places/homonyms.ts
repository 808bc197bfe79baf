/**
 * Homonymous places resolved by the document: a bare "Victoria" is the gazetteer's most
 * prominent Victoria, unless the article names the country of another one (Canada). The
 * prominent reading stays when it is a metropolis (≥ 1 million): "Londres" in an article that
 * names Canada is still London.
 */
import type { GazetteerEntry } from './gazetteer.js';

const METROPOLIS = 1_000_000;

export interface Resolvable {
  entry: GazetteerEntry | null;
  kind: string;
  /** Every reading of the name, the most prominent first. */
  options?: GazetteerEntry[];
}

export function resolveHomonyms(matches: Resolvable[]): void {
  const named = new Set<string>();
  for (const m of matches) if (m.entry?.kind === 'country' && m.entry.country) named.add(m.entry.country);
  if (named.size === 0) return;
  for (const m of matches) {
    const cur = m.entry;
    if (!cur || !m.options || m.options.length < 2 || cur.kind === 'country') continue;
    if ((cur.country && named.has(cur.country)) || cur.population >= METROPOLIS) continue;
    const alt = m.options.find((e) => e !== cur && e.kind !== 'country' && e.country !== null && named.has(e.country));
    if (!alt) continue;
    m.entry = alt;
    m.kind = alt.kind;
  }
}
