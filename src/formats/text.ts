/**
 * A terminal summary of each record: id, language, document date, then the distinct entities of
 * each type with their normalized values and how often they occur.
 */
import { Chalk, supportsColor, type ChalkInstance } from 'chalk';
import type { Entity, EntityType, ErrorRecord, ExtraitRecord } from '../types.js';
import { ENTITY_TYPES, normalizedValue } from './entityFields.js';
import type { RecordFormatter } from './index.js';
import { eventFacts } from './eventSummary.js';

type Level = 0 | 1 | 2 | 3;

/**
 * Colour level. FORCE_COLOR wins (as in Node's own tty.getColorDepth: "0"/"false" turn colour
 * off, anything else on even when piped), then NO_COLOR (no-color.org; chalk ignores it), then
 * the caller's choice, at the depth the terminal supports.
 */
export function colorLevel(wanted: boolean, env: NodeJS.ProcessEnv = process.env): Level {
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '0' || force === 'false') return 0;
    const n = Number.parseInt(force, 10);
    return n >= 1 && n <= 3 ? (n as Level) : 1;
  }
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  if (!wanted) return 0;
  return supportsColor ? (Math.max(1, supportsColor.level) as Level) : 1;
}

const HEADINGS: Record<EntityType, string> = {
  person: 'people',
  rank: 'ranks',
  place: 'places',
  date: 'dates',
  organization: 'organizations',
};

/**
 * Article text may carry terminal escape sequences (ESC [ … could move the cursor or retitle the
 * window); control characters are shown as visible symbols, line breaks as spaces.
 */
export function terminalSafe(s: string): string {
  return s
    .replace(/[\r\n\t\u2028\u2029]+/g, ' ')
    .replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => {
      const code = c.charCodeAt(0);
      return code < 0x20 ? String.fromCharCode(0x2400 + code) : code === 0x7f ? '\u2421' : '\uFFFD';
    });
}

export class TextFormatter implements RecordFormatter {
  private readonly c: ChalkInstance;

  constructor(color: boolean) {
    this.c = new Chalk({ level: colorLevel(color) });
  }

  header(): string {
    return '';
  }

  record(rec: ExtraitRecord | ErrorRecord, _text: string | null): string {
    const c = this.c;
    const title = c.bold.underline(terminalSafe(rec.id));
    if ('error' in rec) return `${title}\n  ${c.red.bold('error')} ${c.red(terminalSafe(rec.error.message))}\n\n`;
    const lang = rec.language;
    let out = `${title}\n`;
    out += `  ${c.dim('language')}  ${lang.code}${c.dim(` (confidence ${lang.confidence.toFixed(2)}${lang.reliable ? '' : ', unreliable'})`)}\n`;
    out += `  ${c.dim('date')}      ${
      rec.documentDate ? `${terminalSafe(rec.documentDate.value)}${c.dim(` (${rec.documentDate.source})`)}` : c.dim('unknown')
    }\n`;
    const byType = new Map<EntityType, Entity[]>();
    for (const e of rec.entities) {
      const list = byType.get(e.type);
      if (list) list.push(e);
      else byType.set(e.type, [e]);
    }
    if (rec.entities.length === 0) out += `  ${c.dim('no entities')}\n`;
    for (const type of ENTITY_TYPES) {
      const list = byType.get(type);
      if (!list) continue;
      if (type === 'person' && rec.people) {
        out += this.people(rec, list.length);
        continue;
      }
      const groups = group(list);
      out += `  ${this.paint(type, c.bold(HEADINGS[type]))} ${c.dim(`${list.length} mention${list.length === 1 ? '' : 's'}, ${groups.length} distinct`)}\n`;
      for (const g of groups) {
        const count = g.count > 1 ? c.dim(` ×${g.count}`) : '';
        const extra = g.extra.length > 0 ? c.dim(` — ${g.extra.join(', ')}`) : '';
        const seen = g.texts.length > 0 ? c.dim(` «${g.texts.join('», «')}»`) : '';
        out += `    ${this.paint(type, g.label)}${count}${extra}${seen}\n`;
      }
    }
    const events = rec.events ?? [];
    if (events.length) {
      out += `  ${c.bold('events')} ${c.dim(String(events.length))}\n`;
      for (const e of events) {
        out += `    ${c.red(e.type)} ${c.dim(`«${terminalSafe(e.trigger.text)}»`)} ${eventFacts(e).map(terminalSafe).join(c.dim('; '))}\n`;
      }
    }
    for (const w of rec.warnings) out += `  ${c.yellow('warning')} ${terminalSafe(w)}\n`;
    return out + '\n';
  }

