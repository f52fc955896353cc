import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { runCliBundle } from '../helpers/bundles.js';
import { makeTempDir, runGit, TestRepo } from '../helpers/repo.js';

/**
 * gc --apply handles its targets one after the other: a clean worktree's inspection (its content, its
 * ignored files, the commits only it holds) is the last look before git removes it, so it must never be
 * taken while another target's worktree is still being removed. Were it taken early, whatever happened in
 * the worktree while the other removal ran would go unseen: new edits under a `--force` removal, an
 * ignored file plain `git worktree remove` deletes without a word, a commit on a detached HEAD.
 *
 * Each case pauses gc right after the first removal (its step hook), changes the second worktree, and
 * lets gc go on: the change must be seen.
 */

interface Operation {
  wo_id: string;
  action: string;
  outcome: string;
  reason: string;
  dirty?: boolean;
  patch_path?: string;
}

let repo: TestRepo;
let scratch: string;
beforeEach(() => {
  repo = TestRepo.create();
  repo.write('.gitignore', '.worktrees/\n');
  repo.write('src/app.ts', 'export const app = 1;\n');
  repo.write('_ctx/logs/tracked.log', 'first line\n');
  repo.writeWo('done', 'WO-0001');
  repo.writeWo('done', 'WO-0002');
  repo.commit('base');
  repo.addWorktree('WO-0001');
  repo.addWorktree('WO-0002');
  scratch = makeTempDir('wo-toolkit-one-at-a-time-');
});
afterEach(() => {
  repo.cleanup();
  fs.rmSync(scratch, { recursive: true, force: true });
});

const second = (): string => repo.path('.worktrees/WO-0002');

/** gc with the given flags, paused after the first removal to make `change`; the report and the trace. */
async function applyChangingSecondAfterFirstRemoval(flags: string[], change: () => void): Promise<{ code: number | null; operations: Operation[]; trace: string[] }> {
  const pause = path.join(scratch, 'go');
  const trace = path.join(scratch, 'trace');
  const run = runCliBundle(['gc', '--apply', ...flags, '--root', '.', '--json', '-', '--quiet'], {
    cwd: repo.root,
    env: { WO_TOOLKIT_GC_PAUSE_AFTER: 'removed', WO_TOOLKIT_GC_PAUSE_FILE: pause, WO_TOOLKIT_GC_TRACE: trace },
  });
  while (!fs.existsSync(`${pause}.paused`)) await sleep(20);
  // Give anything gc might still be doing in the background the time to finish before the change.
  await sleep(300);
  change();
  fs.writeFileSync(pause, '');
  const result = await run;
  if (process.env.DEBUG_GC) console.log(result.stdout, fs.readFileSync(trace, 'utf8'));
  expect(result.stderr).toBe('');
  const steps = fs.readFileSync(trace, 'utf8').trim().split('\n').map((line) => line.split(' ').slice(1).join(' '));
  return { code: result.code, operations: (JSON.parse(result.stdout) as { operations: Operation[] }).operations, trace: steps };
}

const op = (operations: Operation[], id: string): Operation => operations.find((o) => o.wo_id === id)!;

test('the second target is re-checked only after the first removal has finished', async () => {
  const { operations, trace } = await applyChangingSecondAfterFirstRemoval([], () => undefined);
  expect(trace.indexOf('checked WO-0002')).toBeGreaterThan(trace.indexOf('removed WO-0001'));
  expect(op(operations, 'WO-0001').outcome).toBe('done');
  expect(op(operations, 'WO-0002').outcome).toBe('done');
});

test('an ignored file written meanwhile keeps the worktree (plain git worktree remove would delete it)', async () => {
  fs.appendFileSync(path.join(repo.root, '.git/info/exclude'), '*.notes\n');
  const notes = 'design decisions nobody committed\n';
  const { code, operations } = await applyChangingSecondAfterFirstRemoval([], () => fs.writeFileSync(path.join(second(), 'src/design.notes'), notes));
  expect(op(operations, 'WO-0002').action).toBe('export_patch');
  expect(op(operations, 'WO-0002').dirty).toBe(true);
  expect(code).toBe(1);
  expect(fs.readFileSync(path.join(second(), 'src/design.notes'), 'utf8')).toBe(notes);
});

test('edits made meanwhile beside changes inside exclusion paths are not removed with --force', async () => {
  // Only an exclusion path changed: gc would remove it with --force, which git does without a check.
  fs.appendFileSync(path.join(second(), '_ctx/logs/tracked.log'), 'second line\n');
  const edit = 'export const app = 2; // not committed\n';
  const { operations } = await applyChangingSecondAfterFirstRemoval(['--force-dirty'], () => {
    fs.writeFileSync(path.join(second(), 'src/app.ts'), edit);
    fs.writeFileSync(path.join(second(), 'src/wip.ts'), 'export const wip = true;\n');
  });
  const wo2 = op(operations, 'WO-0002');
  expect(wo2.dirty).toBe(true);
  // Its evidence is written; without a decision naming that patch it is not removed.
  expect(wo2.action).toBe('export_patch');
  expect(wo2.patch_path).toMatch(/^_ctx\/handoff\/WO-0002\/dirty\.[0-9a-f]{64}\.patch$/);
  expect(fs.readFileSync(path.join(second(), 'src/app.ts'), 'utf8')).toBe(edit);
  expect(fs.existsSync(path.join(second(), 'src/wip.ts'))).toBe(true);
});

test('a commit made meanwhile on a detached HEAD stays reachable', async () => {
  runGit(second(), ['switch', '-q', '--detach']);
  let commit = '';
  const { operations } = await applyChangingSecondAfterFirstRemoval([], () => {
    fs.writeFileSync(path.join(second(), 'late.txt'), 'committed while gc ran\n');
    runGit(second(), ['add', 'late.txt']);
    runGit(second(), ['commit', '-q', '-m', 'late work on a detached HEAD']);
    commit = runGit(second(), ['rev-parse', 'HEAD']).trim();
  });
  // Either the worktree stays on that commit, or a ref (a branch, or gc's own kept refs) holds it.
  const wo2 = op(operations, 'WO-0002');
  if (fs.existsSync(second())) {
    expect(wo2.action === 'remove_worktree' && wo2.outcome === 'done').toBe(false);
    expect(runGit(second(), ['rev-parse', 'HEAD']).trim()).toBe(commit);
  } else {
    expect(runGit(repo.root, ['for-each-ref', '--contains', commit, '--format=%(refname)']).trim()).not.toBe('');
  }
});
