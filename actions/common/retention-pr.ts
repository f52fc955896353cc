import { getOctokit } from '@actions/github';
import { ConfigurationError, UsageError, errorMessage } from '../../src/core/errors.js';
import { CHECKSUM_FILE } from '../../src/core/evidence.js';

/**
 * Proposes retention deletions as ONE pull request, entirely through the REST API (no git push, no
 * credentials on disk): read the base branch head, create a tree on top of its tree without the deleted
 * paths, commit it, create or force-update `refs/heads/<branch>`, then update the open pull request from
 * that branch or open one. Nothing leaves the base branch until a person merges it.
 */

export interface RetentionDeletion {
  /** Path relative to the repository root, with `/` separators. */
  path: string;
  age_days: number;
  bytes?: number;
}

export interface RetentionPullRequestOptions {
  token: string;
  owner: string;
  repo: string;
  /** The branch the pull request targets; default: the repository's default branch. */
  base?: string;
  /** The branch that carries the deletion commit (created or force-updated), e.g. `wo-toolkit/retention`. */
  branch: string;
  deleted: readonly RetentionDeletion[];
  /** The retention age the files were judged by (`--days`). */
  days: number;
  /** A link to the workflow run, shown in the body; default: built from GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID. */
  runUrl?: string;
  /** REST API root; default: GITHUB_API_URL or https://api.github.com. */
  baseUrl?: string;
}

export interface RetentionPullRequest {
  number: number;
  url: string;
  /** true when the pull request was opened by this call, false when an open one was updated. */
  created: boolean;
  base: string;
  branch: string;
  commit_sha: string;
  /** false when the branch already held exactly this proposal on the current base head. */
  branch_updated: boolean;
  /** The deletions in the commit (those tracked on the base branch). */
  proposed: RetentionDeletion[];
  /** Deleted paths that the base branch does not track (nothing to propose for them). */
  not_in_base: string[];
}

/** The trailer that marks a commit as ours: a branch whose head lacks it is never force-updated. */
export const RETENTION_TRAILER = 'Wo-Toolkit-Retention';
/** GitHub refuses bodies over 65,536 characters; keep a margin for the closing lines. */
const BODY_LIMIT = 60_000;

type Octokit = ReturnType<typeof getOctokit>;
interface TreeEntry {
  mode: string;
  type: string;
  sha: string;
}

/**
 * Opens or updates the retention pull request. Returns undefined, touching no branch and no pull
 * request, when none of the deleted paths is tracked on the base branch.
 */
