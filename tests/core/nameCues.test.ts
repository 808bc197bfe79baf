/**
 * honorificCue reads the words before a capitalized run: an honorific, or an article and a word
 * of the court record ("le nommé", "la veuve"). The record words are first looked for where the
 * blanks before the run start, and only then read by the regex: that check must never refuse
 * what the regex alone accepts.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { honorificCue } from '../../src/people/nameCues.js';

const HONORIFIC = /(?<![\p{L}])(?:M\.|MM\.|Mme\.?|Mmes|Mlles?|Mad\.|Me|Dr\.?|Pr\.?|Mgr\.?|Monsieur|Madame|Mademoiselle|Maître|El[- ]?Hadj|Hadja|Feu|Docteur|Professeur|Sir|Lord|Lady|Dame|Mr\.?|Mrs\.?|Ms\.?)[\s\u00a0]+$/u;
const RECORD = /(?<![\p{L}])(?:[Ll]e|[Ll]a|[Ll]['’])[\s\u00a0]*(?:nommée?|sieur|dame|demoiselle|veuve|citoyen(?:ne)?|accusée?|prévenue?|inculpée?)[\s\u00a0]+$/u;

/** The cue as the two regexes alone read it (the window reaching back from the text's start). */
function byRegex(text: string, from: number, pos: number): boolean {
  let p = pos;
  while (p > 0 && /\s/.test(text[p - 1])) p--;
  if (p === pos) return false;
  const window = text.slice(Math.max(from, p - 24), pos);
  return HONORIFIC.test(window) || RECORD.test(window);
}

test('court-record words before a name are cues, as the regex reads them', () => {
  const cases: [string, boolean][] = [
    ['le nommé Rochat', true],
    ['la veuve Perret', true],
    ["l’accusée Martin", true],
    ['Le sieur  Dupont', true],
    ['la prévenue\u00a0Durand', true],
    ['la citoyenne Roland', true],
    ['le citoyen Carnot', true],
    ['la citoyenn Roland', false],
    ['la demoiselle Lenoir', true],
    ['le renommé Chef', false],
    ['une veuve Perret', false],
    ['la veuve de Tompkins', false],
  ];
  for (const [text, cue] of cases) {
    const pos = text.search(/\p{Lu}[\p{Ll}]+$/u);
    expect([text, honorificCue(text, 0, pos)]).toEqual([text, cue]);
  }
});

test('on real articles, before every capitalized word, the cue is what the regexes alone say', () => {
  const dir = join(process.cwd(), 'fixtures/seeds');
  const texts = readdirSync(dir).filter((x) => x.endsWith('.txt')).map((f) => readFileSync(join(dir, f), 'utf8'));
  // MasakhaNEWS French dev (BBC Afrique) names people with their honorifics, when present
  const dev = join(process.cwd(), '../shared/data/masakhanews-fra/dev.tsv');
  if (existsSync(dev)) texts.push(...readFileSync(dev, 'utf8').split('\n').slice(1, 200).map((l) => l.split('\t').slice(1).join('\n')));
  // and the invented court-record lines, run together
  texts.push('Hier, le nommé Rochat et la veuve Perret ; M. Dupont, Mme Durand et la citoyenne Roland, le citoyen Carnot. Le renommé Chef, une veuve Perret.');
  let cues = 0;
  let asked = 0;
  for (const text of texts) {
    for (const m of text.matchAll(/(?<=\s)\p{Lu}/gu)) {
      const pos = m.index!;
      // from the text's start: no sentence cut before an abbreviation's period to reach over
      const got = honorificCue(text, 0, pos);
      expect(got).toBe(byRegex(text, 0, pos));
      asked++;
      if (got) cues++;
    }
  }
  // the comparison is not between two empty answers
  expect(asked).toBeGreaterThan(200);
  expect(cues).toBeGreaterThan(4);
});
