// Child process for wordCacheHeap.test.ts (run with --expose-gc): reads N then 4N documents of
// 100 KB through the caches kept across documents (the key interner of the token table, the
// word folding memo, the people stage's key memo). Each document holds two long words never
// seen before; a cache that kept one of them as a slice of the text would keep its whole
// document alive (~100 KB per document). Prints the heap after each phase.
import { foldWord } from '../../dist/text/fold.js';
import { foldWordKey } from '../../dist/people/lexicon.js';
import { releaseTokenTable, tokenTableOf } from '../../dist/text/tokenTable.js';

const n = Number(process.argv[2] ?? 200);
let seq = 0;
function readDocuments(count) {
  for (let i = 0; i < count; i++) {
    const tag = (seq++).toString(36);
    const text = `${'-'.repeat(100_000)} Établissementaire${tag} constitutionnellement${tag} .`;
    const table = tokenTableOf(text);
    for (let w = 0; w < table.length; w++) {
      table.keyId(w);
      foldWord(table.word(w));
      foldWordKey(table.word(w));
    }
    releaseTokenTable();
  }
}
const heap = () => {
  global.gc();
  global.gc();
  return process.memoryUsage().heapUsed;
};
readDocuments(n);
const afterN = heap();
readDocuments(3 * n);
const after4N = heap();
process.stdout.write(JSON.stringify({ read: seq, afterN, after4N }) + '\n');
