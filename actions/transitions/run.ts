import * as core from '@actions/core';
import fs from 'node:fs';
import { readTransitionsSettings, runTransitions, type TransitionsReport } from '../../src/commands/transitions.js';
import type { Args } from '../../src/core/args.js';
import { UsageError } from '../../src/core/errors.js';
import { transitionsSarif } from '../../src/transitions/sarif.js';
import type { TransitionViolation } from '../../src/transitions/transitions.js';
import { actionArgs } from '../common/inputs.js';
import { defaultReportPath, runAction, workspacePath, writeReport, writeSarifInput } from '../common/runner.js';
import { transitionsSummary } from './summary.js';

/** The base and head SHAs of the event that started the run, when it is about a pull request. */
export function eventCommits(): { base?: string; head?: string; event?: string } {
  const file = process.env['GITHUB_EVENT_PATH'];
  const event = process.env['GITHUB_EVENT_NAME'];
  if (!file) return { event };
  let payload: Record<string, unknown>;
  try {
    payload = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch {
    throw new UsageError(`GITHUB_EVENT_PATH: cannot read the event payload '${file}'`);
  }
  const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);
  const pr = payload['pull_request'] as { base?: { sha?: unknown }; head?: { sha?: unknown } } | undefined;
  if (pr) return { base: text(pr.base?.sha), head: text(pr.head?.sha), event };
  const group = payload['merge_group'] as { base_sha?: unknown; head_sha?: unknown } | undefined;
  if (group) return { base: text(group.base_sha), head: text(group.head_sha), event };
  return { event };
}

/** The inputs, with `base` and `head` falling back to the pull request of the event. */
function transitionsArgs(): Args {
  const inputs = actionArgs();
  const fromEvent = eventCommits();
  const defaulted = (name: string): boolean => (name === 'base' || name === 'head') && inputs.text(name) === undefined && fromEvent[name] !== undefined;
  return {
    ...inputs,
    // A commit taken from the event is named as such: the user wrote no input.
    label: (name) => (defaulted(name) ? `input '${name}' (the pull request's ${name} SHA from the event)` : inputs.label(name)),
    text(name) {
      const given = inputs.text(name);
      if (given !== undefined || (name !== 'base' && name !== 'head')) return given;
      const sha = fromEvent[name];
      if (name === 'base' && sha === undefined) {
        throw new UsageError(
          `input 'base': expected the base commit; none given, and the event (${fromEvent.event ?? 'unknown'}) is not a pull request, so set it (for example base: \${{ github.event.before }})`,
        );
      }
      return sha;
    },
  };
}

function annotate(report: TransitionsReport, v: TransitionViolation): void {
  const properties: core.AnnotationProperties = { title: `transitions: ${v.code} ${v.wo_id}`, file: workspacePath(report.root, v.file), startLine: v.line };
  if (v.bypassed) core.warning(`${v.message} (bypassed by ${v.commit?.slice(0, 12)} "${v.commit_subject}")`, properties);
  else core.error(v.message, properties);
}

export async function run(): Promise<void> {
  await runAction(async () => {
    const args = transitionsArgs();
    const settings = readTransitionsSettings(args);
    const report = await runTransitions(settings);
    const reportPath = writeReport(args.text('json') ?? defaultReportPath('transitions'), report);
    const sarifPath = writeSarifInput(args.text('sarif'), report.root, (uriPrefix) => transitionsSarif(report.violations, { uriPrefix }));
    core.setOutput('exit-code', String(report.exit_code));
    core.setOutput('report', reportPath);
    core.setOutput('violation-count', String(report.summary.violations));
    core.setOutput('bypassed-count', String(report.summary.bypassed));
    for (const v of report.violations) annotate(report, v);
    for (const n of report.notes) core.notice(n.message, { title: `transitions: ${n.code} ${n.wo_id}`, file: workspacePath(report.root, n.file), startLine: n.line });
    await transitionsSummary(report, reportPath, sarifPath).write();
    if (report.exit_code !== 0) {
      const ids = [...new Set(report.violations.filter((v) => !v.bypassed).map((v) => v.wo_id))];
      core.setFailed(`transitions: ${report.summary.violations} violation${report.summary.violations === 1 ? '' : 's'} (${ids.join(', ')}); see the annotations`);
    }
  });
}
