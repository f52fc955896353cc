import fs from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Test hooks for the commands that write (gc, reconcile), read from the environment under the
 * command's prefix (`WO_TOOLKIT_GC_…`, `WO_TOOLKIT_RECONCILE_…`). They exist so that tests can prove
 * the crash-safety and locking promises with real processes; none of them changes what a command decides.
 *
 * - `<PREFIX>_TRACE=FILE`: append one line `<pid> <step> <detail>` per step to FILE.
 * - `<PREFIX>_FAIL_AFTER=STEP[:N]`: right after the N-th (default first) occurrence of STEP, the
 *   process kills itself with SIGKILL, as a crash or `kill -9` would (no cleanup, no finally blocks).
 * - `<PREFIX>_PAUSE_AFTER=STEP` with `<PREFIX>_PAUSE_FILE=FILE`: at STEP, write `FILE.paused` and wait
 *   until FILE exists, so a test can act while the command is in the middle of a run.
 */
export interface StepHooks<S extends string> {
  /** Records STEP (trace, crash injection) and returns how often it has been reached in this process. */
  reachedStepSync(step: S, detail?: string): number;
  /** As reachedStepSync, and pauses at STEP when a test asked for it. */
  reachedStep(step: S, detail?: string): Promise<void>;
}

export function stepHooks<S extends string>(prefix: string): StepHooks<S> {
  const seen = new Map<string, number>();
  const reachedStepSync = (step: S, detail = ''): number => {
    const env = process.env;
    const trace = env[`${prefix}_TRACE`];
    if (trace) fs.appendFileSync(trace, `${process.pid} ${step} ${detail}\n`);
    const count = (seen.get(step) ?? 0) + 1;
    seen.set(step, count);
    const failAfter = env[`${prefix}_FAIL_AFTER`];
    if (failAfter) {
      const [name, nth] = failAfter.split(':');
      if (name === step && count === Number(nth ?? '1')) process.kill(process.pid, 'SIGKILL');
    }
    return count;
  };
  return {
    reachedStepSync,
    async reachedStep(step, detail = '') {
      const count = reachedStepSync(step, detail);
      const pauseFile = process.env[`${prefix}_PAUSE_FILE`];
      if (pauseFile && process.env[`${prefix}_PAUSE_AFTER`] === step && count === 1) {
        fs.writeFileSync(`${pauseFile}.paused`, `${process.pid}\n`);
        while (!fs.existsSync(pauseFile)) await sleep(20);
      }
    },
  };
}
