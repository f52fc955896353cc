import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import '../../src/commands/retention-gc.js';
import { runActionBundle, type ActionResult } from '../helpers/bundles.js';
import { GitHubApiEmulator } from '../helpers/github-api-emulator.js';
import { makeTempDir, TestRepo } from '../helpers/repo.js';
import { ageEvidence, daysAgo, TODAY, writeAgedEvidence, writeEvidence, type Evidence } from '../retention/evidence.js';
import { schemaErrors } from '../helpers/schemas.js';

/**
 * The retention-gc action in apply mode with `pull-request: true`, run as the runner runs it: the built
 * bundle under node, in a fresh clone of the "GitHub" repository, talking to the GitHub API emulator on
 * 127.0.0.1, which keeps its git data in that repository. What the pull request proposes is then read
 * back with plain git.
 */

const OWNER = 'acme';
const REPO = 'app';
const TOKEN = 'test-token';
const BRANCH = 'wo-toolkit/retention';
const PULL_URL = `https://github.example/${OWNER}/${REPO}/pull/1`;

let origin: TestRepo; // the repository on GitHub
let checkout: TestRepo; // the runner's checkout of it
let api: GitHubApiEmulator;
let outside: string;
let decided: Evidence; // WO-0001, done, decided, 200 days old: eligible
let pending: Evidence; // WO-0002, pending, 200 days old: protected
let young: Evidence; // WO-0003, failed, 20 days old: too young

beforeEach(async () => {
  origin = TestRepo.create();
  ({ decided, pending, young } = writeAgedEvidence(origin));
  checkout = origin.clone();
  api = await GitHubApiEmulator.start({ gitDir: origin.root, owner: OWNER, repo: REPO, token: TOKEN });
  outside = makeTempDir('wo-toolkit-outside-');
});

afterEach(async () => {
  await api.stop();
  origin.cleanup();
  checkout.cleanup();
  fs.rmSync(outside, { recursive: true, force: true });
});

/** The runner's environment for a run of workflow run 42 on `ref` of acme/app. */
function runnerEnv(ref = 'refs/heads/main', extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    GITHUB_API_URL: api.url,
    GITHUB_SERVER_URL: 'https://github.example',
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_RUN_ID: '42',
    GITHUB_REF: ref,
    GITHUB_REF_NAME: ref.replace(/^refs\/(heads|tags)\//, ''),
    ...extra,
  };
}

function runRetention(inputs: Record<string, string>, env: NodeJS.ProcessEnv = runnerEnv()): Promise<ActionResult> {
  return runActionBundle('retention-gc', { today: TODAY, ...inputs }, { workspace: checkout.root, env });
}

const proposeInputs = { mode: 'apply', 'pull-request': 'true', 'github-token': TOKEN };

function trackedFiles(repo: TestRepo, ref: string): string[] {
  return repo.git('ls-tree', '-r', '--name-only', '-z', ref).split('\0').filter(Boolean).sort();
}

function proposedDeletions(): string[] {
  return origin.git('diff', '--name-status', 'main', BRANCH).trim().split('\n').sort();
}

const writes = () => api.writes().map((c) => `${c.method} ${c.path}`);

