/**
 * What a newcomer reads first: --version (what runs, with which model and data), the help of
 * each command (option names that exist, defaults as one would type them), and the errors a typo
 * gives (a mistyped command is named as such; a subcommand's error points to its own help).
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, assertBuilt, cli, removeDir, tempDir, writeFile } from './helpers.js';

beforeAll(() => assertBuilt());

/** The JSON header of the shipped model: "EXTRAIT-NER1", its length (u32 LE), then the JSON. */
function shippedModelHeader(): { info: { trainedOn: string[] } } {
  const raw = readFileSync(join(ROOT, 'data/model/ner-fr.bin'));
  expect(raw.toString('latin1', 0, 12)).toBe('EXTRAIT-NER1');
  return JSON.parse(raw.toString('utf8', 16, 16 + raw.readUInt32LE(12)));
}

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

describe('--version', () => {
  test('names the version, the record schema, the model and what it was trained on, the data and Node', () => {
    const r = cli(['--version']);
    expect([r.status, r.stderr]).toEqual([0, '']);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe(`extrait ${pkg.version}`);
    expect(r.stdout).toMatch(/^record schema +1\.1 /m);
    const mb = (statSync(join(ROOT, 'data/model/ner-fr.bin')).size / 1e6).toFixed(1);
    expect(r.stdout).toMatch(new RegExp(`^model +data/model/ner-fr\\.bin, ${mb.replace('.', '\\.')} MB`, 'm'));
    // the training data as the model file's header records it, read here byte by byte
    const trainedOn = shippedModelHeader().info.trainedOn;
    expect(trainedOn.length).toBeGreaterThan(0);
    for (const line of trainedOn) expect(r.stdout).toContain(line);
    expect(r.stdout).toMatch(/^data +\d+\.\d MB in \d+ files: .*places \d+ kB/m);
    expect(r.stdout).toContain(`node           ${process.version}`);
  });

  test('--version --json: the same as JSON, sizes in bytes', () => {
    const r = cli(['--version', '--json']);
    expect([r.status, r.stderr]).toEqual([0, '']);
    const info = JSON.parse(r.stdout);
    expect(info).toMatchObject({ extrait: pkg.version, schemaVersion: '1.1', node: process.version });
    expect(info.model.bytes).toBe(statSync(join(ROOT, 'data/model/ner-fr.bin')).size);
    expect(info.model.trainedOn).toEqual(expect.arrayContaining([expect.stringContaining('CC0'), expect.stringContaining('CC BY 4.0')]));
    expect(info.data.areas.places.bytes).toBeGreaterThan(statSync(join(ROOT, 'data/places/gazetteer.tsv')).size);
    expect(Object.values(info.data.areas as Record<string, { bytes: number }>).reduce((n, a) => n + a.bytes, 0)).toBe(info.data.bytes);
  });
});

describe('help', () => {
  test('defaults read as typed: no quotes, sizes with a unit', () => {
    const h = cli(['--help']).stdout;
    expect(h).toMatch(/--max-bytes <n>[\s\S]*?\(default: 10M\)/);
    expect(h).toMatch(/--timeout-ms <n>[\s\S]*?\(default: 30000\)/);
    expect(h).toContain('--id-base <dir>');
    expect(h).not.toMatch(/default: "/);
    expect(h).not.toContain('10485760');
  });

  test('extrait train --help names options that exist, with unquoted defaults', () => {
    const r = cli(['train', '--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/--epochs <n>[\s\S]*?\(default: 10\)/);
    expect(r.stdout).toMatch(/--bits <n>[\s\S]*?\(default: 20\)/);
    expect(r.stdout).not.toMatch(/default: "/);
    // every --option the train help mentions is an option of extrait or of extrait train
    const main = cli(['--help']).stdout;
    for (const opt of new Set(r.stdout.match(/--[a-z][a-z-]+/g))) {
      expect([opt, main.includes(`${opt} `) || main.includes(`${opt},`) || r.stdout.includes(`  ${opt} `) || r.stdout.includes(`, ${opt} `)]).toEqual([opt, true]);
    }
    expect(r.stdout).toContain('--model-file');
  });
});

describe('errors', () => {
  test.each([
    [['evl', '--gold', 'x'], 'eval'],
    [['tarin', '--data', 'x'], 'train'],
    [['evaluate'], 'eval'],
  ])('%j: unknown command, the right one suggested, exit 2', (args, suggestion) => {
    const r = cli(args);
    expect([r.status, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toBe(`extrait: unknown command '${args[0]}' (did you mean '${suggestion}'?)\n(run extrait --help for usage)\n`);
  });

  test('an existing file named like a mistyped command is read as the file it is', () => {
    const dir = tempDir();
    try {
      writeFile(join(dir, 'evl'), 'Le colonel Assimi Goïta est arrivé à Bamako.\n');
      const r = cli(['evl', '--format', 'jsonl'], { cwd: dir });
      expect([r.status, r.stderr]).toEqual([0, '']);
      expect(JSON.parse(r.stdout).id).toBe('evl');
    } finally {
      removeDir(dir);
    }
  });

  test('a subcommand usage error points to its own help', () => {
    for (const [args, sub] of [[['eval', '--format', 'xml', '--gold', 'x'], 'eval'], [['train', '--epochs', 'many', '--data', 'x', '-o', 'y'], 'train'], [['eval'], 'eval']] as const) {
      const r = cli([...args]);
      expect([args, r.status]).toEqual([args, 2]);
      expect(r.stderr).toContain(`(run extrait ${sub} --help for usage)`);
      expect(r.stderr).not.toContain('run extrait --help');
    }
  });

  test('a failing train run says why in one line, without a stack trace', () => {
    const r = cli(['train', '--data', 'no-such.conll', '-o', 'never.bin', '-q']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^extrait train: ENOENT: no such file or directory, open 'no-such\.conll'\n$/);
  });
});
