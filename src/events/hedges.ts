/**
 * Triggers that report no event: a negated clause ("Aucun suspect n'a été arrêté", "Personne
 * n'a été tué"), a possibility or an obligation ("pourrait être limogé", "devrait être nommé",
 * "risque d'être arrêté"), a denial ("a démenti avoir été limogé"). The other negations ("n'a
 * pas été arrêté") already keep the patterns from matching; reported events ("aurait été
 * arrêté") and announced ones ("sera nommé") stay; a condition ("si le suspect était arrêté")
 * or a question reports none. Words in data/events/hedges.json.
 */
import { loadJson } from '../data.js';
import type { Span } from '../mentions.js';
import { phrasePattern } from '../text/normalize.js';
import type { Trigger } from './types.js';

/** A modal, its adverbs and the trigger fit in this much text before the trigger. */
const LOOKBACK = 60;
/** "n'a été arrêté que deux jours plus tard": restrictive, the event happened. */
const RESTRICTIVE = /^[^,.;:!?]*?(?<![\p{L}])qu(?:e(?![\p{L}])|['’])/u;
const LEADING_DE = /^(?:d['’]|de[\s\u00a0]+)/iu;
const NEGATOR = /(?<![\p{L}])(?:n['’]|ne[\s\u00a0]+)$/iu;
/** "avant que Donald Trump ne prête serment": the "ne" these conjunctions take negates nothing. */
const EXPLETIVE_NE = /(?<![\p{L}])(?:avant|à moins|de peur|de crainte)[\s\u00a0]+qu(?:e[\s\u00a0]+|['’])[^,.;:!?]*$/iu;

let modal: RegExp | null = null;
function modalCue(): RegExp {
  if (modal) return modal;
  const data = loadJson<{ modals: string[]; adverbs: string[] }>('events/hedges.json');
  const modals = data.modals.map((m) => (m.endsWith("'") ? phrasePattern(m) : `${phrasePattern(m)}[\\s\\u00a0]+`)).join('|');
  const adverbs = data.adverbs.map((a) => phrasePattern(a)).join('|');
  modal = new RegExp(`(?<![\\p{L}])(?:${modals})(?:(?:${adverbs})[\\s\\u00a0]+)*$`, 'iu');
  return modal;
}

/** "Si le suspect était arrêté, …", "s'il est nommé": a condition, not an event ("même si" concedes one). */
const CONDITION = /(?<![\p{L}])(?<!même[\s\u00a0]+)(?:si[\s\u00a0]+|s['’](?:il|ils)[\s\u00a0]+)[^,;:.!?]*$/iu;
/** "Si X a été arrêté, c'est que …": a compound past after "si" tells what happened. */
const COMPOUND_PAST = /^(?:a|ont)(?![\p{L}])/iu;

/** "Combien de suspects ont été arrêtés ?", "Le ministre a-t-il été limogé ?": a question asks, it reports nothing. */
const QUESTION = /\?[\s\u00a0»"”)]*$/u;

/** Whether the trigger's clause reports that the event happened (or is announced). */
export function asserted(text: string, sentences: Span[], t: Trigger): boolean {
  const s = sentences[t.sentence];
  const before = text.slice(Math.max(s.start, t.start - LOOKBACK), t.start);
  // "risque d'être arrêté": the trigger opens with the modal's "de"
  const de = LEADING_DE.exec(text.slice(t.start, t.end))?.[0] ?? '';
  if (modalCue().test(before + de)) return false;
  if (CONDITION.test(before) && !COMPOUND_PAST.test(text.slice(t.start, t.end))) return false;
  // a question quoted after the trigger is the speaker's ("… M. Trump a déclaré « … ? »")
  const rest = text.slice(t.end, s.end);
  if (QUESTION.test(rest) && !/[«"“]/u.test(rest)) return false;
  return !NEGATOR.test(before) || EXPLETIVE_NE.test(before) || RESTRICTIVE.test(text.slice(t.end, s.end));
}
