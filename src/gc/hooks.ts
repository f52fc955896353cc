import { stepHooks } from '../core/step-hooks.js';

/**
 * Test hooks of the gc engine (the shared mechanism of src/core/step-hooks.ts, prefix WO_TOOLKIT_GC). They exist so that tests can prove the
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

const hooks = stepHooks<GcStep>('WO_TOOLKIT_GC');

/** Records STEP (trace, crash injection) and returns how often it has been reached in this process. */
export const reachedStepSync = hooks.reachedStepSync;

/** As reachedStepSync, and pauses at STEP when a test asked for it. */
export const reachedStep = hooks.reachedStep;
