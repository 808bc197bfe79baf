/**
 * Turns the command line's inputs into one lazy stream of documents, in input order.
 * Nothing here reads a text file's content (workers do, in parallel); JSONL files and
 * standard input are read here, one line at a time.
 */
import { createReadStream, statSync } from 'node:fs';
import { basename, join, normalize, relative, sep } from 'node:path';
import { canonical } from './selfInput.js';
import type { Readable } from 'node:stream';
import picomatch from 'picomatch';
import type { Task } from '../batch/task.js';
import { decode } from './decode.js';
import { detectFile, detectStdin, hasJsonlName, type DetectedFormat } from './inputFormat.js';
import { parseJsonlLine, readBoundedLines } from './jsonl.js';
import { describeError, formatBytes, tooLargeMessage } from './load.js';
import { walk } from './walk.js';
import { ResumeError, type EarlierRecords } from './resume.js';
import { quote } from '../text/quote.js';

export type Doc = Task extends infer T ? (T extends unknown ? Omit<T, 'seq'> : never) : never;

export interface SourceOptions {
  inputs: string[];
  /** 'auto' (no --input-format): JSON Lines is recognized, see inputFormat.ts. */
  inputFormat: 'text' | 'jsonl' | 'auto';
  glob?: string;
  /** With 'auto', what standard input was found to be (run.ts detects it first), and its replay. */
  stdinFormat?: DetectedFormat;
  maxBytes: number;
  /** Standard input, asked for only when "-" is read: process.stdin sets up a stream (node:net for a terminal or a pipe). */
  stdin: () => Readable;
  /** Record ids of files: their path relative to this directory (--id-base). */
  idBase?: string;
  /** --follow-symlinks: also follow links that lead out of an input directory. */
  followSymlinks?: boolean;
  /** Canonical paths of files the run itself writes: never read as inputs (selfInput.ts). */
  exclude?: Set<string>;
  /** A non-document that was skipped (FIFO, device, symlink loop). */
  warn: (message: string) => void;
  /** An input that gave no document (a directory without matching files); warn when absent. */
  nothingFound?: (message: string) => void;
}

export function defaultGlob(inputFormat: SourceOptions['inputFormat']): string {
  return inputFormat === 'jsonl' ? '*.jsonl' : '*.txt';
}

/** A file's record id: with --id-base, its path relative to that directory, '/'-separated. */
function fileId(path: string, id: string, opts: SourceOptions): string {
  return opts.idBase === undefined ? id : relative(opts.idBase, path).split(sep).join('/');
}

export function makeMatcher(glob: string): (rel: string) => boolean {
  // "*.txt" matches a file name at any depth; "news/**/*.txt" matches the relative path.
  return picomatch(glob, { basename: !glob.includes('/') });
}

async function readAll(stream: Readable, maxBytes: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream as AsyncIterable<Buffer | string>) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    total += buf.length;
    if (total > maxBytes) return null;
    chunks.push(buf);
  }
  return Buffer.concat(chunks, total);
}

async function* jsonlDocs(stream: Readable, name: string, maxBytes: number): AsyncGenerator<Doc> {
  let lineNo = 0;
  for await (const line of readBoundedLines(stream, maxBytes)) {
    lineNo++;
    const where = `${name}:${lineNo}`;
    if (typeof line !== 'string' && 'tooLong' in line) {
      yield { kind: 'error', id: where, display: where, message: `JSONL line too long (${formatBytes(line.tooLong)} > ${formatBytes(maxBytes)}; raise --max-bytes)` };
      continue;
    }
    const replaced = typeof line === 'string' ? 0 : line.replaced;
    const text = typeof line === 'string' ? line : line.text;
    if (!/\S/.test(text)) continue;
    const parsed = parseJsonlLine(text);
    if (!parsed.ok) {
      yield { kind: 'error', id: parsed.id ?? where, display: where, message: parsed.message };
      continue;
    }
    const { doc } = parsed;
    yield {
      kind: 'text', id: doc.id ?? where, display: doc.id === null ? where : `${where} (${doc.id})`,
      text: doc.text, inputDate: doc.date, url: doc.url, ...(replaced ? { replaced } : {}),
    };
  }
}

const JSONL_NOTE = 'read as JSON Lines, one document per line (--input-format text reads it as one document)';

/** A named file is looked into; a file found by a walk is judged by its name (see inputFormat.ts). */
function fileFormat(path: string, named: boolean, opts: SourceOptions): DetectedFormat {
  if (opts.inputFormat !== 'auto') return opts.inputFormat;
  const format = named ? detectFile(path, opts.maxBytes) : hasJsonlName(path) ? 'jsonl' : 'text';
  if (format === 'jsonl') opts.warn(`${path}: ${JSONL_NOTE}`);
  return format;
}

