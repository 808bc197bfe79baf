/**
 * Listed acronyms, descriptor phrases ("le quotidien Hürriyet") and state bodies ("l'armée
 * nationale malienne") are read by code at the word gate's positions; their regexes remain for
 * the texts scanned in full (combining marks, characters outside the BMP, gates off). Both
 * readings must find the same mentions, and what they find is checked here by hand on phrases
 * that exercise the regexes' backtracking (adjective or name, Le/La/Les opening a name, a
 * second qualifier tried first, word edges).
 */
import { recognizeOrganizations } from '../../src/organizations/organizations.js';
import { setWordGates } from '../../src/text/anchorGate.js';
import { releaseTokenTable } from '../../src/text/tokenTable.js';

function found(text: string, gates = true, regions = [{ start: 0, end: text.length }]): string[] {
  setWordGates(gates);
  try {
    return recognizeOrganizations(text, regions).map((o) => `${text.slice(o.start, o.end)}|${o.acronym ?? ''}`);
  } finally {
    setWordGates(true);
    releaseTokenTable();
  }
}

/** The mentions with the readers by code, after checking that the full-scan regexes agree. */
function orgs(text: string, regions = [{ start: 0, end: text.length }]): string[] {
  const gated = found(text, true, regions);
  expect(found(text, false, regions)).toEqual(gated);
  return gated;
}

afterAll(() => setWordGates(true));

describe('listed acronyms', () => {
  test('whole words only, in their listed case', () => {
    const out = orgs("L'ONU et la CEDEAO ont rencontré le FMI ; ONUSIDA, xONU, 3ONU et l'onu ne sont pas l'ONU.");
    expect(out.filter((o) => /^(?:ONU|CEDEAO|FMI)\|/.test(o))).toEqual(['ONU|ONU', 'CEDEAO|CEDEAO', 'FMI|FMI', 'ONU|ONU']);
    expect(out.some((o) => o.startsWith('ONUSIDA|ONU') || o === 'onu|ONU')).toBe(false);
  });

  test('the two-unit gate lets by acronyms in mixed case and two letters, and the part of a cut word', () => {
    // "FAMa" opens with "FA" as "FAMILLE" and "Fama" do (in another case): only the listed case is found
    const out = orgs('Les FAMa et l’UA, pas la FAMILLE Fama ni Ua ; xUA non plus.');
    expect(out.filter((o) => /\|(?:FAMa|UA)$/.test(o))).toEqual(['FAMa|FAMa', 'UA|UA']);
    const text = 'le xUA a parlé';
    expect(orgs(text, [{ start: 4, end: text.length }])).toContain('UA|UA');
  });

  test('a region that cuts a word reads the part inside it, as the regex over the region did', () => {
    const text = 'le xONU a parlé';
    // the region starts inside "xONU": the regex saw "ONU" at the start of its slice
    expect(orgs(text, [{ start: 4, end: text.length }])).toContain('ONU|ONU');
    expect(orgs(text)).not.toContain('ONU|ONU');
  });
});

describe('descriptor phrases', () => {
  test('the name after the noun, with or without a nationality adjective', () => {
    const out = orgs('Il travaille pour la firme américaine Tupperware depuis 2019, puis pour le quotidien Hürriyet.');
    expect(out).toEqual(expect.arrayContaining(['Tupperware|', 'Hürriyet|']));
  });

  test('"Les" opens the name when a capitalized word follows it, and is the name otherwise', () => {
    expect(orgs('Selon le groupe Les Echos, la vente est faite.')).toContain('Les Echos|');
    expect(orgs('Un accord avec le groupe Les puis rien.')).toContain('Les|');
  });

  test('an unlisted lower-case word after the noun stops the phrase', () => {
    expect(orgs('Il a rejoint la firme américaine Zorbalux hier.')).toContain('Zorbalux|');
    expect(orgs('Il a rejoint la firme nouvelle Zorbalux hier.').some((o) => o.startsWith('Zorbalux'))).toBe(false);
  });
});

describe('state bodies', () => {
  test('a head and one or two qualifiers, spaces and apostrophes as written', () => {
    const out = orgs("L'armée  nationale malienne a riposté ; le gouvernement de\u00a0transition et la télévision d’État ivoirienne aussi.");
    expect(out).toEqual(expect.arrayContaining(['armée  nationale malienne|', 'gouvernement de\u00a0transition|', 'télévision d’État ivoirienne|']));
  });

  test('a head and a country after de/du/d’: the longest run of words that is a country', () => {
    const out = orgs("Le gouvernement du Burkina Faso a signé. Puis l'armée de l'air d’Égypte a signé ; le gouvernement de Gaulle non.");
    expect(out).toEqual(expect.arrayContaining(['gouvernement du Burkina Faso|', "armée de l'air d’Égypte|"]));
    expect(out.some((o) => o.includes('Gaulle'))).toBe(false);
  });

  test('a qualifier glued to a letter, digit or hyphen is none', () => {
    const out = orgs('Le gouvernement fédéral2 et le gouvernement fédérale-x se taisent.');
    expect(out.some((o) => o.startsWith('gouvernement'))).toBe(false);
  });

  test('a second qualifier that only starts a longer word is given back', () => {
    // "nationale" and "national" start "nationales", a form no list holds: the phrase ends on the first qualifier
    expect(orgs('La police nationale nationales arrive.')).toContain('police nationale|');
  });
});

// teams are still read by their regex at the gate's positions (a reader by code was slower there): both ways agree
describe('team names', () => {
  test('a nickname of one or two words, de/du/d’ and an optional article, then a known place', () => {
    const out = orgs("En hockey, les Bruins de Boston ont battu l’Olympique de Marseille, puis les Aigles Noirs d' Abidjan.");
    expect(out).toEqual(expect.arrayContaining(['Bruins de Boston|', 'Olympique de Marseille|', "Aigles Noirs d' Abidjan|"]));
  });

  test('a second nickname word is given back when no place follows it', () => {
    // "Lions Noirs" is followed by no de/du: the regex went back to "Lions" alone, which is not followed by one either
    expect(orgs('Les supporters des Lions Noirs ont chanté à Dakar.').some((o) => o.startsWith('Lions'))).toBe(false);
  });
});