export async function openRetentionPullRequest(options: RetentionPullRequestOptions): Promise<RetentionPullRequest | undefined> {
  const { owner, repo } = options;
  const deleted = checkOptions(options);
  const api = getOctokit(options.token, options.baseUrl ? { baseUrl: options.baseUrl } : {});
  const call = apiCaller(owner, repo);

  const base = options.base ?? (await call('read the repository', () => api.rest.repos.get({ owner, repo }))).data.default_branch;
  if (base === options.branch) {
    throw new UsageError(`pull-request-branch: '${options.branch}' is the base branch; choose a branch of its own, e.g. wo-toolkit/retention`);
  }
  const baseRef = await call(`read branch '${base}'`, () => api.rest.git.getRef({ owner, repo, ref: `heads/${base}` }));
  const baseHead = baseRef.data.object.sha;
  const baseCommit = await call(`read commit ${baseHead}`, () => api.rest.git.getCommit({ owner, repo, commit_sha: baseHead }));

  const tracked = await trackedBlobs(api, call, owner, repo, baseCommit.data.tree.sha, deleted.map((d) => d.path));
  const proposed = deleted.filter((d) => tracked.has(d.path));
  const notInBase = deleted.filter((d) => !tracked.has(d.path)).map((d) => d.path);
  if (proposed.length === 0) return undefined;

  const tree = await call('create the tree', () =>
    api.rest.git.createTree({
      owner,
      repo,
      base_tree: baseCommit.data.tree.sha,
      // `sha: null` deletes the path; the mode is the one the base tree has.
      tree: proposed.map((d) => ({ path: d.path, mode: tracked.get(d.path)!.mode as '100644', type: 'blob' as const, sha: null })),
    }),
  );

  const existing = await readBranch(api, call, owner, repo, options.branch);
  let commitSha: string;
  let branchUpdated = true;
  if (existing && existing.parent === baseHead && existing.tree === tree.data.sha) {
    commitSha = existing.sha; // the branch already proposes exactly this: leave it alone
    branchUpdated = false;
  } else {
    const commit = await call('create the commit', () =>
      api.rest.git.createCommit({ owner, repo, message: commitMessage(proposed, options.days), tree: tree.data.sha, parents: [baseHead] }),
    );
    commitSha = commit.data.sha;
    if (existing) {
      await call(`update branch '${options.branch}'`, () =>
        api.rest.git.updateRef({ owner, repo, ref: `heads/${options.branch}`, sha: commitSha, force: true }),
      );
    } else {
      await call(`create branch '${options.branch}'`, () =>
        api.rest.git.createRef({ owner, repo, ref: `refs/heads/${options.branch}`, sha: commitSha }),
      );
    }
  }

  const title = `wo-toolkit retention: delete ${plural(proposed.length, 'evidence file')} older than ${options.days} days`;
  const body = pullRequestBody({ base, days: options.days, proposed, notInBase, runUrl: options.runUrl ?? defaultRunUrl() });
  const open = await call('list pull requests', () =>
    api.rest.pulls.list({ owner, repo, state: 'open', head: `${owner}:${options.branch}`, base, per_page: 10 }),
  );
  const result = { base, branch: options.branch, commit_sha: commitSha, branch_updated: branchUpdated, proposed, not_in_base: notInBase };
  if (open.data.length > 0) {
    const pull = open.data[0]!;
    const updated = await call(`update pull request #${pull.number}`, () =>
      api.rest.pulls.update({ owner, repo, pull_number: pull.number, title, body }),
    );
    return { number: updated.data.number, url: updated.data.html_url, created: false, ...result };
  }
  const created = await call('open the pull request', () =>
    api.rest.pulls.create({ owner, repo, head: options.branch, base, title, body }),
  );
  return { number: created.data.number, url: created.data.html_url, created: true, ...result };
}

/** Validates the options (fail closed, one line naming the value) and returns the deletions, deduplicated. */
function checkOptions(options: RetentionPullRequestOptions): RetentionDeletion[] {
  if (!options.token) throw new UsageError('github-token: a token is required to open the retention pull request');
  if (!options.owner || !options.repo) throw new UsageError(`repository: expected owner and name, got '${options.owner}/${options.repo}'`);
  if (!Number.isInteger(options.days) || options.days < 1) throw new UsageError(`days: expected a whole number >= 1, got '${options.days}'`);
  if (!isBranchName(options.branch)) {
    throw new UsageError(`pull-request-branch: expected a valid branch name, got '${options.branch}'`);
  }
  if (options.base !== undefined && !isBranchName(options.base)) {
    throw new UsageError(`base: expected a valid branch name, got '${options.base}'`);
  }
  const byPath = new Map<string, RetentionDeletion>();
  for (const d of options.deleted) {
    const segments = d.path.split('/');
    if (d.path === '' || d.path.startsWith('/') || d.path.includes('\\') || segments.some((s) => s === '' || s === '.' || s === '..')) {
      throw new UsageError(`deleted path '${d.path}': expected a path relative to the repository root, with '/' separators`);
    }
    byPath.set(d.path, d);
  }
  return [...byPath.values()].sort((a, b) => a.path.localeCompare(b.path));
}

