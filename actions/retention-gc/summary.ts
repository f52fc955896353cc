import path from 'node:path';
import type { RetentionGcReport } from '../../src/commands/retention-gc.js';
import { DECISION_FILE } from '../../src/core/evidence.js';
import { retentionRemedy } from '../../src/core/remedies.js';
import { code, displayPath, escapeMarkdown, fileLink, SummaryBuilder } from '../common/summary.js';

function bytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / 1024 / 1024).toFixed(1)} MiB`;
}

function verdictReason(report: RetentionGcReport): string {
  const t = report.totals;
  if (report.errors.length > 0) return `${report.errors.length} eligible file${report.errors.length === 1 ? '' : 's'} could not be deleted`;
  if (report.mode === 'dry-run') {
    return t.eligible.files === 0
      ? `dry run: nothing is ${report.days} days old and unprotected`
      : `dry run: ${t.eligible.files} file${t.eligible.files === 1 ? '' : 's'} (${bytes(t.eligible.bytes)}) would be deleted, ${t.protected.files} protected`;
  }
  return `${t.deleted.files} file${t.deleted.files === 1 ? '' : 's'} deleted (${bytes(t.deleted.bytes)} freed), ${t.protected.files} protected`;
}

/**
 * The retention-gc job summary: the verdict, the mode line (its emphasis renders: every block stands
 * apart from the heading), the counts, then the eligible and protected files with what to do.
 */
export function retentionGcSummary(report: RetentionGcReport, reportPath: string, pullRequestText?: string): SummaryBuilder {
  const t = report.totals;
  const dry = report.mode === 'dry-run';
  const full = `the JSON report ${code(reportPath)}`;
  const summary = new SummaryBuilder()
    .verdict(report.errors.length === 0 && report.exit_code === 0, 'retention-gc', verdictReason(report))
    .paragraph(`Mode **${report.mode}**, evidence at least **${report.days}** days old on ${report.today}, evidence root ${code(report.evidence_root)}.`)
    .table(
      ['Eligible', 'Deleted', 'Protected', 'Too young', 'Bytes eligible', 'Bytes freed'],
      [[t.eligible.files, t.deleted.files, t.protected.files, t.too_young.files, t.eligible.bytes, t.deleted.bytes].map(String)],
      { noun: 'counts', fullReport: full },
    );
  if (report.eligible.length > 0) {
    const deleted = new Set(report.deleted);
    summary.heading(`Eligible (${report.eligible.length})`);
    const rows = report.eligible.map((f) => {
      const gone = deleted.has(f.path);
      return [
        gone ? code(displayPath(f.path)) : fileLink(report.root, f.path),
        String(f.age_days),
        escapeMarkdown(f.age_source),
        String(f.bytes),
        dry ? 'would be deleted' : gone ? 'deleted' : '**not deleted**',
        dry ? '`wo-toolkit retention-gc --apply` (or `mode: apply`)' : gone ? '' : 'see the errors below, then run again',
      ];
    });
    summary.table(['File', 'Age (days)', 'Age from', 'Bytes', 'Action', 'What to do'], rows, { noun: 'eligible files', fullReport: full });
  } else {
    summary.paragraph('Nothing is eligible.');
  }
  if (report.protected.length > 0) {
    summary.heading(`Protected (${report.protected.length})`);
    const rows = report.protected.map((p) => [
      code(displayPath(p.path)),
      code(p.reason),
      escapeMarkdown(p.detail),
      p.age_days === undefined || p.age_days === null ? '' : String(p.age_days),
      retentionRemedy(p.reason, path.posix.join(path.posix.dirname(p.path), DECISION_FILE)),
    ]);
    summary.table(['Path', 'Reason', 'Detail', 'Age (days)', 'What to do'], rows, { noun: 'protected files', fullReport: full });
  }
  summary.list(report.errors.map((e) => `could not delete ${code(displayPath(e.path))}: ${escapeMarkdown(e.message)}`));
  for (const warning of report.warnings) summary.paragraph(`> ${escapeMarkdown(warning)}`);
  if (dry && t.eligible.files > 0) summary.paragraph('Dry run: nothing was deleted. Run with `mode: apply` to delete the eligible files.');
  if (pullRequestText) summary.heading('Pull request').paragraph(pullRequestText);
  summary.paragraph(`Full report: ${code(reportPath)}.`);
  return summary;
}
