import type { ReconcileReport } from '../../src/commands/reconcile.js';
import { reconcileRemedy } from '../../src/core/remedies.js';
import type { Repair } from '../../src/reconcile/types.js';
import { code, escapeMarkdown, fileLink, SummaryBuilder } from '../common/summary.js';

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function verdictReason(report: ReconcileReport): string {
  const s = report.summary;
  if (s.repairs === 0) return 'nothing to repair';
  if (report.mode === 'plan') return `plan: ${plural(s.repairs, 'repair')} (${s.safe} safe, ${s.needs_force} need force, ${s.needs_person} need a person, ${s.blocked} blocked)`;
  if (s.blocked > 0) return `nothing written: ${plural(s.blocked, 'repair')} blocked by a file that cannot be parsed or would not validate`;
  return `${plural(s.applied, 'repair')} applied, ${s.remaining} left (${s.needs_force} need force, ${s.needs_person} need a person)`;
}

function status(r: Repair, mode: ReconcileReport['mode']): string {
  if (r.applied) return 'applied';
  if (r.needs === 'force') return 'needs `force`';
  if (r.needs === 'person') return '**a person decides**';
  if (r.needs === 'fix_file') return '**blocked**';
  return mode === 'plan' ? 'safe (would apply)' : 'safe';
}

/** The reconcile job summary: the verdict, the counts, the plan as a table (with what to do), the notes and the pull request. */
export function reconcileSummary(report: ReconcileReport, reportPath: string, pullRequestText?: string): SummaryBuilder {
  const s = report.summary;
  const full = `the JSON report ${code(reportPath)}`;
  const summary = new SummaryBuilder()
    .verdict(report.exit_code === 0, 'reconcile', verdictReason(report))
    .paragraph(`Mode **${report.mode}**${report.force ? ' with **force**' : ''}.`)
    .table(['Repairs', 'Safe', 'Need force', 'Need a person', 'Blocked', 'Applied'], [[s.repairs, s.safe, s.needs_force, s.needs_person, s.blocked, s.applied].map(String)], {
      noun: 'counts',
      fullReport: full,
    });
  if (report.repairs.length > 0) {
    const rows = report.repairs.map((r) => [
      escapeMarkdown(r.wo_id),
      code(r.code),
      escapeMarkdown(`${r.from ?? ''} → ${r.to ?? 'a person decides'}`),
      status(r, report.mode),
      escapeMarkdown(r.message),
      r.paths.map((p) => fileLink(report.root, p)).join('<br>'),
      reconcileRemedy(r),
    ]);
    summary.heading(`Plan (${report.repairs.length})`).table(['WO', 'Repair', 'From → to', 'Status', 'What', 'Files', 'What to do'], rows, { noun: 'repairs', fullReport: full, open: true });
  }
  if (report.notes.length > 0) {
    summary
      .heading('Empty fields nothing can fill')
      .list(report.notes.map((n) => `${escapeMarkdown(n.message)}: ${n.not_inferred.map((f) => `${f.field} (${escapeMarkdown(f.reason)})`).join('; ')}`));
  }
  if (s.blocked > 0 && report.mode === 'apply') summary.paragraph('**Nothing was written**: a file a repair touches cannot be parsed or would not validate. Fix it, then run again.');
  else if (report.mode === 'plan' && s.repairs > 0) summary.paragraph('Plan only: nothing was written. Run with `mode: apply` to apply the safe repairs (`force: true` also those that need it).');
  if (pullRequestText) summary.heading('Pull request').paragraph(pullRequestText);
  summary.paragraph(`Full report: ${code(reportPath)}.`);
  return summary;
}
