import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { makeTempDir, TestRepo } from '../helpers/repo.js';

/**
 * The gc scenario, on a real repository with real worktrees:
 *
 * | WO      | state   | worktree                                                          | gc target        |
 * |---------|---------|-------------------------------------------------------------------|------------------|
 * | WO-0001 | done    | clean                                                             | zombie, removed  |
 * | WO-0002 | done    | dirty: modified, deleted, staged, untracked, binary, spaces, mode, symlink, plus excluded files, one commit on its branch | zombie, dirty |
 * | WO-0003 | failed  | changes only inside exclusion paths                               | zombie, clean    |
 * | WO-0004 | (none)  | clean                                                             | ghost            |
 * | WO-0005 | done    | folder deleted                                                    | prunable         |
 * | WO-0006 | done    | locked by git                                                     | zombie, skipped  |
 * | WO-0007 | running | dirty, with its lock                                              | not a target     |
 * | WO-0008 | (none)  | lock 3 h old                                                      | orphan lock      |
 * | WO-0009 | done    | lock 10 min old                                                   | orphan, kept     |
 * | WO-0010 | pending | clean                                                             | not a target     |
 * | -       | -       | `../<tmp>-topic` on branch `topic`                                | not ours         |
 */

export const EXCLUDED = ['_ctx/telemetry/', '_ctx/handoff/', '_ctx/logs/', '_ctx/index/'];
export const NOW = new Date('2026-03-02T12:00:00Z');
export const TODAY = '2026-03-02';

export const BINARY_TRACKED = Buffer.from([0, 1, 2, 3, 255, 254, 0, 10, 13, 0]);
export const BINARY_NEW = Buffer.concat([Buffer.from([0, 0, 0]), crypto.createHash('sha512').update('wo').digest()]);

export interface Scenario {
  repo: TestRepo;
  /** Path of the non-WO worktree outside the repository. */
  foreign: string;
  /** The commit made on WO-0002's branch inside its worktree. */
  wo2Commit: string;
  cleanup(): void;
}

export function isExcludedPath(rel: string): boolean {
  return EXCLUDED.some((folder) => rel.startsWith(folder));
}

/** Dirties WO-0002's worktree in every way docs/gc.md names. */
export function dirtyWorktree(repo: TestRepo, wt: string): void {
  repo.write(`${wt}/src/app.ts`, 'export const app = 1;\nexport const changed = true;\n');
  repo.remove(`${wt}/docs/old.md`);
  repo.write(`${wt}/src/data.bin`, BINARY_NEW);
  repo.write(`${wt}/notes/meeting notes.txt`, 'a file with spaces in its name\n');
  repo.write(`${wt}/assets/logo.bin`, BINARY_TRACKED);
  repo.write(`${wt}/bin/run.sh`, '#!/bin/sh\necho run\n');
  fs.chmodSync(repo.path(`${wt}/bin/run.sh`), 0o755);
  fs.symlinkSync('../src/app.ts', repo.path(`${wt}/notes/app-link.ts`));
  repo.write(`${wt}/src/staged.ts`, 'export const staged = 1;\n');
  execFileSync('git', ['add', 'src/staged.ts'], { cwd: repo.path(wt) });
  // Inside exclusion paths: not dirty, left out of the patch.
  repo.write(`${wt}/_ctx/telemetry/events.jsonl`, '{"event":"x"}\n');
  repo.write(`${wt}/_ctx/logs/run.log`, 'log\n');
}

