import fs from 'node:fs';
import path from 'node:path';
import { git, gitCommonDir, tryGit } from '../core/git.js';

/**
 * Commits that only a worktree holds (docs/gc.md, "Safety rules"). Removing a worktree, or pruning a
 * registration whose folder is gone, deletes its administrative folder (`<common>/worktrees/<name>`)
 * and with it the worktree's own refs (`refs/worktree/*`, `refs/bisect/*`, `refs/rewritten/*`), its
 * HEAD, pseudo-refs (ORIG_HEAD, …) and HEAD reflog: a commit that nothing else reaches would then be
 * lost to git's next garbage collection. Before that, gc keeps each such commit under a ref of its own,
 * `refs/wo-toolkit/kept/<WO>/<name>/<what>`, in the shared refs. Submodule repositories kept in the
 * administrative folder (`modules/`) hold commits of other repositories: gc refuses those worktrees.
 */

export const KEPT_REFS = 'refs/wo-toolkit/kept';
const PER_WORKTREE = ['refs/worktree', 'refs/bisect', 'refs/rewritten'];
const PSEUDO_REFS = ['HEAD', 'ORIG_HEAD', 'FETCH_HEAD', 'MERGE_HEAD', 'CHERRY_PICK_HEAD', 'REVERT_HEAD', 'REBASE_HEAD', 'BISECT_HEAD', 'AUTO_MERGE'];

export interface KeepPlan {
  /** The worktree's administrative folder, when found. */
  adminDir?: string;
  /** Refs to create: full ref name → object. */
  refs: Map<string, string>;
  /** Submodule repositories in the administrative folder (relative to it): the worktree is refused. */
  modules: string[];
}

/** The administrative folder of the worktree registered at `worktreePath` (its `gitdir` file names `<path>/.git`). */
async function adminDirOf(root: string, worktreePath: string): Promise<string | undefined> {
  const admin = path.join(await gitCommonDir(root), 'worktrees');
  let names: string[];
  try {
    names = fs.readdirSync(admin);
  } catch {
    return undefined;
  }
  const wanted = path.resolve(worktreePath);
  for (const name of names) {
    try {
      const gitdir = fs.readFileSync(path.join(admin, name, 'gitdir'), 'utf8').trim();
      if (path.resolve(path.dirname(gitdir)) === wanted) return path.join(admin, name);
    } catch {
      // not a registration
    }
  }
  return undefined;
}

function listModules(adminDir: string): string[] {
  const modules = path.join(adminDir, 'modules');
  try {
    return fs.readdirSync(modules).map((name) => `modules/${name}`);
  } catch {
    return [];
  }
}

const safeName = (text: string): string => text.replace(/[^A-Za-z0-9._/-]/g, '_').replace(/\.\.+/g, '_').replace(/\/+/g, '/').replace(/(^[/.]+|[/.]+$)/g, '') || 'x';

/**
 * What must be kept before the worktree at `worktreePath` of WO `woId` loses its administrative folder.
 * Read-only: a dry run reports it as it is.
 */
export async function planKeep(root: string, woId: string, worktreePath: string): Promise<KeepPlan> {
  const adminDir = await adminDirOf(root, worktreePath);
  if (!adminDir) return { refs: new Map(), modules: [] };
  const modules = listModules(adminDir);
  const opts = { cwd: root, env: { GIT_DIR: adminDir } };
  const candidates = new Map<string, string>();
  // Refs to anything but a commit (a tag, a tree, a blob) are kept as they are, reached or not.
  const direct = new Map<string, string>();
  // Three reads of the worktree's own git folder, side by side.
  const [refs, pseudo, reflog] = await Promise.all([
    tryGit(['for-each-ref', '--format=%(objecttype) %(objectname) %(refname)', ...PER_WORKTREE], opts),
    // One process resolves every pseudo-ref: a line per name, its commit or `<name>^{commit} missing`.
    tryGit(['cat-file', '--batch-check=%(objectname)'], { ...opts, input: PSEUDO_REFS.map((p) => `${p}^{commit}\n`).join('') }),
    tryGit(['reflog', 'show', '--format=%H', 'HEAD', '--'], opts),
  ]);
  for (const line of refs.stdout.split('\n').filter(Boolean)) {
    const [type, object, ...name] = line.split(' ');
    (type === 'commit' ? candidates : direct).set(safeName(name.join(' ').replace(/^refs\//, '')), object!);
  }
  const resolved = pseudo.code === 0 ? pseudo.stdout.split('\n') : [];
  for (const [i, name] of PSEUDO_REFS.entries()) {
    const line = resolved[i]?.trim() ?? '';
    if (/^[0-9a-f]{40,64}$/.test(line)) candidates.set(name, line);
    else if (!line.endsWith(' missing')) {
      // Anything else (an ambiguous name, no answer at all): asked the way git itself resolves it.
      const one = await tryGit(['rev-parse', '--verify', '--quiet', `${name}^{commit}`], opts);
      if (one.code === 0 && one.stdout.trim()) candidates.set(name, one.stdout.trim());
    }
  }
  if (reflog.code === 0) for (const commit of new Set(reflog.stdout.split('\n').filter(Boolean))) candidates.set(`reflog/${commit}`, commit);

  // Keep only what no shared ref reaches (the main worktree's HEAD and our own kept refs included):
  // the candidates come on standard input, every ref the main worktree sees (`--glob=refs/*`, what
  // `git for-each-ref` lists) and its HEAD (absent on an unborn branch: --ignore-missing) are excluded.
  const base = `${KEPT_REFS}/${safeName(woId)}/${safeName(path.basename(adminDir))}`;
  const kept = new Map<string, string>([...direct].map(([what, object]) => [`${base}/${what}`, object]));
  if (candidates.size === 0) return { adminDir, refs: kept, modules };
  const commits = [...new Set(candidates.values())];
  const walk = await git(['rev-list', '--ignore-missing', '--stdin', '--not', '--glob=refs/*', 'HEAD'], { cwd: root, input: `${commits.join('\n')}\n` });
  const unreached = new Set(walk.split('\n').filter(Boolean));
  for (const [what, object] of candidates) if (unreached.has(object)) kept.set(`${base}/${what}`, object);
  return { adminDir, refs: kept, modules };
}

/** Creates the refs of the plan (idempotent: a re-run after a kill sets the same refs again). */
export async function writeKeep(root: string, plan: KeepPlan): Promise<void> {
  if (plan.refs.size === 0) return;
  const commands = [...plan.refs].map(([ref, object]) => `update ${ref} ${object}\n`).join('');
  await git(['update-ref', '--stdin', '-m', 'wo-toolkit gc: kept before removing a worktree'], { cwd: root, input: commands });
}
