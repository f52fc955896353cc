import fs from 'node:fs';
import { readGcSettings, runGc } from '../../src/commands/gc.js';
import { settingsFrom } from '../helpers/cli.js';
import { TestRepo } from '../helpers/repo.js';
import { NOW, TODAY } from './fixture.js';
import { decideDirty } from '../helpers/decisions.js';

/**
 * A `dirty_exclusions` entry is a literal path prefix: `*`, `?` or `[…]` in it mean themselves. Whatever
 * gc lists as a change is in the patch and in the proof; nothing a glob would have matched is left out.
 */

test('glob characters in exclusion paths are taken literally: a change they would match as a glob is dirty, in the patch, restored', async () => {
  const repo = TestRepo.create();
  try {
    repo.write('.gitignore', '.worktrees/\n');
    repo.write('.wo-toolkit.yaml', 'dirty_exclusions:\n  - "_ctx/te*"\n  - "notes/[draft]"\n  - "logs?"\n');
    repo.write('_ctx/tests/tracked.txt', 'tracked\n');
    repo.writeWo('done', 'WO-0400');
    repo.commit('base');
    const wt = repo.addWorktree('WO-0400');
    const head = repo.git('-C', wt, 'rev-parse', 'HEAD').trim();
    // What a glob would exclude, but a path does not: work.
    repo.write('.worktrees/WO-0400/_ctx/telemetry/events.jsonl', '{"e":1}\n');
    repo.write('.worktrees/WO-0400/_ctx/tests/tracked.txt', 'changed\n');
    repo.write('.worktrees/WO-0400/notes/d/idea.md', '# an idea\n');
    repo.write('.worktrees/WO-0400/logs1/run.txt', 'run\n');
    // Inside the literal folders: excluded.
    repo.write('.worktrees/WO-0400/notes/[draft]/scratch.md', 'scratch\n');
    repo.write('.worktrees/WO-0400/_ctx/te*/x.txt', 'x\n');
    const work = ['_ctx/telemetry/events.jsonl', '_ctx/tests/tracked.txt', 'logs1/run.txt', 'notes/d/idea.md'];
    const before = new Map(work.map((p) => [p, fs.readFileSync(repo.path(`.worktrees/WO-0400/${p}`), 'utf8')]));

    const dry = (await runGc(settingsFrom(readGcSettings, { root: repo.root, today: TODAY }, { now: NOW }))).operations[0]!;
    expect(dry.changes!.map((c) => c.slice(3)).sort()).toEqual(work);
    expect(dry.excluded_changes!.map((c) => c.slice(3)).sort()).toEqual(['_ctx/te*/x.txt', 'notes/[draft]/scratch.md']);
    expect(dry.files!.map((f) => f.path).sort()).toEqual(work);

    decideDirty(repo.root, { operations: [dry] });
    const op = (await runGc(settingsFrom(readGcSettings, { root: repo.root, today: TODAY }, { now: NOW, mode: 'apply', forceDirty: true }))).operations[0]!;
    expect(op.outcome).toBe('done');
    expect(fs.existsSync(wt)).toBe(false);
    // Restored by hand: a clean checkout of HEAD plus `git apply` of the patch gives every file of the work.
    repo.git('worktree', 'add', '-q', '--detach', '.worktrees/restore', head);
    repo.git('-C', repo.path('.worktrees/restore'), 'apply', '--binary', repo.path(op.patch_link!));
    for (const p of work) expect(`${p}: ${fs.readFileSync(repo.path(`.worktrees/restore/${p}`), 'utf8')}`).toBe(`${p}: ${before.get(p)}`);
  } finally {
    repo.cleanup();
  }
});
