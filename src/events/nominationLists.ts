/**
 * The nominations of a council of ministers' communiqué, one post a line under a heading:
 * "AU TITRE DES MESURES INDIVIDUELLES … - Directeur du Génie militaire : Colonel-major Abdoulaye
 * KONATE ;". No verb of appointment stands on the lines, so no trigger finds them: the heading is
 * the trigger, and each person whose line gives a post (src/people/titles/listedPost.ts) is
 * appointed to it.
 */
import type { EventContext } from './context.js';
import type { EventDraft } from './types.js';
import { personRef } from './context.js';
import { listedPostTitle } from '../people/titles/listedPost.js';
import { firstStartingFrom } from '../text/spans.js';

/**
 * The headings that open such a list: "mesures individuelles" (Mali, Burkina Faso, Niger),
 * "nominations :" and "sont nommés :" with their colon.
 */
const HEADING = /mesures[\s\u00a0]+individuelles|(?<![\p{L}])nominations?[\s\u00a0]*:|(?:sont|ont[\s\u00a0]+été|est|a[\s\u00a0]+été)[\s\u00a0]+nommée?s?[^.:\n]{0,60}:/giu;
/**
 * A word every HEADING match holds, as a plain case-insensitive pattern: a native scan several
 * times cheaper than HEADING's, which tries its verbs at each "est" and "sont" of every document.
 * (None of these letters folds otherwise under HEADING's u flag.)
 */
const HEADING_WORD = /nomm|nomin|ndividuel/i;
/** A list runs this far after its heading (a council's nominations fill a page or two). */
const LIST_REACH = 6000;

export function nominationListEvents(ctx: EventContext, drafts: EventDraft[]): EventDraft[] {
  const text = ctx.text;
  // most documents hold no heading: one native scan, and nothing else runs
  if (!HEADING_WORD.test(text)) return [];
  HEADING.lastIndex = 0;
  const headings: { start: number; end: number }[] = [];
  for (let m = HEADING.exec(text); m; m = HEADING.exec(text)) headings.push({ start: m.index, end: m.index + m[0].length });
  if (!headings.length) return [];
  const appointed = new Set<number>();
  for (const d of drafts) if (d.type === 'appointment') for (const p of d.persons) if (p.cluster !== undefined) appointed.add(p.cluster);
  const out: EventDraft[] = [];
  let h = 0;
  for (const p of ctx.people) {
    while (h + 1 < headings.length && headings[h + 1].end <= p.start) h++;
    const heading = headings[h];
    if (heading.end > p.start || p.start - heading.end > LIST_REACH || appointed.has(p.cluster)) continue;
    const lead = Math.min(p.start, p.rank?.start ?? p.start, p.honorific?.start ?? p.start);
    const post = listedPostTitle(text, lead);
    if (!post) continue;
    appointed.add(p.cluster);
    out.push({
      type: 'appointment',
      trigger: heading,
      sentence: sentenceAt(ctx, heading.start),
      persons: [personRef(p)],
      post: text.slice(post.start, post.end),
      rank: null,
      place: null,
      date: null,
      fatalities: null,
      injured: null,
      approximate: false,
      perpetrator: null,
      replaces: null,
      confidence: 0.8,
      anaphoric: false,
    });
  }
  return out;
}

/** The last sentence starting at or before `pos` (a heading in a gap between sentences takes the one before). */
function sentenceAt(ctx: EventContext, pos: number): number {
  return Math.max(0, firstStartingFrom(ctx.sentences, pos + 1, (s) => s.start) - 1);
}
