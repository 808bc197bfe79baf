/**
 * Small readings of the words around a name, shared by the organization rules.
 */

/** Whether a multiword head ("Direction générale", "Armée de l'air") is written at `s`. */
export function sameHead(text: string, s: number, head: string): boolean {
  return text.slice(s, s + head.length).replace(/’/g, "'").replace(/\u00a0/g, ' ') === head;
}

/** "Orange" the operator only as written: each word of the text begins in the case of the listed form. */
export function sameCase(form: string, written: string): boolean {
  const a = form.split(/[\s\u00a0'’-]+/);
  const b = written.split(/[\s\u00a0'’-]+/);
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    // an acronym in capitals must be written so: "ABC" the network, not "Abc"
    if (a[i].length > 1 && a[i] === a[i].toUpperCase() && a[i] !== a[i].toLowerCase() && a[i] !== b[i]) return false;
    const fa = a[i][0];
    const fb = b[i][0];
    if (fa && fb && (fa === fa.toUpperCase()) !== (fb === fb.toUpperCase())) return false;
  }
  return true;
}

export function previousWord(text: string, pos: number): string {
  const m = /([\p{L}\p{M}][\p{L}\p{M}'’-]*)[\s\u00a0]+$/u.exec(text.slice(Math.max(0, pos - 30), pos));
  return m ? m[1] : '';
}
