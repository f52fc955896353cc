import os from 'node:os';
import { describe, expect, test } from '@jest/globals';
import { parse } from 'yaml';
import { TOOLKIT_CHECKOUT, TOOLKIT_SOURCE_STEP, checkWorkflowSecurity, evaluateField, listFiles, readRepoFile, runBashStep } from '../helpers/workflow-checks.js';

/**
 * Which toolkit commit a reusable workflow runs. The step `toolkit-source` of every job that checks the
 * toolkit out is run here as the runner runs it: its `env:` evaluated by GitHub's expression evaluator
 * from the `inputs` and `job` contexts, its script under bash with a real GITHUB_OUTPUT file. It must
 * take the commit the workflow was called at, or the pair of inputs, and otherwise fail with one line
 * naming the inputs to set: never a placeholder repository, never a tag that can move.
 */

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
}

const reusable = [...listFiles('.github/workflows', /\.ya?ml$/)].filter((file) => 'workflow_call' in ((parse(readRepoFile(file)) as { on: object }).on ?? {}));

const toolkitJobs = reusable.flatMap((file) =>
  Object.entries((parse(readRepoFile(file)) as { jobs: Record<string, { steps?: Step[] }> }).jobs)
    .filter(([, job]) => (job.steps ?? []).some((step) => step.uses?.startsWith(TOOLKIT_CHECKOUT)))
    .map(([job, spec]) => ({ file, job, steps: spec.steps ?? [] })),
);

const SHA = 'a3f1c9e07b2d4e6f8a0b1c2d3e4f5a6b7c8d9e0f';
const OTHER_SHA = '0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d';

/** Runs the step as the runner would for these contexts. */
function runStep(step: Step, contexts: { inputs: Record<string, string>; job: Record<string, string> }) {
  return runBashStep(step, contexts, { cwd: os.tmpdir() });
}

const noInputs = { 'toolkit-repository': '', 'toolkit-ref': '' };

test('the reusable workflows that run the toolkit are all under test', () => {
  expect(toolkitJobs.map((j) => `${j.file}#${j.job}`)).toEqual(
    expect.arrayContaining([
      '.github/workflows/wo-weekly-gate.yml#gate',
      '.github/workflows/wo-pr-check.yml#check',
      '.github/workflows/wo-retention.yml#dry-run',
      '.github/workflows/wo-retention.yml#apply',
    ]),
  );
});

test('every job locates the toolkit with the same step, before its checkout', () => {
  const scripts = new Set<string>();
  for (const { file, job, steps } of toolkitJobs) {
    const index = steps.findIndex((step) => step.id === TOOLKIT_SOURCE_STEP);
    const checkout = steps.findIndex((step) => (step.with?.['path'] as string | undefined) === TOOLKIT_CHECKOUT.slice(2, -1));
    expect(`${file}#${job}: ${index >= 0 && index < checkout}`).toBe(`${file}#${job}: true`);
    scripts.add(JSON.stringify({ run: steps[index]!.run, env: steps[index]!.env }));
  }
  expect(scripts.size).toBe(1);
});

