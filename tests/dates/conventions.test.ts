/**
 * TimeML span and value conventions (FR-TimeBank annotation guide, section 2.2) that hold for
 * any French news text, pinned with real sentences: HIPE-2022 dev (historical newspapers, with
 * their own dates), MasakhaNEWS fra dev (BBC Afrique) and FR-TimeBank dev-split text.
 */
import { recognizeDates } from '../../src/dates/index.js';
import type { DocumentDate } from '../../src/types.js';

const at = (value: string): DocumentDate => ({ value, source: 'option' });

/** Every date found: [text as sliced from the input, value]. */
function dates(text: string, doc: DocumentDate): [string, string | null][] {
  return recognizeDates(text, doc).map((m) => [text.slice(m.start, m.end), m.value]);
}

describe('a list of days of the current month', () => {
  test('"les 12 et 13 courant" gives both days of the document\'s month (HIPE dev, Gazette de Lausanne 1938-09-16)', () => {
    const text = "La Conférence d'automne de l'Union des entreprises suisses de transport eut lieu, les 12 et 13 courant, à Loèche-les-Bains.";
    expect(dates(text, at('1938-09-16'))).toEqual([['12', '1938-09-12'], ['13 courant', '1938-09-13']]);
  });
  test('with no document month the days have no value', () => {
    const text = "La Conférence d'automne de l'Union des entreprises suisses de transport eut lieu, les 12 et 13 courant, à Loèche-les-Bains.";
    expect(dates(text, at('1938')).map(([, v]) => v)).not.toContain('1938-09-12');
  });
});
