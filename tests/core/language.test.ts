import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectLanguage } from '../../src/language/detect.js';
import { wordEvidence } from '../../src/language/evidence.js';
import { extract } from '../../src/extract.js';
import { testIf } from '../skip.js';

// Real snippets sit beside the project (../shared/data), not in it: without them those tests are
// skipped, visibly. Only dev splits and raw text: the lingua and MasakhaNER test files are for
// `npm run bench:langid`.
const DATA = join(process.cwd(), '..', 'shared', 'data');
const NEWS_DEV = join(DATA, 'masakhanews-fra', 'dev.tsv');
const WOLOF_RAW = join(DATA, 'langid', 'masakhane-ner-raw', 'wolof', 'sentences.txt');
const HAUSA_RAW = join(DATA, 'langid', 'masakhane-ner-raw', 'hausa', 'hausa.txt');

function lines(path: string, limit: number): string[] {
  return readFileSync(path, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l.length > 0).slice(0, limit);
}

describe('language', () => {
  test('a French paragraph is French, reliably', () => {
    const l = detectLanguage("Les chefs d'état-major des armées de l'Alliance des États du Sahel se sont réunis au Niger pour concrétiser leur engagement envers la création d'une armée commune.");
    expect(l.code).toBe('fr');
    expect(l.reliable).toBe(true);
  });

  test('an English paragraph is reliably English', () => {
    const l = detectLanguage('The defence ministers of the three Sahel states met in Bamako on Friday to discuss the creation of a joint military force against armed groups. They also reviewed recent operations in the border area.');
    expect(l.code).toBe('en');
    expect(l.reliable).toBe(true);
  });

  test('a French sentence full of African names is French, never reliably foreign', () => {
    const l = detectLanguage('Hier, Moussa Diallo était à Bamako avec Assimi Goïta.');
    expect(l.code).toBe('fr');
  });

  test('a one-word headline is unsure', () => {
    expect(detectLanguage('Bamako')).toEqual({ code: 'und', confidence: 0, reliable: false });
  });

  test('rubric labels French shares with other languages are "und", not Czech or Romanian', () => {
    // The labels of the issue: franc called them cs, ro and id.
    for (const label of ['Sports', 'Culture', 'Diaspora']) {
      expect(detectLanguage(label)).toEqual({ code: 'und', confidence: 0, reliable: false });
    }
  });

  test('headlines made of names: the French words decide, names and acronyms are not read', () => {
    const headline = 'Tiani reçoit les chefs d’état-major de l’AES';
    const ev = wordEvidence(headline);
    // Tiani and AES are left out: reçoit les chefs d' état major de l' are read.
    expect(ev.read).toBe(8);
    expect(detectLanguage(headline).code).toBe('fr');
    expect(detectLanguage('Attaque à Kayes').code).toBe('fr');
    expect(detectLanguage('ATTAQUE À KAYES').code).toBe('fr');
  });

  test('a short English headline is not French', () => {
    const l = detectLanguage('Police arrest three suspects after the attack');
    expect(l.code).toBe('en');
  });

  test('letters French never writes point away from French', () => {
    expect(detectLanguage('acción').code).not.toBe('fr');
    expect(detectLanguage('Ɖevi siwo le suku').code).not.toBe('fr');
  });

  testIf(existsSync(NEWS_DEV), `${NEWS_DEV} not found`)('MasakhaNEWS French dev headlines (BBC Afrique) are French, none reliably foreign', () => {
    const headlines = lines(NEWS_DEV, 2000).slice(1).map((l) => l.split('\t')[1]).filter(Boolean);
    expect(headlines.length).toBeGreaterThan(100);
    const calls = headlines.map((h) => detectLanguage(h));
    const french = calls.filter((c) => c.code === 'fr').length / calls.length;
    expect(french).toBeGreaterThanOrEqual(0.95);
    const foreign = headlines.filter((_, i) => calls[i].reliable && calls[i].code !== 'fr');
    expect(foreign).toEqual([]);
  });

  testIf(existsSync(NEWS_DEV), `${NEWS_DEV} not found`)('single words and word pairs of French news: most French, none foreign reliably', () => {
    const words = lines(NEWS_DEV, 300).slice(1).flatMap((l) => (l.split('\t')[2] ?? '').split(/\s+/))
      .map((w) => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '')).filter((w) => w.length >= 5 && /^\p{Ll}+$/u.test(w));
    expect(words.length).toBeGreaterThan(1000);
    const single = words.slice(0, 1000).map((w) => detectLanguage(w));
    expect(single.filter((c) => c.code === 'fr').length / single.length).toBeGreaterThanOrEqual(0.7);
    expect(single.filter((c) => c.reliable && c.code !== 'fr')).toEqual([]);
    const pairs = [];
    for (let i = 0; i + 1 < words.length && pairs.length < 500; i += 2) pairs.push(detectLanguage(`${words[i]} ${words[i + 1]}`));
    expect(pairs.filter((c) => c.code === 'fr').length / pairs.length).toBeGreaterThanOrEqual(0.9);
  });

  testIf(existsSync(WOLOF_RAW) && existsSync(HAUSA_RAW), `${WOLOF_RAW} or ${HAUSA_RAW} not found`)('Wolof and Hausa sentences are almost never taken for French', () => {
    const texts = [...lines(WOLOF_RAW, 500), ...lines(HAUSA_RAW, 500)];
    const asFrench = texts.filter((t) => detectLanguage(t).code === 'fr');
    expect(asFrench.length / texts.length).toBeLessThanOrEqual(0.01);
  });
});

describe('the language option', () => {
  const text = 'Attaque à Kayes : le gouverneur de la région annonce un couvre-feu.';

  test('language "fr" skips detection: French, reliable, no warning about it', () => {
    const rec = extract('Sports', { language: 'fr' });
    expect(rec.language).toEqual({ code: 'fr', confidence: 1, reliable: true });
    expect(rec.warnings.filter((w) => w.startsWith('language'))).toEqual([]);
  });

  test('another language given: not processed as French unless forced', () => {
    const rec = extract(text, { language: 'en' });
    expect(rec.language.code).toBe('en');
    expect(rec.entities).toEqual([]);
    expect(rec.warnings.join(' ')).toContain('language given as "en"');
    expect(extract(text, { language: 'en', force: true }).entities.length).toBeGreaterThan(0);
  });

  test('a record processed as French that names no language says so', () => {
    const rec = extract('Culture');
    expect(rec.language.code).toBe('und');
    expect(rec.warnings.join(' ')).toMatch(/language undetermined.*processed as French/);
  });
});
