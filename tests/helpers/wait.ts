import { setTimeout as delay } from 'node:timers/promises';

/** Waits until `check` holds, polling, and fails with `what` after the bound. Never a fixed sleep. */
export async function waitFor<T>(
  check: () => T | Promise<T>,
  opts: { timeoutMs?: number; intervalMs?: number; what?: string | (() => string) } = {},
): Promise<NonNullable<T>> {
  const deadline = Date.now() + (opts.timeoutMs ?? 20_000);
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) {
      // A function is asked at the timeout, so it can report state (e.g. a process's output) as it is then.
      const what = typeof opts.what === 'function' ? opts.what() : opts.what;
      throw new Error(`timed out waiting for ${what ?? 'a condition'}`);
    }
    await delay(opts.intervalMs ?? 50);
  }
}
