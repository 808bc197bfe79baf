/** The regex class \s by UTF-16 unit, for scans that read characters one by one. */
export function isBlank(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The first position at or after `pos` (before `end`) that is not a blank; `end` when none. */
export function skipBlanks(text: string, pos: number, end: number): number {
  let p = pos;
  while (p < end && isBlank(text.charCodeAt(p))) p++;
  return p;
}
