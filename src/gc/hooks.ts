import fs from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Test hooks, read from the environment by the gc engine only. They exist so that tests can prove the
 * crash-safety and locking promises with real processes; none of them changes what gc decides.
 *
 * - `WO_TOOLKIT_GC_TRACE=FILE`: append one line `<pid> <step> <detail>` per step to FILE.
 * - `WO_TOOLKIT_GC_FAIL_AFTER=STEP[:N]`: right after the N-th (default first) occurrence of STEP, the
 *   process kills itself with SIGKILL, as a crash or `kill -9` would (no cleanup, no finally blocks).
 * - `WO_TOOLKIT_GC_PAUSE_AFTER=STEP` with `WO_TOOLKIT_GC_PAUSE_FILE=FILE`: at STEP, write `FILE.paused`
 *   and wait until FILE exists, so a test can act while gc is in the middle of a run.
 */

export const GC_STEPS = [
  'lock-stale',
  'locked',
  'planned',
  'checked',
  'patch-temp-written',
  'patch-written',
  'checksum-written',
  'link-written',
  'decision-written',
  'restored',
  'verified',
  'kept',
  'removing',
  'removed',
  'released',
] as const;
export type GcStep = (typeof GC_STEPS)[number];

const seen = new Map<string, number>();

/** Records STEP (trace, crash injection) and returns how often it has been reached in this process. */
export function reachedStepSync(step: GcStep, detail = ''): number {
  const env = process.env;
  const trace = env['WO_TOOLKIT_GC_TRACE'];
  if (trace) fs.appendFileSync(trace, `${process.pid} ${step} ${detail}\n`);
  const count = (seen.get(step) ?? 0) + 1;
  seen.set(step, count);
  const failAfter = env['WO_TOOLKIT_GC_FAIL_AFTER'];
  if (failAfter) {
    const [name, nth] = failAfter.split(':');
    if (name === step && count === Number(nth ?? '1')) process.kill(process.pid, 'SIGKILL');
  }
  return count;
}

/** As reachedStepSync, and pauses at STEP when a test asked for it. */
export async function reachedStep(step: GcStep, detail = ''): Promise<void> {
  const count = reachedStepSync(step, detail);
  const pauseFile = process.env['WO_TOOLKIT_GC_PAUSE_FILE'];
  if (pauseFile && process.env['WO_TOOLKIT_GC_PAUSE_AFTER'] === step && count === 1) {
    fs.writeFileSync(`${pauseFile}.paused`, `${process.pid}\n`);
    while (!fs.existsSync(pauseFile)) await sleep(20);
  }
}
