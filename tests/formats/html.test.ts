import { describe, expect, test } from '@jest/globals';
import { createFormatter } from '../../src/formats/index.js';
import { SCHEMA_VERSION, type Entity, type ErrorRecord, type ExtraitRecord } from '../../src/types.js';
import { RecordBuilder, find, seed001, seed003 } from './seedRecords.js';

function page(...docs: [ExtraitRecord | ErrorRecord, string | null][]): string {
  const f = createFormatter('html', { color: false });
  return f.header() + docs.map(([r, t]) => f.record(r, t)).join('') + f.footer();
}

/** Every `<` in the output must open or close a real element, and they must nest. */
function assertWellNested(html: string): void {
  const VOID = new Set(['meta', 'br', 'img', 'link', 'input', 'hr']);
  const stack: string[] = [];
  for (const m of html.matchAll(/<(\/?)([a-zA-Z0-9!]+)/g)) {
    const name = m[2].toLowerCase();
    if (name === '!doctype' || VOID.has(name)) continue;
    if (m[1] === '') stack.push(name);
    else expect(stack.pop()).toBe(name);
  }
  expect(stack).toEqual([]);
  // Only the elements and attributes the formatter writes: no script, no handler, no URL.
  const ALLOWED_TAGS = new Set(['!doctype', 'html', 'head', 'meta', 'title', 'style', 'body', 'header', 'h1', 'h2', 'ul', 'ol', 'li', 'span', 'nav', 'a', 'article', 'p', 'div', 'mark']);
  const ALLOWED_ATTRS = new Set(['lang', 'charset', 'name', 'content', 'http-equiv', 'class', 'aria-label', 'id', 'href', 'role', 'data-type', 'tabindex', 'title', 'data-tip']);
  for (const tag of html.matchAll(/<([a-zA-Z0-9!]+)([^>]*)>/g)) {
    expect(ALLOWED_TAGS.has(tag[1].toLowerCase())).toBe(true);
    const attrs = tag[2].replace(/"[^"]*"/g, '').trim();
    for (const a of attrs.split(/[\s=]+/).filter(Boolean)) {
      if (tag[1].toLowerCase() === '!doctype') continue;
      expect([tag[1], a, ALLOWED_ATTRS.has(a)]).toEqual([tag[1], a, true]);
    }
  }
  for (const href of html.matchAll(/href="([^"]*)"/g)) expect(href[1]).toMatch(/^#doc-\d+$/);
}

const unescape = (s: string) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&#10;/g, '\n').replace(/&amp;/g, '&');

/** Text content of the first .text div: tags stripped, references decoded. */
function textContent(html: string): string {
  const m = /<div class="text">([\s\S]*?)<\/div>\n/.exec(html);
  if (!m) throw new Error('no text div');
  return unescape(m[1].replace(/<[^>]*>/g, ''));
}

/** [type, inner text, title] of each <mark> that contains no nested mark. */
function leafMarks(html: string): [string, string, string][] {
  return [...html.matchAll(/<mark class="e e-(\w+)"[^>]*title="([^"]*)"[^>]*>([^<]*)<\/mark>/g)].map((m) => [
    m[1],
    unescape(m[3]),
    unescape(m[2]),
  ]);
}

