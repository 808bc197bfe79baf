/**
 * The Dockerfile: read here on every run (base image, unprivileged user, CLI entrypoint, every
 * copied path present and not excluded by .dockerignore); built and run when a docker engine
 * answers, and reported as skipped, with the reason, when none does (a docker client alone, as
 * on machines without a daemon, cannot build).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../cli/helpers.js';
import { testIf } from '../skip.js';

const dockerfile = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');
const ignore = readFileSync(join(ROOT, '.dockerignore'), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));

function engineAnswers(): { ok: boolean; why: string } {
  const r = spawnSync('docker', ['info', '--format', '{{.ServerVersion}}'], { encoding: 'utf8', timeout: 20_000 });
  if (r.error) return { ok: false, why: 'no docker client on this machine' };
  if (r.status !== 0) return { ok: false, why: `no docker engine reachable (docker info: ${(r.stderr || r.stdout).trim().split('\n').pop()})` };
  return { ok: true, why: '' };
}
const engine = engineAnswers();

/** Whether .dockerignore keeps `path` out of the build context (its patterns are simple here). */
function ignored(path: string): boolean {
  let out = false;
  for (const rule of ignore) {
    const negate = rule.startsWith('!');
    const pat = negate ? rule.slice(1) : rule;
    const re = new RegExp(`^${pat.replace(/\./g, '\\.').replace(/\*/g, '[^/]*')}(/|$)`);
    if (re.test(path)) out = !negate;
  }
  return out;
}

test('node:20-slim, an unprivileged user, the CLI as entrypoint', () => {
  expect(dockerfile.match(/^FROM .*/gm)).toEqual(['FROM node:20-slim AS build', 'FROM node:20-slim']);
  const users = dockerfile.match(/^USER (\S+)/gm) ?? [];
  expect(users.length).toBeGreaterThan(0);
  expect(users[users.length - 1]).not.toMatch(/USER (root|0)$/);
  expect(dockerfile).toMatch(/^ENTRYPOINT \["node", "\/app\/bin\/extrait\.js"\]$/m);
});

test('every path the Dockerfile copies from the context exists and is not excluded', () => {
  const copied = [...dockerfile.matchAll(/^COPY (?!--from)(.+)$/gm)].flatMap((m) => m[1].trim().split(/\s+/).slice(0, -1));
  expect(copied.length).toBeGreaterThan(5);
  for (const path of copied) expect([path, existsSync(join(ROOT, path)), ignored(path)]).toEqual([path, true, false]);
  // and what the image must not carry from the host
  for (const path of ['node_modules', 'dist', 'tests', '.git']) expect([path, ignored(path)]).toEqual([path, true]);
});

testIf(engine.ok, engine.why)('the image builds, runs as a non-root user and extracts a seed article', () => {
  const tag = `extrait-test:${process.pid}`;
  try {
    const build = spawnSync('docker', ['build', '-q', '-t', tag, ROOT], { encoding: 'utf8', timeout: 900_000 });
    expect([build.status, build.stderr]).toEqual([0, expect.any(String)]);
    const uid = spawnSync('docker', ['run', '--rm', '--entrypoint', 'id', tag, '-u'], { encoding: 'utf8' });
    expect(uid.stdout.trim()).not.toBe('0');
    const seed = readFileSync(join(ROOT, 'fixtures/seeds/001_b9ab8dd1b559bc1b.txt'));
    const run = spawnSync('docker', ['run', '--rm', '-i', tag, '--format', 'jsonl'], { input: seed, encoding: 'utf8', timeout: 120_000 });
    expect([run.status, run.stderr]).toEqual([0, '']);
    const rec = JSON.parse(run.stdout) as { entities: { type: string; name?: string }[] };
    expect(rec.entities).toContainEqual(expect.objectContaining({ type: 'person', name: 'Moussa Saloua Barmou' }));
  } finally {
    spawnSync('docker', ['rmi', '-f', tag], { stdio: 'ignore' });
  }
}, 960_000);
