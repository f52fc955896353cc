import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import type { Args } from '../../src/core/args.js';
import { ConfigurationError, UsageError, errorMessage } from '../../src/core/errors.js';

/**
 * Proposes file changes as ONE pull request, entirely through the REST API (no git push, no
 * credentials on disk): read the base branch head, create a tree on top of its tree with the changes
 * (new content as blobs, deletions of tracked paths), commit it, create or force-update
 * `refs/heads/<branch>`, then update the open pull request from that branch or open one. The branch
 * is only ever force-updated when its head is one of the proposer's own commits (its trailer); nothing
 * leaves the base branch until a person merges the pull request. retention-gc (deletions) and
 * reconcile (moves, new files, edits) both propose through it.
 */

export interface FileChange {
  /** Path relative to the repository root, with `/` separators. */
  path: string;
  /** The file's new bytes; null deletes it. */
  content: Buffer | null;
}

export interface ProposalText {
  /** The pull request's title. */
  title: string;
  /** The commit message (the trailer line is added). */
  commitMessage: string;
  body: string;
}

export interface ProposalOptions {
  token: string;
  owner: string;
  repo: string;
  /** The branch the pull request targets; default: the repository's default branch. */
  base?: string;
  /** The branch that carries the proposal commit (created or force-updated). */
  branch: string;
  changes: readonly FileChange[];
  /** The trailer that marks the proposer's commits, e.g. `Wo-Toolkit-Retention`, and its value. */
  trailer: { name: string; value: string };
  /** What is proposed, in messages: `retention pull request`. */
  what: string;
  /** Whose commits the branch may hold, in messages: `wo-toolkit retention`. */
  commitKind: string;
  /** A branch name to suggest when `branch` cannot be used, e.g. `wo-toolkit/retention`. */
  exampleBranch: string;
  /** The text, once it is known which changes are proposed and which deletions the base does not track. */
  text(input: { base: string; proposed: FileChange[]; notInBase: string[]; runUrl: string | undefined }): ProposalText;
  /** A link to the workflow run; default: built from GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID. */
  runUrl?: string;
  /** REST API root; default: GITHUB_API_URL or https://api.github.com. */
  baseUrl?: string;
}

export interface Proposal {
  number: number;
  url: string;
  /** true when the pull request was opened by this call, false when an open one was updated. */
  created: boolean;
  base: string;
  branch: string;
  commit_sha: string;
  /** false when the branch already held exactly this proposal on the current base head. */
  branch_updated: boolean;
  /** The changes in the commit (writes, and deletions of paths the base branch tracks). */
  proposed: FileChange[];
  /** Deleted paths that the base branch does not track (nothing to propose for them). */
  not_in_base: string[];
}

/** Where a proposal goes: read from the inputs and the runner's environment. */
export interface PullRequestTarget {
  token: string;
  owner: string;
  repo: string;
  /** undefined: the repository's default branch (read through the API). */
  base: string | undefined;
  branch: string;
}

/**
 * The inputs `pull-request`, `pull-request-branch` and `github-token` and the repository they target,
 * checked before anything is written; undefined when no pull request is asked for. `mode` is the
 * action's mode, which must be `apply` (`nothing` says why another mode has nothing to propose).
 */
export function readPullRequestTarget(args: Args, mode: string, options: { defaultBranch: string; nothing: string }): PullRequestTarget | undefined {
  if (!args.flag('pull-request')) return undefined;
  if (mode !== 'apply') throw new UsageError(`${args.label('pull-request')}: true needs mode 'apply' (${options.nothing}), got mode '${mode}'`);
  const branch = args.text('pull-request-branch') ?? options.defaultBranch;
  if (!isBranchName(branch)) throw new UsageError(`${args.label('pull-request-branch')}: expected a valid branch name, got '${branch}'`);
  const token = args.text('github-token');
  if (token === undefined) throw new UsageError(`${args.label('github-token')}: a token is required when 'pull-request' is true`);
  core.setSecret(token);
  const repository = process.env['GITHUB_REPOSITORY'] ?? '';
  const [owner, repo, ...extra] = repository.split('/');
  if (!owner || !repo || extra.length > 0) throw new ConfigurationError(`GITHUB_REPOSITORY: expected owner/name, got '${repository}'`);
  // A run on a branch proposes against that branch; a tag, pull-request or unset ref against the default branch.
  const ref = process.env['GITHUB_REF'] ?? '';
  const base = ref.startsWith('refs/heads/') ? process.env['GITHUB_REF_NAME'] || ref.slice('refs/heads/'.length) : undefined;
  if (base === branch) {
    throw new UsageError(`${args.label('pull-request-branch')}: '${branch}' is the branch this run is on, the pull request's base; choose a branch of its own, e.g. ${options.defaultBranch}`);
  }
  return { token, owner, repo, base, branch };
}

