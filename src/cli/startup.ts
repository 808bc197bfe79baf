/**
 * How this process started. A process restored from a V8 startup snapshot (src/cli/snapshot.ts)
 * cannot start worker threads on Node 20 (the worker's bootstrap fails), so such a run
 * processes its documents in the main thread; the launcher (bin/extrait.js) picks the
 * snapshot only for runs that stay there anyway.
 */
let snapshot = false;

export function markStartedFromSnapshot(): void {
  snapshot = true;
}

export function startedFromSnapshot(): boolean {
  return snapshot;
}
