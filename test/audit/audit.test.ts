import fs from 'node:fs';
import { cliArgs } from '../../src/cli/command.js';
import { readAuditSettings, runAudit, type AuditReport } from '../../src/commands/audit.js';
import { TestRepo } from '../helpers/repo.js';
import { schemaErrors } from '../helpers/schemas.js';

const TODAY = '2026-06-15';
const NOW = new Date('2026-06-15T12:00:00Z');

function codes(report: AuditReport): string[] {
  return report.findings.map((f) => `${f.code}:${f.wo_id}`).sort();
}

/** Runs audit on settings read as from the command line; a bad option rejects like any other error. */
async function runWith(values: Record<string, string | undefined>): Promise<AuditReport> {
  return runAudit({ ...readAuditSettings(cliArgs(values)), now: NOW });
}

async function audit(repo: TestRepo, failOn?: string): Promise<AuditReport> {
  const report = await runWith({ root: repo.root, 'fail-on': failOn, today: TODAY });
  expect(schemaErrors('audit-report.schema.json', JSON.parse(JSON.stringify(report)))).toEqual([]);
  return report;
}

describe('audit: each finding code on a real repository', () => {
  let repo: TestRepo;
  beforeEach(() => {
    repo = TestRepo.create();
  });
  afterEach(() => repo.cleanup());

  test('a healthy repository has no findings and exits 0', async () => {
    repo.writeWo('pending', 'WO-0001');
    repo.writeWo('running', 'WO-0002');
    repo.writeLock('WO-0002', { timestamp: NOW });
    repo.addWorktree('WO-0002');
    repo.writeWo('done', 'WO-0003');
    const report = await audit(repo);
    expect(report.findings).toEqual([]);
    expect(report.exit_code).toBe(0);
    expect(report.summary).toEqual({ P0: 0, P1: 0, P2: 0, total: 0, whitelisted: 0 });
  });

  test('split_brain: one id in two state folders (P0)', async () => {
    repo.writeWo('pending', 'WO-0014');
    repo.writeWo('done', 'WO-0014');
    const report = await audit(repo);
    expect(codes(report)).toEqual(['split_brain:WO-0014']);
    expect(report.findings[0]).toMatchObject({
      severity: 'P0',
      paths: ['_ctx/jobs/pending/WO-0014.yaml', '_ctx/jobs/done/WO-0014.yaml'],
      whitelisted: false,
    });
    expect(report.exit_code).toBe(1);
    expect(report.failing_wo_ids).toEqual(['WO-0014']);
  });

  test('split_brain uses the id field, not the file name', async () => {
    repo.writeWo('pending', 'WO-0020', { fileName: 'renamed.yaml' });
    repo.writeWo('failed', 'WO-0020');
    expect(codes(await audit(repo))).toEqual(['split_brain:WO-0020']);
  });

  test('running_without_lock (P0)', async () => {
    repo.writeWo('running', 'WO-0015');
    const report = await audit(repo);
    expect(codes(report)).toEqual(['running_without_lock:WO-0015']);
    expect(report.findings[0]!.severity).toBe('P0');
    expect(report.findings[0]!.paths).toEqual(['_ctx/jobs/running/WO-0015.yaml']);
  });

  test('an empty lock is still a lock', async () => {
    repo.writeWo('running', 'WO-0016');
    repo.writeLock('WO-0016', { content: '', mtime: NOW });
    expect(codes(await audit(repo))).toEqual([]);
  });

  test('ghost_worktree: a WO worktree with no WO file (P0), by folder and by branch', async () => {
    repo.addWorktree('WO-0052');
    repo.addWorktree('WO-0053', { path: 'elsewhere/wt53' });
    const report = await audit(repo);
    expect(codes(report)).toEqual(['ghost_worktree:WO-0052', 'ghost_worktree:WO-0053']);
    expect(report.findings.find((f) => f.wo_id === 'WO-0052')!.paths).toEqual(['.worktrees/WO-0052']);
  });

  test('worktrees that belong to no WO are never reported', async () => {
    repo.addWorktree('scratch', { path: '.worktrees/scratch', branch: 'experiment' });
    repo.addWorktree('WO-0001', { path: '../outside-wt-' + Date.now(), branch: 'topic/x' });
    expect(codes(await audit(repo))).toEqual([]);
  });

  test('fail_but_running: verdict FAIL (any case) while in running/ (P0)', async () => {
    repo.writeWo('running', 'WO-0046');
    repo.writeLock('WO-0046', { timestamp: NOW });
    repo.writeVerdict('WO-0046', 'fail');
    repo.writeWo('running', 'WO-0047');
    repo.writeLock('WO-0047', { timestamp: NOW });
    repo.writeVerdict('WO-0047', 'PASS');
    const report = await audit(repo);
    expect(codes(report)).toEqual(['fail_but_running:WO-0046']);
    expect(report.findings[0]!.paths).toContain('_ctx/handoff/WO-0046/verdict.json');
  });

  test('fail_but_running reads the verdict under the id as written; an id that is a path never builds one', async () => {
    repo.writeWo('running', 'WO-0048', { fields: { id: 'team/WO-0048' } });
    repo.writeVerdict('team/WO-0048', 'FAIL');
    repo.writeWo('running', 'WO-0049', { fields: { id: 'wo-0049' } });
    repo.writeVerdict('WO-0049', 'FAIL'); // another folder on a case-sensitive file system
    repo.writeWo('running', 'WO-0050');
    repo.write('_ctx/handoff/WO-0050', 'a file, not a folder\n');
    const report = await audit(repo);
    const failing = codes(report).filter((c) => c.startsWith('fail_but_running:'));
    const caseSensitive = !fs.existsSync(repo.path('_ctx/handoff/wo-0049'));
    // 'team/WO-0048' is not a name: the verdict file under that path is never read (docs/security.md).
    expect(failing).toEqual(caseSensitive ? [] : ['fail_but_running:wo-0049']);
  });

  test('zombie_worktree: a worktree of a done or failed WO (P1)', async () => {
    repo.writeWo('done', 'WO-0030');
    repo.writeWo('failed', 'WO-0031');
    repo.addWorktree('WO-0030');
    repo.addWorktree('WO-0031', { locked: 'in use on laptop' });
    const report = await audit(repo, 'P1');
    expect(codes(report)).toEqual(['zombie_worktree:WO-0030', 'zombie_worktree:WO-0031']);
    expect(report.findings.every((f) => f.severity === 'P1')).toBe(true);
    expect(report.findings.find((f) => f.wo_id === 'WO-0031')!.message).toContain('locked');
    expect(report.exit_code).toBe(1);
  });

  test('lock_without_running: a lock for a WO not in running/ (P1)', async () => {
    repo.writeWo('done', 'WO-0055');
    repo.writeLock('WO-0055');
    repo.writeLock('WO-0099');
    const report = await audit(repo);
    expect(codes(report)).toEqual(['lock_without_running:WO-0055', 'lock_without_running:WO-0099']);
    expect(report.exit_code).toBe(0); // P1 does not fail the default --fail-on P0
  });

  test('duplicate_yaml: two files in one folder with the same id (P2)', async () => {
    repo.writeWo('pending', 'WO-0012');
    repo.writeWo('pending', 'WO-0012', { fileName: 'WO-0012-copy.yml' });
    const report = await audit(repo);
    expect(codes(report)).toEqual(['duplicate_yaml:WO-0012']);
    expect(report.findings[0]).toMatchObject({ severity: 'P2', paths: expect.arrayContaining(['_ctx/jobs/pending/WO-0012-copy.yml']) });
  });

  test('extra codes: unreadable_wo, prunable_worktree, stale_lock', async () => {
    repo.writeWo('pending', 'WO-0060', { raw: 'id: [unclosed\n' });
    repo.writeWo('pending', 'WO-0061', { raw: 'title: no id here\n' });
    repo.writeWo('done', 'WO-0062');
    const wt = repo.addWorktree('WO-0062');
    fs.rmSync(wt, { recursive: true, force: true });
    repo.writeWo('running', 'WO-0063');
    repo.writeLock('WO-0063', { timestamp: new Date(NOW.getTime() - 3 * 3_600_000) });
    const report = await audit(repo);
    expect(codes(report)).toEqual(['prunable_worktree:WO-0062', 'stale_lock:WO-0063', 'unreadable_wo:WO-0060', 'unreadable_wo:WO-0061']);
    expect(report.findings.find((f) => f.wo_id === 'WO-0060')!.message).toMatch(/invalid YAML/);
  });

  test('a lock without a timestamp takes its age from the modification time', async () => {
    repo.writeWo('running', 'WO-0064');
    repo.writeLock('WO-0064', { content: 'garbage: [', mtime: new Date(NOW.getTime() - 2 * 3_600_000) });
    repo.writeWo('running', 'WO-0065');
    repo.writeLock('WO-0065', { content: '', mtime: new Date(NOW.getTime() - 10 * 60_000) });
    const report = await audit(repo);
    expect(codes(report)).toEqual(['stale_lock:WO-0064']);
    expect(report.findings[0]!.message).toContain('mtime');
  });

  test('every code together in one repository', async () => {
    repo.writeWo('pending', 'WO-0014');
    repo.writeWo('done', 'WO-0014');
    repo.writeWo('running', 'WO-0015');
    repo.addWorktree('WO-0052');
    repo.writeWo('running', 'WO-0046');
    repo.writeLock('WO-0046', { timestamp: NOW });
    repo.writeVerdict('WO-0046', 'FAIL');
    repo.writeWo('done', 'WO-0030');
    repo.addWorktree('WO-0030');
    repo.writeLock('WO-0099');
    repo.writeWo('failed', 'WO-0012');
    repo.writeWo('failed', 'WO-0012', { fileName: 'WO-0012.yml' });
    const report = await audit(repo, 'all');
    expect(codes(report)).toEqual([
      'duplicate_yaml:WO-0012',
      'fail_but_running:WO-0046',
      'ghost_worktree:WO-0052',
      'lock_without_running:WO-0099',
      'running_without_lock:WO-0015',
      // The checkout has WO worktrees, so a running WO without one is drift.
      'running_without_worktree:WO-0015',
      'running_without_worktree:WO-0046',
      'split_brain:WO-0014',
      'zombie_worktree:WO-0030',
    ]);
    expect(report.summary).toEqual({ P0: 4, P1: 4, P2: 1, total: 9, whitelisted: 0 });
    expect(report.failing_wo_ids).toEqual(['WO-0012', 'WO-0014', 'WO-0015', 'WO-0030', 'WO-0046', 'WO-0052', 'WO-0099']);
    // Findings are ordered by severity first.
    expect(report.findings.map((f) => f.severity)).toEqual(['P0', 'P0', 'P0', 'P0', 'P1', 'P1', 'P1', 'P1', 'P2']);
  });
});

