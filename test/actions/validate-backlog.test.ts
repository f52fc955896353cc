import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { NoOperationTraceWriter } from '@actions/workflow-parser';
import { parseAction } from '@actions/workflow-parser/actions/action-parser';
import { parse as parseYaml } from 'yaml';
import { registerSchema } from '../../src/core/schema.js';
import { runActionBundle, type ActionResult, type Annotation } from '../helpers/bundles.js';
import { makeTempDir, type TestRepo } from '../helpers/repo.js';
import { baseRepo, fullValidRepo, woText, writeRawWo } from '../validate/fixtures.js';
import { schemaErrors } from '../helpers/schemas.js';

/**
 * The action as the runner runs it: `node dist/validate-backlog/index.js` with its inputs as INPUT_*
 * variables, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY as real files, annotations read from stdout.
 */

const BUNDLE = path.resolve('dist/validate-backlog/index.js');

let temp: string;

function runAction(workspace: string, inputs: Record<string, string>): Promise<ActionResult> {
  return runActionBundle('validate-backlog', inputs, { workspace });
}

/** An annotation's level and location, as `error _ctx/jobs/done/WO-0003.yaml:1:1 <title>`. */
const located = (a: Annotation): string => `${a.command} ${a.properties['file']}:${a.properties['line']}:${a.properties['col']} ${a.properties['title']}`;

let broken: TestRepo;
let valid: TestRepo;

beforeAll(() => {
  temp = makeTempDir('wo-toolkit-action-');
  broken = baseRepo();
  writeRawWo(broken, 'pending', 'WO-0001.yaml', woText('WO-0001', 'colour: blue\n').replace('EPIC-001', 'EPIC-404'));
  writeRawWo(broken, 'pending', 'WO-0002.yaml', woText('WO-0002').replace('title: Task WO-0002', 'title: "Task, unclosed'));
  writeRawWo(broken, 'done', 'WO-0003.yaml', woText('WO-0003'));
  valid = fullValidRepo();
});

afterAll(() => {
  broken.cleanup();
  valid.cleanup();
  fs.rmSync(temp, { recursive: true, force: true });
});

