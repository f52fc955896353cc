import * as core from '@actions/core';
import fs from 'node:fs';
import path from 'node:path';
import { arrow, readTransitionsSettings, runTransitions, transitionsSarif, type TransitionsReport } from '../../src/commands/transitions.js';
import type { Args } from '../../src/core/args.js';
import { UsageError } from '../../src/core/errors.js';
import { writeSarif } from '../../src/core/sarif.js';
import type { TransitionViolation } from '../../src/transitions/transitions.js';
import { actionArgs } from '../common/inputs.js';
import { defaultReportPath, escapeCell, runAction, workspacePath, writeReport } from '../common/runner.js';

/** The job summary lists this many rows of each table; the report and the annotations have them all. */
const SUMMARY_ROWS = 300;

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

async function writeSummary(report: TransitionsReport): Promise<void> {
  const s = report.summary;
  const summary = core.summary.addHeading('wo-toolkit transitions', 2);
  const range = `\`${report.merge_base.slice(0, 12)}\`..${report.staged ? 'the index' : `\`${report.head.slice(0, 12)}\``}`;
  summary.addRaw(`${range}: ${s.changes} WO change${s.changes === 1 ? '' : 's'}, ${s.violations} violation${s.violations === 1 ? '' : 's'}, ${s.bypassed} bypassed.\n`, true);
  const ordered = [...report.violations].sort((a, b) => Number(a.bypassed) - Number(b.bypassed));
  if (ordered.length > 0) {
    const rows = ordered.slice(0, SUMMARY_ROWS).map((v) => {
      const level = v.bypassed ? `bypassed by \`${v.commit?.slice(0, 12)}\` ${escapeCell(v.commit_subject ?? '')}` : '**violation**';
      return `| ${level} | \`${v.code}\` | ${escapeCell(v.wo_id)} | \`${escapeCell(`${v.file}:${v.line}`)}\` | ${escapeCell(v.message)} |`;
    });
    summary.addRaw(['', '### Violations', '', '| Verdict | Code | WO | Where | Problem |', '|---|---|---|---|---|', ...rows, ''].join('\n'), true);
    if (ordered.length > SUMMARY_ROWS) summary.addRaw(`${ordered.length - SUMMARY_ROWS} more violations are in the JSON report and the annotations.\n`, true);
  }
  if (report.changes.length > 0) {
    const rank = { violation: 0, bypassed: 1, legal: 2 } as const;
    const changes = [...report.changes].sort((a, b) => rank[a.outcome] - rank[b.outcome]);
    const rows = changes.slice(0, SUMMARY_ROWS).map((c) => `| ${escapeCell(c.wo_id)} | ${arrow(c)} | ${c.outcome === 'violation' ? '**violation**' : c.outcome} |`);
    summary.addRaw(['', '### Moves', '', '| WO | From → to | Verdict |', '|---|---|---|', ...rows, ''].join('\n'), true);
    if (changes.length > SUMMARY_ROWS) summary.addRaw(`${changes.length - SUMMARY_ROWS} more changes are in the JSON report.\n`, true);
  } else {
    summary.addRaw('\nNo WO changed state or content.\n', true);
  }
  for (const n of report.notes) summary.addRaw(`\n> note: ${escapeCell(n.message)}\n`, true);
  summary.addRaw(`\n**${report.exit_code === 0 ? 'pass' : 'fail'}**`, true);
  await summary.write();
}

export async function run(): Promise<void> {
  await runAction(async () => {
    const args = transitionsArgs();
    const settings = readTransitionsSettings(args);
    const report = await runTransitions(settings);
    const reportPath = writeReport(args.text('json') ?? defaultReportPath('transitions'), report);
    if (settings.sarif !== undefined) {
      const workspace = process.env['GITHUB_WORKSPACE'] || process.cwd();
      const prefix = path.relative(workspace, report.root).split(path.sep).join('/');
      writeSarif(path.resolve(args.baseDir, settings.sarif), transitionsSarif(report, prefix.startsWith('..') ? '' : prefix), args.label('sarif'));
    }
    core.setOutput('exit-code', String(report.exit_code));
    core.setOutput('report', reportPath);
    core.setOutput('violation-count', String(report.summary.violations));
    core.setOutput('bypassed-count', String(report.summary.bypassed));
    for (const v of report.violations) annotate(report, v);
    for (const n of report.notes) core.notice(n.message, { title: `transitions: ${n.code} ${n.wo_id}`, file: workspacePath(report.root, n.file), startLine: n.line });
    await writeSummary(report);
    if (report.exit_code !== 0) {
      const ids = [...new Set(report.violations.filter((v) => !v.bypassed).map((v) => v.wo_id))];
      core.setFailed(`transitions: ${report.summary.violations} violation${report.summary.violations === 1 ? '' : 's'} (${ids.join(', ')}); see the annotations`);
    }
  });
}
