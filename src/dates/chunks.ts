/**
 * Splits a document into the pieces chrono runs on: lines, cut further at sentence ends when
 * long, and hard-cut when a run has no space at all (a 10 MB line must not reach chrono,
 * whose parsers re-scan substrings after each match). A cheap test skips pieces with no digit,
 * month, weekday or relative keyword (`mayHoldDate`; recognizeDates reads it from the anchor
 * words already found, anchors.ts, and tests the piece only when none of them passes it).
 */
const MAX = 1500;
const PRECHECK = /\d|janv|f[ée]vr?|mars|avr|mai|juin|juil|ao[uû]t|sept|oct|nov|d[ée]c|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|demain|aujourd|veille|lendemain|derni|prochain|pass[ée]|ann[ée]e|\ban\b|mois|semaine|week|trimestre|semestre|[ée]t[ée]|hiver|printemps|automne|matin|soir|midi|minuit|nuit|no[eë]l|toussaint|p[aâ]ques|pentec|ascension|assomption|sylvestre|valentin|si[eè]cle|jours?\b|\bans\b|d'ici|depuis/i;

export interface Chunk {
  start: number;
  end: number;
}

/** Whether a piece (or one word) can hold a date at all: the prefilter that skips a piece (recognizeDates). */
export function mayHoldDate(piece: string): boolean {
  return PRECHECK.test(piece);
}

/** Every piece, in text order. */
export function piecesOf(text: string): Chunk[] {
  const out: Chunk[] = [];
  let lineStart = 0;
  const n = text.length;
  while (lineStart < n) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = n;
    let s = lineStart;
    while (s < lineEnd) {
      let e = lineEnd;
      if (e - s > MAX) {
        // prefer a sentence end, then a space, in the second half of the window
        const window = text.slice(s + MAX / 2, s + MAX);
        let cut = window.lastIndexOf('. ');
        if (cut < 0) cut = window.lastIndexOf(' ');
        e = cut < 0 ? s + MAX : s + MAX / 2 + cut + 1;
      }
      out.push({ start: s, end: e });
      s = e;
    }
    lineStart = lineEnd + 1;
  }
  return out;
}
