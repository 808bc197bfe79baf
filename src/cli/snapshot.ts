/**
 * Entry of the V8 startup snapshot (scripts/build-bundle.mjs --snapshot bundles this file
 * and runs `node --build-snapshot` on it). Building the snapshot loads every module, the
 * lexicons, gazetteer and tagger, and processes the warm-up sentence (batch/process.ts warmUp,
 * which a process started otherwise runs only when the CPU limit fires on its cold first
 * document); a start from the snapshot begins there, warm. One document only: V8
 * 11.3 (Node 20) aborts serializing the heap after a second one (a fatal "unreachable code"
 * once the organizations stage has seen two documents; not investigated further). Nothing that depends on the run (environment, terminal, date,
 * arguments) is read while building: the formatters (chalk reads the terminal) stay lazy.
 *
 * Never imported by the library or the CLI: only the snapshot builder runs it.
 */
import { startupSnapshot } from 'node:v8';
import { main } from './main.js';
import './run.js';
import '../batch/inline.js';
import '../batch/pool.js';
import { warmUp } from '../batch/process.js';
import { preloadLanguageDetector } from '../language/detect.js';
import { markStartedFromSnapshot } from './startup.js';

if (startupSnapshot.isBuildingSnapshot()) {
  // franc's tables too (text that does not look French at once needs them), through the
  // bundle's import, before the warm-up; the snapshot is taken once the event loop is empty.
  void preloadLanguageDetector().then(() => warmUp({ model: true }));
  startupSnapshot.setDeserializeMainFunction(() => {
    markStartedFromSnapshot();
    // Started as `node --snapshot-blob FILE args…`: process.argv is [node, args…].
    main([process.argv[0], 'extrait', ...process.argv.slice(1)]).then(
      (code) => {
        process.exitCode = code;
      },
      (err: Error) => {
        process.stderr.write(`extrait: ${err && err.stack ? err.stack : String(err)}\n`);
        process.exitCode = 1;
      },
    );
  });
}
