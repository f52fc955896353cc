import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { runCliBundle } from '../helpers/bundles.js';
import { makeTempDir, TestRepo } from '../helpers/repo.js';

/**
 * Taking over a dead run's lock is atomic: runs that all saw the same stale lock at the same moment
 * (held there by the pause hook, then let go together) never both hold the lock.
 */

const RUNS = 4;

function deadPid(): number {
  return Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);
}

test(`${RUNS} runs that saw one stale lock together: exactly one holds it at a time, and none is left behind`, async () => {
  const repo = TestRepo.create();
  const scratch = makeTempDir('wo-toolkit-takeover-');
  try {
    repo.writeWo('done', 'WO-0001');
    repo.commit('a done WO');
    repo.addWorktree('WO-0001');
    const lock = repo.path('.git/wo-toolkit-gc.lock');
    fs.writeFileSync(lock, `${JSON.stringify({ pid: deadPid(), hostname: os.hostname(), started_at: '2026-01-01T00:00:00.000Z' })}\n`);
    const trace = path.join(scratch, 'trace');
    const go = path.join(scratch, 'go');
    const env = { WO_TOOLKIT_GC_TRACE: trace, WO_TOOLKIT_GC_PAUSE_AFTER: 'lock-stale', WO_TOOLKIT_GC_PAUSE_FILE: go };
    const runs = Array.from({ length: RUNS }, () => runCliBundle(['gc', '--apply', '--root', '.'], { cwd: repo.root, env }));
    // Wait until every run has seen the stale lock and stopped right before taking it over.
    const staleSeen = (): number => (fs.existsSync(trace) ? fs.readFileSync(trace, 'utf8').split('\n').filter((l) => l.split(' ')[1] === 'lock-stale').length : 0);
    for (let waited = 0; staleSeen() < RUNS && waited < 600; waited++) await sleep(50);
    expect(staleSeen()).toBe(RUNS);
    fs.writeFileSync(go, '');
    const results = await Promise.all(runs);
    expect(results.map((r) => r.code)).toEqual(Array(RUNS).fill(0));

    // Between one run's `locked` and its `released`, no other run is `locked`.
    const events = fs
      .readFileSync(trace, 'utf8')
      .trim()
      .split('\n')
      .map((l) => l.split(' '))
      .filter(([, step]) => step === 'locked' || step === 'released');
    let holder: string | undefined;
    for (const [pid, step] of events) {
      if (step === 'locked') {
        expect(holder).toBeUndefined();
        holder = pid;
      } else {
        expect(holder).toBe(pid);
        holder = undefined;
      }
    }
    expect(events.filter(([, step]) => step === 'locked')).toHaveLength(RUNS);
    // The worktree was removed once; no lock and no takeover file is left in the git folder.
    expect(fs.existsSync(repo.path('.worktrees/WO-0001'))).toBe(false);
    expect(fs.readdirSync(repo.path('.git')).filter((n) => n.startsWith('wo-toolkit-gc'))).toEqual([]);
  } finally {
    repo.cleanup();
    fs.rmSync(scratch, { recursive: true, force: true });
  }
});

test('a takeover whose claimer died half-way is finished by the next run, which leaves no claim behind', async () => {
  const repo = TestRepo.create();
  try {
    const lock = repo.path('.git/wo-toolkit-gc.lock');
    const dead = `${JSON.stringify({ pid: deadPid(), hostname: os.hostname(), started_at: '2026-01-01T00:00:00.000Z' })}\n`;
    fs.writeFileSync(lock, dead);
    const digest = crypto.createHash('sha256').update(dead).digest('hex');
    const claimer = `${JSON.stringify({ pid: deadPid(), hostname: os.hostname(), started_at: '2026-01-01T00:00:01.000Z' })}\n`;
    fs.writeFileSync(`${lock}.claim-${digest}-0`, claimer);
    const run = await runCliBundle(['gc', '--apply', '--root', '.'], { cwd: repo.root, env: { WO_TOOLKIT_GC_LOCK_WAIT_MS: '0' } });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(fs.readdirSync(repo.path('.git')).filter((n) => n.startsWith('wo-toolkit-gc'))).toEqual([]);
  } finally {
    repo.cleanup();
  }
});
