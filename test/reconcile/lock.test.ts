import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { runCliBundle } from '../helpers/bundles.js';
import { makeTempDir } from '../helpers/repo.js';
import { createDriftFixture } from './fixture.js';

/**
 * Two `reconcile --apply` runs never interleave: the second waits for the first (and, told not to wait,
 * stops with exit 2 naming the holder); once the first is done, the second plans from its result.
 */

const APPLY = ['reconcile', '--apply', '--root', '.'];

async function waitFor(file: string): Promise<void> {
  for (let i = 0; i < 1200 && !fs.existsSync(file); i++) await sleep(50);
  if (!fs.existsSync(file)) throw new Error(`${file} never appeared`);
}

test('a second run stops (exit 2) or waits while the first holds the repository, then sees its result', async () => {
  const fixture = createDriftFixture();
  const control = makeTempDir('wo-toolkit-reconcile-pause-');
  try {
    const pause = path.join(control, 'go');
    const first = runCliBundle(APPLY, { cwd: fixture.repo.root, env: { WO_TOOLKIT_RECONCILE_PAUSE_AFTER: 'planned', WO_TOOLKIT_RECONCILE_PAUSE_FILE: pause } });
    await waitFor(`${pause}.paused`);

    const impatient = await runCliBundle(APPLY, { cwd: fixture.repo.root, env: { WO_TOOLKIT_RECONCILE_LOCK_WAIT_MS: '0' } });
    expect(impatient.code).toBe(2);
    expect(impatient.stderr).toMatch(/^wo-toolkit reconcile: another reconcile run holds .*wo-toolkit-reconcile\.lock \(pid \d+ on .+\); wait for it to finish/);
    // It wrote nothing: the first run's plan is still to be carried out.
    expect(fs.existsSync(fixture.repo.path('_ctx/jobs/pending/WO-0014.yaml'))).toBe(true);

    const patient = runCliBundle([...APPLY, '--json', '-'], { cwd: fixture.repo.root });
    await sleep(300);
    fs.writeFileSync(pause, '');
    const done = await first;
    expect(done.code).toBe(1);
    const second = await patient;
    expect(second.code).toBe(1);
    // The second run planned after the first had finished: only what needs --force or a person is left.
    const report = JSON.parse(second.stdout) as { repairs: { code: string; wo_id: string; applied: boolean }[] };
    expect(report.repairs.map((r) => `${r.code} ${r.wo_id}`)).toEqual(['split_brain WO-0048', 'split_brain WO-0055', 'lock_without_running WO-0048']);
    expect(fs.existsSync(path.join(fixture.repo.root, '.git', 'wo-toolkit-reconcile.lock'))).toBe(false);
  } finally {
    fs.rmSync(control, { recursive: true, force: true });
    fixture.cleanup();
  }
});

test('a plan takes no lock: it runs while an apply holds the repository, and writes nothing', async () => {
  const fixture = createDriftFixture();
  const control = makeTempDir('wo-toolkit-reconcile-pause-');
  try {
    const pause = path.join(control, 'go');
    const first = runCliBundle(APPLY, { cwd: fixture.repo.root, env: { WO_TOOLKIT_RECONCILE_PAUSE_AFTER: 'locked', WO_TOOLKIT_RECONCILE_PAUSE_FILE: pause } });
    await waitFor(`${pause}.paused`);
    const plan = await runCliBundle(['reconcile', '--root', '.'], { cwd: fixture.repo.root, env: { WO_TOOLKIT_RECONCILE_LOCK_WAIT_MS: '0' } });
    expect(plan.code).toBe(1);
    expect(plan.stderr).toBe('');
    fs.writeFileSync(pause, '');
    expect((await first).code).toBe(1);
  } finally {
    fs.rmSync(control, { recursive: true, force: true });
    fixture.cleanup();
  }
});
