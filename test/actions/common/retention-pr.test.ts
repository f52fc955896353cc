import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { ConfigurationError, UsageError } from '../../../src/core/errors.js';
import { openRetentionPullRequest, RETENTION_TRAILER, type RetentionDeletion } from '../../../actions/common/retention-pr.js';
import { GitHubApiEmulator } from '../../helpers/github-api-emulator.js';
import { TestRepo } from '../../helpers/repo.js';

const OWNER = 'acme';
const REPO = 'app';
const TOKEN = 'test-token';
const BRANCH = 'wo-toolkit/retention';
const SHA_A = 'a'.repeat(64);
const SHA_B = 'b'.repeat(64);

let repo: TestRepo;
let api: GitHubApiEmulator;

/** A governed repository with two evidence folders, each with a patch, its checksum and the files that always stay. */
function governedRepository(): TestRepo {
  const r = TestRepo.create();
  for (const [id, sha] of [
    ['WO-0001', SHA_A],
    ['WO-0002', SHA_B],
  ] as const) {
    r.write(`_ctx/handoff/${id}/dirty.${sha}.patch`, `diff --git a/x b/x\n+${id}\n`);
    r.write(`_ctx/handoff/${id}/dirty.patch.sha256`, `${sha}  dirty.${sha}.patch\n`);
    r.write(`_ctx/handoff/${id}/decision.md`, `| **Status** | done |\n[x] DISCARD\n`);
    r.write(`_ctx/handoff/${id}/verdict.json`, '{"verdict":"PASS"}\n');
  }
  r.write('src/app.ts', 'export {};\n');
  r.commit('evidence');
  return r;
}

function trackedFiles(ref: string): string[] {
  return repo.git('ls-tree', '-r', '--name-only', '-z', ref).split('\0').filter(Boolean).sort();
}

function open(deleted: RetentionDeletion[], extra: Partial<Parameters<typeof openRetentionPullRequest>[0]> = {}) {
  return openRetentionPullRequest({ token: TOKEN, owner: OWNER, repo: REPO, branch: BRANCH, deleted, days: 90, baseUrl: api.url, ...extra });
}

const firstRound: RetentionDeletion[] = [
  { path: `_ctx/handoff/WO-0001/dirty.${SHA_A}.patch`, age_days: 120, bytes: 2048 },
  { path: '_ctx/handoff/WO-0001/dirty.patch.sha256', age_days: 120, bytes: 83 },
  { path: `_ctx/handoff/WO-0002/dirty.${SHA_B}.patch`, age_days: 95, bytes: 100 },
];

beforeEach(async () => {
  repo = governedRepository();
  api = await GitHubApiEmulator.start({ gitDir: repo.root, owner: OWNER, repo: REPO, token: TOKEN });
});

afterEach(async () => {
  await api.stop();
  repo.cleanup();
});

