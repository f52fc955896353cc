import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ArtifactEmulator } from '../helpers/artifact-emulator.js';
import { defaultInputs, runActionBundle, type ActionResult } from '../helpers/bundles.js';
import { buildRealRepo } from '../helpers/real-repo.js';
import { TestRepo } from '../helpers/repo.js';
import { schemaErrors } from '../helpers/schemas.js';
import { completeTemplate, personDecisionNaming } from '../helpers/decisions.js';

let emulator: ArtifactEmulator;
beforeAll(async () => {
  emulator = await ArtifactEmulator.start();
});
afterAll(() => emulator.stop());

function failingRepo(): TestRepo {
  const repo = TestRepo.create();
  repo.writeWo('pending', 'WO-0014');
  repo.writeWo('done', 'WO-0014'); // split_brain: P0
  repo.writeWo('done', 'WO-0031', { fields: { verified_at_sha: 'b'.repeat(40) } });
  repo.commit('work orders');
  const wt = repo.addWorktree('WO-0031');
  fs.writeFileSync(path.join(wt, 'README.md'), 'changed in a zombie worktree\n');
  return repo;
}

describe('weekly-gate action (dist/weekly-gate/index.js under node, with the artifact service emulator)', () => {
  test('the gate fails (exit 1) after uploading its reports and the exported evidence, kept 90 days', async () => {
    const repo = failingRepo();
    const run = await runActionBundle('weekly-gate', { root: '.', 'export-patches': 'true', 'artifact-name': 'gate-fail' }, { workspace: repo.root, env: emulator.env() });
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ 'exit-code': '1', 'p0-count': '1', 'action-required-count': '2' });
    expect(run.stdout).toMatch(/^::error::weekly gate failed: FAIL: 1 P0 finding\(s\) \(WO-0014\)$/m);

    const artifact = emulator.artifact('gate-fail')!;
    expect(artifact.finalized).toBe(true);
    expect(artifact.retentionDays).toBe(90);
    expect(run.outputs['artifact-id']).toBe(String(artifact.id));
    const files = emulator.files('gate-fail');
    const names = [...files.keys()].sort();
    expect(names.filter((n) => !n.startsWith('evidence/')).map((n) => n.replace(/\d{8}T\d{6}Z/, 'TS'))).toEqual([
      'wo_audit_TS.json',
      'wo_gc_TS.json',
      'wo_weekly_gate_TS.json',
      'wo_weekly_gate_TS.log',
    ]);
    const gate = JSON.parse(files.get(names.find((n) => n.startsWith('wo_weekly_gate_') && n.endsWith('.json'))!)!.toString('utf8')) as {
      action_required: { wo_id: string; patch_path: string | null; patch_sha256: string | null }[];
    };
    expect(schemaErrors('weekly-gate-report.schema.json', gate)).toEqual([]);
    const item = gate.action_required.find((i) => i.wo_id === 'WO-0031')!;
    // The exported patch arrived byte for byte, with its checksum file and decision.md.
    const patch = files.get(`evidence/${item.patch_path}`)!;
    expect(crypto.createHash('sha256').update(patch).digest('hex')).toBe(item.patch_sha256);
    expect(patch.equals(fs.readFileSync(repo.path(item.patch_path!)))).toBe(true);
    expect(names).toContain('evidence/_ctx/handoff/WO-0031/dirty.patch.sha256');
    expect(names).toContain('evidence/_ctx/handoff/WO-0031/decision.md');

    expect(run.summary).toContain('wo-toolkit weekly gate: FAIL');
    expect(run.summary).toMatch(/\| WO-0031 \| `dirty_zombie` \|/);
    const annotation = run.annotations.find((a) => a.properties['title'] === 'ACTION_REQUIRED split_brain WO-0014');
    expect(annotation).toMatchObject({ command: 'error', properties: { file: '_ctx/jobs/pending/WO-0014.yaml' } });
    repo.cleanup();
  });

  test('new work after a decision: a new ACTION_REQUIRED item with its own decision file, which the artifact carries; both patches arrive', async () => {
    const repo = failingRepo();
    const first = await runActionBundle('weekly-gate', { root: '.', 'export-patches': 'true', 'artifact-name': 'gate-decided' }, { workspace: repo.root, env: emulator.env() });
    expect(first.outputs['action-required-count']).toBe('2');
    completeTemplate(repo.path('_ctx/handoff/WO-0031/decision.md'));
    fs.writeFileSync(repo.path('.worktrees/WO-0031/later.txt'), 'work done after the decision\n');
    const run = await runActionBundle('weekly-gate', { root: '.', 'export-patches': 'true', 'artifact-name': 'gate-new-work' }, { workspace: repo.root, env: emulator.env() });
    expect(run.outputs['action-required-count']).toBe('2');
    const gate = JSON.parse(fs.readFileSync(run.outputs['report']!, 'utf8')) as { action_required: { wo_id: string; type: string; patch_path: string; patch_sha256: string; decision_path: string; fix: string }[] };
    const item = gate.action_required.find((i) => i.wo_id === 'WO-0031')!;
    expect(item).toMatchObject({ type: 'dirty_zombie', decision_path: '_ctx/handoff/WO-0031/decision.2.md' });
    expect(item.fix).toContain(`(it must name dirty.${item.patch_sha256}.patch)`);
    const names = [...emulator.files('gate-new-work').keys()];
    expect(names).toContain(`evidence/${item.patch_path}`);
    expect(names).toContain('evidence/_ctx/handoff/WO-0031/decision.2.md');
    expect(run.summary).toContain('decision.2.md');
    // A decision naming the new patch decides it: the item stays (the worktree is still there) with the removal as its fix.
    repo.write('_ctx/handoff/WO-0031/decision.2.md', personDecisionNaming('WO-0031', item.patch_sha256));
    const decided = await runActionBundle('weekly-gate', { root: '.', 'artifact-name': 'gate-cleared' }, { workspace: repo.root, env: emulator.env() });
    expect(decided.outputs['action-required-count']).toBe('2');
    const after = JSON.parse(fs.readFileSync(decided.outputs['report']!, 'utf8')) as { action_required: { wo_id: string; decision_complete: boolean; fix: string }[] };
    expect(after.action_required.find((i) => i.wo_id === 'WO-0031')).toMatchObject({ decision_complete: true, fix: expect.stringMatching(/^wo-toolkit gc --apply --force-dirty/) });
    repo.cleanup();
  });

  test('a healthy repository passes, uploads its reports with the retention asked for, and sets the outputs', async () => {
    const repo = TestRepo.create();
    repo.writeWo('pending', 'WO-0001');
    const run = await runActionBundle('weekly-gate', { root: '.', 'retention-days': '7', 'artifact-name': 'gate-pass' }, { workspace: repo.root, env: emulator.env() });
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ 'exit-code': '0', 'p0-count': '0', 'action-required-count': '0' });
    expect(emulator.artifact('gate-pass')!.retentionDays).toBe(7);
    const report = JSON.parse(fs.readFileSync(run.outputs['report']!, 'utf8')) as unknown;
    expect(schemaErrors('weekly-gate-report.schema.json', report)).toEqual([]);
    repo.cleanup();
  });

  test('when the gate cannot run (exit 2) the log saying why is still uploaded', async () => {
    const repo = TestRepo.create();
    repo.write('.wo-toolkit.yaml', 'unknown_key: 1\n');
    const run = await runActionBundle('weekly-gate', { root: '.', 'artifact-name': 'gate-error' }, { workspace: repo.root, env: emulator.env() });
    expect(run.code).toBe(1);
    expect(run.outputs['exit-code']).toBe('2');
    expect(run.stdout).toContain("::error::.wo-toolkit.yaml: (top level): unknown key 'unknown_key'");
    const files = emulator.files('gate-error');
    const log = [...files.entries()].find(([name]) => name.endsWith('.log'))![1].toString('utf8');
    expect(log).toMatch(/could not run: .*unknown key 'unknown_key'/);
    repo.cleanup();
  });

  test.each([
    [{ 'retention-days': '0' }, "input 'retention-days': expected a whole number from 1 to 90, got '0'"],
    [{ 'retention-days': '91' }, "input 'retention-days': expected a whole number from 1 to 90, got '91'"],
    [{ 'export-patches': 'maybe' }, "input 'export-patches': expected true or false, got 'maybe'"],
  ])('bad input %j: exit-code 2 before anything runs or is uploaded', async (inputs, message) => {
    const repo = failingRepo();
    const before = emulator.artifacts().length;
    const snapshot = repo.snapshot();
    const run = await runActionBundle('weekly-gate', { root: '.', ...inputs }, { workspace: repo.root, env: emulator.env() });
    expect(run.code).toBe(1);
    expect(run.outputs['exit-code']).toBe('2');
    expect(run.stdout).toContain(`::error::${message}`);
    expect(emulator.artifacts()).toHaveLength(before);
    expect(repo.snapshot()).toEqual(snapshot);
    repo.cleanup();
  });

  test('upload-artifact: false runs without the artifact service', async () => {
    const repo = failingRepo();
    const run = await runActionBundle('weekly-gate', { root: '.', 'upload-artifact': 'false' }, { workspace: repo.root });
    expect(run.code).toBe(1);
    expect(run.outputs['exit-code']).toBe('1');
    expect(run.outputs['artifact-id']).toBeUndefined();
    repo.cleanup();
  });
});

