/**
 * People: runs of capitalized words (ALL-CAPS surnames included) that a cue marks as a person —
 * a rank, an honorific or a function right before, a known given name, a "Prénom NOM" shape —
 * or that repeat a name already typed as a person in the same document.
 */
import type { RankMention, Span } from '../mentions.js';
import { foldKey, titleCaseName } from '../text/normalize.js';
import { allCaps as isAllCaps, allCapsAt, capsShare } from './letterCase.js';
import { EndIndex, SpanIndex } from '../text/spans.js';
import { foldWordKey, isCompoundGivenKey, isFamousKey, isGivenKey, peopleLexicon } from './lexicon.js';
import { tokenTableOf } from '../text/tokenTable.js';
import { gapBreaksName, hasApostrophe, isCapitalUnit, nextCapitalWord, tableKey } from './nameScan.js';
import { skipBlanks } from '../text/blank.js';
import { lookupPlace } from '../places/index.js';
import { complementOrganizations, postAboutName, titleAfter, titleBefore, type TitleSpan } from './titles.js';
import { resultListNames } from './resultLists.js';
import { honorificCue } from './nameCues.js';
import { wrappedStarts } from './wrappedNames.js';
import { kinshipBefore, postOfNamed } from './titles/relatives.js';
import { CAPITAL_PARTICLES, withParticle } from './particles.js';

export interface PersonCandidate extends Span {
  sentence: number;
  /** Display name (title-cased). */
  name: string;
  /** Folded name parts, for clustering. */
  parts: string[];
  rank: Span | null;
  title: Span | null;
  /** What made it a person: "rank", "honorific", "title", "given-name", "shape", "model", "repeat". */
  cue: string;
  /** Set by the titles stage (src/people/personTitles.ts): "M.", "Mme" before the person. */
  honorific?: Span | null;
  /** Set by the titles stage: the title is a past post ("ancien ministre", a replaced holder). */
  titleFormer?: boolean;
  /** Set by the titles stage: more posts given at this mention ("le président de la Transition, X, par ailleurs président en exercice de …"). */
  moreTitles?: { start: number; end: number; former: boolean }[];
}

