/**
 * One writer per output. Two runs given the same -o would otherwise share FILE.partial and
 * interleave their writes (NUL bytes, duplicates, a corrupt line) while both exit 0. The lock
 * is FILE.lock, created exclusively and holding the owner's pid; a lock whose pid is no
 * longer running (a run killed with -9) is taken over.
 */
import { openSync, readFileSync, unlinkSync, writeSync, closeSync } from 'node:fs';
import { OutputError } from './output.js';
import { describeError } from './load.js';

export function lockPath(path: string): string {
  return `${path}.lock`;
}

function isRunning(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to someone else
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the lock on `path` or throws OutputError naming the run that holds it; returns the release. */
export function acquireLock(path: string): () => void {
  const lock = lockPath(path);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lock, 'wx');
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      let held = true;
      const release = () => {
        if (!held) return;
        held = false;
        process.off('exit', release);
        try {
          unlinkSync(lock);
        } catch {
          // already gone
        }
      };
      process.on('exit', release);
      return release;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw new OutputError(`${path}: cannot write: ${describeError(err)}`);
    }
    let owner = NaN;
    try {
      owner = Number(readFileSync(lock, 'utf8').trim());
    } catch {
      // removed meanwhile: try again
    }
    if (owner !== process.pid && isRunning(owner)) {
      throw new OutputError(`another extrait run (pid ${owner}) is writing ${path}; wait for it to finish (or remove ${lock} if no such run exists)`);
    }
    try {
      unlinkSync(lock); // left by a run that no longer exists
    } catch {
      // taken by someone else meanwhile: the next attempt decides
    }
  }
  throw new OutputError(`${path}: cannot take ${lock}`);
}
