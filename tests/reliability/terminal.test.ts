/**
 * Names and ids come from outside; stderr goes to a terminal. No control character from an
 * input may reach it raw (ESC ] 0 ; … BEL retitles the terminal, CSI sequences recolour or
 * erase what was printed): each is shown as an escape, as GNU coreutils quote file names.
 */
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { assertBuilt, cli, removeDir, tempDir } from '../cli/helpers.js';
import { quote } from '../../src/text/quote.js';

const TITLE = '\u001b]0;pwned\u0007';
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u; // any control but \t and \n

let dir: string;
beforeAll(() => {
  assertBuilt();
  dir = tempDir();
});
afterAll(() => removeDir(dir));

test('quote() shows control characters as escapes and leaves French text alone', () => {
  expect(quote(`a${TITLE}b`)).toBe('a\\e]0;pwned\\x07b');
  expect(quote('Le général Assimi Goïta — « Bamako »\u202e')).toBe('Le général Assimi Goïta — « Bamako »\\u202e');
  expect(quote('x\u0085y\r\n')).toBe('x\\x85y\\r\\n');
});

test('a missing file whose name carries an escape sequence', () => {
  const r = cli([join(dir, `a${TITLE}.txt`), join(dir, 'b.txt')]);
  expect(r.status).toBe(1);
  expect(r.stderr).toContain('a\\e]0;pwned\\x07.txt: no such file or directory');
  expect(r.stderr).not.toMatch(RAW);
});

test('JSONL: an id and a malformed line carrying escape sequences', () => {
  const p = join(dir, 'in.jsonl');
  writeFileSync(p, [JSON.stringify({ id: `x${TITLE}`, text: ' ' }), `{"id": "y", "text": ${TITLE}}`, JSON.stringify({ id: 'z', text: 'Le colonel Assimi Goïta a pris la parole à Bamako.' })].join('\n') + '\n');
  const r = cli(['--input-format', 'jsonl', '--no-model', '--jobs', '1', p]);
  expect(r.status).toBe(1);
  expect(r.stderr).toContain('x\\e]0;pwned\\x07');
  expect(r.stderr).toContain('bad JSONL line');
  expect(r.stderr).not.toMatch(RAW);
});

test('an unknown option carrying an escape sequence', () => {
  const r = cli([`--x${TITLE}`]);
  expect(r.status).toBe(2);
  expect(r.stderr).not.toMatch(RAW);
});
