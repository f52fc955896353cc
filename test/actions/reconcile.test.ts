import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import fs from 'node:fs';
import { runActionBundle, type ActionResult } from '../helpers/bundles.js';
import { GitHubApiEmulator } from '../helpers/github-api-emulator.js';
import { TestRepo } from '../helpers/repo.js';
import { schemaErrors } from '../helpers/schemas.js';
import { createDriftFixture, type DriftFixture } from '../reconcile/fixture.js';
import { sha256, treeHash } from '../reconcile/helpers.js';

/**
 * The reconcile action run as the runner runs it: the built bundle under node, inputs as INPUT_*,
 * GITHUB_OUTPUT and GITHUB_STEP_SUMMARY as real files; with `pull-request: true`, in a clone of the
 * "GitHub" repository, against the GitHub API emulator (backed by that repository's real git data).
 */

const OWNER = 'acme';
const REPO = 'app';
const TOKEN = 'test-token';
const BRANCH = 'wo-toolkit/reconcile';

let fixture: DriftFixture;

beforeEach(() => {
  fixture = createDriftFixture();
});

afterEach(() => {
  fixture.cleanup();
});

function report(run: ActionResult): Record<string, unknown> {
  return JSON.parse(fs.readFileSync(run.outputs['report']!, 'utf8')) as Record<string, unknown>;
}

