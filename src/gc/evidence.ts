import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../core/config.js';
import { CHECKSUM_FILE, DECISION_FILE, evidenceFolder, PATCH_LINK, patchFileName } from '../core/evidence.js';
import { toPosix } from '../core/paths.js';
import { checkRepoFolder, ensureRepoFolder, isRepoFileError, readResolvedFile } from '../core/repo-files.js';
import { woIdPathProblem } from '../core/wo-id.js';
import { leftoverTempFiles, symlinkAtomic, writeFileAtomic } from './atomic.js';
import { decisionPatchHash, isDecisionComplete, isUntouched, renderDecision, type DecisionFields } from './decision.js';
import { reachedStep, reachedStepSync } from './hooks.js';
import type { DirtyState } from './dirty.js';
import { provePatch, sha256Hex, type Patch } from './patch.js';

/**
 * The evidence of a dirty target in `<handoff>/<WO-ID>/` (docs/gc.md): the hash-named patch, the
 * `dirty.patch` link to it, `dirty.patch.sha256`, and decision.md. Planning reads what is on disk and
 * says which files a run must write; writing is a separate step, so a dry run reports exactly the
 * files a real run writes.
 */

export type EvidenceFile = 'patch' | 'checksum' | 'link' | 'decision';

export interface EvidencePlan {
  /** Absolute evidence folder. */
  folder: string;
  /** The repository root and the folder relative to it (written through repo-files, never through a link out). */
  root: string;
  folderRel: string;
  patchName: string;
  /** Repository-relative paths. */
  patchPath: string;
  linkPath: string;
  checksumPath: string;
  decisionPath: string;
  /** What a run writes, in order. */
  writes: EvidenceFile[];
  checksumText: string;
  decisionText: string;
  /** decision.md is on disk before the run. */
  decisionOnDisk: boolean;
  /** decision.md as it is after a real run (the one on disk, or the one the run writes) is complete. */
  decisionComplete: boolean;
  /** decision.md names the current patch. */
  decisionCurrent: boolean;
  /** Temporary files a killed run left behind (removed by the next real run). */
  leftovers: string[];
  /** Why the evidence cannot be written; nothing is written or removed then. */
  problem?: string;
}

/**
 * An evidence file's bytes (never through a link, only a regular file, within `maxBytes`); undefined
 * when it does not exist. A file that cannot be read so is a RepoFileError that names it.
 */
function readIfExists(folder: string, name: string, rel: string, maxBytes?: number): Buffer | undefined {
  return readResolvedFile(path.join(folder, name), rel, maxBytes === undefined ? {} : { maxBytes })?.bytes;
}