describe('openRetentionPullRequest', () => {
  test('creates one branch whose commit drops exactly the deleted paths, and opens the pull request', async () => {
    const before = trackedFiles('main');
    const mainHead = repo.git('rev-parse', 'main').trim();

    const result = await open(firstRound, { runUrl: 'https://github.example/acme/app/actions/runs/42' });

    expect(result).toMatchObject({ number: 1, created: true, base: 'main', branch: BRANCH, branch_updated: true, not_in_base: [] });
    expect(result!.url).toBe(`https://github.example/${OWNER}/${REPO}/pull/1`);
    // The branch is real git: its commit sits on main's head and its tree is main's minus those paths.
    expect(repo.git('rev-parse', `refs/heads/${BRANCH}`).trim()).toBe(result!.commit_sha);
    expect(repo.git('rev-parse', `${BRANCH}^`).trim()).toBe(mainHead);
    const deletedPaths = firstRound.map((d) => d.path).sort();
    expect(trackedFiles(BRANCH)).toEqual(before.filter((p) => !deletedPaths.includes(p)));
    expect(repo.git('diff', '--name-status', 'main', BRANCH).trim().split('\n').sort()).toEqual(deletedPaths.map((p) => `D\t${p}`));
    // Nothing left the base branch.
    expect(repo.git('rev-parse', 'main').trim()).toBe(mainHead);
    expect(trackedFiles('main')).toEqual(before);
    expect(repo.git('log', '-1', '--format=%B', BRANCH)).toContain(`${RETENTION_TRAILER}: 90 days`);

    // One pull request whose body lists every deleted file with its age and why it was eligible.
    expect(api.pulls).toHaveLength(1);
    const pull = api.pulls[0]!;
    expect(pull).toMatchObject({ head: BRANCH, base: 'main', state: 'open' });
    expect(pull.title).toBe('wo-toolkit retention: delete 3 evidence files older than 90 days');
    expect(pull.body).toContain(`| \`_ctx/handoff/WO-0001/dirty.${SHA_A}.patch\` | WO-0001 | 120 | 2.0 KiB | dirty-worktree patch, 120 ≥ 90 days old |`);
    expect(pull.body).toContain('| `_ctx/handoff/WO-0001/dirty.patch.sha256` | WO-0001 | 120 | 83 B | patch checksum, 120 ≥ 90 days old |');
    expect(pull.body).toContain(`| \`_ctx/handoff/WO-0002/dirty.${SHA_B}.patch\` | WO-0002 | 95 | 100 B | dirty-worktree patch, 95 ≥ 90 days old |`);
    expect(pull.body).toContain('decision.md');
    expect(pull.body).toContain('in [this run](https://github.example/acme/app/actions/runs/42)');

    // The whole exchange went through the REST API, in this order.
    expect(api.writes().map((c) => `${c.method} ${c.path}`)).toEqual([
      `POST /repos/${OWNER}/${REPO}/git/trees`,
      `POST /repos/${OWNER}/${REPO}/git/commits`,
      `POST /repos/${OWNER}/${REPO}/git/refs`,
      `POST /repos/${OWNER}/${REPO}/pulls`,
    ]);
    const treeCall = api.writes()[0]!.body as { base_tree: string; tree: { path: string; sha: null; mode: string }[] };
    expect(treeCall.base_tree).toBe(repo.git('rev-parse', 'main^{tree}').trim());
    expect(treeCall.tree.map((e) => [e.path, e.sha, e.mode])).toEqual(deletedPaths.map((p) => [p, null, '100644']));
  });

  test('a second run force-updates the same branch on the new base head and updates the one open pull request', async () => {
    const first = await open(firstRound);
    // The base branch moves on, and the next run finds one more file.
    repo.write('src/next.ts', 'export const next = 1;\n');
    const newHead = repo.commit('more work');
    const secondRound = [...firstRound, { path: '_ctx/handoff/WO-0002/dirty.patch.sha256', age_days: 95, bytes: 83 }];
    api.calls.length = 0;

    const second = await open(secondRound, { days: 60 });

    expect(second).toMatchObject({ number: first!.number, created: false, branch_updated: true });
    expect(second!.commit_sha).not.toBe(first!.commit_sha);
    expect(repo.git('rev-parse', `${BRANCH}^`).trim()).toBe(newHead);
    expect(repo.git('diff', '--name-status', 'main', BRANCH).trim().split('\n').sort()).toEqual(
      secondRound.map((d) => `D\t${d.path}`).sort(),
    );
    expect(api.pulls).toHaveLength(1);
    expect(api.pulls[0]!.title).toBe('wo-toolkit retention: delete 4 evidence files older than 60 days');
    expect(api.pulls[0]!.body).toContain('| `_ctx/handoff/WO-0002/dirty.patch.sha256` | WO-0002 | 95 | 83 B | patch checksum, 95 ≥ 60 days old |');
    expect(api.writes().map((c) => `${c.method} ${c.path}`)).toEqual([
      `POST /repos/${OWNER}/${REPO}/git/trees`,
      `POST /repos/${OWNER}/${REPO}/git/commits`,
      `PATCH /repos/${OWNER}/${REPO}/git/refs/heads/${BRANCH}`,
      `PATCH /repos/${OWNER}/${REPO}/pulls/1`,
    ]);
    expect(api.writes()[2]!.body).toMatchObject({ sha: second!.commit_sha, force: true });
  });

  test('a rerun with the same proposal on the same base leaves the branch alone and refreshes the body', async () => {
    const first = await open(firstRound);
    api.calls.length = 0;

    const again = await open(firstRound.map((d) => ({ ...d, age_days: d.age_days + 1 })));

    expect(again).toMatchObject({ number: 1, created: false, branch_updated: false, commit_sha: first!.commit_sha });
    expect(api.writes().map((c) => `${c.method} ${c.path}`)).toEqual([
      `POST /repos/${OWNER}/${REPO}/git/trees`,
      `PATCH /repos/${OWNER}/${REPO}/pulls/1`,
    ]);
    expect(api.pulls[0]!.body).toContain('| WO-0001 | 121 |');
  });

  test('paths the base branch does not track are left out of the commit and named in the body', async () => {
    const untracked = '_ctx/handoff/WO-0009/dirty.patch.sha256';
    const result = await open([...firstRound, { path: untracked, age_days: 200 }]);

    expect(result!.not_in_base).toEqual([untracked]);
    expect(result!.proposed.map((d) => d.path)).toEqual(firstRound.map((d) => d.path).sort());
    expect(repo.git('diff', '--name-only', 'main', BRANCH).split('\n')).not.toContain(untracked);
    expect(api.pulls[0]!.body).toContain(`\`${untracked}\``);
    expect(api.pulls[0]!.body).toContain('not tracked on `main`');
  });

  test('when nothing deleted is tracked on the base branch, no branch and no pull request are touched', async () => {
    const result = await open([{ path: '_ctx/handoff/WO-0009/dirty.patch.sha256', age_days: 200 }]);
    expect(result).toBeUndefined();
    expect(api.writes()).toEqual([]);
    expect(repo.git('branch', '--list', BRANCH).trim()).toBe('');
  });

  test('a truncated recursive tree (huge repository) falls back to reading only the folders on the paths', async () => {
    await api.stop();
    api = await GitHubApiEmulator.start({ gitDir: repo.root, owner: OWNER, repo: REPO, token: TOKEN, truncateRecursiveTreesAt: 2 });

    const result = await open(firstRound);

    expect(result!.proposed).toHaveLength(3);
    expect(repo.git('diff', '--name-only', 'main', BRANCH).trim().split('\n').sort()).toEqual(firstRound.map((d) => d.path).sort());
    const treeReads = api.calls.filter((c) => c.method === 'GET' && c.path.includes('/git/trees/'));
    // One recursive read, then root, _ctx, _ctx/handoff and the two evidence folders: each read once.
    expect(treeReads.filter((c) => c.query['recursive'] === undefined)).toHaveLength(5);
  });

  test('the base defaults to the repository default branch', async () => {
    repo.git('branch', '-m', 'main', 'trunk');
    await api.stop();
    api = await GitHubApiEmulator.start({ gitDir: repo.root, owner: OWNER, repo: REPO, token: TOKEN, defaultBranch: 'trunk' });

    const result = await open(firstRound);

    expect(result!.base).toBe('trunk');
    expect(api.pulls[0]!.base).toBe('trunk');
    expect(api.calls[0]).toMatchObject({ method: 'GET', path: `/repos/${OWNER}/${REPO}` });
  });

  test('a branch of that name that holds someone else\'s commit is never force-updated', async () => {
    repo.git('branch', BRANCH, 'main');
    const foreignHead = repo.git('rev-parse', BRANCH).trim();

    await expect(open(firstRound)).rejects.toThrow(
      new ConfigurationError(
        `retention pull request: branch '${BRANCH}' exists and its head ${foreignHead.slice(0, 12)} is not a wo-toolkit retention commit; ` +
          'it is left untouched: delete that branch or choose another pull-request-branch',
      ),
    );
    expect(repo.git('rev-parse', BRANCH).trim()).toBe(foreignHead);
    expect(api.writes().filter((c) => c.path.includes('/git/refs') || c.path.includes('/pulls'))).toEqual([]);
  });

  test('an API refusal becomes one clear line that says what failed and what to check', async () => {
    api.failNext('POST', /\/pulls$/, 403, 'GitHub Actions is not permitted to create or approve pull requests.');

    const failure = open(firstRound);

    await expect(failure).rejects.toBeInstanceOf(ConfigurationError);
    await expect(failure).rejects.toThrow(
      /^retention pull request: could not open the pull request: HTTP 403 GitHub Actions is not permitted to create or approve pull requests\..*allows GitHub Actions to create pull requests\)$/,
    );
  });

  test('a wrong token is reported as such', async () => {
    await expect(open(firstRound, { token: 'wrong' })).rejects.toThrow(
      /^retention pull request: could not read the repository: HTTP 401 Bad credentials.* \(the token is not valid\)$/,
    );
  });

  test.each([
    [{ branch: 'main' }, "pull-request-branch: 'main' is the base branch; choose a branch of its own, e.g. wo-toolkit/retention"],
    [{ branch: 'bad..name' }, "pull-request-branch: expected a valid branch name, got 'bad..name'"],
    [{ branch: 'has space' }, "pull-request-branch: expected a valid branch name, got 'has space'"],
    [{ days: 0 }, "days: expected a whole number >= 1, got '0'"],
    [{ token: '' }, 'github-token: a token is required to open the retention pull request'],
    [{ deleted: [{ path: '../outside', age_days: 100 }] }, "deleted path '../outside': expected a path relative to the repository root, with '/' separators"],
    [{ deleted: [{ path: '/etc/passwd', age_days: 100 }] }, "deleted path '/etc/passwd': expected a path relative to the repository root, with '/' separators"],
  ] as [Record<string, unknown>, string][])('bad options fail closed before any change: %j', async (override, message) => {
    const options = { token: TOKEN, owner: OWNER, repo: REPO, branch: BRANCH, deleted: firstRound, days: 90, baseUrl: api.url, base: 'main', ...override };
    await expect(openRetentionPullRequest(options)).rejects.toThrow(new UsageError(message));
    expect(api.writes()).toEqual([]);
  });

  test('a very long list keeps the body under the GitHub limit and says how many more there are', async () => {
    const many: RetentionDeletion[] = [];
    for (let i = 0; i < 1500; i += 1) {
      const id = `WO-${String(1000 + i).padStart(4, '0')}`;
      repo.write(`_ctx/handoff/${id}/dirty.patch.sha256`, `${SHA_A}  dirty.${SHA_A}.patch\n`);
      many.push({ path: `_ctx/handoff/${id}/dirty.patch.sha256`, age_days: 100, bytes: 83 });
    }
    repo.commit('many evidence folders');

    const result = await open(many);

    expect(result!.proposed).toHaveLength(1500);
    expect(repo.git('diff', '--name-only', 'main', BRANCH).trim().split('\n')).toHaveLength(1500);
    const body = api.pulls[0]!.body;
    expect(body.length).toBeLessThanOrEqual(65_536);
    const listed = body.split('\n').filter((line) => line.startsWith('| `_ctx/handoff/')).length;
    expect(listed).toBeGreaterThan(100);
    expect(listed).toBeLessThan(1500);
    expect(body).toContain(`| and ${1500 - listed} more files |`);
  });
});
