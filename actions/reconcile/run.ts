import * as core from '@actions/core';
import fs from 'node:fs';
import path from 'node:path';
import { readReconcileSettings, runReconcile, type ReconcileReport } from '../../src/commands/reconcile.js';
import { errorMessage } from '../../src/core/errors.js';
import { tryGit } from '../../src/core/git.js';
import { changedPaths } from '../../src/reconcile/plan.js';
import type { Repair } from '../../src/reconcile/types.js';
import { actionArgs } from '../common/inputs.js';
import { cell, plural, proposePullRequest, readPullRequestTarget, type FileChange, type Proposal } from '../common/pull-request.js';
import { defaultReportPath, runAction, workspacePath, writeReport } from '../common/runner.js';
import { code, escapeMarkdown } from '../common/summary.js';
import { reconcileSummary } from './summary.js';

export enum Inputs {
  Root = 'root',
  Mode = 'mode',
  Force = 'force',
  PullRequest = 'pull-request',
  PullRequestBranch = 'pull-request-branch',
  GithubToken = 'github-token',
  Config = 'config',
  Json = 'json',
}

export const DEFAULT_PULL_REQUEST_BRANCH = 'wo-toolkit/reconcile';
/** The trailer that marks the reconcile proposal's commits: a branch whose head lacks it is never force-updated. */
export const RECONCILE_TRAILER = 'Wo-Toolkit-Reconcile';
// GitHub refuses pull request bodies over 65,536 characters: the body lists at most this many repairs.
const BODY_ROWS = 200;

/** What the applied repairs changed in the working tree, as file changes (paths git ignores left out). */
async function appliedChanges(report: ReconcileReport): Promise<FileChange[]> {
  const changes = new Map<string, FileChange>();
  for (const repair of report.repairs.filter((r) => r.applied)) {
    const { written, removed } = changedPaths(repair);
    for (const p of removed) changes.set(p, { path: p, content: null });
    for (const p of written) {
      const abs = path.join(report.root, p);
      if (fs.existsSync(abs)) changes.set(p, { path: p, content: fs.readFileSync(abs) });
    }
  }
  const kept: FileChange[] = [];
  for (const change of changes.values()) {
    // A repository that ignores its locks keeps them out of git: they stay out of the pull request too.
    const ignored = await tryGit(['check-ignore', '-q', '--', change.path], { cwd: report.root });
    if (ignored.code !== 0) kept.push(change);
  }
  return kept;
}

function fromTo(r: Repair): string {
  return `${r.from ?? ''} → ${r.to ?? 'a person decides'}`;
}

type PullRequestStep = { state: 'not-requested' } | { state: 'nothing-to-propose' } | { state: 'done'; pull: Proposal } | { state: 'failed'; message: string };

function pullRequestText(step: PullRequestStep, report: ReconcileReport): string | undefined {
  switch (step.state) {
    case 'done': {
      const { pull } = step;
      return `Pull request [#${pull.number}](${pull.url}) ${pull.created ? 'opened' : 'updated'}: it proposes ${plural(pull.proposed.length, 'file change')} on ${code(pull.base)} (branch ${code(pull.branch)}). Nothing changes on ${code(pull.base)} until it is merged.`;
    }
    case 'failed':
      return `**Pull request not opened:** ${escapeMarkdown(step.message)}`;
    case 'nothing-to-propose':
      return 'No pull request: no repair changed a file that git tracks.';
    case 'not-requested':
      return report.mode === 'apply' && report.summary.applied > 0
        ? 'The repairs were made in the working tree only: commit them, or set `pull-request: true` to propose them in a pull request.'
        : undefined;
  }
}

async function writeSummary(report: ReconcileReport, reportPath: string, step: PullRequestStep): Promise<void> {
  await reconcileSummary(report, reportPath, pullRequestText(step, report)).write();
}

function annotate(report: ReconcileReport): void {
  for (const r of report.repairs) {
    const file = r.paths.find((p) => /\.ya?ml$/.test(p)) ?? r.paths[0]!;
    const properties: core.AnnotationProperties = { title: `reconcile ${r.code} ${r.wo_id}: ${fromTo(r)}`, file: workspacePath(report.root, file) };
    const message = `${r.applied ? 'applied: ' : ''}${r.message}`;
    if (r.needs === 'person' || r.needs === 'fix_file') core.error(message, properties);
    else if (!r.applied) core.warning(message, properties);
    else core.notice(message, properties);
  }
}

