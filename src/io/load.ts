/**
 * Reading one document from a path, synchronously: this runs inside a worker thread (or in
 * the main thread for a single document), where blocking is what we want.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { decode, type Decoded } from './decode.js';

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024 * 1024) return `${+(n / (1024 * 1024 * 1024)).toFixed(1)} GB`;
  if (n >= 1024 * 1024) return `${+(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${+(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}

export function tooLargeMessage(size: number, maxBytes: number): string {
  return `file too large (${formatBytes(size)} > ${formatBytes(maxBytes)}; raise --max-bytes)`;
}

/** Error text for a failed system call, without Node's "ENOENT: …, open 'x'" noise. */
export function describeError(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  switch (e?.code) {
    case 'ENOENT': return 'no such file or directory';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a directory';
    case 'ELOOP': return 'symlink loop';
    case 'ENOSPC': return 'no space left on device';
    case 'EROFS': return 'read-only file system';
    case 'ENOTDIR': return 'not a directory';
    case 'EMFILE': case 'ENFILE': return 'too many open files';
    case 'EIO': return 'input/output error';
    default: return e?.message ?? String(err);
  }
}

export type Loaded = (Decoded & { bytes: number });

/**
 * Reads at most maxBytes + 1 bytes: a regular file's size is known from fstat, but a FIFO
 * or device named on the command line is read in chunks until the limit.
 */
export function loadFile(path: string, maxBytes: number): Loaded {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (err) {
    return { ok: false, message: describeError(err), bytes: 0 };
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) return { ok: false, message: 'is a directory', bytes: 0 };
    if (st.isFile() && st.size > maxBytes) {
      return { ok: false, message: tooLargeMessage(st.size, maxBytes), bytes: 0 };
    }
    const chunks: Buffer[] = [];
    let total = 0;
    const chunkSize = st.isFile() ? Math.max(1, st.size + 1) : 1 << 16;
    for (;;) {
      const buf = Buffer.allocUnsafe(Math.min(chunkSize, maxBytes + 1 - total || 1));
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      chunks.push(n === buf.length ? buf : buf.subarray(0, n));
      total += n;
      if (total > maxBytes) return { ok: false, message: tooLargeMessage(total, maxBytes), bytes: 0 };
    }
    const bytes = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
    return { ...decode(bytes), bytes: total };
  } catch (err) {
    return { ok: false, message: describeError(err), bytes: 0 };
  } finally {
    closeSync(fd);
  }
}
