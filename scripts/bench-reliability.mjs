#!/usr/bin/env node
// Time and memory on the inputs of issue #15: entity-dense text (a ranked person, a place, a
// date and an organization in every sentence) at two sizes, and a real article repeated to two
// sizes. Each run is a child process (one document, extract() and JSON serialization as the CLI
// does): CPU seconds (user + system, so the machine's load does not inflate them), wall seconds,
// and peak RSS (getrusage maxrss).
// usage: node scripts/bench-reliability.mjs [dist dir, default ./dist] [--sizes 1,2]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const sizesAt = args.indexOf('--sizes');
const sizes = sizesAt >= 0 ? args[sizesAt + 1].split(',').map(Number) : [1, 2];
const dist = resolve(args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--sizes') ?? join(root, 'dist'));

const CHILD = `
import { readFileSync } from 'node:fs';
const { extract } = await import(process.argv[1]);
const text = readFileSync(process.argv[2], 'utf8');
extract('Le général Koné est arrivé à Bamako le 6 mars 2024.', {}); // data loaded first
const c0 = process.cpuUsage();
const t0 = performance.now();
const line = JSON.stringify(extract(text, {}));
const cpu = process.cpuUsage(c0);
process.stdout.write(JSON.stringify({ cpuS: (cpu.user + cpu.system) / 1e6, wallS: (performance.now() - t0) / 1000, peakMB: process.resourceUsage().maxRSS / 1024, outMB: line.length / 1e6 }));
`;

const dense = 'Le général Abdoulaye Koné est arrivé à Bamako le 6 mars 2024 avec les FAMa. ';
const seed = readFileSync(join(root, 'fixtures/seeds/000_77d6c83b56ae88aa.txt'), 'utf8') + '\n\n';
const inputs = [
  { name: 'dense entities (issue #15 item 7)', unit: dense },
  { name: 'seed article 000 repeated', unit: seed },
];

const dir = mkdtempSync(join(tmpdir(), 'extrait-bench-rel-'));
try {
  const rows = [];
  for (const input of inputs) {
    for (const mb of sizes) {
      const file = join(dir, 'input.txt');
      const text = input.unit.repeat(Math.ceil((mb * 1e6) / input.unit.length));
      writeFileSync(file, text);
      const r = spawnSync(process.execPath, ['--input-type=module', '-e', CHILD, pathToFileURL(join(dist, 'extract.js')).href, file], { encoding: 'utf8', maxBuffer: 1 << 20 });
      if (r.status !== 0) throw new Error(r.stderr);
      const m = JSON.parse(r.stdout);
      rows.push({ input: input.name, MB: +(Buffer.byteLength(text) / 1e6).toFixed(1), 'CPU s': +m.cpuS.toFixed(1), 'wall s': +m.wallS.toFixed(1), 'peak RSS MB': Math.round(m.peakMB) });
      process.stderr.write(`${input.name} ${mb} MB: ${r.stdout}\n`);
    }
  }
  console.log(`dist: ${dist}`);
  console.table(rows);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