describe('validate-backlog action', () => {
  test('one annotation per problem at its exact file, line and column; the step fails on errors', async () => {
    const run = await runAction(broken.root, { root: '.', strict: 'false', config: '', json: '' });
    const withFile = run.annotations.filter((a) => a.properties['file'] !== undefined);
    expect(withFile.map(located)).toEqual([
      'error _ctx/jobs/done/WO-0003.yaml:1:1 validate-backlog: missing-verified-sha',
      'error _ctx/jobs/done/WO-0003.yaml:3:9 validate-backlog: missing-artifact',
      'error _ctx/jobs/pending/WO-0001.yaml:2:10 validate-backlog: unknown-epic',
      'error _ctx/jobs/pending/WO-0002.yaml:12:1 validate-backlog: yaml-syntax',
      'warning _ctx/jobs/pending/WO-0001.yaml:12:1 validate-backlog: unknown-key',
    ]);
    expect(run.stdout).toContain('::error title=validate-backlog%3A unknown-epic,file=_ctx/jobs/pending/WO-0001.yaml,line=2,col=10::');
    expect(withFile[2]!.message).toBe("epic_id 'EPIC-404' names no epic in _ctx/backlog/backlog.yaml");
    // setFailed: one more error, without a location, and a failing exit status.
    expect(run.annotations.filter((a) => a.properties['file'] === undefined).map((a) => a.message)).toEqual(['validate-backlog: 4 errors (see the annotations)']);
    expect(run.code).toBe(1);
  });

  test('outputs: exit-code, report (matching its schema), error-count, warning-count', async () => {
    const json = path.join(temp, 'reports', 'validate.json');
    const run = await runAction(broken.root, { json });
    expect(run.outputs).toEqual({ 'exit-code': '1', report: json, 'error-count': '4', 'warning-count': '1' });
    expect(run.outputs['sarif']).toBeUndefined();
    const report = JSON.parse(fs.readFileSync(json, 'utf8')) as unknown;
    expect(schemaErrors('validate-backlog-report.schema.json', report)).toEqual([]);
    expect(report).toMatchObject({ exit_code: 1, summary: { errors: 4, warnings: 1 } });
  });

  test('the report goes to RUNNER_TEMP by default', async () => {
    const run = await runAction(broken.root, {});
    expect(run.outputs['report']).toMatch(/wo-toolkit[/\\]validate-backlog-report\.json$/);
    expect(fs.existsSync(run.outputs['report']!)).toBe(true);
  });

  test('a job summary with the counts and one table row per problem', async () => {
    const run = await runAction(broken.root, {});
    expect(run.summary.split('\n')[0]).toBe('### ❌ wo-toolkit validate-backlog: 4 errors, 1 warning in 5 files');
    expect(run.summary).toContain('| Errors | Warnings | WO files | DoD files | Backlog | Whitelist | Config |');
    expect(run.summary).toContain('| 4 | 1 | 3 | 1 | 1 | 0 | 0 |');
    expect(run.summary).toContain('| Severity | Where | Rule | Problem | What to do |');
    expect(run.summary).toContain(
      "| error | `_ctx/jobs/pending/WO-0001.yaml:2:10` | `unknown-epic` | epic\\_id 'EPIC-404' names no epic in \\_ctx/backlog/backlog.yaml | add the epic to the backlog, or fix `epic_id` |",
    );
    expect(run.summary.match(/^\| (error|warning) \|/gm)).toHaveLength(5);
  });

  test('strict: warnings become error annotations', async () => {
    const run = await runAction(broken.root, { strict: 'true' });
    expect(run.annotations.filter((a) => a.command === 'warning')).toEqual([]);
    expect(run.annotations.find((a) => a.properties['title'] === 'validate-backlog: unknown-key')).toMatchObject({ command: 'error', properties: { line: '12', col: '1' } });
    expect(run.outputs).toMatchObject({ 'error-count': '5', 'warning-count': '0' });
  });

  test('a valid repository passes under strict: no annotations, exit-code 0', async () => {
    const run = await runAction(valid.root, { strict: 'true' });
    expect(run.annotations).toEqual([]);
    expect(run.outputs).toMatchObject({ 'exit-code': '0', 'error-count': '0', 'warning-count': '0' });
    expect(run.summary).toContain('No problems.');
    expect(run.code).toBe(0);
  });

  test('annotation paths are relative to the workspace when the root is a sub-folder of it', async () => {
    const run = await runAction(path.dirname(broken.root), { root: path.basename(broken.root) });
    const name = path.basename(broken.root);
    expect(run.annotations.find((a) => a.properties['title'] === 'validate-backlog: unknown-epic')).toMatchObject({ properties: { file: `${name}/_ctx/jobs/pending/WO-0001.yaml`, line: '2', col: '10' } });
  });

  test('a bad input fails the step with one line and exit-code 2', async () => {
    const run = await runAction(broken.root, { strict: 'maybe' });
    expect(run.outputs['exit-code']).toBe('2');
    expect(run.stdout).toContain("::error::input 'strict': expected true or false, got 'maybe'");
    expect(run.code).toBe(1);
  });

  test('an invalid configuration: annotated at its line, exit-code 2', async () => {
    const repo = baseRepo();
    try {
      repo.write('.wo-toolkit.yaml', 'state_folders:\n  pending: 7\n');
      const run = await runAction(repo.root, {});
      expect(run.annotations[0]).toMatchObject({ command: 'error', properties: { file: '.wo-toolkit.yaml', line: '2', col: '12', title: 'validate-backlog: schema/type' } });
      expect(run.outputs['exit-code']).toBe('2');
      expect(run.stdout).toContain('::error::.wo-toolkit.yaml: the configuration is invalid, so the backlog was not validated');
      expect(run.code).toBe(1);
    } finally {
      repo.cleanup();
    }
  });
});

describe('validate-backlog/action.yml', () => {
  const file = path.resolve('validate-backlog/action.yml');
  const content = fs.readFileSync(file, 'utf8');

  test('is a valid action manifest for the runner', () => {
    const errorsOf = (text: string): string[] =>
      parseAction({ name: 'validate-backlog/action.yml', content: text }, new NoOperationTraceWriter()).context.errors.getErrors().map((e) => e.message);
    expect(errorsOf(content)).toEqual([]);
    // The parser does catch a broken manifest.
    expect(errorsOf(content.replace("using: 'node24'", "using: 'node99'"))).not.toEqual([]);
  });

  test('declares the inputs the action reads and the outputs it sets, and runs the built bundle on node24', () => {
    const manifest = parseYaml(content) as { inputs: Record<string, unknown>; outputs: Record<string, unknown>; runs: { using: string; main: string } };
    expect(Object.keys(manifest.inputs).sort()).toEqual(['config', 'json', 'root', 'sarif', 'strict', 'today']);
    expect(Object.keys(manifest.outputs).sort()).toEqual(['error-count', 'exit-code', 'report', 'sarif', 'warning-count']);
    expect(manifest.runs.using).toBe('node24');
    expect(path.resolve(path.dirname(file), manifest.runs.main)).toBe(BUNDLE);
    expect(fs.existsSync(BUNDLE)).toBe(true);
  });
});
