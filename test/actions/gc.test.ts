import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import '../../src/commands/gc.js';
import { ArtifactEmulator } from '../helpers/artifact-emulator.js';
import { defaultInputs, runActionBundle, type ActionResult } from '../helpers/bundles.js';
import { makeTempDir } from '../helpers/repo.js';
import { createScenario, restoreFromPatch, sha256sumCheck, significantFiles, type Scenario } from '../gc/fixture.js';
import { schemaErrors } from '../helpers/schemas.js';
import { decideDirtyWithCli } from '../helpers/decisions.js';

/**
 * The gc action as the runner runs it: `node dist/gc/index.js` with INPUT_* variables, real output and
 * summary files, and the real @actions/artifact client uploading to a local emulator of the artifact
 * service. The test unzips what arrived and checks every file and hash.
 */

let emulator: ArtifactEmulator;
let scenario: Scenario;

beforeAll(async () => {
  emulator = await ArtifactEmulator.start();
});
afterAll(() => emulator.stop());

/** A fresh scenario for each test that changes the repository. */
function freshScenario(): void {
  beforeEach(() => {
    scenario = createScenario(new Date());
  });
  afterEach(() => scenario.cleanup());
}

const sha256 = (bytes: Buffer): string => crypto.createHash('sha256').update(bytes).digest('hex');

function gcAction(inputs: Record<string, string>, env: NodeJS.ProcessEnv = emulator.env()): Promise<ActionResult> {
  return runActionBundle('gc', { root: '.', ...inputs }, { workspace: scenario.repo.root, env });
}

test('action.yml declares the inputs and outputs the action reads and sets', () => {
  const spec = parseYaml(fs.readFileSync(path.resolve('gc/action.yml'), 'utf8')) as {
    runs: { using: string; main: string };
    inputs: Record<string, { default?: string }>;
    outputs: Record<string, unknown>;
  };
  expect(spec.runs).toEqual({ using: 'node24', main: '../dist/gc/index.js' });
  expect(Object.keys(spec.inputs).sort()).toEqual(
    ['artifact-name', 'config', 'force-dirty', 'json', 'max-operations', 'mode', 'retention-days', 'root', 'today', 'upload-artifact'].sort(),
  );
  expect(spec.inputs['mode']!.default).toBe('dry-run');
  expect(spec.inputs['upload-artifact']!.default).toBe('true');
  expect(spec.inputs['retention-days']!.default).toBe('90');
  expect(Object.keys(spec.outputs).sort()).toEqual(['artifact-id', 'dirty-count', 'exit-code', 'patches', 'removed-count', 'report'].sort());
});

