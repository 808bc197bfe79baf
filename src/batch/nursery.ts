/**
 * A cap on the main thread's young generation for --jobs 1 runs. V8 doubles the nursery
 * (two semi-spaces) from 1 MB up to 32 MB as objects survive scavenges; over a batch that
 * last doubling is most of the gap between ~185 MB and ~205 MB peak RSS on the distinct
 * corpus. `--max-semi-space-size` is read once, when the heap is set up, so the CLI cannot
 * pass it to its own process; `--semi-space-growth-factor` is read at each growth step,
 * so the cap is a governor instead: between documents, one doubling (factor 2) is allowed
 * while it stays within the cap, none (factor 1) once it would pass it; growth resumes if V8
 * shrinks the nursery later.
 * Workers set their own nursery (pool.ts resourceLimits); the flag is process-wide, so this
 * runs only when there are no workers, and only for batches: one document never gets there.
 */

/**
 * node:v8 on first use, not imported: loading it costs a one-document run ~8 ms of start-up,
 * and such a run never caps its nursery.
 */
let v8: typeof import('node:v8') | null = null;
const engine = () => (v8 ??= process.getBuiltinModule('node:v8'));

/** Both semi-spaces together: 4 MB each, what `--max-semi-space-size=4` would give. */
const CAP_BYTES = 8 * 1024 * 1024;

let factor = 0;

function setFactor(f: number): void {
  if (f === factor) return;
  factor = f;
  engine().setFlagsFromString(`--semi-space-growth-factor=${f}`);
}

/**
 * Before a batch's first document: no growth during it. That document runs cold, and the
 * tables it loads survive scavenge after scavenge, enough to double the nursery twice
 * within one document (4 -> 16 MB measured), past a cap checked only between documents.
 */
export function holdNursery(): void {
  setFactor(1);
}

/** Between documents: one doubling allowed if it stays within the cap (warm documents grow it one step at most). */
export function governNursery(): void {
  let size = 0;
  for (const space of engine().getHeapSpaceStatistics()) {
    if (space.space_name === 'new_space') size = space.space_size;
  }
  setFactor(size * 2 <= CAP_BYTES ? 2 : 1);
}
