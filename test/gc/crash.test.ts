import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { GcStep } from '../../src/gc/hooks.js';
import { runCliBundle } from '../helpers/bundles.js';
import { decideDirtyWithCli } from '../helpers/decisions.js';
import { createScenario, restoreFromPatch, sha256File, sha256sumCheck, significantFiles, type Scenario } from './fixture.js';

/**
 * A run killed at any point (SIGKILL, injected right after a step through WO_TOOLKIT_GC_FAIL_AFTER),
 * then a re-run: the repository ends in the same state as after one uninterrupted run, and at no
 * point is anything lost (a dirty worktree is gone only once its verified patch is on disk).
 */

interface FinalState {
  worktrees: string[];
  locks: string[];
  branches: string[];
  evidence: Record<string, string>;
  leftovers: string[];
  gcLock: boolean;
}

function finalState(scenario: Scenario): FinalState {
  const { repo } = scenario;
  const head = repo.git('rev-parse', 'feat/wo-WO-0002').trim();
  const evidenceDir = repo.path('_ctx/handoff/WO-0002');
  const evidence: Record<string, string> = {};
  for (const name of fs.existsSync(evidenceDir) ? fs.readdirSync(evidenceDir).sort() : []) {
    const abs = path.join(evidenceDir, name);
    evidence[name] = fs.lstatSync(abs).isSymbolicLink()
      ? `link:${fs.readlinkSync(abs)}`
      : fs
          .readFileSync(abs, 'utf8')
          .replaceAll(head, '<head>')
          .replace(/<!-- wo-toolkit gc: generated file, sha256 [0-9a-f]{64};/, '<!-- signed;');
  }
  const leftovers: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.includes('.wo-toolkit-tmp-')) leftovers.push(entry.name);
      else if (entry.isDirectory()) walk(path.join(dir, entry.name));
    }
  };
  walk(repo.path('_ctx'));
  return {
    worktrees: repo
      .git('worktree', 'list', '--porcelain')
      .split('\n')
      .filter((l) => l.startsWith('worktree '))
      .map((l) => path.relative(repo.root, l.slice(9)))
      .filter((p) => !p.startsWith('..'))
      .sort(),
    locks: fs.readdirSync(repo.path('_ctx/jobs/running')).filter((n) => n.endsWith('.lock')).sort(),
    branches: repo.git('branch', '--format=%(refname:short)').split('\n').filter(Boolean).sort(),
    evidence,
    leftovers,
    gcLock: fs.existsSync(repo.path('.git/wo-toolkit-gc.lock')),
  };
}

const ARGS = ['gc', '--apply', '--force-dirty', '--today', '2026-03-02'];

/** The scenario with a person's decision naming WO-0002's patch (--force-dirty removes only decided work). */
async function decidedScenario(): Promise<Scenario> {
  const scenario = createScenario(new Date());
  const decided = await decideDirtyWithCli(scenario.repo.root);
  expect([...decided.keys()]).toEqual(['WO-0002']);
  return scenario;
}

let reference: FinalState;

beforeAll(async () => {
  const scenario = await decidedScenario();
  try {
    const run = await runCliBundle([...ARGS, '--root', '.'], { cwd: scenario.repo.root });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    reference = finalState(scenario);
  } finally {
    scenario.cleanup();
  }
});