describe('runs', () => {
  freshScenario();

  test('apply: removes, exports, and uploads patch, checksum, decision.md and report as one artifact', async () => {
    const out = makeTempDir('wo-toolkit-report-');
    const run = await gcAction({ mode: 'apply', 'artifact-name': 'gc-evidence-apply', json: path.join(out, 'gc.json') });
    expect(run.code).toBe(1); // a dirty worktree waits for a decision: the step fails
    expect(run.outputs['exit-code']).toBe('1');
    expect(run.outputs['removed-count']).toBe('5');
    expect(run.outputs['dirty-count']).toBe('1');

    const artifact = emulator.artifact('gc-evidence-apply')!;
    expect(run.outputs['artifact-id']).toBe(String(artifact.id));
    expect(artifact.retentionDays).toBe(90);

    const patches = JSON.parse(run.outputs['patches']!) as { wo_id: string; path: string; sha256: string }[];
    expect(patches).toHaveLength(1);
    const [patch] = patches;
    expect(patch).toEqual({ wo_id: 'WO-0002', path: `_ctx/handoff/WO-0002/dirty.${patch!.sha256}.patch`, sha256: patch!.sha256 });

    const files = emulator.files('gc-evidence-apply');
    expect([...files.keys()].sort()).toEqual(['_ctx/handoff/WO-0002/decision.md', '_ctx/handoff/WO-0002/dirty.patch.sha256', patch!.path, 'gc-report.json'].sort());
    // Every file arrived byte for byte, and the hashes hold.
    for (const [name, bytes] of files) {
      if (name !== 'gc-report.json') expect(bytes.equals(fs.readFileSync(scenario.repo.path(name)))).toBe(true);
    }
    expect(sha256(files.get(patch!.path)!)).toBe(patch!.sha256);
    expect(files.get('_ctx/handoff/WO-0002/dirty.patch.sha256')!.toString('utf8')).toBe(`${patch!.sha256}  dirty.${patch!.sha256}.patch\n`);
    expect(files.get('_ctx/handoff/WO-0002/decision.md')!.toString('utf8')).toContain(`| **Patch Hash** | \`${patch!.sha256}\` |`);
    const report = JSON.parse(files.get('gc-report.json')!.toString('utf8')) as { exit_code: number };
    expect(schemaErrors('gc-report.schema.json', report)).toEqual([]);
    expect(run.outputs['report']).toBe(path.join(out, 'gc.json'));
    expect(report).toEqual(JSON.parse(fs.readFileSync(run.outputs['report']!, 'utf8')));
    fs.rmSync(out, { recursive: true, force: true });

    // The job summary lists the patch with its SHA-256 shortened to 12 characters (the report has it
    // whole) and says what to do; the waiting WO is annotated on its decision.md.
    const short = patch!.sha256.slice(0, 12);
    expect(run.summary.split('\n')[0]).toBe('### ❌ wo-toolkit gc (apply): 8 targets: 5 removed, 1 dirty, 1 needs attention (apply)');
    expect(run.summary).toContain(`| WO-0002 | \`_ctx/handoff/WO-0002/dirty.${short}….patch:1\` | \`${short}\` | \`_ctx/handoff/WO-0002/decision.md:1\` (not complete) |`);
    expect(run.summary).not.toContain(patch!.sha256);
    expect(run.summary).toMatch(/^\| WO-0002 \| zombie \| .* \| decide in `_ctx\/handoff\/WO-0002\/decision\.md` \(check one box, remove ACTION_REQUIRED\), then `wo-toolkit gc --apply --force-dirty` \|$/m);
    expect(run.stdout).toContain('::warning title=gc zombie WO-0002%3A export_patch (done),file=_ctx/handoff/WO-0002/decision.md::dirty zombie worktree');
    expect(run.stdout).toContain('::error::gc: 1 WO(s) need attention: WO-0002');
  });

  test('apply with force-dirty and no decision naming the patch: the worktree stays, the step fails and says which patch needs a decision where', async () => {
    const expected = significantFiles(scenario.repo, '.worktrees/WO-0002');
    const run = await gcAction({ mode: 'apply', 'force-dirty': 'true', 'artifact-name': 'gc-evidence-refused' });
    expect(run.code).toBe(1);
    expect(run.outputs['exit-code']).toBe('1');
    expect(significantFiles(scenario.repo, '.worktrees/WO-0002')).toEqual(expected);
    const [patch] = JSON.parse(run.outputs['patches']!) as { path: string; sha256: string }[];
    const report = JSON.parse(fs.readFileSync(run.outputs['report']!, 'utf8')) as { operations: { wo_id: string; reason: string }[] };
    expect(report.operations.find((o) => o.wo_id === 'WO-0002')!.reason).toContain(
      `--force-dirty refused: no decision names dirty.${patch!.sha256}.patch; decide dirty.${patch!.sha256}.patch in _ctx/handoff/WO-0002/decision.md`,
    );
    expect(run.stdout).toContain('::error::gc: 1 WO(s) need attention: WO-0002');
  });

  test('apply with force-dirty: the patch that arrived in the artifact restores the removed worktree byte for byte', async () => {
    const expected = significantFiles(scenario.repo, '.worktrees/WO-0002');
    const head = scenario.repo.git('-C', '.worktrees/WO-0002', 'rev-parse', 'HEAD').trim();
    await decideDirtyWithCli(scenario.repo.root);
    const run = await gcAction({ mode: 'apply', 'force-dirty': 'true', 'artifact-name': 'gc-evidence-forced', 'retention-days': '7' });
    expect(run.code).toBe(0);
    expect(run.outputs['exit-code']).toBe('0');
    expect(fs.existsSync(scenario.repo.path('.worktrees/WO-0002'))).toBe(false);

    const artifact = emulator.artifact('gc-evidence-forced')!;
    expect(artifact.retentionDays).toBe(7);
    const [patch] = JSON.parse(run.outputs['patches']!) as { path: string; sha256: string }[];
    const downloaded = makeTempDir('wo-toolkit-download-');
    for (const [name, bytes] of emulator.files('gc-evidence-forced')) {
      fs.mkdirSync(path.dirname(path.join(downloaded, name)), { recursive: true });
      fs.writeFileSync(path.join(downloaded, name), bytes);
    }
    expect(sha256sumCheck(path.join(downloaded, '_ctx/handoff/WO-0002/dirty.patch.sha256'))).toBe(`dirty.${patch!.sha256}.patch: OK\n`);
    expect(restoreFromPatch(scenario.repo, head, path.join(downloaded, patch!.path))).toEqual(expected);
    fs.rmSync(downloaded, { recursive: true, force: true });
  });

  test('dry-run: writes nothing in the repository, uploads the report, lists no patch on disk', async () => {
    const snapshot = scenario.repo.snapshot();
    const run = await gcAction({ 'artifact-name': 'gc-evidence-dry' });
    expect(scenario.repo.snapshot()).toEqual(snapshot);
    expect(run.outputs['exit-code']).toBe('1');
    expect(run.outputs['removed-count']).toBe('0');
    expect(run.outputs['patches']).toBe('[]');
    expect([...emulator.files('gc-evidence-dry').keys()]).toEqual(['gc-report.json']);
    expect(run.summary).toContain('(not written: dry run)');
  });

  test('upload-artifact false: no upload, no artifact-id', async () => {
    const before = emulator.artifacts().length;
    const run = await gcAction({ mode: 'export-patch', 'upload-artifact': 'false' }, {});
    expect(run.outputs['exit-code']).toBe('1');
    expect(run.outputs['artifact-id']).toBeUndefined();
    expect(emulator.artifacts()).toHaveLength(before);
    expect(JSON.parse(run.outputs['patches']!)).toHaveLength(1);
  });

});