describe('html formatter', () => {
  test('hand-built records satisfy the code point invariant', () => {
    for (const { text, rec } of [seed001(), seed003()]) {
      for (const e of rec.entities) expect([...text].slice(e.start, e.end).join('')).toBe(e.text);
    }
  });

  test('a seed article: every entity highlighted once, text and line breaks intact', () => {
    const { text, rec } = seed001();
    const html = page([rec, text]);
    assertWellNested(html);
    expect(textContent(html)).toBe(text);
    expect(textContent(html).split('\n').length).toBe(text.split('\n').length);
    const marks = leafMarks(html);
    expect(marks.map(([t, s]) => [t, s])).toEqual(rec.entities.map((e) => [e.type, e.text]));
    expect(html).toContain('<!DOCTYPE html>');
    expect(html).toContain('<style>');
    // Self-contained: no external stylesheet, script, font or image.
    expect(html).not.toMatch(/(?:src|href)\s*=\s*["']?(?:https?:)?\/\//i);
    expect(html).not.toMatch(/<link\b/i);
  });

  test('hover titles: person rank and title, date ISO value, place country and coordinates, organization expansion', () => {
    const { text, rec } = seed001();
    const marks = leafMarks(page([rec, text]));
    const person = marks.find(([t, s]) => t === 'person' && s === 'Assimi GOÏTA')!;
    expect(person[2]).toContain('rank: Général d’Armée');
    expect(person[2]).toContain('title: Président de la Transition');
    const date = marks.find(([t]) => t === 'date')!;
    expect(date[1]).toBe('mercredi 6 novembre 2024');
    expect(date[2]).toContain('value: 2024-11-06');
    const place = marks.find(([, s]) => s === 'Koulouba')!;
    expect(place[2]).toContain('country: ML (Mali)');
    expect(place[2]).toContain('coordinates: 12.6615, -7.9959');
    const acronym = marks.find(([, s]) => s === 'AES')!;
    expect(acronym[2]).toContain('normalized: Alliance des États du Sahel');
  });

  test('markup in the text and in entity fields is escaped, never injected', () => {
    const text = 'A <script>alert(1)</script> & "Sadio </mark> Camara" <img src=x onerror=alert(2)> à Bamako.\nFin.';
    const b = new RecordBuilder('evil<script>"&.txt', text)
      .person('Sadio </mark> Camara', { name: '<script>x</script>', rank: 'Général "de" </mark><b>', title: 'A & B' })
      .place('Bamako', { country: '"><script>', normalized: '</mark>' });
    const rec = b.build();
    rec.warnings.push('<b>warn</b>');
    const html = page([rec, text], [{ schemaVersion: SCHEMA_VERSION, id: '<x>', error: { message: 'bad <script>alert(3)</script> & "q"' } }, null]);
    assertWellNested(html);
    expect(textContent(html)).toBe(text);
    const marks = leafMarks(html);
    expect(marks.map(([, s]) => s)).toEqual(['Sadio </mark> Camara', 'Bamako']);
    expect(marks[0][2]).toContain('rank: Général "de" </mark><b>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('<div class="error-box" role="alert">bad &lt;script&gt;alert(3)&lt;/script&gt; &amp; &quot;q&quot;</div>');
    expect(html).toContain('<h2>evil&lt;script&gt;&quot;&amp;.txt</h2>');
  });

  test('code points: an entity after emoji and a flag is highlighted exactly', () => {
    const text = '🇲🇱 😀 Le colonel Assimi Goïta 𝒜 est à Bamako 🎉.';
    const rec = new RecordBuilder('astral', text)
      .rank('colonel', 'colonel')
      .person('Assimi Goïta', { rank: 'colonel' })
      .place('Bamako')
      .build();
    expect(rec.entities[2].start).toBe([...text].indexOf('B'));
    expect(rec.entities[2].start).not.toBe(text.indexOf('Bamako'));
    const html = page([rec, text]);
    expect(leafMarks(html).map(([, s]) => s)).toEqual(['colonel', 'Assimi Goïta', 'Bamako']);
    expect(textContent(html)).toBe(text);
  });

  test('nested entities nest; crossing and out-of-range ones are skipped and reported, markup stays valid', () => {
    const text = 'Le général de brigade Moussa Saloua Barmou est arrivé.';
    const rank = find(text, 'général de brigade');
    const person = find(text, 'général de brigade Moussa Saloua Barmou');
    const crossing = find(text, 'Barmou est');
    const base = { sentence: 0 };
    const entities: Entity[] = [
      { type: 'person', text: 'général de brigade Moussa Saloua Barmou', ...person, ...base, name: 'Moussa Saloua Barmou', rank: 'général de brigade', title: null, cluster: 0 },
      { type: 'rank', text: 'général de brigade', ...rank, ...base, normalized: 'général de brigade', service: 'army' },
      { type: 'organization', text: 'Barmou est', ...crossing, ...base, normalized: 'x', acronym: null },
      { type: 'place', text: 'nowhere', start: 50, end: 500, ...base, normalized: 'x', country: null, kind: 'unknown', latitude: null, longitude: null },
    ];
    const rec: ExtraitRecord = { ...new RecordBuilder('overlap', text).build(), entities };
    const html = page([rec, text]);
    assertWellNested(html);
    expect(textContent(html)).toBe(text);
    expect(html).toMatch(/<mark class="e e-person"[^>]*><mark class="e e-rank"[^>]*>général de brigade<\/mark> Moussa Saloua Barmou<\/mark>/);
    expect(html).not.toContain('e-organization" data-type');
    expect(html).toMatch(/Not highlighted[^<]*organization “Barmou est” \[\d+, \d+\)/);
    expect(html).toMatch(/Not highlighted[^<]*place “nowhere” \[50, 500\)/);
  });

  test('several documents: one page, a table of contents linking to each; error records in an error box', () => {
    const a = seed001();
    const b = seed003();
    const err: ErrorRecord = { schemaVersion: SCHEMA_VERSION, id: 'broken.txt', error: { message: 'invalid UTF-8' } };
    const html = page([a.rec, a.text], [err, null], [b.rec, b.text]);
    assertWellNested(html);
    expect(html.match(/<!DOCTYPE/g)).toHaveLength(1);
    expect(html.match(/<article /g)).toHaveLength(3);
    const links = [...html.matchAll(/<li><a href="#(doc-\d+)">([^<]*)<\/a>/g)].map((m) => [m[1], m[2]]);
    expect(links).toEqual([
      ['doc-1', a.rec.id],
      ['doc-2', 'broken.txt'],
      ['doc-3', b.rec.id],
    ]);
    for (const [anchor] of links) expect(html).toContain(`id="${anchor}"`);
    expect(html).toMatch(/<article class="doc error" id="doc-2">\n<h2>broken.txt<\/h2>\n<div class="error-box" role="alert">invalid UTF-8<\/div>/);
    // the table of contents lists the people of each document, from the record's people array
    const nav = html.slice(html.indexOf('<nav'), html.indexOf('</nav>'));
    expect(nav).toContain('<a href="#doc-1">seeds/001_b9ab8dd1b559bc1b.txt</a> <span class="n">12 entities</span><ul class="people" aria-label="People"><li>Assimi Goïta (Président de la Transition; Président en exercice de la Confédération des États du Sahel)</li></ul>');
    // One document: no table of contents.
    expect(page([a.rec, a.text])).not.toContain('<nav');
  });
});
