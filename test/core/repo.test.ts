import fs from 'node:fs';
import path from 'node:path';
import { cliArgs } from '../../src/cli/command.js';
import { readAuditSettings, runAudit } from '../../src/commands/audit.js';
import { readRoot } from '../../src/core/args.js';
import { readGcSettings, runGc } from '../../src/commands/gc.js';
import { readWeeklyGateSettings, runWeeklyGate } from '../../src/commands/weekly-gate.js';
import { resolveRoot } from '../../src/core/repo.js';
import { runCliBundle } from '../helpers/bundles.js';
import { runCli } from '../helpers/cli.js';
import { makeTempDir, runGit, TestRepo } from '../helpers/repo.js';

/**
 * The root is the main worktree, wherever a command is started: a linked worktree has its own, stale
 * copy of `_ctx/`, and judging the repository from it would let a gate pass while main has a P0.
 */

const TODAY = '2026-06-15';
const NOW = new Date('2026-06-15T12:00:00Z');

let repo: TestRepo;
let worktree: string;
let beside: string;

beforeAll(() => {
  repo = TestRepo.create();
  repo.write('.gitignore', '.worktrees/\n');
  repo.writeWo('running', 'WO-0012');
  repo.commit('WO-0012 running');
  // The WO's worktree branched off here: its _ctx/ knows nothing of what main does afterwards.
  worktree = repo.addWorktree('WO-0012');
  fs.mkdirSync(path.join(worktree, 'src/deep'), { recursive: true });
  // A worktree beside the repository, as real pipelines place them.
  beside = path.join(makeTempDir('wo-toolkit-beside-'), 'WO-0013');
  repo.git('worktree', 'add', '-q', '-b', 'feat/wo-WO-0013', beside);
  // Main then gets a split brain (P0): WO-0014 both pending and done.
  repo.writeWo('pending', 'WO-0014');
  repo.writeWo('done', 'WO-0014');
  repo.commit('split brain on main');
});
afterAll(() => {
  repo.cleanup();
  fs.rmSync(path.dirname(beside), { recursive: true, force: true });
});

test('from a linked worktree, its sub-folder, or one beside the repository, the root is the main worktree', async () => {
  for (const start of [worktree, path.join(worktree, 'src/deep'), beside, repo.root, repo.path('_ctx/jobs')]) {
    await expect(resolveRoot(readRoot(cliArgs({ root: start })))).resolves.toBe(repo.root);
  }
});

test('audit and weekly-gate run from a worktree judge main: the P0 there fails the gate', async () => {
  // The worktree's own _ctx/ has no P0 at all: judged from it, the gate would pass.
  expect(fs.existsSync(path.join(worktree, '_ctx/jobs/done/WO-0014.yaml'))).toBe(false);
  const audit = await runAudit({ ...readAuditSettings(cliArgs({ root: worktree, today: TODAY })), now: NOW });
  expect(audit.root).toBe(repo.root);
  expect(audit.findings.some((f) => f.code === 'split_brain' && f.wo_id === 'WO-0014')).toBe(true);
  const gate = await runWeeklyGate({ ...readWeeklyGateSettings(cliArgs({ root: beside, today: TODAY })), now: NOW });
  expect(gate.root).toBe(repo.root);
  expect(gate.exit_code).toBe(1);
  const gc = await runGc({ ...readGcSettings(cliArgs({ root: path.join(worktree, 'src/deep'), today: TODAY })), now: NOW });
  expect(gc.root).toBe(repo.root);
});

test('the CLI started inside a worktree with no --root (the current folder) opens main', async () => {
  const run = await runCliBundle(['weekly-gate', '--today', TODAY, '--json', '-'], { cwd: path.join(worktree, 'src/deep') });
  expect(run.code).toBe(1);
  expect((JSON.parse(run.stdout) as { root: string }).root).toBe(repo.root);
});

test('a repository without a main worktree (bare, worktrees only) is refused with exit 2 and one line', async () => {
  const parent = makeTempDir('wo-toolkit-bare-');
  try {
    const bare = path.join(parent, 'repo.git');
    runGit(parent, ['clone', '-q', '--bare', repo.root, bare]);
    const linked = path.join(parent, 'linked');
    runGit(bare, ['worktree', 'add', '-q', linked, 'main']);
    const run = await runCli(['audit', '--root', linked, '--today', TODAY]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('--root');
    expect(run.stderr).toContain('without a main worktree');
  } finally {
    fs.rmSync(parent, { recursive: true, force: true });
  }
});
