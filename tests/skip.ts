/**
 * A test that needs something this machine may lack (Chromium, GNU parallel, the corpora in
 * ../shared, root, a docker engine) runs when it is there; otherwise it is skipped and says why
 * twice: in its name ("… [skipped: …]", listed by --verbose) and on the console, which jest
 * shows in every run, so a green run never hides what it did not test.
 */
import { test } from '@jest/globals';

export function testIf(available: boolean, reason: string): (name: string, fn: () => unknown, timeout?: number) => void {
  if (available) return (name, fn, timeout) => test(name, fn as () => void, timeout);
  return (name) => {
    console.warn(`SKIPPED "${name}": ${reason}`);
    test.skip(`${name} [skipped: ${reason}]`, () => {});
  };
}
