/**
 * The README's record excerpt must stay true: each entity it shows is in the real record of
 * the seed it names, field for field (and so are its people and events).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../src/extract.js';

test('README record excerpt matches the real record', () => {
  const readme = readFileSync(join(process.cwd(), 'README.md'), 'utf8');
  const block = /## What you get[\s\S]*?```json\n([\s\S]*?)```/.exec(readme)?.[1];
  expect(block).toBeDefined();
  const shown = JSON.parse(block!.replace(/…/g, '')) as { id: string; entities: Record<string, unknown>[]; people: Record<string, unknown>[]; events: Record<string, unknown>[]; sentences: { start: number; end: number; text: string }[]; language: unknown };
  const file = shown.id;
  const record = extract(readFileSync(join(process.cwd(), file), 'utf8'), { id: file });
  expect(record.language).toEqual(shown.language);
  expect(record.sentences[0].start).toBe(shown.sentences[0].start);
  expect(record.sentences[0].end).toBe(shown.sentences[0].end);
  expect(record.sentences[0].text.startsWith(shown.sentences[0].text.trim())).toBe(true);
  for (const e of shown.entities) expect(record.entities).toContainEqual(e);
  for (const p of shown.people) expect(record.people).toContainEqual(p);
  for (const ev of shown.events) expect(record.events).toContainEqual(ev);
});
