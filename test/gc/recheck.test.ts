import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { loadConfig } from '../../src/core/config.js';
import { loadRepoState, type RepoState } from '../../src/core/state.js';
import { planTargets, refind, type Target } from '../../src/gc/plan.js';
import { RepoStateTracker } from '../../src/gc/recheck.js';
import { runCliBundle } from '../helpers/bundles.js';
import { buildRealRepo, type RealRepo } from '../helpers/real-repo.js';
import { makeTempDir } from '../helpers/repo.js';

/**
 * gc's re-check of one target (src/gc/recheck.ts) reads only that target's WO files, its lock, the state
 * folders that changed and the worktrees, yet must judge the target exactly as a full re-read of the
 * repository would; and a WO taken while gc --apply runs (driven through gc's step hooks) is skipped.
 *
 * The repository is the real-shape one, with the zombie worktrees of done WO-0001, done WO-0012 (an older
 * `job/` branch) and failed WO-0040 beside it (`../.worktrees/<WO>`).
 */

const STATES = ['pending', 'running', 'done', 'failed'] as const;
const HOUR_AGO = new Date(Date.now() - 3_600_000);

let real: RealRepo;
beforeEach(() => {
  real = buildRealRepo({ plant: ['zombieWorktrees'] });
  // State folders last changed an hour ago: a change during the run is seen through their marks,
  // not because they were modified too recently to be trusted.
  for (const state of STATES) fs.utimesSync(real.repo.path(`_ctx/jobs/${state}`), HOUR_AGO, HOUR_AGO);
});
afterEach(() => real.cleanup());

/** What a target is in a state: its kind and the state folders of its WO, or gone. */
function judged(target: Target, state: RepoState): string {
  const found = refind(target, state, new Date());
  return found ? `${found.kind} ${found.states.join('+')}` : 'gone';
}

