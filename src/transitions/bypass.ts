import { git } from '../core/git.js';

/**
 * Which commits of the range changed which files, and which commits carry the bypass marker: what
 * decides whether a violation is bypassed (docs/transitions.md, "The bypass marker").
 */

export interface MarkedCommit {
  sha: string;
  subject: string;
}

export interface RangeHistory {
  /** Path → the commits of the range that changed it, oldest first. */
  commitsByPath: Map<string, string[]>;
  /** The commits whose message holds the marker, by SHA. */
  marked: Map<string, MarkedCommit>;
  /** Each commit's place in the range, oldest first. */
  order: Map<string, number>;
}

const COMMIT_LINE = /^\n?commit ([0-9a-f]{40,64})$/;

/**
 * Walks the commits of `from..head` that changed `pathspecs`, merges included: every commit is listed
 * (no history simplification), and a merge counts as changing a file only where its result differs from
 * every parent, that is where the merge itself decided the content. Renames are listed as their two paths.
 */
export async function readRangeHistory(root: string, from: string, head: string, pathspecs: readonly string[], marker: string): Promise<RangeHistory> {
  const range = [`${from}..${head}`];
  const [changed, markedOut] = await Promise.all([
    git(['log', '--no-show-signature', '-z', '--format=commit %H', '--name-only', '--no-renames', '--full-history', '--diff-merges=dense-combined', '--reverse', ...range, '--', ...pathspecs], { cwd: root }),
    marker === ''
      ? Promise.resolve('')
      : git(['log', '--no-show-signature', '-z', '--format=%H%x00%s', '--fixed-strings', `--grep=${marker}`, ...range], { cwd: root }),
  ]);
  const commitsByPath = new Map<string, string[]>();
  const order = new Map<string, number>();
  let current: string | undefined;
  for (const token of changed.split('\0')) {
    const commit = COMMIT_LINE.exec(token);
    if (commit) {
      current = commit[1]!;
      order.set(current, order.size);
      continue;
    }
    const path = token.replace(/^\n/, '');
    if (path === '' || current === undefined) continue;
    const list = commitsByPath.get(path);
    if (list === undefined) commitsByPath.set(path, [current]);
    else if (list[list.length - 1] !== current) list.push(current);
  }
  const marked = new Map<string, MarkedCommit>();
  const fields = markedOut.split('\0');
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const sha = fields[i]!.replace(/^\n/, '');
    if (/^[0-9a-f]{40,64}$/.test(sha)) marked.set(sha, { sha, subject: fields[i + 1]! });
  }
  return { commitsByPath, marked, order };
}

/**
 * The marked commit that bypasses a violation about `paths`, if any: a violation is bypassed when every
 * commit of the range that changed one of its paths carries the marker (a commit without it that also
 * changed them keeps the violation, so a marker never covers someone else's change). The newest of
 * them is named.
 */
export function bypassingCommit(history: RangeHistory, paths: readonly string[]): MarkedCommit | undefined {
  const commits = new Set(paths.flatMap((p) => history.commitsByPath.get(p) ?? []));
  if (commits.size === 0) return undefined;
  let newest: MarkedCommit | undefined;
  for (const sha of commits) {
    const marked = history.marked.get(sha);
    if (marked === undefined) return undefined;
    if (newest === undefined || (history.order.get(sha) ?? 0) > (history.order.get(newest.sha) ?? 0)) newest = marked;
  }
  return newest;
}
