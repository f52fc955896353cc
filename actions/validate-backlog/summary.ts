import type { ValidateBacklogReport } from '../../src/commands/validate-backlog.js';
import { validationRemedy } from '../../src/core/remedies.js';
import type { Problem } from '../../src/validate/problems.js';
import { code, escapeMarkdown, fileLink, SummaryBuilder } from '../common/summary.js';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function verdictReason(report: ValidateBacklogReport): string {
  const f = report.files;
  const checked = plural(f.config + f.whitelist + f.backlog + f.dod + f.work_orders, 'file');
  const strict = report.strict ? ', strict' : '';
  if (report.error !== undefined) return `could not validate: ${report.error}`;
  const counts = `${plural(report.summary.errors, 'error')}, ${plural(report.summary.warnings, 'warning')} in ${checked}${strict}`;
  return report.exit_code === 0 ? `valid (${counts})` : counts;
}

function problemRow(report: ValidateBacklogReport, p: Problem): string[] {
  return [escapeMarkdown(p.severity), fileLink(report.root, p.file, { line: p.line, column: p.column }), code(p.rule), escapeMarkdown(p.message), validationRemedy(p.rule)];
}

/** The validate-backlog job summary: the verdict, the counts, then every problem linked at its line. */
export function validateBacklogSummary(report: ValidateBacklogReport, reportPath: string, sarifPath?: string): SummaryBuilder {
  const f = report.files;
  const summary = new SummaryBuilder()
    .verdict(report.exit_code === 0, 'validate-backlog', verdictReason(report))
    .table(
      ['Errors', 'Warnings', 'WO files', 'DoD files', 'Backlog', 'Whitelist', 'Config'],
      [[report.summary.errors, report.summary.warnings, f.work_orders, f.dod, f.backlog, f.whitelist, f.config].map(String)],
      { noun: 'counts', fullReport: code(reportPath) },
    );
  const problems = [...report.errors, ...report.warnings];
  if (problems.length === 0) summary.paragraph('No problems.');
  summary.table(['Severity', 'Where', 'Rule', 'Problem', 'What to do'], problems.map((p) => problemRow(report, p)), {
    noun: 'problems',
    fullReport: `the JSON report ${code(reportPath)}${sarifPath ? ` and the SARIF file ${code(sarifPath)}` : ''}`,
    open: true,
  });
  summary.paragraph(`Full report: ${code(reportPath)}${sarifPath ? `; SARIF for code scanning: ${code(sarifPath)}` : ''}.`);
  return summary;
}