/** Lower-case particles inside a name: "Charles de Gaulle", "Mohamed ould Ghazouani", "Ludwig van Beethoven". */
const PARTICLES = new Set(['de', 'du', 'ben', 'bin', 'ibn', 'bint', 'ould', 'ag', 'dit', 'van', 'von', 'der', 'den', 'ter', 'el', 'al', 'da', 'di', 'do', 'dos', 'das', 'del', 'della', 'le', 'la', 'y', 'abu', 'abou']);
/** "de"/"du" after one name word ("Pierre de Coubertin"), not after a full name: "Henrik Pedersen de Silkeborg". */
const NOBLE = new Set(['de', 'du']);
/** Words and single non-space characters; a word may hold inner hyphens and apostrophes. */
const L = 'A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0300-\\u036F\\u0370-\\u03FF\\u0400-\\u04FF\\u1E00-\\u1EFF';
/** Latin, Greek and Cyrillic letters by ranges, without the 'u' flag: this scan over every word is hot. */
/** "J.-L. Mélenchon": a compound given name's initials are one word (the dot before the hyphen held). */
const WORD = new RegExp(`[A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE](?:\\.-[A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE])+\\.?|[${L}][${L}0-9'’]*(?:-[${L}0-9][${L}0-9'’]*)*\\.?|\\S`, 'y');
/** Apostrophe words that are names ("N’Golo", "M’Bappé", "O’Brien"), not elisions ("L’Alliance", "D’Afrique"). */
const NAME_APOSTROPHE = /^(?:[NMO]['’]\p{Lu}|\p{Lu}[\p{L}\p{M}]+['’]\p{L})/u;
/** A lower-case elision before a capital inside a name: "Giscard d’Estaing", "Amélie d’Orléans". */
const ELIDED_PARTICLE = /^d['’](?=\p{Lu})/u;
/** An elided preposition or conjunction glued to a capitalized word: "d'Emmanuel", "qu'Assimi", "jusqu'à"'s "jusqu'" never before a name. */
const ELIDED_OPENING = /^(?:d|qu|lorsqu|puisqu)['’](?=\p{Lu})/u;
const HYPHENED_PARTICLE = /^(?:al|el|ad|ag|as|ash|at|an|az|ar|ed|es|ud|ul|bin|ben|ibn|abu|abd|ould)-\p{Lu}/u;
/** "le Britannique Jonathan Brownlee", "la Russe Anastasia Gorbunova": a nationality noun before the name. */
const DEMONYM = /^(?:(?:Sud|Nord|Néo)-)?\p{Lu}\p{Ll}+(?:ain|aine|ais|aise|ois|oise|ien|ienne|éen|éenne|ique|ol|ole|and|ande|ite|an|ane)s?$|^(?:Russe|Belge|Suisse|Turc|Turque|Grec|Grecque|Tchèque|Slovaque|Croate|Serbe|Kurde|Arabe)s?$/u;
/** "J.-L.", "J.-P.": the initials of a compound given name. */
const COMPOUND_INITIALS = /^\p{Lu}(?:\.-\p{Lu})+\.$/u;
const ROMAN = /^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XV|XVI{0,3})$/;

/** A word of a name, with its key (foldWordKey), folded once. */
interface NameToken extends Span { key: string }

interface Run extends Span { tokens: NameToken[] }

/** Capitalized runs within [start, end): "Moussa Saloua BARMOU", "Alioune Blondin Bèye". */
function nameRuns(text: string, start: number, end: number, blocked: (s: number, e: number) => boolean): Run[] {
  const runs: Run[] = [];
  const { notNames } = peopleLexicon();
  let cur: NameToken[] = [];
  const table = tokenTableOf(text);
  // (a bisection of table.start as an array read the room beyond the table's words as starts)
  let j = table.hasSurrogates ? -1 : table.firstFrom(start);
  /** a particle seen after the current run, waiting for a name token to confirm it */
  let particle = false;
  /** that particle is capitalized ("Le", "De"): "Bruno Le Maire" takes a word no name holds alone */
  let capitalParticle = false;
  const flush = () => {
    if (cur.length) runs.push({ start: cur[0].start, end: cur[cur.length - 1].end, tokens: cur });
    cur = [];
    particle = false;
    capitalParticle = false;
  };
  /** where the next word is looked for */
  let next = start;
  for (;;) {
    // outside a run only a capitalized word does anything: go to the word that holds the next capital
    if (cur.length === 0) {
      const resume = nextCapitalWord(text, next, end);
      if (resume < 0) break;
      next = resume;
    }
    // WORD matches at every non-blank (its last branch is \S), never at a blank: the next word
    // starts after the blanks, and the sticky test there gives its end (no match array made)
    let s = skipBlanks(text, next, text.length);
    if (s >= end) break;
    WORD.lastIndex = s;
    WORD.test(text);
    next = WORD.lastIndex;
    // the word is text[s, te): read in place, copied out only where a pattern or a set needs it
    let te = next;
    // a lone surrogate is the whole word here (the letters of WORD are in the BMP): no capital
    let upper = isCapitalUnit(text.charCodeAt(s));
    if (!upper) {
      // "le discours d'Emmanuel Macron", "qu'Assimi Goïta": an elided "de" or "que" glued to the given name opens the run after it
      // (a given name only: "d'Abu Dhabi", "d'Ebola", "d'Ironman France" are places and things)
      const opening = cur.length === 0 ? ELIDED_OPENING.exec(text.slice(s, Math.min(te, s + 8))) : null;
      if (opening && isGivenKey(foldWordKey(text.slice(s + opening[0].length, te)))) {
        s += opening[0].length;
        upper = true;
      }
      // outside a run a word without a capital only ends it
      else if (cur.length) {
        const tok = text.slice(s, te);
        // "Hessa al-Jaber", "Ahmed ould-Abdallah": an Arabic article or filiation glued to the surname
        if (!particle && HYPHENED_PARTICLE.test(tok)) upper = true;
        else {
          // "van der Byl", "Henri III de Castille"
          const lastWord = text.slice(cur[cur.length - 1].start, cur[cur.length - 1].end);
          if (PARTICLES.has(tok) && (!NOBLE.has(tok) || cur.length === 1 || ROMAN.test(lastWord))) { particle = true; continue; }
          // "Giscard d’Estaing": the elision is the particle, the rest a name token
          const el = cur.length <= 2 && !particle ? ELIDED_PARTICLE.exec(tok) : null;
          if (el && !/[^\s\u00a0]/.test(text.slice(cur[cur.length - 1].end, s))) {
            s += el[0].length;
            upper = true;
          }
        }
      }
      if (!upper) {
        flush();
        continue;
      }
    }
    // a word's final period is the sentence's or an abbreviation's, an initial's ("J.-L.") its own
    if (te - s > 2 && text.charCodeAt(te - 1) === 46 && !(text.charCodeAt(te - 3) === 45 && text.charCodeAt(te - 4) === 46)) te--;
    let e = te;
    if (e > end) e = end;
    const elided = hasApostrophe(text, s, te) && !NAME_APOSTROPHE.test(text.slice(s, te));
    let key: string | null = null;
    if (j >= 0) {
      while (j < table.length && table.start[j] < s) j++;
      if (e === te) key = tableKey(table, j, s, e);
    }
    key ??= foldWordKey(text.slice(s, te));
    // a lone capital is an initial only inside a name ("Fatoumata Bintou Y", "A. Diallo")
    const initialOk = te - s === 1 ? cur.length > 0 || text[e] === '.' : true;
    if (cur.length && CAPITAL_PARTICLES.has(key) && /^[\s\u00a0]+\p{Lu}/u.test(text.slice(e, e + 3)) && !blocked(s, e)) {
      particle = true;
      capitalParticle = true;
      continue;
    }
    // (written in small letters, not in a heading in capitals: "DISCOURS DE M. POINCARÉ"; not before
    // a complement: "Anne Hidalgo Le Maire de Paris" in a title-case headline)
    const notName = notNames.has(key) && !(capitalParticle && isLowerUnit(text.charCodeAt(e - 1)) && !/^[\s\u00a0]+(?:de|du|des|d['’])/iu.test(text.slice(e, e + 5)));
    if (elided || notName || !initialOk || blocked(s, e)) {
      flush();
      continue;
    }
    // the gap since the previous token must be spaces (and a particle)
    if (cur.length && gapBreaksName(text, cur[cur.length - 1].end, s)) flush();
    cur.push({ start: s, end: e, key });
    particle = false;
    capitalParticle = false;
  }
  flush();
  return runs;
}

/** A lower-case letter ("Maire", not "MAIRE" nor "M."). */
function isLowerUnit(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
}

/**
 * "Assimi GOÏTA Accueille": in title-case headlines the name stops after the ALL-CAPS surname.
 * Not after a surname written first before a given name ("DIALLO Mamadou, président de …"), as
 * West African lists and administrative texts write names.
 */
function cutAfterCaps(text: string, run: Run): Run {
  let lastCaps = -1;
  for (let k = 0; k < run.tokens.length; k++) {
    // initials ("J.-L.") are no surname in capitals
    if (allCapsAt(text, run.tokens[k].start, run.tokens[k].end) && text.charCodeAt(run.tokens[k].start + 1) !== 46) lastCaps = k;
    else if (lastCaps === 0 && k === 1 && run.tokens.length === 2 && isGivenKey(run.tokens[1].key) && run.tokens[1].key !== run.tokens[0].key) continue;
    else if (lastCaps >= 0) return sub(run, 0, lastCaps + 1);
  }
  return run;
}

function sub(run: Run, from: number, to: number): Run {
  const tokens = run.tokens.slice(from, to);
  return { start: tokens[0].start, end: tokens[tokens.length - 1].end, tokens };
}

/** A run that holds an organization word is no person: "Imperial College Business School", "Walt Disney Records". */
function cutAtOrgWord(run: Run): Run | null {
  const { orgWords } = peopleLexicon();
  const k = run.tokens.findIndex((t) => orgWords.has(t.key));
  return k < 0 ? run : null;
}

/** "Quarterback Patrick Mahomes", "Défense Sadio Camara": the name starts at the given name. */
function startAtGivenName(words: string[], run: Run): Run {
  if (words.length < 3 || isGivenKey(run.tokens[0].key)) return run;
  for (let k = 1; k <= words.length - 2; k++) {
    if (isGivenKey(run.tokens[k].key) && !isAllCaps(words[k])) return sub(run, k, run.tokens.length);
  }
  return run;
}

export interface PeopleContext {
  ranks: RankMention[];
  /** Spans already taken by organizations, dates or known places: no name inside them. */
  blocked: Span[];
  /** Model-proposed person spans (optional). */
  modelPeople?: Span[];
  /** The organizations found (optional): a post's complement takes their names whole. */
  organizations?: Span[];
}

export function recognizePeople(text: string, sentences: Span[], ctx: PeopleContext): PersonCandidate[] {
  complementOrganizations(text, ctx.organizations ?? []);
  const blockedIndex = new SpanIndex([...ctx.blocked, ...ctx.ranks]);
  const isBlocked = (s: number, e: number) => blockedIndex.overlaps(s, e);
  const modelPeople = new SpanIndex(ctx.modelPeople ?? []);
  const ranksByEnd = new EndIndex(ctx.ranks);
  const out: PersonCandidate[] = [];
  const pending: { run: Run; sentence: number }[] = [];
  /** ALL-CAPS words seen alone (not inside a name) so far: acronyms, not surnames ("CAN 2019"). */
  const loneCaps = new Set<string>();
  const runsBySentence = sentences.map((sent) => nameRuns(text, sent.start, sent.end, isBlocked));
  const cueStarts = wrappedStarts(text, sentences);
  let prevPersonEnd = 0;
  sentences.forEach((sent, si) => {
    let capsRatio = -1;
    /** where cues before a name are read from: the sentence, or the printed lines it continues */
    const from = cueStarts[si];
    let lastPersonEnd = Math.max(from, prevPersonEnd);
    for (let run of runsBySentence[si]) {
      run = cutAfterCaps(text, run);
      let words = run.tokens.map((t) => text.slice(t.start, t.end));
      if (words.length === 1 && isAllCaps(words[0]) && !prevCapitalized(text, run.start, sent.start)) loneCaps.add(words[0]);
      const cut = cutAtOrgWord(run);
      if (!cut) continue;
      if (cut !== run) {
        run = cut;
        words = run.tokens.map((t) => text.slice(t.start, t.end));
      }
      // "le général de Gaulle", "M. de Villepin": the particle belongs to the name
      let start = run.start;
      const particle = /(?<![\p{L}])(?:de|du|d['’])[\s\u00a0]*$/u.exec(text.slice(Math.max(from, run.start - 4), run.start));
      const particleStart = particle ? run.start - particle[0].length : -1;
      let rank = rankEndingAt(ranksByEnd, run.start, text);
      // "la fille du général, Marie X": the grade is the relative's
      if (rank && text.slice(rank.end, run.start).includes(',') && kinshipBefore(text, from, rank.start)) rank = null;
      let cue = '';
      if (rank) cue = 'rank';
      else if (honorificCue(text, Math.max(from, run.start - 80), run.start)) cue = 'honorific';
      else if (particle) {
        rank = rankEndingAt(ranksByEnd, particleStart, text);
        if (rank) cue = 'rank';
        else if (honorificCue(text, Math.max(from, particleStart - 80), particleStart, false)) cue = 'honorific';
        if (cue) start = particleStart;
      }
      if (!cue) {
        const trimmed = startAtGivenName(words, run);
        // only where the first words are capitalized for another reason: the sentence starts
        // there ("Le Quarterback Patrick Mahomes") or they end a function ("ministre de la Défense Sadio Camara")
        if (trimmed !== run && (sentenceInitial(text, run.start, sent.start) || DEMONYM_PLURAL.test(words[0]) || (trimmed.tokens.length === run.tokens.length - 1 && (DEMONYM.test(words[0]) || lookupPlace(words[0]))) || (afterPreposition(text, run.start) && titleBefore(text, from, trimmed.start)))) {
          run = trimmed;
          words = run.tokens.map((t) => text.slice(t.start, t.end));
          start = run.start;
        }
      }
      let title: TitleSpan | null = titleBefore(text, from, rank ? rank.start : start);
      // a title that runs over an earlier name belongs to someone else ("… à Ayanda Dlodlo et à son adjoint Zizi Kodwa")
      const prevPerson = out[out.length - 1];
      // (unless the earlier name is the post's complement: "L’avocat de Gérard Lemaire, Me François Saint-Pierre")
      const ofNamed = !!title && !!prevPerson && prevPerson.end === lastPersonEnd && postOfNamed(text, title.headEnd, title.end, title.connector, Math.min(prevPerson.start, prevPerson.rank?.start ?? prevPerson.start), prevPerson.end);
      if (title && title.start < lastPersonEnd && !ofNamed) title = lastPersonEnd < (rank ? rank.start : start) ? titleBefore(text, lastPersonEnd, rank ? rank.start : start) : null;
      // (after a rank the seed's slip "ministre de la Défense du Niger du général X", "du" for "le", keeps its title)
      if (title && !rank && postAboutName(title, run.tokens[0].key)) title = null;
      // "le lieutenant-général prince Galizyn", "le colonel ministre X": a grade right before the title is the person's too
      if (!rank && title && title.end <= start) {
        const r = rankEndingAt(ranksByEnd, title.start, text);
        if (r && /^[\s\u00a0]+$/u.test(text.slice(r.end, title.start))) rank = r;
      }
      if (!cue && title && !/(?<![\p{L}])(?:de|du|des|d['’])(?![\p{L}])/iu.test(title.connector)) {
        // "le président Macron", not "la société de conseil danoise Sea-Intelligence": no complement between
        // after a noble or clerical head on the same line only a name follows bare: "la reine Victoria", "le comte Radolinski de leur découverte"
        const personal = !title.connector.includes('\n') && peopleLexicon().personalHeads.has(foldKey(text.slice(title.start, title.headEnd)));
        const lone = /^[\s\u00a0]+$/.test(title.connector) && !/(?<![\p{L}])(?:de|du|des|d['’]|à|au|aux|pour|en)(?![\p{L}])/iu.test(text.slice(title.headEnd, title.end)) && loneNameAfterTitle(words[0], personal) && (personal || !/^[\s\u00a0]*(?:d['’]|de[\s\u00a0])/u.test(text.slice(run.end, run.end + 4)));
        if (words.length >= 2 || isAllCaps(words[0]) || isGivenKey(run.tokens[0].key) || lone) cue = 'title';
      }
      // a headline in capitals gives no case cue: only explicit cues count there
      if (!cue && capsRatio < 0) capsRatio = capsShare(text, sent.start, sent.end);
      if (!cue && capsRatio < 0.6) {
        if (words.length >= 2 && isGivenKey(run.tokens[0].key) && !lookupPlace(words.join(' '))) cue = 'given-name';
        // "Isidor Isaac Rabi": a listed given name inside a longer run of names
        else if (words.length >= 3 && words.slice(1, -1).some((w, k) => isGivenKey(run.tokens[k + 1].key) && !isAllCaps(w)) && !words.some((w) => lookupPlace(w))) cue = 'given-name';
        else if (words.length >= 2 && ((/^\p{Lu}\.?$/u.test(words[0]) && text[run.tokens[0].end] === '.') || COMPOUND_INITIALS.test(words[0])) && !isAllCaps(words[words.length - 1])) cue = 'initial';
        // "arrivées en Aragon", "en Hollande": "en" before a name makes it a land, not the famous person
        else if (words.length === 1 && isFamousKey(run.tokens[0].key) && !afterEn(text, run.start)) cue = 'famous';
        // "Charles-Albert", "Marie-Antoinette": given names joined by a hyphen name one person
        else if (words.length === 1 && isCompoundGivenKey(run.tokens[0].key) && !lookupPlace(words[0]) && !afterCommonNoun(text, run.start)) cue = 'given-name';
        else if (isShape(words, loneCaps)) cue = 'shape';
        else if (modelPeople.contains(run.start, run.end)) cue = 'model';
      }
      if (!cue) {
        pending.push({ run, sentence: si });
        continue;
      }
      const after = titleAfter(text, run.end, sent.end);
      out.push(withParticle(text, candidate(text, run, si, rank, title ?? after, cue, start), out));
      lastPersonEnd = prevPersonEnd = run.end;
    }
  });
  // second pass: a name typed once as a person is a person everywhere in the document
  const known = new Set<string>();
  for (const p of out) for (const x of p.parts) known.add(x);
  const rest: typeof pending = [];
  for (const { run, sentence } of pending) {
    const parts = nameParts(run);
    if (parts.every((p) => known.has(p))) out.push(withParticle(text, candidate(text, run, sentence, null, null, 'repeat', run.start), out));
    else rest.push({ run, sentence });
  }
  // "3. Tchmil (Be, 4"). 4. Mattan (Be)": competitors of a results list
  const results = rest.length ? resultListNames(text) : null;
  const unlisted = results?.size ? rest.filter(({ run, sentence }) => {
    if (!results.has(run.start) || run.tokens.length > 3) return true;
    out.push(candidate(text, run, sentence, null, null, 'results', run.start));
    return false;
  }) : rest;
  out.sort((a, b) => a.start - b.start);
  return listMembers(text, out, unlisted).sort((a, b) => a.start - b.start);
}

/** Lower-case words after which a capitalized word starts a noun phrase of its own. */
const FUNCTION_WORD = /^(?:de|d['’]|à|par|avec|pour|et|ou|que|qu['’]|chez|selon|contre|sans|entre|mais|ni|comme|dont|où|sur|vers|après|avant|envers)$/u;

/** "le pont Vincent-Thomas", "l'école Maurice-Henry": a lower-case noun before the name makes it the name of a thing. */
function afterCommonNoun(text: string, pos: number): boolean {
  const m = /(\p{Ll}[\p{L}'’-]*)[\s\u00a0]+$/u.exec(text.slice(Math.max(0, pos - 30), pos));
  return !!m && !FUNCTION_WORD.test(m[1]);
}

function afterEn(text: string, pos: number): boolean {
  return /(?<![\p{L}])en[\s\u00a0]+$/iu.test(text.slice(Math.max(0, pos - 6), pos));
}

/** "les Américains Tommie Smith et John Carlos": a people's name before a given name. */
const DEMONYM_PLURAL = /(?:ains|aines|ais|aises|ois|oises|iens|iennes|éens|éennes|ens)$/u;

/** "ministre de la Défense Sadio Camara": the first capitalized words complete a preposition. */
function afterPreposition(text: string, pos: number): boolean {
  return /(?<![\p{L}])(?:de|du|des|d['’]|la|le|les|l['’])[\s\u00a0]*$/u.test(text.slice(Math.max(0, pos - 8), pos));
}

/** The run starts its sentence, after nothing but quotes, dashes or a capitalized function word ("Le"). */
function sentenceInitial(text: string, pos: number, from: number): boolean {
  const before = text.slice(Math.max(from, pos - 30), pos);
  if (pos - from <= 30 && /^[\s\u00a0«"“'‘(—–-]*$/u.test(before)) return true;
  const m = /(\p{Lu}[\p{Ll}]*)[\s\u00a0]+$/u.exec(before);
  return !!m && peopleLexicon().notNames.has(foldWordKey(m[1])) && (m.index === 0 || /^[\s\u00a0«"“'‘(—–-]*$/u.test(before.slice(0, m.index))) && pos - from <= 30;
}

/**
 * "Jacques Fath, Balenciaga, Lucien Lelong, Molyneux et Patou": a capitalized word listed between
 * people (by commas or "et") is one more person, unless it is a known place.
 */
function listMembers(text: string, people: PersonCandidate[], pending: { run: Run; sentence: number }[]): PersonCandidate[] {
  if (people.length === 0 || pending.length === 0) return people;
  const out = [...people];
  const byEnd = new Map<number, PersonCandidate>();
  const byStart = new Map<number, PersonCandidate>();
  for (const p of out) {
    byEnd.set(p.end, p);
    byStart.set(p.start, p);
  }
  // "la ministre de la Culture, Rachida Dati": the word before the comma completes the next person's post
  const inPost = (run: Run) => out.some((p) => p.title !== null && p.title.start <= run.start && run.end <= p.title.end);
  const SEP_BEFORE = /(?:,|[\s\u00a0]et)[\s\u00a0]+$/u;
  const SEP_AFTER = /^(?:,|[\s\u00a0]+et[\s\u00a0])/u;
  const sorted = [...pending].sort((a, b) => a.run.start - b.run.start);
  // two sweeps, forward and back, so a chain of plain surnames fills from either end
  for (const order of [sorted, [...sorted].reverse()]) {
    for (const { run, sentence } of order) {
      if (byStart.has(run.start) || run.tokens.length > 3) continue;
      const before = text.slice(Math.max(0, run.start - 6), run.start);
      const after = text.slice(run.end, run.end + 5);
      let left = false;
      let right = false;
      const sb = SEP_BEFORE.exec(before);
      if (sb) left = byEnd.has(run.start - sb[0].length) && byEnd.get(run.start - sb[0].length)!.sentence === sentence;
      const sa = SEP_AFTER.exec(after);
      if (sa) {
        const next = byStart.get(run.end + sa[0].length + (/^[\s\u00a0]/.test(text.slice(run.end + sa[0].length, run.end + sa[0].length + 1)) ? 1 : 0));
        right = !!next && next.sentence === sentence;
      }
      if ((!left && !right) || inPost(run)) continue;
      const words = run.tokens.map((t) => text.slice(t.start, t.end));
      if (lookupPlace(words.join(' ')) || words.some((w) => isAllCaps(w) && w.length <= 6 && words.length === 1)) continue;
      const p = candidate(text, run, sentence, null, null, 'list', run.start);
      out.push(p);
      byEnd.set(p.end, p);
      byStart.set(p.start, p);
    }
  }
  return out;
}

/** Whether the word before `pos` (in the sentence) is capitalized: "Assimi GOÏTA" vs "la CAN". */
function prevCapitalized(text: string, pos: number, from: number): boolean {
  const before = text.slice(Math.max(from, pos - 40), pos);
  return /\p{Lu}[\p{L}\p{M}'’-]*\.?[\s\u00a0]+$/u.test(before);
}

/**
 * "le président Macron": one capitalized word after a function is a surname unless it is a place;
 * after a head only a name follows bare ("la reine Victoria", "le pasteur Hamm") it is one anyway,
 * unless a line break stands between ("Mort d'un pasteur⏎Genève, le 3 mai": a heading, a dateline).
 */
function loneNameAfterTitle(word: string, personalHead: boolean): boolean {
  if (word.length < 3 || ROMAN.test(word)) return false;
  return personalHead || !lookupPlace(word);
}

/** "Siaka DIAMOUTENE", "Jean-Claude KOUASSI": capitalized words then a surname in capitals. */
function isShape(words: string[], loneCaps: Set<string>): boolean {
  if (words.length < 2 || words.length > 4) return false;
  const last = words[words.length - 1];
  if (isAllCaps(words[0]) || !isAllCaps(last) || last.length < 3 || ROMAN.test(last) || /\d/.test(last)) return false;
  if (loneCaps.has(last)) return false;
  // "de Sainte-Croix SUT Vuitobœuf" (OCR for "sur"): a "Saint-" compound is a place or a saint, no given name
  if (/^(?:Saint|Sainte|St|Ste)-\p{Lu}/u.test(words[0])) return false;
  return !lookupPlace(words.slice(0, -1).join(' ')) && !lookupPlace(words[0]);
}

/**
 * Folded name parts for clustering. "Ag Acharatoumane a précisé …" after "Moussa Ag Acharatoumane":
 * a capitalized particle that opens the run is the particle the full name skipped, not a part.
 */
function nameParts(run: Run): string[] {
  const first = run.tokens[0].key;
  // (not before a given name: "Di Maria" is no part of "Josep Maria Bartomeu", "Ben Youssef" none of "Youssef Msakni")
  if (run.tokens.length === 2 && first !== 'le' && first !== 'la' && CAPITAL_PARTICLES.has(first) && !isGivenKey(run.tokens[1].key)) return [run.tokens[1].key];
  return run.tokens.map((t) => t.key);
}

function candidate(text: string, run: Run, sentence: number, rank: Span | null, title: Span | null, cue: string, start: number): PersonCandidate {
  // "le général de Gaulle": a particle the cue took in is written in the name ("de Gaulle", not "Gaulle")
  const raw = text.slice(Math.min(start, run.start), run.end);
  return {
    start,
    end: run.end,
    sentence,
    name: titleCaseName(raw.replace(/[\s\u00a0]+/g, ' ')),
    parts: nameParts(run),
    rank,
    title,
    cue,
  };
}

function rankEndingAt(ranks: EndIndex<RankMention>, pos: number, text: string): RankMention | null {
  return ranks.firstEndingBetween(pos - 3, pos, (r) => /^[\s\u00a0,]*$/.test(text.slice(r.end, pos)));
}
