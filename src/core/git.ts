import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import { mapLimit } from './concurrency.js';

/**
 * The one wrapper through which the project runs git: arguments as an array (never a shell string),
 * a stable environment, and `try…` variants that return the outcome instead of throwing.
 *
 * It uses node's child_process directly rather than @actions/exec: the engine also runs as a plain
 * CLI, and audit/gc spawn git hundreds of times, where exec's per-call tool lookup adds up.
 */

export interface GitOptions {
  cwd: string;
  /** Bytes or text written to git's standard input. */
  input?: string | Buffer;
  /** Extra environment variables (merged over the process environment). */
  env?: NodeJS.ProcessEnv;
}

export interface GitResult {
  code: number;
  stdout: Buffer;
  stderr: string;
}

export class GitError extends Error {
  constructor(
    readonly args: string[],
    readonly cwd: string,
    readonly code: number,
    readonly stderr: string,
  ) {
    super(`git ${args.join(' ')} failed in ${cwd} (exit ${code}): ${stderr.trim().split('\n')[0] ?? ''}`);
    this.name = 'GitError';
  }
}

// Read-only commands must not take optional locks or rewrite the index (a dry run writes nothing),
// and output must not depend on the user's locale, pager or terminal.
const STABLE_ENV: NodeJS.ProcessEnv = {
  GIT_OPTIONAL_LOCKS: '0',
  GIT_TERMINAL_PROMPT: '0',
  GIT_PAGER: 'cat',
  LC_ALL: 'C',
};

export function tryGitBuffer(args: string[], options: GitOptions): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, {
      cwd: options.cwd,
      env: gitEnvironment(options.env),
      stdio: ['pipe', 'pipe', 'pipe'],
      windowsHide: true,
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      resolve({ code: code ?? 128, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8') });
    });
    child.stdin.on('error', () => undefined); // git may exit before reading all of its input
    child.stdin.end(options.input ?? '');
  });
}

/** Runs git and returns its outcome, whatever the exit code. */
export async function tryGit(args: string[], options: GitOptions): Promise<{ code: number; stdout: string; stderr: string }> {
  const result = await tryGitBuffer(args, options);
  return { code: result.code, stdout: result.stdout.toString('utf8'), stderr: result.stderr };
}

/** Runs git and returns standard output as bytes; throws GitError on a non-zero exit. */
export async function gitBuffer(args: string[], options: GitOptions): Promise<Buffer> {
  const result = await tryGitBuffer(args, options);
  if (result.code !== 0) throw new GitError(args, options.cwd, result.code, result.stderr);
  return result.stdout;
}

/** Runs git and returns standard output as text; throws GitError on a non-zero exit. */
export async function git(args: string[], options: GitOptions): Promise<string> {
  return (await gitBuffer(args, options)).toString('utf8');
}

const commonDirs = new Map<string, Promise<string>>();

/**
 * The repository's common git folder (absolute), asked once per root and process: it cannot change
 * while a command runs, and gc needs it for every target (its lock, removal markers, kept refs).
 */
export function gitCommonDir(root: string): Promise<string> {
  let dir = commonDirs.get(root);
  if (dir === undefined) {
    dir = git(['rev-parse', '--path-format=absolute', '--git-common-dir'], { cwd: root }).then((out) => out.trim());
    // A failure is not remembered: the next caller asks again (and gets the error in its own words).
    dir.catch(() => commonDirs.delete(root));
    commonDirs.set(root, dir);
  }
  return dir;
}

/** The environment git runs in: the process's, made stable, then the caller's extra variables. */
function gitEnvironment(extra?: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { ...process.env, ...STABLE_ENV, ...extra };
}

/** What one git run in one folder gave: its exit code and standard output (standard error is dropped). */
export interface GitFolderResult {
  code: number;
  stdout: string;
}

