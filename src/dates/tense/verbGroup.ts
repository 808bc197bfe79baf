/**
 * The tense of the verb group nearest a date expression in its clause: "le procès s'ouvrira
 * fin mars" (future), "des pluies ont frappé la région entre mai et août" (past). It decides
 * the direction of yearless or weekday-only expressions when the text has no "dernier" or
 * "prochain". The marker nearest the expression wins, so reported speech takes the tense of
 * the reported clause ("il a annoncé que le vote aura lieu en mars" → future).
 *
 * Deliberately lexical: French future and conditional endings, "aller" + infinitive, the
 * words news use to announce ("prévu", "devrait", "prochain", "à venir", "d'ici") against
 * passé composé (auxiliary + participle), imparfait, passé simple of être/avoir and "dernier".
 */
import { isLetterCode } from '../chars.js';

export type Tense = 'past' | 'future';

interface Marker {
  start: number;
  end: number;
  tense: Tense;
}

/** Announcing words and irregular futures/conditionals (lower case). */
const FUTURE_WORDS = new Set([
  'prévu', 'prévue', 'prévus', 'prévues', 'prévoit', 'prévoient', 'devrait', 'devraient', 'devra', 'devront',
  'prochain', 'prochaine', 'prochains', 'prochaines', 'sera', 'seront', 'serait', 'seraient', 'aura', 'auront',
  'aurait', 'auraient', 'fera', 'feront', 'ira', 'iront', 'pourra', 'pourront', 'pourrait', 'pourraient',
  'viendra', 'viendront', 'tiendra', 'tiendront', 'verra', 'verront', 'faudra', 'envisage', 'envisagent',
  'programmé', 'programmée', 'programmés', 'programmées', 'fixé', 'fixée', 'fixés', 'fixées',
  'reporté', 'reportée', 'reportés', 'reportées', 'repoussé', 'repoussée', 'repoussés', 'repoussées',
  'prévoir', 'bientôt', 'venir',
  // first and second persons of the irregular futures, as quotes and interviews use them
  'serai', 'seras', 'serons', 'serez', 'aurai', 'auras', 'aurons', 'aurez', 'ferai', 'feras', 'ferons', 'ferez',
  'irai', 'iras', 'irons', 'irez', 'pourrai', 'pourras', 'pourrons', 'pourrez', 'devrai', 'devras', 'devrons', 'devrez',
  'viendrai', 'viendrons', 'viendrez', 'verrai', 'verrons', 'verrez', 'tiendrai', 'tiendrons', 'tiendrez',
]);
/** Words ending like a future or conditional that are not verbs. */
const NOT_VERBS = new Set([
  'portrait', 'retrait', 'attrait', 'extrait', 'trait', 'abstrait', 'contrat', 'front', 'affront',
  'caméra', 'opéra', 'sahara', 'tiara', 'ultra', 'extra', 'era', 'cobra', 'zebra', 'chimère',
]);
const PAST_WORDS = new Set([
  'dernier', 'dernière', 'derniers', 'dernières', 'passé', 'passée', 'passés', 'passées', 'fut', 'furent',
  'eut', 'eurent', 'était', 'étaient', 'avait', 'avaient', 'déjà', 'écoulé', 'écoulée',
]);
/** Present forms of avoir and être used as auxiliaries of the passé composé. */
const AVOIR = new Set(['a', 'ont', 'ai', 'as', 'avons', 'avez']);
const ETRE = new Set(['est', 'sont', 'sommes', 'êtes', 'suis', 'es']);
/**
 * With être, a participle is as often a present passive ("il est entendu", "est situé") as a
 * passé composé: only pronominal verbs ("s'est rendu") and the verbs conjugated with être
 * count ("est arrivé", "sont morts").
 */
const ETRE_VERBS = /^(?:re)?(?:arriv|part|mort|n[ée]|venu|devenu|rentr|sorti|entr|tomb|rest|d[ée]c[ée]d|all|pass|mont|descendu|retourn|apparu|disparu|intervenu|parvenu|survenu)/u;
const REFLEXIVE = new Set(['se', 's', 'me', 'm', 'te', 't', 'nous', 'vous']);
/** Adverbs that may sit between an auxiliary and its participle. */
const BETWEEN = new Set(['été', 'pas', 'plus', 'jamais', 'déjà', 'encore', 'aussi', 'notamment', 'également', 'bien', 'toujours', 'finalement', 'enfin', 'ensuite', 'alors', 'ainsi', 'récemment']);
const PARTICIPLE = /^\p{L}{2,}(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|ert|erte|ort|orte|int|inte|it|ite|eu)$/u;
/** Future and conditional endings of regular verbs: "ouvrira", "tiendront", "réunirait". */
const FUTURE_ENDING = /^\p{L}{3,}(?:er|ir|dr|tr|ur|oi?r)(?:a|ont|ons|ez|ai|as|ait|aient)$/u;
/**
 * Imparfait: "-ait"/"-aient" that are not conditionals (those end in "rait"), right after a
 * subject pronoun ("il pleuvait"); after a noun the ending is as often a noun ("le souhait")
 * and an imparfait of opinion ("l'hypothèse semblait") says nothing about the date.
 */
