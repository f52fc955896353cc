import fs from 'node:fs';
import path from 'node:path';
import { readGcSettings, runGc, type GcReport, type GcSettings } from '../../src/commands/gc.js';
import { runCliBundle } from '../helpers/bundles.js';
import { settingsFrom } from '../helpers/cli.js';
import { runGit, TestRepo } from '../helpers/repo.js';
import { NOW, TODAY } from './fixture.js';

/**
 * Removing a worktree deletes its administrative folder (`.git/worktrees/<name>`): its per-worktree refs
 * (`refs/worktree/*`, `refs/bisect/*`, `refs/rewritten/*`), its HEAD reflog and pseudo-refs, and any
 * submodule repositories kept there. gc makes sure no commit becomes unreachable: what only those
 * hold is kept under `refs/wo-toolkit/kept/<WO>/…` first; submodule repositories make it refuse.
 */

const gc = (repo: TestRepo, options: Partial<GcSettings> = {}): Promise<GcReport> => runGc(settingsFrom(readGcSettings, { root: repo.root, today: TODAY }, { now: NOW, ...options }));

interface Made {
  repo: TestRepo;
  wt: string;
  /** Commits that exist only through the worktree. */
  only: Record<string, string>;
}

function commitIn(wt: string, file: string, message: string): string {
  fs.writeFileSync(path.join(wt, file), `${message}\n`);
  runGit(wt, ['add', file]);
  runGit(wt, ['commit', '-q', '-m', message]);
  return runGit(wt, ['rev-parse', 'HEAD']).trim();
}

/** A zombie worktree, clean, whose commits below exist only through it. */
function make(): Made {
  const repo = TestRepo.create();
  repo.write('.gitignore', '.worktrees/\n');
  repo.writeWo('done', 'WO-0300');
  repo.commit('base');
  const wt = repo.addWorktree('WO-0300');
  const only: Record<string, string> = {};
  // Work done on a detached HEAD, then left: only the worktree's HEAD reflog knows it.
  runGit(wt, ['switch', '-q', '--detach']);
  only['reflog'] = commitIn(wt, 'detached.txt', 'work on a detached HEAD');
  runGit(wt, ['switch', '-q', 'feat/wo-WO-0300']);
  // Per-worktree refs.
  runGit(wt, ['switch', '-q', '--detach']);
  only['worktree'] = commitIn(wt, 'experiment.txt', 'an experiment kept under refs/worktree');
  runGit(wt, ['update-ref', 'refs/worktree/experiment', only['worktree']]);
  runGit(wt, ['reset', '-q', '--hard', 'feat/wo-WO-0300']);
  only['bisect'] = commitIn(wt, 'bisect.txt', 'a bad commit bisect remembers');
  runGit(wt, ['update-ref', 'refs/bisect/bad', only['bisect']]);
  runGit(wt, ['reset', '-q', '--hard', 'feat/wo-WO-0300']);
  only['rewritten'] = commitIn(wt, 'rebase.txt', 'a commit an interrupted rebase recorded');
  runGit(wt, ['update-ref', 'refs/rewritten/onto', only['rewritten']]);
  runGit(wt, ['switch', '-q', 'feat/wo-WO-0300']);
  // Drop the reflog entries of the three above: only their refs hold them.
  runGit(wt, ['reflog', 'expire', '--expire=now', '--all']);
  runGit(wt, ['switch', '-q', '--detach']);
  only['reflog'] = commitIn(wt, 'detached.txt', 'work on a detached HEAD');
  runGit(wt, ['switch', '-q', 'feat/wo-WO-0300']);
  return { repo, wt, only };
}

/** Every commit in `only` is still reachable from a ref of the repository (reflogs aside). */
function expectReachable(repo: TestRepo, only: Record<string, string>): void {
  const unreachable = repo.git('fsck', '--unreachable', '--no-reflogs', '--no-progress');
  for (const [what, commit] of Object.entries(only)) {
    expect(`${what} ${unreachable.includes(commit) ? 'unreachable' : 'reachable'}`).toBe(`${what} reachable`);
    expect(repo.git('for-each-ref', '--contains', commit, '--format=%(refname)', 'refs/wo-toolkit/kept/WO-0300/').trim()).not.toBe('');
  }
}

