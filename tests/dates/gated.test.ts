import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ParsingResult } from 'chrono-node';
import { createDateChrono, gatedEngineOf } from '../../src/dates/configuration.js';
import { parseGated } from '../../src/dates/gated.js';
import { foldForDates } from '../../src/dates/fold/index.js';
import { mayHoldDate, piecesOf } from '../../src/dates/chunks.js';
import { ChunkWords } from '../../src/dates/anchors.js';
import { seeds, newsDev } from '../newsTexts.js';
import { recognizeDates } from '../../src/dates/index.js';
import { readTimeML } from '../../src/eval/readers/timeml.js';
import { testIf } from '../skip.js';
import { TEMPORAL_TRIGGER, triggeredBefore } from '../../src/dates/parsers/patterns.js';

// Gated parsing (each parser tried only near its anchor words) must give what chrono's own
// parse gives on the same chunk: same results, same order, same values and tags.
const chrono = createDateChrono();
const gated = gatedEngineOf(chrono);
const REF = new Date(2024, 10, 6);

function show(results: ParsingResult[]): string[] {
  return results.map((r) => {
    const tags = [...((r as unknown as { tags(): Set<string> }).tags?.() ?? [])].sort().join(',');
    return `${r.index} ${JSON.stringify(r.text)} ${r.start.date().toISOString()} ${r.end?.date().toISOString() ?? ''} ${tags}`;
  });
}

/** Chunks where gated and ungated parsing disagree, with both readings. */
function disagreements(texts: string[]): { chunk: string; ungated: string[]; gated: string[] }[] {
  const out = [];
  for (const text of texts) {
    const folded = foldForDates(text).text;
    for (const c of piecesOf(folded)) {
      const chunk = folded.slice(c.start, c.end);
      if (!mayHoldDate(chunk)) continue;
      const a = show(chrono.parse(chunk, REF));
      const b = show(parseGated(gated, chunk, REF));
      if (JSON.stringify(a) !== JSON.stringify(b)) out.push({ chunk, ungated: a, gated: b });
    }
  }
  return out;
}

const data = join(process.cwd(), '..', 'shared', 'data');
const seedsDir = join(process.cwd(), 'fixtures', 'seeds');
const masakhaDev = join(data, 'masakhanews-fra', 'dev.tsv');
const timebank = join(data, 'fr-timebank', 'Data');

describe('gated date parsing agrees with chrono on real text', () => {
  test('seed articles', () => {
    const texts = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(seedsDir, f), 'utf8'));
    expect(texts.length).toBeGreaterThan(3);
    expect(disagreements(texts)).toEqual([]);
  });

  testIf(existsSync(masakhaDev), `${masakhaDev} is absent`)('MasakhaNEWS dev articles', () => {
    const texts = readFileSync(masakhaDev, 'utf8').split('\n').slice(1).filter(Boolean).map((l) => l.split('\t').slice(1).join('\n'));
    expect(texts.length).toBeGreaterThan(100);
    expect(disagreements(texts)).toEqual([]);
  });

  testIf(existsSync(timebank), `${timebank} is absent`)('FR-TimeBank tuning split (every third file, as scripts/dev-timebank.mjs)', () => {
    const files = readdirSync(timebank).filter((f) => f.endsWith('.tml')).sort().filter((_, i) => i % 3 === 0);
    const texts = files.map((f) => readTimeML(readFileSync(join(timebank, f), 'utf8'), f).text);
    expect(texts.length).toBeGreaterThan(20);
    expect(disagreements(texts)).toEqual([]);
  });

  test('matches glued to odd characters or far from line starts are still found', () => {
    const lines = [
      "Publié le (mardi) 12/05/2024, puis l'été 97 et à l'époque, vers 15 h 30 du soir.",
      "Il y a 3 jours — depuis plus de deux ans —, le 1er trimestre 2023 et le vingt et un mai 1999.",
      'x'.repeat(40) + ' au début des années 60, dès le début du XXe siècle, la même période, cet après-midi.',
      'Dossier a12/05/2024 et é3/4, samedi12 mai, cemardi, ÉTÉ 1997-98, fin 98, à MIDI, aujourd\u2019hui.',
      // the words the anchor words need next to them (anchors.ts atStart, atEnd), in odd forms
      "IL Y A 3 jours, mi- 98, l'été '97, 1997 - 98, le 2024-05-12, 12.05.24, dans vingt-deux ans, cela fait 2 ans.",
      "Dès le vingt et un mai, jusqu'au premier juin, les 12 et 13 courant, jeudi14, le 3 du mois en cours, l'avant-veille.",
      'La même année, cette année-là, le jour même, au lendemain, fin de ce mois, le dernier lundi du mois de mars, les 4, 5 et 6 juin.',
      "12mai, 3 au 5 mai, 1er-2 juin, 12 de Mai, 7/mai, on 12 mai, 3 jusqu'au 5 mai, 3 – 4 août, 12 personnes en mai, 2 3 mars.",
      'Trois jours plus tard, 2 JOURS APRÈS. quatre-vingt-dix jours auparavant ; une semaine plus  tôt, deux jours après son retour, il y a deux jours avant.',
    ];
    expect(disagreements(lines)).toEqual([]);
    expect(show(parseGated(gated, lines[0], REF)).length).toBeGreaterThan(2);
  });
});

