import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../helpers/bundles.js';
import { makeTempDir, TestRepo } from '../helpers/repo.js';

/**
 * Permission errors are user mistakes: one line naming the file and exit 2 (or, for a WO file, a
 * finding), never "internal error". The tests run as root, who can read anything, so the CLI bundle
 * runs as the unprivileged user `nobody` (setpriv). Where that is impossible (not root, no setpriv) the
 * suite is skipped: a FIFO or a folder in a file's place, which root cannot read either, is covered for
 * every file in untrusted-files.test.ts.
 */

const NOBODY = 65534;
const canDropPrivileges = process.getuid?.() === 0 && spawnSync('setpriv', ['--version']).status === 0;
const describeAsNobody = canDropPrivileges ? describe : describe.skip;

interface Run {
  code: number | null;
  stderr: string;
  report?: { findings?: { code: string; wo_id: string; message: string }[] };
}

let scratch: string;
beforeAll(() => {
  scratch = makeTempDir('wo-toolkit-perm-out-');
  fs.chmodSync(scratch, 0o777);
});
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

function runAsNobody(repo: TestRepo, args: string[]): Run {
  const json = path.join(scratch, `${path.basename(repo.root)}-${args[0]}.json`);
  const result = spawnSync(
    'setpriv',
    [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', process.execPath, path.join(PROJECT_ROOT, 'dist/cli/index.js'), ...args, '--root', repo.root, '--json', json],
    {
      encoding: 'utf8',
      timeout: 120_000,
      // git refuses a repository owned by someone else unless told it is safe.
      env: { PATH: process.env['PATH'], HOME: scratch, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: 'safe.directory', GIT_CONFIG_VALUE_0: '*' },
    },
  );
  const run: Run = { code: result.status, stderr: result.stderr };
  if (fs.existsSync(json)) run.report = JSON.parse(fs.readFileSync(json, 'utf8')) as Run['report'];
  return run;
}

/** A repository every user may read (but for what a test takes away). */
function readableRepo(): TestRepo {
  const repo = TestRepo.create();
  repo.writeWo('running', 'WO-0007');
  repo.writeLock('WO-0007');
  repo.writeWhitelist([]);
  repo.commit('governed');
  spawnSync('chmod', ['-R', 'a+rX', repo.root]);
  return repo;
}

function expectOneLine(run: Run, command: string, file: string): void {
  expect(run.code).toBe(2);
  expect(run.stderr.trim().split('\n')).toEqual([`wo-toolkit ${command}: ${file}: cannot be read (permission denied)`]);
}

describeAsNobody('files the user running wo-toolkit may not read', () => {
  let repo: TestRepo;
  beforeEach(() => {
    repo = readableRepo();
  });
  afterEach(() => repo.cleanup());

  test.each(['.wo-toolkit.yaml', '_ctx/jobs/audit_whitelist.yaml'])('%s unreadable: audit and weekly-gate exit 2 naming it', (file) => {
    if (file === '.wo-toolkit.yaml') repo.write(file, 'stale_lock_hours: 2\n');
    fs.chmodSync(repo.path(file), 0o000);
    expectOneLine(runAsNobody(repo, ['audit']), 'audit', file);
    expectOneLine(runAsNobody(repo, ['weekly-gate']), 'weekly-gate', file);
  });

  test('a state folder that cannot be listed: exit 2 naming it', () => {
    fs.chmodSync(repo.path('_ctx/jobs/running'), 0o000);
    for (const command of ['audit', 'gc', 'retention-gc']) expectOneLine(runAsNobody(repo, [command]), command, '_ctx/jobs/running');
  });

  test('a WO file that cannot be read is the finding unreadable_wo; a lock that cannot be read is still a lock', () => {
    fs.chmodSync(repo.path('_ctx/jobs/running/WO-0007.yaml'), 0o000);
    fs.chmodSync(repo.path('_ctx/jobs/running/WO-0007.lock'), 0o000);
    const run = runAsNobody(repo, ['audit', '--fail-on', 'none']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const findings = run.report!.findings!;
    expect(findings.find((f) => f.code === 'unreadable_wo')).toMatchObject({ wo_id: 'WO-0007', message: expect.stringContaining('cannot be read (permission denied)') });
    expect(findings.map((f) => f.code)).not.toContain('running_without_lock');
  });
});

describeAsNobody('evidence folders the user may not list', () => {
  test('retention-gc stops with exit 2 naming the evidence folder it cannot read', () => {
    const repo = readableRepo();
    try {
      repo.write('_ctx/handoff/WO-0001/dirty.patch.sha256', 'x\n');
      spawnSync('chmod', ['-R', 'a+rX', repo.root]);
      fs.chmodSync(repo.path('_ctx/handoff/WO-0001'), 0o000);
      expectOneLine(runAsNobody(repo, ['retention-gc']), 'retention-gc', '_ctx/handoff/WO-0001');
    } finally {
      fs.chmodSync(repo.path('_ctx/handoff/WO-0001'), 0o755);
      repo.cleanup();
    }
  });
});
