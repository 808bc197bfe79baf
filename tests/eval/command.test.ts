import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { jest } from '@jest/globals';
import { Command } from 'commander';
import { registerEvalCommand } from '../../src/eval/command.js';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'extrait-evalcmd-'));
  writeFileSync(join(dir, 'g.conll'), 'Le O\ncolonel O\nAssimi B-PER\nGoïta I-PER\nà O\nBamako B-LOC\n.\tO\n\nla O\nCAN B-MISC\n\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function program(): { p: Command; err: string[] } {
  const err: string[] = [];
  const p = new Command().exitOverride().configureOutput({ writeErr: (s) => err.push(s), writeOut: () => undefined });
  p.option('-f, --format <name>', 'the extraction output format'); // as the real CLI has
  registerEvalCommand(p);
  return { p, err };
}

describe('registerEvalCommand', () => {
  test('--format after eval is eval\'s own, not the program\'s', () => {
    const { p } = program();
    const evalCmd = p.commands.find((c) => c.name() === 'eval')!;
    evalCmd.action(() => undefined); // parse only
    p.parse(['node', 'extrait', 'eval', '--gold', 'x', '--format', 'hipe', '--types', 'person,date', '--doc-size', '5']);
    expect(evalCmd.opts()).toMatchObject({ gold: 'x', format: 'hipe', types: ['person', 'date'], docSize: 5, splitEvery: 3 });
    expect(p.opts().format).toBeUndefined();
  });

  test('bad option values are usage errors', () => {
    const { p } = program();
    expect(() => p.parse(['node', 'extrait', 'eval', '--gold', 'x', '--types', 'person,misc'])).toThrow(/comma list/);
    expect(() => program().p.parse(['node', 'extrait', 'eval', '--gold', 'x', '--format', 'xml'])).toThrow(/Allowed choices/);
    expect(() => program().p.parse(['node', 'extrait', 'eval'])).toThrow(/--gold/);
  });

  test('a missing gold path exits 2 with a message naming it', async () => {
    const { p } = program();
    const writes: string[] = [];
    const spy = jest.spyOn(process.stderr, 'write').mockImplementation((s) => (writes.push(String(s)), true));
    try {
      await p.parseAsync(['node', 'extrait', 'eval', '--gold', join(dir, 'nope.conll')]);
    } finally {
      spy.mockRestore();
    }
    expect(process.exitCode).toBe(2);
    expect(writes.join('')).toMatch(/nope\.conll: no such file or directory/);
    process.exitCode = 0;
  });
});

describe('extrait eval (compiled CLI)', () => {
  // `npm test` compiles dist/ before jest starts. Compiling it again here raced other test files
  // that read dist/ at the same time (the brat test once read a half-written module).

  test('--json report with gold counts, whatever the pipeline finds', () => {
    const r = spawnSync('node', ['bin/extrait.js', 'eval', '--gold', join(dir, 'g.conll'), '--json'], { cwd: root, encoding: 'utf8' });
    expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: '' });
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ format: 'conll', documents: 1, entitiesRead: 3, entitiesScored: 2, types: ['person', 'place'] });
    expect(report.skipped).toEqual({ 'label MISC has no extrait type': 1 });
    const place = report.entities.perType.find((t: { type: string }) => t.type === 'place');
    expect(place.gold).toBe(1);
    expect(place.strict.tp + place.strict.fn).toBe(1);
  });

  test('table on a terminal', () => {
    const r = spawnSync('node', ['bin/extrait.js', 'eval', '--gold', join(dir, 'g.conll')], { cwd: root, encoding: 'utf8' });
    expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: '' });
    expect(r.stdout).toMatch(/^type\s+gold\s+ours\s+strict P\s+R\s+F1\s+fuzzy P\s+R\s+F1$/m);
    expect(r.stdout).toMatch(/^person\s+1\s+\d+\s+\d\.\d{3}/m);
    expect(r.stdout).toMatch(/not scored: label MISC has no extrait type: 1/);
  });
});
