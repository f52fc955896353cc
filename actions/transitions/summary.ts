import { arrow, type TransitionsReport } from '../../src/commands/transitions.js';
import { transitionRemedy } from '../../src/core/remedies.js';
import { code, escapeMarkdown, fileLink, shortHash, SummaryBuilder } from '../common/summary.js';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function verdictReason(report: TransitionsReport): string {
  const s = report.summary;
  const counts = `${plural(s.changes, 'WO change')}, ${plural(s.violations, 'violation')}, ${s.bypassed} bypassed`;
  return report.exit_code === 0 ? `every move is legal (${counts})` : counts;
}

/** The transitions job summary: the verdict, the violations with what fixes each, then every move. */
export function transitionsSummary(report: TransitionsReport, reportPath: string, sarifPath?: string): SummaryBuilder {
  const full = `the JSON report ${code(reportPath)}`;
  const range = `${shortHash(report.merge_base)}..${report.staged ? 'the index' : shortHash(report.head)}`;
  const summary = new SummaryBuilder().verdict(report.exit_code === 0, 'transitions', verdictReason(report)).paragraph(`Compared ${range}.`);
  const ordered = [...report.violations].sort((a, b) => Number(a.bypassed) - Number(b.bypassed));
  if (ordered.length > 0) {
    summary.heading('Violations');
    const rows = ordered.map((v) => [
      v.bypassed ? `bypassed by ${shortHash(v.commit)} ${escapeMarkdown(v.commit_subject ?? '')}` : '**violation**',
      code(v.code),
      escapeMarkdown(v.wo_id),
      fileLink(report.root, v.file, { line: v.line }),
      escapeMarkdown(v.message),
      v.bypassed ? '' : transitionRemedy(v.code),
    ]);
    summary.table(['Verdict', 'Code', 'WO', 'Where', 'Problem', 'What to do'], rows, { noun: 'violations', fullReport: full, open: true });
  }
  if (report.changes.length > 0) {
    summary.heading('Moves');
    const rank = { violation: 0, bypassed: 1, legal: 2 } as const;
    const changes = [...report.changes].sort((a, b) => rank[a.outcome] - rank[b.outcome]);
    const rows = changes.map((c) => [escapeMarkdown(c.wo_id), escapeMarkdown(arrow(c)), c.outcome === 'violation' ? '**violation**' : c.outcome]);
    summary.table(['WO', 'From → to', 'Verdict'], rows, { noun: 'moves', fullReport: full });
  } else {
    summary.paragraph('No WO changed state or content.');
  }
  for (const n of report.notes) summary.paragraph(`> note: ${escapeMarkdown(n.message)}`);
  summary.paragraph(`Full report: ${code(reportPath)}${sarifPath ? `; SARIF for code scanning: ${code(sarifPath)}` : ''}.`);
  return summary;
}
