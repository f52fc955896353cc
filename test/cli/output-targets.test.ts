import fs from 'node:fs';
import path from 'node:path';
import { runActionBundle, runCliBundle, type ProcessResult } from '../helpers/bundles.js';
import { makeTempDir, TestRepo } from '../helpers/repo.js';

/**
 * A report that cannot be written fails the run at once, with exit 2 and one line naming the argument,
 * before any work (and never hangs: under /proc, node's recursive mkdir would wait forever).
 */

let repo: TestRepo;
let scratch: string;
beforeAll(() => {
  repo = TestRepo.create();
  repo.writeWo('pending', 'WO-0001');
  repo.commit('one WO');
  scratch = makeTempDir('wo-toolkit-out-');
  fs.writeFileSync(path.join(scratch, 'a-file'), 'not a folder\n');
  fs.mkdirSync(path.join(scratch, 'a-folder'));
});
afterAll(() => {
  repo.cleanup();
  fs.rmSync(scratch, { recursive: true, force: true });
});

function expectRefused(result: ProcessResult, prefix: string, arg: string, why: RegExp): void {
  expect(result.signal).toBeNull();
  expect(result.code).toBe(2);
  const lines = result.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(new RegExp(`^${prefix}: ${arg}: cannot write`));
  expect(lines[0]).toMatch(why);
  expect(result.stderr).not.toMatch(/internal error|\n\s+at /);
}

describe('--json and --out that cannot be written', () => {
  test.each([
    ['/proc/wo-toolkit/report.json', /proc kernel file system/],
    ['/proc/self/report.json', /proc kernel file system/],
    ['/sys/wo-toolkit/report.json', /sysfs kernel file system/],
  ])('--json %s: exit 2 at once', async (target, why) => {
    expectRefused(await runCliBundle(['audit', '--root', repo.root, '--json', target]), 'wo-toolkit audit', '--json', why);
  });

  test('--json below a file, or naming a folder: exit 2 naming it', async () => {
    const below = path.join(scratch, 'a-file', 'sub', 'report.json');
    expectRefused(await runCliBundle(['audit', '--root', repo.root, '--json', below]), 'wo-toolkit audit', '--json', /a-file is a file, not a folder/);
    const folder = path.join(scratch, 'a-folder');
    expectRefused(await runCliBundle(['validate-backlog', '--root', repo.root, '--json', folder]), 'wo-toolkit validate-backlog', '--json', /it is a folder, expected a file/);
    expectRefused(await runCliBundle(['audit', '--root', repo.root, '--out', '/proc/x/y.json']), 'wo-toolkit audit', '--out', /proc/);
  });

  test('gc --apply with an unwritable --json removes nothing: the run stops before its work', async () => {
    const r = TestRepo.create();
    try {
      r.writeWo('done', 'WO-0030', { fields: { verified_at_sha: 'a'.repeat(40) } });
      r.commit('done WO');
      r.addWorktree('WO-0030');
      const result = await runCliBundle(['gc', '--root', r.root, '--apply', '--json', '/proc/wo-toolkit/gc.json']);
      expectRefused(result, 'wo-toolkit gc', '--json', /proc/);
      expect(fs.existsSync(r.path('.worktrees/WO-0030'))).toBe(true);
    } finally {
      r.cleanup();
    }
  });
});

describe('weekly-gate --out-dir that cannot be created', () => {
  test.each([
    ['/proc/wo-toolkit/reports', /proc kernel file system/],
    ['/sys/kernel/wo-toolkit', /sysfs kernel file system/],
  ])('--out-dir %s: exit 2 at once, nothing written', async (dir, why) => {
    expectRefused(await runCliBundle(['weekly-gate', '--root', repo.root, '--out-dir', dir]), 'wo-toolkit weekly-gate', '--out-dir', why);
  });

  test('--out-dir below a file: exit 2 naming it', async () => {
    const dir = path.join(scratch, 'a-file', 'reports');
    expectRefused(await runCliBundle(['weekly-gate', '--root', repo.root, '--out-dir', dir]), 'wo-toolkit weekly-gate', '--out-dir', /a-file is a file, not a folder/);
  });
});

describe('the json input of an action', () => {
  test("input 'json' under /proc: the step fails at once with exit-code 2", async () => {
    const run = await runActionBundle('audit', { root: '.', json: '/proc/wo-toolkit/audit.json' }, { workspace: repo.root });
    expect(run.signal).toBeNull();
    expect(run.code).not.toBe(0);
    expect(run.outputs['exit-code']).toBe('2');
    expect(run.stdout).toMatch(/^::error::.*proc kernel file system/m);
    expect(run.stdout).not.toMatch(/internal error/);
  });
});
