import fs from 'node:fs';
import path from 'node:path';
import { runActionBundle, runCliBundle } from '../helpers/bundles.js';
import { makeTempDir, TestRepo } from '../helpers/repo.js';

/**
 * gc never writes or deletes outside the repository through a link, and never builds a path from an
 * id that is not a name (docs/security.md). Real repositories, real worktrees, the built CLI and action.
 */

interface GcOp {
  wo_id: string;
  kind: string;
  action: string;
  outcome?: string;
  error?: string;
  patch_path?: string;
}

let outside: string;
beforeEach(() => {
  outside = makeTempDir('wo-toolkit-outside-');
});
afterEach(() => fs.rmSync(outside, { recursive: true, force: true }));

/** A done WO whose worktree holds uncommitted work. */
function dirtyZombie(): TestRepo {
  const repo = TestRepo.create();
  repo.writeWo('done', 'WO-0030', { fields: { verified_at_sha: 'a'.repeat(40) } });
  repo.commit('done WO');
  const wt = repo.addWorktree('WO-0030');
  fs.writeFileSync(path.join(wt, 'README.md'), '# governed repository\nwork nobody committed\n');
  fs.writeFileSync(path.join(wt, 'new-file.txt'), 'untracked work\n');
  return repo;
}

async function gc(repo: TestRepo, ...args: string[]): Promise<{ code: number | null; stderr: string; ops: GcOp[] }> {
  const json = path.join(outside, '..', `${path.basename(outside)}-gc.json`);
  const result = await runCliBundle(['gc', '--root', repo.root, '--json', json, ...args]);
  expect(result.stderr).not.toMatch(/internal error|\n\s+at /);
  const report = JSON.parse(fs.readFileSync(json, 'utf8')) as { operations: GcOp[] };
  fs.rmSync(json);
  return { code: result.code, stderr: result.stderr, ops: report.operations };
}

describe('evidence is never written through a link that leads out of the repository', () => {
  test.each([
    ['_ctx/handoff', (o: string) => o],
    ['_ctx/handoff/WO-0030', (o: string) => o],
  ])('%s linked outside: every mode refuses that target, writes nothing outside, and the work survives', async (linked, target) => {
    const repo = dirtyZombie();
    try {
      if (linked === '_ctx/handoff/WO-0030') fs.mkdirSync(repo.path('_ctx/handoff'), { recursive: true });
      repo.symlink(linked, target(outside));
      const wt = repo.path('.worktrees/WO-0030');
      const before = repo.files('.worktrees/WO-0030');
      for (const mode of [[], ['--export-patch'], ['--apply', '--force-dirty']]) {
        const run = await gc(repo, ...mode);
        const op = run.ops.find((o) => o.wo_id === 'WO-0030')!;
        expect(op.error).toMatch(/symbolic link that leads outside the repository/);
        expect(run.code).toBe(1);
        expect(fs.readdirSync(outside)).toEqual([]);
        expect(fs.existsSync(wt)).toBe(true);
        expect(repo.files('.worktrees/WO-0030')).toEqual(before);
      }
    } finally {
      repo.cleanup();
    }
  });

  test('the gc action refuses the same target and leaves nothing outside', async () => {
    const repo = dirtyZombie();
    try {
      repo.symlink('_ctx/handoff', outside);
      const run = await runActionBundle('gc', { root: '.', mode: 'export-patch', 'upload-artifact': 'false' }, { workspace: repo.root });
      expect(run.stdout).not.toMatch(/internal error/);
      expect(run.outputs['exit-code']).toBe('1');
      expect(fs.readdirSync(outside)).toEqual([]);
      expect(fs.existsSync(repo.path('.worktrees/WO-0030/new-file.txt'))).toBe(true);
    } finally {
      repo.cleanup();
    }
  });
});

describe('orphan locks', () => {
  test('a lock that is a link out of the repository: the link is removed, its target survives byte for byte', async () => {
    const repo = TestRepo.create();
    try {
      repo.writeWo('done', 'WO-0008', { fields: { verified_at_sha: 'a'.repeat(40) } });
      repo.commit('done WO');
      const precious = path.join(outside, 'precious.lock');
      fs.writeFileSync(precious, 'pid: 1\nuser: someone else\n');
      repo.symlink('_ctx/jobs/running/WO-0008.lock', precious);
      const old = new Date(Date.now() - 5 * 3600_000);
      repo.touch('_ctx/jobs/running/WO-0008.lock', old);
      const run = await gc(repo, '--apply');
      expect(run.ops.find((o) => o.wo_id === 'WO-0008')).toMatchObject({ kind: 'orphan_lock' });
      expect(fs.lstatSync(repo.path('_ctx/jobs/running/WO-0008.lock'), { throwIfNoEntry: false })).toBeUndefined();
      expect(fs.readFileSync(precious, 'utf8')).toBe('pid: 1\nuser: someone else\n');
    } finally {
      repo.cleanup();
    }
  });

  test('a running/ folder linked outside: gc --apply stops with exit 2 naming it, and deletes nothing there', async () => {
    const repo = TestRepo.create();
    try {
      repo.writeWo('done', 'WO-0008', { fields: { verified_at_sha: 'a'.repeat(40) } });
      repo.commit('done WO');
      fs.writeFileSync(path.join(outside, 'WO-0008.lock'), 'pid: 1\n');
      fs.utimesSync(path.join(outside, 'WO-0008.lock'), new Date(0), new Date(0));
      repo.remove('_ctx/jobs/running');
      repo.symlink('_ctx/jobs/running', outside);
      const result = await runCliBundle(['gc', '--root', repo.root, '--apply']);
      expect(result.code).toBe(2);
      expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^wo-toolkit gc: _ctx\/jobs\/running: .*outside the repository/)]);
      expect(fs.readFileSync(path.join(outside, 'WO-0008.lock'), 'utf8')).toBe('pid: 1\n');
    } finally {
      repo.cleanup();
    }
  });
});

describe('an id that is a path never names a folder', () => {
  test('a worktree whose branch would give the id "WO-9/evil" belongs to no WO: no evidence, nothing removed', async () => {
    const repo = TestRepo.create();
    try {
      repo.write('.wo-toolkit.yaml', 'wo_id_pattern: "^WO-.*$"\n');
      repo.commit('a permissive pattern');
      const wt = repo.addWorktree('WO-9', { path: '../' + path.basename(outside) + '-wt', branch: 'feat/wo-WO-9/evil' });
      fs.writeFileSync(path.join(wt, 'work.txt'), 'uncommitted\n');
      const run = await gc(repo, '--apply', '--force-dirty');
      expect(run.ops).toEqual([]);
      expect(fs.existsSync(repo.path('_ctx/handoff'))).toBe(false);
      expect(fs.readFileSync(path.join(wt, 'work.txt'), 'utf8')).toBe('uncommitted\n');
      fs.rmSync(wt, { recursive: true, force: true });
    } finally {
      repo.cleanup();
    }
  });
});