const IMPARFAIT = /^\p{L}{2,}[^r](?:ait|aient)$/u;
const SUBJECT = new Set(['il', 'elle', 'ils', 'elles', 'on', 'qui', 'je', 'tu', 'nous', 'vous', 'ne', 'se', 's', 'y']);
/** A deadline right before the expression: "d'ici le 30 juin", "jusqu'au 30 juin" ("jusqu'à la mi-juillet" may end a past span). */
const DEADLINE_BEFORE = /(?:d'ici\s+(?:(?:le|la|l'|à|au|fin|début|mi-?)\s*)*|jusqu'au\s+)$/iu;
/** "jusqu'à vendredi": the end of a span, right before the expression. */
const UNTIL_BEFORE = /jusqu['’]à\s*$/iu;
/** Markers farther than this (UTF-16 units) from the expression belong to another event. */
const REACH = 80;
/** "va/vont/allait + infinitive". */
const ALLER = new Set(['va', 'vont', 'vais', 'vas', 'allons', 'allez']);
const INFINITIVE = /^\p{L}{2,}(?:er|ir|re|oir)$/u;

const WORD = /[\p{L}]+(?:-[\p{L}]+)*/gu;

const FUTURE = 1;
const PAST = 2;
const GOING = 4;
const HAVE = 8;
const BE = 16;
const ADVERB = 32;
const PARTICIPLE_FORM = 64;
const BE_VERB = 128;
const REFLEXIVE_PRONOUN = 256;
const FUTURE_FORM = 512;
const IMPARFAIT_FORM = 1024;
const SUBJECT_WORD = 2048;
const INFINITIVE_FORM = 4096;
/** PARTICIPLE_FORM, BE_VERB and INFINITIVE_FORM have been tested (formsOf). */
const FORMS_READ = 8192;

/** The last letters of PARTICIPLE's endings ("é", "e", "s", "i", "u", "t") and of FUTURE_ENDING's ("a", "t", "s", "z", "i"). */
const PARTICIPLE_LAST = [0xe9, 101, 115, 105, 117, 116];
const FUTURE_LAST = [97, 116, 115, 122, 105];
/** FUTURE_ENDING's endings, each after the "r" of the stem. */
const FUTURE_ENDINGS = ['a', 'ont', 'ons', 'ez', 'ai', 'as', 'ait', 'aient'];

/** The kinds the word lists give, one lookup per word. */
const LISTED = new Map<string, number>();
for (const [words, kind] of [[FUTURE_WORDS, FUTURE], [PAST_WORDS, PAST], [ALLER, GOING], [AVOIR, HAVE], [ETRE, BE], [BETWEEN, ADVERB], [REFLEXIVE, REFLEXIVE_PRONOUN], [SUBJECT, SUBJECT_WORD]] as const) {
  for (const w of words) LISTED.set(w, (LISTED.get(w) ?? 0) | kind);
}

function futureEnding(w: string): boolean {
  for (const e of FUTURE_ENDINGS) if (w.endsWith(e) && w.charCodeAt(w.length - e.length - 1) === 114) return true;
  return false;
}

/**
 * What a word (lower case) can be: the lists, and the future and imparfait endings. Each ending
 * pattern runs only on a word that has the ending (a character test): a per-word cache of
 * these was the tense's main cost on text never seen before.
 */
function kindOf(w: string): number {
  let k = LISTED.get(w) ?? 0;
  const last = w.charCodeAt(w.length - 1);
  if (FUTURE_LAST.includes(last) && futureEnding(w) && !NOT_VERBS.has(w) && FUTURE_ENDING.test(w)) k |= FUTURE_FORM;
  if (last === 116 && (w.endsWith('ait') || w.endsWith('aient')) && !NOT_VERBS.has(w) && IMPARFAIT.test(w)) k |= IMPARFAIT_FORM;
  return k;
}

/**
 * The kinds of a word with the forms only a word after an auxiliary or "aller" is asked for
 * (participle, verb conjugated with être, infinitive): tested on those words alone.
 */
function formsOf(word: ClauseWord): number {
  const { w, k } = read(word);
  if (k & FORMS_READ) return k;
  let f = k | FORMS_READ;
  const last = (w as string).charCodeAt((w as string).length - 1);
  if (PARTICIPLE_LAST.includes(last) && PARTICIPLE.test(w as string)) f |= PARTICIPLE_FORM;
  if (ETRE_VERBS.test(w as string)) f |= BE_VERB;
  if ((last === 114 || last === 101) && INFINITIVE.test(w as string)) f |= INFINITIVE_FORM;
  word.k = f;
  return f;
}

/** A word of a clause; its lower-case form and kinds are read only when a marker needs them. */
interface ClauseWord {
  raw: string;
  start: number;
  end: number;
  w: string | null;
  k: number;
}

/**
 * WORD's matches, found with a character test: the regex call per word was a third of the
 * tense's cost. A clause with a surrogate (an astral letter is one \p{L} to the regex, two
 * units to the test) is left to the regex.
 */
function wordsOf(clause: string): ClauseWord[] {
  const words: ClauseWord[] = [];
  const n = clause.length;
  for (let i = 0; i < n; ) {
    const c = clause.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return wordsByRegex(clause);
    if (!isLetterCode(c)) {
      i++;
      continue;
    }
    const start = i;
    for (;;) {
      while (i < n && isLetterCode(clause.charCodeAt(i))) i++;
      if (i + 1 < n && clause.charCodeAt(i) === 45 && isLetterCode(clause.charCodeAt(i + 1))) i++;
      else break;
    }
    words.push({ raw: clause.slice(start, i), start, end: i, w: null, k: 0 });
  }
  return words;
}

function wordsByRegex(clause: string): ClauseWord[] {
  const words: ClauseWord[] = [];
  // exec loops, not matchAll: matchAll clones the regex on every call
  WORD.lastIndex = 0;
  for (let m = WORD.exec(clause); m; m = WORD.exec(clause)) words.push({ raw: m[0], start: m.index, end: m.index + m[0].length, w: null, k: 0 });
  return words;
}

function read(word: ClauseWord): ClauseWord {
  if (word.w === null) {
    word.w = word.raw.toLowerCase();
    word.k = kindOf(word.w);
  }
  return word;
}

/** An adverb that may stand between an auxiliary and its participle. */
const between = (word: ClauseWord): boolean => (read(word).k & ADVERB) !== 0 && word.w !== 'été';

/**
 * Adverbial phrases news put between an auxiliary and its participle ("a pour sa part affirmé",
 * "a de son côté indiqué", "a quant à lui estimé"): without them the participle is missed and
 * the nearest marker may be a future in the quote that follows.
 */
const BETWEEN_PHRASES = [
  ['pour', 'sa', 'part'], ['pour', 'leur', 'part'], ['pour', 'ma', 'part'], ['pour', 'notre', 'part'],
  ['de', 'son', 'côté'], ['de', 'leur', 'côté'], ['de', 'mon', 'côté'], ['de', 'notre', 'côté'],
  ['quant', 'à', 'lui'], ['quant', 'à', 'elle'], ['quant', 'à', 'eux'], ['quant', 'à', 'elles'],
  ['par', 'ailleurs'], ['en', 'outre'], ['à', 'nouveau'], ['de', 'nouveau'], ['lui', 'aussi'], ['elle', 'aussi'],
  ['eux', 'aussi'], ['elles', 'aussi'], ['à', 'plusieurs', 'reprises'], ['en', 'effet'],
];
const PHRASE_FIRST = new Set(BETWEEN_PHRASES.map((p) => p[0]));

/** The index after the adverbs and adverbial phrases from words[j] on. */
function skipBetween(words: ClauseWord[], j: number): number {
  for (;;) {
    const word = words[j];
    if (!word) return j;
    if (between(word)) {
      j++;
      continue;
    }
    if (!PHRASE_FIRST.has(read(word).w as string)) return j;
    const phrase = BETWEEN_PHRASES.find((p) => p.every((w, n) => words[j + n] && read(words[j + n]).w === w));
    if (!phrase) return j;
    j += phrase.length;
  }
}

/** The markers of words[from..to] (each word's marker depends on its neighbours only). */
function markers(words: ClauseWord[], from: number, to: number): Marker[] {
  const out: Marker[] = [];
  for (let i = from; i <= to; i++) {
    const { k, start, end } = read(words[i]);
    const mark = (tense: Tense, until = end) => out.push({ start, end: until, tense });
    if (k & FUTURE) mark('future');
    else if (k & PAST) mark('past');
    else if (k & GOING && words[i + 1] && formsOf(words[i + 1]) & INFINITIVE_FORM) mark('future', words[i + 1].end);
    else if (k & (HAVE | BE)) {
      const j = skipBetween(words, i + 1);
      const next = words[j] && read(words[j]);
      // "est prévu" announces: the participle marks it on its own turn
      if (!next || next.k & FUTURE) continue;
      const forms = formsOf(next);
      const participle = next.w === 'été' || next.w === 'eu' || (forms & PARTICIPLE_FORM) !== 0;
      const compound = (k & HAVE) !== 0 || (i > 0 && (read(words[i - 1]).k & REFLEXIVE_PRONOUN) !== 0) || (forms & BE_VERB) !== 0;
      if (participle && compound) mark('past', next.end);
    } else if (k & FUTURE_FORM) mark('future');
    else if (k & IMPARFAIT_FORM && i > 0 && read(words[i - 1]).k & SUBJECT_WORD) mark('past');
  }
  return out;
}

/** Sentence ends, semicolons and the conjunctions that start a clause with its own tense. */
const CLAUSE_BREAK = /[.!?](?:\s|$)|\n|;|,?\s(?:mais|alors\s+que|tandis\s+que|puis|avant\s+de|après\s+avoir)\s/giu;

/** Where the clause around [start, end) begins and ends in `text`. */
function clauseBounds(text: string, start: number, end: number): { from: number; to: number } {
  let from = Math.max(0, start - 160);
  const before = text.slice(from, start);
  let cut = -1;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(before); m; m = CLAUSE_BREAK.exec(before)) {
    cut = m.index + m[0].length;
    if (m[0].length === 0) CLAUSE_BREAK.lastIndex++;
  }
  if (cut >= 0) from += cut;
  let to = Math.min(text.length, end + 160);
  const after = text.slice(end, to);
  const stop = after.search(CLAUSE_BREAK);
  if (stop >= 0) to = end + stop;
  return { from, to };
}