test('removing a clean worktree first keeps every commit only its refs and HEAD reflog hold', async () => {
  const { repo, wt, only } = make();
  try {
    const report = await gc(repo, { mode: 'apply' });
    const op = report.operations[0]!;
    expect(op.outcome).toBe('done');
    expect(fs.existsSync(wt)).toBe(false);
    expect(op.kept_refs!.length).toBeGreaterThanOrEqual(4);
    expectReachable(repo, only);
  } finally {
    repo.cleanup();
  }
});

test('a dry run names the refs a real run would keep and writes none', async () => {
  const { repo, only } = make();
  try {
    const before = repo.git('for-each-ref');
    const op = (await gc(repo)).operations[0]!;
    expect(op.kept_refs!.length).toBeGreaterThanOrEqual(4);
    expect(repo.git('for-each-ref')).toBe(before);
    expect(Object.values(only).length).toBe(4);
  } finally {
    repo.cleanup();
  }
});

test('pruning a registration whose folder is gone keeps its commits too', async () => {
  const { repo, wt, only } = make();
  try {
    fs.rmSync(wt, { recursive: true, force: true });
    const report = await gc(repo, { mode: 'apply' });
    const op = report.operations[0]!;
    expect(op.kind).toBe('prunable');
    expect(op.outcome).toBe('done');
    expect(repo.git('worktree', 'list')).not.toContain('WO-0300');
    expectReachable(repo, only);
  } finally {
    repo.cleanup();
  }
});

test('killed right after keeping, then re-run: removed, every commit reachable', async () => {
  const { repo, wt, only } = make();
  try {
    const killed = await runCliBundle(['gc', '--apply', '--root', '.'], { cwd: repo.root, env: { WO_TOOLKIT_GC_FAIL_AFTER: 'kept' } });
    expect(killed.signal).toBe('SIGKILL');
    expect(fs.existsSync(wt)).toBe(true);
    const rerun = await runCliBundle(['gc', '--apply', '--root', '.'], { cwd: repo.root });
    expect(rerun.stderr).toBe('');
    expect(rerun.code).toBe(0);
    expect(fs.existsSync(wt)).toBe(false);
    expectReachable(repo, only);
  } finally {
    repo.cleanup();
  }
});

test('a worktree whose submodule repositories live in its administrative folder is never removed', async () => {
  const repo = TestRepo.create();
  const sub = TestRepo.create();
  try {
    repo.write('.gitignore', '.worktrees/\n');
    runGit(repo.root, ['-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', sub.root, 'lib']);
    repo.writeWo('done', 'WO-0301');
    repo.commit('base with a submodule');
    const wt = repo.addWorktree('WO-0301');
    runGit(wt, ['-c', 'protocol.file.allow=always', 'submodule', 'update', '--init', '-q']);
    // A commit that exists only in the worktree's submodule repository.
    commitIn(path.join(wt, 'lib'), 'only-here.txt', 'submodule work');
    runGit(wt, ['-C', 'lib', 'switch', '-q', '-c', 'local']);
    runGit(path.join(wt, 'lib'), ['switch', '-q', '--detach']);
    for (const options of [{ mode: 'apply' as const }, { mode: 'apply' as const, forceDirty: true }]) {
      const op = (await gc(repo, options)).operations[0]!;
      expect(['skip', 'export_patch']).toContain(op.action);
      expect(op.needs_attention).toBe(true);
      expect(op.reason).toContain('submodule');
      expect(fs.existsSync(wt)).toBe(true);
      expect(fs.existsSync(path.join(wt, 'lib/only-here.txt'))).toBe(true);
    }
  } finally {
    repo.cleanup();
    sub.cleanup();
  }
});
