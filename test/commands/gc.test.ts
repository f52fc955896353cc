import fs from 'node:fs';
import path from 'node:path';
import { cliArgs } from '../../src/cli/command.js';
import { formatGc, gcCommandLine, readGcSettings, runGc, type GcReport, type GcSettings } from '../../src/commands/gc.js';
import type { GcOperation } from '../../src/gc/engine.js';
import { settingsFrom } from '../helpers/cli.js';
import { createScenario, NOW, restoreFromPatch, sha256File, sha256sumCheck, significantFiles, TODAY, type Scenario } from '../gc/fixture.js';
import { schemaErrors } from '../helpers/schemas.js';
import { completeTemplate, decideDirty } from '../helpers/decisions.js';

type Gc = (options?: Partial<GcSettings>) => Promise<GcReport>;

/** A test on its own fresh scenario; tests run concurrently (each has its own repository). */
function scenarioTest(name: string, body: (scenario: Scenario, gc: Gc) => Promise<void>): void {
  test.concurrent(name, async () => {
    const scenario = createScenario();
    const gc: Gc = (options = {}) => runGc(settingsFrom(readGcSettings, { root: scenario.repo.root, today: TODAY }, { now: NOW, ...options }));
    try {
      await body(scenario, gc);
    } finally {
      scenario.cleanup();
    }
  });
}

function op(report: GcReport, woId: string, kind?: string): GcOperation {
  const found = report.operations.find((o) => o.wo_id === woId && (kind === undefined || o.kind === kind));
  if (!found) throw new Error(`no operation for ${woId} in ${report.operations.map((o) => `${o.wo_id}/${o.kind}`).join(', ')}`);
  return found;
}

function expectValid(report: GcReport): void {
  expect(schemaErrors('gc-report.schema.json', JSON.parse(JSON.stringify(report)))).toEqual([]);
}

function worktreePaths(scenario: Scenario): string[] {
  return scenario.repo
    .git('worktree', 'list', '--porcelain')
    .split('\n')
    .filter((l) => l.startsWith('worktree '))
    .map((l) => l.slice('worktree '.length));
}

