/**
 * Where records go. A file output is written as FILE.partial and renamed over FILE only
 * once complete and synced, so a FILE that exists is never a truncated run: an interrupted
 * or failed run leaves FILE.partial (which --resume continues), a full disk leaves nothing.
 */
import {
  closeSync, existsSync, fstatSync, fsyncSync, openSync, renameSync, statSync, unlinkSync, writeSync,
} from 'node:fs';
import { describeError } from './load.js';
import { ResumeError, consolidate, resumeBasePath } from './resume.js';

export class OutputError extends Error {}

export interface Output {
  /** Resolves when the text may be followed by more (backpressure); throws OutputError. */
  write(text: string): void | Promise<void>;
  /** The run is complete: make the output final. */
  commit(): void;
  /** The run was interrupted: keep what is written, for --resume. */
  interrupt(): string | null;
  /** Writing failed: remove the incomplete output (unless it holds a resumed run's records). */
  discard(): void;
}

export class StdoutOutput implements Output {
  write(text: string): void | Promise<void> {
    if (process.stdout.write(text)) return;
    return new Promise((resolve) => process.stdout.once('drain', resolve));
  }
  commit(): void {}
  interrupt(): string | null {
    return null;
  }
  discard(): void {}
}

export function partialPath(path: string): string {
  return `${path}.partial`;
}

/**
 * Devices, FIFOs and /dev/stdout cannot be replaced by a rename (and renaming over
 * /dev/full would replace the device node): they are written in place.
 */
export function isSpecialTarget(path: string): boolean {
  try {
    return !statSync(path).isFile();
  } catch {
    return false;
  }
}

/** UTF-16 units encoded per write. */
const WRITE_SLICE = 1 << 20;

export class FileOutput implements Output {
  private fd: number;
  private readonly writePath: string;
  private readonly atomic: boolean;
  /** Resumed output holds an earlier run's records: never deleted on failure. */
  private readonly appending: boolean;
  private readonly base: string | undefined;
  private readonly origin: FilePlan['origin'];

  /**
   * append: continue the file that resume.ts prepared (already truncated to whole lines).
   * The caller has decided writePath via planFileOutput().
   */
  constructor(readonly finalPath: string, plan: FilePlan) {
    this.writePath = plan.writePath;
    this.atomic = plan.writePath !== finalPath;
    this.appending = plan.append;
    this.base = plan.base;
    this.origin = plan.origin;
    try {
      this.fd = openSync(plan.writePath, plan.append ? 'a' : 'w');
    } catch (err) {
      throw new OutputError(`${plan.writePath}: cannot write: ${describeError(err)}`);
    }
  }

  write(text: string): void {
    try {
      // a record of 100 MB is encoded a slice at a time, not copied whole into one more buffer
      for (let at = 0; at < text.length; ) {
        let end = Math.min(text.length, at + WRITE_SLICE);
        const last = text.charCodeAt(end - 1);
        if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--; // never split a surrogate pair
        const buf = Buffer.from(end - at === text.length ? text : text.slice(at, end));
        let off = 0;
        while (off < buf.length) off += writeSync(this.fd, buf, off, buf.length - off);
        at = end;
      }
    } catch (err) {
      throw new OutputError(`${this.finalPath}: write failed: ${describeError(err)}`);
    }
  }

  commit(): void {
    try {
      if (fstatSync(this.fd).isFile()) fsyncSync(this.fd);
      closeSync(this.fd);
      if (this.atomic) renameSync(this.writePath, this.finalPath);
      if (this.base) unlinkSync(this.base);
    } catch (err) {
      throw new OutputError(`${this.finalPath}: cannot finish writing: ${describeError(err)}`);
    }
  }

  interrupt(): string | null {
    try {
      if (fstatSync(this.fd).isFile()) fsyncSync(this.fd);
      closeSync(this.fd);
    } catch {
      // Nothing more can be saved; the complete lines already written stay.
    }
    return this.writePath;
  }

  discard(): void {
    try {
      closeSync(this.fd);
    } catch {
      // already closed
    }
    if (this.atomic && !this.appending) {
      try {
        unlinkSync(this.writePath);
      } catch {
        // nothing to remove
      }
    }
    // a refused or failed resume leaves the earlier records as it found them
    if (this.base) {
      try {
        renameSync(this.base, this.origin === 'complete' ? this.finalPath : this.writePath);
      } catch {
        // FILE.resume stays; the next --resume takes it
      }
    }
  }
}

export interface FilePlan {
  writePath: string;
  append: boolean;
  /** --resume: the earlier run's records, merged in input order (see resume.ts). */
  base?: string;
  /** What --resume continues: an interrupted run's FILE.partial, or a complete FILE. */
  origin?: 'partial' | 'complete';
  /** Without --resume: an interrupted run's records that this run replaces. */
  stale?: string;
}

/**
 * FILE.partial is always written afresh. With --resume, the earlier records are moved aside
 * to FILE.resume first (from FILE.partial when a run was interrupted, else from a complete
 * FILE, so that FILE never names an unfinished output) and merged back in input order.
 */
export async function planFileOutput(path: string, resume: boolean): Promise<FilePlan> {
  // Nothing to resume in a device or FIFO: it is written as a stream.
  if (isSpecialTarget(path)) return { writePath: path, append: false };
  const partial = partialPath(path);
  const base = resumeBasePath(path);
  if (!resume) {
    const stale = existsSync(partial) ? partial : existsSync(base) ? base : undefined;
    return stale ? { writePath: partial, append: false, stale } : { writePath: partial, append: false };
  }
  try {
    if (existsSync(base)) {
      if (existsSync(partial)) await consolidate(partial, base);
      else renameSync(base, partial);
    }
    if (existsSync(partial)) {
      renameSync(partial, base);
      return { writePath: partial, append: false, base, origin: 'partial' };
    }
    if (existsSync(path)) {
      renameSync(path, base);
      return { writePath: partial, append: false, base, origin: 'complete' };
    }
  } catch (err) {
    if (err instanceof ResumeError) throw err;
    throw new OutputError(`${path}: cannot resume: ${describeError(err)}`);
  }
  return { writePath: partial, append: false };
}
