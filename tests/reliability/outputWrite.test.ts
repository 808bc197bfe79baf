/** FileOutput encodes a large record a slice at a time: no character may be cut at a slice boundary. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileOutput, planFileOutput } from '../../src/io/output.js';

test('a 2 MB record with an emoji across a slice boundary is written byte for byte', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'extrait-write-'));
  try {
    const out = join(dir, 'out.jsonl');
    // "🇲🇱" is two surrogate pairs; the first one straddles the 2^20 slice boundary, then the second
    const text = 'a'.repeat(2 ** 20 - 1) + '🇲🇱' + 'Goïta à Bamako '.repeat(70_000) + '🇲🇱' + '\n';
    expect(text.charCodeAt(2 ** 20 - 1)).toBe(0xd83c);
    const o = new FileOutput(out, await planFileOutput(out, false));
    o.write(text);
    o.commit();
    expect(readFileSync(out, 'utf8') === text).toBe(true);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
