import * as core from '@actions/core';
import { readRetentionGcSettings, runRetentionGc, type RetentionGcReport, type RetentionMode } from '../../src/commands/retention-gc.js';
import type { Args } from '../../src/core/args.js';
import { errorMessage } from '../../src/core/errors.js';
import { actionArgs } from '../common/inputs.js';
import { openRetentionPullRequest, type RetentionDeletion, type RetentionPullRequest } from '../common/retention-pr.js';
import { readPullRequestTarget, type PullRequestTarget } from '../common/pull-request.js';
import { defaultReportPath, runAction, workspacePath, writeReport } from '../common/runner.js';
import { code, escapeMarkdown } from '../common/summary.js';
import { retentionGcSummary } from './summary.js';

export const DEFAULT_PULL_REQUEST_BRANCH = 'wo-toolkit/retention';

/** What one run did: the report, where it was written, the paths it deleted, and the pull request that proposes them. */
export interface RetentionOutcome {
  report: RetentionGcReport;
  reportPath: string;
  /** Paths deleted in apply mode, relative to `report.root` (empty in a dry run). */
  deleted: string[];
  /** The pull request opened or updated; undefined when none was asked for or none was needed. */
  pullRequest?: RetentionPullRequest;
}


/** How the pull-request step ended, for the job summary. */
type PullRequestStep =
  | { state: 'not-requested' }
  | { state: 'nothing-deleted' }
  | { state: 'nothing-tracked'; target: PullRequestTarget; deleted: number }
  | { state: 'done'; pull: RetentionPullRequest }
  | { state: 'failed'; message: string };

function pullRequestSummary(step: PullRequestStep, report: RetentionGcReport): string | undefined {
  switch (step.state) {
    case 'not-requested':
      return report.mode === 'apply' && report.deleted.length > 0
        ? 'The files were deleted from the working tree only: commit the deletion, or set `pull-request: true` to propose it in a pull request.'
        : undefined;
    case 'nothing-deleted':
      return 'No pull request: nothing was deleted.';
    case 'nothing-tracked':
      return `No pull request: none of the ${step.deleted} deleted file(s) is tracked on ${step.target.base ? `${code(step.target.base)}` : 'the default branch'}.`;
    case 'failed':
      return `**Pull request not opened:** ${escapeMarkdown(step.message)}`;
    case 'done': {
      const { pull } = step;
      const lines = [
        `Pull request [#${pull.number}](${pull.url}) ${pull.created ? 'opened' : 'updated'}: it proposes deleting ${pull.proposed.length} file(s) from ${code(pull.base)} (branch ${code(pull.branch)}${pull.branch_updated ? '' : ', which already held this proposal'}). Nothing leaves ${code(pull.base)} until it is merged.`,
      ];
      if (pull.not_in_base.length > 0) lines.push(`${pull.not_in_base.length} deleted file(s) not tracked on ${code(pull.base)} are left out of it (its body names them).`);
      return lines.join(' ');
    }
  }
}

function annotate(report: RetentionGcReport): void {
  for (const p of report.protected) {
    // Links and odd files are anomalies worth a look; folder protections are the policy working.
    if (p.reason === 'symlink' || p.reason === 'outside_evidence_root' || p.reason === 'not_regular_file' || p.reason === 'outside_repository') {
      core.warning(p.detail, { title: `retention-gc: ${p.reason}`, file: workspacePath(report.root, p.path) });
    }
  }
  for (const error of report.errors) core.error(`could not delete: ${error.message}`, { title: 'retention-gc', file: workspacePath(report.root, error.path) });
  for (const warning of report.warnings) core.warning(warning, { title: 'retention-gc' });
}

/** Proposes the files this run deleted (tracked on the base branch) in the one retention pull request. */
async function proposeDeletions(target: PullRequestTarget, report: RetentionGcReport): Promise<PullRequestStep> {
  const deleted = new Set(report.deleted);
  const deletions: RetentionDeletion[] = report.eligible
    .filter((file) => deleted.has(file.path))
    .map((file) => ({ path: file.path, age_days: file.age_days, bytes: file.bytes }));
  if (deletions.length === 0) return { state: 'nothing-deleted' };
  const pull = await openRetentionPullRequest({ ...target, deleted: deletions, days: report.days });
  return pull ? { state: 'done', pull } : { state: 'nothing-tracked', target, deleted: deletions.length };
}

/** Reads the inputs, runs retention-gc, writes the report, opens or updates the pull request, sets the outputs and the job summary. */
export async function retentionGc(): Promise<RetentionOutcome> {
  const args = actionArgs();
  const settings = readRetentionGcSettings(args);
  const target = readPullRequestTarget(args, settings.mode, { defaultBranch: DEFAULT_PULL_REQUEST_BRANCH, nothing: 'a dry run deletes nothing to propose' });
  const report = await runRetentionGc(settings);
  const reportPath = writeReport(args.text('json') ?? defaultReportPath('retention-gc'), report);
  core.setOutput('exit-code', String(report.exit_code));
  core.setOutput('report', reportPath);
  core.setOutput('eligible-count', String(report.totals.eligible.files));
  core.setOutput('deleted-count', String(report.totals.deleted.files));
  core.setOutput('protected-count', String(report.totals.protected.files));
  core.setOutput('bytes-freed', String(report.totals.deleted.bytes));
  core.setOutput('eligible-bytes', String(report.totals.eligible.bytes));
  annotate(report);
  let step: PullRequestStep = { state: 'not-requested' };
  if (target) {
    try {
      step = await proposeDeletions(target, report);
    } catch (error) {
      // The summary still shows what was deleted and why no pull request came of it; the step then fails.
      await retentionGcSummary(report, reportPath, pullRequestSummary({ state: 'failed', message: errorMessage(error) }, report)).write();
      throw error;
    }
  }
  const pullRequest = step.state === 'done' ? step.pull : undefined;
  core.setOutput('pull-request-number', pullRequest ? String(pullRequest.number) : '');
  core.setOutput('pull-request-url', pullRequest?.url ?? '');
  await retentionGcSummary(report, reportPath, pullRequestSummary(step, report)).write();
  return { report, reportPath, deleted: report.deleted, pullRequest };
}

export async function run(): Promise<void> {
  await runAction(async () => {
    const { report } = await retentionGc();
    if (report.exit_code !== 0) core.setFailed(`retention-gc could not delete ${report.errors.length} eligible file(s): ${report.errors.map((e) => e.path).join(', ')}`);
  });
}