describe('gates that ask for what the parser needs to give a result', () => {
  // a season word is tried only with a lead word before it, a year after it or "comme" beside
  // it (not the participle of "a été"), a day without month only with its weekday before it or
  // a list after it (not "le 12 mai", chrono's), a feast's first word only before the rest of a
  // feast (not "le jour même"); "année" only where "la fin de l'année" or "l'année suivante" can hold it
  const lines = [
    "Il a été élu l'été 2024 ; ÉTÉ comme hiver, hiver comme en été, cet   hiver, au printemps, les mois d'été, des mois de l'hiver.",
    "L'automne de l'année 2023, l'été de 1998, été 2001, l'Été\u00a097, le printemps de l'environnement, elle avait été là, Été-comme-hiver.",
    'Les 4 et 5 juin, samedi 12 et dimanche 13 juin, le 12 ou le 19 juin prochains, les 12, 13 et 14 juin, jeudi14, le 12 mai.',
    "Le sommet s'ouvre jeudi 16 ; les 12 et 13 courant ; Mardi 1er, ce vendredi 3 septembre, les 3 ans, jeudi 16,5, LES 2 ET 3 MARS.",
    "Le jour même ; le jour de Noël, JOUR DE L'AN 2024, la Saint-Sylvestre, le lundi de Pâques, la fête de la musique ; Saint-Louis, la fête nationale, le Père Noël, au nouvel an.",
    "Cette année-là ; la même année ; l'année suivante ; le mois d'avant ; cette année ; l'an dernier ; la FIN DE L'ANNÉE ; en fin d'année ; début de l'année prochaine ; l'année 2024.",
  ];
  const gateOf = (name: string) => {
    const p = gated.parsers.find((g) => g.parser.constructor.name === name);
    if (!p) throw new Error(`no parser ${name}`);
    return p;
  };
  const holds = (re: RegExp | null, text: string, at: number): boolean => {
    if (!re) throw new Error('no gate pattern');
    re.lastIndex = at;
    return re.test(text);
  };

  test('gated parsing still agrees with chrono, and finds the seasons, days, feasts and years', () => {
    expect(disagreements(lines)).toEqual([]);
    const found = lines.map((l) => parseGated(gated, l, REF).map((r) => r.text));
    // "a été" is none; the idioms give both seasons ("en été": the season without its lead)
    expect(found[0]).toEqual(["l'été 2024", 'ÉTÉ', 'hiver', 'hiver', 'été', 'cet   hiver', 'printemps', "les mois d'été", "des mois de l'hiver"]);
    expect(found[1]).toEqual(["L'automne de l'année 2023", "l'été de 1998", 'été 2001', "l'Été\u00a097"]);
    expect(found[2]).toEqual(expect.arrayContaining(['4', '5 juin', 'samedi 12', 'dimanche 13 juin', '12', '13', '14 juin', 'jeudi14']));
    expect(found[3]).toEqual(expect.arrayContaining(['jeudi 16', '12', '13 courant', 'Mardi 1er']));
    expect(found[5]).toEqual(expect.arrayContaining(['Cette année-là', 'la même année', "l'année suivante", "le mois d'avant", "la FIN DE L'ANNÉE", "fin d'année", "début de l'année prochaine"]));
    expect(found[4]).toEqual(expect.arrayContaining(['le jour de Noël', "JOUR DE L'AN 2024", 'la Saint-Sylvestre', 'le lundi de Pâques', 'la fête de la musique', 'nouvel an']));
  });

  test('the participle, a day before its month, a lone "jour" or "cette année" are not tried', () => {
    // [text, where the gate is tested: the start of the season word, the end of the day or feast word, whether it holds]
    const season = gateOf('SeasonParser').atStart?.() ?? null;
    const day = gateOf('DayWithoutMonthParser').atEnd?.() ?? null;
    const feast = gateOf('HolidayParser').atEnd?.() ?? null;
    const partOfYear = gateOf('PartOfYearParser').atStart?.() ?? null;
    const anaphoric = gateOf('AnaphoricPeriodParser').atEnd?.() ?? null;
    const cases: [RegExp | null, string, (t: string) => number, boolean][] = [
      [season, "Il a été élu l'été 2024", (t) => t.indexOf('été'), false],
      [season, "Il a été élu l'été 2024", (t) => t.lastIndexOf('été'), true],
      [season, 'été comme hiver', (t) => t.indexOf('été'), true],
      [season, 'été comme hiver', (t) => t.indexOf('hiver'), true],
      [day, 'le 12 mai', (t) => t.indexOf(' mai'), false],
      [day, 'jeudi 16 à Dakar', (t) => t.indexOf(' à'), true],
      [day, 'les 4 et 5 juin', (t) => t.indexOf(' et'), true],
      [day, 'les 4 et 5 juin', (t) => t.indexOf(' juin'), false],
      // a feast's first word needs the rest of its feast after it ("jour" also the lead's "de")
      [feast, 'le jour même', (t) => t.indexOf(' même'), false],
      [feast, 'le jour de Noël', (t) => t.indexOf(' de'), true],
      [feast, 'le jour de Noël', (t) => t.length, true],
      [feast, 'Saint-Louis', (t) => t.indexOf('-'), false],
      [feast, 'la Saint-Valentin', (t) => t.indexOf('-'), true],
      // "année" after "fin de l'", "début d'"…; and before "-là", after "même", before "suivante"…
      [partOfYear, 'cette année', (t) => t.indexOf('année'), false],
      [partOfYear, "la fin de l'année", (t) => t.indexOf('année'), true],
      [anaphoric, 'cette année', (t) => t.length, false],
      [anaphoric, 'cette année-là', (t) => t.indexOf('-'), true],
      [anaphoric, 'la même année', (t) => t.length, true],
      [anaphoric, "l'année suivante", (t) => t.indexOf(' suivante'), true],
    ];
    expect(cases.map(([gate, text, at]) => holds(gate, text, at(text)))).toEqual(cases.map((c) => c[3]));
  });
});

