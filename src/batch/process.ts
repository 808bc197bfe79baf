/**
 * One document, start to finish: load, decode, extract, serialize. The same function runs
 * in worker threads and in the main thread (a single document, --jobs 1, and its share of
 * documents with --jobs N), so both paths give byte-identical output.
 */
import { shareWordTable, useModelFile } from '../model/index.js';
import { extract } from '../extract.js';
import type { ExtractOptions } from '../types.js';
import { loadFile, tooLargeMessage } from '../io/load.js';
import { replacementWarning, type Encoding } from '../io/decode.js';
import type { ProcessSettings, Result, Task } from './task.js';
import { TimeLimitError, withCpuBudget } from '../pipeline/budget.js';

let warm = false;

/**
 * Lexicons, gazetteer and tagger load on first use: that cost belongs to no document, and
 * charging it to the first one would make a limit depend on how many threads there are.
 */
export function warmUp(settings: Pick<ProcessSettings, 'model'>): void {
  if (warm) return;
  warm = true;
  extract('Le général de brigade Moussa Diawara est arrivé à Bamako le 6 novembre 2024 avec la MINUSMA.', { model: settings.model });
}

/**
 * The first document of a thread runs cold (its stages build their tables as they need
 * them), which is what a single-document run wants: a warm-up sentence first would cost
 * a one-document CLI run a third of its time. Only when the limit fires on that cold run
 * is the cost of loading taken out of it: warm up, then run the document again within
 * the full limit. Either way the document gets the outcome it would get warm.
 */
function extractWithinLimit(text: string, options: ExtractOptions, settings: ProcessSettings) {
  const limit = settings.cpuLimitMs ?? 0;
  if (limit <= 0 || warm) return withCpuBudget(limit, () => extract(text, options));
  try {
    const record = withCpuBudget(limit, () => extract(text, options));
    warm = true;
    return record;
  } catch (err) {
    if (!(err instanceof TimeLimitError)) throw err;
    warmUp(settings);
    return withCpuBudget(limit, () => extract(text, options));
  }
}

let loadedModelFile: string | null = null;
let wordsShared = false;

export function processTask(task: Task, settings: ProcessSettings): Result {
  if (settings.sharedWords && !wordsShared) {
    // before the tagger's first use in this thread, which makes its word table
    shareWordTable(settings.sharedWords);
    wordsShared = true;
  }
  if (settings.modelFile && settings.modelFile !== loadedModelFile) {
    // once per thread: the main thread and each worker load the user's model themselves
    useModelFile(settings.modelFile);
    loadedModelFile = settings.modelFile;
  }
  const base = { seq: task.seq, id: task.id, display: task.display };
  if (task.kind === 'error') return { ...base, ok: false, bytes: 0, message: task.message };
  if (task.kind === 'done') return { ...base, ok: true, bytes: 0, line: task.line, copied: true };
  let text: string;
  let bytes: number;
  let encoding: Encoding | null = null;
  let replaced = 0;
  const options: ExtractOptions = { id: task.id, force: settings.force, model: settings.model };
  if (settings.referenceDate) options.referenceDate = settings.referenceDate;
  if (settings.language) options.language = settings.language;
  if (task.kind === 'file') {
    const loaded = loadFile(task.path, settings.maxBytes);
    if (!loaded.ok) return { ...base, ok: false, bytes: loaded.bytes, message: loaded.message };
    text = loaded.text;
    bytes = loaded.bytes;
    encoding = loaded.encoding;
    replaced = loaded.replaced ?? 0;
  } else {
    text = task.text;
    bytes = Buffer.byteLength(text);
    if (bytes > settings.maxBytes) return { ...base, ok: false, bytes: 0, message: tooLargeMessage(bytes, settings.maxBytes) };
    if (!/\S/.test(text)) return { ...base, ok: false, bytes, message: 'empty text' };
    if (task.inputDate) options.inputDate = task.inputDate;
    if (task.url) options.url = task.url;
    encoding = task.encoding ?? null;
    replaced = task.replaced ?? 0;
  }
  let record;
  try {
    record = extractWithinLimit(text, options, settings);
  } catch (err) {
    if (err instanceof TimeLimitError) return { ...base, ok: false, bytes, message: err.message };
    const e = err as Error;
    return { ...base, ok: false, bytes, message: `internal error: ${e?.message ?? String(err)}` };
  }
  // what decoding did belongs to the record: the encoding read, and any byte it had to replace
  record.encoding = encoding;
  if (replaced) record.warnings.push(replacementWarning(encoding ?? 'utf-8', replaced));
  if (settings.serialize === 'jsonl') return { ...base, ok: true, bytes, line: JSON.stringify(record) + '\n' };
  if (settings.serialize === 'json') return { ...base, ok: true, bytes, line: JSON.stringify(record, null, 2) + '\n' };
  return { ...base, ok: true, bytes, record, text };
}
