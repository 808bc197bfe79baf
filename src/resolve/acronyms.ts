/**
 * Document-level acronym consistency: once "Forces de Défense et de Sécurité (FDS)" defines
 * FDS, every later FDS in the article is that organization, with the expansion as its name.
 */
import type { OrganizationMention, Span } from '../mentions.js';
import { escapeRegExp } from '../text/normalize.js';

export function propagateAcronyms(text: string, regions: Span[], orgs: OrganizationMention[]): OrganizationMention[] {
  const defined = new Map<string, string>();
  // an acronym nobody spelled out ("le MNLA") is found everywhere by the recognizer already
  for (const o of orgs) if (o.acronym && o.normalized !== o.acronym && !defined.has(o.acronym)) defined.set(o.acronym, o.normalized);
  if (defined.size === 0) return orgs;
  const taken = new Set(orgs.map((o) => `${o.start}:${o.end}`));
  const out = [...orgs];
  const escaped = [...defined.keys()].map(escapeRegExp);
  // no 'u' flag (much faster over long text): word boundaries are checked by hand below
  const re = new RegExp(`(?:${escaped.join('|')})`, 'g');
  const wordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  for (const r of regions) {
    re.lastIndex = 0;
    const slice = text.slice(r.start, r.end);
    let m: RegExpExecArray | null;
    while ((m = re.exec(slice)) !== null) {
      const s = r.start + m.index;
      if (wordChar(text[s - 1]) || wordChar(text[s + m[0].length])) continue;
      if (taken.has(`${s}:${s + m[0].length}`)) continue;
      out.push({ start: s, end: s + m[0].length, normalized: defined.get(m[0])!, acronym: m[0] });
    }
  }
  // an expansion written later without its acronym still gets it
  const byName = new Map<string, string>();
  for (const o of out) if (o.acronym) byName.set(o.normalized.toLowerCase(), o.acronym);
  for (const o of out) if (!o.acronym) o.acronym = byName.get(o.normalized.toLowerCase()) ?? null;
  return out;
}
