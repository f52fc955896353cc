import fs from 'node:fs';
import { runReconcile, type ReconcileReport, type ReconcileSettings } from '../../src/commands/reconcile.js';
import { schemaErrors } from '../helpers/schemas.js';
import { createDriftFixture, ctxFiles, PLAIN_LOCK_0057, type DriftFixture } from './fixture.js';
import { changedLines, sha256, treeHash } from './helpers.js';

const NOW = new Date('2026-02-21T12:00:00Z');
const rootArg = (root: string) => ({ path: root, given: root, label: '--root' });
const P = '_ctx/jobs/pending';
const R = '_ctx/jobs/running';
const D = '_ctx/jobs/done';
const F = '_ctx/jobs/failed';

function fixtureTest(name: string, body: (fixture: DriftFixture, run: (s?: Partial<ReconcileSettings>) => Promise<ReconcileReport>) => Promise<void>): void {
  test.concurrent(name, async () => {
    const fixture = createDriftFixture();
    const run = async (s: Partial<ReconcileSettings> = {}): Promise<ReconcileReport> => {
      const report = await runReconcile({ root: rootArg(fixture.repo.root), apply: false, force: false, now: NOW, ...s });
      expect(schemaErrors('reconcile-report.schema.json', JSON.parse(JSON.stringify(report)))).toEqual([]);
      return report;
    };
    try {
      await body(fixture, run);
    } finally {
      fixture.cleanup();
    }
  });
}

/** code wo from→to [needs] for each repair, in report order. */
function outline(report: ReconcileReport): string[] {
  return report.repairs.map((r) => `${r.code} ${r.wo_id} ${r.from}→${r.to ?? '?'} ${r.action}${r.needs ? ` [${r.needs}]` : ''}${r.applied ? ' applied' : ''}`);
}

const FULL_PLAN = [
  'split_brain WO-0014 pending→done remove_copy',
  'split_brain WO-0015 pending→running remove_copy',
  'split_brain WO-0046 pending→failed remove_copy',
  'split_brain WO-0046 running→failed remove_copy',
  'split_brain WO-0048 running→done remove_copy [force]',
  'split_brain WO-0055 done+failed→? decide [person]',
  'fail_but_running WO-0061 running→failed move_to_failed',
  'fail_but_running WO-0062 running→failed move_to_failed',
  'lock_without_running WO-0001 locked→unlocked remove_lock',
  'lock_without_running WO-0046 locked→unlocked remove_lock',
  'lock_without_running WO-0048 locked→unlocked remove_lock [force]',
  'running_without_lock WO-0071 unlocked→locked create_lock',
  'running_without_metadata WO-0057 incomplete→complete fill_metadata',
];

function evidencePath(id: string, state: string, bytes: Buffer): string {
  return `_ctx/handoff/${id}/reconcile/${state}.${sha256(bytes)}.yaml`;
}

/** The expected `_ctx/` after `--apply` on the fixture (the new lock's text is checked apart). */
function afterApply(before: Map<string, Buffer>): Map<string, Buffer> {
  const files = new Map(before);
  const b = (p: string): Buffer => before.get(p)!;
  for (const [id, state] of [['WO-0014', 'pending'], ['WO-0015', 'pending'], ['WO-0046', 'pending']] as const) {
    files.set(evidencePath(id, state, b(`_ctx/jobs/${state}/${id}.yaml`)), b(`_ctx/jobs/${state}/${id}.yaml`));
    files.delete(`_ctx/jobs/${state}/${id}.yaml`);
  }
  files.delete(`${R}/WO-0046.yaml`);
  for (const id of ['WO-0061', 'WO-0062']) {
    files.set(`${F}/${id}.yaml`, Buffer.from(b(`${R}/${id}.yaml`).toString('utf8').replace('\nstatus: running\n', '\nstatus: failed\n')));
    files.delete(`${R}/${id}.yaml`);
    files.delete(`${R}/${id}.lock`);
  }
  files.delete(`${R}/WO-0001.lock`);
  files.delete(`${R}/WO-0046.lock`);
  const wo57 = b(`${R}/WO-0057.yaml`)
    .toString('utf8')
    .replace('\nowner: null\n', '\nowner: felipe\n')
    .replace("\nbranch: ''\n", "\nbranch: 'feat/wo-WO-0057'\n")
    .replace("\nworktree: ''\n", "\nworktree: '../.worktrees/WO-0057'\n")
    .replace('\nstarted_at: null\n', '\nstarted_at: 2026-02-21T09:12:44Z\n');
  files.set(`${R}/WO-0057.yaml`, Buffer.from(wo57));
  return files;
}

