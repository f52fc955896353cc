import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT, runCliBundle } from '../helpers/bundles.js';
import { runCli } from '../helpers/cli.js';
import { makeTempDir, splitBrainAndZombieRepo, type TestRepo } from '../helpers/repo.js';
import { schemaErrors } from '../helpers/schemas.js';

describe('CLI', () => {
  let repo: TestRepo;
  beforeAll(() => {
    repo = splitBrainAndZombieRepo();
  });
  afterAll(() => repo.cleanup());

  test('--help lists the commands; a command --help lists its options', async () => {
    const general = await runCli(['--help']);
    expect(general.code).toBe(0);
    expect(general.stdout).toMatch(/commands:\n\s+audit/);
    const audit = await runCli(['audit', '--help']);
    expect(audit.code).toBe(0);
    expect(audit.stdout).toContain('--fail-on LIST');
    expect(audit.stdout).toContain('--root DIR');
  });

  test('no command prints the usage on stderr and exits 2', async () => {
    const run = await runCli([]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('usage: wo-toolkit <command>');
  });

  test('--version prints the package version', async () => {
    const pkg = JSON.parse(fs.readFileSync(path.resolve('package.json'), 'utf8')) as { version: string };
    expect((await runCli(['--version'])).stdout.trim()).toBe(pkg.version);
    expect((await runCli(['audit', '--version'])).stdout.trim()).toBe(pkg.version);
  });

  test.each([
    [['bogus'], /^wo-toolkit: unknown command 'bogus' \(expected one of: audit/],
    [['audit', '--frobnicate'], /^wo-toolkit audit: Unknown option '--frobnicate' \(see 'wo-toolkit audit --help'\)\n$/],
    [['audit', 'extra'], /^wo-toolkit audit: unexpected argument 'extra'/],
    [['audit', '--root'], /^wo-toolkit audit: Option '--root <value>' argument missing/],
    [['audit', '--fail-on', 'zombie'], /^wo-toolkit audit: --fail-on: unknown token 'zombie'/],
    [['audit', '--json', '/nonexistent-dir/a.json', '--out', '/nonexistent-dir/b.json'], /--out and --json name the same report/],
    [['audit', '--root', '/nonexistent/x'], /^wo-toolkit audit: --root: folder '\/nonexistent\/x' does not exist\n$/],
  ])('%j is one clear line on stderr and exit 2', async (args, message) => {
    const run = await runCli(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  test('human output groups findings by severity and ends with a summary', async () => {
    const run = await runCli(['audit', '--root', repo.root, '--today', '2026-06-01']);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/P0 \(1\)\n\s+split_brain\s+WO-0014/);
    expect(run.stdout).toMatch(/P1 \(1\)\n\s+zombie_worktree\s+WO-0030/);
    expect(run.stdout).toContain('_ctx/jobs/done/WO-0014.yaml');
    expect(run.stdout).toMatch(/summary: P0=1 P1=1 P2=0 total=2 whitelisted=0; fail-on P0: FAIL \(WO-0014\)/);
  });

  test('--json - writes the report to stdout and the human output to stderr', async () => {
    const run = await runCli(['audit', '--root', repo.root, '--json', '-', '--fail-on', 'none']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(schemaErrors('audit-report.schema.json', report)).toEqual([]);
    expect(report).toMatchObject({ tool: 'wo-toolkit', command: 'audit', exit_code: 0, root: repo.root });
    expect(run.stderr).toContain('summary:');
  });

  test('--out FILE and --quiet', async () => {
    const dir = makeTempDir();
    const out = path.join(dir, 'nested', 'wo_audit.json');
    const run = await runCli(['audit', '--root', repo.root, '--out', out, '--quiet']);
    expect(run).toMatchObject({ code: 1, stdout: '', stderr: '' });
    const report = JSON.parse(fs.readFileSync(out, 'utf8')) as { exit_code: number; summary: { P0: number } };
    expect(report.exit_code).toBe(1);
    expect(report.summary.P0).toBe(1);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('on exit 2 the --json report says why', async () => {
    const dir = makeTempDir();
    const out = path.join(dir, 'r.json');
    const run = await runCli(['audit', '--root', dir, '--json', out]);
    expect(run.code).toBe(2);
    const report = JSON.parse(fs.readFileSync(out, 'utf8')) as { exit_code: number; error: string };
    expect(report.exit_code).toBe(2);
    expect(report.error).toMatch(/not inside a git repository/);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('the committed bundle runs with plain node, from any folder, with --root defaulting to the cwd', async () => {
    const run = await runCliBundle(['audit'], { cwd: repo.root });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('split_brain');
    const bad = await runCliBundle(['audit', '--fail-on', 'P9'], { cwd: repo.root });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^wo-toolkit audit: --fail-on: unknown token 'P9'/);
  });

  test('the bundle loads the code of every command, each kept in its own file next to index.js', async () => {
    const chunks = fs.readdirSync(path.join(PROJECT_ROOT, 'dist', 'cli')).filter((name) => /^\d+\.index\.js$/.test(name));
    expect(chunks.length).toBeGreaterThanOrEqual(5);
    // Each command reaches its verdict (exit 0 or 1 here; 2 would mean it could not run).
    const expected: Record<string, number> = { audit: 1, gc: 0, 'retention-gc': 0, 'weekly-gate': 1, 'validate-backlog': 1 };
    for (const [command, code] of Object.entries(expected)) {
      const run = await runCliBundle([command, '--quiet'], { cwd: repo.root });
      expect({ command, code: run.code, stderr: run.stderr }).toEqual({ command, code, stderr: '' });
    }
  });
});
