import type { WeeklyGateReport } from '../../src/commands/weekly-gate.js';
import { actionRequiredRemedy } from '../../src/core/remedies.js';
import { code, displayPath, escapeMarkdown, fileLink, shortHash, SummaryBuilder } from '../common/summary.js';

function pathCell(root: string, rel: string, exists: boolean): string {
  return exists && !rel.split('/').includes('..') ? fileLink(root, rel, { line: 1 }) : code(displayPath(rel));
}

/** The weekly-gate job summary: the verdict, then every ACTION_REQUIRED item with what clears it. */
export function weeklyGateSummary(report: WeeklyGateReport, reportPath: string, artifact?: { name: string; id: number }): SummaryBuilder {
  const a = report.audit.summary;
  const full = `the gate report ${code(reportPath)}${artifact ? ` and the artifact ${code(artifact.name)}` : ''}`;
  const summary = new SummaryBuilder()
    .verdict(report.exit_code === 0, 'weekly gate', report.verdict)
    .paragraph(
      `Audit: P0 ${a.P0}, P1 ${a.P1}, P2 ${a.P2}, whitelisted ${a.whitelisted}. gc (${escapeMarkdown(report.gc.mode)}): ${report.gc.summary.targets} target(s), ${report.gc.summary.dirty} dirty. Exit code ${report.exit_code}.`,
    )
    .heading(`ACTION_REQUIRED (${report.action_required.length})`);
  if (report.action_required.length === 0) summary.paragraph('None.');
  const rows = report.action_required.map((item) => {
    const decision = item.decision_path
      ? `${pathCell(report.root, item.decision_path, item.decision_exists)} (${item.decision_exists ? (item.decision_complete ? 'complete' : 'not complete') : 'missing'})`
      : '';
    const patch = item.patch_path ? `${pathCell(report.root, item.patch_path, item.patch_exists)}${item.patch_exists ? '' : ' (not written yet)'}` : '';
    return [escapeMarkdown(item.wo_id), code(item.type), escapeMarkdown(item.message), patch, shortHash(item.patch_sha256), decision, actionRequiredRemedy(item.type, item.wo_id, item.decision_path)];
  });
  summary.table(['WO', 'Type', 'What', 'Patch', 'SHA-256', 'decision.md', 'What to do'], rows, { noun: 'items', fullReport: full, open: true });
  if (report.expired_whitelist.length > 0) {
    summary.heading(`Expired whitelist entries (${report.expired_whitelist.length})`);
    const expired = report.expired_whitelist.map((e) => [escapeMarkdown(e.wo_id), code(e.code), e.review_by, escapeMarkdown(e.owner), escapeMarkdown(e.reason)]);
    summary.table(['WO', 'Code', 'Review by', 'Owner', 'Reason'], expired, { noun: 'entries', fullReport: full });
  }
  if (artifact) summary.paragraph(`Reports and evidence uploaded as artifact ${code(artifact.name)} (id ${artifact.id}).`);
  summary.paragraph(`Full report: ${code(reportPath)}.`);
  return summary;
}
