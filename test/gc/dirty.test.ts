import { execFileSync } from 'node:child_process';
import { classifyStatus, detectDirty, isExcluded, parseStatus, readDirtyState, STATUS_ARGS } from '../../src/gc/dirty.js';
import { TestRepo } from '../helpers/repo.js';
import { EXCLUDED } from './fixture.js';

test('parseStatus reads porcelain v1 -z records, names with spaces included', () => {
  expect(parseStatus(' M a.txt\0?? dir/with space.txt\0D  gone.md\0')).toEqual([
    { code: ' M', path: 'a.txt' },
    { code: '??', path: 'dir/with space.txt' },
    { code: 'D ', path: 'gone.md' },
  ]);
});

test('exclusion paths are folders: a prefix of the path, not of a name', () => {
  expect(isExcluded('_ctx/logs/run.log', EXCLUDED)).toBe(true);
  expect(isExcluded('_ctx/logs', EXCLUDED)).toBe(false);
  expect(isExcluded('_ctx/logsbook/x', EXCLUDED)).toBe(false);
  expect(isExcluded('src/_ctx/logs/x', EXCLUDED)).toBe(false);
  expect(classifyStatus(parseStatus('?? _ctx/index/i.json\0'), EXCLUDED).dirty).toBe(false);
});

describe('on real worktrees', () => {
  let repo: TestRepo;
  beforeAll(() => {
    repo = TestRepo.create();
    repo.write('.gitignore', '.worktrees/\n*.tmp\n');
    repo.write('_ctx/handoff/keep.md', 'tracked\n');
    repo.commit('base');
    for (const id of ['WO-0001', 'WO-0002', 'WO-0003', 'WO-0004', 'WO-0005']) repo.addWorktree(id);
    repo.write('.worktrees/WO-0002/_ctx/telemetry/a/b.jsonl', '{}\n');
    repo.write('.worktrees/WO-0002/_ctx/handoff/keep.md', 'changed inside an exclusion path\n');
    repo.write('.worktrees/WO-0003/cache.tmp', 'ignored\n');
    repo.write('.worktrees/WO-0004/deep/new/file.txt', 'untracked, listed one by one\n');
    repo.write('.worktrees/WO-0005/README.md', 'modified\n');
  });
  afterAll(() => repo.cleanup());

  test('clean, exclusion-only and ignored changes are not dirty; anything else is', async () => {
    const states = await Promise.all(['WO-0001', 'WO-0002', 'WO-0003', 'WO-0004', 'WO-0005'].map((id) => readDirtyState(repo.path(`.worktrees/${id}`), EXCLUDED)));
    expect(states.map((s) => s.dirty)).toEqual([false, false, false, true, true]);
    expect(states[1]!.excluded.map((e) => `${e.code} ${e.path}`)).toEqual([' M _ctx/handoff/keep.md', '?? _ctx/telemetry/a/b.jsonl']);
    expect(states[3]!.changes).toEqual([{ code: '??', path: 'deep/new/file.txt' }]);
    expect(states[4]!.changes).toEqual([{ code: ' M', path: 'README.md' }]);
  });

  test('bounded concurrent detection gives the serial answers, in order', async () => {
    const paths = ['WO-0005', 'WO-0001', 'WO-0004', 'WO-0002', 'WO-0003'].map((id) => repo.path(`.worktrees/${id}`));
    const serial = [];
    for (const p of paths) serial.push(await readDirtyState(p, EXCLUDED));
    expect(await detectDirty(paths, EXCLUDED, 2)).toEqual(serial);
    // And the same entries as `git status --porcelain --untracked-files=all` itself.
    const plain = execFileSync('git', STATUS_ARGS, { cwd: paths[2]!, encoding: 'utf8' });
    expect(serial[2]!.changes).toEqual(parseStatus(plain));
  });

  test('a worktree whose status cannot be read is reported through the git wrapper, naming it', async () => {
    const missing = repo.path('.worktrees/WO-0404');
    await expect(detectDirty([repo.path('.worktrees/WO-0001'), missing], EXCLUDED, 2)).rejects.toThrow(missing);
  });
});
