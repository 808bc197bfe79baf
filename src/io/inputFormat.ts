/**
 * Without --input-format, JSON Lines is recognized instead of being read as one document of
 * JSON text with no entities (a silent trap in pipelines): a file named *.jsonl or *.ndjson, or
 * a named file or standard input whose every non-empty line is a JSON object with a "text"
 * string. `--input-format text` turns this off. Files found by a directory walk are judged by
 * their name only, so a walk reads no file twice.
 */
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { Readable } from 'node:stream';
import { decode } from './decode.js';

export type DetectedFormat = 'text' | 'jsonl';

export function hasJsonlName(path: string): boolean {
  return /\.(jsonl|ndjson)$/i.test(path);
}

function isJsonlLine(line: string): boolean {
  if (!line.startsWith('{')) return false;
  try {
    const v = JSON.parse(line) as unknown;
    return v !== null && typeof v === 'object' && !Array.isArray(v) && typeof (v as { text?: unknown }).text === 'string';
  } catch {
    return false;
  }
}

/** Every non-empty line (the last one may be cut when `complete` is false) is a JSONL document. */
export function looksLikeJsonl(text: string, complete = true): boolean {
  const lines = text.split('\n');
  if (!complete) lines.pop();
  let seen = 0;
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    if (!isJsonlLine(line)) return false;
    seen++;
  }
  return seen > 0;
}

function firstByte(path: string): number | null {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(64);
    const n = readSync(fd, buf, 0, buf.length, 0);
    const text = buf.subarray(0, n).toString('latin1').replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart();
    return text.length ? text.charCodeAt(0) : null;
  } finally {
    closeSync(fd);
  }
}

/**
 * A file named on the command line. Only a regular file that starts with "{" is read whole
 * (a text article never does); anything unreadable is left to the reader to report.
 */
export function detectFile(path: string, maxBytes: number): DetectedFormat {
  if (hasJsonlName(path)) return 'jsonl';
  try {
    const st = statSync(path);
    if (!st.isFile() || st.size === 0 || firstByte(path) !== 0x7b) return 'text';
    if (st.size > maxBytes) return 'text';
    const decoded = decode(readFileSync(path));
    return decoded.ok && looksLikeJsonl(decoded.text) ? 'jsonl' : 'text';
  } catch {
    return 'text';
  }
}

/**
 * Standard input, read up to `maxBytes` (text mode reads that much anyway) and judged on what
 * came; the returned stream replays it, followed by the rest when input was larger.
 */
export async function detectStdin(stdin: Readable, maxBytes: number): Promise<{ format: DetectedFormat; stream: Readable }> {
  const chunks: Buffer[] = [];
  let total = 0;
  const it = (stdin as AsyncIterable<Buffer | string>)[Symbol.asyncIterator]();
  let ended = false;
  while (total <= maxBytes) {
    const next = await it.next();
    if (next.done) {
      ended = true;
      break;
    }
    const buf = typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
    chunks.push(buf);
    total += buf.length;
  }
  const head = Buffer.concat(chunks, total);
  const decoded = decode(head.subarray(0, Math.min(head.length, maxBytes)));
  const format: DetectedFormat = decoded.ok && looksLikeJsonl(decoded.text, ended) ? 'jsonl' : 'text';
  async function* replay(): AsyncGenerator<Buffer> {
    if (head.length) yield head;
    if (!ended) {
      for (let next = await it.next(); !next.done; next = await it.next()) {
        yield typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
      }
    }
  }
  return { format, stream: Readable.from(replay(), { objectMode: false }) };
}
