import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { parse } from 'yaml';
import { REPO_ROOT, TOOLKIT_CHECKOUT, evaluateField, listFiles, readRepoFile } from '../helpers/workflow-checks.js';

/**
 * The reusable workflows against the interfaces they compose: the toolkit actions' inputs and outputs,
 * their own declared inputs and secrets, and what their expressions evaluate to (with GitHub's own
 * evaluator) for the values callers really pass — including a `schedule` run, where `inputs` is empty.
 */

type Mapping = Record<string, unknown>;
interface Step {
  id?: string;
  uses?: string;
  with?: Mapping;
  if?: string;
}
interface Job {
  if?: string;
  'runs-on'?: string;
  outputs?: Record<string, string>;
  steps?: Step[];
  uses?: string;
  with?: Mapping;
}
interface Workflow {
  on: Mapping;
  jobs: Record<string, Job>;
}

const load = (file: string): Workflow => parse(readRepoFile(file)) as Workflow;
const reusable = ['.github/workflows/wo-weekly-gate.yml', '.github/workflows/wo-pr-check.yml', '.github/workflows/wo-retention.yml', '.github/workflows/wo-reconcile.yml'];
const callDefinition = (file: string) =>
  (load(file).on['workflow_call'] ?? {}) as { inputs?: Record<string, { default?: unknown; type: string }>; secrets?: Mapping; outputs?: Record<string, { value: string }> };

/** The values of the declared inputs, as the reusable workflow sees them when a caller passes nothing. */
function defaults(file: string): Mapping {
  return Object.fromEntries(Object.entries(callDefinition(file).inputs ?? {}).map(([name, spec]) => [name, spec.default ?? null]));
}

/** Inputs as a caller that forwards its own empty `inputs` (a scheduled run) passes them: '' for text, 0 for numbers, false for booleans. */
function emptied(file: string): Mapping {
  const empty = { string: '', number: 0, boolean: false } as Record<string, unknown>;
  return Object.fromEntries(Object.entries(callDefinition(file).inputs ?? {}).map(([name, spec]) => [name, empty[spec.type]]));
}

/** The toolkit's action steps: `uses: ./.wo-toolkit/<action>`. */
const toolkitSteps = reusable.flatMap((file) =>
  Object.entries(load(file).jobs).flatMap(([job, spec]) =>
    (spec.steps ?? [])
      .filter((step) => step.uses?.startsWith(TOOLKIT_CHECKOUT))
      .map((step) => ({ file, job, step, action: step.uses!.slice(TOOLKIT_CHECKOUT.length) })),
  ),
);

function actionInterface(action: string): { inputs: string[]; outputs: string[] } | undefined {
  const file = path.join(REPO_ROOT, action, 'action.yml');
  if (!fs.existsSync(file)) return undefined;
  const spec = parse(fs.readFileSync(file, 'utf8')) as { inputs?: Mapping; outputs?: Mapping };
  return { inputs: Object.keys(spec.inputs ?? {}), outputs: Object.keys(spec.outputs ?? {}) };
}

describe('toolkit action steps use only inputs and outputs their action.yml declares', () => {
  test('the reusable workflows run the actions they are meant to', () => {
    expect(toolkitSteps.map((s) => `${s.file}#${s.job}: ${s.action}`)).toEqual([
      '.github/workflows/wo-weekly-gate.yml#gate: weekly-gate',
      '.github/workflows/wo-pr-check.yml#check: validate-backlog',
      '.github/workflows/wo-pr-check.yml#check: audit',
      '.github/workflows/wo-pr-check.yml#check: transitions',
      '.github/workflows/wo-retention.yml#dry-run: retention-gc',
      '.github/workflows/wo-retention.yml#apply: retention-gc',
      '.github/workflows/wo-reconcile.yml#plan: reconcile',
      '.github/workflows/wo-reconcile.yml#apply: reconcile',
    ]);
  });

  for (const { file, job, step, action } of toolkitSteps) {
    const name = `${file}#${job} → ${action}/action.yml`;
    // The actions are written in parallel with these workflows; one that is not here yet is listed as todo.
    if (!actionInterface(action)) {
      test.todo(`${name} (no ${action}/action.yml yet)`);
      continue;
    }
    test(name, () => {
      const declared = actionInterface(action)!;
      expect(Object.keys(step.with ?? {}).filter((input) => !declared.inputs.includes(input))).toEqual([]);
      const text = readRepoFile(file);
      const used = [...text.matchAll(new RegExp(`steps\\.${step.id}\\.outputs\\.([\\w-]+)`, 'g'))].map((m) => m[1]!);
      expect(used.filter((output) => !declared.outputs.includes(output))).toEqual([]);
    });
  }
});

