import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ConfigurationError } from './errors.js';
import { gitCommonDir } from './git.js';

/**
 * A command's own lock, so that two runs of a command that writes (gc, reconcile) on one repository
 * never interleave: a file in the repository's
 * common git folder, created atomically (link of a fully written temporary file, which fails when the
 * lock exists). A run that finds the lock waits for it; a lock whose process is gone (same host, pid
 * no longer alive: a crashed or killed run) is taken over.
 *
 * Taking over is atomic too. Several runs may see the same dead lock at the same moment; removing it
 * and creating a new one would let two of them each remove what the other just created and both hold
 * the lock. Instead, a run that wants a dead lock first claims it: it creates (link, so only one run
 * can) a claim file named after the dead lock's exact content, `<lock>.claim-<sha256 of content>-<n>`.
 * The one run that creates claim 0 checks, while holding it, that the lock still has that content, and
 * renames its own lock file over it: the lock file is never absent, so no plain run can slip in, and
 * a run that claims later finds other content and backs off. A claimer that died before replacing the
 * lock leaves claim n behind; the next run then claims n+1 (again, only one can). Every lock holds a
 * random token, so the content of a dead lock never comes back and an old claim never matches again.
 */

export interface RunLockSpec {
  /** The command, in messages: `another gc run holds …`. */
  command: string;
  /** The file name in the common git folder, e.g. `wo-toolkit-gc.lock`. */
  fileName: string;
  /** The environment variable that sets how long to wait, in milliseconds (default one minute). */
  waitEnv: string;
  /** Called when a dead run's lock is about to be taken over (the command's test hook). */
  onStale?: (file: string) => Promise<void>;
}
const DEFAULT_WAIT_MS = 60_000;
const POLL_MS = 50;

interface Holder {
  pid: number;
  hostname: string;
  started_at: string;
  /** Random: no two locks ever have the same content. */
  token?: string;
}

export interface RunLock {
  path: string;
  release(): void;
}

function waitMs(variable: string): number {
  const raw = process.env[variable];
  const value = raw === undefined || raw === '' ? NaN : Number(raw);
  return Number.isInteger(value) && value >= 0 ? value : DEFAULT_WAIT_MS;
}

function readHolder(file: string): { text: string; holder?: Holder } | undefined {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    const holder = JSON.parse(text) as Holder;
    return typeof holder.pid === 'number' && typeof holder.hostname === 'string' ? { text, holder } : { text };
  } catch {
    return { text };
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function isStale(holder: Holder | undefined): boolean {
  return holder !== undefined && holder.hostname === os.hostname() && holder.pid !== process.pid && !processAlive(holder.pid);
}

function tryCreate(file: string, text: string): boolean {
  const tmp = `${file}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`;
  fs.writeFileSync(tmp, text);
  try {
    fs.linkSync(tmp, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}

export async function runLockPath(root: string, spec: RunLockSpec): Promise<string> {
  return path.join(await gitCommonDir(root), spec.fileName);
}

/** Claim files of takeovers: `<lock>.claim-<sha256>-<n>` in the same folder. */
const claimName = (lockName: string, digest: string, n: number): string => `${lockName}.claim-${digest}-${n}`;

function claimFiles(file: string): string[] {
  const prefix = `${path.basename(file)}.claim-`;
  try {
    return fs
      .readdirSync(path.dirname(file))
      .filter((name) => name.startsWith(prefix))
      .map((name) => path.join(path.dirname(file), name));
  } catch {
    return [];
  }
}

/**
 * Replaces the dead lock whose content is `dead` with ours, atomically (see above). True when we hold
 * the lock now; false when another run took it over first, or is taking it over right now.
 */
async function takeOver(file: string, dead: string, text: string, spec: RunLockSpec): Promise<boolean> {
  await spec.onStale?.(file);
  const digest = crypto.createHash('sha256').update(dead).digest('hex');
  for (let n = 0; ; n++) {
    const claim = path.join(path.dirname(file), claimName(path.basename(file), digest, n));
    if (!tryCreate(claim, text)) {
      const claimer = readHolder(claim);
      // A live claimer is taking over right now (or finished): let it. A dead one: claim the next number.
      if (claimer === undefined || !isStale(claimer.holder)) return false;
      continue;
    }
    try {
      if (readHolder(file)?.text !== dead) return false;
      const tmp = `${file}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`;
      fs.writeFileSync(tmp, text);
      fs.renameSync(tmp, file);
      return true;
    } finally {
      fs.rmSync(claim, { force: true });
    }
  }
}

export async function acquireRunLock(root: string, spec: RunLockSpec): Promise<RunLock> {
  const file = await runLockPath(root, spec);
  const holder = { pid: process.pid, hostname: os.hostname(), started_at: new Date().toISOString(), token: crypto.randomBytes(16).toString('hex') } satisfies Holder;
  const text = `${JSON.stringify(holder)}\n`;
  const deadline = Date.now() + waitMs(spec.waitEnv);
  for (;;) {
    if (tryCreate(file, text)) break;
    const current = readHolder(file);
    if (current === undefined) continue;
    if (isStale(current.holder) && (await takeOver(file, current.text, text, spec))) break;
    if (Date.now() >= deadline) {
      const h = current.holder;
      const who = h ? `pid ${h.pid} on ${h.hostname} since ${h.started_at}` : 'unknown holder';
      throw new ConfigurationError(`another ${spec.command} run holds ${file} (${who}); wait for it to finish, or delete that file if the run is gone`);
    }
    await sleep(POLL_MS);
  }
  // Claims of dead locks that no longer are the lock (their claimers died): nobody can use them now.
  for (const claim of claimFiles(file)) {
    const claimer = readHolder(claim);
    if (claimer === undefined || isStale(claimer.holder)) fs.rmSync(claim, { force: true });
  }
  return {
    path: file,
    release() {
      if (readHolder(file)?.text === text) fs.rmSync(file, { force: true });
    },
  };
}
