/**
 * The shipped tagger's fast path (per-word score groups, pair rows from per-word halves, the
 * unrolled integer Viterbi, the warm-up pass made when the model is first used) must decide
 * exactly what a plain computation decides: every token's full feature rows summed, then the
 * generic Viterbi. Checked on the kinds of sentences where a shortcut would show: only
 * lower-case words (the tagger must leave them alone), many names in a row, capitals,
 * elisions, numbers, non-Latin letters, very long tokens.
 */
import { defaultModel, tagEntities } from '../../src/model/index.js';
import { sequenceEmissions, tagUncached } from '../../src/model/model.js';
import { NTAGS } from '../../src/model/features.js';
import { viterbi, viterbiIntegers } from '../../src/model/viterbi.js';

const SENTENCES = {
  lowercase: [
    'le gouvernement a annoncé mardi une hausse des prix de l’énergie, qui pèsera sur les ménages les plus modestes.',
    'selon les chiffres publiés hier, la production agricole a reculé de 3,5 % en un an ; les éleveurs s’inquiètent.',
    'il faut que chacun puisse vivre dignement de son travail, a-t-il déclaré devant les députés réunis en séance.',
  ],
  names: [
    'Emmanuel Macron, Olaf Scholz, Giorgia Meloni et Pedro Sánchez ont retrouvé Ursula von der Leyen à Bruxelles.',
    'Le Burkina Faso, le Mali, le Niger, la Côte d’Ivoire, le Sénégal et la Guinée-Bissau siègent à la CEDEAO.',
    'Jean-Pierre N’Diaye, de l’Organisation mondiale de la santé (OMS), a rencontré M. Kofi Annan et Mme Simone Veil à Genève.',
    'La Banque centrale européenne, le Fonds monétaire international et la Banque mondiale se réunissent à Washington.',
  ],
  mixed: [
    'LE CONSEIL DE SÉCURITÉ DES NATIONS UNIES SE RÉUNIT À NEW YORK\nLes diplomates de Moscou (Москва) et d’Athènes (Αθήνα) y étaient.',
    'À Saint-Étienne, l’ASSE a battu l’OM 2-1 ; « Une victoire méritée », selon Jean-Louis Gasset, l’entraîneur stéphanois.',
    `Un jeton ${'Abcdefghij'.repeat(8)} et un autre 𝐀𝐁𝐂 😀 puis Paris, Lyon et Marseille.`,
  ],
};

describe('tagger fast path against the plain computation', () => {
  const model = defaultModel();

  test.each(Object.entries(SENTENCES))('%s sentences: the same emissions, spans and scores', (_kind, sentences) => {
    for (const s of sentences) {
      const { fast, slow } = sequenceEmissions(model, s);
      expect(fast.length).toBeGreaterThan(0);
      expect(Array.from(fast)).toEqual(Array.from(slow));
      expect(tagEntities(s)).toEqual(tagUncached(model, s));
    }
  });

  test('lower-case sentences get no span; name-heavy ones get many, with scores in (0, 1]', () => {
    for (const s of SENTENCES.lowercase) expect(tagEntities(s)).toEqual([]);
    const spans = SENTENCES.names.flatMap((s) => tagEntities(s));
    expect(spans.length).toBeGreaterThanOrEqual(12);
    for (const sp of spans) expect(sp.score).toBeGreaterThan(0);
    for (const sp of spans) expect(sp.score).toBeLessThanOrEqual(1);
    const text = SENTENCES.names[0];
    const found = spans.filter((sp) => sp.end <= text.length).map((sp) => text.slice(sp.start, sp.end));
    expect(found).toEqual(expect.arrayContaining(['Emmanuel Macron', 'Bruxelles']));
  });

  test('the same spans whatever was tagged before (the word table and warm-up are caches)', () => {
    const all = Object.values(SENTENCES).flat();
    const first = all.map((s) => tagEntities(s));
    const reversed = [...all].reverse().map((s) => tagEntities(s)).reverse();
    expect(reversed).toEqual(first);
  });
});

describe('the unrolled integer Viterbi against the generic one', () => {
  test('the same tags, and the same margins inside spans, on random integer emissions and transitions', () => {
    // a fixed linear congruential generator: the same cases on every run
    let seed = 12345;
    const rand = (k: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % k);
    let spans = 0;
    for (let run = 0; run < 150; run++) {
      const n = 1 + rand(40);
      const trans = new Float32Array((NTAGS + 1) * NTAGS);
      for (let i = 0; i < trans.length; i++) trans[i] = rand(200) - 120;
      const em = new Float64Array(n * NTAGS);
      // ties are common with few values: the first best must be kept in both
      for (let i = 0; i < em.length; i++) em[i] = rand(run % 2 ? 9 : 400) - (run % 2 ? 4 : 150);
      const tagsA = new Uint8Array(n);
      const tagsB = new Uint8Array(n);
      const marginsA = new Float64Array(n);
      const marginsB = new Float64Array(n);
      viterbi(em, trans, n, tagsA, marginsA);
      viterbiIntegers(em, trans, n, tagsB, marginsB);
      expect(Array.from(tagsB)).toEqual(Array.from(tagsA));
      for (let i = 0; i < n; i++) {
        if (tagsA[i] === 0) continue;
        spans++;
        expect(marginsB[i]).toBe(marginsA[i]);
      }
    }
    expect(spans).toBeGreaterThan(250);
  });
});