describe('gc planning (dry run, the default)', () => {
  scenarioTest('reports every target with what --apply would do, and writes nothing at all', async (scenario, gc) => {
    const before = scenario.repo.snapshot();
    const report = await gc();
    expect(scenario.repo.snapshot()).toEqual(before);
    expectValid(report);
    expect(report.mode).toBe('dry-run');

    expect(report.operations.map((o) => `${o.wo_id} ${o.kind} ${o.action} ${o.outcome}`)).toEqual([
      'WO-0001 zombie remove_worktree planned',
      'WO-0002 zombie export_patch planned',
      'WO-0003 zombie remove_worktree planned',
      'WO-0004 ghost remove_worktree planned',
      'WO-0005 prunable prune_registration planned',
      'WO-0006 zombie skip skipped',
      'WO-0008 orphan_lock remove_lock planned',
      'WO-0009 orphan_lock skip skipped',
    ]);
    // Active WOs (WO-0007 running, WO-0010 pending) and the foreign worktree are not targets.
    expect(report.operations.some((o) => ['WO-0007', 'WO-0010'].includes(o.wo_id))).toBe(false);
    expect(JSON.stringify(report)).not.toContain('topic');

    const dirty = op(report, 'WO-0002');
    expect(dirty.dirty).toBe(true);
    expect(dirty.needs_attention).toBe(true);
    expect(dirty.patch_path).toBe(`_ctx/handoff/WO-0002/dirty.${dirty.patch_sha256}.patch`);
    expect(dirty.decision_path).toBe('_ctx/handoff/WO-0002/decision.md');
    expect(dirty.decision_exists).toBe(false);
    expect(dirty.decision_complete).toBe(false);
    expect(dirty.written).toEqual([dirty.patch_path, '_ctx/handoff/WO-0002/dirty.patch.sha256', '_ctx/handoff/WO-0002/dirty.patch', dirty.decision_path]);
    // The dirty entries are outside the exclusions; the excluded ones are listed apart.
    expect(dirty.changes).toEqual(expect.arrayContaining(['M  src/staged.ts'.replace('M ', 'A '), ' D docs/old.md', '?? notes/meeting notes.txt', ' M src/data.bin']));
    expect(dirty.excluded_changes).toEqual(['?? _ctx/logs/run.log', '?? _ctx/telemetry/events.jsonl']);
    expect(dirty.files!.map((f) => `${f.status} ${f.path}${f.binary ? ' (binary)' : ''}`)).toEqual([
      'added assets/logo.bin (binary)',
      'added bin/run.sh',
      'deleted docs/old.md',
      'added notes/app-link.ts',
      'added notes/meeting notes.txt',
      'modified src/app.ts',
      'modified src/data.bin (binary)',
      'added src/staged.ts',
    ]);

    const excludedOnly = op(report, 'WO-0003');
    expect(excludedOnly.dirty).toBe(false);
    expect(excludedOnly.excluded_changes).toEqual(['?? _ctx/index/idx.json', '?? _ctx/telemetry/t.jsonl']);
    expect(op(report, 'WO-0006').reason).toContain('locked by git (on a removable disk)');
    expect(op(report, 'WO-0008').lock?.age_hours).toBe(3);
    expect(op(report, 'WO-0009').reason).toContain('younger than the stale lock age');
    expect(report.exit_code).toBe(1);
    expect(report.summary).toEqual({ targets: 8, removed: 5, deferred: 0, skipped: 2, failed: 0, dirty: 1, needs_attention: 1, evidence_written: 4 });
  });

  scenarioTest('a dry run with --force-dirty previews the forced removal of decided work, and passes when nothing would be left waiting', async (scenario, gc) => {
    const undecided = await gc({ forceDirty: true });
    expect(op(undecided, 'WO-0002')).toMatchObject({ action: 'export_patch', needs_attention: true, decision_path: '_ctx/handoff/WO-0002/decision.md' });
    expect(op(undecided, 'WO-0002').reason).toContain(`--force-dirty refused: no decision names dirty.${op(undecided, 'WO-0002').patch_sha256}.patch`);
    expect(undecided.exit_code).toBe(1);
    decideDirty(scenario.repo.root, undecided);
    const report = await gc({ forceDirty: true });
    expect(op(report, 'WO-0002').action).toBe('export_patch_and_remove');
    expect(op(report, 'WO-0002').force).toBe(true);
    expect(report.exit_code).toBe(0);
  });

  scenarioTest('the dry run reports exactly what --apply then does', async (_scenario, gc) => {
    const planned = await gc();
    const applied = await gc({ mode: 'apply' });
    const strip = (r: GcReport) => r.operations.map(({ outcome, decision_exists, decision_complete, decision_current, ...rest }) => ({ ...rest, outcome: outcome === 'planned' ? 'done' : outcome }));
    expect(strip(applied)).toEqual(strip(planned));
    expect(applied.exit_code).toBe(planned.exit_code);
  });
});

