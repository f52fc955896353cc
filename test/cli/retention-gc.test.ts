import fs from 'node:fs';
import path from 'node:path';
import '../../src/commands/retention-gc.js';
import { runCliBundle } from '../helpers/bundles.js';
import { makeTempDir, TestRepo } from '../helpers/repo.js';
import { daysAgo, TODAY, writeEvidence, type Evidence } from '../retention/evidence.js';
import { schemaErrors } from '../helpers/schemas.js';

const cli = (args: string[], cwd?: string) => runCliBundle(args, { cwd });

let repo: TestRepo;
let old: Evidence;
let running: Evidence;

beforeEach(() => {
  repo = TestRepo.create();
  repo.writeWo('done', 'WO-0001');
  old = writeEvidence(repo, 'WO-0001');
  repo.writeWo('running', 'WO-0002');
  repo.writeLock('WO-0002');
  running = writeEvidence(repo, 'WO-0002');
  repo.commit('evidence', { date: daysAgo(120) });
});
afterEach(() => repo.cleanup());

describe('wo-toolkit retention-gc (the built CLI)', () => {
  test('a dry run lists eligible files with their age, protected ones with the reason, and totals; writes nothing', async () => {
    const before = repo.snapshot();
    const result = await cli(['retention-gc', '--root', repo.root, '--today', TODAY]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('dry run');
    expect(result.stdout).toMatch(new RegExp(`120 days  git\\s+\\d+ B  ${old.patch.replace(/\./g, '\\.')}`));
    expect(result.stdout).toContain(old.checksum);
    expect(result.stdout).toContain(running.patch);
    expect(result.stdout).toContain('wo_running: WO-0002 is in _ctx/jobs/running/');
    const bytes = fs.statSync(repo.path(old.patch)).size + fs.statSync(repo.path(old.checksum)).size;
    expect(result.stdout).toContain(`totals: eligible 2 files (${bytes} bytes); deleted 0 files (0 bytes); protected 2 files`);
    expect(result.stdout).toContain('Run with --apply');
    expect(repo.snapshot()).toEqual(before);
  });

  test('--apply deletes the eligible files and --json writes a report that matches its schema', async () => {
    const out = makeTempDir();
    const reportFile = path.join(out, 'reports', 'retention.json');
    const result = await cli(['retention-gc', '--apply', '--days', '100', '--json', reportFile, '--today', TODAY], repo.root);
    expect(result.code).toBe(0);
    const report = JSON.parse(fs.readFileSync(reportFile, 'utf8'));
    expect(schemaErrors('retention-gc-report.schema.json', report)).toEqual([]);
    expect(report).toMatchObject({ mode: 'apply', days: 100, exit_code: 0 });
    expect(report.deleted.sort()).toEqual([old.patch, old.checksum].sort());
    expect(repo.exists(old.patch)).toBe(false);
    expect(repo.exists(old.checksum)).toBe(false);
    expect(repo.exists(old.decision)).toBe(true);
    expect(repo.exists(running.patch)).toBe(true);
    expect(result.stdout).toMatch(/deleted\s+120 days/);
    fs.rmSync(out, { recursive: true, force: true });
  });

  test('--json - puts the report on standard output and the human text on standard error', async () => {
    const result = await cli(['retention-gc', '--root', repo.root, '--json', '-', '--today', TODAY]);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(schemaErrors('retention-gc-report.schema.json', report)).toEqual([]);
    expect(report.eligible).toHaveLength(2);
    expect(result.stderr).toContain('totals:');
  });

  // Each with --apply: a usage error must never delete anything.
  test.each([
    [['--apply', '--days', '0'], /--days: expected a whole number >= 1, got '0'/],
    [['--apply', '--days', '-5'], /--days: expected a whole number >= 1, got '-5'/],
    [['--apply', '--days=-5'], /--days: expected a whole number >= 1, got '-5'/],
    [['--apply', '--days', 'abc'], /--days: expected a whole number >= 1, got 'abc'/],
    [['--apply', '--days'], /--days/],
    [['--dry-run', '--apply'], /--dry-run and --apply: give only one of --dry-run, --apply/],
    [['--apply', '--today', '2026-13-01'], /--today: expected a date YYYY-MM-DD/],
    [['--mode', 'apply'], /Unknown option '--mode'/],
  ])('%p: exit 2, one line, nothing deleted', async (args, message) => {
    const before = repo.snapshot();
    const result = await cli(['retention-gc', '--root', repo.root, ...args]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(repo.snapshot()).toEqual(before);
  });

  test('not a git repository: exit 2 with one line', async () => {
    const dir = makeTempDir();
    const result = await cli(['retention-gc', '--root', dir]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toMatch(/^wo-toolkit retention-gc: --root: '.*' is not inside a git repository/);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('--help documents the options', async () => {
    const result = await cli(['retention-gc', '--help']);
    expect(result.code).toBe(0);
    for (const flag of ['--days N', '--dry-run', '--apply', '--json FILE', '--today', '--root DIR']) expect(result.stdout).toContain(flag);
  });
});
