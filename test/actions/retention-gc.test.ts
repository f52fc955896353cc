import { parseAction } from '@actions/workflow-parser/actions/index';
import { NoOperationTraceWriter } from '@actions/workflow-parser';
import { parse as parseYaml } from 'yaml';
import fs from 'node:fs';
import path from 'node:path';
import '../../src/commands/retention-gc.js';
import { PROJECT_ROOT, runActionBundle, type ActionResult } from '../helpers/bundles.js';
import { renderGfm, renderingProblems } from '../helpers/markdown.js';
import { makeTempDir, TestRepo } from '../helpers/repo.js';
import { sha256, TODAY, writeAgedEvidence, type Evidence } from '../retention/evidence.js';
import { schemaErrors } from '../helpers/schemas.js';

const MANIFEST = path.join(PROJECT_ROOT, 'retention-gc/action.yml');

/** Runs the built action as the runner does, with the test repository as the workspace. */
function runAction(workspace: string, inputs: Record<string, string>): Promise<ActionResult> {
  return runActionBundle('retention-gc', inputs, { workspace });
}

let repo: TestRepo;
let old: Evidence;
let pending: Evidence;
let young: Evidence;
let outside: string;

beforeEach(() => {
  repo = TestRepo.create();
  ({ decided: old, pending, young } = writeAgedEvidence(repo));
  outside = makeTempDir('wo-toolkit-outside-');
  fs.writeFileSync(path.join(outside, 'target.patch'), 'outside\n');
  repo.symlink(`_ctx/handoff/WO-0001/dirty.${sha256('link')}.patch`, path.join(outside, 'target.patch'));
});
afterEach(() => {
  repo.cleanup();
  fs.rmSync(outside, { recursive: true, force: true });
});

