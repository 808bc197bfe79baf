/**
 * The stem scan (src/events/stemScan.ts) reads the stems through a prefix tree instead of the
 * regex alternation it replaced: on real articles it must find the very matches, at the very
 * positions, that the alternation (built here as src/events/triggers.ts built it) finds.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { stemMatches } from '../../src/events/stemScan.js';
import type { EventType } from '../../src/events/types.js';
import { escapeRegExp } from '../../src/text/normalize.js';
import { devDocuments } from './helpers.js';

const data = JSON.parse(readFileSync(join(process.cwd(), 'data', 'events', 'triggers.json'), 'utf8')) as { _stems: Record<string, string[] | string> };
const types = new Map<string, EventType[]>();
for (const [type, list] of Object.entries(data._stems)) {
  if (typeof list === 'string') continue;
  for (const stem of list) types.set(stem.toLowerCase(), [...(types.get(stem.toLowerCase()) ?? []), type as EventType]);
}

interface TrieNode { end: boolean; next: Map<string, TrieNode> }

/** The stems as the prefix-tree alternation the trigger search used to scan with. */
function alternation(stems: string[]): RegExp {
  const root: TrieNode = { end: false, next: new Map() };
  for (const stem of stems) {
    let node = root;
    for (const c of stem) {
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  const charSource = (c: string) => (c === "'" ? "['’]" : c === ' ' ? '[\\s\\u00a0]+' : escapeRegExp(c));
  const source = (node: TrieNode): string => {
    const branches = [...node.next].map(([c, child]) => charSource(c) + source(child));
    if (!branches.length) return '';
    const body = branches.length === 1 ? branches[0] : `(?:${branches.join('|')})`;
    return node.end ? `(?:${body})?` : body;
  };
  return new RegExp(source(root), 'gu');
}

const scan = alternation([...types.keys()]);

function regexMatches(text: string): string[] {
  const out: string[] = [];
  scan.lastIndex = 0;
  for (let m = scan.exec(text); m; m = scan.exec(text)) {
    const written = m[0].replace(/’/g, "'").replace(/[\s\u00a0]+/g, ' ');
    out.push(`${m.index}-${m.index + m[0].length} ${types.get(written)!.join(',')}`);
  }
  return out;
}

function treeMatches(text: string, from = 0, to = text.length): string[] {
  return stemMatches(text, from, to, types).map((m) => `${m.start}-${m.end} ${m.types.join(',')}`);
}

describe('event stems read through a prefix tree', () => {
  const seeds = join(process.cwd(), 'fixtures', 'seeds');
  const texts = [...readdirSync(seeds).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(seeds, f), 'utf8')), ...devDocuments().map((d) => d.text)];

  test('find what the alternation finds, match for match, on real articles', () => {
    let total = 0;
    for (const text of texts) {
      const want = regexMatches(text);
      expect(treeMatches(text)).toEqual(want);
      total += want.length;
    }
    // the articles hold stems to find: the comparison is not between two empty lists
    expect(total).toBeGreaterThan(100);
  });

  test('multi-word stems match over any blanks and either apostrophe, longer stems first', () => {
    const text = "Il a pris  la\u00a0tête du parti. Il s’est vu confier la nomination. Elle a été nommée.";
    expect(treeMatches(text)).toEqual(regexMatches(text));
    const found = stemMatches(text, 0, text.length, types).map((m) => text.slice(m.start, m.end));
    expect(found).toEqual(['pris  la\u00a0tête', 's’est vu', 'nomination', 'nomm']);
  });

  test('a scan from a position reads no match starting before it, and keeps one starting before its end', () => {
    const text = 'Le ministre a été limogé puis remplacé.';
    const at = text.indexOf('limogé');
    expect(stemMatches(text, at + 1, text.length, types).map((m) => text.slice(m.start, m.end))).toEqual(['remplacé']);
    expect(stemMatches(text, 0, at + 1, types).map((m) => text.slice(m.start, m.end))).toEqual(['limog']);
  });
});
