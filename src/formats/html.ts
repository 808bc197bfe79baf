/**
 * A self-contained HTML page (inline CSS, no script, no external asset) showing each article with
 * its entities highlighted. Written for streaming: header, one <article> per record, and a
 * footer that adds the table of contents once the documents are known (CSS `order` shows it
 * first), so a directory of thousands of articles is never held in memory.
 */
import { EVENT_CSS, eventList, isTriggerMark, triggerMarks, type TriggerMark } from './htmlEvents.js';
import type { Entity, ErrorRecord, ExtraitRecord } from '../types.js';
import { CodePointCursor, codePointLength } from './codePoints.js';
import { ENTITY_TYPES, entityDetails } from './entityFields.js';
import type { RecordFormatter } from './index.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes for text and for double- or single-quoted attribute values alike. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** Newlines kept as character references so each attribute stays on one source line. */
function escapeAttr(s: string): string {
  return escapeHtml(s).replace(/\r\n|\r|\n/g, '&#10;');
}

const COLORS: Record<string, [background: string, border: string]> = {
  person: ['#ffe1b0', '#d97706'],
  rank: ['#c9f2c7', '#15803d'],
  place: ['#c7ecfa', '#0369a1'],
  date: ['#e3d9ff', '#6d28d9'],
  organization: ['#ffd3ec', '#be185d'],
};

const STYLE = `
:root{color-scheme:light}
*{box-sizing:border-box}
body{margin:0 auto;max-width:62rem;padding:1rem 1.5rem 4rem;display:flex;flex-direction:column;
font:16px/1.65 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2328;background:#fbfbfa}
header.page{order:-2;position:sticky;top:0;z-index:20;background:#fbfbfaee;border-bottom:1px solid #ddd;padding:.4rem 0}
header.page h1{font-size:1.1rem;margin:0 0 .2rem}
ul.legend{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.4rem 1rem;font-size:.9rem}
.swatch{display:inline-block;padding:0 .45em;border-radius:3px;background:var(--bg);border-bottom:2px solid var(--fg)}
nav.toc{order:-1;margin:1rem 0;padding:.5rem 1rem;border:1px solid #ddd;border-radius:6px;background:#fff}
nav.toc h2{font-size:1rem;margin:.2rem 0}
nav.toc ol{margin:0;padding-left:1.5rem;font-size:.92rem}
nav.toc .n{color:#666}
ul.people{font-size:.9rem;margin:.2rem 0}
nav.toc ul.people{margin:.1rem 0 .3rem;padding-left:1.2rem;font-size:.88rem;list-style:circle}
article.doc{margin:1.2rem 0;padding:1rem 1.2rem;background:#fff;border:1px solid #ddd;border-radius:6px}
article.doc h2{font-size:1.05rem;margin:0 0 .3rem;word-break:break-all}
.meta{font-size:.85rem;color:#555;margin:0 0 .8rem}
.meta span:not(.swatch)+span:not(.swatch)::before{content:" · "}
.meta .swatch{margin-left:.5em;font-size:.8rem}
.text{white-space:pre-wrap;overflow-wrap:anywhere}
mark.e{position:relative;color:inherit;background:var(--bg);border-bottom:2px solid var(--fg);border-radius:2px;padding:0 .08em}
mark.e mark.e{border-bottom-style:dotted}
mark.e:hover,mark.e:focus{outline:2px solid var(--fg);outline-offset:0}
mark.e:hover::after,mark.e:focus::after{content:attr(data-tip);position:absolute;left:0;top:calc(100% + 4px);z-index:30;
white-space:pre;font-size:.8rem;line-height:1.45;color:#fff;background:#24292f;padding:.35em .6em;border-radius:4px;
box-shadow:0 2px 8px #0004;pointer-events:none}
.error-box{border:1px solid #d1242f;background:#ffebe9;color:#82071e;padding:.6rem .9rem;border-radius:6px;white-space:pre-wrap}
.warnings,.skipped{font-size:.85rem;color:#7d4e00}
${ENTITY_TYPES.map((t) => `.e-${t}{--bg:${COLORS[t][0]};--fg:${COLORS[t][1]}}`).join('\n')}
${EVENT_CSS}
`;

