import { UsageError } from '../../src/core/errors.js';
import { CHECKSUM_FILE } from '../../src/core/evidence.js';
import { cell, plural, proposePullRequest } from './pull-request.js';

export { isBranchName } from './pull-request.js';

/**
 * Proposes retention deletions as ONE pull request through the shared proposer (pull-request.ts: REST
 * API only, one branch, never a foreign branch, never the base branch): this file owns only what the
 * retention proposal carries and says (title, commit message, body).
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

/**
 * Opens or updates the retention pull request. Returns undefined, touching no branch and no pull
 * request, when none of the deleted paths is tracked on the base branch.
 */
export async function openRetentionPullRequest(options: RetentionPullRequestOptions): Promise<RetentionPullRequest | undefined> {
  const { days } = options;
  if (!options.token) throw new UsageError('github-token: a token is required to open the retention pull request');
  if (!Number.isInteger(days) || days < 1) throw new UsageError(`days: expected a whole number >= 1, got '${days}'`);
  const byPath = new Map(options.deleted.map((d) => [d.path, d]));
  const deletionsOf = (changes: readonly { path: string }[]): RetentionDeletion[] => changes.map((c) => byPath.get(c.path)!);
  const proposal = await proposePullRequest({
    token: options.token,
    owner: options.owner,
    repo: options.repo,
    ...(options.base !== undefined ? { base: options.base } : {}),
    branch: options.branch,
    ...(options.runUrl !== undefined ? { runUrl: options.runUrl } : {}),
    ...(options.baseUrl !== undefined ? { baseUrl: options.baseUrl } : {}),
    changes: options.deleted.map((d) => ({ path: d.path, content: null })),
    trailer: { name: RETENTION_TRAILER, value: `${days} days` },
    what: 'retention pull request',
    commitKind: 'wo-toolkit retention',
    exampleBranch: 'wo-toolkit/retention',
    text: ({ base, proposed, notInBase, runUrl }) => {
      const deletions = deletionsOf(proposed);
      return {
        title: `wo-toolkit retention: delete ${plural(deletions.length, 'evidence file')} older than ${days} days`,
        commitMessage: commitMessage(deletions, days),
        body: pullRequestBody({ base, days, proposed: deletions, notInBase, runUrl }),
      };
    },
  });
  return proposal ? { ...proposal, proposed: deletionsOf(proposal.proposed) } : undefined;
}

function commitMessage(proposed: RetentionDeletion[], days: number): string {
  const listed = proposed.slice(0, 50).map((d) => `- ${d.path} (${d.age_days} days)`);
  if (proposed.length > listed.length) listed.push(`- and ${proposed.length - listed.length} more (see the pull request)`);
  return [
    `Retention: delete ${plural(proposed.length, 'evidence file')} older than ${days} days`,
    '',
    ...listed,
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



function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}