/**
 * The tense of the verb group nearest [start, end) in its clause, or null when the clause has
 * no tense marker. Markers inside the expression itself ("mardi passé") are the direction
 * refiners' business and are skipped here.
 */
/** The clause read last and its words: the expressions of one sentence share their clause. */
let lastClause = { text: '', from: -1, to: -1, words: [] as ClauseWord[] };

function wordsOfClause(text: string, from: number, to: number): ClauseWord[] {
  if (lastClause.from !== from || lastClause.to !== to || lastClause.text !== text) {
    lastClause = { text, from, to, words: wordsOf(text.slice(from, to)) };
  }
  return lastClause.words;
}

/** DEADLINE_BEFORE holds one of these: a cheap test first (the pattern is tried at every position). */
const DEADLINE_WORD = /d'ici|jusqu'au/i;

export function tenseAround(text: string, start: number, end: number): Tense | null {
  const before = text.slice(Math.max(0, start - 24), start);
  if (DEADLINE_WORD.test(before) && DEADLINE_BEFORE.test(before)) return 'future';
  const { from, to } = clauseBounds(text, start, end);
  const words = wordsOfClause(text, from, to);
  // Only markers within REACH count: those of the words from the first ending REACH before
  // the expression to the last starting REACH after it, and of an auxiliary before them whose
  // adverbs lead to a participle among them ("ont ainsi déjà été").
  let first = 0;
  while (first < words.length && from + words[first].end < start - REACH) first++;
  let lead = first - 1;
  while (lead >= 0 && between(words[lead])) lead--;
  let last = words.length - 1;
  while (last >= 0 && from + words[last].start > end + REACH) last--;
  let best: Marker | null = null;
  let bestDist = Infinity;
  for (const m of markers(words, Math.max(lead, 0), last)) {
    const ms = from + m.start;
    const me = from + m.end;
    if (ms < end && start < me) continue;
    const dist = me <= start ? start - me : ms - end;
    if (dist <= REACH && dist < bestDist) {
      best = m;
      bestDist = dist;
    }
  }
  if (best) return best.tense;
  // "maintient la vigilance jusqu'à vendredi": in a sentence with no past or future, a span that runs
  // to the day runs ahead ("a duré jusqu'à vendredi" has its past; "touchés dès samedi" may be a state since then)
  return UNTIL_BEFORE.test(before) ? 'future' : null;
}
