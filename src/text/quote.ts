/**
 * Text from outside (file names, JSONL ids, bytes of a malformed line) reaches stderr in
 * messages; a control character in it would drive the user's terminal (ESC ] 0 ; … BEL sets
 * its title, other sequences move the cursor or rewrite what was printed). Every message
 * goes through quote(), which shows such characters as escapes, as GNU coreutils do with
 * file names: C0 and C1 controls, DEL, the line and paragraph separators and the bidi
 * overrides that reorder what a terminal displays.
 */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\u001b': '\\e' };

export function quote(text: string): string {
  return text.replace(CONTROL, (c) => {
    const named = NAMED[c];
    if (named) return named;
    const code = c.codePointAt(0)!;
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** One line on stderr, control characters quoted. */
export function printError(line: string): void {
  process.stderr.write(`${quote(line)}\n`);
}
