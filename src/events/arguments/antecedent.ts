/**
 * Who "il", "elle", "le nouveau ministre" or "l'officier" points back to. French news keeps the
 * article's protagonist as the subject of sentence after sentence ("Il est ensuite nommé …"), with
 * other people named in between as objects and complements ("il succède à X", "aux côtés de Y"):
 * the antecedent is the last person who stood as a subject, else the last person named, looking a
 * few sentences back and, for a pronoun, further when those name no one.
 */
import type { ResolvedPerson } from '../../pipeline/doc.js';
import { within, type EventContext } from '../context.js';
import type { Trigger } from '../types.js';
import { attributionStart } from './speakers.js';

/** Sentences searched first, then the wider stretch when the near one names no one. */
const NEAR = 3;
const FAR = 8;
/** A person after one of these words is a complement, not a subject ("succède à X", "reçu par X"). */
const COMPLEMENT_BEFORE = /(?:^|[\s'’])(?:de|du|des|d['’]|à|au|aux|par|avec|pour|contre|chez|remplacement|remplace|succède|succédé|rencontré|reçu|nommé|côtés|selon|sur|entre)[\s\u00a0]*(?:(?:le|la|les|l['’]|son|sa|ses|M\.|Mme)[\s\u00a0]+)?(?:\p{L}+[\s\u00a0]+){0,2}$/iu;

/** The person stands as a subject: first named in its clause, with no preposition or verb governing it. */
const PLURAL = /(?:^|[\s,'’])(?:ils|elles)(?![\p{L}])[^.;]*$/iu;

export function isSubject(ctx: EventContext, p: ResolvedPerson): boolean {
  const s = ctx.sentences.find((x) => x.start <= p.start && p.start < x.end);
  if (!s) return false;
  // "…, a déclaré son avocat, Me X. Il aurait été arrêté": the speaker of an attribution is not the protagonist
  if (attributionStart(ctx, p) >= 0) return false;
  const clause = ctx.text.slice(s.start, p.start).split(/[;:]/u).pop() ?? '';
  const lead = clause.slice(-60);
  return !COMPLEMENT_BEFORE.test(lead);
}

function pick(ctx: EventContext, earlier: ResolvedPerson[], preferSubject: boolean): ResolvedPerson | null {
  if (!earlier.length) return null;
  if (!preferSubject) return earlier[earlier.length - 1];
  for (let k = earlier.length - 1; k >= 0; k--) if (isSubject(ctx, earlier[k])) return earlier[k];
  return earlier[earlier.length - 1];
}

/**
 * The antecedent when `cue` matches just before the trigger (a pronoun, a description), else null.
 * An object clitic ("l'ont arrêté") points at the person named last, subject or not. Only a
 * pronoun reaches far back: a description ("le mari") as often names someone the text never names.
 */
export function antecedent(ctx: EventContext, t: Trigger, cue: RegExp, { preferSubject = true, far = false } = {}): ResolvedPerson | null {
  const s = ctx.sentences[t.sentence];
  const before = ctx.text.slice(Math.max(s.start, t.start - 60), t.start);
  if (!cue.test(before)) return null;
  // "ils", "elles" stand for a group: one person named long before is not them
  const wide = far && !PLURAL.test(before);
  for (const reach of wide ? [NEAR, FAR] : [NEAR]) {
    const from = ctx.sentences[Math.max(0, t.sentence - reach)].start;
    const found = pick(ctx, within(ctx.people, from, t.start), preferSubject);
    if (found) return found;
  }
  return null;
}
