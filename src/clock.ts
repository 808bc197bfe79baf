/**
 * A monotonic clock in milliseconds, for wall-time intervals. Not performance.now(): that
 * global loads node:perf_hooks and its eight internal modules on first use, which a bundled
 * start compiles from source (cli/bundleLoader.ts sets V8 flags, and Node's own code cache
 * is for its default flags): ~3 ms of a one-article run.
 */
export function monotonicMs(): number {
  const [s, ns] = process.hrtime();
  return s * 1000 + ns / 1e6;
}
