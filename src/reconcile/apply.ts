import fs from 'node:fs';
import path from 'node:path';
import { leftoverTempFiles, writeFileAtomic, writeTempBeside } from '../gc/atomic.js';
import { checkRepoFolder, ensureRepoFolder, isRepoFileError, readRepoFile, removeRepoFile } from '../core/repo-files.js';
import { stepHooks } from '../core/step-hooks.js';
import { sha256, type PlannedRepair, type Step } from './plan.js';

/**
 * Carries out planned repairs. Every write is atomic (a temporary file renamed into place), every
 * removal first checks that the file still holds the bytes that were planned on, and each step leaves
 * a state that a new plan completes: a run killed anywhere is finished by running reconcile again.
 */

export const RECONCILE_STEPS = ['locked', 'planned', 'temp-written', 'evidence-written', 'file-created', 'file-replaced', 'file-removed', 'lock-removed', 'released'] as const;
export type ReconcileStep = (typeof RECONCILE_STEPS)[number];

export const hooks = stepHooks<ReconcileStep>('WO_TOOLKIT_RECONCILE');

/** A file changed between the plan and the write: the run stops, a new run plans again. */
export class ChangedUnderneathError extends Error {}

/** The file's bytes through the repository's file home (no link out, regular files only), or undefined when it is gone. */
function readIfExists(root: string, rel: string): Buffer | undefined {
  return readRepoFile(root, rel)?.bytes;
}

/** Where `rel` is on disk: in its folder, created inside the repository (never through a link that leads out). */
function placeIn(root: string, rel: string): string {
  return path.join(ensureRepoFolder(root, path.posix.dirname(rel)), path.posix.basename(rel));
}

/** Creates `abs` with `bytes` only when nothing is there (a link of a complete temporary file: never a half file, never over another). */
function createExclusive(abs: string, bytes: Buffer): 'created' | 'exists' {
  const tmp = writeTempBeside(abs, bytes);
  try {
    hooks.reachedStepSync('temp-written', abs);
    fs.linkSync(tmp, abs);
    return 'created';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return 'exists';
    throw error;
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}

async function runStep(root: string, step: Step): Promise<void> {
  switch (step.kind) {
    case 'save-evidence': {
      // The name carries the SHA-256 of the content: a file already there with that content is this copy.
      createExclusive(placeIn(root, step.path), step.bytes);
      // Read back: the copy is removed only once its evidence is on disk, byte for byte.
      const back = readIfExists(root, step.path);
      if (back === undefined || sha256(back) !== step.sha256) throw new ChangedUnderneathError(`${step.path} does not hold the copy its name promises`);
      await hooks.reachedStep('evidence-written', step.path);
      return;
    }
    case 'create-file': {
      if (createExclusive(placeIn(root, step.path), step.bytes) === 'exists' && !readIfExists(root, step.path)?.equals(step.bytes)) {
        throw new ChangedUnderneathError(`${step.path} appeared while reconcile ran`);
      }
      await hooks.reachedStep('file-created', step.path);
      return;
    }
    case 'replace-file': {
      const current = readIfExists(root, step.path);
      if (current === undefined || sha256(current) !== step.sha256) throw new ChangedUnderneathError(`${step.path} changed while reconcile ran`);
      writeFileAtomic(placeIn(root, step.path), step.bytes, () => hooks.reachedStepSync('temp-written', step.path));
      await hooks.reachedStep('file-replaced', step.path);
      return;
    }
    case 'remove-file': {
      const current = readIfExists(root, step.path);
      if (current !== undefined) {
        if (sha256(current) !== step.sha256) throw new ChangedUnderneathError(`${step.path} changed while reconcile ran`);
        removeRepoFile(root, step.path);
      }
      await hooks.reachedStep('file-removed', step.path);
      return;
    }
    case 'remove-lock': {
      removeRepoFile(root, step.path);
      await hooks.reachedStep('lock-removed', step.path);
      return;
    }
  }
}

/**
 * Applies the repairs that may be applied (safe ones, and with `force` those that need only --force,
 * each once the repairs it waits for are applied). Marks each applied one; returns nothing.
 */
export async function applyRepairs(root: string, repairs: readonly PlannedRepair[], force: boolean): Promise<void> {
  for (const planned of repairs) {
    const { repair } = planned;
    const allowed = repair.safe || (force && repair.needs === 'force');
    if (!allowed || planned.blocked || planned.steps.length === 0) continue;
    if (planned.after.some((before) => !before.repair.applied)) continue;
    for (const step of planned.steps) await runStep(root, step);
    repair.applied = true;
  }
}

/** Temporary files a killed run left in the folders reconcile writes to (called while holding its lock). */
export function removeLeftovers(root: string, folders: readonly string[]): void {
  for (const folder of folders) {
    let real: string | undefined;
    try {
      real = checkRepoFolder(root, folder);
    } catch (error) {
      if (isRepoFileError(error)) continue; // not a folder of ours: nothing reconcile wrote is there
      throw error;
    }
    if (real !== undefined) for (const file of leftoverTempFiles(real)) fs.rmSync(file, { force: true });
  }
}