describe('a parser no longer depends on unrelated words of its line', () => {
  // before, DayOfCurrentMonth ran only on lines holding "courant" or "ce mois", which its own
  // "du mois en cours" does not contain
  const chars = (s: string) => [...s];
  test('"le 12 du mois en cours" is the document month\'s 12th', () => {
    const text = 'Le sommet aura lieu le 12 du mois en cours à Dakar.';
    const found = recognizeDates(text, { value: '2024-11-06', source: 'option' });
    expect(found.map((m) => [chars(text).slice(m.start, m.end).join(''), m.value])).toEqual([['le 12 du mois en cours', '2024-11-12']]);
  });
});

describe('triggeredBefore reads only the tail of its window', () => {
  test('same answer as the trigger pattern on the whole 30-character window, at every position of the seeds', () => {
    const texts = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(seedsDir, f), 'utf8'));
    let triggered = 0;
    const differ: string[] = [];
    for (const text of [...texts, 'Il a été élu en   \u00a0', 'jusqu\'au', 'x𝐀en ']) {
      for (let i = 0; i <= text.length; i++) {
        const whole = TEMPORAL_TRIGGER.test(text.slice(Math.max(0, i - 30), i));
        if (triggeredBefore(text, i) !== whole) differ.push(text.slice(Math.max(0, i - 30), i));
        if (whole) triggered++;
      }
    }
    expect(differ).toEqual([]);
    expect(triggered).toBeGreaterThan(100);
  });
});

describe('the chunk prefilter read from the anchor words', () => {
  // recognizeDates parses a piece when it has anchor words and one of them passes the prefilter
  // alone, or the piece passes it whole; before, when the piece passed it whole and had anchors
  const pieces = (texts: string[]) => texts.flatMap((t) => {
    const folded = foldForDates(t).text;
    return piecesOf(folded).map((c) => folded.slice(c.start, c.end));
  });

  test('a word that passes alone makes its piece pass, and the same pieces are parsed, on the seeds and MasakhaNEWS dev', () => {
    const all = pieces([...seeds, ...newsDev]);
    let byWord = 0;
    let parsed = 0;
    const wrong: string[] = [];
    for (const piece of all) {
      const words = new ChunkWords(piece, gated.anchors);
      if (words.present !== 0 && mayHoldDate(piece)) {
        parsed++;
        if (words.passes) byWord++;
      }
      if (words.passes && !mayHoldDate(piece)) wrong.push(piece);
      const before = mayHoldDate(piece) && words.present !== 0;
      const now = words.present !== 0 && (words.passes || mayHoldDate(piece));
      if (before !== now) wrong.push(piece);
    }
    expect(wrong).toEqual([]);
    // the shortcut answers most of the pieces that are parsed, not only in theory (measured on
    // the seeds alone, without ../shared, and with MasakhaNEWS dev)
    expect(parsed).toBeGreaterThan(10);
    expect(byWord).toBeGreaterThan(parsed / 2);
  });

  test('a piece that passes only across words ("d\'ici") is still tested whole', () => {
    const piece = "D'ici là, cela reste à voir.";
    const words = new ChunkWords(piece, gated.anchors);
    expect(words.present).not.toBe(0);
    expect(words.passes).toBe(false);
    expect(mayHoldDate(piece)).toBe(true);
  });
});
