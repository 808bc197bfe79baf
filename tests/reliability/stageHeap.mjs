// Child process of memory.test.ts (run with --expose-gc): extracts one text with a garbage
// collection after every stage and prints the largest live heap the document held, in bytes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [dist, file] = process.argv.slice(2);
const { extract } = await import(pathToFileURL(join(dist, 'extract.js')).href);
const { DEFAULT_PIPELINE } = await import(pathToFileURL(join(dist, 'pipeline', 'stages.js')).href);
const text = readFileSync(file, 'utf8');
// data loaded, the events stage's too: its trigger patterns and argument tables are built at the
// first sentence that holds a trigger, a fixed cost that is no part of what a document keeps alive
extract(
  'Le général de brigade Moussa Diawara est arrivé à Bamako le 6 novembre 2024. Il a reçu le ministre, deux jours après une attaque qui a fait trois morts à Sévaré. ' +
    "Le colonel Paul Traoré a été nommé chef d'état-major, puis limogé. M. Issa Koné a été arrêté jeudi, son frère enlevé, et le capitaine Ali Sow est mort.",
  {},
);
globalThis.gc();
const base = process.memoryUsage().heapUsed;
let live = 0;
const stages = {};
const pipeline = DEFAULT_PIPELINE.map((s) => ({
  ...s,
  run(doc) {
    s.run(doc);
    globalThis.gc();
    stages[s.name] = process.memoryUsage().heapUsed - base;
    live = Math.max(live, stages[s.name]);
  },
}));
extract(text, {}, pipeline);
process.stdout.write(JSON.stringify({ live, stages, bytes: Buffer.byteLength(text) }));
