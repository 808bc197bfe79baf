/**
 * TokenTable.firstFrom, the bisection the people and title gates use to find a position's word:
 * it reads the table's own words only (the typed arrays have room beyond them, zeros that a
 * bisection of the whole array read as starts: the people stage then lost the table's keys).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { TokenTable } from '../../src/text/tokenTable.js';

test('the first word starting at or after each position, as a linear scan finds it, on the seeds', () => {
  const dir = join(process.cwd(), 'fixtures/seeds');
  let checked = 0;
  const wrong: string[] = [];
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
    const text = readFileSync(join(dir, f), 'utf8');
    const table = new TokenTable(text);
    // the case the bisection of the whole array got wrong: room left beyond the words
    expect(table.start.length).toBeGreaterThan(table.length);
    let k = 0;
    for (let pos = 0; pos <= text.length + 1; pos++) {
      while (k < table.length && table.start[k] < pos) k++;
      if (table.firstFrom(pos) !== k) wrong.push(`${f}@${pos}: ${table.firstFrom(pos)} for ${k}`);
      checked++;
    }
  }
  expect(wrong.slice(0, 5)).toEqual([]);
  expect(checked).toBeGreaterThan(1000);
});
