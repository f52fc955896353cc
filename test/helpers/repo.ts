import { execFileSync, type ExecFileSyncOptions } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';

/**
 * Builds real git repositories with real worktrees in temporary folders: the one fixture helper the
 * tests share. Every method runs real git; nothing is mocked.
 */

export type State = 'pending' | 'running' | 'done' | 'failed';

const GIT_ENV = {
  GIT_AUTHOR_NAME: 'Test Author',
  GIT_AUTHOR_EMAIL: 'author@example.com',
  GIT_COMMITTER_NAME: 'Test Author',
  GIT_COMMITTER_EMAIL: 'author@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  LC_ALL: 'C',
};

export function runGit(cwd: string, args: string[], options: { env?: NodeJS.ProcessEnv; input?: string | Buffer } = {}): string {
  const opts: ExecFileSyncOptions = {
    cwd,
    env: { ...process.env, ...GIT_ENV, ...options.env },
    stdio: ['pipe', 'pipe', 'pipe'],
    input: options.input,
    maxBuffer: 256 * 1024 * 1024,
  };
  return execFileSync('git', args, opts).toString('utf8');
}

/** A valid work order with every required field; `fields` overrides or adds keys. */
export function workOrder(id: string, fields: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    epic_id: 'EPIC-001',
    dod_id: 'DOD-DEFAULT',
    title: `Work order ${id}`,
    scope: { allow: ['src/**'], deny: [] },
    verify: { commands: ['npm test'] },
    ...fields,
  };
}

export function makeTempDir(prefix = 'wo-toolkit-test-'): string {
  return fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
}

export class TestRepo {
  private constructor(readonly root: string) {}

  /**
   * A new repository on branch `main` with one commit (a README and the `_ctx/jobs` folders), in a new
   * temporary folder or, with `at`, in that folder (created with its parents; the caller removes it).
   */
  static create(options: { states?: boolean; at?: string } = {}): TestRepo {
    if (options.at !== undefined) fs.mkdirSync(options.at, { recursive: true });
    const root = options.at !== undefined ? fs.realpathSync(options.at) : makeTempDir();
    const repo = new TestRepo(root);
    repo.git('init', '-q', '-b', 'main');
    repo.git('config', 'user.name', 'Test Author');
    repo.git('config', 'user.email', 'author@example.com');
    repo.git('config', 'commit.gpgsign', 'false');
    repo.write('README.md', '# governed repository\n');
    if (options.states !== false) {
      for (const state of ['pending', 'running', 'done', 'failed']) repo.write(`_ctx/jobs/${state}/.gitkeep`, '');
    }
    repo.commit('initial');
    return repo;
  }

  path(rel: string): string {
    return path.join(this.root, rel);
  }

  git(...args: string[]): string {
    return runGit(this.root, args);
  }