describe('bad inputs (one repository: nothing may change it)', () => {
  beforeAll(() => {
    scenario = createScenario(new Date());
  });
  afterAll(() => scenario.cleanup());

  test.each([
    [{ 'retention-days': '0' }, "input 'retention-days': expected a whole number from 1 to 90, got '0'"],
    [{ 'retention-days': '91' }, "input 'retention-days': expected a whole number from 1 to 90, got '91'"],
    [{ 'retention-days': 'forever' }, "input 'retention-days': expected a whole number from 1 to 90, got 'forever'"],
    [{ mode: 'apply-all' }, "input 'mode': expected one of dry-run, export-patch, apply, got 'apply-all'"],
    [{ mode: 'export-patch', 'force-dirty': 'true' }, "input 'force-dirty': not with export-patch, which removes nothing"],
    [{ 'max-operations': '0' }, "input 'max-operations': expected a whole number >= 1, got '0'"],
    [{ 'artifact-name': 'a/b' }, "input 'artifact-name': '/' is not allowed in an artifact name"],
  ])('bad input %j: exit-code 2, one clear line, nothing done', async (inputs, message) => {
    const snapshot = scenario.repo.snapshot();
    const before = emulator.artifacts().length;
    const run = await gcAction({ mode: 'apply', ...inputs });
    expect(run.code).toBe(1);
    expect(run.outputs['exit-code']).toBe('2');
    expect(run.stdout).toContain(`::error::${message}`);
    expect(run.stdout).not.toContain('internal error');
    expect(scenario.repo.snapshot()).toEqual(snapshot);
    expect(emulator.artifacts()).toHaveLength(before);
  });

});