function expectFiles(actual: Map<string, Buffer>, expected: Map<string, Buffer>, except: string[] = []): void {
  const show = (m: Map<string, Buffer>): Record<string, string> =>
    Object.fromEntries([...m].filter(([p]) => !except.includes(p)).sort(([a], [b]) => (a < b ? -1 : 1)).map(([p, bytes]) => [p, bytes.toString('utf8')]));
  expect(show(actual)).toEqual(show(expected));
}

fixtureTest('plan → apply → apply --force → plan: every file as expected after each step, nothing lost', async (fixture, run) => {
  const { repo, before } = fixture;

  // 1. The plan: every repair of the stabilisation plan's drift, and not one byte written (.git included).
  const hashBefore = treeHash(fixture.real.base);
  const plan = await run();
  expect(treeHash(fixture.real.base)).toBe(hashBefore);
  expect(outline(plan)).toEqual(FULL_PLAN);
  expect(plan.exit_code).toBe(1);
  expect(plan.mode).toBe('plan');
  expect(plan.repairs.every((r) => !r.applied)).toBe(true);
  expect(plan.summary).toEqual({ repairs: 13, safe: 10, needs_force: 2, needs_person: 1, blocked: 0, applied: 0, remaining: 13 });
  const byte46 = plan.repairs.find((r) => r.wo_id === 'WO-0046' && r.from === 'running')!;
  expect(byte46.evidence_path).toBeNull(); // byte-identical to the survivor: nothing to save
  expect(plan.repairs.find((r) => r.wo_id === 'WO-0048' && r.code === 'split_brain')!.differences).toEqual(['description']);
  expect(plan.repairs.find((r) => r.code === 'running_without_metadata')!.filled).toEqual({
    owner: 'felipe',
    branch: 'feat/wo-WO-0057',
    worktree: '../.worktrees/WO-0057',
    started_at: '2026-02-21T09:12:44Z',
  });

  // 2. --apply: the safe repairs; WO-0048 waits for --force, WO-0055 for a person.
  const applied = await run({ apply: true });
  expect(outline(applied)).toEqual(FULL_PLAN.map((line) => (/\[(force|person)\]/.test(line) ? line : `${line} applied`)));
  expect(applied.exit_code).toBe(1);
  const step2 = afterApply(before);
  const newLock = `${R}/WO-0071.lock`;
  expectFiles(ctxFiles(repo), step2, [newLock]);
  // The new lock: the plain-text form the repository's locks use, marked as written by reconcile.
  expect(repo.read(newLock)).toMatch(/^Locked by wo-toolkit reconcile at 2026-02-21T12:00:00\.000Z\nPID: \d+\nUser: .+\n/);
  step2.set(newLock, fs.readFileSync(repo.path(newLock)));
  // Only the changed values differ, line by line.
  expect(changedLines(before.get(`${R}/WO-0057.yaml`)!.toString(), repo.read(`${R}/WO-0057.yaml`))).toEqual([
    'line 9: owner: null → owner: felipe',
    "line 10: branch: '' → branch: 'feat/wo-WO-0057'",
    "line 11: worktree: '' → worktree: '../.worktrees/WO-0057'",
    'line 15: started_at: null → started_at: 2026-02-21T09:12:44Z',
  ]);
  expect(changedLines(before.get(`${R}/WO-0061.yaml`)!.toString(), repo.read(`${F}/WO-0061.yaml`))).toEqual(['line 7: status: running → status: failed']);

  // 3. --apply --force: the differing copy goes too, saved first; the person's decision remains.
  const forced = await run({ apply: true, force: true });
  expect(outline(forced)).toEqual([
    'split_brain WO-0048 running→done remove_copy [force] applied',
    'split_brain WO-0055 done+failed→? decide [person]',
    'lock_without_running WO-0048 locked→unlocked remove_lock [force] applied',
  ]);
  expect(forced.exit_code).toBe(1);
  const step3 = new Map(step2);
  const running48 = before.get(`${R}/WO-0048.yaml`)!;
  step3.set(evidencePath('WO-0048', 'running', running48), running48);
  step3.delete(`${R}/WO-0048.yaml`);
  step3.delete(`${R}/WO-0048.lock`);
  expectFiles(ctxFiles(repo), step3);

  // 4. A new plan: only what a person must decide; nothing written.
  const again = await run();
  expect(outline(again)).toEqual(['split_brain WO-0055 done+failed→? decide [person]']);
  expect(again.repairs[0]!.message).toContain('Decide whether it passed');
  expectFiles(ctxFiles(repo), step3);

  // 5. The person decides WO-0055 passed; reconcile removes the lock left behind, then plans nothing.
  repo.remove(`${F}/WO-0055.yaml`);
  const last = await run({ apply: true });
  expect(outline(last)).toEqual(['lock_without_running WO-0055 locked→unlocked remove_lock applied']);
  expect(last.exit_code).toBe(0);
  const done = await run();
  expect(done.repairs).toEqual([]);
  expect(done.exit_code).toBe(0);

  // Every removed copy is recoverable byte for byte from its evidence file.
  for (const [removed, state, id] of [[`${P}/WO-0014.yaml`, 'pending', 'WO-0014'], [`${P}/WO-0015.yaml`, 'pending', 'WO-0015'], [`${P}/WO-0046.yaml`, 'pending', 'WO-0046'], [`${R}/WO-0048.yaml`, 'running', 'WO-0048']] as const) {
    const original = before.get(removed)!;
    expect(fs.readFileSync(repo.path(evidencePath(id, state, original)))).toEqual(original);
  }
  // Files no repair touches are byte for byte as they were.
  for (const untouched of [`${R}/WO-0052.yaml`, `${R}/WO-0018A.yaml`, `${R}/WO-0052.lock`, `${D}/WO-0014.yaml`, `${D}/WO-0048.yaml`, `${F}/WO-0046.yaml`, `${D}/WO-0055.yaml`, `${R}/WO-0015.yaml`, `${R}/WO-0015.lock`]) {
    expect(fs.readFileSync(repo.path(untouched))).toEqual(before.get(untouched));
  }
  expect(repo.read(`${R}/WO-0057.lock`)).toBe(PLAIN_LOCK_0057);
});

