/**
 * Worker thread entry when the bundle is built (batch/pool.ts picks it): dist/worker.bundle.cjs
 * run with its V8 code cache (cli/bundleLoader.ts), so a worker neither parses nor compiles
 * what the build's warm-up already compiled.
 */
import { fileURLToPath } from 'node:url';
import { loadBundle } from '../cli/bundleLoader.js';

const { exports } = loadBundle(fileURLToPath(new URL('../worker.bundle.cjs', import.meta.url)));
(exports.serve as () => void)();