type Octokit = ReturnType<typeof getOctokit>;
interface TreeEntry {
  mode: string;
  type: string;
  sha: string;
}

/**
 * Opens or updates the pull request. Returns undefined, touching no branch and no pull request, when
 * there is nothing to propose (no write, and no deleted path tracked on the base branch).
 */
export async function proposePullRequest(options: ProposalOptions): Promise<Proposal | undefined> {
  const { owner, repo } = options;
  const changes = checkOptions(options);
  const api = getOctokit(options.token, options.baseUrl ? { baseUrl: options.baseUrl } : {});
  const call = apiCaller(owner, repo, options.what);

  const base = options.base ?? (await call('read the repository', () => api.rest.repos.get({ owner, repo }))).data.default_branch;
  if (base === options.branch) {
    throw new UsageError(`pull-request-branch: '${options.branch}' is the base branch; choose a branch of its own, e.g. ${options.exampleBranch}`);
  }
  const baseRef = await call(`read branch '${base}'`, () => api.rest.git.getRef({ owner, repo, ref: `heads/${base}` }));
  const baseHead = baseRef.data.object.sha;
  const baseCommit = await call(`read commit ${baseHead}`, () => api.rest.git.getCommit({ owner, repo, commit_sha: baseHead }));

  const tracked = await trackedBlobs(api, call, owner, repo, baseCommit.data.tree.sha, changes.map((c) => c.path));
  const proposed = changes.filter((c) => c.content !== null || tracked.has(c.path));
  const notInBase = changes.filter((c) => c.content === null && !tracked.has(c.path)).map((c) => c.path);
  if (proposed.length === 0) return undefined;

  const entries: { path: string; mode: '100644'; type: 'blob'; sha: string | null }[] = [];
  for (const change of proposed) {
    const mode = (tracked.get(change.path)?.mode ?? '100644') as '100644';
    if (change.content === null) {
      // `sha: null` deletes the path; the mode is the one the base tree has.
      entries.push({ path: change.path, mode, type: 'blob' as const, sha: null });
      continue;
    }
    const content = change.content;
    const blob = await call(`store ${change.path}`, () => api.rest.git.createBlob({ owner, repo, content: content.toString('base64'), encoding: 'base64' }));
    entries.push({ path: change.path, mode, type: 'blob' as const, sha: blob.data.sha });
  }
  const tree = await call('create the tree', () => api.rest.git.createTree({ owner, repo, base_tree: baseCommit.data.tree.sha, tree: entries }));

  const text = options.text({ base, proposed, notInBase, runUrl: options.runUrl ?? defaultRunUrl() });
  const existing = await readBranch(api, call, options);
  let commitSha: string;
  let branchUpdated = true;
  if (existing && existing.parent === baseHead && existing.tree === tree.data.sha) {
    commitSha = existing.sha; // the branch already proposes exactly this: leave it alone
    branchUpdated = false;
  } else {
    const message = `${text.commitMessage.replace(/\n+$/, '')}\n\n${options.trailer.name}: ${options.trailer.value}`;
    const commit = await call('create the commit', () => api.rest.git.createCommit({ owner, repo, message, tree: tree.data.sha, parents: [baseHead] }));
    commitSha = commit.data.sha;
    if (existing) {
      await call(`update branch '${options.branch}'`, () => api.rest.git.updateRef({ owner, repo, ref: `heads/${options.branch}`, sha: commitSha, force: true }));
    } else {
      await call(`create branch '${options.branch}'`, () => api.rest.git.createRef({ owner, repo, ref: `refs/heads/${options.branch}`, sha: commitSha }));
    }
  }

  const { title, body } = text;
  const open = await call('list pull requests', () => api.rest.pulls.list({ owner, repo, state: 'open', head: `${owner}:${options.branch}`, base, per_page: 10 }));
  const result = { base, branch: options.branch, commit_sha: commitSha, branch_updated: branchUpdated, proposed, not_in_base: notInBase };
  if (open.data.length > 0) {
    const pull = open.data[0]!;
    const updated = await call(`update pull request #${pull.number}`, () => api.rest.pulls.update({ owner, repo, pull_number: pull.number, title, body }));
    return { number: updated.data.number, url: updated.data.html_url, created: false, ...result };
  }
  const created = await call('open the pull request', () => api.rest.pulls.create({ owner, repo, head: options.branch, base, title, body }));
  return { number: created.data.number, url: created.data.html_url, created: true, ...result };
}