async function* fileDocs(path: string, id: string, opts: SourceOptions, named = false): AsyncGenerator<Doc> {
  if (fileFormat(path, named, opts) === 'text') {
    yield { kind: 'file', id, display: path, path };
    return;
  }
  const stream = createReadStream(path);
  try {
    yield* jsonlDocs(stream, path, opts.maxBytes);
  } catch (err) {
    yield { kind: 'error', id: `${path}:?`, display: path, message: `read failed: ${describeError(err)}` };
  } finally {
    stream.destroy();
  }
}

function isOwnFile(path: string, exclude: Set<string>): boolean {
  const name = basename(path);
  for (const own of exclude) if (basename(own) === name) return exclude.has(canonical(path));
  return false;
}

export async function* documents(opts: SourceOptions): AsyncGenerator<Doc> {
  const inputs = opts.inputs.length ? opts.inputs : ['-'];
  const match = makeMatcher(opts.glob ?? defaultGlob(opts.inputFormat));
  for (const input of inputs) {
    if (input === '-') {
      let stdin = opts.stdin();
      let format = opts.inputFormat === 'auto' ? opts.stdinFormat : opts.inputFormat;
      if (format === undefined) ({ format, stream: stdin } = await detectStdin(stdin, opts.maxBytes));
      if (format === 'jsonl') {
        if (opts.inputFormat === 'auto') opts.warn(`stdin: ${JSONL_NOTE}`);
        yield* jsonlDocs(stdin, 'stdin', opts.maxBytes);
        continue;
      }
      const bytes = await readAll(stdin, opts.maxBytes);
      if (bytes === null) {
        yield { kind: 'error', id: 'stdin', display: 'stdin', message: tooLargeMessage(opts.maxBytes + 1, opts.maxBytes) };
        continue;
      }
      const decoded = decode(bytes);
      if (!decoded.ok) yield { kind: 'error', id: 'stdin', display: 'stdin', message: decoded.message === 'empty file' ? 'empty input' : decoded.message };
      else yield { kind: 'text', id: 'stdin', display: 'stdin', text: decoded.text, encoding: decoded.encoding, ...(decoded.replaced ? { replaced: decoded.replaced } : {}) };
      continue;
    }
    let isDir = false;
    try {
      // synchronous: one system call per named input, where the promise's way first compiles fs/promises' internals
      isDir = statSync(input).isDirectory();
    } catch (err) {
      yield { kind: 'error', id: fileId(input, input, opts), display: input, message: describeError(err) };
      continue;
    }
    if (!isDir) {
      // A file named explicitly is read even if it is a FIFO or device (`extrait <(curl …)`).
      // "./x.jsonl" and "x.jsonl" are one file: its ids must not depend on how it was typed
      const named = normalize(input);
      yield* fileDocs(named, fileId(named, named, opts), opts, true);
      continue;
    }
    let found = 0;
    for await (const item of walk(input, { match, followSymlinks: opts.followSymlinks })) {
      found++;
      const display = item.rel ? join(input, item.rel) : input;
      if (opts.exclude && isOwnFile(item.path, opts.exclude)) continue;
      if (item.kind === 'skip') opts.warn(`${display}: ${item.message}`);
      else if (item.kind === 'error') yield { kind: 'error', id: fileId(item.path, item.rel || input, opts), display, message: item.message };
      else yield* fileDocs(item.path, fileId(item.path, item.rel, opts), opts);
    }
    if (found === 0) (opts.nothingFound ?? opts.warn)(`${input}: no files matching ${opts.glob ?? defaultGlob(opts.inputFormat)} (see --glob)`);
  }
}

/**
 * Numbers documents in input order and, with --resume, merges the earlier run's records
 * (resume.ts): a record that succeeded replaces its document, a failed one is retried, and
 * an id out of place means the inputs changed, which is refused.
 */
export async function* numbered(docs: AsyncIterable<Doc>, earlier?: EarlierRecords, onCopy?: () => void): AsyncGenerator<Task> {
  let seq = 0;
  let more = !!earlier;
  for await (const doc of docs) {
    if (more) {
      const rec = await earlier!.next();
      if (rec === null) more = false;
      else if (rec.id !== doc.id) {
        throw new ResumeError(`inputs changed since the interrupted run: document ${seq + 1} is ${quote(doc.display)}, where that run had ${quote(rec.id)}; rerun without --resume to start afresh`);
      } else if (rec.ok) {
        onCopy?.();
        yield { kind: 'done', id: doc.id, display: doc.display, line: rec.line + '\n', seq: seq++ };
        continue;
      }
    }
    yield { ...doc, seq: seq++ } as Task;
  }
  if (more) {
    const rec = await earlier!.next();
    if (rec !== null) throw new ResumeError(`inputs changed since the interrupted run: ${quote(rec.id)} is no longer among the inputs; rerun without --resume to start afresh`);
  }
}
