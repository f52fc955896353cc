import fs from 'node:fs';
import path from 'node:path';
import type { ReconcileStep } from '../../src/reconcile/apply.js';
import { runCliBundle } from '../helpers/bundles.js';
import { createDriftFixture, ctxFiles, type DriftFixture } from './fixture.js';
import { changedLines, sha256 } from './helpers.js';

/**
 * `reconcile --apply --force` killed (SIGKILL, injected right after a step through
 * WO_TOOLKIT_RECONCILE_FAIL_AFTER), then run again: the state folders end exactly as after one
 * uninterrupted run, every evidence file of that run is there (a killed move may add one more copy,
 * which is never a loss), no temporary file and no run lock is left, and nothing is ever lost: every
 * WO file of the fixture is, at every point, either where it was or saved byte for byte.
 */

const ARGS = ['reconcile', '--apply', '--force', '--root', '.'];

interface EndState {
  jobs: Record<string, string>;
  evidence: Record<string, string>;
  leftovers: string[];
  runLock: boolean;
}

function endState(fixture: DriftFixture): EndState {
  const jobs: Record<string, string> = {};
  const evidence: Record<string, string> = {};
  for (const [p, bytes] of ctxFiles(fixture.repo)) {
    // A lock reconcile writes carries its time and pid.
    const text = bytes.toString('utf8').replace(/^Locked by wo-toolkit reconcile at .*$/m, 'Locked by wo-toolkit reconcile at <time>').replace(/^PID: \d+$/m, 'PID: <pid>');
    if (p.includes('/reconcile/')) evidence[p] = text;
    else if (p.startsWith('_ctx/jobs/')) jobs[p] = text;
  }
  const leftovers: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.includes('.wo-toolkit-tmp-')) leftovers.push(path.join(dir, entry.name));
      else if (entry.isDirectory()) walk(path.join(dir, entry.name));
    }
  };
  walk(fixture.repo.path('_ctx'));
  return { jobs, evidence, leftovers, runLock: fs.existsSync(fixture.repo.path('.git/wo-toolkit-reconcile.lock')) };
}

/** Every WO file of the fixture is where it was, moved (same bytes but status), or saved in the evidence folder. */
function expectNothingLost(fixture: DriftFixture): void {
  const now = ctxFiles(fixture.repo);
  const saved = new Set([...now.values()].map((bytes) => sha256(bytes)));
  for (const [p, bytes] of fixture.before) {
    if (!/^_ctx\/jobs\/[^/]+\/[^/]+\.yaml$/.test(p) || now.get(p)?.equals(bytes)) continue;
    const still = now.get(p);
    if (still) {
      // Edited in place: only empty metadata values were filled.
      for (const line of changedLines(bytes.toString('utf8'), still.toString('utf8'))) expect(line).toMatch(/^line \d+: (owner|branch|worktree|started_at): (null|'')? → /);
      continue;
    }
    const moved = `_ctx/jobs/failed/${path.basename(p)}`;
    const survives = saved.has(sha256(bytes)) || now.get(moved)?.toString('utf8').replace('status: failed', 'status: running') === bytes.toString('utf8');
    expect({ path: p, survives }).toEqual({ path: p, survives: true });
  }
}

let reference: EndState;

beforeAll(async () => {
  const fixture = createDriftFixture();
  try {
    const run = await runCliBundle(ARGS, { cwd: fixture.repo.root });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1); // WO-0055 waits for a person
    reference = endState(fixture);
    expectNothingLost(fixture);
  } finally {
    fixture.cleanup();
  }
});

test('the uninterrupted run repaired what it may and left no trace of itself', () => {
  expect(Object.keys(reference.evidence).length).toBeGreaterThanOrEqual(4);
  expect(reference.leftovers).toEqual([]);
  expect(reference.runLock).toBe(false);
});

const CRASH_POINTS = [
  'locked',
  'planned',
  'temp-written',
  'evidence-written',
  'evidence-written:3',
  'file-removed',
  'file-removed:4',
  'file-created',
  'file-removed:6',
  'lock-removed',
  'lock-removed:3',
  'file-created:3',
  'file-replaced',
] satisfies (ReconcileStep | `${ReconcileStep}:${number}`)[];

test.concurrent.each(CRASH_POINTS)('killed after %s, then run again: the same end state, nothing lost', async (point) => {
  const fixture = createDriftFixture();
  try {
    const killed = await runCliBundle(ARGS, { cwd: fixture.repo.root, env: { WO_TOOLKIT_RECONCILE_FAIL_AFTER: point } });
    expect(killed.signal).toBe('SIGKILL');
    expectNothingLost(fixture);
    // No half file under a final name: every evidence file holds what its name promises.
    for (const [p, bytes] of ctxFiles(fixture.repo)) {
      const match = /\/reconcile\/\w+\.([0-9a-f]{64})\.yaml$/.exec(p);
      if (match) expect(sha256(bytes)).toBe(match[1]);
    }

    const rerun = await runCliBundle(ARGS, { cwd: fixture.repo.root });
    expect(rerun.stderr).toBe('');
    expect(rerun.code).toBe(1);
    const end = endState(fixture);
    expect(end.jobs).toEqual(reference.jobs);
    expect(end.evidence).toMatchObject(reference.evidence);
    for (const [p, text] of Object.entries(end.evidence)) expect(sha256(text)).toBe(/\.([0-9a-f]{64})\.yaml$/.exec(p)![1]);
    expect(end.leftovers).toEqual([]);
    expect(end.runLock).toBe(false);
    expectNothingLost(fixture);
  } finally {
    fixture.cleanup();
  }
});
