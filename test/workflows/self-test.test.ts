import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { parse } from 'yaml';
import { ArtifactEmulator } from '../helpers/artifact-emulator.js';
import { PROJECT_ROOT, runActionBundle } from '../helpers/bundles.js';
import { makeTempDir } from '../helpers/repo.js';
import { evaluateField, readRepoFile, runBashStep } from '../helpers/workflow-checks.js';

/**
 * The self-test workflow, run here step by step as a runner would: the sample step's script under bash
 * in a workspace, each `uses: ./<action>` as that action's bundle with the step's `with:` evaluated by
 * GitHub's evaluator (artifact uploads go to the emulator), `continue-on-error` honoured, and the final
 * check step under bash with the outputs the actions really set. So the checks of the workflow are the
 * truth about the actions, not a wish.
 */

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
  'continue-on-error'?: boolean;
}
const FILE = '.github/workflows/self-test.yml';
const workflow = parse(readRepoFile(FILE)) as { jobs: { actions: { strategy: { matrix: { os: string[] } }; steps: Step[] } } };
const job = workflow.jobs.actions;

let emulator: ArtifactEmulator;
const dirs: string[] = [];
beforeAll(async () => {
  emulator = await ArtifactEmulator.start();
});
afterAll(async () => {
  await emulator.stop();
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

test('runs on Linux, Windows and macOS, every action with uses: ./<action>, and the root action', () => {
  expect(job.strategy.matrix.os).toEqual(['ubuntu-latest', 'windows-latest', 'macos-latest']);
  const used = job.steps.filter((s) => s.uses?.startsWith('./')).map((s) => s.uses!);
  const actions = fs
    .readdirSync(PROJECT_ROOT, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(PROJECT_ROOT, d.name, 'action.yml')))
    .map((d) => `./${d.name}`);
  expect(new Set(used)).toEqual(new Set(['./', ...actions]));
});

test('the whole job passes on the sample repository, its checks holding against the real outputs', async () => {
  const workspace = makeTempDir('wo-toolkit-self-test-');
  dirs.push(workspace);
  // The workspace is a checkout of this repository: the scripts are there.
  fs.symlinkSync(path.join(PROJECT_ROOT, 'scripts'), path.join(workspace, 'scripts'));
  const contexts = { matrix: { os: 'ubuntu-latest' }, github: { event_name: 'push' } };
  const steps: Record<string, { outputs: Record<string, string>; outcome: string }> = {};
  const log: string[] = [];

  for (const step of job.steps) {
    if (step.uses?.startsWith('actions/checkout@')) continue;
    let outcome: string;
    let outputs: Record<string, string> = {};
    if (step.uses?.startsWith('./')) {
      const action = step.uses === './' ? 'toolkit' : step.uses.slice(2);
      const inputs = Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, String(evaluateField(v, contexts))]));
      if (step.uses === './') inputs['root'] ??= '.';
      const run = await runActionBundle(action, inputs, { workspace, env: emulator.env() });
      outcome = run.code === 0 ? 'success' : 'failure';
      outputs = run.outputs;
      log.push(`${step.name}: ${outcome} ${JSON.stringify(outputs)}${run.code === 0 ? '' : `\n${run.stdout}`}`);
    } else {
      const run = runBashStep(step, { ...contexts, steps }, { cwd: workspace });
      outcome = run.code === 0 ? 'success' : 'failure';
      outputs = run.outputs;
      log.push(`${step.name}: ${outcome}\n${run.stdout}${run.stderr}`);
    }
    if (step.id) steps[step.id] = { outputs, outcome };
    // A failed step without continue-on-error fails the job.
    expect(`${step.name}: ${outcome === 'success' || step['continue-on-error'] === true}\n${log.join('\n')}`).toMatch(new RegExp(`^${step.name!.replace(/[()]/g, '\\$&')}: true\\n`));
  }
  expect(log.at(-1)).toContain('Every action ran on the sample repository with the outputs expected.');
  expect(emulator.artifact('self-test-gc-ubuntu-latest')).toBeDefined();
  expect(emulator.artifact('self-test-gate-ubuntu-latest')).toBeDefined();
});