function lstatIfExists(file: string): fs.Stats | undefined {
  try {
    return fs.lstatSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Reads the evidence folder and decides what must be written for `patch`. Writes nothing. */
export function planEvidence(root: string, config: Config, patch: Patch, fields: Omit<DecisionFields, 'sha256' | 'files' | 'head'>): EvidencePlan {
  const folderRel = evidenceFolder(config, fields.woId);
  const folder = path.join(root, folderRel);
  const patchName = patchFileName(patch.sha256);
  const rel = (name: string): string => `${folderRel}/${name}`;
  const checksumText = `${patch.sha256}  ${patchName}\n`;
  const generated = renderDecision({ ...fields, sha256: patch.sha256, files: patch.files, head: patch.head });
  const plan: EvidencePlan = {
    folder,
    root,
    folderRel,
    patchName,
    patchPath: rel(patchName),
    linkPath: rel(PATCH_LINK),
    checksumPath: rel(CHECKSUM_FILE),
    decisionPath: rel(DECISION_FILE),
    writes: [],
    checksumText,
    decisionText: generated,
    decisionOnDisk: false,
    decisionComplete: false,
    decisionCurrent: true,
    leftovers: [],
  };

  const idProblem = woIdPathProblem(fields.woId);
  if (idProblem !== undefined) return { ...plan, problem: `WO id '${fields.woId}' cannot name an evidence folder: it ${idProblem}` };
  try {
    return readEvidenceFolder(plan, patch, checksumText);
  } catch (error) {
    // A part of the folder that leads outside the repository, a FIFO or a file too large to be ours.
    if (isRepoFileError(error)) return { ...plan, problem: error.message };
    throw error;
  }
}

function readEvidenceFolder(plan: EvidencePlan, patch: Patch, checksumText: string): EvidencePlan {
  const folderReal = checkRepoFolder(plan.root, plan.folderRel);
  const folder = folderReal ?? plan.folder;
  if (folderReal !== undefined) plan.leftovers = leftoverTempFiles(folderReal);
  let existingPatch: Buffer | undefined;
  try {
    // A patch of another size cannot be this one: never read more than the expected bytes.
    existingPatch = folderReal === undefined ? undefined : readIfExists(folder, plan.patchName, plan.patchPath, patch.bytes.length);
  } catch (error) {
    if (!isRepoFileError(error) || error.problem !== 'too-large') throw error;
    existingPatch = Buffer.alloc(0);
  }
  if (existingPatch === undefined) plan.writes.push('patch');
  else if (sha256Hex(existingPatch) !== patch.sha256) {
    return { ...plan, problem: `${plan.patchPath} exists but its content does not match its name; move it away and rerun` };
  }
  if (folderReal === undefined) {
    plan.writes.push('checksum', 'link', 'decision');
    plan.decisionComplete = isDecisionComplete(plan.decisionText);
    plan.decisionCurrent = decisionPatchHash(plan.decisionText) === patch.sha256;
    return plan;
  }

  if (readIfExists(folder, CHECKSUM_FILE, plan.checksumPath)?.toString('utf8') !== checksumText) plan.writes.push('checksum');

  const link = lstatIfExists(path.join(folder, PATCH_LINK));
  if (link && !link.isSymbolicLink()) {
    return { ...plan, problem: `${plan.linkPath} exists and is not a symbolic link; move it away and rerun` };
  }
  if (!link || fs.readlinkSync(path.join(folder, PATCH_LINK)) !== plan.patchName) plan.writes.push('link');

  const decision = readIfExists(folder, DECISION_FILE, plan.decisionPath)?.toString('utf8');
  plan.decisionOnDisk = decision !== undefined;
  if (decision === undefined) {
    plan.writes.push('decision');
  } else if (isUntouched(decision) && decisionPatchHash(decision) !== patch.sha256) {
    // Untouched by a person: brought up to date for the new patch.
    plan.writes.push('decision');
  } else {
    plan.decisionText = decision;
  }
  plan.decisionComplete = isDecisionComplete(plan.decisionText);
  plan.decisionCurrent = decisionPatchHash(plan.decisionText) === patch.sha256;
  return plan;
}

export function plannedPaths(plan: EvidencePlan): string[] {
  const byFile: Record<EvidenceFile, string> = { patch: plan.patchPath, checksum: plan.checksumPath, link: plan.linkPath, decision: plan.decisionPath };
  return plan.writes.map((w) => byFile[w]);
}

/** Writes what the plan says, each file through a temporary name; steps are reported to the hooks. */
export async function writeEvidence(plan: EvidencePlan, patch: Patch): Promise<void> {
  if (plan.problem) throw new Error(plan.problem);
  for (const leftover of plan.leftovers) fs.rmSync(leftover, { force: true });
  // Created one part at a time inside the repository: a link that leads out is refused, not followed.
  const folder = ensureRepoFolder(plan.root, plan.folderRel);
  const at = (name: string): string => path.join(folder, name);
  for (const file of plan.writes) {
    if (file === 'patch') {
      writeFileAtomic(at(plan.patchName), patch.bytes, () => reachedStepSync('patch-temp-written', plan.patchPath));
      await reachedStep('patch-written', plan.patchPath);
    } else if (file === 'checksum') {
      writeFileAtomic(at(CHECKSUM_FILE), plan.checksumText);
      await reachedStep('checksum-written', plan.checksumPath);
    } else if (file === 'link') {
      symlinkAtomic(plan.patchName, at(PATCH_LINK));
      await reachedStep('link-written', plan.linkPath);
    } else {
      writeFileAtomic(at(DECISION_FILE), plan.decisionText);
      await reachedStep('decision-written', plan.decisionPath);
    }
  }
}

/**
 * Reads the written patch back and proves it before its worktree may go: its SHA-256 matches its name
 * and `dirty.patch.sha256`, and applied to the worktree's HEAD it reproduces the worktree's files.
 */
export async function verifyWrittenPatch(
  plan: EvidencePlan,
  patch: Patch,
  worktree: string,
  exclusions: readonly string[],
  state: Pick<DirtyState, 'buildOutput' | 'sparse'>,
  scratchParent: string,
): Promise<void> {
  const folder = ensureRepoFolder(plan.root, plan.folderRel);
  const bytes = readIfExists(folder, plan.patchName, plan.patchPath, patch.bytes.length);
  if (bytes === undefined) throw new Error(`${plan.patchPath} is missing after it was written`);
  const actual = sha256Hex(bytes);
  if (actual !== patch.sha256) throw new Error(`${plan.patchPath} reads back with SHA-256 ${actual}, not ${patch.sha256}`);
  const checksum = readIfExists(folder, CHECKSUM_FILE, plan.checksumPath)?.toString('utf8');
  if (checksum !== plan.checksumText) throw new Error(`${plan.checksumPath} does not name ${plan.patchName} with its SHA-256`);
  await provePatch(worktree, bytes, patch.head, exclusions, state, scratchParent);
}
