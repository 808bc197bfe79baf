// Child process for nurseryCap.test.ts: runs the seed articles, each with a numbered closing
// sentence so no two texts are the same, through the main-thread runner as a batch ("inline") or through
// processTask in a plain loop ("free": V8's own nursery growth), and prints the largest young
// generation (new space, both semi-spaces) seen after any document.
import { readdirSync, readFileSync } from 'node:fs';
import { getHeapSpaceStatistics } from 'node:v8';
import { runInline } from '../../dist/batch/inline.js';
import { processTask } from '../../dist/batch/process.js';

const [mode, rounds] = [process.argv[2], Number(process.argv[3] ?? 8)];
const dir = new URL('../../fixtures/seeds/', import.meta.url);
const articles = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(new URL(f, dir), 'utf8'));
const settings = { force: false, model: true, maxBytes: 1 << 20, serialize: 'jsonl' };
let seq = 0;
function* texts() {
  for (let r = 0; r < rounds; r++) for (const a of articles) yield `${a}\nCet article est le numéro ${seq + 1} de la série ${r + 1}.`;
}
async function* tasks() {
  for (const text of texts()) {
    await null;
    yield { kind: 'text', seq, id: `d${seq}`, display: `d${seq}`, text };
    seq++;
  }
}
let largest = 0;
let written = 0;
const write = () => {
  written++;
  for (const s of getHeapSpaceStatistics()) if (s.space_name === 'new_space') largest = Math.max(largest, s.space_size);
};
if (mode === 'inline') await runInline(tasks(), settings, new AbortController().signal, write, true);
else for await (const task of tasks()) write(processTask(task, settings));
process.stdout.write(JSON.stringify({ written, largest }) + '\n');
