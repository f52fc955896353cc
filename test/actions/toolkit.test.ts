import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { parse } from 'yaml';
import { COMMANDS, COMMAND_NAMES } from '../../actions/toolkit/run.js';
import { PROJECT_ROOT, defaultInputs, runActionBundle, type ActionResult } from '../helpers/bundles.js';
import { buildRealRepo, type RealRepo } from '../helpers/real-repo.js';

/**
 * The root action (`action.yml` at the top, `dist/toolkit/index.js`): one action for the Marketplace that
 * runs any command. Its interface is the union of the commands' own action.yml files, and a step with
 * `command: X` behaves as the action X: the bundle is run as the runner runs it and compared with X's.
 */

type Spec = { inputs?: Record<string, { default?: string; required?: boolean }>; outputs?: Record<string, unknown>; runs: { main: string } };
const load = (file: string) => parse(fs.readFileSync(path.join(PROJECT_ROOT, file), 'utf8')) as Spec;
const root = load('action.yml');
const actionFolders = fs
  .readdirSync(PROJECT_ROOT, { withFileTypes: true })
  .filter((d) => d.isDirectory() && fs.existsSync(path.join(PROJECT_ROOT, d.name, 'action.yml')))
  .map((d) => d.name)
  .sort();

const repos: RealRepo[] = [];
afterAll(() => {
  for (const repo of repos.splice(0)) repo.cleanup();
});

describe('the root action.yml is the union of the commands\' actions', () => {
  test('every action folder is a command of the root action (add a new one to actions/toolkit/run.ts and action.yml)', () => {
    expect([...COMMAND_NAMES].sort()).toEqual(actionFolders);
    expect(root.runs.main).toBe('dist/toolkit/index.js');
    expect(root.inputs!['command']!.required).toBe(true);
  });

  test.each(actionFolders)('%s: the command lists exactly its action.yml inputs, and the root action declares them all', (name) => {
    const own = load(`${name}/action.yml`);
    const inputs = COMMANDS[name as keyof typeof COMMANDS].inputs;
    expect([...inputs].sort()).toEqual(Object.keys(own.inputs ?? {}).sort());
    expect(Object.keys(own.inputs ?? {}).filter((input) => !(input in root.inputs!))).toEqual([]);
    expect(Object.keys(own.outputs ?? {}).filter((output) => !(output in root.outputs!))).toEqual([]);
  });

  test('nothing else is declared, and only root and github-token have defaults of their own', () => {
    const union = new Set(['command', ...actionFolders.flatMap((name) => Object.keys(load(`${name}/action.yml`).inputs ?? {}))]);
    expect(Object.keys(root.inputs!).filter((input) => !union.has(input))).toEqual([]);
    const outputs = new Set(actionFolders.flatMap((name) => Object.keys(load(`${name}/action.yml`).outputs ?? {})));
    expect(Object.keys(root.outputs!).filter((output) => !outputs.has(output))).toEqual([]);
    expect(Object.entries(root.inputs!).filter(([, spec]) => spec.default !== undefined).map(([name]) => name).sort()).toEqual(['github-token', 'root']);
  });
});

describe('a step with command: X behaves as the action X', () => {
  const comparable = (run: ActionResult) => ({
    code: run.code,
    outputs: Object.fromEntries(Object.entries(run.outputs).filter(([name]) => name !== 'report')),
    annotations: run.annotations,
    // The default report lies in each run's own runner folder.
    summary: run.summary.split(run.outputs['report'] ?? '\0').join('<report>'),
  });

  test.each([
    ['audit', { 'fail-on': 'P0' }],
    ['validate-backlog', {}],
    ['retention-gc', { today: '2026-11-30' }],
  ])('%s', async (name, inputs) => {
    const real = buildRealRepo({ plant: ['runningWithoutLock', 'badEnum'] });
    repos.push(real);
    const own = await runActionBundle(name, { ...defaultInputs(name), ...inputs }, { workspace: real.root });
    const viaRoot = await runActionBundle('toolkit', { ...defaultInputs('.'), command: name, ...inputs }, { workspace: real.root });
    expect(comparable(viaRoot)).toEqual(comparable(own));
    expect(viaRoot.outputs['exit-code']).toMatch(/^[01]$/);
  });

  test('weekly-gate with default inputs and no artifact service: the gate\'s result, with the skip warning', async () => {
    const real = buildRealRepo({ plant: ['runningWithoutLock'] });
    repos.push(real);
    const run = await runActionBundle('toolkit', { ...defaultInputs('.'), command: 'weekly-gate' }, { workspace: real.root, env: {} });
    expect(run.outputs['exit-code']).toBe('1');
    expect(run.outputs['p0-count']).toBe('1');
    expect(run.annotations.some((a) => a.properties['title'] === 'Artifact upload skipped')).toBe(true);
  });
});

describe('mistakes fail the step with exit-code 2 and one line, before anything runs', () => {
  test.each([
    [{}, "input 'command': expected one of audit, gc, reconcile, retention-gc, transitions, validate-backlog, weekly-gate, got ''"],
    [{ command: 'audti' }, "input 'command': expected one of audit, gc, reconcile, retention-gc, transitions, validate-backlog, weekly-gate, got 'audti'"],
    [{ command: 'audit', mode: 'apply' }, "input 'mode': not an input of audit (it takes root, fail-on, config, today, json, sarif)"],
    [{ command: 'gc', 'fail-on': 'P0', strict: 'true' }, "input 'fail-on': not an input of gc (it takes root, mode, force-dirty, max-operations, upload-artifact, artifact-name, retention-days, config, today, json); also given: strict"],
  ])('%j', async (inputs, message) => {
    const real = buildRealRepo();
    repos.push(real);
    const run = await runActionBundle('toolkit', { ...defaultInputs('.'), ...inputs }, { workspace: real.root });
    expect(run.code).toBe(1);
    expect(run.outputs).toEqual({ 'exit-code': '2' });
    expect(run.stdout.split('\n').filter((line) => line.startsWith('::error'))).toEqual([`::error::${message}`]);
    expect(run.summary).toBe('');
  });
});