describe('the re-check of one target judges it as a full re-read would', () => {
  const changes: [string, (r: RealRepo) => void][] = [
    ['nothing changed', () => undefined],
    ['its file moved into running/', (r) => fs.renameSync(r.repo.path('_ctx/jobs/done/WO-0012.yaml'), r.repo.path('_ctx/jobs/running/WO-0012.yaml'))],
    ['its file copied into pending/', (r) => fs.copyFileSync(r.repo.path('_ctx/jobs/done/WO-0012.yaml'), r.repo.path('_ctx/jobs/pending/WO-0012.yaml'))],
    [
      'a file under another name declares its id in running/',
      (r) => r.repo.write('_ctx/jobs/running/retry-of-WO-0012.yaml', r.repo.read('_ctx/jobs/done/WO-0012.yaml')),
    ],
    [
      'a file named after it declares another id (a mistyped copy) in running/',
      (r) => r.repo.write('_ctx/jobs/running/WO-0012.yaml', r.repo.read('_ctx/jobs/done/WO-0012.yaml').replace('id: WO-0012\n', 'id: WO-00012\n')),
    ],
    ['its own file now declares another id (it becomes a ghost)', (r) => r.repo.write('_ctx/jobs/done/WO-0012.yaml', r.repo.read('_ctx/jobs/done/WO-0012.yaml').replace('id: WO-0012\n', 'id: WO-0013\n'))],
    ['its file deleted', (r) => fs.rmSync(r.repo.path('_ctx/jobs/done/WO-0012.yaml'))],
    [
      'another WO file renamed over a new name that declares its id',
      (r) => {
        r.repo.write('_ctx/jobs/failed/.incoming.tmp', r.repo.read('_ctx/jobs/done/WO-0012.yaml'));
        fs.renameSync(r.repo.path('_ctx/jobs/failed/.incoming.tmp'), r.repo.path('_ctx/jobs/failed/WO-0012-rerun.yaml'));
      },
    ],
    ['its worktree removed by someone else', (r) => void r.repo.git('worktree', 'remove', '../.worktrees/WO-0012')],
  ];

  test.each(changes)('%s', async (_name, change) => {
    const config = loadConfig(real.root, undefined);
    const { state, tracker } = await RepoStateTracker.load(real.root, config);
    const target = planTargets(state, new Date()).find((t) => t.woId === 'WO-0012')!;
    expect(judged(target, state)).toBe('zombie done');
    change(real);
    const full = await loadRepoState(real.root, config);
    const narrow = await tracker.stateOf('WO-0012');
    expect(judged(target, narrow)).toBe(judged(target, full));
    expect(narrow.wos.map((w) => `${w.path} ${w.id}`).sort()).toEqual(full.wos.filter((w) => w.id === 'WO-0012').map((w) => `${w.path} ${w.id}`).sort());
  });

  test('a folder read again reads only the files that changed, yet sees a file renamed over another one', async () => {
    real.repo.write('_ctx/jobs/failed/WO-0050.yaml', real.repo.read('_ctx/jobs/failed/WO-0040.yaml').replace('id: WO-0040\n', 'id: WO-0050\n'));
    // Files older than the clock's racy window, so that unchanged ones are recognised as such.
    await sleep(2_100);
    const config = loadConfig(real.root, undefined);
    const { state, tracker } = await RepoStateTracker.load(real.root, config);
    const target = planTargets(state, new Date()).find((t) => t.woId === 'WO-0012')!;
    // A first change in failed/: the folder is listed and read, and what was read is remembered.
    real.repo.write('_ctx/jobs/failed/unrelated.yaml', 'id: WO-9999\nstatus: failed\n');
    expect(judged(target, await tracker.stateOf('WO-0012'))).toBe('zombie done');
    // Then another WO's file replaced by a rename (a new file under its name) that declares WO-0012.
    const victim = '_ctx/jobs/failed/WO-0050.yaml';
    expect(state.wos.find((w) => w.path === victim)?.id).toBe('WO-0050');
    real.repo.write('_ctx/jobs/failed/.incoming.tmp', real.repo.read('_ctx/jobs/done/WO-0012.yaml'));
    fs.renameSync(real.repo.path('_ctx/jobs/failed/.incoming.tmp'), real.repo.path(victim));
    // Past the racy window again: the new file is told from the old one by its inode, not its fresh times.
    await sleep(2_100);
    const narrow = await tracker.stateOf('WO-0012');
    const full = await loadRepoState(real.root, config);
    expect(judged(target, narrow)).toBe(judged(target, full));
    expect(narrow.wos.map((w) => w.path).sort()).toEqual(full.wos.filter((w) => w.id === 'WO-0012').map((w) => w.path).sort());
    expect(narrow.wos.map((w) => w.path)).toContain(victim);
  }, 20_000);

  test('a folder whose time is set back after a change is still read again (its change time moved)', async () => {
    const config = loadConfig(real.root, undefined);
    const { state, tracker } = await RepoStateTracker.load(real.root, config);
    const target = planTargets(state, new Date()).find((t) => t.woId === 'WO-0040')!;
    real.repo.write('_ctx/jobs/pending/requeued.yaml', real.repo.read('_ctx/jobs/failed/WO-0040.yaml'));
    fs.utimesSync(real.repo.path('_ctx/jobs/pending'), HOUR_AGO, HOUR_AGO);
    expect(judged(target, await tracker.stateOf('WO-0040'))).toBe('gone');
  });

  test('a lock that appears after planning is reported for the WO; the locks that were there are not', async () => {
    real.repo.write('_ctx/jobs/running/WO-0001.lock', 'Locked by ctx_wo_take.py at 2026-02-18T15:09:14\nPID: 4242\nUser: dev\n');
    const config = loadConfig(real.root, undefined);
    const { tracker } = await RepoStateTracker.load(real.root, config);
    expect(tracker.lockTakenSincePlan('WO-0001', await tracker.stateOf('WO-0001'))).toBeUndefined();
    real.repo.write('_ctx/jobs/running/WO-0040.lock', 'Locked by ctx_wo_take.py at 2026-03-02T09:00:00\nPID: 5151\nUser: ci\n');
    expect(tracker.lockTakenSincePlan('WO-0040', await tracker.stateOf('WO-0040'))?.path).toBe('_ctx/jobs/running/WO-0040.lock');
    // Taken again (new content): a new holder.
    real.repo.write('_ctx/jobs/running/WO-0001.lock', 'Locked by ctx_wo_take.py at 2026-03-02T09:05:00\nPID: 5152\nUser: ci\n');
    expect(tracker.lockTakenSincePlan('WO-0001', await tracker.stateOf('WO-0001'))?.pid).toBe(5152);
  });
});

