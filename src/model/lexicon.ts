/**
 * Lexicons baked into a model: word classes (first names, titles, common French words…)
 * and multi-word names (places, organizations, people). They travel inside the model file
 * because the weights learned for "is in the place list" only mean something with the list
 * the model was trained with. Which lists to use is the trainer's choice (pluggable).
 */
export const WordClass = {
  FIRST: 1,
  LAST: 2,
  COMMON: 4,
  HONORIFIC: 8,
  TITLE: 16,
  ORGKEY: 32,
  PLACEKEY: 64,
  DEMONYM: 128,
  DATEWORD: 256,
  FUNCWORD: 512,
} as const;
export type WordClassName = keyof typeof WordClass;

export const NameType = { PER: 1, LOC: 2, ORG: 4 } as const;
export type NameTypeName = keyof typeof NameType;

export interface Lexicons {
  /** folded word → WordClass bits */
  words: Map<string, number>;
  /** folded phrase (tokens joined by one space) → NameType bits */
  names: Map<string, number>;
  /** folded first token of a multi-token name → longest name length starting with it */
  nameStarts: Map<string, number>;
}

export function emptyLexicons(): Lexicons {
  return { words: new Map(), names: new Map(), nameStarts: new Map() };
}

const COMBINING = /[\u0300-\u036f]/g;
const FOLD_NEEDED = /[^\x00-\x7f]|[A-Z]/;

/** Lower case, accents removed, typographic apostrophes made straight: how lexicons key words. */
export function fold(s: string): string {
  if (!FOLD_NEEDED.test(s)) return s;
  let r = s.toLowerCase();
  if (/[^\x00-\x7f]/.test(r)) {
    r = r.normalize('NFD').replace(COMBINING, '').replace(/[’ʼ‘]/g, "'").replace(/œ/g, 'oe').replace(/æ/g, 'ae');
  }
  return r;
}

export function addWord(lex: Lexicons, word: string, cls: WordClassName): void {
  const k = fold(word);
  lex.words.set(k, (lex.words.get(k) ?? 0) | WordClass[cls]);
}

/** `tokensOf` splits a name the way the tagger tokenizes, so phrase keys match token runs. */
export function addName(lex: Lexicons, tokens: string[], type: NameTypeName): void {
  if (tokens.length === 0 || tokens.length > 6) return;
  const folded = tokens.map(fold);
  const k = folded.join(' ');
  lex.names.set(k, (lex.names.get(k) ?? 0) | NameType[type]);
  if (tokens.length > 1) {
    const prev = lex.nameStarts.get(folded[0]) ?? 0;
    if (tokens.length > prev) lex.nameStarts.set(folded[0], tokens.length);
  }
}

/** Compact text form: one entry a line, "word\tbits" then a blank line then "name\tbits". */
export function serializeLexicons(lex: Lexicons): string {
  const out: string[] = [];
  for (const [k, v] of lex.words) out.push(`${k}\t${v.toString(36)}`);
  out.push('');
  for (const [k, v] of lex.names) out.push(`${k}\t${v.toString(36)}`);
  return out.join('\n');
}

export function parseLexicons(s: string): Lexicons {
  const lex = emptyLexicons();
  const lines = s.split('\n');
  let i = 0;
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (line === '') break;
    const t = line.lastIndexOf('\t');
    lex.words.set(line.slice(0, t), parseInt(line.slice(t + 1), 36));
  }
  for (i++; i < lines.length; i++) {
    const line = lines[i];
    const t = line.lastIndexOf('\t');
    if (t < 0) continue;
    const k = line.slice(0, t);
    lex.names.set(k, parseInt(line.slice(t + 1), 36));
    const sp = k.indexOf(' ');
    if (sp > 0) {
      const first = k.slice(0, sp);
      let len = 1;
      for (let j = sp; j >= 0; j = k.indexOf(' ', j + 1)) len++;
      if (len > (lex.nameStarts.get(first) ?? 0)) lex.nameStarts.set(first, len);
    }
  }
  return lex;
}
