/**
 * Reads a TimeML file (FR-TimeBank) into a GoldDocument: the text is the content of <TEXT>
 * with every tag removed and XML entities decoded; each TIMEX3 inside <TEXT> becomes an
 * entity with code point offsets. TIMEX3 type DATE → 'date'; TIME, DURATION and SET keep their
 * type in lower case ('time', 'duration', 'set') so that a scorer can choose. The document
 * creation time (<DCT>, outside <TEXT> in every FR-TimeBank file) is not an entity: it is the
 * documentDate.
 */
import type { GoldDocument, GoldEntity } from '../types.js';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([\w:-]+)\s*=\s*("([^"]*)"|'([^']*)')/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(tag))) out[m[1]] = decode(m[3] ?? m[4] ?? '');
  return out;
}

function codePointLength(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

export function readTimeML(xml: string, id: string): GoldDocument {
  const dctTag = /<DCT>\s*(<TIMEX3[^>]*>)/i.exec(xml);
  const documentDate = dctTag ? attributes(dctTag[1]).value : undefined;
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/i.exec(xml);
  const raw = body ? body[1] : '';

  let text = '';
  let cp = 0; // code points in `text`
  const open: { attrs: Record<string, string>; start: number; textStart: number }[] = [];
  const entities: GoldEntity[] = [];
  const tagRe = /<(\/?)([A-Za-z][\w:-]*)([^>]*?)(\/?)>/g;
  let last = 0;
  let m: RegExpExecArray | null;
  const append = (chunk: string) => {
    const decoded = decode(chunk);
    text += decoded;
    cp += codePointLength(decoded);
  };
  while ((m = tagRe.exec(raw))) {
    append(raw.slice(last, m.index));
    last = m.index + m[0].length;
    const [, closing, name, attrText, selfClosing] = m;
    if (name.toUpperCase() !== 'TIMEX3' || selfClosing) continue;
    if (!closing) {
      open.push({ attrs: attributes(attrText), start: cp, textStart: text.length });
    } else {
      const o = open.pop();
      if (!o) continue;
      const type = (o.attrs.type ?? 'DATE').toLowerCase();
      const entity: GoldEntity = { type, start: o.start, end: cp, text: text.slice(o.textStart) };
      if (o.attrs.value !== undefined) entity.value = o.attrs.value;
      entities.push(entity);
    }
  }
  append(raw.slice(last));
  entities.sort((a, b) => a.start - b.start || a.end - b.end);
  const doc: GoldDocument = { id, text, entities };
  if (documentDate) doc.documentDate = documentDate;
  return doc;
}
