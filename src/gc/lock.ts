import { acquireRunLock, runLockPath, type RunLock, type RunLockSpec } from '../core/run-lock.js';
import { reachedStep } from './hooks.js';

/** gc's own lock (the shared run-lock mechanism of src/core/run-lock.ts): two gc runs never interleave. */

export const GC_LOCK_NAME = 'wo-toolkit-gc.lock';
const GC_LOCK: RunLockSpec = {
  command: 'gc',
  fileName: GC_LOCK_NAME,
  waitEnv: 'WO_TOOLKIT_GC_LOCK_WAIT_MS',
  onStale: (file) => reachedStep('lock-stale', file),
};

export type GcLock = RunLock;

export function gcLockPath(root: string): Promise<string> {
  return runLockPath(root, GC_LOCK);
}

export function acquireGcLock(root: string): Promise<GcLock> {
  return acquireRunLock(root, GC_LOCK);
}
