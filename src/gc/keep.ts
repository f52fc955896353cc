import fs from 'node:fs';
import path from 'node:path';
import { git, tryGit } from '../core/git.js';

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

async function commonDir(root: string): Promise<string> {
  return (await git(['rev-parse', '--path-format=absolute', '--git-common-dir'], { cwd: root })).trim();
}

/** The administrative folder of the worktree registered at `worktreePath` (its `gitdir` file names `<path>/.git`). */
async function adminDirOf(root: string, worktreePath: string): Promise<string | undefined> {
  const admin = path.join(await commonDir(root), 'worktrees');
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
  const refs = await tryGit(['for-each-ref', '--format=%(objecttype) %(objectname) %(refname)', ...PER_WORKTREE], opts);
  for (const line of refs.stdout.split('\n').filter(Boolean)) {
    const [type, object, ...name] = line.split(' ');
    (type === 'commit' ? candidates : direct).set(safeName(name.join(' ').replace(/^refs\//, '')), object!);
  }
  for (const pseudo of PSEUDO_REFS) {
    const resolved = await tryGit(['rev-parse', '--verify', '--quiet', `${pseudo}^{commit}`], opts);
    if (resolved.code === 0 && resolved.stdout.trim()) candidates.set(pseudo, resolved.stdout.trim());
  }
  const reflog = await tryGit(['reflog', 'show', '--format=%H', 'HEAD', '--'], opts);
  if (reflog.code === 0) for (const commit of new Set(reflog.stdout.split('\n').filter(Boolean))) candidates.set(`reflog/${commit}`, commit);

  // Keep only what no shared ref reaches (the main worktree's HEAD and our own kept refs included).
  const base = `${KEPT_REFS}/${safeName(woId)}/${safeName(path.basename(adminDir))}`;
  const kept = new Map<string, string>([...direct].map(([what, object]) => [`${base}/${what}`, object]));
  if (candidates.size === 0) return { adminDir, refs: kept, modules };
  const shared = (await git(['for-each-ref', '--format=%(objectname)'], { cwd: root })).split('\n').filter(Boolean);
  const mainHead = (await tryGit(['rev-parse', '--verify', '--quiet', 'HEAD'], { cwd: root })).stdout.trim();
  const commits = [...new Set(candidates.values())];
  const input = [...commits, ...[...shared, mainHead].filter(Boolean).map((o) => `^${o}`)].join('\n');
  const unreached = new Set((await git(['rev-list', '--stdin'], { cwd: root, input: `${input}\n` })).split('\n').filter(Boolean));
  for (const [what, object] of candidates) if (unreached.has(object)) kept.set(`${base}/${what}`, object);
  return { adminDir, refs: kept, modules };
}

/** Creates the refs of the plan (idempotent: a re-run after a kill sets the same refs again). */
export async function writeKeep(root: string, plan: KeepPlan): Promise<void> {
  if (plan.refs.size === 0) return;
  const commands = [...plan.refs].map(([ref, object]) => `update ${ref} ${object}\n`).join('');
  await git(['update-ref', '--stdin', '-m', 'wo-toolkit gc: kept before removing a worktree'], { cwd: root, input: commands });
}