  footer(): string {
    return '';
  }

  /** People counted from the record's `people` array: one line per person, not per spelling. */
  private people(rec: ExtraitRecord, mentions: number): string {
    const c = this.c;
    const n = rec.people.length;
    let out = `  ${this.paint('person', c.bold(HEADINGS.person))} ${c.dim(`${mentions} mention${mentions === 1 ? '' : 's'}, ${n} ${n === 1 ? 'person' : 'people'}`)}\n`;
    for (const p of rec.people) {
      const facts = [p.rank, ...p.titles.map((t) => (t.former && !/^(?:ancien|ancienne|ex)\b/iu.test(t.text) ? `${t.text} (former)` : t.text))].filter((x): x is string => !!x).map(terminalSafe);
      const count = p.mentions.length > 1 ? c.dim(` ×${p.mentions.length}`) : '';
      const extra = facts.length > 0 ? c.dim(` — ${facts.join(', ')}`) : '';
      const texts = [...new Set(p.mentions.map((i) => terminalSafe(rec.entities[i].text)))].filter((t) => t !== p.name).slice(0, 3);
      const seen = texts.length > 0 ? c.dim(` «${texts.join('», «')}»`) : '';
      out += `    ${this.paint('person', terminalSafe(p.name))}${count}${extra}${seen}\n`;
    }
    return out;
  }

  private paint(type: EntityType, s: string): string {
    const c = this.c;
    switch (type) {
      case 'person':
        return c.yellow(s);
      case 'rank':
        return c.green(s);
      case 'place':
        return c.cyan(s);
      case 'date':
        return c.magenta(s);
      case 'organization':
        return c.blue(s);
    }
  }
}

interface Group {
  label: string;
  extra: string[];
  /** Surface forms that differ from the label (shown so "GOÏTA" maps visibly to "Goïta"). */
  texts: string[];
  count: number;
}

/** Mentions with the same normalized value and the same facts, in order of first appearance. */
function group(list: Entity[]): Group[] {
  const groups = new Map<string, Group>();
  for (const e of list) {
    const label = terminalSafe(normalizedValue(e) ?? `${e.text} (unresolved)`);
    const extra = facts(e).map(terminalSafe);
    const key = `${label}\u0000${extra.join('\u0000')}`;
    let g = groups.get(key);
    if (!g) {
      g = { label, extra, texts: [], count: 0 };
      groups.set(key, g);
    }
    g.count++;
    const text = terminalSafe(e.text);
    if (text !== label && !g.texts.includes(text) && g.texts.length < 3) g.texts.push(text);
  }
  return [...groups.values()];
}

function facts(e: Entity): string[] {
  const out: string[] = [];
  switch (e.type) {
    case 'person':
      if (e.rank) out.push(e.rank);
      if (e.title) out.push(e.title);
      break;
    case 'rank':
      if (e.service) out.push(e.service);
      break;
    case 'place':
      if (e.country) out.push(e.country);
      break;
    case 'date':
      if (e.time) out.push(e.time);
      if (e.relative) out.push('relative');
      break;
    case 'organization':
      if (e.acronym && e.acronym !== e.normalized) out.push(e.acronym);
      break;
  }
  return out;
}
