/**
 * A club or national team named after its city or country: "Auxerre s'est imposé 2-1", "la
 * victoire face à Lens", "le Sénégal bat l'Égypte aux tirs au but". The name is a known place; the
 * sentence makes it a side in a match: a result verb or a score next to it, and the sentence is
 * about sport (a score, or a word only sport uses). "La France s'est imposée comme médiatrice"
 * has no match in it, and stays a place.
 */
import type { OrganizationMention, Span } from '../mentions.js';
import { lookupPlace } from '../places/index.js';
import { firstTokenEndingAfter, hasCombiningMarks, pushStarts, scanTwins, wordGates } from '../text/anchorGate.js';
import { lazyRegExp, RegExpTwins } from '../text/lazyRegExp.js';
import { FoldedWordFilter } from '../text/foldedWordFilter.js';
import { tokenTableOf, type TokenTable } from '../text/tokenTable.js';
import { PAIR_UNKNOWN, tokenPairs } from '../text/tokenPairs.js';
import { mayBeginUpper } from '../text/anchorScan.js';

const SP = '[\\s\\u00a0]+';
const NAME = "(?!(?:Le|La|Les|L)[\\s\\u00a0'’])(\\p{Lu}[\\p{L}\\p{M}'’-]+(?:[\\s\\u00a0-]\\p{Lu}[\\p{L}\\p{M}'’-]+){0,2})";
const SCORE = '(?<![\\d/.-])\\d{1,2}[\\s\\u00a0]*[-–][\\s\\u00a0]*\\d{1,2}(?![\\d/.-])';

/** A result right after the side: "Auxerre s'est imposé", "Lens a battu", "Lyon 2-1". */
const SIDE_THEN_RESULT = new RegExpTwins(
  `(?<!\\p{L}|\\p{N})${NAME}${SP}(?:s['’][\\s\\u00a0]*(?:est|était)${SP}(?:imposée?|inclinée?|qualifiée?)|(?:a|avait)${SP}(?:battu|dominé|éliminé|étrillé|corrigé|concédé|égalisé|perdu${SP}(?:face|contre|devant))|l['’][\\s\\u00a0]*(?:a${SP})?emport|bat${SP}|\\(?${SCORE})`,
  'u',
);

/** A side right after a match word: "face à Lens", "contre Marseille", "a battu Lyon", "la victoire de Nantes". */
const RESULT_THEN_SIDE = new RegExpTwins(
  `(?<![\\p{L}])(?:face${SP}(?:à|au)|contre|devant|battu|battre|bat|dominé|éliminé|(?:victoire|défaite|succès)${SP}(?:de|du|d['’]|sur|contre|face${SP}à)|(?:joueur|joueuse|entraîneur|entraîneuse|sélectionneur|attaquant|milieu|défenseur|gardien|capitaine|supporters?)${SP}(?:de|du|d['’]))[\\s\\u00a0]*(?:l['’][\\s\\u00a0]*|la${SP}|le${SP})?${NAME}`,
  'u',
);

/**
 * Words one of which each pattern holds as written (the patterns are case-sensitive), or a digit
 * (a score): a sentence without any is not read with that pattern.
 */
const SIDE_THEN_RESULT_CUES = ['impos', 'inclin', 'qualifi', 'bat', 'dominé', 'éliminé', 'étrillé', 'corrigé', 'concédé', 'égalisé', 'perdu', 'emport'];
const RESULT_THEN_SIDE_CUES = ['face', 'contre', 'devant', 'bat', 'dominé', 'éliminé', 'victoire', 'défaite', 'succès', 'joueu', 'entraîneu', 'sélectionneur', 'attaquant', 'milieu', 'défenseur', 'gardien', 'capitaine', 'supporter'];

/** The first units of RESULT_THEN_SIDE's words: each of its alternatives opens with one of its cues. */
const RESULT_THEN_SIDE_FIRSTS = new Set(RESULT_THEN_SIDE_CUES.map((c) => c.charCodeAt(0)));

