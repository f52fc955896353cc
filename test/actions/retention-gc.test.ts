import { parseAction } from '@actions/workflow-parser/actions/index';
import { NoOperationTraceWriter } from '@actions/workflow-parser';
import { parse as parseYaml } from 'yaml';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import '../../src/commands/retention-gc.js';
import { validate } from '../../src/core/schema.js';
import { makeTempDir, TestRepo } from '../helpers/repo.js';
import { daysAgo, sha256, TODAY, writeEvidence, type Evidence } from '../retention/evidence.js';
import { Inputs } from '../../actions/retention-gc/run.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BUNDLE = path.join(ROOT, 'dist/retention-gc/index.js');
const MANIFEST = path.join(ROOT, 'retention-gc/action.yml');

interface ActionRun {
  status: number | null;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
}

/** Reads a GITHUB_OUTPUT file: `name<<DELIMITER`, the value, `DELIMITER`. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!match) continue;
    const end = lines.indexOf(match[2]!, i + 1);
    outputs[match[1]!] = lines.slice(i + 1, end).join('\n');
    i = end;
  }
  return outputs;
}

/** Runs the built action as the runner does: node, INPUT_* variables, output and summary files. */
function runAction(workspace: string, inputs: Record<string, string>): ActionRun {
  const files = makeTempDir('wo-toolkit-runner-');
  const outputFile = path.join(files, 'output');
  const summaryFile = path.join(files, 'summary');
  fs.writeFileSync(outputFile, '');
  fs.writeFileSync(summaryFile, '');
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith('INPUT_') && !key.startsWith('GITHUB_') && !key.startsWith('RUNNER_')) env[key] = value;
  }
  Object.assign(env, {
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: files,
  });
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const result = spawnSync(process.execPath, [BUNDLE], { cwd: workspace, env, encoding: 'utf8' });
  const run = {
    status: result.status,
    stdout: result.stdout,
    outputs: parseOutputs(fs.readFileSync(outputFile, 'utf8')),
    summary: fs.readFileSync(summaryFile, 'utf8'),
  };
  fs.rmSync(files, { recursive: true, force: true });
  return run;
}

let repo: TestRepo;
let old: Evidence;
let pending: Evidence;
let young: Evidence;
let outside: string;

beforeEach(() => {
  repo = TestRepo.create();
  repo.writeWo('done', 'WO-0001');
  old = writeEvidence(repo, 'WO-0001');
  repo.writeWo('pending', 'WO-0002');
  pending = writeEvidence(repo, 'WO-0002');
  repo.commit('evidence', { date: daysAgo(200) });
  repo.writeWo('failed', 'WO-0003');
  young = writeEvidence(repo, 'WO-0003');
  repo.commit('young evidence', { date: daysAgo(20) });
  outside = makeTempDir('wo-toolkit-outside-');
  fs.writeFileSync(path.join(outside, 'target.patch'), 'outside\n');
  repo.symlink(`_ctx/handoff/WO-0001/dirty.${sha256('link')}.patch`, path.join(outside, 'target.patch'));
});
afterEach(() => {
  repo.cleanup();
  fs.rmSync(outside, { recursive: true, force: true });
});

