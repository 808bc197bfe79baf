/**
 * JSONL input: one document per line, {"id","text","date"?,"url"?}. Lines are split on
 * bytes as the stream arrives (memory holds one line, not the file), so this works as a
 * Hadoop Streaming mapper, a Spark rdd.pipe() or a GNU parallel --pipe block reader.
 */
import type { Readable } from 'node:stream';
import { decodeUtf8OrLegacy } from './decode.js';
import { numericIdSource } from './jsonlId.js';

/** A line longer than the limit: its bytes were skipped, never held. */
export interface TooLong {
  tooLong: number;
}

/** A line that was UTF-8 but for a few bad byte sequences, replaced by U+FFFD (decode.ts). */
export interface DamagedLine {
  text: string;
  replaced: number;
}

export async function* readLines(stream: Readable): AsyncGenerator<string> {
  for await (const line of readBoundedLines(stream, Infinity)) {
    if (typeof line === 'string') yield line;
    else if ('text' in line) yield line.text;
  }
}

/**
 * Lines of at most maxBytes bytes; a longer one is skipped to its newline and reported by
 * its length (as Hadoop's LineRecordReader skips an over-long record), so one 600 MB line
 * neither holds 600 MB nor stops the stream.
 */
export async function* readBoundedLines(stream: Readable, maxBytes: number): AsyncGenerator<string | TooLong | DamagedLine> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  /** Bytes of the current line skipped so far, or -1 when it is being kept. */
  let skipped = -1;
  let first = true;
  const decodeLine = (buf: Buffer): string | DamagedLine => {
    let b = buf;
    if (first) {
      first = false;
      if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) b = b.subarray(3);
    }
    if (b.length > 0 && b[b.length - 1] === 0x0d) b = b.subarray(0, b.length - 1);
    const d = decodeUtf8OrLegacy(b);
    return d.replaced ? { text: d.text, replaced: d.replaced } : d.text;
  };
  for await (const chunk of stream as AsyncIterable<Buffer | string>) {
    let buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let nl: number;
    while ((nl = buf.indexOf(0x0a)) !== -1) {
      const head = buf.subarray(0, nl);
      buf = buf.subarray(nl + 1);
      if (skipped >= 0 || pendingBytes + head.length > maxBytes) {
        const total = (skipped >= 0 ? skipped : pendingBytes) + head.length;
        pending = [];
        pendingBytes = 0;
        skipped = -1;
        first = false;
        yield { tooLong: total };
        continue;
      }
      const line = pending.length ? Buffer.concat([...pending, head]) : head;
      pending = [];
      pendingBytes = 0;
      yield decodeLine(line);
    }
    if (!buf.length) continue;
    if (skipped >= 0) skipped += buf.length;
    else if (pendingBytes + buf.length > maxBytes) {
      skipped = pendingBytes + buf.length;
      pending = [];
      pendingBytes = 0;
    } else {
      pending.push(buf);
      pendingBytes += buf.length;
    }
  }
  if (skipped >= 0) yield { tooLong: skipped };
  else if (pending.length) {
    const line = Buffer.concat(pending);
    if (line.length) yield decodeLine(line);
  }
}

export interface JsonlDocument {
  /** null when the line gives none: the caller names it "<file>:<line>". */
  id: string | null;
  text: string;
  date?: string;
  url?: string;
}

export type ParsedLine =
  | { ok: true; doc: JsonlDocument }
  | { ok: false; id: string | null; message: string };

export function parseJsonlLine(line: string): ParsedLine {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return { ok: false, id: null, message: `bad JSONL line: ${(err as Error).message}` };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, id: null, message: 'bad JSONL line: expected an object {"id","text"}' };
  }
  const obj = value as Record<string, unknown>;
  const id = typeof obj.id === 'string' ? obj.id : typeof obj.id === 'number' ? (numericIdSource(line) ?? String(obj.id)) : null;
  if (typeof obj.text !== 'string') {
    return { ok: false, id, message: 'bad JSONL line: "text" must be a string' };
  }
  const doc: JsonlDocument = { id, text: obj.text };
  // a date given in another type is passed on as text, so that the record says it was not understood
  if (typeof obj.date === 'string' && obj.date) doc.date = obj.date;
  else if (obj.date !== undefined && obj.date !== null && obj.date !== '') doc.date = JSON.stringify(obj.date);
  if (typeof obj.url === 'string' && obj.url) doc.url = obj.url;
  return { ok: true, doc };
}
