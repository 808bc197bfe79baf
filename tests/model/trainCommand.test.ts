import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { registerTrainCommand } from '../../src/model/trainCommand.js';
import { loadModel, tagEntities } from '../../src/model/index.js';

const CONLL = `Le O
capitaine O
Ibrahim B-PER
Traoré I-PER
est O
à O
Ouagadougou B-LOC
. O

La O
CEDEAO B-ORG
siège O
à O
Abuja B-LOC
. O
`;

describe('extrait train', () => {
  test('trains on CoNLL files and writes a model that --model can load', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'extrait-train-test-'));
    try {
      const data = join(dir, 'train.conll');
      const out = join(dir, 'model.bin');
      writeFileSync(data, CONLL.repeat(4));
      const program = new Command().exitOverride();
      registerTrainCommand(program);
      await program.parseAsync(['node', 'extrait', 'train', '--data', data, '--epochs', '5', '--bits', '14', '--no-lexicons', '-q', '-o', out]);
      expect(existsSync(out)).toBe(true);
      const model = loadModel(out);
      expect(model.bits).toBe(14);
      expect(model.info.trainedOn).toEqual([data]);
      const text = 'Le capitaine Ibrahim Traoré est à Ouagadougou.';
      const spans = tagEntities(text, undefined, model).map((s) => `${s.type}:${text.slice(s.start, s.end)}`);
      expect(spans).toEqual(['person:Ibrahim Traoré', 'place:Ouagadougou']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('refuses data without entities', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'extrait-train-test-'));
    try {
      const data = join(dir, 'empty.conll');
      writeFileSync(data, 'Le O\nchat O\n');
      const program = new Command().exitOverride();
      registerTrainCommand(program);
      await expect(program.parseAsync(['node', 'extrait', 'train', '--data', data, '-q', '-o', join(dir, 'm.bin')])).rejects.toThrow(/no PER\/LOC\/ORG/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
