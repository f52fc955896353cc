import { parseSimpleYaml } from './fast-yaml.js';
import { parseYamlBounded } from './yaml.js';

/**
 * The content of a WO's lock file (docs: audit, "Locks"). Two forms are read:
 * - a YAML or JSON mapping: `pid`, `user`, `hostname`, `timestamp` (ISO 8601);
 * - the plain text real pipelines write:
 *       Locked by ctx_wo_take.py at 2026-02-18T15:09:14
 *       PID: 4242
 *       User: dev
 * A lock's presence is what counts: content that is neither still leaves a lock, whose age then comes
 * from the file's modification time.
 */
export interface LockContent {
  /** When the lock was taken, when the content says so. */
  takenAt?: Date;
  user?: string;
  pid?: number;
  hostname?: string;
  /** The tool that took the lock (`Locked by <tool>`). */
  tool?: string;
  /** The mapping, when the lock holds one. */
  mapping?: Record<string, unknown>;
}

const LOCKED_BY = /^Locked by (.+?) at (\S+)\s*$/m;
const FIELD = /^(PID|User|Host|Hostname)\s*:\s*(.*?)\s*$/gim;
// A date-time without a zone: the pipeline writes its machine's time without one. Read as UTC, the
// time CI and the reports use (documented).
const ZONELESS = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;

/** A timestamp value (string, number or Date) as a valid Date, else undefined. */
export function lockTime(value: unknown): Date | undefined {
  let date: Date | undefined;
  if (value instanceof Date) date = value;
  else if (typeof value === 'string') date = new Date(ZONELESS.test(value.trim()) ? `${value.trim().replace(' ', 'T')}Z` : value);
  else if (typeof value === 'number') date = new Date(value);
  if (!date || Number.isNaN(date.getTime())) return undefined;
  // Date rolls 2026-02-30 over to March: a day the calendar does not have is no time.
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value.trim())) {
    const day = value.trim().slice(0, 10);
    const midnight = new Date(`${day}T00:00:00Z`);
    if (Number.isNaN(midnight.getTime()) || midnight.toISOString().slice(0, 10) !== day) return undefined;
  }
  return date;
}

function positiveInteger(value: unknown): number | undefined {
  const n = typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value;
  return typeof n === 'number' && Number.isSafeInteger(n) && n > 0 ? n : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : typeof value === 'number' ? String(value) : undefined;
}

/** What a lock file's text says; an empty result for anything else. Never throws. */
export function parseLock(content: string): LockContent {
  const lockedBy = LOCKED_BY.exec(content);
  if (lockedBy) {
    const result: LockContent = { tool: lockedBy[1]!.trim() };
    const at = lockTime(lockedBy[2]);
    if (at) result.takenAt = at;
    for (const [, key, value] of content.matchAll(FIELD)) {
      const name = key!.toLowerCase();
      if (name === 'pid') {
        const pid = positiveInteger(value);
        if (pid !== undefined) result.pid = pid;
      } else if (name === 'user') {
        if (value) result.user = value;
      } else if (value) result.hostname = value;
    }
    return result;
  }
  let data: unknown;
  try {
    data = parseSimpleYaml(content) ?? parseYamlBounded(content, { uniqueKeys: false });
  } catch {
    return {};
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return {};
  const mapping = data as Record<string, unknown>;
  const result: LockContent = { mapping };
  const at = lockTime(mapping['timestamp']);
  if (at) result.takenAt = at;
  const user = text(mapping['user']);
  if (user !== undefined) result.user = user;
  const pid = positiveInteger(mapping['pid']);
  if (pid !== undefined) result.pid = pid;
  const hostname = text(mapping['hostname']);
  if (hostname !== undefined) result.hostname = hostname;
  return result;
}

/*
 * Writing a lock. A lock reconcile writes takes the form the repository's other locks use, and always
 * names the toolkit as its writer, so that nobody mistakes it for one a person's session took.
 */

export const LOCK_WRITER = 'wo-toolkit reconcile';

export type LockFormat = 'mapping' | 'plain';

export interface LockFields {
  pid: number;
  user: string;
  hostname: string;
  timestamp: string;
  /** Why the lock was written, as a comment (mapping form only). */
  reason?: string;
}

export function renderLock(format: LockFormat, fields: LockFields): string {
  if (format === 'plain') {
    return `Locked by ${LOCK_WRITER} at ${fields.timestamp}\nPID: ${fields.pid}\nUser: ${fields.user}\nHost: ${fields.hostname}\n`;
  }
  const quote = (s: string): string => JSON.stringify(s);
  return [
    ...(fields.reason ? [`# ${fields.reason.replace(/\s+/g, ' ')}`] : []),
    `pid: ${fields.pid}`,
    `user: ${quote(fields.user)}`,
    `hostname: ${quote(fields.hostname)}`,
    `timestamp: ${quote(fields.timestamp)}`,
    `written_by: ${quote(LOCK_WRITER)}`,
    '',
  ].join('\n');
}

/** The plain-text lock form: its first line. */
const PLAIN_LOCK = /^\s*Locked by .+ at \S+/;

export function isPlainTextLock(text: string): boolean {
  return PLAIN_LOCK.test(text);
}

/** True when the toolkit wrote the lock (its user and time then say nothing about who took the WO). */
export function isWrittenByToolkit(lock: { tool?: string; content?: Record<string, unknown> }): boolean {
  return lock.tool === LOCK_WRITER || lock.content?.['written_by'] === LOCK_WRITER;
}
