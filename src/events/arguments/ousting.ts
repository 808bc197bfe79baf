/**
 * "Renverser" is a dismissal only when it ousts someone from power: "les militaires ont renversé
 * le président X", not "un camion a renversé le cycliste X". A person of such a trigger is kept
 * when their title or the trigger's sentence names power (data/events/ousting.json).
 */
import type { ResolvedPerson } from '../../pipeline/doc.js';
import { loadJson } from '../../data.js';
import { phrasePattern } from '../../text/normalize.js';
import type { EventContext } from '../context.js';
import type { Trigger } from '../types.js';

let lexicon: { verb: RegExp; power: RegExp } | null = null;
function oustingLexicon(): { verb: RegExp; power: RegExp } {
  if (lexicon) return lexicon;
  const data = loadJson<{ verbs: string[]; power: string[] }>('events/ousting.json');
  lexicon = {
    verb: new RegExp(`(?<![\\p{L}])(?:${data.verbs.join('|')})`, 'iu'),
    // case-sensitive: "Premier ministre" and "premier ministre" are both listed
    power: new RegExp(`(?<![\\p{L}])(?:${data.power.map((s) => phrasePattern(s)).join('|')})(?![\\p{L}])`, 'u'),
  };
  return lexicon;
}

/** A verb that ousts only the powerful ("renversé"); the noun ("le renversement de X") always ousts a person. */
export function oustsOnlyPower(ctx: EventContext, t: Trigger): boolean {
  return t.type === 'dismissal' && t.voice !== 'noun' && oustingLexicon().verb.test(ctx.text.slice(t.start, t.end));
}

/** `p` holds power by their title, or the sentence of `t` speaks of power. */
export function holdsPower(ctx: EventContext, t: Trigger, p: ResolvedPerson): boolean {
  const { power } = oustingLexicon();
  if (p.titleText && power.test(p.titleText)) return true;
  const s = ctx.sentences[t.sentence];
  return power.test(ctx.text.slice(s.start, t.start)) || power.test(ctx.text.slice(t.end, s.end));
}