describe('retention-gc action with pull-request: true (the built bundle under node, the GitHub API emulated)', () => {
  test('proposes exactly the deleted files in one pull request on the branch the run is on, and sets the outputs', async () => {
    const mainHead = origin.git('rev-parse', 'main').trim();
    const mainFiles = trackedFiles(origin, 'main');
    const reportFile = path.join(outside, 'report.json');

    const run = await runRetention({ ...proposeInputs, json: reportFile });

    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = JSON.parse(fs.readFileSync(reportFile, 'utf8')) as { deleted: string[] };
    expect(schemaErrors('retention-gc-report.schema.json', report)).toEqual([]);
    expect([...report.deleted].sort()).toEqual([decided.checksum, decided.patch].sort());
    expect(run.outputs).toMatchObject({ 'exit-code': '0', 'deleted-count': '2', 'pull-request-number': '1', 'pull-request-url': PULL_URL });

    // The branch's commit sits on main's head, and its tree is main's minus exactly the deleted paths.
    expect(origin.git('rev-parse', `${BRANCH}^`).trim()).toBe(mainHead);
    expect(proposedDeletions()).toEqual(report.deleted.map((p) => `D\t${p}`).sort());
    expect(trackedFiles(origin, BRANCH)).toEqual(mainFiles.filter((p) => !report.deleted.includes(p)));
    // Nothing left main: every file is still there, at the same commit.
    expect(origin.git('rev-parse', 'main').trim()).toBe(mainHead);
    expect(trackedFiles(origin, 'main')).toEqual(mainFiles);
    for (const kept of [decided.decision, decided.link, pending.patch, pending.checksum, young.patch, young.checksum]) {
      expect(trackedFiles(origin, BRANCH)).toContain(kept);
    }

    // One pull request from that branch into main (the ref the run is on: no default-branch lookup).
    expect(api.pulls).toHaveLength(1);
    expect(api.pulls[0]).toMatchObject({ number: 1, head: BRANCH, base: 'main', state: 'open' });
    expect(api.pulls[0]!.title).toBe('wo-toolkit retention: delete 2 evidence files older than 90 days');
    expect(api.pulls[0]!.body).toContain(`| \`${decided.patch}\` | WO-0001 | 200 |`);
    expect(api.pulls[0]!.body).toContain('in [this run](https://github.example/acme/app/actions/runs/42)');
    expect(api.calls.some((c) => c.path === `/repos/${OWNER}/${REPO}`)).toBe(false);
    expect(writes()).toEqual([
      `POST /repos/${OWNER}/${REPO}/git/trees`,
      `POST /repos/${OWNER}/${REPO}/git/commits`,
      `POST /repos/${OWNER}/${REPO}/git/refs`,
      `POST /repos/${OWNER}/${REPO}/pulls`,
    ]);

    // The runner's checkout: the eligible files are gone from the working tree, the rest stays.
    expect(checkout.exists(decided.patch)).toBe(false);
    expect(checkout.exists(decided.checksum)).toBe(false);
    for (const kept of [decided.decision, pending.patch, young.patch]) expect(checkout.exists(kept)).toBe(true);

    expect(run.summary).toContain('### Pull request');
    expect(run.summary).toContain(`Pull request [#1](${PULL_URL}) opened: it proposes deleting 2 file(s) from \`main\` (branch \`${BRANCH}\`)`);
    expect(run.stdout).toContain(`::add-mask::${TOKEN}`);
  });

  test('the next run updates the same pull request on the new base head instead of opening another', async () => {
    const first = await runRetention(proposeInputs);
    expect(first.outputs['pull-request-number']).toBe('1');
    const firstCommit = origin.git('rev-parse', BRANCH).trim();
    // Meanwhile WO-0002 is done on main, so its evidence is no longer protected; next month's run checks out anew.
    origin.git('mv', '_ctx/jobs/pending/WO-0002.yaml', '_ctx/jobs/done/WO-0002.yaml');
    const newHead = origin.commit('WO-0002 done');
    checkout.cleanup();
    checkout = origin.clone();
    api.calls.length = 0;

    const second = await runRetention({ ...proposeInputs, 'pull-request-branch': BRANCH });

    expect(second.code).toBe(0);
    expect(second.outputs).toMatchObject({ 'exit-code': '0', 'deleted-count': '4', 'pull-request-number': '1', 'pull-request-url': PULL_URL });
    expect(api.pulls).toHaveLength(1);
    expect(api.pulls[0]!.title).toBe('wo-toolkit retention: delete 4 evidence files older than 90 days');
    expect(origin.git('rev-parse', `${BRANCH}^`).trim()).toBe(newHead);
    expect(origin.git('rev-parse', BRANCH).trim()).not.toBe(firstCommit);
    expect(proposedDeletions()).toEqual([decided.checksum, decided.patch, pending.checksum, pending.patch].map((p) => `D\t${p}`).sort());
    expect(writes()).toEqual([
      `POST /repos/${OWNER}/${REPO}/git/trees`,
      `POST /repos/${OWNER}/${REPO}/git/commits`,
      `PATCH /repos/${OWNER}/${REPO}/git/refs/heads/${BRANCH}`,
      `PATCH /repos/${OWNER}/${REPO}/pulls/1`,
    ]);
    expect(second.summary).toContain(`Pull request [#1](${PULL_URL}) updated`);
  });

  test('a run on a tag (not a branch) proposes against the repository default branch', async () => {
    const run = await runRetention(proposeInputs, runnerEnv('refs/tags/v1.0.0'));

    expect(run.code).toBe(0);
    expect(api.calls[0]).toMatchObject({ method: 'GET', path: `/repos/${OWNER}/${REPO}` });
    expect(api.pulls[0]).toMatchObject({ head: BRANCH, base: 'main' });
  });

  test('when the API refuses, the step fails with one line, exit-code 2 and a summary that says so; main is untouched', async () => {
    api.failNext('POST', /\/pulls$/, 403, 'GitHub Actions is not permitted to create or approve pull requests.');
    const mainFiles = trackedFiles(origin, 'main');

    const run = await runRetention(proposeInputs);

    expect(run.code).toBe(1);
    expect(run.outputs['exit-code']).toBe('2');
    expect(run.outputs['pull-request-number']).toBeUndefined();
    const errors = run.annotations.filter((a) => a.command === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(/^retention pull request: could not open the pull request: HTTP 403 GitHub Actions is not permitted/);
    expect(run.stdout).not.toMatch(/internal error|\n\s+at /);
    expect(run.summary).toContain('**Pull request not opened:** retention pull request: could not open the pull request: HTTP 403');
    expect(trackedFiles(origin, 'main')).toEqual(mainFiles);
    expect(api.pulls).toHaveLength(0);
  });

  test('deleted files that main does not track need no pull request: outputs empty, nothing written through the API', async () => {
    // Untracked evidence (by its modification time) is old enough; the committed evidence is not, at 365 days.
    checkout.writeWo('done', 'WO-0009');
    const untracked = writeEvidence(checkout, 'WO-0009');
    ageEvidence(checkout, untracked, daysAgo(400));

    const run = await runRetention({ ...proposeInputs, days: '365' });

    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ 'deleted-count': '2', 'pull-request-number': '', 'pull-request-url': '' });
    expect(checkout.exists(untracked.patch)).toBe(false);
    expect(writes()).toEqual([]);
    expect(run.summary).toContain('No pull request: none of the 2 deleted file(s) is tracked on `main`.');
  });

  test('nothing deleted, no pull request and no API call at all', async () => {
    const run = await runRetention({ ...proposeInputs, days: '365' });

    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ 'deleted-count': '0', 'pull-request-number': '', 'pull-request-url': '' });
    expect(api.calls).toEqual([]);
    expect(run.summary).toContain('No pull request: nothing was deleted.');
  });

  test('without pull-request, apply deletes in the working tree only and says how to propose it', async () => {
    const run = await runRetention({ mode: 'apply' });

    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ 'deleted-count': '2', 'pull-request-number': '', 'pull-request-url': '' });
    expect(api.calls).toEqual([]);
    expect(run.summary).toContain('set `pull-request: true` to propose it in a pull request');
  });

  test.each([
    [{ mode: 'dry-run', 'pull-request': 'true' }, "input 'pull-request': true needs mode 'apply' (a dry run deletes nothing to propose), got mode 'dry-run'"],
    [{ 'pull-request': 'true' }, "input 'pull-request': true needs mode 'apply' (a dry run deletes nothing to propose), got mode 'dry-run'"],
    [{ mode: 'apply', 'pull-request': 'please' }, "input 'pull-request': expected true or false, got 'please'"],
    [{ ...proposeInputs, 'pull-request-branch': 'bad..name' }, "input 'pull-request-branch': expected a valid branch name, got 'bad..name'"],
    [
      { ...proposeInputs, 'pull-request-branch': 'main' },
      "input 'pull-request-branch': 'main' is the branch this run is on, the pull request's base; choose a branch of its own, e.g. wo-toolkit/retention",
    ],
    [{ ...proposeInputs, 'github-token': '' }, "input 'github-token': a token is required when 'pull-request' is true"],
  ])('bad input %j fails the step with exit-code 2 before anything is deleted or sent', async (inputs, message) => {
    const before = checkout.snapshot();

    const run = await runRetention(inputs);

    expect(run.code).toBe(1);
    expect(run.outputs['exit-code']).toBe('2');
    expect(run.annotations.filter((a) => a.command === 'error').map((a) => a.message)).toEqual([message]);
    expect(checkout.snapshot()).toEqual(before);
    expect(api.calls).toEqual([]);
  });

  test('a runner without GITHUB_REPOSITORY is a configuration error before anything is deleted', async () => {
    const before = checkout.snapshot();

    const run = await runRetention(proposeInputs, runnerEnv('refs/heads/main', { GITHUB_REPOSITORY: '' }));

    expect(run.code).toBe(1);
    expect(run.outputs['exit-code']).toBe('2');
    expect(run.stdout).toContain("::error::GITHUB_REPOSITORY: expected owner/name, got ''");
    expect(checkout.snapshot()).toEqual(before);
    expect(api.calls).toEqual([]);
  });
});