test('an export killed after it wrote decision.md, then re-run: the same evidence as one uninterrupted export', async () => {
  const export_ = ['gc', '--export-patch', '--today', '2026-03-02', '--root', '.'];
  const evidenceOf = (scenario: Scenario): Record<string, string> => {
    const dir = scenario.repo.path('_ctx/handoff/WO-0002');
    const head = scenario.repo.git('rev-parse', 'feat/wo-WO-0002').trim();
    return Object.fromEntries(
      fs.readdirSync(dir).map((n) => {
        const abs = path.join(dir, n);
        return [n, fs.lstatSync(abs).isSymbolicLink() ? `link:${fs.readlinkSync(abs)}` : fs.readFileSync(abs, 'utf8').replaceAll(head, '<head>').replace(/sha256 [0-9a-f]{64};/, '')];
      }),
    );
  };
  const once = createScenario(new Date());
  const killedOnce = createScenario(new Date());
  try {
    expect((await runCliBundle(export_, { cwd: once.repo.root })).code).toBe(1);
    const killed = await runCliBundle(export_, { cwd: killedOnce.repo.root, env: { WO_TOOLKIT_GC_FAIL_AFTER: 'decision-written' } });
    expect(killed.signal).toBe('SIGKILL');
    expect((await runCliBundle(export_, { cwd: killedOnce.repo.root })).code).toBe(1);
    expect(evidenceOf(killedOnce)).toEqual(evidenceOf(once));
  } finally {
    once.cleanup();
    killedOnce.cleanup();
  }
});

test('the reference run removed every target it may and kept the evidence', () => {
  expect(reference.worktrees).toEqual(['', '.worktrees/WO-0006', '.worktrees/WO-0007', '.worktrees/WO-0010']);
  expect(Object.keys(reference.evidence)).toEqual(['decision.md', expect.stringMatching(/^dirty\.[0-9a-f]{64}\.patch$/), 'dirty.patch', 'dirty.patch.sha256']);
  expect(reference.leftovers).toEqual([]);
  expect(reference.gcLock).toBe(false);
});

const CRASH_POINTS: string[] = [
  'locked',
  'planned',
  'checked',
  'patch-temp-written',
  'patch-written',
  'checksum-written',
  'link-written',
  'verified',
  'kept',
  'removing:2',
  'removed',
  'removed:2',
] satisfies (GcStep | `${GcStep}:${number}`)[];

test.concurrent.each(CRASH_POINTS)('killed after %s, then re-run: same end state, nothing lost', async (point) => {
  const scenario = await decidedScenario();
  try {
    const { repo } = scenario;
    const expected = significantFiles(repo, '.worktrees/WO-0002');
    const head = repo.git('-C', '.worktrees/WO-0002', 'rev-parse', 'HEAD').trim();

    const killed = await runCliBundle([...ARGS, '--root', '.'], { cwd: repo.root, env: { WO_TOOLKIT_GC_FAIL_AFTER: point } });
    expect(killed.signal).toBe('SIGKILL');

    // At the crash point itself: the dirty worktree is gone only if its verified patch is on disk.
    if (!fs.existsSync(repo.path('.worktrees/WO-0002'))) {
      const checksum = repo.path('_ctx/handoff/WO-0002/dirty.patch.sha256');
      expect(sha256sumCheck(checksum)).toContain(': OK');
      expect(restoreFromPatch(repo, head, repo.path('_ctx/handoff/WO-0002/dirty.patch'))).toEqual(expected);
    }
    // No half file under a final name: every patch present matches its name.
    for (const name of fs.existsSync(repo.path('_ctx/handoff/WO-0002')) ? fs.readdirSync(repo.path('_ctx/handoff/WO-0002')) : []) {
      const match = /^dirty\.([0-9a-f]{64})\.patch$/.exec(name);
      if (match) expect(sha256File(repo.path(`_ctx/handoff/WO-0002/${name}`))).toBe(match[1]);
    }

    const rerun = await runCliBundle([...ARGS, '--root', '.'], { cwd: repo.root });
    expect(rerun.stderr).toBe('');
    expect(rerun.code).toBe(0);
    expect(finalState(scenario)).toEqual(reference);
    expect(restoreFromPatch(repo, head, repo.path('_ctx/handoff/WO-0002/dirty.patch'))).toEqual(expected);
    expect(repo.git('rev-parse', 'feat/wo-WO-0002').trim()).toBe(scenario.wo2Commit);
  } finally {
    scenario.cleanup();
  }
});

