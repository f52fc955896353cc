import fs from 'node:fs';
import path from 'node:path';
import { cliArgs } from '../../src/cli/command.js';
import { parseFailOn } from '../../src/audit/fail-on.js';
import { auditRepository } from '../../src/commands/audit.js';
import { gcRepository } from '../../src/commands/gc.js';
import { formatWeeklyGate, readWeeklyGateSettings, runWeeklyGate, type WeeklyGateReport } from '../../src/commands/weekly-gate.js';
import { loadConfig } from '../../src/core/config.js';
import { RepoStateTracker } from '../../src/gc/recheck.js';
import { completeTemplate, personDecisionNaming } from '../helpers/decisions.js';
import { runCli, settingsFrom } from '../helpers/cli.js';
import { makeTempDir, runGit, TestRepo } from '../helpers/repo.js';
import { schemaErrors } from '../helpers/schemas.js';

const TODAY = '2026-06-15';
const NOW = new Date('2026-06-15T12:00:00Z');

function expectValidReports(report: WeeklyGateReport): void {
  const json = JSON.parse(JSON.stringify(report)) as WeeklyGateReport;
  expect(schemaErrors('weekly-gate-report.schema.json', json)).toEqual([]);
  expect(schemaErrors('audit-report.schema.json', json.audit)).toEqual([]);
  expect(schemaErrors('gc-report.schema.json', json.gc)).toEqual([]);
}

async function gate(repo: TestRepo, options: { exportPatches?: boolean; today?: string } = {}): Promise<WeeklyGateReport> {
  const report = await runWeeklyGate(settingsFrom(readWeeklyGateSettings, { root: repo.root, today: options.today ?? TODAY, 'export-patches': options.exportPatches }, { now: NOW }));
  expectValidReports(report);
  return report;
}

/** A zombie worktree (its WO is done) with uncommitted work in it. */
function dirtyZombie(repo: TestRepo, id: string): string {
  repo.writeWo('done', id, { fields: { verified_at_sha: 'a'.repeat(40) } });
  repo.commit(`${id} done`);
  const wt = repo.addWorktree(id);
  fs.writeFileSync(path.join(wt, 'README.md'), '# changed in the worktree\n');
  fs.writeFileSync(path.join(wt, 'notes.txt'), 'work nobody committed\n');
  return wt;
}