  write(rel: string, content: string | Buffer): string {
    const abs = this.path(rel);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, content);
    return abs;
  }

  read(rel: string): string {
    return fs.readFileSync(this.path(rel), 'utf8');
  }

  exists(rel: string): boolean {
    return fs.existsSync(this.path(rel));
  }

  /** Writes a WO file; `raw` writes the text as given instead of a generated valid WO. */
  writeWo(state: State, id: string, options: { fields?: Record<string, unknown>; raw?: string; fileName?: string } = {}): string {
    const rel = `_ctx/jobs/${state}/${options.fileName ?? `${id}.yaml`}`;
    this.write(rel, options.raw ?? stringify(workOrder(id, options.fields)));
    return rel;
  }

  /** Writes a lock for a running WO; `content: ''` writes an empty lock; `mtime` sets its age. */
  writeLock(id: string, options: { content?: string; timestamp?: Date; mtime?: Date } = {}): string {
    const rel = `_ctx/jobs/running/${id}.lock`;
    const content =
      options.content ??
      stringify({ pid: 4242, user: 'dev', hostname: 'laptop', timestamp: (options.timestamp ?? new Date()).toISOString() });
    this.write(rel, content);
    if (options.mtime) fs.utimesSync(this.path(rel), options.mtime, options.mtime);
    return rel;
  }

  writeVerdict(id: string, verdict: string): string {
    return this.write(`_ctx/handoff/${id}/verdict.json`, `${JSON.stringify({ verdict, checked_at: '2026-01-01T00:00:00Z' })}\n`);
  }

  /** Writes the backlog (`_ctx/backlog/backlog.yaml`); `raw` writes the text as given. */
  writeBacklog(epics: Record<string, unknown>[], options: { raw?: string } = {}): string {
    return this.write('_ctx/backlog/backlog.yaml', options.raw ?? stringify({ epics }));
  }

  /** Writes a Definition of Done (`_ctx/dod/<id>.yaml`); `raw` writes the text as given. */
  writeDod(id: string, options: { fields?: Record<string, unknown>; raw?: string; fileName?: string } = {}): string {
    const rel = `_ctx/dod/${options.fileName ?? `${id}.yaml`}`;
    this.write(rel, options.raw ?? stringify({ id, title: `Definition of Done ${id}`, ...options.fields }));
    return rel;
  }

  writeWhitelist(entries: Record<string, unknown>[]): string {
    return this.write('_ctx/jobs/audit_whitelist.yaml', stringify({ entries }));
  }

  /** Stages everything and commits; `date` sets author and committer dates. */
  commit(message: string, options: { date?: Date } = {}): string {
    const env = options.date
      ? { GIT_AUTHOR_DATE: options.date.toISOString(), GIT_COMMITTER_DATE: options.date.toISOString() }
      : undefined;
    runGit(this.root, ['add', '-A'], { env });
    runGit(this.root, ['commit', '-q', '--allow-empty', '-m', message], { env });
    return this.git('rev-parse', 'HEAD').trim();
  }

  /**
   * Adds a real worktree for a WO at `.worktrees/<id>` on branch `feat/wo-<id>` (created from HEAD).
   * `path` and `branch` override; `locked` locks it with git.
   */
  addWorktree(id: string, options: { path?: string; branch?: string | null; locked?: string } = {}): string {
    const rel = options.path ?? `.worktrees/${id}`;
    const args = ['worktree', 'add', '-q'];
    if (options.branch === null) args.push('--detach', rel);
    else args.push('-b', options.branch ?? `feat/wo-${id}`, rel);
    this.git(...args);
    if (options.locked !== undefined) this.git('worktree', 'lock', '--reason', options.locked, rel);
    return this.path(rel);
  }

  /** Sets a file's (or, with lstat semantics, a link's own) modification time. */
  touch(rel: string, date: Date): void {
    const abs = this.path(rel);
    if (fs.lstatSync(abs).isSymbolicLink()) fs.lutimesSync(abs, date, date);
    else fs.utimesSync(abs, date, date);
  }

  /** Creates a symbolic link at `rel` pointing to `target` (written as given: relative or absolute). */
  symlink(rel: string, target: string): string {
    const abs = this.path(rel);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.symlinkSync(target, abs);
    return abs;
  }

  /** A `git clone` of this repository in a new temporary folder (every file's mtime is new); `depth` makes it shallow. */
  clone(options: { depth?: number } = {}): TestRepo {
    const root = makeTempDir('wo-toolkit-clone-');
    const args = ['clone', '-q', ...(options.depth ? ['--depth', String(options.depth)] : []), `file://${this.root}`, root];
    runGit(os.tmpdir(), args);
    const clone = new TestRepo(root);
    clone.git('config', 'user.name', 'Test Author');
    clone.git('config', 'user.email', 'author@example.com');
    return clone;
  }

  /** Snapshot of every file below the root (but .git internals that git rewrites on reads) for byte-identity checks. */
  snapshot(): Map<string, string> {
    const result = new Map<string, string>();
    const walk = (dir: string): void => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const abs = path.join(dir, entry.name);
        const rel = path.relative(this.root, abs);
        if (entry.isSymbolicLink()) result.set(rel, `link:${fs.readlinkSync(abs)}`);
        else if (entry.isDirectory()) {
          result.set(`${rel}/`, 'dir');
          walk(abs);
        } else {
          const stat = fs.statSync(abs);
          result.set(rel, `${stat.size}:${stat.mtimeMs}:${fs.readFileSync(abs).toString('base64')}`);
        }
      }
    };
    walk(this.root);
    return result;
  }

  /** Deletes a file or folder below the root. */
  remove(rel: string): void {
    fs.rmSync(this.path(rel), { recursive: true, force: true });
  }

  /**
   * The content of a folder below the root (default: the root), `.git` left out: relative path →
   * bytes, or `link:<target>` for a symbolic link. For "byte for byte" comparisons of worktrees.
   */
  files(rel = '.'): Map<string, string> {
    const base = this.path(rel);
    const result = new Map<string, string>();
    const walk = (dir: string): void => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        if (entry.name === '.git') continue;
        const abs = path.join(dir, entry.name);
        const key = path.relative(base, abs).split(path.sep).join('/');
        if (entry.isSymbolicLink()) result.set(key, `link:${fs.readlinkSync(abs)}`);
        else if (entry.isDirectory()) walk(abs);
        else result.set(key, `${(fs.statSync(abs).mode & 0o111) !== 0 ? 'x' : '-'}:${fs.readFileSync(abs).toString('base64')}`);
      }
    };
    walk(base);
    return result;
  }

  cleanup(): void {
    fs.rmSync(this.root, { recursive: true, force: true });
  }
}

/**
 * A repository with a P0 and a P1 audit finding: WO-0014 in both pending/ and done/ (split_brain) and
 * done WO-0030 whose worktree is still there (zombie_worktree).
 */
export function splitBrainAndZombieRepo(): TestRepo {
  const repo = TestRepo.create();
  repo.writeWo('pending', 'WO-0014');
  repo.writeWo('done', 'WO-0014');
  repo.writeWo('done', 'WO-0030');
  repo.addWorktree('WO-0030');
  return repo;
}