describe('retention-gc action (the built bundle under node)', () => {
  test('dry run by default: outputs, report, job summary, annotations; the tree is unchanged', () => {
    const before = repo.snapshot();
    const reportFile = path.join(outside, 'report.json');
    const run = runAction(repo.root, { root: '.', json: reportFile, today: TODAY });
    expect(run.status).toBe(0);
    const bytes = fs.statSync(repo.path(old.patch)).size + fs.statSync(repo.path(old.checksum)).size;
    expect(run.outputs).toMatchObject({
      'exit-code': '0',
      report: reportFile,
      'eligible-count': '2',
      'deleted-count': '0',
      'protected-count': '3',
      'bytes-freed': '0',
      'eligible-bytes': String(bytes),
    });
    const report = JSON.parse(fs.readFileSync(reportFile, 'utf8'));
    expect(validate('retention-gc-report', report)).toEqual([]);
    expect(report.mode).toBe('dry-run');
    expect(run.summary).toContain('wo-toolkit retention-gc');
    expect(run.summary).toMatch(/<th>Eligible<\/th>.*<th>Deleted<\/th>.*<th>Protected<\/th>/s);
    expect(run.summary).toContain(`| \`${old.patch}\` | 200 | git |`);
    expect(run.summary).toContain('would be deleted');
    expect(run.summary).toContain('`wo_pending`');
    expect(run.stdout).toContain(`::warning title=retention-gc%3A outside_evidence_root,file=_ctx/handoff/WO-0001/dirty.${sha256('link')}.patch::`);
    expect(repo.snapshot()).toEqual(before);
  });

  test('mode apply deletes the eligible files and reports the bytes freed', () => {
    const bytes = fs.statSync(repo.path(old.patch)).size + fs.statSync(repo.path(old.checksum)).size;
    const run = runAction(repo.root, { mode: 'apply', days: '30', today: TODAY });
    expect(run.status).toBe(0);
    expect(run.outputs).toMatchObject({ 'exit-code': '0', 'eligible-count': '2', 'deleted-count': '2', 'bytes-freed': String(bytes) });
    // Without the json input the report goes to RUNNER_TEMP.
    expect(run.outputs['report']).toMatch(/wo-toolkit\/retention-gc-report\.json$/);
    expect(repo.exists(old.patch)).toBe(false);
    expect(repo.exists(old.checksum)).toBe(false);
    for (const kept of [old.decision, old.link, pending.patch, pending.checksum, young.patch, young.checksum]) expect(fs.lstatSync(repo.path(kept))).toBeTruthy();
    expect(fs.readFileSync(path.join(outside, 'target.patch'), 'utf8')).toBe('outside\n');
    expect(run.summary).toContain('| deleted |');
  });

  test('days applies as given: 10 makes the young evidence eligible too', () => {
    const run = runAction(repo.root, { days: '10', today: TODAY });
    expect(run.outputs['eligible-count']).toBe('4');
  });

  test.each([
    [{ days: '0' }, "input 'days': expected a whole number >= 1, got '0'"],
    [{ days: '-5' }, "input 'days': expected a whole number >= 1, got '-5'"],
    [{ days: 'abc' }, "input 'days': expected a whole number >= 1, got 'abc'"],
    [{ mode: 'delete' }, "input 'mode': expected one of dry-run, apply, got 'delete'"],
    [{ today: 'yesterday' }, "input 'today': expected a date YYYY-MM-DD, got 'yesterday'"],
  ])('bad input %p fails the step with exit-code 2 and deletes nothing', (inputs, message) => {
    const before = repo.snapshot();
    const run = runAction(repo.root, { mode: 'apply', ...inputs });
    expect(run.status).toBe(1);
    expect(run.outputs['exit-code']).toBe('2');
    expect(run.stdout).toContain(`::error::${message}`);
    expect(repo.snapshot()).toEqual(before);
  });
});

describe('retention-gc/action.yml', () => {
  const text = fs.readFileSync(MANIFEST, 'utf8');
  const manifest = parseYaml(text) as { inputs: Record<string, { default?: string }>; outputs: Record<string, unknown>; runs: { using: string; main: string } };

  test('is a valid action manifest for the GitHub Actions parser', () => {
    const result = parseAction({ name: 'retention-gc/action.yml', content: text }, new NoOperationTraceWriter());
    expect(result.context.errors.getErrors().map((e) => e.message)).toEqual([]);
    // The same parser does reject a broken manifest.
    const broken = parseAction({ name: 'broken.yml', content: text.replace("using: 'node24'", "using: 'node99'") }, new NoOperationTraceWriter());
    expect(broken.context.errors.getErrors().length).toBeGreaterThan(0);
  });

  test('runs the bundle on node24 and declares every input the code reads and every output it sets', () => {
    expect(manifest.runs).toEqual({ using: 'node24', main: '../dist/retention-gc/index.js' });
    expect(fs.existsSync(path.join(path.dirname(MANIFEST), manifest.runs.main))).toBe(true);
    expect(Object.keys(manifest.inputs).sort()).toEqual(Object.values(Inputs).sort());
    expect(manifest.inputs['mode']?.default).toBe('dry-run');
    const run = runAction(repo.root, { today: TODAY });
    expect(Object.keys(run.outputs).sort()).toEqual(Object.keys(manifest.outputs).sort());
  });
});
