/**
 * --language: a user who knows the language of a feed skips detection.
 */
import { cli, assertBuilt } from './helpers.js';

beforeAll(assertBuilt);

test('--language fr: a rubric label is French, with no language warning', () => {
  const r = cli(['--language', 'fr', '--format', 'jsonl', '-'], { input: 'Culture' });
  expect(r.status).toBe(0);
  const rec = JSON.parse(r.stdout);
  expect(rec.language).toEqual({ code: 'fr', confidence: 1, reliable: true });
  expect(rec.warnings.filter((w: string) => w.startsWith('language'))).toEqual([]);
});

test('without it the same label is undetermined, and the record says it was processed as French', () => {
  const r = cli(['--format', 'jsonl', '-'], { input: 'Culture' });
  const rec = JSON.parse(r.stdout);
  expect(rec.language.code).toBe('und');
  expect(rec.warnings.join(' ')).toContain('processed as French');
});

test('--language with something that is not a language code is a usage error', () => {
  const r = cli(['--language', 'french', '-'], { input: 'Culture' });
  expect(r.status).toBe(2);
  expect(r.stderr).toContain('language code');
});
