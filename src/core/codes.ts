export type Severity = 'P0' | 'P1' | 'P2';
export const SEVERITIES: readonly Severity[] = ['P0', 'P1', 'P2'];

export interface CodeInfo {
  severity: Severity;
  summary: string;
}

/** Every finding code audit can report (docs: README, Finding codes; the first eight are the pipeline's own). */
export const FINDING_CODES = {
  split_brain: { severity: 'P0', summary: 'one WO id has files in two or more state folders' },
  running_without_lock: { severity: 'P0', summary: 'a WO in running/ has no lock' },
  ghost_worktree: { severity: 'P0', summary: 'a WO worktree whose id has no WO file in any state folder' },
  fail_but_running: { severity: 'P0', summary: 'the WO verdict is FAIL or CRASH and it is still in running/' },
  zombie_worktree: { severity: 'P1', summary: 'a worktree of a WO that is in done/ or failed/' },
  lock_without_running: { severity: 'P1', summary: 'a lock for a WO that is not in running/' },
  duplicate_yaml: { severity: 'P2', summary: 'two or more files in one state folder declare the same id' },
  running_without_worktree: { severity: 'P1', summary: 'a WO in running/ has no worktree (only checked where the checkout has WO worktrees)' },
  unreadable_verdict: { severity: 'P0', summary: 'a verdict file of a running WO cannot be read or holds no valid verdict (BOM, invalid JSON, FAILED)' },
  id_mismatch: { severity: 'P1', summary: 'a WO file whose name is in two state folders declares another id than its name' },
  unreadable_wo: { severity: 'P1', summary: 'a WO file that cannot be parsed, is not a mapping or has no id' },
  prunable_worktree: { severity: 'P2', summary: 'a WO worktree registration whose folder is gone (git worktree prune clears it)' },
  stale_lock: { severity: 'P2', summary: 'the lock of a running WO is older than the stale lock age' },
  whitelist_expiring: { severity: 'P2', summary: 'an active whitelist entry reaches its review_by date within 14 days' },
  whitelist_unused: { severity: 'P2', summary: 'an active whitelist entry matches no finding' },
} as const satisfies Record<string, CodeInfo>;

export type FindingCode = keyof typeof FINDING_CODES;
export const ALL_CODES = Object.keys(FINDING_CODES) as FindingCode[];

export function isFindingCode(value: string): value is FindingCode {
  return Object.prototype.hasOwnProperty.call(FINDING_CODES, value);
}

export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

/** The more severe of two severities. */
export function maxSeverity(a: Severity, b: Severity): Severity {
  return severityRank(a) <= severityRank(b) ? a : b;
}
