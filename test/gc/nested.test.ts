import fs from 'node:fs';
import path from 'node:path';
import { readGcSettings, runGc, type GcReport, type GcSettings } from '../../src/commands/gc.js';
import { settingsFrom } from '../helpers/cli.js';
import { runGit, TestRepo } from '../helpers/repo.js';
import { NOW, TODAY } from './fixture.js';
import { decideDirty } from '../helpers/decisions.js';

/**
 * A folder gc is about to remove may hold more than its own checkout: another registered worktree (a
 * running WO's, started from inside it) or a repository of its own (a `.git` folder or file anywhere
 * below). Removing the folder would delete that repository's history or that WO's work: gc never does,
 * whatever the flags, and says why.
 */

const gc = (repo: TestRepo, options: Partial<GcSettings> = {}): Promise<GcReport> => runGc(settingsFrom(readGcSettings, { root: repo.root, today: TODAY }, { now: NOW, ...options }));

function base(): TestRepo {
  const repo = TestRepo.create();
  // Worktrees and vendored checkouts are ignored by the committed .gitignore: git status shows nothing of them.
  repo.write('.gitignore', '.worktrees/\nvendor/\n');
  repo.writeWo('done', 'WO-0200');
  repo.writeWo('running', 'WO-0201');
  repo.commit('base');
  repo.addWorktree('WO-0200');
  return repo;
}

const CASES: { name: string; make: (repo: TestRepo) => string; mark: string }[] = [
  {
    name: "a running WO's worktree registered inside it",
    make: (repo) => {
      repo.addWorktree('WO-0201', { path: '.worktrees/WO-0200/.worktrees/WO-0201' });
      repo.write('.worktrees/WO-0200/.worktrees/WO-0201/work-in-progress.ts', 'export const wip = true;\n');
      return '.worktrees/WO-0200/.worktrees/WO-0201/work-in-progress.ts';
    },
    mark: '.worktrees/WO-0201',
  },
  {
    name: 'a nested repository (a .git folder) deep below it, ignored',
    make: (repo) => {
      const nested = repo.path('.worktrees/WO-0200/vendor/lib/inner');
      fs.mkdirSync(nested, { recursive: true });
      runGit(nested, ['init', '-q', '-b', 'main']);
      fs.writeFileSync(path.join(nested, 'only-here.txt'), 'history that exists nowhere else\n');
      runGit(nested, ['add', '-A']);
      runGit(nested, ['commit', '-q', '-m', 'nested work']);
      return '.worktrees/WO-0200/vendor/lib/inner/.git/HEAD';
    },
    mark: 'vendor/lib/inner/.git',
  },
  {
    name: 'a .git file (a checkout of another repository) below it, untracked',
    make: (repo) => {
      repo.write('.worktrees/WO-0200/tools/other/.git', 'gitdir: /somewhere/else/.git/worktrees/other\n');
      repo.write('.worktrees/WO-0200/tools/other/file.txt', 'x\n');
      return '.worktrees/WO-0200/tools/other/.git';
    },
    mark: 'tools/other/.git',
  },
];

describe.each(CASES)('$name', ({ make, mark }) => {
  test.each([
    ['--apply', { mode: 'apply' as const }],
    ['--apply --force-dirty', { mode: 'apply' as const, forceDirty: true }],
  ])('%s never removes the folder and says why', async (_flags, options) => {
    const repo = base();
    try {
      const survivor = make(repo);
      const bytes = fs.readFileSync(repo.path(survivor));
      // Even with a decision naming its patch, a folder that holds another repository stays.
      if ('forceDirty' in options) decideDirty(repo.root, await gc(repo));
      const report = await gc(repo, options);
      const op = report.operations.find((o) => o.wo_id === 'WO-0200')!;
      expect(['skip', 'export_patch']).toContain(op.action);
      expect(op.needs_attention).toBe(true);
      expect(op.reason).toContain(mark);
      expect(report.exit_code).toBe(1);
      expect(fs.existsSync(repo.path('.worktrees/WO-0200'))).toBe(true);
      expect(fs.readFileSync(repo.path(survivor)).equals(bytes)).toBe(true);
      expect(repo.git('worktree', 'list', '--porcelain')).toContain(repo.path('.worktrees/WO-0200'));
    } finally {
      repo.cleanup();
    }
  });
});

test('a dry run reports the same refusal', async () => {
  const repo = base();
  try {
    CASES[0]!.make(repo);
    const op = (await gc(repo)).operations.find((o) => o.wo_id === 'WO-0200')!;
    expect(op.action).toBe('skip');
    expect(op.reason).toContain('.worktrees/WO-0201');
  } finally {
    repo.cleanup();
  }
});
