#!/usr/bin/env node
// Thin launcher: the CLI is compiled to dist/ (npm run build).
import { main } from '../dist/cli/main.js';

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`extrait: ${err && err.stack ? err.stack : err}\n`);
    process.exitCode = 1;
  },
);
