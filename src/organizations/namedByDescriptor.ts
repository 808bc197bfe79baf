/**
 * A capitalized name right after a noun that says what it is: "le quotidien Hürriyet", "l'usine
 * Tupperware", "la firme américaine Tupperware", "le groupe Linkin Park". The nouns are data
 * (data/organizations/descriptors.txt); a determiner must come before the noun, so that "parti"
 * the participle ("il est parti Lundi") is no cue. A given name or a known place after the noun is
 * left to the other rules ("le groupe Hervé …" may be a person's firm or the person).
 */
import type { OrganizationMention, Span } from '../mentions.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR, loadJson } from '../data.js';
import { alternation } from '../text/normalize.js';
import { isGivenName } from '../people/lexicon.js';
import { lookupPlace } from '../places/index.js';

let pattern: RegExp | null = null;

function load(): RegExp {
  if (pattern) return pattern;
  const nouns = readFileSync(join(DATA_DIR, 'organizations', 'descriptors.txt'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  const { adjectives } = loadJson<{ adjectives: string[] }>('organizations/state-bodies.json');
  const adj = new Set<string>();
  for (const line of adjectives) for (const f of line.split(/\s+/).filter(Boolean)) adj.add(f).add(`${f}s`);
  const SP = '[\\s\\u00a0]+';
  const WORD = "\\p{Lu}[\\p{L}\\p{M}\\p{N}&'’.-]*";
  pattern = new RegExp(
    `(?<![\\p{L}])(?:[Ll]e|[Ll]a|[Ll]es|[Ll]['’]|[Dd]u|[Dd]es|[Aa]u|[Aa]ux|[Uu]n|[Uu]ne|[Ss]on|[Ss]a|[Ss]es|[Ll]eur)[\\s\\u00a0]*(?:${alternation(nouns)})(?:${SP}(?:${alternation(adj)}))?${SP}((?:(?:Le|La|Les)${SP})?${WORD}(?:${SP}${WORD}){0,3})(?![\\p{L}\\p{N}])`,
    'gu',
  );
  return pattern;
}

export function namedByDescriptor(text: string, r: Span, out: OrganizationMention[]): void {
  const re = load();
  const slice = text.slice(r.start, r.end);
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice)) !== null) {
    // a final dot ends the sentence, not the name
    const name = m[1].replace(/[.’']+$/, '');
    // "le groupe D" of a tournament, "le groupe II": a letter or a numeral names no body
    if (/^(?:\p{Lu}|[IVXLC]+)$/u.test(name)) continue;
    const first = name.split(/[\s\u00a0]/)[0];
    if (isGivenName(first) || lookupPlace(name)) continue;
    const start = r.start + m.index + m[0].length - m[1].length;
    const end = start + name.length;
    if (out.some((o) => o.start < end && start < o.end)) continue;
    out.push({ start, end, normalized: name.replace(/[\s\u00a0]+/g, ' '), acronym: null });
  }
}
