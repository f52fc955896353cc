import { arrow, type TransitionsReport } from '../../src/commands/transitions.js';
import { transitionRemedy } from '../../src/core/remedies.js';
import type { TransitionViolation } from '../../src/transitions/transitions.js';
import { code, escapeMarkdown, fileLink, shortHash, SummaryBuilder } from '../common/summary.js';

function verdictReason(report: TransitionsReport): string {
  const s = report.summary;
  const counts = `${s.changes} WO change${s.changes === 1 ? '' : 's'}, ${s.violations} violation${s.violations === 1 ? '' : 's'}, ${s.bypassed} bypassed`;
  if (report.exit_code === 0) return s.changes === 0 ? 'no WO changed state or content' : `every move is legal (${counts})`;
  const ids = [...new Set(report.violations.filter((v) => !v.bypassed).map((v) => v.wo_id))];
  return `illegal changes to ${ids.slice(0, 8).join(', ')}${ids.length > 8 ? ` and ${ids.length - 8} more` : ''} (${counts})`;
}

function violationRow(report: TransitionsReport, v: TransitionViolation): string[] {
  const verdict = v.bypassed ? `bypassed by ${shortHash(v.commit)} ${escapeMarkdown(v.commit_subject ?? '')}` : '**violation**';
  return [verdict, code(v.code), escapeMarkdown(v.wo_id), fileLink(report.root, v.file, { line: v.line }), escapeMarkdown(v.message), v.bypassed ? '' : transitionRemedy(v.code, report.bypass_marker)];
}

const RANK = { violation: 0, bypassed: 1, legal: 2 } as const;

/**
 * The transitions job summary: the verdict, the violations (those that fail first, then the bypassed
 * ones with their commit), then every changed WO as a table (WO, from → to, verdict), violations first.
 */
export function transitionsSummary(report: TransitionsReport, reportPath: string, sarifPath?: string): SummaryBuilder {
  const range = `${shortHash(report.merge_base)}..${report.staged ? 'the index' : shortHash(report.head)}`;
  const fullReport = `the JSON report ${code(reportPath)}${sarifPath ? ` and the SARIF file ${code(sarifPath)}` : ''}`;
  const summary = new SummaryBuilder().verdict(report.exit_code === 0, 'transitions', verdictReason(report)).paragraph(`Changes since ${range} (base ${shortHash(report.base)}).`);
  const violations = [...report.violations].sort((a, b) => Number(a.bypassed) - Number(b.bypassed));
  if (violations.length > 0) {
    summary.heading('Violations').table(['Verdict', 'Code', 'WO', 'Where', 'Problem', 'What to do'], violations.map((v) => violationRow(report, v)), { noun: 'violations', fullReport, open: true });
  }
  const changes = [...report.changes].sort((a, b) => RANK[a.outcome] - RANK[b.outcome]);
  if (changes.length > 0) {
    summary.heading('Moves').table(
      ['WO', 'From → to', 'Verdict'],
      changes.map((c) => [escapeMarkdown(c.wo_id), escapeMarkdown(arrow(c)), c.outcome === 'violation' ? '**violation**' : c.outcome]),
      { noun: 'changes', fullReport },
    );
  }
  if (report.notes.length > 0) summary.list(report.notes.map((n) => `note: ${escapeMarkdown(n.message)}`));
  summary.paragraph(`Full report: ${code(reportPath)}${sarifPath ? `; SARIF for code scanning: ${code(sarifPath)}` : ''}.`);
  return summary;
}
