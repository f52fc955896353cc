import type { State } from '../core/config.js';
import { filesById, type RepoState, type WoFile } from '../core/state.js';
import { isFailure, woVerdictReader } from '../core/evidence.js';
import { daysBetween } from '../core/today.js';
import type { WhitelistEntry } from '../core/whitelist.js';
import { FINDING_CODES, maxSeverity, severityRank, type FindingCode, type Severity } from '../core/codes.js';

export interface Finding {
  code: FindingCode;
  severity: Severity;
  wo_id: string;
  message: string;
  /** Repository-relative paths; the first is the file an annotation points at. */
  paths: string[];
  whitelisted: boolean;
  whitelist_expired?: boolean;
  whitelist?: { reason: string; owner: string; review_by: string };
  /** fail_but_running: the verdict (FAIL or CRASH) and, when its file has them, the stage that failed and when. */
  verdict?: 'FAIL' | 'CRASH';
  failure_stage?: string;
  finished_at?: string;
}

const EXPIRING_WITHIN_DAYS = 14;

function finding(code: FindingCode, woId: string, message: string, paths: string[]): Finding {
  return { code, severity: FINDING_CODES[code].severity, wo_id: woId, message, paths, whitelisted: false };
}

function statesOf(files: readonly WoFile[]): Set<State> {
  return new Set(files.map((f) => f.state));
}

/** Detects drift in the repository state (README.md#finding-codes). Read-only. */
export function detectFindings(state: RepoState, now: Date): Finding[] {
  const { root, config } = state;
  const findings: Finding[] = [];
  const byId = filesById(state.wos);
  const lockById = new Map(state.locks.map((lock) => [lock.woId, lock]));
  const staleMs = config.staleLockHours * 3_600_000;
  const verdictOf = woVerdictReader(root, config);
  // Without any WO worktree (a CI checkout) a running WO's worktree is on someone's machine.
  const checksWorktrees = hasWoWorktrees(state);
  const worktreeOf = new Set(state.worktrees.filter((wt) => wt.woId !== undefined && !wt.prunable).map((wt) => wt.woId!));

  for (const wo of state.wos) {
    if (wo.problem) findings.push(finding('unreadable_wo', wo.id, `${wo.path}: ${wo.problem}; its file name stands in as the id`, [wo.path]));
  }

  for (const [id, files] of byId) {
    // Most ids have one file, which can be neither in two states nor a duplicate.
    if (files.length > 1) {
      const states = statesOf(files);
      if (states.size >= 2) {
        findings.push(finding('split_brain', id, `${id} is in ${[...states].join(' and ')} at once`, files.map((f) => f.path)));
      }
      for (const s of states) {
        const inState = files.filter((f) => f.state === s);
        if (inState.length >= 2) {
          findings.push(finding('duplicate_yaml', id, `${inState.length} files in ${s}/ declare ${id}`, inState.map((f) => f.path)));
        }
      }
    }
    if (files.some((f) => f.state === 'running')) {
      const running = files.filter((f) => f.state === 'running').map((f) => f.path);
      const lock = lockById.get(id);
      if (!lock) {
        findings.push(finding('running_without_lock', id, `${id} is in running/ without a lock (${config.stateFolders.running}/${id}.lock)`, running));
      } else if (now.getTime() - lock.takenAt.getTime() > staleMs) {
        const hours = ((now.getTime() - lock.takenAt.getTime()) / 3_600_000).toFixed(1);
        const holder = [lock.user && `by ${lock.user}`, lock.pid !== undefined && `pid ${lock.pid}`].filter(Boolean).join(', ');
        findings.push(finding('stale_lock', id, `the lock of ${id}${holder ? ` (${holder})` : ''} is ${hours} h old (stale after ${config.staleLockHours} h; age from its ${lock.ageSource})`, [lock.path, ...running]));
      }
      const { verdict, unreadable } = verdictOf(id);
      for (const file of unreadable) {
        findings.push(finding('unreadable_verdict', id, `${file.path}: ${file.problem}; the verdict of running ${id} is unknown`, [file.path, ...running]));
      }
      if (verdict && isFailure(verdict.verdict)) {
        const details = [verdict.failure_stage && `stage ${verdict.failure_stage}`, verdict.finished_at && `finished ${verdict.finished_at}`].filter(Boolean).join(', ');
        const f = finding('fail_but_running', id, `${id} has verdict ${verdict.verdict}${details ? ` (${details})` : ''} in ${verdict.path} but is still in running/`, [...running, verdict.path]);
        f.verdict = verdict.verdict as 'FAIL' | 'CRASH';
        if (verdict.failure_stage !== undefined) f.failure_stage = verdict.failure_stage;
        if (verdict.finished_at !== undefined) f.finished_at = verdict.finished_at;
        findings.push(f);
      }
      if (checksWorktrees && !worktreeOf.has(id)) {
        findings.push(finding('running_without_worktree', id, `${id} is in running/ but has no worktree (looked in ${config.worktreesDirs.join(', ')} and for branches ${config.branchPrefixes.map((p) => `${p}${id}`).join(', ')})`, running));
      }
    }
  }

  findings.push(...sameNameInSeveralStates(state.wos, byId));

  for (const lock of state.locks) {
    if (!statesOf(byId.get(lock.woId) ?? []).has('running')) {
      findings.push(finding('lock_without_running', lock.woId, `lock ${lock.path} has no WO in running/`, [lock.path]));
    }
  }

  for (const wt of state.worktrees) {
    if (!wt.woId) continue;
    const id = wt.woId;
    const files = byId.get(id) ?? [];
    const where = `${wt.relPath}${wt.branch ? ` (branch ${wt.branch})` : ''}${wt.locked ? ', locked' : ''}`;
    if (wt.prunable) {
      findings.push(finding('prunable_worktree', id, `worktree ${where} is registered but its folder is gone`, [wt.relPath]));
      continue;
    }
    if (files.length === 0) {
      findings.push(finding('ghost_worktree', id, `worktree ${where} belongs to ${id}, which has no WO file in any state folder`, [wt.relPath]));
      continue;
    }
    const states = statesOf(files);
    if (!states.has('pending') && !states.has('running')) {
      findings.push(finding('zombie_worktree', id, `worktree ${where} is still there for ${id}, which is ${[...states].join(' and ')}`, [...files.map((f) => f.path), wt.relPath]));
    }
  }
  return findings;
}

