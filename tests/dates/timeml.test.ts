import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readTimeML } from '../../src/eval/readers/timeml.js';
import { testIf } from '../skip.js';

const XML = `<?xml version='1.0' encoding='UTF-8'?>
<TimeML>
<DCT><TIMEX3 functionInDocument="CREATION_TIME" tid="t1" type="DATE" value="1999-05-20" /></DCT>
<TEXT>
🎉 Il a <EVENT eid="e1">parlé</EVENT> <TIMEX3 tid="t2" type="DATE" value="1999-05-19">hier</TIMEX3> à <TIMEX3 tid="t3" type="TIME" value="1999-05-19T22:00">22 h</TIMEX3> &amp; l&apos;a <TIMEX3 tid="t4" type="DURATION" value="P2D">deux jours</TIMEX3>.
</TEXT>
</TimeML>`;

describe('readTimeML', () => {
  const doc = readTimeML(XML, 'x');
  test('text without tags, entities decoded, DCT as documentDate not entity', () => {
    expect(doc.text).toBe("\n🎉 Il a parlé hier à 22 h & l'a deux jours.\n");
    expect(doc.documentDate).toBe('1999-05-20');
    expect(doc.entities.map((e) => [e.type, e.text, e.value])).toEqual([
      ['date', 'hier', '1999-05-19'],
      ['time', '22 h', '1999-05-19T22:00'],
      ['duration', 'deux jours', 'P2D'],
    ]);
  });
  test('offsets are code points', () => {
    for (const e of doc.entities) expect([...doc.text].slice(e.start, e.end).join('')).toBe(e.text);
    expect(doc.entities[0].start).toBe(14); // "\n", the emoji (one code point), " Il a parlé "
  });
  // the corpus sits beside the project (../shared), not in it: without it this test is skipped, visibly
  const realFile = join(process.cwd(), '..', 'shared', 'data', 'fr-timebank', 'Data', '1999-05-17-0121.tml');
  testIf(existsSync(realFile), `the FR-TimeBank corpus is not at ${realFile} (../shared/data beside the project)`)('a real FR-TimeBank file', () => {
    const real = readTimeML(readFileSync(realFile, 'utf8'), '1999-05-17-0121');
    expect(real.documentDate).toBe('1999-05-17');
    expect(real.entities).toEqual([{ type: 'duration', start: 158, end: 171, text: '30,4 secondes', value: 'PT30.4S' }]);
    for (const e of real.entities) expect([...real.text].slice(e.start, e.end).join('')).toBe(e.text);
  });
});