describe('a WO taken while gc --apply runs is skipped, its worktree untouched', () => {
  const worktree = (id: string): string => path.join(real.besideWorktrees, id);

  /** Runs gc --apply, pausing at STEP (its first occurrence) to make `change`, and returns the report. */
  async function applyWithChangeAt(step: string, change: () => void): Promise<{ code: number | null; operations: { wo_id: string; outcome: string; reason: string }[] }> {
    const scratch = makeTempDir('wo-toolkit-recheck-');
    try {
      const pause = path.join(scratch, 'go');
      const run = runCliBundle(['gc', '--apply', '--root', '.', '--json', '-', '--quiet'], {
        cwd: real.root,
        env: { WO_TOOLKIT_GC_PAUSE_AFTER: step, WO_TOOLKIT_GC_PAUSE_FILE: pause },
      });
      while (!fs.existsSync(`${pause}.paused`)) await sleep(20);
      change();
      fs.writeFileSync(pause, '');
      const result = await run;
      expect(result.stderr).toBe('');
      return { code: result.code, ...(JSON.parse(result.stdout) as { operations: { wo_id: string; outcome: string; reason: string }[] }) };
    } finally {
      fs.rmSync(scratch, { recursive: true, force: true });
    }
  }

  const outcomes = (report: { operations: { wo_id: string; outcome: string }[] }): string[] => report.operations.map((o) => `${o.wo_id} ${o.outcome}`);

  test('nothing taken: every zombie is removed (the run the others differ from)', async () => {
    const report = await applyWithChangeAt('removed', () => undefined);
    expect(outcomes(report)).toEqual(['WO-0001 done', 'WO-0012 done', 'WO-0040 done']);
    for (const id of ['WO-0001', 'WO-0012', 'WO-0040']) expect(fs.existsSync(worktree(id))).toBe(false);
  });

  test('moved into running/ after the first removal: skipped at its re-check', async () => {
    const readme = fs.readFileSync(path.join(worktree('WO-0012'), 'README.md'));
    const report = await applyWithChangeAt('removed', () =>
      fs.renameSync(real.repo.path('_ctx/jobs/done/WO-0012.yaml'), real.repo.path('_ctx/jobs/running/WO-0012.yaml')),
    );
    expect(outcomes(report)).toEqual(['WO-0001 done', 'WO-0012 skipped', 'WO-0040 done']);
    expect(report.operations[1]!.reason).toContain('WO-0012 is now running: skipped');
    expect(fs.readFileSync(path.join(worktree('WO-0012'), 'README.md'))).toEqual(readme);
    expect(real.repo.git('worktree', 'list', '--porcelain')).toContain(`worktree ${worktree('WO-0012')}\n`);
  });

  test('a copy under another file name that declares its id, added to running/: skipped', async () => {
    const report = await applyWithChangeAt('removed', () =>
      real.repo.write('_ctx/jobs/running/WO-0040-retry.yaml', real.repo.read('_ctx/jobs/failed/WO-0040.yaml')),
    );
    expect(outcomes(report)).toEqual(['WO-0001 done', 'WO-0012 done', 'WO-0040 skipped']);
    expect(report.operations[2]!.reason).toContain('WO-0040 is now failed and running: skipped');
    expect(fs.existsSync(worktree('WO-0040'))).toBe(true);
  });

  test('a lock that appears for it: skipped', async () => {
    const report = await applyWithChangeAt('removed', () =>
      real.repo.write('_ctx/jobs/running/WO-0012.lock', `Locked by ctx_wo_take.py at ${new Date().toISOString().slice(0, 19)}\nPID: 5151\nUser: dev\n`),
    );
    expect(outcomes(report)).toEqual(['WO-0001 done', 'WO-0012 skipped', 'WO-0040 done']);
    expect(report.operations[1]!.reason).toContain('WO-0012 got a lock meanwhile (_ctx/jobs/running/WO-0012.lock)');
    expect(fs.existsSync(worktree('WO-0012'))).toBe(true);
  });

  test('moved into running/ after its own re-check, before its removal: skipped at the last look', async () => {
    const report = await applyWithChangeAt('checked', () =>
      fs.renameSync(real.repo.path('_ctx/jobs/done/WO-0001.yaml'), real.repo.path('_ctx/jobs/running/WO-0001.yaml')),
    );
    expect(outcomes(report)).toEqual(['WO-0001 skipped', 'WO-0012 done', 'WO-0040 done']);
    expect(report.operations[0]!.reason).toContain('changed while gc worked: WO-0001 is now running: skipped');
    expect(fs.existsSync(worktree('WO-0001'))).toBe(true);
  });
});