// The script that runs `git -C <folder> <args…>` in each folder, one after the other. It is a constant:
// every value (the end-of-output marker, the number of git arguments, the arguments, the folders)
// arrives as a positional parameter and is only ever expanded inside double quotes, so no folder name
// or argument is ever read as shell text. Called as `sh -c SCRIPT sh <marker> <n> <args…> <folders…>`.
// After each folder it prints `<marker> <exit code>` and a newline. The marker holds 128 random bits,
// new for each call, so git's output (any bytes: NULs, newlines, text like a marker) never contains it.
const IN_EACH_SCRIPT = `
mark=$1
case $2 in ''|*[!0-9]*) exit 2 ;; esac
n=$2
shift 2
i=0
while [ "$i" -lt "$n" ]; do set -- "$@" "$1"; shift; i=$((i + 1)); done
in_folder() { f=$1; k=$2; shift 2; shift "$k"; git -C "$f" "$@"; }
while [ "$#" -gt "$n" ]; do
  d=$1
  shift
  in_folder "$d" "$(($# - n))" "$@" 2>/dev/null
  printf '%s %s\\n' "$mark" "$?"
done
`;
// The loop above: the arguments are first moved behind the folders; then each turn takes the next
// folder off the front, and in_folder drops the folders still waiting (its second parameter) from its
// own copy of the parameters, leaving exactly the git arguments.

/** Splits one shell's output into the results of its folders, in order; a folder it did not finish is left out. */
function parseInEach(output: Buffer, folders: readonly string[], marker: string): Map<string, GitFolderResult> {
  const results = new Map<string, GitFolderResult>();
  const mark = Buffer.from(`${marker} `);
  let pos = 0;
  for (const folder of folders) {
    const at = output.indexOf(mark, pos);
    const eol = at < 0 ? -1 : output.indexOf(0x0a, at + mark.length);
    if (eol < 0) break;
    const code = Number(output.subarray(at + mark.length, eol).toString('latin1'));
    if (!Number.isInteger(code)) break;
    results.set(folder, { code, stdout: output.subarray(pos, at).toString('utf8') });
    pos = eol + 1;
  }
  return results;
}

/** One shell running git in `folders`; rejects when the shell cannot be started. */
function runInEachShell(folders: readonly string[], args: readonly string[]): Promise<Map<string, GitFolderResult>> {
  const marker = `wo-toolkit-end-${crypto.randomBytes(16).toString('hex')}`;
  return new Promise((resolve, reject) => {
    const child = spawn('sh', ['-c', IN_EACH_SCRIPT, 'sh', marker, String(args.length), ...args, ...folders], {
      env: gitEnvironment(),
      stdio: ['ignore', 'pipe', 'ignore'],
      windowsHide: true,
    });
    const chunks: Buffer[] = [];
    let settled = false;
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', (error) => {
      if (!settled) reject(error);
      settled = true;
    });
    child.on('close', () => {
      if (!settled) resolve(parseInEach(Buffer.concat(chunks), folders, marker));
      settled = true;
    });
  });
}

/**
 * Runs `git -C <folder> <args…>` in each of `folders` (e.g. `git status` in many worktrees), with at
 * most `lanes` processes at a time, and returns every folder's exit code and standard output, keyed by
 * the folder as given. A folder that fails (missing, not a repository, …) has its non-zero code; its
 * standard error is dropped, so a caller that needs the message runs that folder again with `git`.
 *
 * The same git, arguments and environment as `tryGit`, but cheaper in bulk: starting a process from
 * node costs far more than from a small shell (node forks its whole, much larger, process), and that
 * dominates a quick git command. So where a lane holds several folders, one `sh` per lane runs git in
 * its folders one after the other. Folders and arguments reach that shell only as positional
 * parameters of a constant script, never as shell text. Without `sh` (on Windows, or when it cannot
 * be started, e.g. too many folders for one command line) and for whatever a shell did not finish,
 * git runs once per folder instead.
 */
export async function tryGitInEach(folders: readonly string[], args: readonly string[], lanes: number): Promise<Map<string, GitFolderResult>> {
  const width = Math.max(1, Math.min(Math.floor(lanes) || 1, folders.length));
  const results = new Map<string, GitFolderResult>();
  if (process.platform !== 'win32' && folders.length > width) {
    const slices = Array.from({ length: width }, (_, lane) => folders.filter((_f, i) => i % width === lane));
    const done = await Promise.all(slices.map((slice) => runInEachShell(slice, args).catch(() => new Map<string, GitFolderResult>())));
    for (const map of done) for (const [folder, result] of map) results.set(folder, result);
  }
  const rest = [...new Set(folders.filter((f) => !results.has(f)))];
  const direct = await mapLimit(rest, width, async (folder) => {
    const { code, stdout } = await tryGit(['-C', folder, ...args], { cwd: process.cwd() });
    return { code, stdout };
  });
  rest.forEach((folder, i) => results.set(folder, direct[i]!));
  return results;
}