test('a run killed while its proof holds a scratch copy of the work leaves it only inside .git, and the re-run clears it', async () => {
  const scenario = await decidedScenario();
  try {
    const { repo } = scenario;
    const trace = repo.path('.git/trace-of-killed-run');
    const killed = await runCliBundle([...ARGS, '--root', '.'], { cwd: repo.root, env: { WO_TOOLKIT_GC_FAIL_AFTER: 'restored', WO_TOOLKIT_GC_TRACE: trace } });
    expect(killed.signal).toBe('SIGKILL');
    const pid = fs.readFileSync(trace, 'utf8').split(' ')[0]!;
    fs.rmSync(trace);
    // The restored copy of WO-0002's uncommitted work is in the repository's own scratch folder, not in /tmp.
    const scratch = repo.path('.git/wo-toolkit-scratch');
    expect(fs.readdirSync(scratch)).toHaveLength(1);
    expect(fs.readdirSync(os.tmpdir()).filter((n) => n.startsWith(`wo-toolkit-gc-${pid}-`))).toEqual([]);
    const rerun = await runCliBundle([...ARGS, '--root', '.'], { cwd: repo.root });
    expect(rerun.code).toBe(0);
    expect(fs.existsSync(scratch) ? fs.readdirSync(scratch) : []).toEqual([]);
    expect(finalState(scenario)).toEqual(reference);
  } finally {
    scenario.cleanup();
  }
});

test('a removal killed half-way is finished by the re-run from the patch it verified: no new patch, the link, checksum and decision unchanged', async () => {
  const scenario = await decidedScenario();
  try {
    const { repo } = scenario;
    const expected = significantFiles(repo, '.worktrees/WO-0002');
    const head = repo.git('-C', '.worktrees/WO-0002', 'rev-parse', 'HEAD').trim();
    // Killed right before `git worktree remove` of WO-0002 (the first removal, in WO id order after WO-0001).
    const killed = await runCliBundle([...ARGS, '--root', '.'], { cwd: repo.root, env: { WO_TOOLKIT_GC_FAIL_AFTER: 'removing:2' } });
    expect(killed.signal).toBe('SIGKILL');
    const evidenceDir = repo.path('_ctx/handoff/WO-0002');
    const evidence = (): Record<string, string> =>
      Object.fromEntries(
        fs.readdirSync(evidenceDir).map((n) => {
          const abs = path.join(evidenceDir, n);
          return [n, fs.lstatSync(abs).isSymbolicLink() ? `link:${fs.readlinkSync(abs)}` : fs.readFileSync(abs, 'base64')];
        }),
      );
    const before = evidence();
    // What git had deleted when the run died: part of the worktree's files, tracked and untracked.
    fs.rmSync(repo.path('.worktrees/WO-0002/src'), { recursive: true, force: true });
    fs.rmSync(repo.path('.worktrees/WO-0002/notes'), { recursive: true, force: true });
    fs.rmSync(repo.path('.worktrees/WO-0002/README.md'), { force: true });

    const rerun = await runCliBundle([...ARGS, '--root', '.', '--json', '-'], { cwd: repo.root });
    expect(rerun.stderr).not.toContain('error');
    expect(rerun.code).toBe(0);
    const op = (JSON.parse(rerun.stdout) as { operations: { wo_id: string; outcome: string; reason: string }[] }).operations.find((o) => o.wo_id === 'WO-0002')!;
    expect(op.outcome).toBe('done');
    expect(op.reason).toContain('interrupted');
    expect(fs.existsSync(repo.path('.worktrees/WO-0002'))).toBe(false);
    expect(evidence()).toEqual(before);
    expect(fs.readdirSync(repo.path('.git/wo-toolkit-removing'))).toEqual([]);
    expect(restoreFromPatch(repo, head, repo.path('_ctx/handoff/WO-0002/dirty.patch'))).toEqual(expected);
    expect(finalState(scenario)).toEqual(reference);
  } finally {
    scenario.cleanup();
  }
});
