/**
 * --resume as a merge, in input order: the earlier run's records (FILE.resume, moved aside)
 * are read alongside the new run's documents; position by position, a record that
 * succeeded is copied, a document that failed is processed again (GNU parallel's
 * --resume-failed), and documents past the end are new work. A document whose id is not
 * the one the earlier run had at that position means the input set changed: the run is
 * refused rather than mixing two input sets in one file.
 */
import { createReadStream, existsSync, openSync, closeSync, truncateSync, writeSync, fsyncSync, unlinkSync } from 'node:fs';
import { readLines } from './jsonl.js';

export class ResumeError extends Error {}

export function resumeBasePath(path: string): string {
  return `${path}.resume`;
}

export interface EarlierRecord {
  id: string;
  ok: boolean;
  line: string;
}

export interface Scan {
  records: number;
  failed: number;
  /** Bytes of a cut last line (a kill inside a write) that were removed. */
  repairedBytes: number;
}

function parseRecord(path: string, line: string, lineNo: number): EarlierRecord {
  let value: { id?: unknown; error?: unknown };
  try {
    value = JSON.parse(line) as typeof value;
  } catch {
    throw new ResumeError(`${path}: line ${lineNo} is not a JSON record; cannot resume into this file`);
  }
  if (typeof value?.id !== 'string') throw new ResumeError(`${path}: line ${lineNo} has no "id"; cannot resume into this file`);
  return { id: value.id, ok: value.error === undefined, line };
}

/** Counts the complete records of `path` and cuts an unfinished last line. */
export async function scanRecords(path: string): Promise<Scan> {
  const scan: Scan = { records: 0, failed: 0, repairedBytes: 0 };
  if (!existsSync(path)) return scan;
  let offset = 0; // bytes up to the end of the last complete line
  let total = 0;
  let pending: Buffer[] = [];
  let lineNo = 0;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    let buf = chunk;
    let nl: number;
    while ((nl = buf.indexOf(0x0a)) !== -1) {
      const head = buf.subarray(0, nl);
      const line = (pending.length ? Buffer.concat([...pending, head]) : head).toString('utf8').trim();
      pending = [];
      lineNo++;
      if (line) {
        const rec = parseRecord(path, line, lineNo);
        scan.records++;
        if (!rec.ok) scan.failed++;
      }
      offset = total + nl + 1;
      buf = buf.subarray(nl + 1);
      total += nl + 1;
    }
    total += buf.length;
    if (buf.length) pending.push(buf);
  }
  if (total > offset) {
    truncateSync(path, offset);
    scan.repairedBytes = total - offset;
  }
  return scan;
}

/** The earlier run's records, one at a time, in order. */
export class EarlierRecords {
  private readonly lines: AsyncIterator<string>;
  private lineNo = 0;
  constructor(private readonly path: string) {
    this.lines = readLines(createReadStream(path))[Symbol.asyncIterator]();
  }
  async next(): Promise<EarlierRecord | null> {
    for (;;) {
      const r = await this.lines.next();
      if (r.done) return null;
      this.lineNo++;
      const line = r.value.trim();
      if (line) return parseRecord(this.path, line, this.lineNo);
    }
  }
}

/**
 * A resumed run that was itself killed leaves FILE.partial (the merge's first records) and
 * FILE.resume (the earlier records): since the merge keeps positions, the earlier records
 * past the partial's count complete it. Afterwards only FILE.partial remains.
 */
export async function consolidate(partial: string, base: string): Promise<void> {
  const { records: kept } = await scanRecords(partial);
  const fd = openSync(partial, 'a');
  try {
    const earlier = new EarlierRecords(base);
    for (let i = 0; ; i++) {
      const rec = await earlier.next();
      if (rec === null) break;
      if (i >= kept) writeSync(fd, rec.line + '\n');
    }
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  unlinkSync(base);
}