describe('where there is no artifact service, the step is gc\'s; a real upload failure stays an error', () => {
  freshScenario();

  const skipped = (run: ActionResult) => run.annotations.filter((a) => a.command === 'warning' && a.properties['title'] === 'Artifact upload skipped');

  test('default inputs, no ACTIONS_RUNTIME_TOKEN / ACTIONS_RESULTS_URL: gc runs, the upload is skipped with a warning, exit-code is gc\'s', async () => {
    const snapshot = scenario.repo.snapshot();
    const run = await runActionBundle('gc', defaultInputs('gc'), { workspace: scenario.repo.root, env: {} });
    const report = JSON.parse(fs.readFileSync(run.outputs['report']!, 'utf8')) as { mode: string; exit_code: number };
    expect(report.mode).toBe('dry-run');
    expect(run.outputs['exit-code']).toBe(String(report.exit_code));
    expect(run.outputs['exit-code']).not.toBe('2');
    expect(run.code).toBe(report.exit_code === 0 ? 0 : 1);
    expect(skipped(run).map((a) => a.message)).toEqual([
      "artifact 'wo-gc-evidence' not uploaded: there is no artifact service here (ACTIONS_RUNTIME_TOKEN is not set: not a GitHub Actions job); the step's result is the command's. Set upload-artifact: false to skip the upload.",
    ]);
    expect(run.outputs['artifact-id']).toBeUndefined();
    expect(run.stdout).not.toContain('internal error');
    expect(scenario.repo.snapshot()).toEqual(snapshot);
  });

  test('apply without a service: the evidence stays on disk, verified, and the step result is gc\'s', async () => {
    const run = await runActionBundle('gc', { ...defaultInputs('gc'), mode: 'apply' }, { workspace: scenario.repo.root, env: {} });
    expect(run.outputs['exit-code']).toBe('1'); // a dirty worktree waits for a decision
    expect(run.outputs['removed-count']).toBe('5');
    expect(skipped(run)).toHaveLength(1);
    const patches = JSON.parse(run.outputs['patches']!) as { path: string; sha256: string }[];
    expect(patches).toHaveLength(1);
    const bytes = fs.readFileSync(path.join(scenario.repo.root, patches[0]!.path));
    expect(crypto.createHash('sha256').update(bytes).digest('hex')).toBe(patches[0]!.sha256);
  });

  test('GitHub Enterprise Server without artifacts v4: the client says so, nothing is sent', async () => {
    const requests = emulator.requests.length;
    const run = await runActionBundle('gc', defaultInputs('gc'), { workspace: scenario.repo.root, env: { ...emulator.env(), GITHUB_SERVER_URL: 'https://ghes.example.com' } });
    expect(run.outputs['exit-code']).toBe('1');
    expect(skipped(run)).toEqual([expect.objectContaining({ message: expect.stringContaining('(GitHub Enterprise Server without artifacts v4)') })]);
    expect(emulator.requests.length).toBe(requests);
  });

  test('a real upload failure on GitHub (the service refuses the name) fails the step with exit-code 2 and one line', async () => {
    const first = await gcAction({ 'artifact-name': 'gc-evidence-twice' });
    expect(first.outputs['artifact-id']).toBeDefined();
    const second = await gcAction({ 'artifact-name': 'gc-evidence-twice' });
    expect(second.code).toBe(1);
    expect(second.outputs['exit-code']).toBe('2');
    expect(second.stdout).toMatch(/^::error::artifact 'gc-evidence-twice' could not be uploaded: .*already exists/m);
    expect(second.stdout).not.toContain('internal error');
    expect(skipped(second)).toEqual([]);
    // The report was written before the upload was tried.
    expect(fs.existsSync(second.outputs['report']!)).toBe(true);
  });
});
