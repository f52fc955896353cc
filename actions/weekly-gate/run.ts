import * as core from '@actions/core';
import fs from 'node:fs';
import path from 'node:path';
import { readWeeklyGateSettings, runWeeklyGate, timestamp, type WeeklyGateReport } from '../../src/commands/weekly-gate.js';
import { readArtifactSettings, uploadArtifactFiles, type ArtifactFile } from '../common/artifact.js';
import { existingEvidence, gcEvidenceFiles } from '../common/evidence.js';
import { actionArgs } from '../common/inputs.js';
import { runAction, workspacePath, writeReport } from '../common/runner.js';
import { weeklyGateSummary } from './summary.js';

export const DEFAULT_ARTIFACT_NAME = 'wo-weekly-gate-reports';

/** The out-dir files and every evidence file the gate points at, as the artifact lays them out. */
function artifactFiles(outDir: string, report: WeeklyGateReport | undefined): ArtifactFile[] {
  const files: ArtifactFile[] = fs
    .readdirSync(outDir)
    .sort()
    .map((name) => ({ source: path.join(outDir, name), name }));
  if (report) {
    const evidence = [
      ...gcEvidenceFiles(report.gc),
      ...existingEvidence(report.root, report.action_required.flatMap((item) => [item.patch_path, item.decision_path])),
    ];
    const seen = new Set<string>();
    for (const file of evidence) {
      if (seen.has(file.name)) continue;
      seen.add(file.name);
      files.push({ source: file.source, name: `evidence/${file.name}` });
    }
  }
  return files;
}

function annotate(report: WeeklyGateReport): void {
  for (const item of report.action_required) {
    const finding = report.audit.findings.find((f) => f.code === item.type && f.wo_id === item.wo_id);
    const file = finding?.paths[0] ?? (item.decision_exists ? item.decision_path : null) ?? (item.type === 'whitelist_expired' ? report.audit.findings.find((f) => f.wo_id === item.wo_id && f.whitelist_expired)?.paths[0] : undefined);
    const properties: core.AnnotationProperties = { title: `ACTION_REQUIRED ${item.type} ${item.wo_id}` };
    if (file) properties.file = workspacePath(report.root, file);
    (item.fails_gate ? core.error : core.warning)(item.message, properties);
  }
}

export async function run(): Promise<void> {
  await runAction(async () => {
    const args = actionArgs();
    const settings = readWeeklyGateSettings(args);
    // Every input is checked, and the upload known to be possible, before the gate runs.
    const artifactSettings = readArtifactSettings(args, DEFAULT_ARTIFACT_NAME);
    const outDir = path.join(process.env['RUNNER_TEMP'] || fs.realpathSync(process.env['TMPDIR'] || '/tmp'), 'wo-toolkit', `weekly-gate-${timestamp(settings.now)}`);
    let report: WeeklyGateReport | undefined;
    let failure: unknown;
    try {
      report = await runWeeklyGate({ ...settings, outDir });
    } catch (error) {
      failure = error;
    }
    // The evidence is kept even when the gate fails or cannot run: upload first, fail after.
    const artifact = fs.existsSync(outDir) ? await uploadArtifactFiles(artifactSettings, artifactFiles(outDir, report)) : undefined;
    if (failure !== undefined || !report) throw failure;

    const jsonInput = args.text('json');
    const reportPath = jsonInput ? writeReport(jsonInput, report) : path.join(outDir, `wo_weekly_gate_${timestamp(settings.now)}.json`);
    core.setOutput('report', reportPath);
    core.setOutput('exit-code', String(report.exit_code));
    core.setOutput('p0-count', String(report.p0_count));
    core.setOutput('action-required-count', String(report.action_required.length));
    annotate(report);
    await weeklyGateSummary(report, reportPath, artifact).write();
    if (report.exit_code !== 0) {
      core.setFailed(`weekly gate failed: ${report.verdict} (${report.failing_wo_ids.join(', ')})`);
    }
  });
}