describe('gc --export-patch', () => {
  scenarioTest('writes the evidence of dirty targets and removes nothing', async (scenario, gc) => {
    const worktreesBefore = worktreePaths(scenario);
    const report = await gc({ mode: 'export-patch' });
    expectValid(report);
    expect(worktreePaths(scenario)).toEqual(worktreesBefore);
    expect(scenario.repo.exists('_ctx/jobs/running/WO-0008.lock')).toBe(true);
    const dirty = op(report, 'WO-0002');
    expect(dirty.action).toBe('export_patch');
    expect(dirty.outcome).toBe('done');
    const folder = scenario.repo.path('_ctx/handoff/WO-0002');
    expect(fs.readdirSync(folder).sort()).toEqual(['decision.md', `dirty.${dirty.patch_sha256}.patch`, 'dirty.patch', 'dirty.patch.sha256']);
    expect(sha256File(path.join(folder, `dirty.${dirty.patch_sha256}.patch`))).toBe(dirty.patch_sha256);
    expect(fs.readlinkSync(path.join(folder, 'dirty.patch'))).toBe(`dirty.${dirty.patch_sha256}.patch`);
    expect(fs.readFileSync(path.join(folder, 'dirty.patch.sha256'), 'utf8')).toBe(`${dirty.patch_sha256}  dirty.${dirty.patch_sha256}.patch\n`);
    expect(sha256sumCheck(path.join(folder, 'dirty.patch.sha256'))).toContain(': OK');
    expect(report.operations.filter((o) => o.wo_id !== 'WO-0002').every((o) => o.action === 'skip')).toBe(true);
    expect(report.exit_code).toBe(1);
  });

  scenarioTest('exclusions are left out of the patch; the patch holds every other change, binary-safe', async (scenario, gc) => {
    const report = await gc({ mode: 'export-patch' });
    const text = fs.readFileSync(scenario.repo.path(op(report, 'WO-0002').patch_path!), 'latin1');
    expect(text).not.toContain('_ctx/telemetry');
    expect(text).not.toContain('_ctx/logs');
    expect(text).not.toContain('ignored/cache.txt');
    expect(text).toContain('diff --git a/notes/meeting notes.txt b/notes/meeting notes.txt');
    expect(text).toContain('GIT binary patch');
    expect(text).toContain('deleted file mode 100644');
    expect(text).toContain('new file mode 100755');
    expect(text).toContain('new file mode 120000');
  });

  scenarioTest('idempotent: the same content never makes a second file, and a second run writes nothing', async (scenario, gc) => {
    const first = await gc({ mode: 'export-patch' });
    const snapshot = scenario.repo.snapshot();
    const second = await gc({ mode: 'export-patch', today: '2026-03-09' });
    expect(scenario.repo.snapshot()).toEqual(snapshot);
    expect(op(second, 'WO-0002').written).toEqual([]);
    expect(op(second, 'WO-0002').patch_sha256).toBe(op(first, 'WO-0002').patch_sha256);
  });

  scenarioTest('new changes make a new patch; the link and checksum move to it; an untouched decision.md follows it', async (scenario, gc) => {
    const first = op(await gc({ mode: 'export-patch' }), 'WO-0002');
    scenario.repo.write('.worktrees/WO-0002/src/later.ts', 'more work\n');
    const second = op(await gc({ mode: 'export-patch', today: '2026-03-03' }), 'WO-0002');
    expect(second.patch_sha256).not.toBe(first.patch_sha256);
    expect(second.written).toEqual([second.patch_path, second.checksum_path, second.patch_link, second.decision_path]);
    const folder = scenario.repo.path('_ctx/handoff/WO-0002');
    expect(fs.existsSync(path.join(folder, `dirty.${first.patch_sha256}.patch`))).toBe(true);
    expect(fs.readlinkSync(path.join(folder, 'dirty.patch'))).toBe(`dirty.${second.patch_sha256}.patch`);
    // The checksum file names both patches: the first one's line is never taken away.
    expect(sha256sumCheck(path.join(folder, 'dirty.patch.sha256'))).toBe(
      [first.patch_sha256!, second.patch_sha256!].sort().map((sha) => `dirty.${sha}.patch: OK\n`).join(''),
    );
    const decision = fs.readFileSync(path.join(folder, 'decision.md'), 'utf8');
    expect(decision).toContain(second.patch_sha256);
    expect(decision).toContain('| **Date** | 2026-03-03 |');
    // Nobody decided the first patch: the template that follows the worktree names it as superseded, so one decision covers both.
    expect(decision).toContain(`| Supersedes | \`dirty.${first.patch_sha256}.patch\``);
  });

  scenarioTest('new work after a decision: the decided decision.md is never rewritten; the new patch gets a decision file of its own', async (scenario, gc) => {
    const first = op(await gc({ mode: 'export-patch' }), 'WO-0002');
    const file = scenario.repo.path('_ctx/handoff/WO-0002/decision.md');
    const edited = completeTemplate(file);
    const firstPatch = fs.readFileSync(scenario.repo.path(first.patch_path!));
    scenario.repo.write('.worktrees/WO-0002/src/later.ts', 'more work\n');
    const report = await gc({ mode: 'export-patch' });
    expect(fs.readFileSync(file, 'utf8')).toBe(edited);
    expect(fs.readFileSync(scenario.repo.path(first.patch_path!))).toEqual(firstPatch);
    const dirty = op(report, 'WO-0002');
    expect(dirty.patch_sha256).not.toBe(first.patch_sha256);
    expect(dirty.decision_path).toBe('_ctx/handoff/WO-0002/decision.2.md');
    expect(dirty.written).toContain(dirty.decision_path);
    expect(dirty).toMatchObject({ decision_exists: true, decision_complete: false, decision_current: true, needs_attention: true });
    const second = scenario.repo.read(dirty.decision_path!);
    expect(second).toContain(`dirty.${dirty.patch_sha256}.patch`);
    expect(second).not.toContain(first.patch_sha256!);
    // --force-dirty refuses the new work until a decision names it, and says which file to complete.
    const refused = op(await gc({ mode: 'apply', forceDirty: true }), 'WO-0002');
    expect(refused).toMatchObject({ action: 'export_patch', outcome: 'done', needs_attention: true });
    expect(refused.reason).toContain(`--force-dirty refused: _ctx/handoff/WO-0002/decision.2.md names dirty.${dirty.patch_sha256}.patch but is not complete`);
    expect(fs.existsSync(scenario.repo.path('.worktrees/WO-0002'))).toBe(true);
    completeTemplate(scenario.repo.path(dirty.decision_path!));
    const removed = op(await gc({ mode: 'apply', forceDirty: true }), 'WO-0002');
    expect(removed).toMatchObject({ action: 'export_patch_and_remove', outcome: 'done', decision_path: dirty.decision_path });
    expect(fs.existsSync(scenario.repo.path('.worktrees/WO-0002'))).toBe(false);
  });

  scenarioTest('a justification written without checking a box is kept too', async (scenario, gc) => {
    await gc({ mode: 'export-patch' });
    const file = scenario.repo.path('_ctx/handoff/WO-0002/decision.md');
    const edited = fs.readFileSync(file, 'utf8').replace('<!-- Why this decision? -->', 'Still checking with the owner.');
    fs.writeFileSync(file, edited);
    scenario.repo.write('.worktrees/WO-0002/src/later.ts', 'more work\n');
    await gc({ mode: 'export-patch' });
    expect(fs.readFileSync(file, 'utf8')).toBe(edited);
  });

  scenarioTest('a dirty ghost gets the same evidence, typed ghost', async (scenario, gc) => {
    scenario.repo.write('.worktrees/WO-0004/src/ghost-work.ts', 'work of a WO whose file is gone\n');
    const report = await gc({ mode: 'export-patch' });
    expect(op(report, 'WO-0004')).toMatchObject({ kind: 'ghost', dirty: true, action: 'export_patch', decision_path: '_ctx/handoff/WO-0004/decision.md' });
    expect(scenario.repo.read('_ctx/handoff/WO-0004/decision.md')).toContain('| **Type** | ghost |');
    expect(scenario.repo.read('_ctx/handoff/WO-0004/decision.md')).toContain('- Files affected: `src/ghost-work.ts` (added, +1 -0)');
  });

  scenarioTest('a half-written file a killed run left under a temporary name is cleared', async (scenario, gc) => {
    fs.mkdirSync(scenario.repo.path('_ctx/handoff/WO-0002'), { recursive: true });
    const leftover = scenario.repo.write('_ctx/handoff/WO-0002/.decision.md.wo-toolkit-tmp-99999-abcd1234', 'half');
    await gc({ mode: 'export-patch' });
    expect(fs.existsSync(leftover)).toBe(false);
  });

  scenarioTest('a dirty.patch that is a regular file is not overwritten: the target fails, nothing is written', async (scenario, gc) => {
    scenario.repo.write('_ctx/handoff/WO-0002/dirty.patch', 'a person kept a file here\n');
    const report = await gc({ mode: 'apply', forceDirty: true });
    const dirty = op(report, 'WO-0002');
    expect(dirty.outcome).toBe('failed');
    expect(dirty.error).toContain('is not a symbolic link');
    expect(scenario.repo.read('_ctx/handoff/WO-0002/dirty.patch')).toBe('a person kept a file here\n');
    expect(fs.existsSync(scenario.repo.path('.worktrees/WO-0002'))).toBe(true);
    expect(report.exit_code).toBe(1);
  });
});

