/**
 * Organizations: a lexicon of known bodies with their acronyms (data/organizations/known.json),
 * "Expansion (ACRONYM)" definitions found in the text, and names built on an organization head
 * word ("Forces de Défense et de Sécurité", "Ecole de maintien de la paix …").
 */
import type { OrganizationMention, Span } from '../mentions.js';
import { loadJson } from '../data.js';
import { foldKey } from '../text/normalize.js';
import { LexiconMatcher } from '../text/lexiconMatcher.js';

interface KnownOrg { name: string; acronyms: string[]; variants: string[] }
interface OrgData { organizations: KnownOrg[]; heads: string[] }

interface OrgLexicon {
  /** folded name/variant → canonical */
  byName: Map<string, KnownOrg>;
  byAcronym: Map<string, KnownOrg>;
  names: LexiconMatcher;
  acronymPattern: RegExp;
  headPattern: RegExp;
}

let lexicon: OrgLexicon | null = null;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function load(): OrgLexicon {
  if (lexicon) return lexicon;
  const d = loadJson<OrgData>('organizations/known.json');
  const byName = new Map<string, KnownOrg>();
  const byAcronym = new Map<string, KnownOrg>();
  const names: string[] = [];
  for (const o of d.organizations) {
    for (const n of [o.name, ...o.variants]) {
      byName.set(foldKey(n), o);
      names.push(n);
    }
    for (const a of o.acronyms) if (!byAcronym.has(a)) byAcronym.set(a, o);
  }
  names.sort((a, b) => b.length - a.length);
  const acronyms = [...byAcronym.keys()].sort((a, b) => b.length - a.length);
  lexicon = {
    byName,
    byAcronym,
    names: new LexiconMatcher(names),
    // acronyms are case-sensitive: "UA" is the African Union, "ua" nothing
    acronymPattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${acronyms.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu'),
    headPattern: new RegExp(`(?<![\\p{L}])(?:${[...d.heads].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}])`, 'gu'),
  };
  return lexicon;
}

const PREP = new Set(['de', 'du', 'des', 'd', 'la', 'le', 'les', 'l', 'et', 'pour', 'à', 'au', 'aux', 'en', 'sur', 'contre']);
const ORG_WORD = /[\p{L}\p{M}][\p{L}\p{M}\p{N}'’-]*|[,;:()«»"“”!?.\n]/gu;

/** "Forces de Défense et de Sécurité": head, then capitalized words and prepositional phrases. */
function headedName(text: string, headStart: number, headEnd: number, limit: number): number {
  ORG_WORD.lastIndex = headEnd;
  let end = headEnd;
  let afterPrep = false;
  let content = 0;
  let m: RegExpExecArray | null;
  while ((m = ORG_WORD.exec(text)) !== null && m.index < limit) {
    let w = m[0];
    const el = /^([dlDL])['’](?=\p{L})/u.exec(w);
    if (el) { afterPrep = true; w = w.slice(2); }
    const lower = w.toLowerCase();
    if (PREP.has(lower)) { afterPrep = true; continue; }
    if (!/\p{L}/u.test(w)) break;
    const capital = /^\p{Lu}/u.test(w);
    // lower-case words only right after a preposition, and only while a capital follows soon
    if (capital || afterPrep) {
      afterPrep = false;
      const gapOk = /^[ \t\u00a0\p{L}'’-]*$/u.test(text.slice(end, m.index));
      if (!gapOk) break;
      if (capital) { end = m.index + m[0].length; content++; }
      else {
        // "Ecole de maintien de la paix": accept lower-case nouns if a capital word closes the name
        const rest = text.slice(m.index, Math.min(limit, m.index + 60));
        if (!/^[\p{Ll}\p{M}'’ -]+(?:de|du|des|la|l['’])?[\s\u00a0]*\p{Lu}/u.test(rest) && !ADJ.test(lower)) break;
        end = m.index + m[0].length;
        content++;
      }
      continue;
    }
    if (ADJ.test(lower) && content <= 1) { end = m.index + m[0].length; continue; }
    break;
  }
  void headStart;
  return content > 0 ? end : headEnd;
}

/** Demonym and institutional adjectives that complete a name: "Forces armées maliennes". */
const ADJ = /^(?:arm[ée]es?|nationale?s?|maliens?|maliennes?|nig[ée]riens?|nig[ée]riennes?|burkinab[èée]s?|tchadiens?|tchadiennes?|s[ée]n[ée]galais(?:es?)?|ivoiriens?|ivoiriennes?|fran[çc]ais(?:es?)?|mauritaniens?|mauritaniennes?|guin[ée]ens?|guin[ée]ennes?|b[ée]ninois(?:es?)?|togolais(?:es?)?|africaine?s?|europ[ée]enne?s?|internationale?s?|mondiale?s?|populaire?s?|islamiques?|sp[ée]ciale?s?|r[ée]publicaine?s?|d[ée]mocratiques?|g[ée]n[ée]rale?s?|sup[ée]rieure?s?|unifi[ée]e?s?|conjointe?s?|mixtes?|r[ée]gionale?s?|unies?|centrale?s?|f[ée]d[ée]rale?s?)$/u;

/** `blocked`: spans already read as something else (ranks: "Général d’Armée" holds no organization). */
export function recognizeOrganizations(text: string, regions: Span[], blocked: Span[] = []): OrganizationMention[] {
  const isBlocked = (s: number) => blocked.some((b) => s >= b.start && s < b.end);
  const lex = load();
  const out: OrganizationMention[] = [];
  for (const r of regions) {
    const slice = text.slice(r.start, r.end);
    for (const n of lex.names.matches(text, r.start, r.end)) {
      const org = lex.byName.get(foldKey(n.text));
      out.push({ start: n.index, end: n.index + n.text.length, normalized: org?.name ?? n.text, acronym: org?.acronyms[0] ?? null });
    }
    let m: RegExpExecArray | null;
    lex.acronymPattern.lastIndex = 0;
    while ((m = lex.acronymPattern.exec(slice)) !== null) {
      const org = lex.byAcronym.get(m[0])!;
      const s = r.start + m.index;
      out.push({ start: s, end: s + m[0].length, normalized: org.name, acronym: m[0] });
    }
    lex.headPattern.lastIndex = 0;
    while ((m = lex.headPattern.exec(slice)) !== null) {
      const s = r.start + m.index;
      if (isBlocked(s)) continue;
      const headEnd = s + m[0].length;
      const e = headedName(text, s, headEnd, Math.min(r.end, headEnd + 160));
      if (e > headEnd) out.push({ start: s, end: e, normalized: text.slice(s, e).replace(/[\s\u00a0]+/g, ' '), acronym: null });
    }
    definedAcronyms(text, r, out);
  }
  const seen = new Set<string>();
  return out.filter((o) => {
    const k = `${o.start}:${o.end}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** "Forces de Défense et de Sécurité (FDS)" and "FDS (Forces de …)": both mentions, linked. */
function definedAcronyms(text: string, r: Span, out: OrganizationMention[]): void {
  const slice = text.slice(r.start, r.end);
  const re = /\((\p{Lu}[\p{Lu}\p{Ll}0-9&-]{1,11})\)/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice)) !== null) {
    const acr = m[1];
    if (!/\p{Lu}.*\p{Lu}/u.test(acr)) continue;
    const parenStart = r.start + m.index;
    // the expansion is an organization mention ending right before the parenthesis
    const exp = out.find((o) => /^[\s\u00a0]*$/.test(text.slice(o.end, parenStart)) && o.end <= parenStart && o.end >= parenStart - 2);
    const acrStart = parenStart + 1;
    if (exp) {
      exp.acronym = acr;
      out.push({ start: acrStart, end: acrStart + acr.length, normalized: exp.normalized, acronym: acr });
    }
  }
}
