import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ConfigurationError } from './errors.js';
import { git } from './git.js';

/**
 * A command's own lock, so that two runs of a command that writes (gc, reconcile) on one repository
 * never interleave: a file in the repository's common git folder, created atomically (link of a fully
 * written temporary file, which fails when the lock exists). A run that finds the lock waits for it; a
 * lock whose process is gone (same host, pid no longer alive: a crashed or killed run) is taken over.
 */

export interface RunLockSpec {
  /** The command, in messages: `another gc run holds …`. */
  command: string;
  /** The file name in the common git folder, e.g. `wo-toolkit-gc.lock`. */
  fileName: string;
  /** The environment variable that sets how long to wait, in milliseconds (default one minute). */
  waitEnv: string;
}

const DEFAULT_WAIT_MS = 60_000;
const POLL_MS = 50;

interface Holder {
  pid: number;
  hostname: string;
  started_at: string;
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
  const tmp = `${file}.${process.pid}.tmp`;
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
  const commonDir = (await git(['rev-parse', '--path-format=absolute', '--git-common-dir'], { cwd: root })).trim();
  return path.join(commonDir, spec.fileName);
}

export async function acquireRunLock(root: string, spec: RunLockSpec): Promise<RunLock> {
  const file = await runLockPath(root, spec);
  const text = `${JSON.stringify({ pid: process.pid, hostname: os.hostname(), started_at: new Date().toISOString() } satisfies Holder)}\n`;
  const deadline = Date.now() + waitMs(spec.waitEnv);
  for (;;) {
    if (tryCreate(file, text)) break;
    const current = readHolder(file);
    if (current === undefined) continue;
    if (isStale(current.holder)) {
      // Take over a dead run's lock, unless someone else did so in the meantime.
      if (readHolder(file)?.text === current.text) fs.rmSync(file, { force: true });
      continue;
    }
    if (Date.now() >= deadline) {
      const h = current.holder;
      const who = h ? `pid ${h.pid} on ${h.hostname} since ${h.started_at}` : 'unknown holder';
      throw new ConfigurationError(`another ${spec.command} run holds ${file} (${who}); wait for it to finish, or delete that file if the run is gone`);
    }
    await sleep(POLL_MS);
  }
  return {
    path: file,
    release() {
      if (readHolder(file)?.text === text) fs.rmSync(file, { force: true });
    },
  };
}
