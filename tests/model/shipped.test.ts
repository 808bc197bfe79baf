import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultModel, tagEntities } from '../../src/model/index.js';

// Real behaviour of the shipped weights (data/model/ner-fr.bin) on the seed articles.
const SEEDS = join(process.cwd(), 'fixtures/seeds');
const seed = (name: string) => readFileSync(join(SEEDS, name), 'utf8');

function found(text: string) {
  return tagEntities(text).map((s) => `${s.type}:${text.slice(s.start, s.end)}`);
}

describe('shipped NER model', () => {
  // its load time is a figure of `npm run bench:speed` (cold start), never a test limit
  test('loads and carries its provenance', () => {
    const model = defaultModel();
    expect(model.info.trainedOn?.join(' ')).toMatch(/Europeana/);
  });

  test('finds Assimi Goïta (both spellings) and Bamako in seed 000', () => {
    const text = seed('000_77d6c83b56ae88aa.txt');
    const sentence = text.slice(text.indexOf('Ce mercredi, le président'), text.indexOf('(AES) à Bamako.') + 15);
    expect(sentence).toMatch(/Assimi GOÏTA.*Bamako\.$/s);
    const spans = found(sentence);
    expect(spans).toContain('person:Assimi GOÏTA');
    expect(spans).toContain('place:Bamako');
    expect(found('Dans cette nouvelle approche de lutte conjointe, Assimi Goïta et ses alliés entendent œuvrer.')).toContain('person:Assimi Goïta');
  });

  test('tags a whole seed article with sane spans', () => {
    const text = seed('004_ae873413d8af6167.txt');
    const spans = tagEntities(text);
    const shown = spans.map((s) => `${s.type}:${text.slice(s.start, s.end)}`);
    expect(shown).toContain('person:Sadio Camara');
    expect(shown).toContain('place:Bamako');
    for (const s of spans) {
      expect(s.end).toBeGreaterThan(s.start);
      expect(text.slice(s.start, s.end).trim()).toBe(text.slice(s.start, s.end));
    }
  });
});
