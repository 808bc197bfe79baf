/**
 * --no-model and --model-file: the statistical tagger can be skipped or replaced from the CLI.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const cli = join(process.cwd(), 'bin', 'extrait.js');
const seed = join(process.cwd(), 'fixtures', 'seeds', '001_b9ab8dd1b559bc1b.txt');

function run(args: string[]) {
  return spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
}

test('--no-model still finds the rank-bearing people of a seed', () => {
  const r = run(['--no-model', '--format', 'jsonl', seed]);
  expect(r.status).toBe(0);
  const rec = JSON.parse(r.stdout);
  const barmou = rec.entities.find((e: { type: string; text: string }) => e.type === 'person' && e.text === 'Moussa Saloua BARMOU');
  expect(barmou).toMatchObject({ rank: 'Général de brigade' });
});

test('--model-file that cannot be loaded is a usage error naming the file', () => {
  const r = run(['--model-file', '/nonexistent/model.bin', seed]);
  expect(r.status).toBe(2);
  expect(r.stderr).toContain('/nonexistent/model.bin');
  expect(r.stdout).toBe('');
});

test('extrait train writes a model that --model-file then uses', () => {
  const dir = mkdtempSync(join(tmpdir(), 'extrait-train-'));
  try {
    const conll = join(dir, 'tiny.conll');
    writeFileSync(conll, 'Assimi\tB-PER\nGoïta\tI-PER\nà\tO\nBamako\tB-LOC\n.\tO\n\nMoussa\tB-PER\nDiallo\tI-PER\nest\tO\nau\tO\nMali\tB-LOC\n.\tO\n');
    const model = join(dir, 'tiny.bin');
    const t = run(['train', '--data', conll, '-o', model]);
    expect(t.status).toBe(0);
    const r = spawnSync(process.execPath, [cli, '--model-file', model, '--format', 'jsonl', '-'], { input: 'Hier, Moussa Diallo était à Bamako avec Assimi Goïta.', encoding: 'utf8' });
    expect(r.status).toBe(0);
    const rec = JSON.parse(r.stdout);
    expect(rec.entities.map((e: { type: string; text: string }) => `${e.type}:${e.text}`)).toEqual(expect.arrayContaining(['person:Moussa Diallo', 'place:Bamako']));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