/** Validates the options (fail closed, one line naming the value) and returns the changes, one per path, sorted. */
function checkOptions(options: ProposalOptions): FileChange[] {
  if (!options.token) throw new UsageError(`github-token: a token is required to open the ${options.what}`);
  if (!options.owner || !options.repo) throw new UsageError(`repository: expected owner and name, got '${options.owner}/${options.repo}'`);
  if (!isBranchName(options.branch)) {
    throw new UsageError(`pull-request-branch: expected a valid branch name, got '${options.branch}'`);
  }
  if (options.base !== undefined && !isBranchName(options.base)) {
    throw new UsageError(`base: expected a valid branch name, got '${options.base}'`);
  }
  const byPath = new Map<string, FileChange>();
  for (const change of options.changes) {
    const segments = change.path.split('/');
    if (change.path === '' || change.path.startsWith('/') || change.path.includes('\\') || segments.some((s) => s === '' || s === '.' || s === '..' || s === '.git')) {
      throw new UsageError(`${change.content === null ? 'deleted' : 'changed'} path '${change.path}': expected a path relative to the repository root, with '/' separators`);
    }
    byPath.set(change.path, change);
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
function apiCaller(owner: string, repo: string, proposal: string): Call {
  return async (what, request) => {
    try {
      return await request();
    } catch (error) {
      throw apiFailure(owner, repo, proposal, what, error);
    }
  };
}

function apiFailure(owner: string, repo: string, proposal: string, what: string, error: unknown): ConfigurationError {
  const status = (error as { status?: number }).status;
  const hint =
    status === 401
      ? ' (the token is not valid)'
      : status === 403
        ? ' (forbidden: the token needs contents: write and pull-requests: write, and a GITHUB_TOKEN also needs the repository setting that allows GitHub Actions to create pull requests)'
        : status === 404
          ? ` (${owner}/${repo} or what was asked for does not exist, or the token cannot read it)`
          : '';
  return new ConfigurationError(`${proposal}: could not ${what}: ${status ? `HTTP ${status} ` : ''}${firstLine(errorMessage(error))}${hint}`);
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

/** The branch's head commit when the branch exists; refuses a branch whose head is not one of the proposer's commits. */
async function readBranch(api: Octokit, call: Call, options: ProposalOptions): Promise<{ sha: string; parent: string | undefined; tree: string } | undefined> {
  const { owner, repo, branch } = options;
  let sha: string;
  try {
    sha = (await api.rest.git.getRef({ owner, repo, ref: `heads/${branch}` })).data.object.sha;
  } catch (error) {
    if ((error as { status?: number }).status === 404) return undefined;
    throw apiFailure(owner, repo, options.what, `read branch '${branch}'`, error);
  }
  const { data } = await call(`read commit ${sha}`, () => api.rest.git.getCommit({ owner, repo, commit_sha: sha }));
  if (!new RegExp(`^${options.trailer.name}:`, 'm').test(data.message)) {
    throw new ConfigurationError(
      `${options.what}: branch '${branch}' exists and its head ${sha.slice(0, 12)} is not a ${options.commitKind} commit; ` +
        'it is left untouched: delete that branch or choose another pull-request-branch',
    );
  }
  return { sha, parent: data.parents[0]?.sha, tree: data.tree.sha };
}

export function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** Text for a Markdown table cell. */
export function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/`/g, "'").replace(/\n/g, ' ');
}

function defaultRunUrl(): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: runId } = process.env;
  return server && repository && runId ? `${server}/${repository}/actions/runs/${runId}` : undefined;
}
