/**
 * Bad input never stops a run and never disappears: each bad document gets one stderr line
 * naming it and an error record in the output, the others are processed, and the exit
 * status says whether anything failed.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, assertBuilt, cli, expectOffsetsHold, parseLines, removeDir, tempDir, writeFile } from './helpers.js';

const GOOD = 'Le Président de la Transition, le Général d’Armée Assimi GOÏTA, a reçu mercredi 6 novembre 2024 à Bamako les chefs d’état-major.\n';

let dir: string;
beforeAll(() => {
  assertBuilt();
  dir = tempDir();
});
afterAll(() => removeDir(dir));

describe('decoding through the CLI', () => {
  test('Latin-1 "é" (bytes 0xE9) is read as é, never U+FFFD', () => {
    const p = join(dir, 'latin1.txt');
    const text = 'Le général est arrivé à Bamako hier soir.\n';
    const bytes = Buffer.from(text, 'latin1');
    expect(bytes.indexOf(0xe9)).toBe(4); // one byte per "é": not UTF-8
    writeFile(p, bytes);
    const r = cli([p]);
    expect([r.status, r.stderr]).toEqual([0, expect.any(String)]); // stderr shown on failure
    const [rec] = parseLines(r.stdout);
    expect(rec.id).toBe(p);
    const all = rec.sentences.map((s: { text: string }) => s.text).join(' ');
    expect(all).toContain('Le général est arrivé');
    expect(r.stdout).not.toContain('\ufffd');
    expectOffsetsHold(text, rec);
  });

  test('a UTF-8 BOM is stripped: offsets count from the first letter', () => {
    const p = join(dir, 'bom.txt');
    writeFile(p, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(GOOD)]));
    const r = cli([p]);
    expect([r.status, r.stderr]).toEqual([0, expect.any(String)]); // stderr shown on failure
    const [rec] = parseLines(r.stdout);
    expect(rec.sentences[0].start).toBe(0);
    expect(rec.sentences[0].text.startsWith('Le Président')).toBe(true);
    expectOffsetsHold(GOOD, rec);
  });

  test('UTF-16 LE with a BOM', () => {
    const p = join(dir, 'utf16.txt');
    writeFile(p, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(GOOD, 'utf16le')]));
    const r = cli([p]);
    expect([r.status, r.stderr]).toEqual([0, expect.any(String)]); // stderr shown on failure
    const [rec] = parseLines(r.stdout);
    expect(rec.sentences[0].text.startsWith('Le Président')).toBe(true);
    expectOffsetsHold(GOOD, rec);
  });

  test('CRLF text: offsets into the text as given, no sentence or entity carries a \\r', () => {
    const text = 'Le colonel Assimi Goïta est à Bamako.\r\nLe ministre de la Défense était présent.\r\nIls ont parlé du Niger.\r\n';
    const p = join(dir, 'crlf.txt');
    writeFile(p, text);
    const r = cli([p]);
    expect([r.status, r.stderr]).toEqual([0, expect.any(String)]); // stderr shown on failure
    const [rec] = parseLines(r.stdout);
    expect(rec.sentences.length).toBeGreaterThanOrEqual(3);
    expectOffsetsHold(text, rec);
    for (const s of rec.sentences) expect(s.text).not.toMatch(/\r/);
    for (const e of rec.entities) expect(e.text).not.toMatch(/[\r\n]/);
  });
});

describe('bad documents in a directory', () => {
  let corpus: string;
  let result: ReturnType<typeof cli>;
  beforeAll(() => {
    corpus = join(dir, 'corpus');
    writeFile(join(corpus, 'a-good.txt'), GOOD);
    writeFile(join(corpus, 'b-empty.txt'), '');
    writeFile(join(corpus, 'c-blank.txt'), '  \n\t \r\n');
    writeFile(join(corpus, 'd-binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0xff, 0x10]));
    writeFile(join(corpus, 'sub/e-good.txt'), GOOD);
    writeFile(join(corpus, 'sub/ignored.md'), GOOD);
    writeFile(join(corpus, '.hidden/h.txt'), GOOD);
    execFileSync('mkfifo', [join(corpus, 'f-fifo.txt')]);
    symlinkSync('..', join(corpus, 'sub/loop')); // a directory cycle
    symlinkSync('g-self.txt', join(corpus, 'g-self.txt')); // ELOOP
    symlinkSync('nowhere.txt', join(corpus, 'h-dangling.txt'));
    symlinkSync('/dev/zero', join(corpus, 'i-device.txt')); // a device: reading it would never end
    result = cli([corpus, join(dir, 'missing.txt')]);
  });

  test('exit status 1: some documents failed', () => {
    expect([result.status, result.stderr]).toEqual([1, expect.any(String)]); // stderr shown on failure
  });

  test('one record per document, in name order, good ones processed', () => {
    const recs = parseLines(result.stdout);
    expect(recs.map((r) => r.id)).toEqual([
      'a-good.txt', 'b-empty.txt', 'c-blank.txt', 'd-binary.txt', 'h-dangling.txt', 'sub/e-good.txt', join(dir, 'missing.txt'),
    ]);
    expect(recs[0].error).toBeUndefined();
    expect(recs[0].schemaVersion).toBe('1.1');
    expect(recs[5].error).toBeUndefined();
  });

  test('error records say what went wrong', () => {
    const byId = Object.fromEntries(parseLines(result.stdout).map((r) => [r.id, r]));
    expect(byId['b-empty.txt']).toEqual({ schemaVersion: '1.1', id: 'b-empty.txt', error: { message: 'empty file' } });
    expect(byId['c-blank.txt'].error.message).toBe('empty file');
    expect(byId['d-binary.txt'].error.message).toBe('binary file');
    expect(byId['h-dangling.txt'].error.message).toBe('broken symlink');
    expect(byId[join(dir, 'missing.txt')].error.message).toBe('no such file or directory');
  });

  test('one stderr line per problem, naming the file', () => {
    const lines = result.stderr.split('\n');
    const has = (s: string) => expect(lines).toContain(s);
    has(`extrait: ${join(corpus, 'b-empty.txt')}: empty file, skipped`);
    has(`extrait: ${join(corpus, 'd-binary.txt')}: binary file, skipped`);
    has(`extrait: ${join(corpus, 'f-fifo.txt')}: FIFO, skipped`);
    has(`extrait: ${join(corpus, 'i-device.txt')}: device, skipped`);
    has(`extrait: ${join(corpus, 'g-self.txt')}: symlink loop, skipped`);
    has(`extrait: ${join(corpus, 'sub/loop')}: symlink loop, skipped`);
    has(`extrait: ${join(dir, 'missing.txt')}: no such file or directory, skipped`);
  });

  test('FIFOs and loops are skipped without hanging; hidden and non-matching files are not taken', () => {
    expect(result.signal).toBeNull();
    expect(result.stdout).not.toContain('ignored.md');
    expect(result.stdout).not.toContain('h.txt');
    expect(result.stdout).not.toContain('f-fifo');
  });
});

describe('other inputs', () => {
  test('all good: exit 0, nothing on stderr for a single file', () => {
    const p = join(dir, 'one.txt');
    writeFile(p, GOOD);
    const r = cli([p]);
    expect([r.status, r.stderr]).toEqual([0, expect.any(String)]); // stderr shown on failure
    expect(r.stderr).toBe('');
    expect(parseLines(r.stdout)).toHaveLength(1);
  });

  test('stdin: piped text gets id "stdin"; "-" reads it explicitly', () => {
    const a = cli([], { input: GOOD });
    expect([a.status, a.stderr]).toEqual([0, expect.any(String)]); // stderr shown on failure
    expect(parseLines(a.stdout)[0].id).toBe('stdin');
    const b = cli(['-'], { input: GOOD });
    expect(parseLines(b.stdout)[0].id).toBe('stdin');
  });

  test('--max-bytes: a larger file gets an error record naming it', () => {
    const p = join(dir, 'big.txt');
    writeFile(p, GOOD.repeat(20));
    const r = cli(['--max-bytes', '1K', p]);
    expect([r.status, r.stderr]).toEqual([1, expect.any(String)]); // stderr shown on failure
    expect(parseLines(r.stdout)[0].error.message).toMatch(/^file too large/);
    expect(r.stderr).toContain(`extrait: ${p}: file too large`);
    const s = cli(['--max-bytes', '1K'], { input: GOOD.repeat(20) });
    expect(parseLines(s.stdout)[0]).toMatchObject({ id: 'stdin', error: { message: expect.stringMatching(/^file too large/) } });
  });

  test('a FIFO named on the command line is read (process substitution)', () => {
    const fifo = join(dir, 'named.fifo');
    execFileSync('mkfifo', [fifo]);
    const r = execFileSync('bash', ['-c', `printf '%s' "$1" > "$2" & node "$3" "$2"; echo "rc=$?"`, 'x', GOOD, fifo, BIN], { encoding: 'utf8', timeout: 20_000 });
    expect(r).toContain('"id":"' + fifo + '"');
    expect(r).toContain('rc=0');
  });

  const root = process.getuid?.() === 0;
  (root ? test : test.skip)('unreadable file and directory (run as nobody, since root reads anything)', () => {
    const d = join(dir, 'perm');
    writeFile(join(d, 'ok.txt'), GOOD);
    writeFile(join(d, 'secret.txt'), GOOD);
    mkdirSync(join(d, 'locked'));
    writeFile(join(d, 'locked/x.txt'), GOOD);
    chmodSync(dir, 0o755);
    if (cli(['--version'], { uid: 65534, gid: 65534, cwd: '/' }).status !== 0) {
      console.warn('permission test not run: user nobody cannot run the CLI from this checkout (parent directory not traversable)');
      return;
    }
    chmodSync(join(d, 'secret.txt'), 0o000);
    chmodSync(join(d, 'locked'), 0o000);
    const r = cli([d, '--jobs', '1'], { uid: 65534, gid: 65534, cwd: '/' });
    expect([r.status, r.stderr]).toEqual([1, expect.any(String)]); // stderr shown on failure
    const recs = parseLines(r.stdout);
    expect(recs.map((x) => [x.id, x.error?.message ?? 'ok'])).toEqual([
      ['locked', 'cannot read directory: permission denied'],
      ['ok.txt', 'ok'],
      ['secret.txt', 'permission denied'],
    ]);
    expect(r.stderr).toContain(`extrait: ${join(d, 'secret.txt')}: permission denied, skipped`);
    expect(r.stderr).toContain(`extrait: ${join(d, 'locked')}: cannot read directory: permission denied, skipped`);
  });
});
