/**
 * A mistyped subcommand (`extrait evl --gold x`) would otherwise be read as an input file
 * name and fail later with "no such file". A first argument that names no file and lies
 * within two edits of a subcommand, or starts with one, is reported as an unknown command, with the suggestion.
 */
import { existsSync } from 'node:fs';

/** Levenshtein distance where swapping two neighbouring letters ("tarin") costs one edit. */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** The error message for `args`, or null when the first argument is no mistyped command. */
export function unknownCommand(args: string[], commands: string[]): string | null {
  const first = args[0];
  if (first === undefined || commands.includes(first) || !/^[a-z][a-z-]*$/i.test(first) || existsSync(first)) return null;
  const word = first.toLowerCase();
  // "evl", "tarin", and "evaluate" or "training" (a command with more letters)
  const near = commands.filter((c) => editDistance(word, c) <= 2 || (word.length > c.length && word.startsWith(c)));
  if (near.length === 0) return null;
  return `unknown command '${first}' (did you mean '${near[0]}'?)`;
}
