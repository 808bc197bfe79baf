/**
 * A numeric JSONL id as it is written in the line. JSON.parse turns 9007199254740993 into
 * 9007199254740992 (a double), so two documents would share an id and --resume would skip
 * the wrong one; the id's source text is exact. Scans the top level of the object for the
 * last "id" key (the one JSON.parse keeps) without building anything.
 */
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

function skipSpace(s: string, i: number): number {
  while (i < s.length && (s[i] === ' ' || s[i] === '\t' || s[i] === '\n' || s[i] === '\r')) i++;
  return i;
}

/** Index just past the string starting at s[i] === '"'. */
function skipString(s: string, i: number): number {
  for (i++; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === '"') return i + 1;
  }
  return i;
}

/** Index just past the value starting at s[i]. */
function skipValue(s: string, i: number): number {
  if (s[i] === '"') return skipString(s, i);
  if (s[i] === '{' || s[i] === '[') {
    let depth = 0;
    for (; i < s.length; i++) {
      const c = s[i];
      if (c === '"') i = skipString(s, i) - 1;
      else if (c === '{' || c === '[') depth++;
      else if (c === '}' || c === ']') {
        depth--;
        if (depth === 0) return i + 1;
      }
    }
    return i;
  }
  while (i < s.length && s[i] !== ',' && s[i] !== '}') i++;
  return i;
}

/** The source text of the top-level "id" when it is a number; null otherwise. */
export function numericIdSource(line: string): string | null {
  let i = skipSpace(line, 0);
  if (line[i] !== '{') return null;
  let found: string | null = null;
  i++;
  for (;;) {
    i = skipSpace(line, i);
    if (line[i] !== '"') return found;
    const keyEnd = skipString(line, i);
    let key: string;
    try {
      key = JSON.parse(line.slice(i, keyEnd)) as string;
    } catch {
      return found;
    }
    i = skipSpace(line, keyEnd);
    if (line[i] !== ':') return found;
    i = skipSpace(line, i + 1);
    if (key === 'id') {
      NUMBER.lastIndex = i;
      const m = NUMBER.exec(line);
      found = m ? m[0] : null;
    }
    i = skipSpace(line, skipValue(line, i));
    if (line[i] !== ',') return found;
    i++;
  }
}