describe('audit: whitelist', () => {
  let repo: TestRepo;
  beforeEach(() => {
    repo = TestRepo.create();
    repo.writeWo('pending', 'WO-0014');
    repo.writeWo('done', 'WO-0014');
  });
  afterEach(() => repo.cleanup());

  const entry = (review_by: string, code = 'split_brain', wo_id = 'WO-0014') => ({ code, wo_id, reason: 'legacy copy kept during migration', owner: 'platform-team', review_by });

  test('an active entry suppresses the finding, which stays in the report', async () => {
    repo.writeWhitelist([entry('2026-12-31')]);
    const report = await audit(repo);
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({ code: 'split_brain', whitelisted: true, whitelist: { owner: 'platform-team' } });
    expect(report.exit_code).toBe(0);
    expect(report.summary).toMatchObject({ P0: 0, total: 0, whitelisted: 1 });
  });

  test('the entry is active through its review_by day', async () => {
    repo.writeWhitelist([entry(TODAY)]);
    const report = await audit(repo);
    expect(report.findings.find((f) => f.code === 'split_brain')!.whitelisted).toBe(true);
    expect(report.exit_code).toBe(0);
    expect(codes(report)).toContain('whitelist_expiring:WO-0014');
  });

  test('an entry expiring within 14 days is reported as whitelist_expiring (P2)', async () => {
    repo.writeWhitelist([entry('2026-06-29'), entry('2026-06-30', 'duplicate_yaml', 'WO-0777')]);
    const report = await audit(repo);
    expect(codes(report)).toEqual(['split_brain:WO-0014', 'whitelist_expiring:WO-0014', 'whitelist_unused:WO-0777']);
  });

  test('an expired entry reports the finding at P1 or higher with whitelist_expired', async () => {
    repo.writeWo('pending', 'WO-0012');
    repo.writeWo('pending', 'WO-0012', { fileName: 'copy.yaml' });
    repo.writeWhitelist([entry('2026-06-14'), entry('2026-01-01', 'duplicate_yaml', 'WO-0012')]);
    const report = await audit(repo, 'P1');
    const dup = report.findings.find((f) => f.code === 'duplicate_yaml')!;
    expect(dup).toMatchObject({ severity: 'P1', whitelisted: false, whitelist_expired: true });
    const split = report.findings.find((f) => f.code === 'split_brain')!;
    expect(split).toMatchObject({ severity: 'P0', whitelisted: false, whitelist_expired: true });
    expect(report.exit_code).toBe(1);
  });

  test('an expired entry that matches nothing is still reported (P1, whitelist_expired)', async () => {
    repo.writeWhitelist([entry('2026-01-01', 'ghost_worktree', 'WO-0001')]);
    const report = await audit(repo, 'none');
    expect(report.findings.find((f) => f.code === 'whitelist_unused')).toMatchObject({ severity: 'P1', whitelist_expired: true });
    expect(report.exit_code).toBe(0);
  });

  test('--today makes expiry reproducible', async () => {
    repo.writeWhitelist([entry('2026-12-31')]);
    const later = await runWith({ root: repo.root, today: '2027-01-01' });
    expect(later.findings.find((f) => f.code === 'split_brain')).toMatchObject({ whitelisted: false, whitelist_expired: true });
    expect(later.exit_code).toBe(1);
  });

  test.each([
    ['malformed YAML', 'entries: [\n', /audit_whitelist\.yaml:\d+:\d+: invalid YAML/],
    ['an unknown code', 'entries:\n  - {code: zombie, wo_id: WO-1, reason: r, owner: o, review_by: 2026-01-01}\n', /entries\[0\]\.code: unknown finding code 'zombie'/],
    ['a bad date', 'entries:\n  - {code: split_brain, wo_id: WO-1, reason: r, owner: o, review_by: 2026-13-01}\n', /review_by: must match format "date"/],
    ['a missing field', 'entries:\n  - {code: split_brain, wo_id: WO-1, reason: r, review_by: 2026-01-01}\n', /missing required key 'owner'/],
    ['wrong top-level type', '- a\n- b\n', /must be object/],
  ])('a whitelist with %s is a configuration error naming the file', async (_name, text, message) => {
    repo.write('_ctx/jobs/audit_whitelist.yaml', text);
    await expect(runWith({ root: repo.root, today: TODAY })).rejects.toMatchObject({ exitCode: 2, message: expect.stringMatching(message) });
    await expect(runWith({ root: repo.root, today: TODAY })).rejects.toThrow(/_ctx\/jobs\/audit_whitelist\.yaml/);
  });
});