/**
 * The one-position ranges ([p, p + 1), as pushStarts makes them) of `ranges` whose unit may open
 * a match: the sticky regex is not tried at the others (a sports sentence has ~35 words, and
 * most open neither pattern).
 */
function opening(sentence: string, ranges: number[], opens: (c: number) => boolean): number[] {
  const out: number[] = [];
  for (let k = 0; k < ranges.length; k += 2) if (opens(sentence.charCodeAt(ranges[k]))) out.push(ranges[k], ranges[k + 1]);
  return out;
}

function mayHold(sentence: string, cues: string[], digit: boolean): boolean {
  if (!wordGates()) return true;
  for (const c of cues) if (sentence.includes(c)) return true;
  return digit && /[0-9]/.test(sentence);
}

/** The sentence is about sport: a score, or words only sport uses. */
const SPORTING = lazyRegExp(
  `${SCORE}|(?<![\\p{L}])(?:match(?:s|é)?|championnat|Ligue${SP}\\d|coupe${SP}d|finale|demi-finale|quarts?${SP}de${SP}finale|mi-temps|but(?:s)?${SP}(?:de|d['’])|buteur|penalty|penaltys|tirs${SP}au${SP}but|entra[îi]neur|sélectionneur|football|rugby|basket(?:-ball)?|handball|hockey|volley(?:-ball)?|stade|équipe|ligue${SP}des${SP}champions|CAN|Mondial|Coupe${SP}du${SP}monde)(?![\\p{L}])`,
  'iu',
);

/**
 * The words of SPORTING, folded, as whole runs of letters (SPORTING reads each between non-letters;
 * "demi-finale" has "finale", "mi-temps" "mi"). A sentence without one of them, and without a
 * score, is not about sport.
 */
const SPORTING_WORDS = new FoldedWordFilter(
  [
    'match', 'matchs', 'matche', 'championnat', 'ligue', 'coupe', 'finale', 'demi', 'quart', 'quarts', 'mi', 'but', 'buts', 'buteur',
    'penalty', 'penaltys', 'tirs', 'entraineur', 'selectionneur', 'football', 'rugby', 'basket', 'handball', 'hockey', 'volley',
    'stade', 'equipe', 'can', 'mondial',
  ],
);

const SPORTING_PAIRS = SPORTING_WORDS.pairTable(false);

const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * A run of letters of word i may be a word of SPORTING. Its first run opens the word (unless a
 * digit does): when the first two letters open no word of SPORTING (one letter then a digit: a
 * one-letter word), only a run after a digit can be one.
 */
function mayHaveSportRun(text: string, table: TokenTable, codes: Uint16Array, i: number, hasDigit: boolean): boolean {
  const s = table.start[i];
  const e = table.end[i];
  const code = codes[i];
  // (the first character is no digit here: a digit in the word is one after it)
  if (code !== PAIR_UNKNOWN && !isDigit(code >> 7)) {
    const first = isDigit(code & 127) ? code & ~127 : code;
    if (SPORTING_PAIRS[first] === 0 && !hasDigit) return false;
  }
  return SPORTING_WORDS.mayHaveRun(text, s, e);
}

const DIGIT = /[0-9]/g;

/**
 * The first ASCII digit at or after a position that only moves forward (the words of the
 * sentences, in order): one native scan per digit of the text instead of a look at each
 * character of each word (most words hold none). The position a scan started from is kept, so
 * the answer is reused only where it still holds.
 */
class DigitCursor {
  private from = Infinity;
  private at = -1;

  constructor(private readonly text: string) {}

  /** Whether [s, e) holds an ASCII digit. */
  within(s: number, e: number): boolean {
    if (this.at < s || this.from > s) {
      DIGIT.lastIndex = s;
      // test: no match array made
      this.at = DIGIT.test(this.text) ? DIGIT.lastIndex - 1 : this.text.length;
      this.from = s;
    }
    return this.at < e;
  }
}

