#!/usr/bin/env node
// Thin launcher: the CLI is compiled to dist/ (npm run build).
import('../dist/cli/main.js').then(
  ({ main }) => main(process.argv),
  (err) => {
    if (err && err.code === 'ERR_MODULE_NOT_FOUND' && String(err.message).includes('dist/cli/main.js')) {
      process.stderr.write('extrait: dist/ is missing: run `npm run build` first\n');
      return 1;
    }
    throw err;
  },
).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`extrait: ${err && err.stack ? err.stack : err}\n`);
    process.exitCode = 1;
  },
);