describe('reusable workflows refer only to what they declare', () => {
  test.each(reusable)('%s: inputs, secrets, job outputs', (file) => {
    const text = readRepoFile(file);
    const definition = callDefinition(file);
    const inputs = [...new Set([...text.matchAll(/\binputs\.([\w-]+)/g)].map((m) => m[1]!))];
    const secrets = [...new Set([...text.matchAll(/\bsecrets\.([\w-]+)/g)].map((m) => m[1]!))];
    expect(inputs.filter((name) => !(name in (definition.inputs ?? {})))).toEqual([]);
    expect(secrets.filter((name) => !(name in (definition.secrets ?? {})))).toEqual([]);
    const workflow = load(file);
    for (const [output, spec] of Object.entries(definition.outputs ?? {})) {
      for (const m of spec.value.matchAll(/jobs\.([\w-]+)\.outputs\.([\w-]+)/g)) {
        expect(`${output} ← ${m[1]}.${m[2]}: ${m[2]! in (workflow.jobs[m[1]!]?.outputs ?? {})}`).toBe(`${output} ← ${m[1]}.${m[2]}: true`);
      }
    }
  });
});

describe('runs-on takes a label or JSON, so self-hosted runners work', () => {
  const jobs = reusable.flatMap((file) => Object.entries(load(file).jobs).map(([job, spec]) => ({ file, job, runsOn: spec['runs-on']! })));

  test.each(jobs)('$file#$job', ({ runsOn }) => {
    const runsOnFor = (value: string) => evaluateField(runsOn, { inputs: { 'runs-on': value } });
    expect(runsOnFor('')).toBe('ubuntu-latest');
    expect(runsOnFor('ubuntu-latest')).toBe('ubuntu-latest');
    expect(runsOnFor('self-hosted')).toBe('self-hosted');
    expect(runsOnFor('"ubuntu-24.04"')).toBe('ubuntu-24.04');
    expect(runsOnFor('["self-hosted", "linux", "worktrees"]')).toEqual(['self-hosted', 'linux', 'worktrees']);
    expect(runsOnFor('{"group": "wo-runners", "labels": ["linux"]}')).toEqual({ group: 'wo-runners', labels: ['linux'] });
  });
});

