import fs from 'node:fs';
import path from 'node:path';
import '../../src/commands/gc.js';
import { runCliBundle } from '../helpers/bundles.js';
import { makeTempDir } from '../helpers/repo.js';
import { createScenario, type Scenario } from '../gc/fixture.js';
import { schemaErrors } from '../helpers/schemas.js';
import { completeTemplate } from '../helpers/decisions.js';

/** `wo-toolkit gc` from the built bundle, as a user runs it. */

let scenario: Scenario;
beforeAll(() => {
  scenario = createScenario(new Date());
});
afterAll(() => scenario.cleanup());

const gc = (args: string[]) => runCliBundle(['gc', ...args], { cwd: scenario.repo.root });

describe('usage errors: exit 2, one line naming the argument, nothing done', () => {
  test.each([
    [['--dry-run', '--apply'], '--dry-run and --apply: give only one of --dry-run, --export-patch, --apply'],
    [['--export-patch', '--apply'], '--export-patch and --apply: give only one of'],
    [['--export-patch', '--force-dirty'], '--force-dirty: not with export-patch, which removes nothing'],
    [['--apply', '--max-operations', '0'], "--max-operations: expected a whole number >= 1, got '0'"],
    [['--apply', '--max-operations', 'many'], "--max-operations: expected a whole number >= 1, got 'many'"],
    [['--apply', '--max-operations=-3'], "--max-operations: expected a whole number >= 1, got '-3'"],
    [['--apply', '--max-operations', '2.5'], "--max-operations: expected a whole number >= 1, got '2.5'"],
    [['--export-patches'], "Unknown option '--export-patches'"],
    [['--apply', '--today', '2026-02-30'], "--today: expected a date YYYY-MM-DD, got '2026-02-30'"],
  ])('%j', async (args, message) => {
    const snapshot = scenario.repo.snapshot();
    const run = await gc(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(scenario.repo.snapshot()).toEqual(snapshot);
  });

  test('a folder that is not a git repository', async () => {
    const empty = makeTempDir('wo-toolkit-empty-');
    const run = await runCliBundle(['gc', '--root', empty, '--apply'], { cwd: empty });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('is not inside a git repository');
    fs.rmSync(empty, { recursive: true, force: true });
  });
});

test('--help lists the modes and options', async () => {
  const run = await gc(['--help']);
  expect(run.code).toBe(0);
  for (const flag of ['--dry-run', '--export-patch', '--apply', '--force-dirty', '--max-operations N', '--json FILE', '--root DIR']) expect(run.stdout).toContain(flag);
});

test('the default is a dry run: exit 1 while a dirty worktree waits, the report on standard output with --json -', async () => {
  const snapshot = scenario.repo.snapshot();
  const run = await gc(['--json', '-']);
  expect(run.code).toBe(1);
  expect(scenario.repo.snapshot()).toEqual(snapshot);
  const report = JSON.parse(run.stdout) as { mode: string; exit_code: number; command_line: string; operations: { wo_id: string; action: string }[] };
  expect(schemaErrors('gc-report.schema.json', report)).toEqual([]);
  expect(report.mode).toBe('dry-run');
  expect(report.exit_code).toBe(1);
  expect(report.command_line).toBe('wo-toolkit gc --dry-run');
  // With the report on standard output, the human text goes to standard error.
  expect(run.stderr).toContain('Dry run: nothing was written.');
});

test('--export-patch then --apply --force-dirty with --max-operations and --json FILE: exit 1, then 0', async () => {
  const out = makeTempDir('wo-toolkit-json-');
  const exported = await gc(['--export-patch', '--json', path.join(out, 'export.json')]);
  expect(exported.code).toBe(1);
  expect(exported.stdout).toContain('wrote: _ctx/handoff/WO-0002/dirty.');
  expect(scenario.repo.read('_ctx/handoff/WO-0002/decision.md')).toContain('| Command used | `wo-toolkit gc --export-patch` |');
  // A person decides the patch the template names; --force-dirty removes only decided work.
  const decision = completeTemplate(scenario.repo.path('_ctx/handoff/WO-0002/decision.md'));

  const first = await gc(['--apply', '--force-dirty', '--max-operations', '3', '--json', path.join(out, 'apply.json')]);
  const report = JSON.parse(fs.readFileSync(path.join(out, 'apply.json'), 'utf8')) as { summary: { removed: number; deferred: number }; exit_code: number };
  expect(schemaErrors('gc-report.schema.json', report)).toEqual([]);
  expect(report.summary).toMatchObject({ removed: 3, deferred: 3 });
  expect(first.code).toBe(0);

  const second = await gc(['--apply', '--force-dirty', '--quiet']);
  expect(second.code).toBe(0);
  expect(second.stdout).toBe('');
  expect(fs.existsSync(scenario.repo.path('.worktrees/WO-0002'))).toBe(false);
  // decision.md is kept as written, and the branch stays.
  expect(scenario.repo.read('_ctx/handoff/WO-0002/decision.md')).toBe(decision);
  expect(scenario.repo.git('rev-parse', 'feat/wo-WO-0002').trim()).toBe(scenario.wo2Commit);
  fs.rmSync(out, { recursive: true, force: true });
});