interface TocEntry {
  anchor: string;
  id: string;
  error: boolean;
  count: number;
  /** "Assimi Goïta (général d'armée; Président de la Transition malienne)", one per person. */
  people: string[];
}

/** A person of the record's `people` array in one line: name, then latest grade and posts. */
function personLine(p: ExtraitRecord['people'][number]): string {
  const facts = [p.rank, ...p.titles.map((t) => t.text)].filter((x): x is string => !!x);
  return facts.length ? `${p.name} (${facts.join('; ')})` : p.name;
}

export class HtmlFormatter implements RecordFormatter {
  private readonly toc: TocEntry[] = [];

  header(): string {
    const legend = ENTITY_TYPES.map((t) => `<li><span class="swatch e-${t}">${t}</span></li>`).join('');
    return (
      '<!DOCTYPE html>\n<html lang="fr">\n<head>\n<meta charset="utf-8">\n' +
      '<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
      // No script, no remote fetch: the page stays inert even if escaping were ever bypassed.
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">\n` +
      `<title>extrait</title>\n<style>${STYLE}</style>\n</head>\n<body>\n` +
      `<header class="page"><h1>extrait</h1><ul class="legend" aria-label="Entity types">${legend}</ul></header>\n`
    );
  }

  record(rec: ExtraitRecord | ErrorRecord, text: string | null): string {
    const anchor = `doc-${this.toc.length + 1}`;
    const id = escapeHtml(rec.id);
    if ('error' in rec) {
      this.toc.push({ anchor, id: rec.id, error: true, count: 0, people: [] });
      return (
        `<article class="doc error" id="${anchor}">\n<h2>${id}</h2>\n` +
        `<div class="error-box" role="alert">${escapeHtml(rec.error.message)}</div>\n</article>\n`
      );
    }
    this.toc.push({ anchor, id: rec.id, error: false, count: rec.entities.length, people: (rec.people ?? []).map(personLine) });
    const lang = escapeAttr(rec.language.code);
    let html = `<article class="doc" id="${anchor}" lang="${lang}">\n<h2>${id}</h2>\n${meta(rec)}\n`;
    const people = this.toc[this.toc.length - 1].people;
    if (people.length > 0) html += `<ul class="people" aria-label="People">${people.map((p) => `<li>${escapeHtml(p)}</li>`).join('')}</ul>\n`;
    if (rec.warnings.length > 0) {
      html += `<ul class="warnings">${rec.warnings.map((w) => `<li>${escapeHtml(w)}</li>`).join('')}</ul>\n`;
    }
    if (text === null) {
      html += `<p class="skipped">Text unavailable; entities:</p>\n<ul>${rec.entities
        .map((e) => `<li>${mark(e, escapeHtml(e.text))}</li>`)
        .join('')}</ul>\n`;
    } else {
      const { body, skipped } = highlight(text, [...rec.entities, ...triggerMarks(rec)]);
      html += `<div class="text">${body}</div>\n`;
      html += eventList(rec, escapeHtml);
      if (skipped.length > 0) {
        html += `<p class="skipped">Not highlighted (overlapping or out of range): ${skipped
          .map((e) => `${escapeHtml(e.type)} “${escapeHtml(e.text)}” [${e.start}, ${e.end})`)
          .join('; ')}</p>\n`;
      }
    }
    return html + '</article>\n';
  }