describe('weekly-gate decides 0 / 1 as docs/weekly-gate.md says', () => {
  let repo: TestRepo;
  beforeEach(() => {
    repo = TestRepo.create();
  });
  afterEach(() => repo.cleanup());

  test('a clean repository passes (exit 0) with nothing to act on', async () => {
    repo.writeWo('pending', 'WO-0001');
    repo.writeWo('running', 'WO-0002');
    repo.writeLock('WO-0002', { timestamp: NOW });
    repo.addWorktree('WO-0002');
    const report = await gate(repo);
    expect(report).toMatchObject({ exit_code: 0, p0_count: 0, expired_whitelist: [], action_required: [] });
    expect(report.verdict).toMatch(/^PASS/);
  });

  test('any P0 finding fails (exit 1) and is ACTION_REQUIRED with its WO id', async () => {
    repo.writeWo('running', 'WO-0015');
    const report = await gate(repo);
    expect(report.exit_code).toBe(1);
    expect(report.p0_count).toBe(1);
    expect(report.action_required).toEqual([
      expect.objectContaining({ wo_id: 'WO-0015', type: 'running_without_lock', patch_path: null, decision_path: null, decision_exists: false }),
    ]);
  });

  test('P1 and P2 findings alone do not fail the gate', async () => {
    repo.writeWo('done', 'WO-0030');
    repo.addWorktree('WO-0030'); // clean zombie: P1
    repo.writeLock('WO-0099'); // lock_without_running: P1
    const report = await gate(repo);
    expect(report.exit_code).toBe(0);
    expect(report.audit.summary).toMatchObject({ P0: 0, P1: 2 });
  });

  test('an expired whitelist entry alone fails the gate, with owner and reason', async () => {
    repo.writeWo('pending', 'WO-0012');
    repo.writeWo('pending', 'WO-0012', { fileName: 'copy.yaml' }); // duplicate_yaml: P2
    repo.writeWhitelist([{ code: 'duplicate_yaml', wo_id: 'WO-0012', reason: 'legacy copy', owner: 'platform-team', review_by: '2026-06-01' }]);
    const report = await gate(repo);
    expect(report.p0_count).toBe(0);
    expect(report.exit_code).toBe(1);
    expect(report.expired_whitelist).toEqual([
      { code: 'duplicate_yaml', wo_id: 'WO-0012', reason: 'legacy copy', owner: 'platform-team', review_by: '2026-06-01', days_expired: 14 },
    ]);
    expect(report.action_required).toEqual([expect.objectContaining({ wo_id: 'WO-0012', type: 'whitelist_expired' })]);
    // The same entry is still active the day before: the gate passes then.
    expect((await gate(repo, { today: '2026-06-01' })).exit_code).toBe(0);
  });

  test('a dirty zombie needs a decision: a dry run names the patch it would write and writes nothing', async () => {
    dirtyZombie(repo, 'WO-0031');
    const before = repo.snapshot();
    const report = await gate(repo);
    expect(repo.snapshot()).toEqual(before);
    expect(report.exit_code).toBe(0); // not a P0; it is listed for a person
    const item = report.action_required.find((i) => i.wo_id === 'WO-0031')!;
    expect(item).toMatchObject({ type: 'dirty_zombie', patch_exists: false, decision_exists: false, decision_complete: false });
    expect(item.patch_path).toBe(`_ctx/handoff/WO-0031/dirty.${item.patch_sha256}.patch`);
  });

  test('--export-patches writes the evidence first; the item then points at a verified patch and decision.md', async () => {
    dirtyZombie(repo, 'WO-0031');
    const report = await gate(repo, { exportPatches: true });
    const item = report.action_required.find((i) => i.wo_id === 'WO-0031')!;
    expect(item).toMatchObject({ type: 'dirty_zombie', patch_exists: true, decision_path: '_ctx/handoff/WO-0031/decision.md', decision_exists: true, decision_complete: false });
    const patch = fs.readFileSync(repo.path(item.patch_path!));
    const { createHash } = await import('node:crypto');
    expect(createHash('sha256').update(patch).digest('hex')).toBe(item.patch_sha256);
    expect(repo.exists('.worktrees/WO-0031/notes.txt')).toBe(true); // the gate never removes anything
    expect(report.gc.mode).toBe('export-patch');
  });

  test('audit and gc judge one read of the repository; exporting, gc still re-checks each target before it writes', async () => {
    dirtyZombie(repo, 'WO-0031');
    dirtyZombie(repo, 'WO-0032');
    const ctx = { root: repo.root, config: loadConfig(repo.root, undefined) };
    const loaded = await RepoStateTracker.load(ctx.root, ctx.config);
    // Taken after the gate read the repository: the dry run plans from that read, as audit judged it.
    fs.renameSync(repo.path('_ctx/jobs/done/WO-0032.yaml'), repo.path('_ctx/jobs/running/WO-0032.yaml'));
    const audit = await auditRepository(ctx, { failOn: parseFailOn(['none'], 'fail-on'), today: TODAY, now: NOW }, loaded.state);
    expect(audit.findings.filter((f) => f.code === 'zombie_worktree').map((f) => f.wo_id)).toEqual(['WO-0031', 'WO-0032']);
    const settings = { config: undefined, forceDirty: false, maxOperations: undefined, today: TODAY, todayGiven: true, now: NOW };
    const dry = await gcRepository(ctx, { ...settings, mode: 'dry-run' }, loaded);
    expect(dry.operations.map((o) => `${o.wo_id} ${o.action}`)).toEqual(['WO-0031 export_patch', 'WO-0032 export_patch']);
    // An export writes only after re-checking each target: WO-0032 is running now, and gets nothing.
    const exported = await gcRepository(ctx, { ...settings, mode: 'export-patch' }, loaded);
    expect(exported.operations.map((o) => `${o.wo_id} ${o.outcome}`)).toEqual(['WO-0031 done', 'WO-0032 skipped']);
    expect(repo.exists('_ctx/handoff/WO-0031/decision.md')).toBe(true);
    expect(repo.exists('_ctx/handoff/WO-0032')).toBe(false);
  });

  test('a decision.md that is not complete is ACTION_REQUIRED until a person completes it', async () => {
    repo.writeWo('done', 'WO-0040');
    repo.write('_ctx/handoff/WO-0040/decision.md', '| **Status** | ACTION_REQUIRED |\n\n**Choose ONE**: [ ] APPLY | [ ] DISCARD | [ ] MANUAL REVIEW\n');
    let report = await gate(repo);
    expect(report.action_required).toEqual([
      expect.objectContaining({ wo_id: 'WO-0040', type: 'decision_incomplete', decision_path: '_ctx/handoff/WO-0040/decision.md', decision_exists: true, decision_complete: false }),
    ]);
    repo.write('_ctx/handoff/WO-0040/decision.md', '| **Status** | DECIDED |\n\n**Choose ONE**: [ ] APPLY | [x] DISCARD | [ ] MANUAL REVIEW\n');
    report = await gate(repo);
    expect(report.action_required).toEqual([]);
  });

  test('the human report lists every item with its paths, hashes and decision state', async () => {
    dirtyZombie(repo, 'WO-0031');
    repo.writeWo('running', 'WO-0015');
    repo.writeWhitelist([{ code: 'split_brain', wo_id: 'WO-0777', reason: 'old', owner: 'alice', review_by: '2026-01-01' }]);
    const dir = makeTempDir();
    const run = await runCli(['weekly-gate', '--root', repo.root, '--today', TODAY, '--out-dir', dir, '--export-patches']);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/ACTION_REQUIRED \(3\)/);
    expect(run.stdout).toMatch(/WO-0015\s+running_without_lock/);
    expect(run.stdout).toMatch(/WO-0031\s+dirty_zombie[\s\S]*patch:\s+_ctx\/handoff\/WO-0031\/dirty\.[0-9a-f]{64}\.patch\n\s+sha256:\s+[0-9a-f]{64}\n\s+decision: _ctx\/handoff\/WO-0031\/decision\.md \(exists, not complete\)/);
    expect(run.stdout).toMatch(/EXPIRED WHITELIST \(1\)\n\s+WO-0777\s+split_brain\s+expired 2026-01-01 \(165 day\(s\) ago\), owner alice: old/);
    expect(run.stdout).toMatch(/GATE: FAIL: 1 P0 finding\(s\), 1 expired whitelist entry \(exit 1\)/);

    // --out-dir: the four files of docs/weekly-gate.md, each report valid against its schema, the log equal to stdout.
    const files = fs.readdirSync(dir).sort();
    expect(files).toHaveLength(4);
    const ts = /^wo_audit_(\d{8}T\d{6}Z)\.json$/.exec(files[0]!)![1];
    expect(files).toEqual([`wo_audit_${ts}.json`, `wo_gc_${ts}.json`, `wo_weekly_gate_${ts}.json`, `wo_weekly_gate_${ts}.log`]);
    const read = (f: string): unknown => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
    expect(schemaErrors('audit-report.schema.json', read(`wo_audit_${ts}.json`))).toEqual([]);
    expect(schemaErrors('gc-report.schema.json', read(`wo_gc_${ts}.json`))).toEqual([]);
    expect(schemaErrors('weekly-gate-report.schema.json', read(`wo_weekly_gate_${ts}.json`))).toEqual([]);
    expect(fs.readFileSync(path.join(dir, `wo_weekly_gate_${ts}.log`), 'utf8')).toBe(run.stdout);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe('weekly-gate exit 2: the tool could not run', () => {
  test('a broken configuration: one line naming the file, and --out-dir still records why', async () => {
    const repo = TestRepo.create();
    repo.write('.wo-toolkit.yaml', 'stale_lock_hours: -1\n');
    const dir = makeTempDir();
    const run = await runCli(['weekly-gate', '--root', repo.root, '--out-dir', dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('wo-toolkit weekly-gate: .wo-toolkit.yaml: /stale_lock_hours: must be > 0 (see schemas/config.schema.json)\n');
    const files = fs.readdirSync(dir).sort();
    expect(files).toHaveLength(2);
    const report = JSON.parse(fs.readFileSync(path.join(dir, files[0]!), 'utf8')) as Record<string, unknown>;
    expect(report).toMatchObject({ command: 'weekly-gate', exit_code: 2, error: expect.stringContaining('.wo-toolkit.yaml') });
    expect(schemaErrors('weekly-gate-report.schema.json', report)).toEqual([]);
    expect(fs.readFileSync(path.join(dir, files[1]!), 'utf8')).toMatch(/could not run: .*\nGATE: ERROR \(exit 2\)\n$/);
    repo.cleanup();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('not a git repository', async () => {
    const dir = makeTempDir();
    const run = await runCli(['weekly-gate', '--root', dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^wo-toolkit weekly-gate: --root: '.*' is not inside a git repository with a work tree\n$/);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('a malformed whitelist', async () => {
    const repo = TestRepo.create();
    repo.write('_ctx/jobs/audit_whitelist.yaml', 'entries:\n  - code: split_brain\n    wo_id: [\n');
    const run = await runCli(['weekly-gate', '--root', repo.root]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^wo-toolkit weekly-gate: _ctx\/jobs\/audit_whitelist\.yaml:\d+:\d+: invalid YAML/);
    repo.cleanup();
  });

  test('a bad --today', async () => {
    const run = await runCli(['weekly-gate', '--today', '2026-6-1']);
    expect(run).toMatchObject({ code: 2, stderr: "wo-toolkit weekly-gate: --today: expected a date YYYY-MM-DD, got '2026-6-1'\n" });
  });
});

describe('readWeeklyGateSettings: every rule of every weekly-gate option', () => {
  test('a dry run of gc unless --export-patches; --out-dir resolves against the current folder', () => {
    expect(readWeeklyGateSettings(cliArgs({}))).toMatchObject({ exportPatches: false, outDir: undefined });
    expect(readWeeklyGateSettings(cliArgs({ 'export-patches': true, 'out-dir': 'reports' }))).toMatchObject({ exportPatches: true, outDir: path.resolve('reports') });
  });
});

test('the ACTION_REQUIRED items reconcile repairs name the reconcile command that fixes them', async () => {
  const repo = TestRepo.create();
  try {
    repo.writeWo('pending', 'WO-0014');
    repo.writeWo('done', 'WO-0014', { fields: { verified_at_sha: 'abc1234' } });
    repo.writeWo('running', 'WO-0018A');
    repo.commit('drift');
    const { formatWeeklyGate } = await import('../../src/commands/weekly-gate.js');
    const report = await runWeeklyGate(settingsFrom(readWeeklyGateSettings, { root: repo.root, today: TODAY }, { now: NOW }));
    const text = formatWeeklyGate(report);
    // In the report (for the action and any script) and in the text, each item carries its fix.
    const fixes = Object.fromEntries(report.action_required.map((item) => [item.type, item.fix]));
    expect(fixes['split_brain']).toBe('wo-toolkit reconcile (review the plan), then wo-toolkit reconcile --apply; copies that differ beyond the moving fields need wo-toolkit reconcile --apply --force');
    expect(fixes['running_without_lock']).toBe('wo-toolkit reconcile --apply (plan first: wo-toolkit reconcile)');
    for (const type of ['split_brain', 'running_without_lock']) {
      expect(text).toMatch(new RegExp(`${type}[^\\n]*\\n\\s+fix:\\s+wo-toolkit reconcile`));
    }
    expect(schemaErrors('weekly-gate-report.schema.json', report)).toEqual([]);
  } finally {
    repo.cleanup();
  }
});

describe('one decision per patch: every dirty worktree is an item, decided only by a decision naming its patch (docs/weekly-gate.md)', () => {
  let repo: TestRepo;
  let base: string;
  beforeEach(() => {
    base = makeTempDir('wo-toolkit-gate-patches-');
    repo = TestRepo.create({ at: path.join(base, 'repo') });
    repo.write('.gitignore', '.worktrees/\n');
    repo.commit('ignore worktrees');
  });
  afterEach(() => fs.rmSync(base, { recursive: true, force: true }));

  const dirtyItems = (report: WeeklyGateReport) => report.action_required.filter((i) => i.type === 'dirty_zombie');

  test('a decision naming the current patch decides the item (its fix is the removal); new work after it is undecided, with its own patch and decision file', async () => {
    const wt = dirtyZombie(repo, 'WO-0031');
    const first = await gate(repo, { exportPatches: true });
    const [item] = dirtyItems(first);
    expect(item).toMatchObject({ wo_id: 'WO-0031', decision_path: '_ctx/handoff/WO-0031/decision.md', decision_complete: false, patch_exists: true });
    expect(item!.fix).toBe(`complete _ctx/handoff/WO-0031/decision.md (it must name dirty.${item!.patch_sha256}.patch), then wo-toolkit gc --apply --force-dirty`);

    const decided = completeTemplate(repo.path('_ctx/handoff/WO-0031/decision.md'));
    const afterDecision = await gate(repo);
    expect(afterDecision.action_required).toEqual([expect.objectContaining({ type: 'dirty_zombie', patch_sha256: item!.patch_sha256, decision_complete: true })]);
    expect(afterDecision.action_required[0]!.fix).toBe(`wo-toolkit gc --apply --force-dirty (_ctx/handoff/WO-0031/decision.md decides dirty.${item!.patch_sha256}.patch; the patch stays as evidence)`);

    // New work in the same worktree: the complete decision is about the earlier patch only.
    fs.writeFileSync(path.join(wt, 'later.txt'), 'work done after the decision\n');
    const dry = await gate(repo);
    const [fresh] = dirtyItems(dry);
    expect(dry.action_required).toHaveLength(1);
    expect(fresh!.patch_sha256).not.toBe(item!.patch_sha256);
    expect(fresh).toMatchObject({ decision_path: '_ctx/handoff/WO-0031/decision.2.md', decision_exists: false, decision_complete: false, patch_exists: false });
    expect(fresh!.message).toContain(`until a person decides dirty.${fresh!.patch_sha256}.patch in _ctx/handoff/WO-0031/decision.2.md`);
    expect(fresh!.message).toContain('_ctx/handoff/WO-0031/decision.md decides other patches only');

    const exported = await gate(repo, { exportPatches: true });
    expect(dirtyItems(exported)).toEqual([expect.objectContaining({ patch_sha256: fresh!.patch_sha256, decision_path: '_ctx/handoff/WO-0031/decision.2.md', decision_exists: true, patch_exists: true })]);
    // Its template is not listed a second time as decision_incomplete; the decided file stays as the person left it.
    expect(exported.action_required).toHaveLength(1);
    expect(repo.read('_ctx/handoff/WO-0031/decision.md')).toBe(decided);
    expect(repo.exists(item!.patch_path!)).toBe(true);

    completeTemplate(repo.path('_ctx/handoff/WO-0031/decision.2.md'));
    expect((await gate(repo)).action_required).toEqual([expect.objectContaining({ patch_sha256: fresh!.patch_sha256, decision_path: '_ctx/handoff/WO-0031/decision.2.md', decision_complete: true })]);
  });

  test('work whose patch cannot be built is never decided by a decision about earlier work', async () => {
    const wt = dirtyZombie(repo, 'WO-0034');
    const [item] = dirtyItems(await gate(repo, { exportPatches: true }));
    completeTemplate(repo.path(item!.decision_path!));
    // An unborn branch: the worktree still holds work, but gc has no HEAD to build a patch against.
    runGit(wt, ['checkout', '-q', '--orphan', 'started-over']);
    const [after] = dirtyItems(await gate(repo));
    expect(after).toMatchObject({ wo_id: 'WO-0034', decision_complete: false });
    expect(after!.fix).not.toMatch(/^wo-toolkit gc --apply --force-dirty/);
  });

  test('an older record that names no patch does not clear the item, and the line says why', async () => {
    dirtyZombie(repo, 'WO-0032');
    repo.write('_ctx/handoff/WO-0032/decision.md', '# WO-0032\n\n**Status:** DECIDED - CLEANUP APPROVED\n**Decision:** DESTROY\n');
    const report = await gate(repo);
    const [item] = dirtyItems(report);
    expect(item!.message).toContain('_ctx/handoff/WO-0032/decision.md records a decision but names no patch, so it covers no new work');
    expect(item!.decision_path).toBe('_ctx/handoff/WO-0032/decision.2.md');
    expect(formatWeeklyGate(report)).toContain(`fix:      complete _ctx/handoff/WO-0032/decision.2.md (it must name dirty.${item!.patch_sha256}.patch)`);
  });

  test('two dirty worktrees of one WO: one item each; deciding one patch decides exactly that one', async () => {
    dirtyZombie(repo, 'WO-0033');
    const beside = repo.addWorktree('WO-0033', { path: '../.worktrees/WO-0033', branch: 'job/WO-0033' });
    fs.writeFileSync(path.join(beside, 'notes.txt'), 'other work, beside the repository\n');
    const report = await gate(repo, { exportPatches: true });
    const items = dirtyItems(report);
    expect(items.map((i) => i.message.split(':')[0]).sort()).toEqual(['../.worktrees/WO-0033', '.worktrees/WO-0033'].sort());
    expect(new Set(items.map((i) => i.patch_sha256)).size).toBe(2);
    expect(new Set(items.map((i) => i.decision_path)).size).toBe(2);
    const besideItem = items.find((i) => i.message.startsWith('../'))!;
    const insideItem = items.find((i) => !i.message.startsWith('../'))!;
    repo.write(insideItem.decision_path!, personDecisionNaming('WO-0033', insideItem.patch_sha256!));
    const after = await gate(repo);
    expect(after.action_required.filter((i) => !i.decision_complete)).toEqual([expect.objectContaining({ type: 'dirty_zombie', patch_sha256: besideItem.patch_sha256, decision_path: besideItem.decision_path })]);
    expect(after.action_required.filter((i) => i.decision_complete)).toEqual([expect.objectContaining({ type: 'dirty_zombie', patch_sha256: insideItem.patch_sha256, decision_path: insideItem.decision_path })]);
  });
});
