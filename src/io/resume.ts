/**
 * --resume: read what an earlier run wrote, count the ids of complete lines, and cut a
 * last line left unfinished by a kill, so that appending continues on a line boundary.
 */
import { createReadStream, existsSync, truncateSync } from 'node:fs';

export interface ResumeState {
  /** id → number of complete records with that id (ids may repeat in JSONL input). */
  done: Map<string, number>;
  records: number;
  /** Bytes of a cut last line that were removed. */
  repairedBytes: number;
}

export class ResumeError extends Error {}

export async function prepareResume(path: string): Promise<ResumeState> {
  const state: ResumeState = { done: new Map(), records: 0, repairedBytes: 0 };
  if (!existsSync(path)) return state;
  let offset = 0; // bytes consumed up to the end of the last complete line
  let total = 0;
  let pending: Buffer[] = [];
  let lineNo = 0;
  const take = (line: Buffer) => {
    lineNo++;
    const text = line.toString('utf8').trim();
    if (!text) return;
    let id: unknown;
    try {
      id = (JSON.parse(text) as { id?: unknown }).id;
    } catch {
      throw new ResumeError(`${path}: line ${lineNo} is not a JSON record; cannot resume into this file`);
    }
    if (typeof id !== 'string') throw new ResumeError(`${path}: line ${lineNo} has no "id"; cannot resume into this file`);
    state.done.set(id, (state.done.get(id) ?? 0) + 1);
    state.records++;
  };
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    let buf = chunk;
    let nl: number;
    while ((nl = buf.indexOf(0x0a)) !== -1) {
      const head = buf.subarray(0, nl);
      take(pending.length ? Buffer.concat([...pending, head]) : head);
      pending = [];
      offset = total + nl + 1;
      buf = buf.subarray(nl + 1);
      total += nl + 1;
    }
    total += buf.length;
    if (buf.length) pending.push(buf);
  }
  if (total > offset) {
    truncateSync(path, offset);
    state.repairedBytes = total - offset;
  }
  return state;
}