/** An object read by `git cat-file --batch`: its type and bytes, or undefined when git does not have it. */
export interface GitObject {
  /** The object's full id. */
  oid: string;
  type: string;
  content: Buffer;
}

/**
 * One `git cat-file --batch` process that reads many objects: each `read` sends a round of object names
 * and gets them back in order, so a caller that only learns which objects it needs from the first ones
 * it read still starts git once. Names go to git's standard input one a line, never through a shell.
 * `close` ends the process; a name that holds a line break is answered as missing without asking git.
 */
export class CatFileBatch {
  private readonly child: ReturnType<typeof spawn>;
  private buffered: Buffer = Buffer.alloc(0);
  private waiting: { names: string[]; results: (GitObject | undefined)[]; resolve: (r: (GitObject | undefined)[]) => void; reject: (e: Error) => void }[] = [];
  private failure: Error | undefined;
  private stderr = '';

  constructor(readonly cwd: string) {
    this.child = spawn('git', ['cat-file', '--batch'], { cwd, env: gitEnvironment(), stdio: ['pipe', 'pipe', 'pipe'], windowsHide: true });
    this.child.stdout!.on('data', (chunk: Buffer) => {
      this.buffered = this.buffered.length === 0 ? chunk : Buffer.concat([this.buffered, chunk]);
      this.drain();
    });
    this.child.stderr!.on('data', (chunk: Buffer) => (this.stderr += chunk.toString('utf8')));
    this.child.stdin!.on('error', () => undefined);
    this.child.on('error', (error) => this.fail(error));
    this.child.on('close', (code) => {
      if (this.waiting.length > 0) this.fail(new GitError(['cat-file', '--batch'], cwd, code ?? 128, this.stderr || 'ended before answering'));
    });
  }

  /** The objects named (any name `git cat-file` takes: a blob id, `<commit>:<path>`, …), in order. */
  read(names: readonly string[]): Promise<(GitObject | undefined)[]> {
    if (this.failure) return Promise.reject(this.failure);
    const asked = names.filter((name) => !/[\r\n]/.test(name));
    if (asked.length === 0) return Promise.resolve(names.map(() => undefined));
    return new Promise<(GitObject | undefined)[]>((resolve, reject) => {
      this.waiting.push({ names: asked, results: [], resolve, reject });
      this.child.stdin!.write(`${asked.join('\n')}\n`);
    }).then((results) => {
      if (asked.length === names.length) return results;
      const byName = new Map(asked.map((name, i) => [name, results[i]]));
      return names.map((name) => byName.get(name));
    });
  }

  close(): void {
    this.child.stdin!.end();
  }

  private fail(error: Error): void {
    this.failure = error;
    for (const round of this.waiting.splice(0)) round.reject(error);
  }

  /** Takes every complete answer out of the buffer: `<oid> <type> <size>\n<bytes>\n` or `<name> missing\n`. */
  private drain(): void {
    while (this.waiting.length > 0) {
      const round = this.waiting[0]!;
      const eol = this.buffered.indexOf(0x0a);
      if (eol < 0) return;
      const header = this.buffered.subarray(0, eol).toString('utf8');
      const fields = header.split(' ');
      if (fields.length === 3 && /^\d+$/.test(fields[2]!)) {
        const size = Number(fields[2]);
        if (this.buffered.length < eol + 1 + size + 1) return;
        round.results.push({ oid: fields[0]!, type: fields[1]!, content: Buffer.from(this.buffered.subarray(eol + 1, eol + 1 + size)) });
        this.buffered = this.buffered.subarray(eol + 1 + size + 1);
      } else {
        // `<name> missing`, `<name> ambiguous`, …: git has no single object by that name.
        round.results.push(undefined);
        this.buffered = this.buffered.subarray(eol + 1);
      }
      if (round.results.length === round.names.length) {
        this.waiting.shift();
        round.resolve(round.results);
      }
    }
  }
}
