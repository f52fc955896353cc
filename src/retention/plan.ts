import fs from 'node:fs';
import path from 'node:path';
import { DECISION_FILE, DECISION_NAME, listEvidence, PATCH_NAME, patchCover, patchFileName, type EvidenceListing } from '../core/evidence.js';
import { isInside, relativeTo } from '../core/paths.js';
import { isRepoFileError, readResolvedFile } from '../core/repo-files.js';
import { daysBetween } from '../core/today.js';
import type { ActiveWo } from './active.js';
import type { GitAges } from './history.js';
import { linkTarget, type CandidateFile, type EvidenceFolder, type EvidenceScan } from './scan.js';

/**
 * The retention policy (docs/retention-gc.md), applied to a scan: which candidates are eligible, which are
 * protected and why, which are simply too young. Pure reading; nothing here writes.
 */

export type ProtectionReason =
  | 'wo_running'
  | 'wo_pending'
  | 'wo_locked'
  | 'decision_missing'
  | 'decision_incomplete'
  | 'decision_unreadable'
  | 'patch_undecided'
  | 'checksum_of_kept_patch'
  | 'symlink'
  | 'outside_evidence_root'
  | 'not_regular_file'
  | 'outside_repository';

export interface Protection {
  reason: ProtectionReason;
  detail: string;
}

export type AgeSource = 'git' | 'mtime';

export interface AgedFile {
  file: CandidateFile;
  ageDays: number;
  ageSource: AgeSource;
  lastChangedMs: number;
}

export interface ProtectedItem extends Protection {
  /** Repository-relative path of the protected file or folder. */
  path: string;
  woId?: string;
  /** Absent for a folder that was not entered. */
  aged?: AgedFile;
}

export interface RetentionPlan {
  eligible: AgedFile[];
  protected: ProtectedItem[];
  tooYoung: AgedFile[];
  warnings: string[];
}

export interface PlanInput {
  root: string;
  scan: EvidenceScan;
  ages: GitAges;
  /** Each scanned folder's judgement (see judgeFolder); a folder missing here is read now. */
  protections: ReadonlyMap<string, FolderJudgement>;
  active: ReadonlyMap<string, ActiveWo>;
  days: number;
  today: string;
  /** The configured evidence root, for messages. */
  handoffDir: string;
}

const DAY_MS = 86_400_000;

/** Age in whole UTC calendar days from the day it last changed to `today` (daysBetween, without a date string per file). */
function ageOf(file: CandidateFile, ages: GitAges, todayDay: number): AgedFile {
  const committed = ages.tracked.has(file.rel) ? ages.lastCommitMs.get(file.rel) : undefined;
  const lastChangedMs = committed ?? file.mtimeMs;
  return { file, ageDays: todayDay - Math.floor(lastChangedMs / DAY_MS), ageSource: committed === undefined ? 'mtime' : 'git', lastChangedMs };
}

/**
 * What protects a folder as a whole (its WO is active, it has no decision, its decision.md is a link
 * or cannot be read), else what it holds to judge each patch by: its patches and decision files.
 */
export interface FolderJudgement {
  protection?: Protection;
  listing?: EvidenceListing;
}

/**
 * Judges a whole evidence folder: its WO is active, or it has no decision file, or decision.md is not a
 * regular file. Otherwise its decision files are read (never through a link) for the per-patch rule.
 */