describe('retention-gc action (the built bundle under node)', () => {
  test('dry run by default: outputs, report, job summary, annotations; the tree is unchanged', async () => {
    const before = repo.snapshot();
    const reportFile = path.join(outside, 'report.json');
    const run = await runAction(repo.root, { root: '.', json: reportFile, today: TODAY });
    expect(run.code).toBe(0);
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
    expect(schemaErrors('retention-gc-report.schema.json', report)).toEqual([]);
    expect(report.mode).toBe('dry-run');
    expect(run.summary.split('\n')[0]).toBe('### ✅ wo-toolkit retention-gc: dry run: 2 files (288 B) would be deleted, 3 protected');
    // The mode line renders as bold text, not a literal **dry-run** (it stands apart from the heading).
    const html = renderGfm(run.summary);
    expect(html).toContain('<p>Mode <strong>dry-run</strong>, evidence at least <strong>90</strong> days old on 2026-06-01');
    expect(renderingProblems(html)).toEqual([]);
    expect(run.summary).toContain('| Eligible | Deleted | Protected | Too young | Bytes eligible | Bytes freed |');
    expect(run.summary).toContain(`| \`${old.patch.replace(/[0-9a-f]{64}/, (h) => `${h.slice(0, 12)}…`)}\` | 200 | git |`);
    expect(run.summary).toContain('would be deleted');
    expect(run.summary).toContain('`wo_pending`');
    expect(run.stdout).toContain(`::warning title=retention-gc%3A outside_evidence_root,file=_ctx/handoff/WO-0001/dirty.${sha256('link')}.patch::`);
    expect(repo.snapshot()).toEqual(before);
  });

  test('mode apply deletes the eligible files and reports the bytes freed', async () => {
    const bytes = fs.statSync(repo.path(old.patch)).size + fs.statSync(repo.path(old.checksum)).size;
    const run = await runAction(repo.root, { mode: 'apply', days: '30', today: TODAY });
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ 'exit-code': '0', 'eligible-count': '2', 'deleted-count': '2', 'bytes-freed': String(bytes) });
    // Without the json input the report goes to RUNNER_TEMP.
    expect(run.outputs['report']).toMatch(/wo-toolkit\/retention-gc-report\.json$/);
    expect(repo.exists(old.patch)).toBe(false);
    expect(repo.exists(old.checksum)).toBe(false);
    for (const kept of [old.decision, old.link, pending.patch, pending.checksum, young.patch, young.checksum]) expect(fs.lstatSync(repo.path(kept))).toBeTruthy();
    expect(fs.readFileSync(path.join(outside, 'target.patch'), 'utf8')).toBe('outside\n');
    expect(run.summary).toContain('| deleted |');
  });

  test('days applies as given: 10 makes the young evidence eligible too', async () => {
    const run = await runAction(repo.root, { days: '10', today: TODAY });
    expect(run.outputs['eligible-count']).toBe('4');
  });

  test.each([
    [{ days: '0' }, "input 'days': expected a whole number >= 1, got '0'"],
    [{ days: '-5' }, "input 'days': expected a whole number >= 1, got '-5'"],
    [{ days: 'abc' }, "input 'days': expected a whole number >= 1, got 'abc'"],
    [{ mode: 'delete' }, "input 'mode': expected one of dry-run, apply, got 'delete'"],
    [{ today: 'yesterday' }, "input 'today': expected a date YYYY-MM-DD, got 'yesterday'"],
  ])('bad input %p fails the step with exit-code 2 and deletes nothing', async (inputs, message) => {
    const before = repo.snapshot();
    const run = await runAction(repo.root, { mode: 'apply', ...inputs });
    expect(run.code).toBe(1);
    expect(run.outputs['exit-code']).toBe('2');
    expect(run.stdout).toContain(`::error::${message}`);
    expect(repo.snapshot()).toEqual(before);
  });

  test('new work beside a decided patch: apply deletes the decided patch only; the new one and the checksum naming it stay, with the reason and what to do', async () => {
    const second = `diff --git a/src/later.ts b/src/later.ts\nnew file mode 100644\n--- /dev/null\n+++ b/src/later.ts\n@@ -0,0 +1 @@\n+later\n`;
    const later = `_ctx/handoff/WO-0001/dirty.${sha256(second)}.patch`;
    repo.write(later, second);
    repo.write(old.checksum, [old.hash, sha256(second)].sort().map((h) => `${h}  dirty.${h}.patch\n`).join(''));
    repo.commit('new work after the decision', { date: new Date(Date.parse(`${TODAY}T12:00:00Z`) - 120 * 86_400_000) });
    const checksumBytes = fs.readFileSync(repo.path(old.checksum));
    const run = await runAction(repo.root, { root: '.', mode: 'apply', today: TODAY });
    expect(run.code).toBe(0);
    const report = JSON.parse(fs.readFileSync(run.outputs['report']!, 'utf8')) as { deleted: string[]; protected: { path: string; reason: string }[] };
    expect(report.deleted).toEqual([old.patch]);
    expect(report.protected).toEqual(expect.arrayContaining([expect.objectContaining({ path: later, reason: 'patch_undecided' }), expect.objectContaining({ path: old.checksum, reason: 'patch_undecided' })]));
    expect(fs.readFileSync(repo.path(later), 'utf8')).toBe(second);
    expect(fs.readFileSync(repo.path(old.checksum))).toEqual(checksumBytes);
    expect(run.summary).toContain('name the patch (its SHA-256 or file name) in a complete decision');
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

  test('runs the bundle on node24 and declares every input the code reads and every output it sets', async () => {
    expect(manifest.runs).toEqual({ using: 'node24', main: '../dist/retention-gc/index.js' });
    expect(fs.existsSync(path.join(path.dirname(MANIFEST), manifest.runs.main))).toBe(true);
    expect(Object.keys(manifest.inputs).sort()).toEqual(['config', 'days', 'github-token', 'json', 'mode', 'pull-request', 'pull-request-branch', 'root', 'today']);
    expect(manifest.inputs['mode']?.default).toBe('dry-run');
    const run = await runAction(repo.root, { today: TODAY });
    expect(Object.keys(run.outputs).sort()).toEqual(Object.keys(manifest.outputs).sort());
  });
});
