/**
 * The new grade of a promotion: "promu au grade de général de brigade", "élevé au rang de …",
 * "promu général d'armée".
 */
import { within, type EventContext } from '../context.js';
import { phraseFrom } from './phrase.js';
import type { Trigger } from '../types.js';

const GRADE = /^[\s\u00a0]*(?:au|à la|aux) (?:grade|rang|dignité)s? d['’eu][\s\u00a0]*/iu;

export function promotionRankOf(ctx: EventContext, t: Trigger): string | null {
  if (t.type !== 'promotion') return null;
  const s = ctx.sentences[t.sentence];
  // "la promotion de X au grade de …": the grade may come after the person
  const window = ctx.text.slice(t.end, Math.min(s.end, t.end + 120));
  // "promu général d'armée", "fait maréchal": the grade right after the trigger
  const next = within(ctx.ranks, t.end, t.end + 60)[0];
  if (next && /^[\s\u00a0]+$/u.test(ctx.text.slice(t.end, next.start))) return ctx.text.slice(next.start, next.end);
  const at = window.search(/(?:au|à la|aux) (?:grade|rang|dignité)/iu);
  if (at < 0) return null;
  const g = GRADE.exec(window.slice(at));
  if (!g) return null;
  const from = t.end + at + g[0].length;
  const rank = within(ctx.ranks, from, from + 60)[0];
  if (rank && rank.start - from <= 2) return ctx.text.slice(rank.start, rank.end);
  return phraseFrom(ctx.text, from)?.text ?? null;
}
