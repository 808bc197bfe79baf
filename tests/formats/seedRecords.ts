/**
 * Hand-built records over the real seed articles. Offsets are found in the text and converted
 * to code points here, independently of the code under test (which uses its own cursor).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type {
  DateEntity,
  Entity,
  ExtraitRecord,
  OrganizationEntity,
  PersonEntity,
  PlaceEntity,
  RankEntity,
  SentenceRecord,
} from '../../src/types.js';
import { SCHEMA_VERSION } from '../../src/types.js';

export const SEED_DIR = join(process.cwd(), 'fixtures', 'seeds');

export function seed(name: string): string {
  return readFileSync(join(SEED_DIR, name), 'utf8');
}

/** Code point span of the nth occurrence of `needle` in `text`. */
export function find(text: string, needle: string, nth = 0): { start: number; end: number } {
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = text.indexOf(needle, i + 1);
    if (i < 0) throw new Error(`${JSON.stringify(needle)} #${nth} not in text`);
  }
  const start = Array.from(text.slice(0, i)).length;
  return { start, end: start + Array.from(needle).length };
}

/** Naive sentences for test records: cut after . ! ? followed by space, and at line breaks. */
export function naiveSentences(text: string): SentenceRecord[] {
  const cps = Array.from(text);
  const out: SentenceRecord[] = [];
  let start = -1;
  for (let i = 0; i <= cps.length; i++) {
    const ch = cps[i];
    const space = ch === undefined || /\s/.test(ch);
    if (start < 0) {
      if (!space) start = i;
      continue;
    }
    const end = ch === undefined || ch === '\n' || (/[.!?]/.test(cps[i - 1]) && space && cps[i - 2] !== 'M');
    if (end) {
      let e = i;
      while (e > start && /\s/.test(cps[e - 1])) e--;
      out.push({ start, end: e, text: cps.slice(start, e).join('') });
      start = -1;
    }
  }
  return out;
}

type Extra<T extends Entity> = Omit<T, 'type' | 'text' | 'start' | 'end' | 'sentence'>;

export class RecordBuilder {
  readonly entities: Entity[] = [];
  readonly sentences: SentenceRecord[];

  constructor(
    readonly id: string,
    readonly text: string,
  ) {
    this.sentences = naiveSentences(text);
  }

  private base(needle: string, nth: number) {
    const { start, end } = find(this.text, needle, nth);
    const sentence = Math.max(0, this.sentences.findIndex((s) => s.start <= start && start < s.end));
    return { text: needle, start, end, sentence };
  }

  person(needle: string, extra: Partial<Extra<PersonEntity>> = {}, nth = 0): this {
    this.entities.push({ type: 'person', ...this.base(needle, nth), name: needle, rank: null, rankNormalized: null, title: null, honorific: null, cluster: 0, ...extra });
    return this;
  }
  rank(needle: string, normalized: string, nth = 0): this {
    this.entities.push({ type: 'rank', ...this.base(needle, nth), normalized, service: 'army' } satisfies RankEntity);
    return this;
  }
  place(needle: string, extra: Partial<Extra<PlaceEntity>> = {}, nth = 0): this {
    this.entities.push({
      type: 'place',
      ...this.base(needle, nth),
      normalized: needle,
      country: null,
      kind: 'city',
      latitude: null,
      longitude: null,
      ...extra,
    });
    return this;
  }
  date(needle: string, value: string | null, nth = 0): this {
    this.entities.push({
      type: 'date',
      ...this.base(needle, nth),
      value,
      granularity: 'day',
      relative: false,
      time: null,
      confidence: 1,
    } satisfies DateEntity);
    return this;
  }
  org(needle: string, normalized: string, acronym: string | null, nth = 0): this {
    this.entities.push({ type: 'organization', ...this.base(needle, nth), normalized, acronym } satisfies OrganizationEntity);
    return this;
  }

  build(): ExtraitRecord {
    const entities = [...this.entities].sort((a, b) => a.start - b.start);
    return {
      schemaVersion: SCHEMA_VERSION,
      id: this.id,
      language: { code: 'fr', confidence: 0.97, reliable: true },
      documentDate: { value: '2024-11', source: 'header' },
      sentences: this.sentences,
      entities,
      people: peopleOf(entities),
      events: [],
      warnings: [],
    };
  }
}

/** Seed 001 (Bamada.net, AES chiefs of staff received by Assimi Goïta) with a dozen real entities. */
export function seed001(): { text: string; rec: ExtraitRecord } {
  const text = seed('001_b9ab8dd1b559bc1b.txt');
  const rec = new RecordBuilder('seeds/001_b9ab8dd1b559bc1b.txt', text)
    .rank('Général d’Armée', "général d'armée")
    .person('Assimi GOÏTA', { name: 'Assimi Goïta', rank: 'Général d’Armée', title: 'Président de la Transition' }, 1)
    .date('mercredi 6 novembre 2024', '2024-11-06')
    .org('Alliance des États du Sahel', 'Alliance des États du Sahel', 'AES', 1)
    .org('AES', 'Alliance des États du Sahel', 'AES', 0)
    .place('Koulouba', { country: 'ML', kind: 'area', latitude: 12.6615, longitude: -7.9959 })
    .place('Mali', { country: 'ML', kind: 'country', latitude: 17, longitude: -4 }, 0)
    .place('Burkina Faso', { country: 'BF', kind: 'country' })
    .place('Niger', { country: 'NE', kind: 'country' })
    .person('GOÏTA', { name: 'Assimi Goïta', rank: 'Général', title: 'Président en exercice de la Confédération des États du Sahel' }, 2)
    .rank('Général', 'général', 2)
    .date('6 novembre 2024', '2024-11-06', 1)
    .build();
  return { text, rec };
}

/** Seed 003 (Oumar Diarra, Assimi Goïta). */
export function seed003(): { text: string; rec: ExtraitRecord } {
  const text = seed('003_86d2324232bdc04a.txt');
  const rec = new RecordBuilder('seeds/003_86d2324232bdc04a.txt', text)
    .place('Bamako', { country: 'ML', kind: 'city', latitude: 12.65, longitude: -8 })
    .rank('Général de Division', 'général de division')
    .person('Oumar DIARRA', { name: 'Oumar Diarra', rank: 'Général de Division', title: "Chef d’Etat-major Général des Armées" })
    .org('Alliance des Etats du Sahel', 'Alliance des États du Sahel', 'AES')
    .rank('Général d’Armée', "général d'armée")
    .person('Assimi GOÏTA', { name: 'Assimi Goïta', rank: 'Général d’Armée', title: 'Président de la République' })
    .build();
  return { text, rec };
}

/** The `people` array of a hand-built record: one entry per cluster, titles without offsets checked. */
function peopleOf(entities: ExtraitRecord['entities']): ExtraitRecord['people'] {
  const out: ExtraitRecord['people'] = [];
  entities.forEach((e, i) => {
    if (e.type !== 'person') return;
    let p = out.find((x) => x.cluster === e.cluster);
    if (!p) out.push((p = { cluster: e.cluster, name: e.name, mentions: [], ranks: [], rank: null, service: null, titles: [] }));
    p.mentions.push(i);
    if (e.title && !p.titles.some((t) => t.text === e.title)) p.titles.push({ text: e.title, start: e.start, end: e.end, former: false });
  });
  return out;
}