function proposalText(report: ReconcileReport, applied: Repair[]): Parameters<typeof proposePullRequest>[0]['text'] {
  return ({ base, proposed, runUrl }) => {
    const title = `wo-toolkit reconcile: ${plural(applied.length, 'repair')} of the work-order state folders`;
    const commitMessage = [`Reconcile: ${plural(applied.length, 'repair')} of the work-order state folders`, '', ...applied.slice(0, 50).map((r) => `- ${r.code} ${r.wo_id}: ${fromTo(r)}`)].join('\n');
    const rows = applied.slice(0, BODY_ROWS).map((r) => `| ${cell(r.wo_id)} | \`${r.code}\` | ${cell(fromTo(r))} | ${cell(r.message)} | ${r.evidence_path ? `\`${cell(r.evidence_path)}\`` : ''} |`);
    const remaining = report.repairs.filter((r) => !r.applied);
    const body = [
      `## Reconcile: ${plural(applied.length, 'repair')} of the state folders`,
      '',
      `Merging this pull request applies the repairs below to \`${base}\` (${plural(proposed.length, 'file change')}); closing it leaves the state as it is.`,
      `It was opened by wo-toolkit reconcile${runUrl ? ` in [this run](${runUrl})` : ''}, which later runs update in place.`,
      '',
      'Every removed copy that was not byte-identical to the copy that stays is saved first in its evidence folder (`reconcile/<state>.<sha256>.yaml`), which this pull request adds.',
      '',
      '| WO | Repair | From → to | What | Saved copy |',
      '|---|---|---|---|---|',
      ...rows,
      ...(applied.length > rows.length ? [`| and ${applied.length - rows.length} more | | | listed in the run's reconcile report | |`] : []),
      ...(remaining.length > 0 ? ['', `**Not in this pull request:** ${plural(remaining.length, 'repair')} that need \`force\`, a person or a fixed file (see the run's job summary).`] : []),
      '',
      `<!-- ${RECONCILE_TRAILER} -->`,
    ].join('\n');
    return { title, commitMessage, body };
  };
}

/** Reads the inputs, runs reconcile, writes the report, proposes the applied repairs, sets outputs, summary and annotations. */
export async function reconcileAction(): Promise<{ report: ReconcileReport; pullRequest?: Proposal }> {
  const args = actionArgs();
  const settings = readReconcileSettings(args);
  const target = readPullRequestTarget(args, settings.apply ? 'apply' : 'plan', { defaultBranch: DEFAULT_PULL_REQUEST_BRANCH, nothing: 'a plan writes nothing to propose' });
  const report = await runReconcile(settings);
  const reportPath = writeReport(args.text('json') ?? defaultReportPath('reconcile'), report);
  core.setOutput('exit-code', String(report.exit_code));
  core.setOutput('report', reportPath);
  core.setOutput('repair-count', String(report.summary.repairs));
  core.setOutput('applied-count', String(report.summary.applied));
  annotate(report);
  let step: PullRequestStep = { state: 'not-requested' };
  if (target) {
    const applied = report.repairs.filter((r) => r.applied);
    try {
      const changes = await appliedChanges(report);
      const pull =
        changes.length === 0
          ? undefined
          : await proposePullRequest({
              ...target,
              base: target.base,
              changes,
              trailer: { name: RECONCILE_TRAILER, value: `${applied.length} repairs` },
              what: 'reconcile pull request',
              commitKind: 'wo-toolkit reconcile',
              exampleBranch: DEFAULT_PULL_REQUEST_BRANCH,
              text: proposalText(report, applied),
            });
      step = pull ? { state: 'done', pull } : { state: 'nothing-to-propose' };
    } catch (error) {
      await writeSummary(report, reportPath, { state: 'failed', message: errorMessage(error) });
      core.setOutput('pull-request-number', '');
      core.setOutput('pull-request-url', '');
      throw error;
    }
  }
  const pullRequest = step.state === 'done' ? step.pull : undefined;
  core.setOutput('pull-request-number', pullRequest ? String(pullRequest.number) : '');
  core.setOutput('pull-request-url', pullRequest?.url ?? '');
  await writeSummary(report, reportPath, step);
  return { report, ...(pullRequest ? { pullRequest } : {}) };
}

export async function run(): Promise<void> {
  await runAction(async () => {
    const { report } = await reconcileAction();
    if (report.exit_code !== 0) {
      const left = report.repairs.filter((r) => !r.applied);
      core.setFailed(
        report.mode === 'plan'
          ? `reconcile plans ${plural(left.length, 'repair')}: ${[...new Set(left.map((r) => r.wo_id))].join(', ')} (see the job summary; mode: apply applies the safe ones)`
          : `${plural(left.length, 'repair')} remain: ${[...new Set(left.map((r) => r.wo_id))].join(', ')} (need force, a person, or a fixed file: see the job summary)`,
      );
    }
  });
}
