/**
 * Document-level acronym consistency: once "Forces de Défense et de Sécurité (FDS)" defines
 * FDS, every later FDS in the article is that organization, with the expansion as its name.
 */
import type { OrganizationMention, Span } from '../mentions.js';

export function propagateAcronyms(text: string, regions: Span[], orgs: OrganizationMention[]): OrganizationMention[] {
  const defined = new Map<string, string>();
  // an acronym nobody spelled out ("le MNLA") is found everywhere by the recognizer already
  for (const o of orgs) if (o.acronym && o.normalized !== o.acronym && !defined.has(o.acronym)) defined.set(o.acronym, o.normalized);
  if (defined.size === 0) return orgs;
  const taken = new Map(orgs.map((o, k) => [`${o.start}:${o.end}`, k]));
  const out = [...orgs];
  const acronyms = [...defined.keys()];
  const wordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  for (const r of regions) {
    for (const { index, acronym } of occurrences(text.slice(r.start, r.end), acronyms)) {
      const s = r.start + index;
      if (wordChar(text[s - 1]) || wordChar(text[s + acronym.length])) continue;
      const k = taken.get(`${s}:${s + acronym.length}`);
      if (k !== undefined) {
        // "le Comité international olympique (CIO)": a listed bare acronym read alone takes the expansion
        const o = out[k];
        if (o.normalized === acronym) out[k] = { ...o, normalized: defined.get(acronym)!, acronym };
        continue;
      }
      out.push({ start: s, end: s + acronym.length, normalized: defined.get(acronym)!, acronym });
    }
  }
  // an expansion written later without its acronym still gets it
  const byName = new Map<string, string>();
  for (const o of out) if (o.acronym) byName.set(o.normalized.toLowerCase(), o.acronym);
  for (const o of out) if (!o.acronym) o.acronym = byName.get(o.normalized.toLowerCase()) ?? null;
  return out;
}

/**
 * What a global regex alternation of the acronyms (in this order, no flags) finds in `s`: at the
 * leftmost position where one occurs, the first of them that does, then on from its end. Found
 * with indexOf: no regex to compile for each document.
 */
function occurrences(s: string, acronyms: string[]): { index: number; acronym: string }[] {
  const at = new Map<number, number>();
  acronyms.forEach((a, k) => {
    for (let i = s.indexOf(a); i >= 0; i = s.indexOf(a, i + 1)) {
      const prev = at.get(i);
      if (prev === undefined || k < prev) at.set(i, k);
    }
  });
  const found: { index: number; acronym: string }[] = [];
  let from = 0;
  for (const i of [...at.keys()].sort((a, b) => a - b)) {
    if (i < from) continue;
    const acronym = acronyms[at.get(i)!];
    found.push({ index: i, acronym });
    from = i + acronym.length;
  }
  return found;
}
