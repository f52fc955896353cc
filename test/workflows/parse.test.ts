import path from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { REPO_ROOT, actionProblems, listActionFiles, listFiles, readRepoFile, workflowParseErrors } from '../helpers/workflow-checks.js';

/** Every workflow and action.yml, through GitHub's own parser (@actions/workflow-parser), with zero errors. */

const workflows = [...listFiles('.github/workflows', /\.ya?ml$/), ...listFiles('examples/workflows', /\.ya?ml$/)];
const actions = listActionFiles();

describe('the files under test are the ones the project ships', () => {
  test('every workflow is found', () => {
    expect(workflows).toEqual(
      expect.arrayContaining([
        '.github/workflows/ci.yml',
        '.github/workflows/wo-weekly-gate.yml',
        '.github/workflows/wo-pr-check.yml',
        '.github/workflows/wo-retention.yml',
        '.github/workflows/wo-reconcile.yml',
        'examples/workflows/wo-weekly-gate.yml',
        'examples/workflows/wo-pr-check.yml',
        'examples/workflows/wo-retention.yml',
        'examples/workflows/wo-reconcile.yml',
      ]),
    );
  });

  test('every top-level action.yml is found', () => {
    expect(actions).toEqual(expect.arrayContaining(['action.yml', 'audit/action.yml']));
  });
});

describe('workflows parse with zero errors (callers of the reusable workflows are checked against their inputs)', () => {
  test.each(workflows)('%s', async (file) => {
    expect(await workflowParseErrors(readRepoFile(file), file)).toEqual([]);
  });
});

describe('action.yml files parse with zero errors and meet the toolkit rules', () => {
  test.each(actions)('%s', (file) => {
    expect(actionProblems(readRepoFile(file), file, path.join(REPO_ROOT, path.dirname(file)))).toEqual([]);
  });
});

describe('the parser checks are not vacuous: bad texts are reported', () => {
  test('a workflow with an unknown job key and a step without run or uses', async () => {
    const bad = ['on: push', 'permissions:', '  contents: read', 'jobs:', '  build:', '    runs-on: ubuntu-latest', '    bad-key: 1', '    steps:', '      - name: nothing to do', ''].join('\n');
    const errors = await workflowParseErrors(bad, 'bad.yml');
    expect(errors).toEqual(expect.arrayContaining([expect.stringContaining("Unexpected value 'bad-key'")]));
    expect(errors.length).toBeGreaterThanOrEqual(2);
  });

  test('a caller that passes an input the reusable workflow does not declare', async () => {
    const caller = readRepoFile('examples/workflows/wo-weekly-gate.yml').replace('export-patches: ${{', 'export-patchez: ${{');
    expect(caller).toContain('export-patchez: ${{');
    expect(await workflowParseErrors(caller, 'caller.yml')).toEqual([
      expect.stringContaining('Invalid input, export-patchez is not defined in the referenced workflow.'),
    ]);
  });

  test('a caller of a toolkit workflow that does not exist', async () => {
    const caller = readRepoFile('examples/workflows/wo-pr-check.yml').replace('wo-pr-check.yml@', 'wo-pr-chek.yml@');
    expect(await workflowParseErrors(caller, 'caller.yml')).toEqual([expect.stringContaining('Unable to find reusable workflow')]);
  });

  test('an action.yml on an old runtime, without a main that exists, with an undescribed input', () => {
    const bad = [
      "name: 'bad'",
      "description: 'bad action'",
      'inputs:',
      '  root:',
      "    default: '.'",
      'outputs:',
      '  exit-code:',
      "    description: 'exit code'",
      'runs:',
      "  using: 'node20'",
      "  main: '../dist/nothing/index.js'",
      '',
    ].join('\n');
    expect(actionProblems(bad, 'bad/action.yml', path.join(REPO_ROOT, 'bad'))).toEqual([
      "bad/action.yml: runs.using is 'node20', expected 'node24'",
      "bad/action.yml: runs.main '../dist/nothing/index.js' does not exist (is dist/ built?)",
      "bad/action.yml: input 'root' has no description",
    ]);
  });

  test('an action.yml the parser itself rejects', () => {
    const bad = ["name: 'bad'", 'runs:', "  using: 'node24'", "  mian: 'index.js'", 'extra: 1', ''].join('\n');
    const problems = actionProblems(bad, 'bad/action.yml', path.join(REPO_ROOT, 'bad'));
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining("Unexpected value 'mian'"),
        expect.stringContaining("Unexpected value 'extra'"),
        expect.stringContaining('Required property is missing: description'),
      ]),
    );
  });
});