/** The rules of `git check-ref-format` that matter for a branch name typed by a person. */
export function isBranchName(name: string): boolean {
  if (!name || name.startsWith('-') || name.startsWith('/') || name.endsWith('/') || name.endsWith('.') || name.endsWith('.lock')) return false;
  if (name.includes('..') || name.includes('//') || name.includes('@{') || name === '@') return false;
  if (name.split('/').some((part) => part.startsWith('.'))) return false;
  // eslint-disable-next-line no-control-regex
  return !/[\x00-\x20\x7f~^:?*[\\]/.test(name);
}

type Call = <T>(what: string, request: () => Promise<T>) => Promise<T>;

/** Runs one REST call; a failure becomes one clear line (exit 2) that says what could not be done and why. */
function apiCaller(owner: string, repo: string): Call {
  return async (what, request) => {
    try {
      return await request();
    } catch (error) {
      throw apiFailure(owner, repo, what, error);
    }
  };
}

function apiFailure(owner: string, repo: string, what: string, error: unknown): ConfigurationError {
  const status = (error as { status?: number }).status;
  const hint =
    status === 401
      ? ' (the token is not valid)'
      : status === 403
        ? ' (forbidden: the token needs contents: write and pull-requests: write, and a GITHUB_TOKEN also needs the repository setting that allows GitHub Actions to create pull requests)'
        : status === 404
          ? ` (${owner}/${repo} or what was asked for does not exist, or the token cannot read it)`
          : '';
  return new ConfigurationError(`retention pull request: could not ${what}: ${status ? `HTTP ${status} ` : ''}${firstLine(errorMessage(error))}${hint}`);
}

function firstLine(text: string): string {
  return text.split('\n')[0]!.trim();
}

/**
 * Which of `paths` the base tree holds as files, with their modes: one recursive tree read, or, when
 * GitHub truncates it (very large repositories), a walk down only the folders on those paths.
 */
async function trackedBlobs(api: Octokit, call: Call, owner: string, repo: string, rootTree: string, paths: string[]): Promise<Map<string, TreeEntry>> {
  const wanted = new Set(paths);
  const found = new Map<string, TreeEntry>();
  const full = await call('read the base tree', () => api.rest.git.getTree({ owner, repo, tree_sha: rootTree, recursive: 'true' }));
  if (!full.data.truncated) {
    for (const entry of full.data.tree) {
      if (entry.type === 'blob' && entry.path !== undefined && wanted.has(entry.path)) {
        found.set(entry.path, { mode: entry.mode!, type: entry.type, sha: entry.sha! });
      }
    }
    return found;
  }
  const folders = new Map<string, Promise<Map<string, TreeEntry> | undefined>>();
  const listFolder = (folder: string): Promise<Map<string, TreeEntry> | undefined> => {
    let listing = folders.get(folder);
    if (!listing) {
      listing = (async () => {
        let sha = rootTree;
        if (folder !== '') {
          const cut = folder.lastIndexOf('/');
          const parent = await listFolder(cut < 0 ? '' : folder.slice(0, cut));
          const entry = parent?.get(folder.slice(cut + 1));
          if (!entry || entry.type !== 'tree') return undefined;
          sha = entry.sha;
        }
        const { data } = await call(`read tree '${folder || '/'}'`, () => api.rest.git.getTree({ owner, repo, tree_sha: sha }));
        return new Map(data.tree.map((e) => [e.path!, { mode: e.mode!, type: e.type!, sha: e.sha! }]));
      })();
      folders.set(folder, listing);
    }
    return listing;
  };
  for (const p of paths) {
    const cut = p.lastIndexOf('/');
    const entry = (await listFolder(cut < 0 ? '' : p.slice(0, cut)))?.get(p.slice(cut + 1));
    if (entry?.type === 'blob') found.set(p, entry);
  }
  return found;
}

/** The branch's head commit when the branch exists; refuses a branch whose head is not one of our commits. */
async function readBranch(
  api: Octokit,
  call: Call,
  owner: string,
  repo: string,
  branch: string,
): Promise<{ sha: string; parent: string | undefined; tree: string } | undefined> {
  let sha: string;
  try {
    sha = (await api.rest.git.getRef({ owner, repo, ref: `heads/${branch}` })).data.object.sha;
  } catch (error) {
    if ((error as { status?: number }).status === 404) return undefined;
    throw apiFailure(owner, repo, `read branch '${branch}'`, error);
  }
  const { data } = await call(`read commit ${sha}`, () => api.rest.git.getCommit({ owner, repo, commit_sha: sha }));
  if (!new RegExp(`^${RETENTION_TRAILER}:`, 'm').test(data.message)) {
    throw new ConfigurationError(
      `retention pull request: branch '${branch}' exists and its head ${sha.slice(0, 12)} is not a wo-toolkit retention commit; ` +
        'it is left untouched: delete that branch or choose another pull-request-branch',
    );
  }
  return { sha, parent: data.parents[0]?.sha, tree: data.tree.sha };
}

function commitMessage(proposed: RetentionDeletion[], days: number): string {
  const listed = proposed.slice(0, 50).map((d) => `- ${d.path} (${d.age_days} days)`);
  if (proposed.length > listed.length) listed.push(`- and ${proposed.length - listed.length} more (see the pull request)`);
  return [
    `Retention: delete ${plural(proposed.length, 'evidence file')} older than ${days} days`,
    '',
    ...listed,
    '',
    `${RETENTION_TRAILER}: ${days} days`,
  ].join('\n');
}

function pullRequestBody(input: {
  base: string;
  days: number;
  proposed: RetentionDeletion[];
  notInBase: string[];
  runUrl: string | undefined;
}): string {
  const { base, days, proposed, notInBase, runUrl } = input;
  const head = [
    `## Evidence retention: ${plural(proposed.length, 'file')} at least ${days} days old`,
    '',
    `Merging this pull request deletes the evidence files below from \`${base}\`; closing it keeps them.`,
    `It was opened by wo-toolkit retention-gc${runUrl ? ` in [this run](${runUrl})` : ''}, which reruns update it in place.`,
    '',
    `**Why these files were eligible.** Only \`dirty.<sha256>.patch\` files and \`dirty.patch.sha256\` checksums in evidence folders`,
    `\`<handoff>/<WO-ID>/\` are ever deleted, and only when at least ${days} days old (age from the last commit that touched the file)`,
    'and their folder is not protected: the work order is neither pending nor running, and its `decision.md` is complete.',
    '`decision.md`, `handoff.md`, `verdict.json`, `diff.patch` and the `dirty.patch` link are never deleted.',
    '',
    '| File | WO | Age (days) | Size | Why eligible |',
    '|---|---|---:|---:|---|',
  ];
  const totalBytes = proposed.reduce((sum, d) => sum + (d.bytes ?? 0), 0);
  const tail = [
    '',
    `**Total:** ${plural(proposed.length, 'file')}${proposed.some((d) => d.bytes !== undefined) ? `, ${formatBytes(totalBytes)}` : ''}.`,
  ];
  if (notInBase.length > 0) {
    tail.push(
      '',
      `<details><summary>${plural(notInBase.length, 'deleted file')} not tracked on \`${base}\` (nothing to propose)</summary>`,
      '',
      ...notInBase.slice(0, 200).map((p) => `- \`${cell(p)}\``),
      ...(notInBase.length > 200 ? [`- and ${notInBase.length - 200} more`] : []),
      '',
      '</details>',
    );
  }
  tail.push('', `<!-- ${RETENTION_TRAILER} -->`);

  const rows: string[] = [];
  let length = [...head, ...tail].join('\n').length;
  for (const d of proposed) {
    const row = `| \`${cell(d.path)}\` | ${cell(woOf(d.path))} | ${d.age_days} | ${d.bytes === undefined ? '' : formatBytes(d.bytes)} | ${reason(d, days)} |`;
    if (length + row.length + 200 > BODY_LIMIT) {
      rows.push(`| and ${proposed.length - rows.length} more files | | | | listed in the commit and the run's retention-gc report |`);
      break;
    }
    rows.push(row);
    length += row.length + 1;
  }
  return [...head, ...rows, ...tail].join('\n');
}

function reason(d: RetentionDeletion, days: number): string {
  const name = d.path.slice(d.path.lastIndexOf('/') + 1);
  const kind = name === CHECKSUM_FILE ? 'patch checksum' : 'dirty-worktree patch';
  return `${kind}, ${d.age_days} ≥ ${days} days old`;
}

function woOf(path: string): string {
  const parts = path.split('/');
  return parts.length >= 2 ? parts[parts.length - 2]! : '';
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/`/g, "'").replace(/\n/g, ' ');
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}

function defaultRunUrl(): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: runId } = process.env;
  return server && repository && runId ? `${server}/${repository}/actions/runs/${runId}` : undefined;
}