describe('where there is no artifact service, the step is the gate\'s; a real upload failure stays an error', () => {
  const skipped = (run: ActionResult) => run.annotations.filter((a) => a.command === 'warning' && a.properties['title'] === 'Artifact upload skipped');
  const expectedWarning =
    "artifact 'wo-weekly-gate-reports' not uploaded: there is no artifact service here (ACTIONS_RUNTIME_TOKEN is not set: not a GitHub Actions job); the step's result is the command's. Set upload-artifact: false to skip the upload.";

  test('default inputs, no ACTIONS_RUNTIME_TOKEN / ACTIONS_RESULTS_URL, a healthy repository: the step passes with a warning', async () => {
    const real = buildRealRepo();
    try {
      const run = await runActionBundle('weekly-gate', defaultInputs('weekly-gate'), { workspace: real.root, env: {} });
      expect(`${run.code} ${run.outputs['exit-code']}\n${run.stdout}`).toMatch(/^0 0\n/);
      expect(skipped(run).map((a) => a.message)).toEqual([expectedWarning]);
      expect(run.outputs['artifact-id']).toBeUndefined();
      // The reports are still written where the outputs say.
      expect(fs.existsSync(run.outputs['report']!)).toBe(true);
    } finally {
      real.cleanup();
    }
  });

  test('default inputs, no service, a running WO without its lock: the gate fails with exit-code 1, not 2', async () => {
    const real = buildRealRepo({ plant: ['runningWithoutLock'] });
    try {
      const run = await runActionBundle('weekly-gate', defaultInputs('weekly-gate'), { workspace: real.root, env: {} });
      expect(run.code).toBe(1);
      expect(run.outputs['exit-code']).toBe('1');
      expect(run.stdout).toMatch(/^::error::weekly gate failed: .*WO-0071/m);
      expect(skipped(run).map((a) => a.message)).toEqual([expectedWarning]);
      expect(run.stdout).not.toContain('internal error');
    } finally {
      real.cleanup();
    }
  });

  test('a real upload failure on GitHub (the service refuses the name) is exit-code 2 with one line', async () => {
    const repo = failingRepo();
    const inputs = { ...defaultInputs('weekly-gate'), 'artifact-name': 'gate-twice' };
    const first = await runActionBundle('weekly-gate', inputs, { workspace: repo.root, env: emulator.env() });
    expect(first.outputs['exit-code']).toBe('1');
    const second = await runActionBundle('weekly-gate', inputs, { workspace: repo.root, env: emulator.env() });
    expect(second.code).toBe(1);
    expect(second.outputs['exit-code']).toBe('2');
    expect(second.stdout).toMatch(/^::error::artifact 'gate-twice' could not be uploaded: .*already exists/m);
    expect(skipped(second)).toEqual([]);
    repo.cleanup();
  });
});