export function judgeFolder(folder: Pick<EvidenceFolder, 'woId' | 'abs' | 'rel' | 'decision' | 'entries'>, active: ReadonlyMap<string, ActiveWo>): FolderJudgement {
  const wo = active.get(folder.woId);
  if (wo) {
    const where = wo.reason === 'wo_locked' ? `holds the lock ${wo.path}` : `is in ${path.posix.dirname(wo.path)}/ (${wo.path})`;
    return { protection: { reason: wo.reason, detail: `${folder.woId} ${where}` } };
  }
  const decisionRel = `${folder.rel}/${DECISION_FILE}`;
  if (folder.decision !== undefined && folder.decision !== 'file') {
    const what = folder.decision === 'symlink' ? 'a symbolic link (never followed)' : 'not a regular file';
    return { protection: { reason: 'decision_unreadable', detail: `${decisionRel} is ${what}` } };
  }
  if (!folder.entries.some((e) => DECISION_NAME.test(e.name))) {
    return { protection: { reason: 'decision_missing', detail: `${decisionRel} does not exist: no one has decided about this evidence` } };
  }
  try {
    return { listing: listEvidence(folder.abs, folder.rel, folder.entries) };
  } catch (error) {
    if (!isRepoFileError(error)) throw error;
    return { protection: { reason: 'decision_unreadable', detail: error.message } };
  }
}

/**
 * Why one patch must stay (docs/retention-gc.md, "one decision per patch"): no complete decision names
 * it. A complete decision that names no patch at all (an older record) covers only the patches that are
 * not newer than itself: never work exported after it was written.
 */
function patchProtection(listing: EvidenceListing, sha256: string, aged: AgedFile, decisionAge: (rel: string) => number): Protection | undefined {
  const cover = patchCover(listing, sha256);
  if (cover.decided) return undefined;
  const name = patchFileName(sha256);
  if (cover.decision) {
    return cover.decision.text === undefined
      ? { reason: 'decision_unreadable', detail: `${cover.decision.path} ${cover.decision.problem ?? 'cannot be read'}` }
      : { reason: 'decision_incomplete', detail: `${cover.decision.path} is not complete: ${cover.decision.problem ?? 'not decided'}` };
  }
  const older = cover.unnamed.find((d) => decisionAge(d.path) >= aged.lastChangedMs);
  if (older) return undefined;
  if (cover.unnamed.length > 0) {
    return {
      reason: 'patch_undecided',
      detail: `no decision names ${name}; ${cover.unnamed[0]!.path} records a decision but names no patch and is older than this patch, so it covers no new work (name the patch's SHA-256 or file name in a decision)`,
    };
  }
  const pending = listing.decisions.find((d) => !d.complete);
  if (pending) {
    return pending.text === undefined
      ? { reason: 'decision_unreadable', detail: `${pending.path} ${pending.problem ?? 'cannot be read'}` }
      : { reason: 'decision_incomplete', detail: `${pending.path} is not complete: ${pending.problem ?? 'not decided'}` };
  }
  return { reason: 'patch_undecided', detail: `no complete decision names ${name} (${listing.decisions.map((d) => d.path).join(', ')} decide${listing.decisions.length === 1 ? 's' : ''} other patches)` };
}

/** The patch names a checksum file lists (`<sha256>  dirty.<sha256>.patch` per line); undefined when it cannot be read. */
function checksumNames(file: CandidateFile): string[] | undefined {
  try {
    const text = readResolvedFile(file.abs, file.rel)?.bytes.toString('utf8');
    if (text === undefined) return undefined;
    return text
      .split('\n')
      .map((line) => /^[0-9a-f]{64} [ *](dirty\.[0-9a-f]{64}\.patch)$/.exec(line.trim())?.[1])
      .filter((name): name is string => name !== undefined);
  } catch (error) {
    if (!isRepoFileError(error)) throw error;
    return undefined;
  }
}

function describeTarget(root: string, target: string | undefined): string {
  if (target === undefined) return 'a missing target (dangling)';
  return isInside(root, target) ? relativeTo(root, target) : target;
}

/** A link is never followed or deleted; where it leads only decides how it is reported. */
function linkProtection(root: string, evidenceRoot: string, abs: string, what: string): Protection {
  const target = linkTarget(abs);
  const shown = describeTarget(root, target);
  if (target !== undefined && isInside(evidenceRoot, target)) {
    return { reason: 'symlink', detail: `${what} is a symbolic link to ${shown}; links are never deleted or followed` };
  }
  return { reason: 'outside_evidence_root', detail: `${what} is a symbolic link to ${shown}, outside the evidence root; never followed, never deleted` };
}