/**
 * Whether SPORTING may match in [start, end): a word of SPORTING_WORDS, or a word ending with a
 * digit, a dash and a word starting with one (a score). True when the table cannot tell (a word
 * cut by the span, characters outside the BMP, combining marks).
 */
function maySport(text: string, table: TokenTable, codes: Uint16Array, digits: DigitCursor, start: number, end: number): boolean {
  let i = firstTokenEndingAfter(table, start);
  if (i < table.length && table.start[i] < start) return true;
  for (; i < table.length && table.start[i] < end; i++) {
    if (table.end[i] > end) return true;
    const hasDigit = digits.within(table.start[i], table.end[i]);
    if (mayHaveSportRun(text, table, codes, i, hasDigit)) return true;
    if (hasDigit && i + 1 < table.length && table.start[i + 1] < end && isDigit(text.charCodeAt(table.end[i] - 1)) && isDigit(text.charCodeAt(table.start[i + 1]))) {
      for (let k = table.end[i]; k < table.start[i + 1]; k++) {
        const c = text.charCodeAt(k);
        if (c === 45 || c === 0x2013) return true;
      }
    }
  }
  return false;
}

/**
 * A city in a match is its club. A country is its team only when it is the subject of a result
 * ("le Sénégal bat l'Égypte"): after "contre" or "face à" many corpora (WikiNEuRal) keep it a
 * place, and the reading there is less sure.
 */
function isSide(name: string, subject: boolean): boolean {
  const p = lookupPlace(name);
  return p !== null && (p.kind === 'city' || p.kind === 'town' || (subject && p.kind === 'country'));
}

export function clubsInPlay(text: string, sentences: Span[], out: OrganizationMention[]): void {
  const table = tokenTableOf(text);
  // with combining marks, a folded word may join letters SPORTING reads apart
  const gate = wordGates() && !table.hasSurrogates && !hasCombiningMarks(text);
  const codes = gate ? tokenPairs(table) : null;
  const digits = new DigitCursor(text);
  for (const s of sentences) {
    if (codes !== null && !maySport(text, table, codes, digits, s.start, s.end)) continue;
    const sentence = text.slice(s.start, s.end);
    if (!SPORTING().test(sentence)) continue;
    // both patterns open with a letter after no letter (SIDE_THEN_RESULT: nor digit): at word starts,
    // or after a digit; and with the side's capital, or with the first letter of a match word
    let starts: number[] | null = null;
    let afterDigits: number[] | null = null;
    if (codes !== null) {
      const first = firstTokenEndingAfter(table, s.start);
      let last = first - 1;
      while (last + 1 < table.length && table.start[last + 1] < s.end) last++;
      const all: number[] = [];
      pushStarts(all, text, table, first, last, s.start, true);
      starts = opening(sentence, all, mayBeginUpper);
      afterDigits = opening(sentence, all, (c) => RESULT_THEN_SIDE_FIRSTS.has(c));
    }
    for (const re of [SIDE_THEN_RESULT, RESULT_THEN_SIDE]) {
      const subject = re === SIDE_THEN_RESULT;
      if (subject ? !mayHold(sentence, SIDE_THEN_RESULT_CUES, true) : !mayHold(sentence, RESULT_THEN_SIDE_CUES, false)) continue;
      scanTwins(re, sentence, subject ? starts : afterDigits, (m) => {
        const name = m[1];
        if (!isSide(name, subject)) return;
        const start = s.start + m.index + m[0].indexOf(name, subject ? 0 : m[0].length - name.length);
        const end = start + name.length;
        // an organization the other rules found there ("les Bruins de Boston") stays as it is
        if (out.some((o) => o.start < end && start < o.end)) return;
        out.push({ start, end, normalized: name.replace(/[\s\u00a0]+/g, ' '), acronym: null });
      });
    }
  }
}
