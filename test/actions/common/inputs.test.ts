import { runActionBundle } from '../../helpers/bundles.js';
import { splitBrainAndZombieRepo, type TestRepo } from '../../helpers/repo.js';

/**
 * Every action names its own input in every error (`input 'today'`), never the command line's flag: each
 * bundle runs as the runner runs it, with one bad input at a time.
 */

// The inputs each action has of the shared ones, and what else it needs to get as far as reading them.
const ACTIONS: [string, string[], Record<string, string>][] = [
  ['audit', ['root', 'config', 'today', 'json'], {}],
  ['gc', ['root', 'config', 'today', 'json'], { 'upload-artifact': 'false' }],
  ['retention-gc', ['root', 'config', 'today', 'json'], {}],
  ['validate-backlog', ['root', 'config', 'today', 'json'], {}],
  ['weekly-gate', ['root', 'config', 'today', 'json'], { 'upload-artifact': 'false' }],
  ['transitions', ['root', 'config', 'json'], { base: 'HEAD' }],
];

const BAD: Record<string, [string, string]> = {
  today: ['2026-02-30', "input 'today': expected a date YYYY-MM-DD, got '2026-02-30'"],
  root: ['missing-folder', "input 'root': folder 'missing-folder' does not exist"],
  config: ['missing.yaml', "input 'config': file 'missing.yaml' does not exist"],
  // A report under a regular file cannot be written.
  json: ['blocker/report.json', "input 'json': cannot write 'blocker/report.json'"],
};

let repo: TestRepo;
beforeAll(() => {
  repo = splitBrainAndZombieRepo();
  repo.write('blocker', 'a file, not a folder\n');
});
afterAll(() => repo.cleanup());

describe.each(ACTIONS)('the %s action', (action, inputs, needed) => {
  test.each(inputs)('a bad %s fails the step with one line naming the input, and exit-code 2', async (input) => {
    const [value, message] = BAD[input]!;
    const run = await runActionBundle(action, { ...needed, [input]: value }, { workspace: repo.root });
    expect(run.code).toBe(1);
    expect(run.outputs['exit-code']).toBe('2');
    expect(run.stdout).toContain(`::error::${message}`);
    expect(run.stdout + run.stderr).not.toMatch(/--[a-z]/);
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
  });
});
