import * as core from '@actions/core';
import type { Finding } from '../../src/audit/audit.js';
import { readAuditSettings, runAudit, type AuditReport } from '../../src/commands/audit.js';
import { actionArgs } from '../common/inputs.js';
import { defaultReportPath, escapeCell, runAction, workspacePath, writeReport } from '../common/runner.js';

function annotate(report: AuditReport, f: Finding): void {
  const properties: core.AnnotationProperties = { title: `${f.code} (${f.severity}) ${f.wo_id}` };
  if (f.paths[0]) properties.file = workspacePath(report.root, f.paths[0]);
  const message = f.whitelisted ? `${f.message} [whitelisted until ${f.whitelist?.review_by}]` : f.message;
  if (f.whitelisted || f.severity === 'P2') core.notice(message, properties);
  else if (f.severity === 'P1') core.warning(message, properties);
  else core.error(message, properties);
}

async function writeSummary(report: AuditReport): Promise<void> {
  const s = report.summary;
  const summary = core.summary
    .addHeading('wo-toolkit audit', 2)
    .addTable([
      [
        { data: 'P0', header: true },
        { data: 'P1', header: true },
        { data: 'P2', header: true },
        { data: 'Total', header: true },
        { data: 'Whitelisted', header: true },
      ],
      [String(s.P0), String(s.P1), String(s.P2), String(s.total), String(s.whitelisted)],
    ]);
  if (report.findings.length > 0) {
    const rows = report.findings.map(
      (f) => `| ${f.whitelisted ? `${f.severity} (whitelisted)` : f.severity} | \`${f.code}\` | ${f.wo_id} | ${escapeCell(f.message)} | ${f.paths.map((p) => `\`${escapeCell(p)}\``).join('<br>')} |`,
    );
    summary.addRaw(['', '| Severity | Code | WO | Finding | Paths |', '|---|---|---|---|---|', ...rows, ''].join('\n'), true);
  } else {
    summary.addRaw('No findings.', true);
  }
  summary.addRaw(`\nfail-on \`${report.fail_on.join(',')}\`: **${report.exit_code === 0 ? 'pass' : 'fail'}**`, true);
  await summary.write();
}

export async function run(): Promise<void> {
  await runAction(async () => {
    const args = actionArgs();
    const report = await runAudit(readAuditSettings(args));
    const reportPath = writeReport(args.text('json') ?? defaultReportPath('audit'), report);
    core.setOutput('exit-code', String(report.exit_code));
    core.setOutput('report', reportPath);
    core.setOutput('p0-count', String(report.summary.P0));
    core.setOutput('p1-count', String(report.summary.P1));
    core.setOutput('p2-count', String(report.summary.P2));
    core.setOutput('total', String(report.summary.total));
    for (const f of report.findings) annotate(report, f);
    await writeSummary(report);
    if (report.exit_code !== 0) {
      core.setFailed(`audit failed (fail-on ${report.fail_on.join(',')}): ${report.failing_wo_ids.join(', ')}`);
    }
  });
}
