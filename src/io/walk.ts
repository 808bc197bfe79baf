/**
 * Lazy, sorted, recursive directory walk. One directory listing is held per level of
 * depth, never the whole tree, so memory stays flat on corpora of millions of files, and
 * the order (code unit order of names, depth first) is the same on every machine.
 */
import type { Stats } from 'node:fs';
import { join, sep } from 'node:path';
import { describeError } from './load.js';

// node:fs/promises when a directory is walked only: a start on named files never loads it (its
// modules cost ~1 ms, and the CLI bundle's cache header made every start load them first)
const fsp = (): typeof import('node:fs/promises') => process.getBuiltinModule('node:fs/promises');

export type WalkItem =
  /** A regular file (or a symlink to one) whose relative path matches. */
  | { kind: 'file'; path: string; rel: string }
  /** Something that should have been a document but cannot be read: becomes an error record. */
  | { kind: 'error'; path: string; rel: string; message: string }
  /** Not a document (FIFO, device, symlink loop): skipped with a warning only. */
  | { kind: 'skip'; path: string; rel: string; message: string };

export interface WalkOptions {
  /** Tested on the path relative to the root, with '/' separators. */
  match: (rel: string) => boolean;
  /** Follow symlinks that lead out of the root too (--follow-symlinks); by default they are skipped. */
  followSymlinks?: boolean;
}

function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function identity(st: Stats): string {
  return `${st.dev}:${st.ino}`;
}

async function listNames(dir: string): Promise<{ name: string; isDir: boolean; isFile: boolean; isLink: boolean }[]> {
  const out = [];
  const handle = await fsp().opendir(dir);
  for await (const d of handle) {
    out.push({ name: d.name, isDir: d.isDirectory(), isFile: d.isFile(), isLink: d.isSymbolicLink() });
  }
  out.sort((a, b) => byName(a.name, b.name));
  return out;
}

/**
 * Hidden entries (".git", ".DS_Store") are skipped, as ripgrep and most corpus tools do;
 * a hidden directory given as the root itself is walked. Symlinks are followed when they
 * stay inside the root; one leading out of it only with followSymlinks (find -L).
 */
export async function* walk(root: string, options: WalkOptions): AsyncGenerator<WalkItem> {
  let rootStat: Stats;
  try {
    rootStat = await fsp().stat(root);
  } catch (err) {
    yield { kind: 'error', path: root, rel: '', message: describeError(err) };
    return;
  }
  let realRoot = root;
  try {
    realRoot = await fsp().realpath(root);
  } catch {
    // the walk reports what it cannot read
  }
  yield* walkDir(root, '', [identity(rootStat)], { ...options, realRoot });
}

function inside(path: string, dir: string): boolean {
  return path === dir || path.startsWith(dir.endsWith(sep) ? dir : dir + sep);
}

async function* walkDir(dir: string, relDir: string, ancestors: string[], options: WalkOptions & { realRoot: string }): AsyncGenerator<WalkItem> {
  let entries;
  try {
    entries = await listNames(dir);
  } catch (err) {
    yield { kind: 'error', path: dir, rel: relDir || '.', message: `cannot read directory: ${describeError(err)}` };
    return;
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    const rel = relDir ? `${relDir}/${entry.name}` : entry.name;
    let isDir = entry.isDir;
    let isFile = entry.isFile;
    let st: Stats | null = null;
    if (entry.isLink || (!isDir && !isFile)) {
      // Follow symlinks (like find -L); other types need stat to know what they are.
      try {
        st = await fsp().stat(path);
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (code === 'ELOOP') {
          if (options.match(rel)) yield { kind: 'skip', path, rel, message: 'symlink loop, skipped' };
        } else if (options.match(rel)) {
          yield { kind: 'error', path, rel, message: code === 'ENOENT' ? 'broken symlink' : describeError(err) };
        }
        continue;
      }
      isDir = st.isDirectory();
      isFile = st.isFile();
      if (entry.isLink && !options.followSymlinks && (isDir || (isFile && options.match(rel)))) {
        let target = path;
        try {
          target = await fsp().realpath(path);
        } catch {
          // stat succeeded: realpath will too
        }
        if (!inside(target, options.realRoot)) {
          yield { kind: 'skip', path, rel, message: 'symlink out of the input directory, skipped (--follow-symlinks follows it)' };
          continue;
        }
      }
    }
    if (isDir) {
      if (st === null) {
        try {
          st = await fsp().stat(path);
        } catch (err) {
          yield { kind: 'error', path, rel, message: `cannot read directory: ${describeError(err)}` };
          continue;
        }
      }
      const id = identity(st);
      if (ancestors.includes(id)) {
        yield { kind: 'skip', path, rel, message: 'symlink loop, skipped' };
        continue;
      }
      yield* walkDir(path, rel, [...ancestors, id], options);
    } else if (options.match(rel)) {
      if (isFile) yield { kind: 'file', path, rel };
      else {
        const what = st?.isFIFO() ? 'FIFO' : st?.isSocket() ? 'socket' : st?.isCharacterDevice() || st?.isBlockDevice() ? 'device' : 'not a regular file';
        yield { kind: 'skip', path, rel, message: `${what}, skipped` };
      }
    }
  }
}