/**
 * True when the checkout has at least one WO worktree whose folder is there: only then can a missing
 * one be drift (a CI checkout has none; a registration whose folder is gone does not count).
 */
export function hasWoWorktrees(state: RepoState): boolean {
  return state.worktrees.some((wt) => wt.woId !== undefined && !wt.prunable);
}

/** What audit could not check in this checkout, said once per report. */
export function auditNotes(state: RepoState): string[] {
  if (hasWoWorktrees(state)) return [];
  return [
    `no WO worktree in this checkout (looked in ${state.config.worktreesDirs.join(', ')} and for branches ${state.config.branchPrefixes.map((p) => `${p}<WO-ID>`).join(', ')}): running_without_worktree was not checked`,
  ];
}

/**
 * A split brain that ids alone do not show: the same WO file name in two or more state folders
 * while a copy's `id` says something else (mistyped). Reported as split_brain under the file name,
 * with an id_mismatch for each copy whose id differs from its name.
 */
function sameNameInSeveralStates(wos: readonly WoFile[], byId: Map<string, WoFile[]>): Finding[] {
  const byStem = new Map<string, WoFile[]>();
  for (const wo of wos) {
    const list = byStem.get(wo.stem);
    if (list) list.push(wo);
    else byStem.set(wo.stem, [wo]);
  }
  const findings: Finding[] = [];
  for (const [stem, files] of byStem) {
    if (files.length < 2 || files.every((f) => f.id === stem)) continue;
    const states = statesOf(files);
    if (states.size < 2) continue;
    // Already a split brain by id when every copy declares the same id.
    if (new Set(files.map((f) => f.id)).size === 1 && statesOf(byId.get(files[0]!.id) ?? []).size >= 2) continue;
    const ids = [...new Set(files.map((f) => f.id))].join(', ');
    findings.push(finding('split_brain', stem, `the file ${stem} is in ${[...states].join(' and ')} at once (its copies declare ${ids})`, files.map((f) => f.path)));
    for (const f of files) {
      if (f.id === stem || f.idFromStem) continue;
      findings.push(finding('id_mismatch', stem, `${f.path} declares id ${f.id}, not ${stem} as its file name says`, [f.path]));
    }
  }
  return findings;
}

/**
 * Applies the whitelist: an active entry marks its findings whitelisted; an expired one escalates them
 * to at least P1 with `whitelist_expired`. Adds findings about the whitelist itself.
 */
export function applyWhitelist(findings: Finding[], entries: readonly WhitelistEntry[], today: string, whitelistPath: string): Finding[] {
  const result = findings.map((f) => ({ ...f }));
  for (const entry of entries) {
    const expired = entry.review_by < today;
    const matches = result.filter((f) => f.code === entry.code && f.wo_id === entry.wo_id);
    for (const f of matches) {
      f.whitelist = { reason: entry.reason, owner: entry.owner, review_by: entry.review_by };
      if (expired) {
        f.severity = maxSeverity(f.severity, 'P1');
        f.whitelist_expired = true;
        f.message += ` (whitelist entry expired on ${entry.review_by}, owner ${entry.owner})`;
      } else {
        f.whitelisted = true;
      }
    }
    const line = entry.line === undefined ? '' : ` (line ${entry.line})`;
    if (matches.length === 0) {
      const unused = finding('whitelist_unused', entry.wo_id, `whitelist entry ${entry.code}/${entry.wo_id}${line} matches no finding; remove it`, [whitelistPath]);
      if (expired) {
        unused.severity = 'P1';
        unused.whitelist_expired = true;
        unused.message += ` (expired on ${entry.review_by}, owner ${entry.owner})`;
      }
      unused.whitelist = { reason: entry.reason, owner: entry.owner, review_by: entry.review_by };
      result.push(unused);
    }
    if (!expired && daysBetween(today, entry.review_by) <= EXPIRING_WITHIN_DAYS) {
      result.push(finding('whitelist_expiring', entry.wo_id, `whitelist entry ${entry.code}/${entry.wo_id}${line} expires on ${entry.review_by} (owner ${entry.owner}): renew it with a reason or fix the finding`, [whitelistPath]));
    }
  }
  return result;
}

/** Orders findings by severity, code, WO id and first path, so reports are stable. */
export function sortFindings(findings: Finding[]): Finding[] {
  const cmp = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);
  return findings.sort(
    (a, b) =>
      severityRank(a.severity) - severityRank(b.severity) ||
      cmp(a.code, b.code) ||
      cmp(a.wo_id, b.wo_id) ||
      cmp(a.paths[0] ?? '', b.paths[0] ?? ''),
  );
}
