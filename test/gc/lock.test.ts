import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { runCliBundle } from '../helpers/bundles.js';
import { makeTempDir } from '../helpers/repo.js';
import { createScenario, type Scenario } from './fixture.js';
import { decideDirtyWithCli } from '../helpers/decisions.js';

/** gc's own lock: two runs on one repository never interleave; a dead run's lock does not block. */

let scenario: Scenario;
let scratch: string;

beforeEach(async () => {
  scenario = createScenario(new Date());
  // A person decided WO-0002's patch: the runs below may remove its worktree (--force-dirty).
  await decideDirtyWithCli(scenario.repo.root);
  scratch = makeTempDir('wo-toolkit-lock-');
});
afterEach(() => {
  scenario.cleanup();
  fs.rmSync(scratch, { recursive: true, force: true });
});

const APPLY = ['gc', '--apply', '--force-dirty', '--root', '.'];
const lockFile = (): string => scenario.repo.path('.git/wo-toolkit-gc.lock');

async function waitFor(file: string): Promise<void> {
  while (!fs.existsSync(file)) await sleep(20);
}

/** Trace lines `<pid> <step> <detail>` grouped into runs of consecutive lines of one process. */
function blocks(trace: string): { pid: string; steps: string[] }[] {
  const result: { pid: string; steps: string[] }[] = [];
  for (const line of trace.trim().split('\n')) {
    const [pid, step] = line.split(' ');
    const last = result[result.length - 1];
    if (last && last.pid === pid) last.steps.push(step!);
    else result.push({ pid: pid!, steps: [step!] });
  }
  return result;
}

test('while one run holds the lock, another one does not start: it waits, or (with no wait) exits 2 naming the lock', async () => {
  const pause = path.join(scratch, 'go');
  const trace = path.join(scratch, 'trace');
  const first = runCliBundle(APPLY, {
    cwd: scenario.repo.root,
    env: { WO_TOOLKIT_GC_PAUSE_AFTER: 'planned', WO_TOOLKIT_GC_PAUSE_FILE: pause, WO_TOOLKIT_GC_TRACE: trace },
  });
  await waitFor(`${pause}.paused`);
  const holder = JSON.parse(fs.readFileSync(lockFile(), 'utf8')) as { pid: number; hostname: string };
  expect(holder.hostname).toBe(os.hostname());

  const snapshot = scenario.repo.snapshot();
  const second = await runCliBundle(APPLY, { cwd: scenario.repo.root, env: { WO_TOOLKIT_GC_LOCK_WAIT_MS: '0', WO_TOOLKIT_GC_TRACE: trace } });
  expect(second.code).toBe(2);
  expect(second.stderr.trim().split('\n')).toHaveLength(1);
  expect(second.stderr).toContain(`another gc run holds ${lockFile()} (pid ${holder.pid}`);
  expect(scenario.repo.snapshot()).toEqual(snapshot);

  // A third one that may wait starts only once the first is done.
  const third = runCliBundle(APPLY, { cwd: scenario.repo.root, env: { WO_TOOLKIT_GC_TRACE: trace } });
  fs.writeFileSync(pause, '');
  const [firstDone, thirdDone] = await Promise.all([first, third]);
  expect(firstDone.code).toBe(0);
  expect(thirdDone.code).toBe(0);
  const runs = blocks(fs.readFileSync(trace, 'utf8'));
  expect(runs.map((b) => b.pid)).toEqual([String(holder.pid), expect.any(String)]);
  expect(runs[0]!.steps[0]).toBe('locked');
  expect(runs[0]!.steps.at(-1)).toBe('released');
  // What is left for it: the locked worktree and the young lock, both kept.
  expect(runs[1]!.steps).toEqual(['locked', 'planned', 'checked', 'checked', 'released']);
  expect(fs.existsSync(lockFile())).toBe(false);
});

test('two gc runs started together never interleave, and the work is done once', async () => {
  const trace = path.join(scratch, 'trace');
  const [a, b] = await Promise.all([
    runCliBundle(APPLY, { cwd: scenario.repo.root, env: { WO_TOOLKIT_GC_TRACE: trace } }),
    runCliBundle(APPLY, { cwd: scenario.repo.root, env: { WO_TOOLKIT_GC_TRACE: trace } }),
  ]);
  expect([a.code, b.code]).toEqual([0, 0]);
  const runs = blocks(fs.readFileSync(trace, 'utf8'));
  expect(runs).toHaveLength(2);
  for (const run of runs) {
    expect(run.steps[0]).toBe('locked');
    expect(run.steps.at(-1)).toBe('released');
  }
  // The first run removed everything; the second found only what stays (locked, young lock).
  expect(runs.map((r) => r.steps.filter((s) => s === 'removed').length)).toEqual([6, 0]);
  expect(fs.existsSync(scenario.repo.path('.worktrees/WO-0002'))).toBe(false);
});

test("a lock left by a run that died is taken over; a dry run never takes the lock", async () => {
  const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  const deadPid = Number(dead.stdout);
  fs.writeFileSync(lockFile(), `${JSON.stringify({ pid: deadPid, hostname: os.hostname(), started_at: '2026-01-01T00:00:00.000Z' })}\n`);

  const dry = await runCliBundle(['gc', '--root', '.'], { cwd: scenario.repo.root, env: { WO_TOOLKIT_GC_LOCK_WAIT_MS: '0' } });
  expect(dry.code).toBe(1);
  expect(fs.readFileSync(lockFile(), 'utf8')).toContain(String(deadPid));

  const apply = await runCliBundle(APPLY, { cwd: scenario.repo.root, env: { WO_TOOLKIT_GC_LOCK_WAIT_MS: '0' } });
  expect(apply.stderr).toBe('');
  expect(apply.code).toBe(0);
  expect(fs.existsSync(lockFile())).toBe(false);
});

test('a lock held by a live process on this host is respected', async () => {
  fs.writeFileSync(lockFile(), `${JSON.stringify({ pid: process.pid, hostname: os.hostname(), started_at: '2026-01-01T00:00:00.000Z' })}\n`);
  const run = await runCliBundle(APPLY, { cwd: scenario.repo.root, env: { WO_TOOLKIT_GC_LOCK_WAIT_MS: '200' } });
  expect(run.code).toBe(2);
  expect(run.stderr).toContain(`pid ${process.pid}`);
  expect(fs.existsSync(scenario.repo.path('.worktrees/WO-0001'))).toBe(true);
});