describe.each(toolkitJobs)('$file#$job', ({ steps }) => {
  const step = steps.find((s) => s.id === TOOLKIT_SOURCE_STEP)!;
  const checkout = steps.find((s) => (s.with?.['path'] as string | undefined) === TOOLKIT_CHECKOUT.slice(2, -1))!;

  test('runs the commit the workflow was called at, and the checkout takes it', () => {
    const run = runStep(step, { inputs: noInputs, job: { workflow_repository: 'acme/wo-toolkit', workflow_sha: SHA } });
    expect(run.code).toBe(0);
    expect(run.outputs).toEqual({ repository: 'acme/wo-toolkit', ref: SHA });
    const steps = { [TOOLKIT_SOURCE_STEP]: { outputs: run.outputs } };
    expect(evaluateField(checkout.with!['repository'], { steps })).toBe('acme/wo-toolkit');
    expect(evaluateField(checkout.with!['ref'], { steps })).toBe(SHA);
  });

  test('without job.workflow_* and without inputs: fails with one line naming both inputs', () => {
    const run = runStep(step, { inputs: noInputs, job: {} });
    expect(run.code).toBe(1);
    expect(run.outputs).toEqual({});
    const errors = run.stdout.split('\n').filter((line) => line.startsWith('::error'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain("set the inputs 'toolkit-repository'");
    expect(errors[0]).toContain("'toolkit-ref'");
    expect(run.stdout).not.toContain('org/wo-toolkit');
  });

  test('the pair of inputs is used where the job context is missing, and wins over it', () => {
    const inputs = { 'toolkit-repository': 'acme/wo-toolkit-fork', 'toolkit-ref': OTHER_SHA };
    const jobs: Record<string, string>[] = [{}, { workflow_repository: 'acme/wo-toolkit', workflow_sha: SHA }];
    for (const job of jobs) {
      const run = runStep(step, { inputs, job });
      expect(run.code).toBe(0);
      expect(run.outputs).toEqual({ repository: 'acme/wo-toolkit-fork', ref: OTHER_SHA });
    }
  });

  test.each([
    [{ 'toolkit-repository': 'acme/wo-toolkit', 'toolkit-ref': 'v1' }, "input 'toolkit-ref': expected a full 40-character commit SHA (a tag or branch can move), got 'v1'"],
    [{ 'toolkit-repository': 'acme/wo-toolkit', 'toolkit-ref': 'main' }, "input 'toolkit-ref': expected a full 40-character commit SHA"],
    [{ 'toolkit-repository': 'acme/wo-toolkit', 'toolkit-ref': SHA.slice(0, 12) }, "input 'toolkit-ref': expected a full 40-character commit SHA"],
    [{ 'toolkit-repository': 'acme/wo-toolkit', 'toolkit-ref': '' }, "input 'toolkit-repository' is set but 'toolkit-ref' is empty"],
    [{ 'toolkit-repository': '', 'toolkit-ref': SHA }, "input 'toolkit-ref' is set but 'toolkit-repository' is empty"],
    [{ 'toolkit-repository': 'https://github.com/acme/wo-toolkit', 'toolkit-ref': SHA }, "input 'toolkit-repository': expected owner/name, got 'https://github.com/acme/wo-toolkit'"],
  ])('inputs %j: fails with one line naming the input', (inputs, message) => {
    const run = runStep(step, { inputs, job: { workflow_repository: 'acme/wo-toolkit', workflow_sha: SHA } });
    expect(run.code).toBe(1);
    expect(run.outputs).toEqual({});
    expect(run.stdout.split('\n').filter((line) => line.startsWith('::error'))).toEqual([expect.stringContaining(message)]);
  });

  test('a value with new lines cannot start a workflow command of its own', () => {
    const run = runStep(step, { inputs: { 'toolkit-repository': 'acme/x', 'toolkit-ref': 'v1\n::add-mask::secret\r\n%' }, job: {} });
    expect(run.code).toBe(1);
    const lines = run.stdout.split('\n');
    expect(lines.filter((line) => line.startsWith('::'))).toHaveLength(1);
    expect(lines[0]).toContain("got 'v1%0A::add-mask::secret%0D%0A%25'");
  });
});

describe('the workflow checks reject a toolkit checkout that could fall back', () => {
  const workflow = (checkout: string, locate = true) =>
    [
      'on:',
      '  workflow_call:',
      'permissions:',
      '  contents: read',
      'jobs:',
      '  a:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      ...(locate ? ['      - id: toolkit-source', '        run: echo ok'] : []),
      '      - uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1',
      '        with:',
      checkout,
      '          path: .wo-toolkit',
      '          persist-credentials: false',
      '',
    ].join('\n');
  const located = '          repository: ${{ steps.toolkit-source.outputs.repository }}\n          ref: ${{ steps.toolkit-source.outputs.ref }}';

  test('the located form passes', () => {
    expect(checkWorkflowSecurity(workflow(located), 'a.yml')).toEqual([]);
  });

  test('the old fallback form is reported: literal fallbacks, the placeholder, not the located values', () => {
    const old = "          repository: ${{ inputs.toolkit-repository || job.workflow_repository || 'org/wo-toolkit' }}\n          ref: ${{ inputs.toolkit-ref || job.workflow_sha || 'v1' }}";
    expect(checkWorkflowSecurity(workflow(old), 'a.yml').map((v) => `${v.line} ${v.rule}`)).toEqual([
      '11 toolkit-checkout-source',
      '11 toolkit-checkout-source',
      '13 checkout-literal-fallback',
      '13 placeholder-repository',
      '14 checkout-literal-fallback',
    ]);
  });

  test('a checkout without the locating step before it is reported', () => {
    expect(checkWorkflowSecurity(workflow(located, false), 'a.yml').map((v) => v.rule)).toEqual(['toolkit-checkout-source']);
  });
});