  footer(): string {
    let html = '';
    if (this.toc.length > 1) {
      const items = this.toc
        .map(
          (t) =>
            `<li><a href="#${t.anchor}">${escapeHtml(t.id)}</a> <span class="n">${
              t.error ? 'error' : `${t.count} entit${t.count === 1 ? 'y' : 'ies'}`
            }</span>${
              t.people.length ? `<ul class="people" aria-label="People">${t.people.map((p) => `<li>${escapeHtml(p)}</li>`).join('')}</ul>` : ''
            }</li>`,
        )
        .join('\n');
      html += `<nav class="toc" aria-label="Documents"><h2>${this.toc.length} document${this.toc.length === 1 ? '' : 's'}</h2>\n<ol>\n${items}\n</ol></nav>\n`;
    }
    return html + '</body>\n</html>\n';
  }
}

function meta(rec: ExtraitRecord): string {
  const parts: string[] = [];
  const l = rec.language;
  parts.push(`language ${escapeHtml(l.code)} (${Math.round(l.confidence * 100)}%${l.reliable ? '' : ', unreliable'})`);
  if (rec.documentDate) {
    parts.push(`date ${escapeHtml(rec.documentDate.value)} (${escapeHtml(rec.documentDate.source)})`);
  }
  const counts = new Map<string, number>();
  for (const e of rec.entities) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
  for (const t of ENTITY_TYPES) {
    const n = counts.get(t);
    if (n) parts.push(`<span class="swatch e-${t}">${n} ${t}</span>`);
  }
  return `<p class="meta">${parts.map((p) => (p.startsWith('<span') ? p : `<span>${p}</span>`)).join('')}</p>`;
}

/** Tooltip text: the type, then one line per fact the entity carries. */
export function tooltip(e: Entity): string {
  const lines: string[] = [e.type];
  for (const [k, v] of entityDetails(e)) lines.push(`${k}: ${v}`);
  return lines.join('\n');
}

function mark(e: Entity | TriggerMark, inner: string): string {
  const tip = escapeAttr(isTriggerMark(e) ? e.tip : tooltip(e));
  return `<mark class="e e-${escapeAttr(String(e.type))}" data-type="${escapeAttr(String(e.type))}" tabindex="0" title="${tip}" data-tip="${tip}">${inner}`;
}

/**
 * Wraps entity spans of `text` in <mark>. Nested spans (a rank inside a person) nest; a span
 * that crosses another, or lies outside the text, is left out and reported rather than
 * producing mis-nested markup.
 */
export function highlight(text: string, entities: readonly (Entity | TriggerMark)[]): { body: string; skipped: (Entity | TriggerMark)[] } {
  const length = codePointLength(text);
  const skipped: (Entity | TriggerMark)[] = [];
  const valid: (Entity | TriggerMark)[] = [];
  for (const e of entities) {
    if (Number.isInteger(e.start) && Number.isInteger(e.end) && e.start >= 0 && e.end <= length && e.start < e.end) {
      valid.push(e);
    } else {
      skipped.push(e);
    }
  }
  // Outer spans first: sort by start, then longest.
  const order = valid.map((_, i) => i).sort((a, b) => valid[a].start - valid[b].start || valid[b].end - valid[a].end || a - b);
  const cursor = new CodePointCursor(text);
  const parts: string[] = [];
  const stack: (Entity | TriggerMark)[] = [];
  let pos = 0;
  let unit = 0;
  const emitTo = (cp: number): void => {
    const u = cursor.toUtf16(cp);
    if (u > unit) parts.push(escapeHtml(text.slice(unit, u)));
    unit = u;
    pos = cp;
  };
  for (const i of order) {
    const e = valid[i];
    while (stack.length > 0 && stack[stack.length - 1].end <= e.start) {
      emitTo(stack.pop()!.end);
      parts.push('</mark>');
    }
    if (stack.length > 0 && e.end > stack[stack.length - 1].end) {
      skipped.push(e);
      continue;
    }
    emitTo(e.start);
    parts.push(mark(e, ''));
    stack.push(e);
  }
  while (stack.length > 0) {
    emitTo(stack.pop()!.end);
    parts.push('</mark>');
  }
  emitTo(Math.max(pos, length));
  return { body: parts.join(''), skipped };
}