export function planRetention(input: PlanInput): RetentionPlan {
  const { root, scan, ages, protections, active, days } = input;
  const todayDay = daysBetween('1970-01-01', input.today);
  const plan: RetentionPlan = { eligible: [], protected: [], tooYoung: [], warnings: [] };
  if (scan.outsideRepository) {
    plan.protected.push({
      path: input.handoffDir,
      reason: 'outside_repository',
      detail: `the evidence root resolves to ${scan.abs}, outside the repository; nothing in it is touched`,
    });
    return plan;
  }
  for (const link of scan.linkedFolders) {
    plan.protected.push({ path: link.rel, woId: link.woId, ...linkProtection(root, scan.abs, link.abs, 'the evidence folder') });
  }
  const decisionAge = (rel: string): number => {
    const committed = ages.tracked.has(rel) ? ages.lastCommitMs.get(rel) : undefined;
    return committed ?? fs.lstatSync(path.join(root, rel), { throwIfNoEntry: false })?.mtimeMs ?? 0;
  };
  for (const folder of scan.folders) {
    // undefined: not judged yet; read only when a file needs it.
    let judgement = protections.get(folder.woId);
    const judge = (): FolderJudgement => (judgement ??= judgeFolder(folder, active));
    // The checksum file names the folder's patches: it goes only with the last patch it names.
    const keptPatches = new Map<string, Protection | undefined>();
    const checksums: AgedFile[] = [];
    for (const file of folder.candidates) {
      const aged = ageOf(file, ages, todayDay);
      if (file.type === 'symlink') {
        plan.protected.push({ path: file.rel, woId: file.woId, aged, ...linkProtection(root, scan.abs, file.abs, file.name) });
        continue;
      }
      if (file.type === 'other') {
        plan.protected.push({ path: file.rel, woId: file.woId, aged, reason: 'not_regular_file', detail: `${file.name} is not a regular file` });
        continue;
      }
      if (file.kind === 'checksum') {
        checksums.push(aged);
        continue;
      }
      if (aged.ageDays < days) {
        plan.tooYoung.push(aged);
        keptPatches.set(file.name, undefined);
        continue;
      }
      const { protection, listing } = judge();
      const kept = protection ?? patchProtection(listing!, PATCH_NAME.exec(file.name)![1]!, aged, decisionAge);
      if (kept) {
        plan.protected.push({ path: file.rel, woId: file.woId, aged, ...kept });
        keptPatches.set(file.name, kept);
      } else plan.eligible.push(aged);
    }
    for (const aged of checksums) {
      const { file } = aged;
      if (aged.ageDays < days) {
        plan.tooYoung.push(aged);
        continue;
      }
      // A checksum that cannot be read is taken to name every patch of the folder.
      const named = checksumNames(file) ?? [...keptPatches.keys()];
      const staying = named.filter((name) => keptPatches.has(name));
      const folderProtected = judge().protection;
      if (folderProtected) plan.protected.push({ path: file.rel, woId: file.woId, aged, ...folderProtected });
      else if (staying.length > 0) {
        // The reason of the first patch that stays (a decision to complete), else: it waits for its young patch.
        const first = staying.map((name) => keptPatches.get(name)).find((p) => p !== undefined);
        const detail = `${file.name} is the checksum of ${staying.join(', ')}, which stay${staying.length === 1 ? 's' : ''}`;
        plan.protected.push({ path: file.rel, woId: file.woId, aged, ...(first ?? { reason: 'checksum_of_kept_patch', detail }) });
      } else plan.eligible.push(aged);
    }
  }
  if (ages.shallow) {
    plan.warnings.push(
      'the repository is a shallow clone: files last changed before its oldest fetched commit look as young as that commit, so fewer files are eligible; check out with full history (fetch-depth: 0) for true ages',
    );
  }
  plan.protected.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return plan;
}