describe('reconcile action (the built bundle under node)', () => {
  test('plan: the plan as a table in the job summary, an annotation on each WO file, outputs, and not one byte written', async () => {
    const hash = treeHash(fixture.real.base);
    const run = await runActionBundle('reconcile', { root: 'repo' }, { workspace: fixture.real.base });
    expect(run.outputs['exit-code']).toBe('1');
    expect(run.outputs['repair-count']).toBe('13');
    expect(run.outputs['applied-count']).toBe('0');
    expect(run.outputs['pull-request-number']).toBe('');
    expect(schemaErrors('reconcile-report.schema.json', report(run))).toEqual([]);
    expect(run.summary).toMatch(/^### ❌ wo-toolkit reconcile: plan: 13 repairs \(10 safe, 2 need force, 1 need a person, 0 blocked\)\n/);
    expect(run.summary).toContain('| WO | Repair | From → to | Status | What | Files | What to do |');
    expect(run.summary).toContain('| WO-0014 | `split_brain` | pending → done | safe (would apply) |');
    expect(run.summary).toContain('| WO-0055 | `split_brain` | done+failed → a person decides | **a person decides** |');
    expect(run.summary).toContain('review both copies, then `wo-toolkit reconcile --apply --force`');
    expect(run.summary).toContain('Plan only: nothing was written.');
    const files = run.annotations.map((a) => `${a.command} ${a.properties['file']}`);
    expect(files).toContain('warning repo/_ctx/jobs/pending/WO-0014.yaml');
    expect(files).toContain('error repo/_ctx/jobs/done/WO-0055.yaml');
    expect(files).toContain('warning repo/_ctx/jobs/running/WO-0061.yaml');
    expect(run.annotations.filter((a) => a.properties['file'] !== undefined)).toHaveLength(13);
    expect(run.stdout).toMatch(/::error::reconcile plans 13 repairs: WO-0014, /);
    expect(treeHash(fixture.real.base)).toBe(hash);
  });

  test.each([
    [{ mode: 'fix' }, "input 'mode': expected one of plan, apply, got 'fix'"],
    [{ force: 'maybe' }, "input 'force': expected true or false, got 'maybe'"],
    [{ 'pull-request': 'true' }, "input 'pull-request': true needs mode 'apply' (a plan writes nothing to propose), got mode 'plan'"],
    [{ root: 'nowhere' }, "input 'root': folder 'nowhere' does not exist"],
  ])('a bad input %j fails the step with one line and exit-code 2, writing nothing', async (inputs, message) => {
    const hash = treeHash(fixture.real.base);
    const run = await runActionBundle('reconcile', { root: 'repo', ...inputs }, { workspace: fixture.real.base });
    expect(run.outputs['exit-code']).toBe('2');
    expect(run.annotations.filter((a) => a.command === 'error').map((a) => a.message)).toEqual([message]);
    expect(treeHash(fixture.real.base)).toBe(hash);
  });
});

describe('reconcile action with pull-request: true (against the GitHub API emulator)', () => {
  let checkout: TestRepo;
  let api: GitHubApiEmulator;

  beforeEach(async () => {
    checkout = fixture.repo.clone(); // the runner's checkout: no worktrees, as in CI
    api = await GitHubApiEmulator.start({ gitDir: fixture.repo.root, owner: OWNER, repo: REPO, token: TOKEN });
  });

  afterEach(async () => {
    await api.stop();
    checkout.cleanup();
  });

  const env = (): NodeJS.ProcessEnv => ({
    GITHUB_API_URL: api.url,
    GITHUB_SERVER_URL: 'https://github.example',
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_RUN_ID: '42',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_REF_NAME: 'main',
  });
  const apply = (extra: Record<string, string> = {}): Promise<ActionResult> =>
    runActionBundle('reconcile', { mode: 'apply', 'pull-request': 'true', 'github-token': TOKEN, ...extra }, { workspace: checkout.root, env: env() });

  test('proposes exactly the applied repairs in one pull request, never touches main, and updates the same pull request later', async () => {
    const origin = fixture.repo;
    const mainHead = origin.git('rev-parse', 'main').trim();
    const first = await apply();
    expect(first.outputs['exit-code']).toBe('1'); // WO-0048 needs force, WO-0055 a person
    expect(first.outputs['pull-request-number']).toBe('1');
    expect(first.outputs['pull-request-url']).toBe(`https://github.example/${OWNER}/${REPO}/pull/1`);
    expect(origin.git('rev-parse', 'main').trim()).toBe(mainHead);

    // What the pull request proposes, read back with git: each applied repair and nothing else.
    const diff = origin.git('diff', '--name-status', '--no-renames', 'main', BRANCH).trim().split('\n').sort();
    const evidence = (id: string, state: string): string => {
      const bytes = fixture.before.get(`_ctx/jobs/${state}/${id}.yaml`)!;
      return `_ctx/handoff/${id}/reconcile/${state}.${sha256(bytes)}.yaml`;
    };
    expect(diff).toEqual(
      [
        `A\t${evidence('WO-0014', 'pending')}`,
        `A\t${evidence('WO-0015', 'pending')}`,
        `A\t${evidence('WO-0046', 'pending')}`,
        'A\t_ctx/jobs/failed/WO-0061.yaml',
        'A\t_ctx/jobs/failed/WO-0062.yaml',
        'A\t_ctx/jobs/running/WO-0071.lock',
        'D\t_ctx/jobs/pending/WO-0014.yaml',
        'D\t_ctx/jobs/pending/WO-0015.yaml',
        'D\t_ctx/jobs/pending/WO-0046.yaml',
        'D\t_ctx/jobs/running/WO-0001.lock',
        'D\t_ctx/jobs/running/WO-0046.lock',
        'D\t_ctx/jobs/running/WO-0046.yaml',
        'D\t_ctx/jobs/running/WO-0061.lock',
        'D\t_ctx/jobs/running/WO-0061.yaml',
        'D\t_ctx/jobs/running/WO-0062.lock',
        'D\t_ctx/jobs/running/WO-0062.yaml',
        // In a CI checkout only the lock can fill WO-0057's owner and started_at.
        'M\t_ctx/jobs/running/WO-0057.yaml',
      ].sort(),
    );
    // Every saved copy in the branch is the removed file byte for byte.
    for (const [id, state] of [['WO-0014', 'pending'], ['WO-0015', 'pending'], ['WO-0046', 'pending']] as const) {
      expect(origin.git('show', `${BRANCH}:${evidence(id, state)}`)).toBe(fixture.before.get(`_ctx/jobs/${state}/${id}.yaml`)!.toString('utf8'));
    }
    expect(origin.git('show', `${BRANCH}:_ctx/jobs/running/WO-0057.yaml`)).toBe(checkout.read('_ctx/jobs/running/WO-0057.yaml'));
    expect(origin.git('log', '-1', '--format=%B', BRANCH)).toContain('Wo-Toolkit-Reconcile:');
    expect(api.pulls).toHaveLength(1);
    expect(api.pulls[0]).toMatchObject({ head: BRANCH, base: 'main', state: 'open' });
    expect(api.pulls[0]!.body).toContain('| WO-0014 | `split_brain` | pending → done |');
    expect(first.summary).toContain('Pull request [#1](https://github.example/acme/app/pull/1) opened');

    // A later run (a fresh checkout, with force this time) updates the same pull request.
    const again = origin.clone();
    try {
      const second = await runActionBundle('reconcile', { mode: 'apply', force: 'true', 'pull-request': 'true', 'github-token': TOKEN }, { workspace: again.root, env: env() });
      expect(second.outputs['pull-request-number']).toBe('1');
      expect(api.pulls).toHaveLength(1);
      expect(second.summary).toContain('updated');
      const after = origin.git('diff', '--name-status', '--no-renames', 'main', BRANCH);
      expect(after).toContain('D\t_ctx/jobs/running/WO-0048.yaml');
      expect(after).toContain(`A\t${evidence('WO-0048', 'running')}`);
      expect(origin.git('rev-parse', 'main').trim()).toBe(mainHead);
    } finally {
      again.cleanup();
    }
  });

  test('refuses a pull-request branch that is the base branch, before writing anything', async () => {
    const hash = treeHash(checkout.root);
    const run = await apply({ 'pull-request-branch': 'main' });
    expect(run.outputs['exit-code']).toBe('2');
    expect(run.annotations.find((a) => a.command === 'error')!.message).toBe(
      "input 'pull-request-branch': 'main' is the branch this run is on, the pull request's base; choose a branch of its own, e.g. wo-toolkit/reconcile",
    );
    expect(treeHash(checkout.root)).toBe(hash);
    expect(api.writes()).toEqual([]);
  });
});
