/**
 * Fast word folding (lower case, accents removed) for lexicon look-ups: called on every word
 * of the text, so it avoids String.normalize for the Latin letters that make up French.
 */
const TABLE = new Map<string, string>();
const LATIN = 'àáâãäåāăąçćĉċčďđèéêëēĕėęěĝğġģĥħìíîïĩīĭįıĵķĺļľŀłñńņňòóôõöøōŏőŕŗřśŝşšţťŧùúûüũūŭůűųŵýÿŷźżž';
const PLAIN = 'aaaaaaaaacccccddeeeeeeeeegggghhiiiiiiiiijklllllnnnnooooooooorrrsssstttuuuuuuuuuuwyyyzzz';
for (let i = 0; i < LATIN.length; i++) TABLE.set(LATIN[i], PLAIN[i]);
TABLE.set('œ', 'oe');
TABLE.set('æ', 'ae');
TABLE.set('ß', 'ss');

export function foldWord(word: string): string {
  const lower = word.toLowerCase();
  // ASCII already: nothing to fold (a char-code loop is several times cheaper than a regex here)
  let ascii = true;
  for (let i = 0; i < lower.length; i++) {
    if (lower.charCodeAt(i) > 127) {
      ascii = false;
      break;
    }
  }
  if (ascii) return lower;
  let out = '';
  for (const ch of lower) {
    const t = TABLE.get(ch);
    if (t !== undefined) out += t;
    else if (ch >= '\u0300' && ch <= '\u036f') continue; // combining marks (NFD input)
    else out += ch;
  }
  return out;
}