describe('gc --apply', () => {
  scenarioTest('removes clean targets, the old orphan lock and the prunable registration; keeps the dirty, locked and active ones', async (scenario, gc) => {
    const report = await gc({ mode: 'apply' });
    expectValid(report);
    const paths = worktreePaths(scenario);
    const rel = (p: string) => path.relative(scenario.repo.root, p);
    expect(paths.map(rel).filter((p) => p.startsWith('.worktrees'))).toEqual(['.worktrees/WO-0002', '.worktrees/WO-0006', '.worktrees/WO-0007', '.worktrees/WO-0010']);
    expect(paths).toContain(scenario.foreign);
    expect(fs.readFileSync(path.join(scenario.foreign, 'untracked.txt'), 'utf8')).toBe('not ours\n');
    for (const id of ['WO-0001', 'WO-0003', 'WO-0004']) expect(fs.existsSync(scenario.repo.path(`.worktrees/${id}`))).toBe(false);
    expect(scenario.repo.exists('_ctx/jobs/running/WO-0008.lock')).toBe(false);
    expect(scenario.repo.exists('_ctx/jobs/running/WO-0009.lock')).toBe(true);
    expect(scenario.repo.exists('_ctx/jobs/running/WO-0007.lock')).toBe(true);
    expect(scenario.repo.read('.worktrees/WO-0007/src/app.ts')).toBe('running work\n');
    // Branches are never deleted.
    const branches = scenario.repo.git('branch', '--format=%(refname:short)').split('\n').filter(Boolean);
    for (const id of ['WO-0001', 'WO-0002', 'WO-0003', 'WO-0004', 'WO-0005']) expect(branches).toContain(`feat/wo-${id}`);
    // The dirty one is kept with its evidence, and keeps the run failing.
    expect(op(report, 'WO-0002').outcome).toBe('done');
    expect(scenario.repo.exists('_ctx/handoff/WO-0002/decision.md')).toBe(true);
    expect(report.exit_code).toBe(1);
    expect(report.summary.removed).toBe(5);
  });

  scenarioTest('a second apply changes nothing', async (scenario, gc) => {
    await gc({ mode: 'apply' });
    const snapshot = scenario.repo.snapshot();
    const second = await gc({ mode: 'apply', today: '2026-03-10' });
    expect(scenario.repo.snapshot()).toEqual(snapshot);
    expect(second.summary.removed).toBe(0);
    expect(second.summary.evidence_written).toBe(0);
  });

  scenarioTest('--force-dirty: nothing lost. A fresh worktree at the same HEAD plus the patch reproduces the files byte for byte', async (scenario, gc) => {
    const expected = significantFiles(scenario.repo, '.worktrees/WO-0002');
    const head = scenario.repo.git('-C', '.worktrees/WO-0002', 'rev-parse', 'HEAD').trim();
    decideDirty(scenario.repo.root, await gc());
    const report = await gc({ mode: 'apply', forceDirty: true });
    const dirty = op(report, 'WO-0002');
    expect(dirty.action).toBe('export_patch_and_remove');
    expect(dirty.outcome).toBe('done');
    expect(fs.existsSync(scenario.repo.path('.worktrees/WO-0002'))).toBe(false);

    const folder = scenario.repo.path('_ctx/handoff/WO-0002');
    expect(sha256sumCheck(path.join(folder, 'dirty.patch.sha256'))).toBe(`dirty.${dirty.patch_sha256}.patch: OK\n`);
    const restored = restoreFromPatch(scenario.repo, head, path.join(folder, 'dirty.patch'));
    expect(restored).toEqual(expected);

    // The WO branch and its commit survive.
    expect(scenario.repo.git('rev-parse', 'feat/wo-WO-0002').trim()).toBe(scenario.wo2Commit);
    expect(head).toBe(scenario.wo2Commit);
    expect(report.exit_code).toBe(0);
  });

  scenarioTest('--max-operations N removes at most N targets and defers the rest', async (scenario, gc) => {
    const report = await gc({ mode: 'apply', maxOperations: 2 });
    expectValid(report);
    const removals = report.operations.filter((o) => o.action !== 'skip' && o.action !== 'export_patch');
    expect(removals.map((o) => `${o.wo_id} ${o.outcome}`)).toEqual(['WO-0001 done', 'WO-0003 done', 'WO-0004 deferred', 'WO-0005 deferred', 'WO-0008 deferred']);
    expect(fs.existsSync(scenario.repo.path('.worktrees/WO-0004'))).toBe(true);
    expect(report.summary).toMatchObject({ removed: 2, deferred: 3 });
    // The next run picks up where this one stopped.
    const next = await gc({ mode: 'apply', maxOperations: 2 });
    expect(next.operations.filter((o) => o.outcome === 'done' && o.action !== 'export_patch').map((o) => o.wo_id)).toEqual(['WO-0004', 'WO-0005']);
  });

  scenarioTest('a dirty target deferred by --max-operations still gets its evidence, and keeps the run failing', async (scenario, gc) => {
    decideDirty(scenario.repo.root, await gc());
    const report = await gc({ mode: 'apply', forceDirty: true, maxOperations: 1 });
    const dirty = op(report, 'WO-0002');
    expect(dirty.outcome).toBe('deferred');
    expect(dirty.needs_attention).toBe(true);
    expect(scenario.repo.exists(dirty.patch_path!)).toBe(true);
    expect(report.exit_code).toBe(1);
  });

  scenarioTest('a WO that turns running between plan and apply is skipped, its worktree untouched', async (scenario, gc) => {
    const report = await gc({
      mode: 'apply',
      forceDirty: true,
      afterPlan: (targets) => {
        expect(targets.map((t) => t.woId)).toContain('WO-0001');
        fs.renameSync(scenario.repo.path('_ctx/jobs/done/WO-0001.yaml'), scenario.repo.path('_ctx/jobs/running/WO-0001.yaml'));
        fs.renameSync(scenario.repo.path('_ctx/jobs/done/WO-0002.yaml'), scenario.repo.path('_ctx/jobs/running/WO-0002.yaml'));
      },
    });
    for (const id of ['WO-0001', 'WO-0002']) {
      expect(op(report, id)).toMatchObject({ action: 'skip', outcome: 'skipped' });
      expect(op(report, id).reason).toContain(`${id} is now running`);
      expect(fs.existsSync(scenario.repo.path(`.worktrees/${id}`))).toBe(true);
    }
    expect(scenario.repo.exists('_ctx/handoff/WO-0002/decision.md')).toBe(false);
    expect(fs.existsSync(scenario.repo.path('.worktrees/WO-0003'))).toBe(false);
  });

  scenarioTest('a worktree locked between plan and apply is skipped', async (scenario, gc) => {
    const report = await gc({ mode: 'apply', afterPlan: () => void scenario.repo.git('worktree', 'lock', '.worktrees/WO-0001') });
    expect(op(report, 'WO-0001')).toMatchObject({ action: 'skip', outcome: 'skipped', locked: true });
    expect(fs.existsSync(scenario.repo.path('.worktrees/WO-0001'))).toBe(true);
  });

  scenarioTest('a clean worktree that gets dirty between plan and apply is not removed', async (scenario, gc) => {
    const report = await gc({ mode: 'apply', afterPlan: () => void scenario.repo.write('.worktrees/WO-0001/late.txt', 'late work\n') });
    expect(op(report, 'WO-0001')).toMatchObject({ dirty: true, action: 'export_patch', needs_attention: true });
    expect(scenario.repo.read('.worktrees/WO-0001/late.txt')).toBe('late work\n');
  });

  scenarioTest('tracked changes inside exclusion paths: clean, but git removes it only with --force, so only under --force-dirty', async (scenario, gc) => {
    scenario.repo.write('.worktrees/WO-0003/_ctx/handoff/.gitkeep', 'changed\n');
    const kept = op(await gc({ mode: 'apply' }), 'WO-0003');
    expect(kept).toMatchObject({ dirty: false, action: 'skip', needs_attention: true });
    expect(fs.existsSync(scenario.repo.path('.worktrees/WO-0003'))).toBe(true);
    const removed = op(await gc({ mode: 'apply', forceDirty: true }), 'WO-0003');
    expect(removed).toMatchObject({ action: 'remove_worktree', outcome: 'done', force: true });
    expect(fs.existsSync(scenario.repo.path('.worktrees/WO-0003'))).toBe(false);
  });

  scenarioTest('a detached worktree whose commits are on no branch is kept', async (scenario, gc) => {
    scenario.repo.git('worktree', 'add', '-q', '--detach', '.worktrees/WO-0011');
    scenario.repo.write('.worktrees/WO-0011/x.txt', 'x\n');
    const cwd = scenario.repo.path('.worktrees/WO-0011');
    scenario.repo.git('-C', cwd, 'add', '-A');
    scenario.repo.git('-C', cwd, 'commit', '-q', '-m', 'detached work');
    const report = await gc({ mode: 'apply', forceDirty: true });
    expect(op(report, 'WO-0011')).toMatchObject({ kind: 'ghost', action: 'skip', needs_attention: true });
    expect(fs.existsSync(cwd)).toBe(true);
  });
});

