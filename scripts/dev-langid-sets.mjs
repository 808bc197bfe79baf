/**
 * Development texts of the in-scope languages other than French, for scripts/dev-langid.mjs.
 * None is read to build the detector's tables, none is a test split:
 * - CLDR's unit and display names in each language (npm cldr-units-full, cldr-localenames-full,
 *   Unicode licence): short lower-case phrases ("kilómetros por hora", "calendario gregoriano").
 * - Hausa and Wolof running text from ../shared/data/langid/masakhane-ner-raw (news and essays).
 * - English prose: the README files of the installed npm packages, code blocks and markup off.
 * - tests/language/fixtures/headlines.tsv: headlines written for the project in French and the
 *   other languages in scope; other-sentences.tsv: sentences written for the project in them.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** CLDR locale → our code, for the languages in scope CLDR writes. */
const CLDR = { en: 'en', es: 'es', pt: 'pt', it: 'it', de: 'de', nl: 'nl', ca: 'ca', ro: 'ro', sw: 'sw', yo: 'yo', so: 'so', ha: 'ha', wo: 'wo', ln: 'ln', bm: 'bm', ee: 'ee', ar: 'ar' };

function strings(node, out = []) {
  if (typeof node === 'string') out.push(node);
  else if (node && typeof node === 'object') for (const v of Object.values(node)) strings(v, out);
  return out;
}

function readJson(path) {
  try { return JSON.parse(readFileSync(path, 'utf8')); } catch { return null; }
}

/** Phrases of CLDR units and display names (placeholders dropped), by language code. */
export function cldrPhrases(root) {
  const out = {};
  for (const [locale, code] of Object.entries(CLDR)) {
    const units = readJson(join(root, 'node_modules', 'cldr-units-full', 'main', locale, 'units.json'));
    const names = readJson(join(root, 'node_modules', 'cldr-localenames-full', 'main', locale, 'localeDisplayNames.json'));
    const raw = [...strings(units?.main?.[locale]?.units?.long), ...strings(names?.main?.[locale]?.localeDisplayNames)];
    const phrases = raw.map((s) => s.replace(/\{\d\}/g, ' ').replace(/[^\p{L}\p{M}'’ -]/gu, ' ').replace(/\s+/g, ' ').trim())
      .filter((s) => /\p{L}{3}/u.test(s));
    out[code] = [...new Set(phrases)];
  }
  return out;
}

/** Hausa and Wolof lines of running text. */
export function africanLines(shared) {
  const raw = join(shared, 'langid', 'masakhane-ner-raw');
  const lines = (p) => readFileSync(p, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l.length > 30);
  return { ha: lines(join(raw, 'hausa', 'hausa.txt')).slice(0, 1500), wo: lines(join(raw, 'wolof', 'sentences.txt')) };
}

/** [expected code, text] rows of the project's own headlines. */
export function ownHeadlines(root) {
  return readFileSync(join(root, 'tests', 'language', 'fixtures', 'headlines.tsv'), 'utf8').split('\n')
    .filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t'));
}

/** [language, text] rows of the sentences written for the project in the other languages. */
export function ownOtherSentences(root) {
  return readFileSync(join(root, 'tests', 'language', 'fixtures', 'other-sentences.tsv'), 'utf8').split('\n')
    .filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t'));
}

/** English prose lines of the README files in node_modules (sorted by package, so the set is stable). */
export function readmeLines(root) {
  const dir = join(root, 'node_modules');
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.') || name.startsWith('@')) continue;
    const p = [join(dir, name, 'README.md'), join(dir, name, 'readme.md')].find((f) => existsSync(f));
    if (!p) continue;
    const text = readFileSync(p, 'utf8').replace(/```[\s\S]*?```/g, ' ').replace(/`[^`]*`/g, ' ').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/<[^>]+>/g, ' ');
    for (const line of text.split('\n')) {
      const l = line.replace(/^[#>*\-\s|]+/, '').trim();
      // Prose: a sentence of ordinary words, not a table row, a URL or an API signature.
      if (l.length > 40 && /^[A-Z][a-z]/.test(l) && !/[|{}=<>\/\\]|https?:/.test(l)) out.push(l);
    }
  }
  return out.slice(0, 3000);
}
