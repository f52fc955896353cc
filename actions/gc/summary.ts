import type { GcReport } from '../../src/commands/gc.js';
import { gcRemedy } from '../../src/core/remedies.js';
import type { GcOperation } from '../../src/gc/engine.js';
import { code, displayPath, escapeMarkdown, fileLink, shortHash, SummaryBuilder } from '../common/summary.js';

function outside(rel: string): boolean {
  return rel.split('/').includes('..') || rel.startsWith('/');
}

function pathCell(root: string, rel: string, line?: number): string {
  return outside(rel) ? code(displayPath(rel)) : fileLink(root, rel, line === undefined ? {} : { line });
}

function verdictReason(report: GcReport): string {
  const s = report.summary;
  const mode = report.mode === 'dry-run' ? 'dry run, nothing changed' : report.mode;
  if (s.targets === 0) return `nothing to clean up (${mode})`;
  const removed = report.mode === 'dry-run' ? `${s.removed} would be removed` : `${s.removed} removed`;
  const attention = s.needs_attention > 0 ? `, ${s.needs_attention} need${s.needs_attention === 1 ? 's' : ''} attention` : '';
  return `${s.targets} target${s.targets === 1 ? '' : 's'}: ${removed}, ${s.dirty} dirty${attention} (${mode})`;
}

function operationRow(report: GcReport, op: GcOperation): string[] {
  return [
    escapeMarkdown(op.wo_id),
    escapeMarkdown(op.kind),
    pathCell(report.root, op.path),
    op.dirty ? 'dirty' : 'clean',
    code(op.action),
    `${escapeMarkdown(op.outcome)}${op.needs_attention ? ' ⚠️' : ''}`,
    escapeMarkdown(op.error ? `${op.reason} (${op.error})` : op.reason),
    gcRemedy(op) ?? '',
  ];
}

/** The gc job summary: the verdict, the counts, every target with what to do, then the patches. */
export function gcSummary(report: GcReport, reportPath: string, writtenPatches: ReadonlySet<string>, artifact?: { name: string; id: number }): SummaryBuilder {
  const s = report.summary;
  const removedLabel = report.mode === 'dry-run' ? 'Would remove' : 'Removed';
  const full = `the JSON report ${code(reportPath)}${artifact ? ` (also in the artifact ${code(artifact.name)})` : ''}`;
  const summary = new SummaryBuilder()
    .verdict(s.needs_attention === 0 && report.exit_code === 0, `gc (${report.mode}${report.force_dirty ? ', force-dirty' : ''})`, verdictReason(report))
    .table(['Targets', removedLabel, 'Deferred', 'Skipped', 'Failed', 'Dirty', 'Needs attention'], [[s.targets, s.removed, s.deferred, s.skipped, s.failed, s.dirty, s.needs_attention].map(String)], {
      noun: 'counts',
      fullReport: full,
    });
  if (report.operations.length === 0) summary.paragraph('Nothing to clean up.');
  const ordered = [...report.operations.filter((op) => op.needs_attention), ...report.operations.filter((op) => !op.needs_attention)];
  summary.table(['WO', 'Kind', 'Path', 'State', 'Action', 'Outcome', 'Reason', 'What to do'], ordered.map((op) => operationRow(report, op)), { noun: 'targets', fullReport: full, open: true });
  const withPatch = report.operations.filter((op) => op.patch_sha256 !== undefined);
  if (withPatch.length > 0) {
    summary.heading('Patches');
    const rows = withPatch.map((op) => {
      const patch = op.patch_path ?? '';
      const written = writtenPatches.has(patch);
      const decision = op.decision_path
        ? `${written || op.decision_exists ? pathCell(report.root, op.decision_path, 1) : code(displayPath(op.decision_path))} (${op.decision_exists ? (op.decision_complete ? 'complete' : 'not complete') : 'missing'})`
        : '';
      return [escapeMarkdown(op.wo_id), written ? pathCell(report.root, patch, 1) : `${code(displayPath(patch))} (not written: dry run)`, shortHash(op.patch_sha256), decision];
    });
    summary.table(['WO', 'Patch', 'SHA-256', 'Decision'], rows, { noun: 'patches', fullReport: full });
    summary.paragraph('SHA-256 shortened to 12 characters; the full hash is in the report and in each `dirty.patch.sha256`.');
  }
  if (artifact) summary.paragraph(`Evidence uploaded as artifact ${code(artifact.name)} (id ${artifact.id}).`);
  summary.paragraph(`Full report: ${code(reportPath)}.`);
  return summary;
}