describe('formatGc', () => {
  scenarioTest('names every target, its action and the evidence', async (_scenario, gc) => {
    const report = await gc();
    const text = formatGc(report);
    for (const o of report.operations) expect(text).toContain(`${o.wo_id}`);
    expect(text).toContain(`sha256:   ${op(report, 'WO-0002').patch_sha256}`);
    expect(text).toContain('Dry run: nothing was written.');
  });
});

describe('decision.md carries no path of the machine that wrote it', () => {
  test('an absolute --root and --config, a worktree beside the repository: every path in decision.md is repository-relative', async () => {
    const { buildRealRepo } = await import('../helpers/real-repo.js');
    const real = buildRealRepo({ plant: ['zombieWorktrees', 'dirtyZombie'] });
    try {
      real.repo.write('.wo-toolkit.yaml', 'stale_lock_hours: 2\n');
      const report = await runGc(settingsFrom(readGcSettings, { root: real.root, config: path.join(real.root, '.wo-toolkit.yaml'), mode: 'export-patch', today: TODAY }, { now: NOW }));
      const dirty = report.operations.find((o) => o.decision_path !== undefined)!;
      const decision = real.repo.read(dirty.decision_path!);
      expect(decision).toContain('| Command used | `wo-toolkit gc --export-patch --config .wo-toolkit.yaml --today 2026-');
      expect(decision).toContain(`| Worktree | \`../.worktrees/${dirty.wo_id}\``);
      expect(decision).not.toContain(real.base);
      expect(decision).not.toMatch(/(^|[\s`'(])\/(tmp|home|Users|srv|var)\//m);
      expect(report.command_line).not.toContain(real.root);
    } finally {
      real.cleanup();
    }
  });
});

describe('readGcSettings: every rule of every gc option', () => {
  const read = (values: Record<string, string | boolean>) => readGcSettings(cliArgs(values, { mode: ['dry-run', 'export-patch', 'apply'] }));

  test('defaults: a dry run, no force, no limit; decision.md records the equivalent command line, from the root', () => {
    expect(read({})).toMatchObject({ mode: 'dry-run', forceDirty: false, maxOperations: undefined, todayGiven: false });
    expect(gcCommandLine(read({}), process.cwd())).toBe('wo-toolkit gc --dry-run');
    const given = read({ apply: true, 'force-dirty': true, 'max-operations': '3', today: '2026-03-02', root: '.', config: 'package.json' });
    expect(gcCommandLine(given, path.dirname(process.cwd()))).toBe(`wo-toolkit gc --apply --force-dirty --max-operations 3 --config ${path.basename(process.cwd())}/package.json --today 2026-03-02`);
  });

  test.each([
    [{ 'export-patch': true, 'force-dirty': true }, '--force-dirty: not with export-patch, which removes nothing'],
    [{ apply: true, 'dry-run': true }, '--dry-run and --apply: give only one of --dry-run, --export-patch, --apply'],
    [{ 'max-operations': '0' }, "--max-operations: expected a whole number >= 1, got '0'"],
    [{ 'max-operations': '2.5' }, "--max-operations: expected a whole number >= 1, got '2.5'"],
    [{ 'max-operations': 'many' }, "--max-operations: expected a whole number >= 1, got 'many'"],
  ])('%j is a usage error naming the option', (values, message) => {
    expect(() => read(values)).toThrow(expect.objectContaining({ exitCode: 2, message: expect.stringContaining(message) }));
  });
});
