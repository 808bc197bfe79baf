/**
 * People who speak of an event rather than take part in it: the inverted subject of an
 * attribution after the statement ("…, a déclaré le porte-parole du gouvernement, X", "» explique
 * X"). Without this, "X a reçu Y, a indiqué le porte-parole Z" made Z a participant, and "a
 * interpellé quatre suspects, a précisé le procureur Z" made Z the one arrested. Verbs in
 * data/events/speech.json. And the source opening a sentence before the subject of a passive
 * ("Selon le procureur, X, le suspect a été interpellé").
 */
import type { ResolvedPerson } from '../../pipeline/doc.js';
import { loadJson } from '../../data.js';
import { phrasePattern } from '../../text/normalize.js';
import type { EventContext } from '../context.js';
import type { Trigger } from '../types.js';

/** How far before a name an attribution may open. */
const LOOKBACK = 140;
/** Inside the speaker's description, what starts another clause or names a second person ("qui a reçu X", "avec X"). */
const OTHER_CLAUSE = /(?<![\p{L}])(?:qui|que|qu['’]|dont|où|avec|et)(?![\p{L}])/iu;

let inverted: RegExp | null = null;

/** ", a déclaré à l'AFP le porte-parole de la présidence, le colonel " right before a name: a description with one apposition at most. */
function attributionCue(): RegExp {
  if (inverted) return inverted;
  const verbs = loadJson<{ verbs: string[] }>('events/speech.json').verbs
    .map((s) => phrasePattern(s)).join('|');
  inverted = new RegExp(`[,»"”][\\s\\u00a0]*(?:(?:a|ont|avait|avaient)[\\s\\u00a0]+)?(?:${verbs})(?![\\p{L}])([^,.;:!?«»"“”]{0,90}?(?:,[^,.;:!?«»"“”]{1,40}?)?,?[\\s\\u00a0]*)$`, 'iu');
  return inverted;
}

/**
 * Whether `p` is named as the one who speaks of the event of `t`: the attribution opens after
 * the trigger. A trigger after it is the speaker's own event ("», a déclaré X à l'issue de sa
 * rencontre avec Y": X met Y).
 */
export function isSpeaker(ctx: EventContext, p: ResolvedPerson, t: Trigger): boolean {
  if (t.end > p.start) return false;
  const opens = attributionStart(ctx, p);
  return opens >= 0 && t.end <= opens;
}

/** Where the attribution that names `p` as its speaker opens (its comma or quote), or -1. */
export function attributionStart(ctx: EventContext, p: ResolvedPerson): number {
  const attribution = attributionCue().exec(ctx.text.slice(Math.max(0, p.start - LOOKBACK), p.start));
  return attribution !== null && !OTHER_CLAUSE.test(attribution[1]) ? p.start - attribution[0].length : -1;
}

/** The sentence (or its dateline's text after the dash) opens with an attribution ("Selon …", "D'après …") holding the person. */
const SOURCE_OPENER = /^(?:[^.;:!?«»"]*?[-–—][\s\u00a0]+)?[\s\u00a0«"“]*(?:selon|d['’]apr[eè]s)[\s\u00a0][^.;:!?«»"]*$/iu;
/** A noun phrase opening the clause after the source: ", le suspect", ", deux hommes", ", l'otage" (not an age: ", 54 ans,"). */
const NOUN_SUBJECT_AFTER = /^[\s\u00a0]*,[\s\u00a0]*(?:(?:le|la|les|un|une|des|ces|ce|cet|cette|deux|trois|quatre|cinq)[\s\u00a0]|\d+[\s\u00a0]+(?!ans(?![\p{L}]))|l['’])/iu;

/** "Selon le procureur, X, le suspect a été interpellé": `p` names the source of the passive at `t`, not its subject. */
export function isSourceBeforeSubject(ctx: EventContext, sentenceStart: number, p: ResolvedPerson, t: Trigger): boolean {
  if (!SOURCE_OPENER.test(ctx.text.slice(sentenceStart, p.start))) return false;
  return NOUN_SUBJECT_AFTER.test(ctx.text.slice(p.end, t.start));
}