describe('audit: --fail-on', () => {
  let repo: TestRepo;
  beforeAll(() => {
    repo = TestRepo.create();
    repo.writeWo('done', 'WO-0030');
    repo.addWorktree('WO-0030'); // zombie, P1
    repo.writeWo('pending', 'WO-0012');
    repo.writeWo('pending', 'WO-0012', { fileName: 'b.yaml' }); // duplicate, P2
  });
  afterAll(() => repo.cleanup());

  test.each([
    [undefined, 0],
    ['P0', 0],
    ['p1', 1],
    ['P2', 1],
    ['all', 1],
    ['none', 0],
    ['split_brain', 0],
    ['zombie_worktree', 1],
    ['split_brain,running_without_lock,ghost_worktree,zombie_worktree', 1],
    ['split_brain running_without_lock', 0],
    ['P0\nduplicate_yaml', 1],
    [' P0 , , ghost_worktree ', 0],
  ])('--fail-on %j exits %i', async (failOn, exitCode) => {
    const report = await audit(repo, failOn);
    expect(report.exit_code).toBe(exitCode);
  });
});

describe('audit: bad input', () => {
  test('a root that is not a git repository', async () => {
    const repo = TestRepo.create();
    fs.rmSync(repo.path('.git'), { recursive: true, force: true });
    await expect(runWith({ root: repo.root })).rejects.toMatchObject({ exitCode: 2, message: expect.stringMatching(/not inside a git repository/) });
    repo.cleanup();
  });

  test('a repository without _ctx/ is a clear error', async () => {
    const repo = TestRepo.create({ states: false });
    await expect(runWith({ root: repo.root })).rejects.toMatchObject({ exitCode: 2, message: expect.stringMatching(/no work-order folders found: expected _ctx\/jobs/) });
    repo.cleanup();
  });

  test('state folders may be missing one by one (git does not keep empty folders)', async () => {
    const repo = TestRepo.create({ states: false });
    repo.writeWo('done', 'WO-0001');
    expect((await audit(repo)).exit_code).toBe(0);
    repo.cleanup();
  });

  test('a WO file that is empty, not a mapping, or has no id becomes an unreadable_wo finding', async () => {
    const repo = TestRepo.create();
    repo.writeWo('pending', 'WO-0001', { raw: '' });
    repo.writeWo('pending', 'WO-0002', { raw: '- just\n- a list\n' });
    repo.writeWo('pending', 'WO-0003', { raw: 'id: 42\n' });
    repo.writeWo('running', 'WO-0004', { raw: '\t\tbad: [' });
    repo.writeLock('WO-0004', { timestamp: NOW });
    const report = await audit(repo);
    expect(codes(report)).toEqual(['unreadable_wo:WO-0001', 'unreadable_wo:WO-0002', 'unreadable_wo:WO-0003', 'unreadable_wo:WO-0004']);
    // The stem stands in as the id, so the lock of WO-0004 still matches its running file.
    expect(report.findings.some((f) => f.code === 'lock_without_running')).toBe(false);
    repo.cleanup();
  });

  test('a configuration with an unknown key, a wrong type, a path escaping the repository, or both forms of a list', async () => {
    const repo = TestRepo.create();
    repo.write('.wo-toolkit.yaml', 'stale_lock_hour: 2\n');
    await expect(runWith({ root: repo.root })).rejects.toThrow(".wo-toolkit.yaml: (top level): unknown key 'stale_lock_hour'");
    repo.write('.wo-toolkit.yaml', 'stale_lock_hours: soon\n');
    await expect(runWith({ root: repo.root })).rejects.toThrow('.wo-toolkit.yaml: /stale_lock_hours: must be number');
    repo.write('.wo-toolkit.yaml', 'handoff_dir: ../../elsewhere\n');
    await expect(runWith({ root: repo.root })).rejects.toThrow(".wo-toolkit.yaml: handoff_dir must be a path inside the repository, got '../../elsewhere'");
    repo.write('.wo-toolkit.yaml', 'worktrees_dir: wt\nworktrees_dirs: [wt, ../wt]\n');
    await expect(runWith({ root: repo.root })).rejects.toThrow('.wo-toolkit.yaml: set worktrees_dirs (a list) or worktrees_dir, not both');
    repo.write('.wo-toolkit.yaml', 'verdict_paths: [_ctx/logs/verdict.json]\n');
    await expect(runWith({ root: repo.root })).rejects.toThrow(".wo-toolkit.yaml: verdict_paths[0] must contain {id} (where the WO id goes), got '_ctx/logs/verdict.json'");
    repo.cleanup();
  });

  test('a configuration that moves the folders is honoured', async () => {
    const repo = TestRepo.create({ states: false });
    repo.write('.wo-toolkit.yaml', 'state_folders: {pending: work/todo, running: work/doing, done: work/done, failed: work/failed}\nworktrees_dir: wt\nbranch_prefix: wo/\n');
    repo.write('work/todo/WO-0001.yaml', 'id: WO-0001\n');
    repo.write('work/done/WO-0001.yaml', 'id: WO-0001\n');
    repo.addWorktree('WO-0002', { path: 'wt/WO-0002', branch: 'wo/WO-0002' });
    const report = await audit(repo);
    expect(codes(report)).toEqual(['ghost_worktree:WO-0002', 'split_brain:WO-0001']);
    repo.cleanup();
  });
});
