/**
 * A run must never read what it writes, nor write over what it reads: `extrait a.txt -o a.txt`
 * would replace the article, `--format brat -o corpus` would rewrite the sources, and an -o
 * file inside an input directory would be read back by the run (its .partial) or the next
 * one. The first two are refused; the third is kept out of the walk.
 */
import { realpathSync, statSync } from 'node:fs';
import { dirname, basename, join, resolve, sep } from 'node:path';

/** The absolute path with symlinks resolved, also for a file that does not exist yet. */
export function canonical(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    const parent = dirname(resolve(path));
    if (parent === resolve(path)) return resolve(path);
    return join(canonical(parent), basename(path));
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function within(child: string, dir: string): boolean {
  return child === dir || child.startsWith(dir.endsWith(sep) ? dir : dir + sep);
}

/** A usage error message, or null when the output may be written. */
export function outputConflict(inputs: string[], output: string, brat: boolean): string | null {
  const out = canonical(output);
  for (const input of inputs) {
    if (input === '-') continue;
    const inp = canonical(input);
    if (isDirectory(input)) {
      if (brat && within(out, inp)) return `-o ${output}: is an input directory or inside an input directory (${input}); BRAT files would overwrite or join the sources`;
    } else if (inp === out) {
      return `-o ${output}: is also an input; write the output elsewhere`;
    }
  }
  return null;
}

/** The files a run over `output` creates, to be skipped when walking an input directory. */
export function ownFiles(output: string, extra: string[]): Set<string> {
  const out = canonical(output);
  return new Set([out, ...extra.map((suffix) => out + suffix)]);
}