/** Builds the scenario; lock ages are measured from `now` (the real time for runs of the built CLI). */
export function createScenario(now: Date = NOW): Scenario {
  const repo = TestRepo.create();
  repo.write('.gitignore', '.worktrees/\nignored/\n');
  repo.write('src/app.ts', 'export const app = 1;\n');
  repo.write('src/data.bin', BINARY_TRACKED);
  repo.write('docs/old.md', '# to be deleted\n');
  repo.write('_ctx/handoff/.gitkeep', '');
  for (const [state, id] of [
    ['done', 'WO-0001'],
    ['done', 'WO-0002'],
    ['failed', 'WO-0003'],
    ['done', 'WO-0005'],
    ['done', 'WO-0006'],
    ['running', 'WO-0007'],
    ['done', 'WO-0009'],
    ['pending', 'WO-0010'],
  ] as const) {
    repo.writeWo(state, id);
  }
  repo.commit('work orders');
  for (const id of ['WO-0001', 'WO-0002', 'WO-0003', 'WO-0004', 'WO-0005', 'WO-0007', 'WO-0010']) repo.addWorktree(id);
  repo.addWorktree('WO-0006', { locked: 'on a removable disk' });
  const foreignParent = makeTempDir('wo-toolkit-foreign-');
  const foreign = path.join(foreignParent, 'topic');
  repo.git('worktree', 'add', '-q', '-b', 'topic', foreign);
  fs.writeFileSync(path.join(foreign, 'untracked.txt'), 'not ours\n');

  // WO-0002: a commit on its branch, then uncommitted changes of every kind.
  repo.write('.worktrees/WO-0002/src/committed.ts', 'export const committed = 1;\n');
  execFileSync('git', ['add', '-A'], { cwd: repo.path('.worktrees/WO-0002') });
  execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'work on WO-0002'], {
    cwd: repo.path('.worktrees/WO-0002'),
  });
  const wo2Commit = repo.git('rev-parse', 'feat/wo-WO-0002').trim();
  dirtyWorktree(repo, '.worktrees/WO-0002');
  repo.write('.worktrees/WO-0002/ignored/cache.txt', 'ignored files never count\n');

  repo.write('.worktrees/WO-0003/_ctx/telemetry/t.jsonl', '{}\n');
  repo.write('.worktrees/WO-0003/_ctx/index/idx.json', '{}\n');
  repo.write('.worktrees/WO-0007/src/app.ts', 'running work\n');
  repo.remove('.worktrees/WO-0005');
  repo.writeLock('WO-0007', { timestamp: new Date(now.getTime() - 5 * 3_600_000) });
  repo.writeLock('WO-0008', { timestamp: new Date(now.getTime() - 3 * 3_600_000) });
  repo.writeLock('WO-0009', { timestamp: new Date(now.getTime() - 10 * 60_000) });
  return {
    repo,
    foreign,
    wo2Commit,
    cleanup() {
      repo.cleanup();
      fs.rmSync(foreignParent, { recursive: true, force: true });
    },
  };
}

/** A worktree's files as a person sees them, exclusion paths and ignored files aside. */
export function significantFiles(repo: TestRepo, rel: string): Map<string, string> {
  const files = repo.files(rel);
  for (const key of [...files.keys()]) if (isExcludedPath(key) || key.startsWith('ignored/')) files.delete(key);
  return files;
}

/**
 * The "nothing lost" check: a fresh worktree at `head` plus `git apply` of the patch. Returns its files
 * (exclusion paths and ignored files aside), to compare with the removed worktree's.
 */
export function restoreFromPatch(repo: TestRepo, head: string, patchFile: string): Map<string, string> {
  const rel = `.worktrees/restore-${crypto.randomBytes(3).toString('hex')}`;
  repo.git('worktree', 'add', '-q', '--detach', rel, head);
  execFileSync('git', ['apply', '--binary', patchFile], { cwd: repo.path(rel) });
  const files = significantFiles(repo, rel);
  repo.git('worktree', 'remove', '--force', rel);
  return files;
}

export function sha256File(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** `sha256sum -c FILE` in FILE's folder; throws when it fails. */
export function sha256sumCheck(checksumFile: string): string {
  return execFileSync('sha256sum', ['-c', path.basename(checksumFile)], { cwd: path.dirname(checksumFile), encoding: 'utf8' });
}
