/**
 * Word tokens of a text as offsets in typed arrays: a 10 MB page is a million tokens, and a
 * string or object per token would cost more than the recognition itself. A token is a run of
 * letters, marks and digits; everything else separates. Words and folded forms are made on
 * demand, for the few tokens the recognizer looks at (capitalized ones and their neighbours).
 * They are the document's token table (text/tokenTable.ts), shared with the other recognizers.
 */
export { TokenTable as Tokens, tokenTableOf } from '../text/tokenTable.js';
