/**
 * Events in the HTML view: their triggers underlined in the text (as marks of type "event",
 * nested with the entity marks), and a list under the text.
 */
import type { Entity, ExtraitRecord } from '../types.js';
import { eventFacts } from './eventSummary.js';

/** A trigger shaped like an entity so that the one highlighter nests it with the entities. */
export interface TriggerMark {
  type: 'event';
  text: string;
  start: number;
  end: number;
  sentence: number;
  tip: string;
}

export function triggerMarks(rec: ExtraitRecord): TriggerMark[] {
  return (rec.events ?? []).map((e) => ({ type: 'event', text: e.trigger.text, start: e.trigger.start, end: e.trigger.end, sentence: e.sentence, tip: [e.type, ...eventFacts(e)].join('\n') }));
}

export function isTriggerMark(e: Entity | TriggerMark): e is TriggerMark {
  return e.type === 'event';
}

export function eventList(rec: ExtraitRecord, escapeHtml: (s: string) => string): string {
  const events = rec.events ?? [];
  if (!events.length) return '';
  const items = events.map((e) => `<li><span class="ev-type">${escapeHtml(e.type)}</span> <q>${escapeHtml(e.trigger.text)}</q> ${escapeHtml(eventFacts(e).join(' · '))}</li>`).join('');
  return `<section class="events"><h3>${events.length} event${events.length === 1 ? '' : 's'}</h3><ol>${items}</ol></section>\n`;
}

export const EVENT_CSS = `mark.e-event{--bg:transparent;--fg:#cf222e;text-decoration:underline wavy #cf222e;text-underline-offset:3px;border-bottom:none}
.events{font-size:.9rem;margin-top:.6rem}.events h3{font-size:.95rem;margin:.3rem 0}.events .ev-type{font-weight:600;color:#cf222e}`;
