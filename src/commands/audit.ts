import { applyWhitelist, auditNotes, detectFindings, sortFindings, type Finding } from '../audit/audit.js';
import { isFindingCode, SEVERITIES, type Severity } from '../core/codes.js';
import { failsOn, readFailOn, type FailOn } from '../audit/fail-on.js';
import { readFile, readRoot, readToday, type Args, type PathArg } from '../core/args.js';
import { openRepository, type RepoContext } from '../core/context.js';
import { baseReport, type BaseReport } from '../core/report.js';
import { loadRepoState, type RepoState } from '../core/state.js';
import { loadWhitelist } from '../core/whitelist.js';

export interface AuditSettings {
  root: PathArg;
  config: PathArg | undefined;
  /** What fails the run (`fail-on`, default P0). */
  failOn: FailOn;
  /** YYYY-MM-DD: the date whitelist entries are judged by. */
  today: string;
  /** The moment lock ages are measured against. */
  now: Date;
}

export function readAuditSettings(args: Args): AuditSettings {
  const now = new Date();
  return {
    root: readRoot(args),
    config: readFile(args, 'config'),
    failOn: readFailOn(args, 'fail-on'),
    today: readToday(args, 'today', now),
    now,
  };
}

export interface AuditSummary {
  P0: number;
  P1: number;
  P2: number;
  /** Findings that count (not whitelisted): P0 + P1 + P2. */
  total: number;
  whitelisted: number;
}

export interface AuditReport extends BaseReport {
  today: string;
  fail_on: string[];
  summary: AuditSummary;
  /** WO ids of the findings that failed the run (empty when exit_code is 0). */
  failing_wo_ids: string[];
  findings: Finding[];
  /** What could not be checked in this checkout (for example no WO worktree at all), each said once. */
  notes: string[];
}

export function summarise(findings: readonly Finding[]): AuditSummary {
  const summary: AuditSummary = { P0: 0, P1: 0, P2: 0, total: 0, whitelisted: 0 };
  for (const f of findings) {
    if (f.whitelisted) summary.whitelisted++;
    else {
      summary[f.severity]++;
      summary.total++;
    }
  }
  return summary;
}

/** Runs audit (read-only) and decides its exit code against `--fail-on`. */
export async function runAudit(settings: AuditSettings): Promise<AuditReport> {
  return auditRepository(await openRepository(settings.root, settings.config), settings);
}

/**
 * Audit of a repository already opened: weekly-gate composes it with gc over the same one, and passes
 * the state it read for both (`loaded`), so the repository is read once.
 */
export async function auditRepository(
  { root, config }: RepoContext,
  { failOn, today, now }: Pick<AuditSettings, 'failOn' | 'today' | 'now'>,
  loaded?: RepoState,
): Promise<AuditReport> {
  const whitelist = loadWhitelist(root, config, isFindingCode);
  const state = loaded ?? (await loadRepoState(root, config));
  const findings = sortFindings(applyWhitelist(detectFindings(state, now), whitelist, today, config.whitelist));
  const failing = findings.filter((f) => !f.whitelisted && failsOn(failOn, f.code, f.severity));
  const exitCode = failing.length > 0 ? 1 : 0;
  return {
    ...baseReport('audit', root, exitCode, now),
    today,
    fail_on: failOn.tokens,
    summary: summarise(findings),
    failing_wo_ids: [...new Set(failing.map((f) => f.wo_id))].sort(),
    findings,
    notes: auditNotes(state),
  };
}

/** Human-readable audit output, grouped by severity. */
export function formatAudit(report: AuditReport): string {
  const lines: string[] = [`wo-toolkit audit: ${report.root} (today ${report.today})`];
  const counted = report.findings.filter((f) => !f.whitelisted);
  for (const severity of SEVERITIES as readonly Severity[]) {
    const group = counted.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    lines.push('', `${severity} (${group.length})`);
    for (const f of group) {
      lines.push(`  ${f.code.padEnd(24)} ${f.wo_id.padEnd(10)} ${f.message}`);
      for (const p of f.paths) lines.push(`  ${''.padEnd(24)} ${''.padEnd(10)}   ${p}`);
    }
  }
  const whitelisted = report.findings.filter((f) => f.whitelisted);
  if (whitelisted.length > 0) {
    lines.push('', `whitelisted (${whitelisted.length})`);
    for (const f of whitelisted) {
      lines.push(`  ${f.code.padEnd(24)} ${f.wo_id.padEnd(10)} until ${f.whitelist?.review_by} (${f.whitelist?.owner}: ${f.whitelist?.reason})`);
    }
  }
  const s = report.summary;
  if (report.findings.length === 0) lines.push('', 'No findings.');
  for (const note of report.notes) lines.push('', `note: ${note}`);
  const verdict = report.exit_code === 0 ? 'pass' : `FAIL (${report.failing_wo_ids.join(', ')})`;
  lines.push('', `summary: P0=${s.P0} P1=${s.P1} P2=${s.P2} total=${s.total} whitelisted=${s.whitelisted}; fail-on ${report.fail_on.join(',')}: ${verdict}`);
  return `${lines.join('\n')}\n`;
}
