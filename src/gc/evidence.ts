import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../core/config.js';
import { CHECKSUM_FILE, DECISION_FILE, decisionFileName, decisionFileNumber, evidenceFolder, listEvidence, PATCH_LINK, patchCover, patchFileName } from '../core/evidence.js';
import { namedPatches } from '../core/decision.js';
import { toPosix } from '../core/paths.js';
import { checkRepoFolder, ensureRepoFolder, isRepoFileError, readResolvedFile } from '../core/repo-files.js';
import { woIdPathProblem } from '../core/wo-id.js';
import { leftoverTempFiles, symlinkAtomic, writeFileAtomic } from './atomic.js';
import { generatedForWorktree, isUntouched, renderDecision, type DecisionFields } from './decision.js';
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
  /** The decision file about this patch: the one that names it, else the one a run writes for it. */
  decisionPath: string;
  decisionName: string;
  /** What a run writes, in order. */
  writes: EvidenceFile[];
  checksumText: string;
  decisionText: string;
  /** decision.md is on disk before the run. */
  decisionOnDisk: boolean;
  /** decision.md as it is after a real run (the one on disk, or the one the run writes) is complete. */
  decisionComplete: boolean;
  /** The decision file names the current patch (always, once written: one decision per patch). */
  decisionCurrent: boolean;
  /** A complete decision names this patch: --force-dirty may remove its worktree. */
  patchDecided: boolean;
  /** Why the patch is not decided, in one line (absent when decided). */
  undecidedReason?: string;
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
    decisionName: DECISION_FILE,
    writes: [],
    checksumText,
    decisionText: generated,
    decisionOnDisk: false,
    decisionComplete: false,
    decisionCurrent: true,
    patchDecided: false,
    undecidedReason: `no decision names ${patchName}`,
    leftovers: [],
  };

  const idProblem = woIdPathProblem(fields.woId);
  if (idProblem !== undefined) return { ...plan, problem: `WO id '${fields.woId}' cannot name an evidence folder: it ${idProblem}` };
  try {
    return readEvidenceFolder(plan, patch, fields);
  } catch (error) {
    // A part of the folder that leads outside the repository, a FIFO or a file too large to be ours.
    if (isRepoFileError(error)) return { ...plan, problem: error.message };
    throw error;
  }
}

function readEvidenceFolder(plan: EvidencePlan, patch: Patch, fields: Omit<DecisionFields, 'sha256' | 'files' | 'head'>): EvidencePlan {
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
    return plan;
  }
  const listing = listEvidence(folderReal, plan.folderRel);
  const patches = listing.patches.includes(patch.sha256) ? listing.patches : [...listing.patches, patch.sha256].sort();

  // The checksum file names every patch of the folder (one line each), so a second patch never takes
  // the first one's line away.
  plan.checksumText = patches.map((sha) => `${sha}  ${patchFileName(sha)}\n`).join('');
  if (readIfExists(folder, CHECKSUM_FILE, plan.checksumPath)?.toString('utf8') !== plan.checksumText) plan.writes.push('checksum');

  const link = lstatIfExists(path.join(folder, PATCH_LINK));
  if (link && !link.isSymbolicLink()) {
    return { ...plan, problem: `${plan.linkPath} exists and is not a symbolic link; move it away and rerun` };
  }
  if (!link || linkNeedsThis(folder, fs.readlinkSync(path.join(folder, PATCH_LINK)), plan.patchName, existingPatch === undefined)) plan.writes.push('link');

  // One decision per patch: the file that names this patch, else a new one (never another patch's).
  const cover = patchCover(listing, patch.sha256);
  if (cover.decision) {
    plan.decisionName = cover.decision.name;
    plan.decisionPath = cover.decision.path;
    plan.decisionText = cover.decision.text ?? '';
    plan.decisionOnDisk = true;
  } else {
    // A template gc wrote for this same worktree that nobody touched follows the worktree's new work,
    // naming the patches it replaces; anything else stays as it is and this patch gets a file of its own.
    const follows = listing.decisions.find((d) => d.text !== undefined && isUntouched(d.text) && generatedForWorktree(d.text, fields.worktree));
    const name = follows?.name ?? (listing.decisions.some((d) => d.name === DECISION_FILE) ? decisionFileName(Math.max(1, ...listing.decisions.map((d) => decisionFileNumber(d.name)!)) + 1) : DECISION_FILE);
    if (follows) {
      const supersedes = namedPatches(follows.text!, listing.patches).filter((sha) => sha !== patch.sha256);
      plan.decisionText = renderDecision({ ...fields, sha256: patch.sha256, files: patch.files, head: patch.head, supersedes });
      plan.decisionOnDisk = true;
    }
    plan.decisionName = name;
    plan.decisionPath = `${plan.folderRel}/${name}`;
    plan.writes.push('decision');
  }
  plan.patchDecided = cover.decided;
  if (cover.decided) delete plan.undecidedReason;
  else plan.undecidedReason = cover.reason!;
  plan.decisionComplete = cover.decision?.complete ?? false;
  return plan;
}

/**
 * `dirty.patch` names the newest patch of the folder: it moves to this patch when it is missing or
 * dangling, when this run writes the patch (new work), or when what it names is older than this patch
 * (a run killed between the patch and the link). Two worktrees of one WO therefore never make it
 * flip from run to run.
 */
function linkNeedsThis(folder: string, current: string, patchName: string, writingPatch: boolean): boolean {
  if (current === patchName) return false;
  if (writingPatch) return true;
  const named = lstatIfExists(path.join(folder, path.basename(current)));
  const mine = lstatIfExists(path.join(folder, patchName));
  if (!named || !named.isFile() || path.basename(current) !== current) return true;
  return mine !== undefined && named.mtimeMs < mine.mtimeMs;
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
      writeFileAtomic(at(plan.decisionName), plan.decisionText);
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

/**
 * Read again right before a dirty worktree goes: why its patch is no longer decided (a decision
 * edited back, moved away), or undefined while a complete decision still names it.
 */
export function undecidedNow(plan: EvidencePlan, sha256: string): string | undefined {
  const folder = ensureRepoFolder(plan.root, plan.folderRel);
  const cover = patchCover(listEvidence(folder, plan.folderRel), sha256);
  return cover.decided ? undefined : cover.reason;
}
