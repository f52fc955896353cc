import fs from 'node:fs';
import path from 'node:path';
import { assessDecision } from '../core/decision.js';
import { DECISION_FILE } from '../core/evidence.js';
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
  /** Each scanned folder's protection (see folderProtection); a folder missing here is read now. */
  protections: ReadonlyMap<string, Protection | undefined>;
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
 * Why a whole evidence folder must stay: its WO is active, or its decision is missing or not complete.
 * decision.md is read only when the folder listing shows a regular file: a link is never followed.
 */
export function folderProtection(folder: Pick<EvidenceFolder, 'woId' | 'abs' | 'rel' | 'decision'>, active: ReadonlyMap<string, ActiveWo>): Protection | undefined {
  const wo = active.get(folder.woId);
  if (wo) {
    const where = wo.reason === 'wo_locked' ? `holds the lock ${wo.path}` : `is in ${path.posix.dirname(wo.path)}/ (${wo.path})`;
    return { reason: wo.reason, detail: `${folder.woId} ${where}` };
  }
  const decisionRel = `${folder.rel}/${DECISION_FILE}`;
  if (folder.decision === undefined) {
    return { reason: 'decision_missing', detail: `${decisionRel} does not exist: no one has decided about this evidence` };
  }
  if (folder.decision !== 'file') {
    const what = folder.decision === 'symlink' ? 'a symbolic link (never followed)' : 'not a regular file';
    return { reason: 'decision_unreadable', detail: `${decisionRel} is ${what}` };
  }
  let text: string;
  try {
    const content = readResolvedFile(path.join(folder.abs, DECISION_FILE), decisionRel);
    if (content === undefined) return { reason: 'decision_missing', detail: `${decisionRel} does not exist: no one has decided about this evidence` };
    text = content.bytes.toString('utf8');
  } catch (error) {
    if (!isRepoFileError(error)) throw error;
    return { reason: 'decision_unreadable', detail: error.message };
  }
  const decision = assessDecision(text);
  return decision.complete ? undefined : { reason: 'decision_incomplete', detail: `${decisionRel} is not complete: ${decision.problem}` };
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
  for (const folder of scan.folders) {
    // null: not known yet; read only when a file needs it.
    let folderProtected = protections.has(folder.woId) ? protections.get(folder.woId) : null;
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
      if (aged.ageDays < days) {
        plan.tooYoung.push(aged);
        continue;
      }
      if (folderProtected === null) folderProtected = folderProtection(folder, active);
      if (folderProtected) plan.protected.push({ path: file.rel, woId: file.woId, aged, ...folderProtected });
      else plan.eligible.push(aged);
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