describe('defaults hold whether a caller passes nothing or forwards empty inputs', () => {
  const gateStep = toolkitSteps.find((s) => s.action === 'weekly-gate')!.step;
  const withValues = (step: Step, inputs: Mapping) =>
    Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, evaluateField(v, { inputs, secrets: {}, github: { token: 'job-token' }, runner: { temp: '/home/runner/work/_temp' } })]));

  test('the weekly gate keeps its artifact 90 days under its default name, uploaded, without exporting patches', () => {
    for (const inputs of [defaults(reusable[0]!), emptied(reusable[0]!)]) {
      expect(withValues(gateStep, inputs)).toMatchObject({ root: '.', 'artifact-name': 'wo-weekly-gate-reports', 'retention-days': 90, 'export-patches': false });
    }
    expect(withValues(gateStep, defaults(reusable[0]!))['upload-artifact']).toBe(true);
    expect(withValues(gateStep, { ...defaults(reusable[0]!), 'retention-days': 30 })['retention-days']).toBe(30);
  });

  test('the PR check fails on P0 unless told otherwise', () => {
    const audit = toolkitSteps.find((s) => s.action === 'audit')!.step;
    for (const inputs of [defaults(reusable[1]!), emptied(reusable[1]!)]) expect(withValues(audit, inputs)['fail-on']).toBe('P0');
    expect(withValues(audit, { ...defaults(reusable[1]!), 'fail-on': 'P0,P1' })['fail-on']).toBe('P0,P1');
  });

  test('the PR check writes SARIF, and uploads it from a job of its own, only when upload-sarif is on', () => {
    const file = reusable[1]!;
    const steps = toolkitSteps.filter((s) => s.file === file);
    const sarifOf = (inputs: Mapping) => steps.map((s) => withValues(s.step, inputs)['sarif']);
    for (const inputs of [defaults(file), emptied(file)]) expect(sarifOf(inputs)).toEqual(['', '']);
    expect(sarifOf({ ...defaults(file), 'upload-sarif': true })).toEqual([
      '/home/runner/work/_temp/wo-toolkit-sarif/validate-backlog.sarif',
      '/home/runner/work/_temp/wo-toolkit-sarif/audit.sarif',
    ]);
    const { jobs } = load(file);
    const job = jobs['code-scanning']!;
    // The status function runs it after a failing check too; the evaluator here knows no status functions.
    expect(String(job.if)).toMatch(/^\$\{\{ !cancelled\(\) && /);
    const condition = String(job.if).replace('!cancelled() && ', '');
    const runs = (inputs: Mapping, artifact: string, pullRequest: { head: string; base: string } | undefined) =>
      evaluateField(condition, {
        inputs,
        needs: { check: { outputs: { 'sarif-artifact': artifact } } },
        github: pullRequest
          ? { event_name: 'pull_request', repository: pullRequest.base, event: { pull_request: { head: { repo: { full_name: pullRequest.head } } } } }
          : { event_name: 'push', repository: 'acme/app', event: {} },
      });
    const sameRepo = { head: 'acme/app', base: 'acme/app' };
    expect(runs(defaults(file), '', sameRepo)).toBe(false);
    expect(runs({ ...defaults(file), 'upload-sarif': true }, '1234', sameRepo)).toBe(true);
    expect(runs({ ...defaults(file), 'upload-sarif': true }, '1234', undefined)).toBe(true);
    expect(runs({ ...defaults(file), 'upload-sarif': true }, '', sameRepo)).toBe(false);
    // A fork's token cannot write code-scanning results: the upload is not attempted.
    expect(runs({ ...defaults(file), 'upload-sarif': true }, '1234', { head: 'someone/app', base: 'acme/app' })).toBe(false);
  });

  test('retention is a dry run by default; only mode apply runs the job that may write, and it opens a pull request', () => {
    const file = reusable[2]!;
    const { jobs } = load(file);
    const runs = (inputs: Mapping) =>
      Object.entries(jobs)
        .filter(([, job]) => evaluateField(job.if, { inputs }) === true)
        .map(([name]) => name);
    expect(runs(defaults(file))).toEqual(['dry-run']);
    expect(runs(emptied(file))).toEqual(['dry-run']);
    expect(runs({ ...defaults(file), mode: 'apply' })).toEqual(['apply']);

    const dryRun = jobs['dry-run']!.steps!.find((s) => s.id === 'retention')!;
    expect(withValues(dryRun, defaults(file))).toMatchObject({ mode: 'dry-run', days: 90 });
    expect(withValues(dryRun, emptied(file))).toMatchObject({ mode: 'dry-run', days: 90 });
    // A mistyped mode is not silently a dry run: it reaches the action, which rejects it.
    expect(withValues(dryRun, { ...defaults(file), mode: 'aply' })).toMatchObject({ mode: 'aply' });

    const apply = jobs['apply']!.steps!.find((s) => s.id === 'retention')!;
    expect(withValues(apply, { ...emptied(file), mode: 'apply' })).toMatchObject({
      mode: 'apply',
      days: 90,
      'pull-request': true,
      'pull-request-branch': 'wo-toolkit/retention',
      'github-token': 'job-token',
    });
  });

  test('reconcile is a plan by default; only mode apply runs the job that may write, and it opens a pull request', () => {
    const file = reusable[3]!;
    const { jobs } = load(file);
    const runs = (inputs: Mapping) =>
      Object.entries(jobs)
        .filter(([, job]) => evaluateField(job.if, { inputs }) === true)
        .map(([name]) => name);
    expect(runs(defaults(file))).toEqual(['plan']);
    expect(runs(emptied(file))).toEqual(['plan']);
    expect(runs({ ...defaults(file), mode: 'apply' })).toEqual(['apply']);

    const plan = jobs['plan']!.steps!.find((s) => s.id === 'reconcile')!;
    expect(withValues(plan, defaults(file))).toMatchObject({ mode: 'plan', force: false, root: '.' });
    expect(withValues(plan, emptied(file))).toMatchObject({ mode: 'plan', force: false });
    // A mistyped mode is not silently a plan: it reaches the action, which rejects it.
    expect(withValues(plan, { ...defaults(file), mode: 'aply' })).toMatchObject({ mode: 'aply' });

    const apply = jobs['apply']!.steps!.find((s) => s.id === 'reconcile')!;
    expect(withValues(apply, { ...emptied(file), mode: 'apply', force: true })).toMatchObject({
      mode: 'apply',
      force: true,
      'pull-request': true,
      'pull-request-branch': 'wo-toolkit/reconcile',
      'github-token': 'job-token',
    });
  });
});

