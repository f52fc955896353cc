import { afterEach, describe, expect, test } from '@jest/globals';
import path from 'node:path';
import { defaultConfig, loadConfig } from '../../src/core/config.js';
import { listWorktrees } from '../../src/core/worktrees.js';
import { makeTempDir, TestRepo } from '../helpers/repo.js';
import fs from 'node:fs';

/** Which worktrees are a WO's: folders inside and beside the repository, and branch prefixes. */

let base: string | undefined;
afterEach(() => {
  if (base) fs.rmSync(base, { recursive: true, force: true });
  base = undefined;
});

describe('worktree ownership', () => {
  test('by default: a WO-named folder in .worktrees/ or ../.worktrees/ (any branch), or a feat/wo-<id> branch anywhere', async () => {
    base = makeTempDir();
    const repo = TestRepo.create({ at: path.join(base, 'repo') });
    repo.addWorktree('WO-0001', { path: '.worktrees/WO-0001', branch: 'topic/one' });
    repo.addWorktree('WO-0052', { path: '../.worktrees/WO-0052', branch: 'job/WO-0052' });
    repo.addWorktree('WO-P2.1', { path: '../elsewhere/p2', branch: 'feat/wo-WO-P2.1' });
    repo.addWorktree('x', { path: '../elsewhere/job', branch: 'job/WO-0070' }); // job/ only counts by its folder
    repo.addWorktree('y', { path: '../.worktrees/notes', branch: 'notes' }); // not a WO id
    const owners = (await listWorktrees(repo.root, defaultConfig())).filter((w) => !w.isMain).map((w) => `${w.relPath}=${w.woId ?? '-'}`);
    expect(owners.sort()).toEqual(['../.worktrees/WO-0052=WO-0052', '../.worktrees/notes=-', '../elsewhere/job=-', '../elsewhere/p2=WO-P2.1', '.worktrees/WO-0001=WO-0001']);
  });

  test('worktrees_dirs and branch_prefixes lists replace the defaults', async () => {
    base = makeTempDir();
    const repo = TestRepo.create({ at: path.join(base, 'repo') });
    repo.write('.wo-toolkit.yaml', 'worktrees_dirs: [../wt]\nbranch_prefixes: [feat/wo-, job/]\n');
    repo.addWorktree('WO-0001', { path: '../wt/WO-0001', branch: 'topic/one' });
    repo.addWorktree('WO-0002', { path: '../.worktrees/WO-0002', branch: 'topic/two' });
    repo.addWorktree('x', { path: '../elsewhere/job', branch: 'job/WO-0070' });
    const config = loadConfig(repo.root);
    expect(config.worktreesDirs).toEqual(['../wt']);
    const owners = (await listWorktrees(repo.root, config)).filter((w) => !w.isMain).map((w) => `${w.relPath}=${w.woId ?? '-'}`);
    expect(owners.sort()).toEqual(['../.worktrees/WO-0002=-', '../elsewhere/job=WO-0070', '../wt/WO-0001=WO-0001']);
  });
});