fixtureTest('an unparsable file a repair touches blocks --apply: nothing is written', async (fixture, run) => {
  const { repo } = fixture;
  repo.write(`${P}/WO-0014.yaml`, 'id: WO-0014\ntitle: "unclosed\nstatus: pending\n');
  const before = ctxFiles(repo);
  const report = await run({ apply: true, force: true });
  const blocked = report.repairs.find((r) => r.wo_id === 'WO-0014')!;
  expect(blocked).toMatchObject({ code: 'split_brain', needs: 'fix_file', safe: false, applied: false });
  expect(blocked.message).toContain(`${P}/WO-0014.yaml: invalid YAML`);
  expect(report.repairs.every((r) => !r.applied)).toBe(true);
  expect(report.exit_code).toBe(1);
  expectFiles(ctxFiles(repo), before);
  expect(fs.existsSync(repo.path('.git/wo-toolkit-reconcile.lock'))).toBe(false);
});

fixtureTest("a file that would not validate against the repository's schema after the change blocks --apply: nothing is written", async (fixture, run) => {
  const { repo } = fixture;
  // The repository's schema wants priority P0-P3 or a word; moving WO-0061 to failed/ would write this file.
  repo.write(`${R}/WO-0061.yaml`, repo.read(`${R}/WO-0061.yaml`).replace(/\npriority: \S+\n/, '\npriority: urgent\n'));
  const before = ctxFiles(repo);
  const report = await run({ apply: true });
  const blocked = report.repairs.find((r) => r.wo_id === 'WO-0061')!;
  expect(blocked).toMatchObject({ code: 'fail_but_running', needs: 'fix_file', applied: false });
  expect(blocked.message).toMatch(/would not validate: .*priority/);
  expect(report.summary.applied).toBe(0);
  expectFiles(ctxFiles(repo), before);
});

test('a repository with nothing to repair: exit 0, nothing written', async () => {
  const { buildRealRepo } = await import('../helpers/real-repo.js');
  const real = buildRealRepo();
  try {
    const hash = treeHash(real.base);
    const report = await runReconcile({ root: rootArg(real.root), apply: false, force: false, now: NOW });
    expect(report.repairs).toEqual([]);
    expect(report.exit_code).toBe(0);
    expect(treeHash(real.base)).toBe(hash);
  } finally {
    real.cleanup();
  }
});
