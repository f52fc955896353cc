import { spawn } from 'node:child_process';

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
      env: { ...process.env, ...STABLE_ENV, ...options.env },
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

/** The environment this wrapper gives git, for a helper process that runs git itself (gc's batched status). */
export function gitEnvironment(extra?: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { ...process.env, ...STABLE_ENV, ...extra };
}