describe('the example callers pass sensible values on schedule and on a manual run', () => {
  test('reconcile: a daily plan; a manual run plans unless apply is chosen, and forces only when asked', () => {
    const file = 'examples/workflows/wo-reconcile.yml';
    expect(load(file).on['schedule']).toEqual([{ cron: '30 5 * * *' }]);
    expect(callerWith(file, {}, 'schedule')).toEqual({ mode: 'plan', force: false });
    expect(callerWith(file, { mode: 'plan', force: false }, 'workflow_dispatch')).toEqual({ mode: 'plan', force: false });
    expect(callerWith(file, { mode: 'apply', force: true }, 'workflow_dispatch')).toEqual({ mode: 'apply', force: true });
  });

  const callerWith = (file: string, inputs: Mapping, eventName: string) => {
    const [job] = Object.values(load(file).jobs);
    return Object.fromEntries(Object.entries(job!.with ?? {}).map(([k, v]) => [k, evaluateField(v, { inputs, github: { event_name: eventName } })]));
  };

  test('weekly gate: Mondays 06:00 UTC and on demand', () => {
    const workflow = load('examples/workflows/wo-weekly-gate.yml');
    expect(workflow.on['schedule']).toEqual([{ cron: '0 6 * * 1' }]);
    expect(workflow.on).toHaveProperty('workflow_dispatch');
    const scheduled = callerWith('examples/workflows/wo-weekly-gate.yml', {}, 'schedule');
    expect(scheduled['export-patches']).toBe(false);
    expect([null, '']).toContain(scheduled['today']);
    expect(callerWith('examples/workflows/wo-weekly-gate.yml', { 'export-patches': true, today: '2026-03-02' }, 'workflow_dispatch')).toEqual({
      'export-patches': true,
      today: '2026-03-02',
    });
  });

  test('PR check: on pull_request for _ctx/jobs changes, never pull_request_target', () => {
    const workflow = load('examples/workflows/wo-pr-check.yml');
    expect(Object.keys(workflow.on)).toEqual(['pull_request']);
    expect((workflow.on['pull_request'] as { paths: string[] }).paths).toContain('_ctx/jobs/**');
  });

  test('retention: monthly run proposes deletions, a manual run is a dry run unless apply is chosen', () => {
    const file = 'examples/workflows/wo-retention.yml';
    expect(load(file).on['schedule']).toEqual([{ cron: '0 5 1 * *' }]);
    expect(callerWith(file, {}, 'schedule')).toEqual({ mode: 'apply', days: 90 });
    expect(callerWith(file, { mode: 'dry-run', days: 90 }, 'workflow_dispatch')).toEqual({ mode: 'dry-run', days: 90 });
    expect(callerWith(file, { mode: 'apply', days: 120 }, 'workflow_dispatch')).toEqual({ mode: 'apply', days: 120 });
  });

  test('every example is a caller of a reusable workflow that exists here', () => {
    for (const file of listFiles('examples/workflows', /\.ya?ml$/)) {
      for (const job of Object.values(load(file).jobs)) {
        const target = job.uses!.replace(/^org\/wo-toolkit\//, '').replace(/@[^@]+$/, '');
        expect(fs.existsSync(path.join(REPO_ROOT, target))).toBe(true);
      }
    }
  });
});
