import type { Finding } from '../../src/audit/audit.js';
import type { AuditReport } from '../../src/commands/audit.js';
import { auditRemedy } from '../../src/core/remedies.js';
import { code, displayPath, escapeMarkdown, fileLink, SummaryBuilder } from '../common/summary.js';

/** At most this many WO ids in the verdict line; the table has them all. */
const IDS_IN_VERDICT = 8;

function listIds(ids: readonly string[]): string {
  const shown = ids.slice(0, IDS_IN_VERDICT).join(', ');
  return ids.length > IDS_IN_VERDICT ? `${shown} and ${ids.length - IDS_IN_VERDICT} more` : shown;
}

function verdictReason(report: AuditReport): string {
  const s = report.summary;
  const failOn = report.fail_on.join(',');
  const counts = `P0 ${s.P0}, P1 ${s.P1}, P2 ${s.P2}${s.whitelisted > 0 ? `, ${s.whitelisted} whitelisted` : ''}`;
  if (report.exit_code === 0) return s.total === 0 ? `no drift (fail-on ${failOn})` : `no finding matches fail-on ${failOn} (${counts})`;
  return `findings match fail-on ${failOn} for ${listIds(report.failing_wo_ids)} (${counts})`;
}

/** Files of the pipeline that a commit holds; a worktree folder (ignored, or beside the repository) is not one. */
const COMMITTED_FILE = /\.(ya?ml|json|lock|md|patch)$/;

/** A WO file, lock or whitelist as a link at the commit; a worktree folder as code. */
function pathCell(report: AuditReport, file: string): string {
  const linkable = COMMITTED_FILE.test(file) && !file.split('/').includes('..') && !file.startsWith('/');
  return linkable ? fileLink(report.root, file, { line: 1 }) : code(displayPath(file));
}

function findingRow(report: AuditReport, f: Finding): string[] {
  const severity = f.whitelisted ? `${f.severity} (whitelisted until ${f.whitelist?.review_by ?? '?'})` : f.severity;
  return [
    escapeMarkdown(severity),
    code(f.code),
    escapeMarkdown(f.wo_id),
    escapeMarkdown(f.message),
    f.paths.map((p) => pathCell(report, p)).join('<br>'),
    f.whitelisted ? 'nothing until the entry expires' : auditRemedy(f.code, f.wo_id),
  ];
}

/**
 * The audit job summary: the verdict, the counts, then every finding (the ones that count first, then
 * the whitelisted ones) with its files linked at the commit and the command that fixes it.
 */
export function auditSummary(report: AuditReport, reportPath: string, sarifPath?: string): SummaryBuilder {
  const s = report.summary;
  const summary = new SummaryBuilder()
    .verdict(report.exit_code === 0, 'audit', verdictReason(report))
    .table(['P0', 'P1', 'P2', 'Total', 'Whitelisted'], [[s.P0, s.P1, s.P2, s.total, s.whitelisted].map(String)], { noun: 'counts', fullReport: code(reportPath) });
  const ordered = [...report.findings.filter((f) => !f.whitelisted), ...report.findings.filter((f) => f.whitelisted)];
  if (ordered.length === 0) summary.paragraph('No findings.');
  summary.table(['Severity', 'Code', 'WO', 'Finding', 'Files', 'What to do'], ordered.map((f) => findingRow(report, f)), {
    noun: 'findings',
    fullReport: `the JSON report ${code(reportPath)}${sarifPath ? ` and the SARIF file ${code(sarifPath)}` : ''}`,
    open: true,
  });
  summary.paragraph(`Full report: ${code(reportPath)}${sarifPath ? `; SARIF for code scanning: ${code(sarifPath)}` : ''}.`);
  return summary;
}
