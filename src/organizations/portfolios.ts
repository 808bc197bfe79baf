/**
 * "le ministre de l'Énergie, du Pétrole et des Mines", "la ministre de la Mer": the capitalized
 * words of a minister's portfolio name the ministry (WiNER-fr marks "Intérieur" of "ministre de
 * l'Intérieur" an organization), never a place: the tagger reads "Pétrole" as one, the gazetteer
 * "Mer" as a town. A place starting on a portfolio word inside such a complement is dropped. The
 * words are data (data/organizations/portfolios.txt); a word not listed ("du Niger", "Bruno
 * Retailleau") ends the portfolio.
 */
import type { Span } from '../mentions.js';
import { loadList } from '../data.js';
import { foldKey } from '../text/normalize.js';

let words: Set<string> | null = null;

/** The post nouns a portfolio follows, and the words that may stand between ("délégué", "d'État"). */
const POST = /(?<![\p{L}])(?:[Mm]inist(?:re|res|ère|ères)|[Ss]ecr[ée]taire[\s\u00a0]+d['’]\s*[ÉE]tat|[Ss]ecr[ée]tariat[\s\u00a0]+d['’]\s*[ÉE]tat)(?:[\s\u00a0]+(?:d[ée]l[ée]gu[ée]e?|charg[ée]e?|d['’]\s*[ÉE]tat))*(?![\p{L}])/gu;
/** What links two portfolio words: commas, "et", prepositions and articles, lower-case adjectives. */
const LINK = /(?:[\s\u00a0]*,)?[\s\u00a0]*(?:(?:(?:et|de|du|des|à|au|aux|la|le|les|chargée?|en|pour)(?![\p{L}])|[dl]['’])[\s\u00a0]*)*/uy;
const WORD = /\p{L}[\p{L}\p{M}-]*/uy;
/** Lower-case words that begin the clause after the post ("a annoncé", "est arrivé"), not an adjective of it. */
const CLAUSE = new Set(['a', 'ont', 'est', 'sont', 'était', 'va', 'doit', 'se', 's', 'qui', 'que', 'il', 'elle', 'y', 'ne', 'n']);

function portfolioWords(): Set<string> {
  return (words ??= new Set(loadList('organizations/portfolios.txt').map(foldKey)));
}

let last: { text: string; starts: Set<number> } | null = null;

/** The starts of the portfolio words of every minister's post in the text. */
export function portfolioStarts(text: string): Set<number> {
  if (last?.text === text) return last.starts;
  const starts = new Set<number>();
  if (/inist|tat/.test(text)) {
    const listed = portfolioWords();
    POST.lastIndex = 0;
    for (let m = POST.exec(text); m; m = POST.exec(text)) {
      let at = m.index + m[0].length;
      let lower = 0;
      // at most a dozen words: "de l'Économie, des Finances et de la Souveraineté industrielle et numérique"
      for (let n = 0; n < 12; n++) {
        LINK.lastIndex = at;
        const link = LINK.exec(text);
        WORD.lastIndex = link ? at + link[0].length : at;
        const w = WORD.exec(text);
        if (!w || (link && link[0].length === 0 && n > 0)) break;
        if (/^\p{Lu}/u.test(w[0])) {
          if (!listed.has(foldKey(w[0]))) break;
          starts.add(w.index);
          lower = 0;
        } else if (n === 0 || CLAUSE.has(w[0]) || ++lower > 3) break;
        at = w.index + w[0].length;
      }
    }
  }
  last = { text, starts };
  return starts;
}

/** Drops the places that start on a portfolio word (`which`: the items that are places). */
export function withoutPortfolios<T extends Span>(text: string, items: T[], which: (t: T) => boolean = () => true): T[] {
  const starts = portfolioStarts(text);
  return starts.size === 0 ? items : items.filter((m) => !(which(m) && starts.has(m.start)));
}
