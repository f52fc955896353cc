/**
 * What a lock file says when the toolkit writes one. A lock's presence is what counts; its content is
 * either a YAML mapping (`pid`, `user`, `hostname`, `timestamp`) or the plain text pipelines write
 * (`Locked by <tool> at <timestamp>`, `PID: <n>`, `User: <name>`). The toolkit writes the form the
 * repository's other locks use, and always names itself as the writer, so that nobody mistakes such a
 * lock for one a person's session took.
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

/** True when the lock's text says the toolkit wrote it (its user and time then say nothing about the WO's owner). */
export function isWrittenByToolkit(text: string): boolean {
  return text.includes(`Locked by ${LOCK_WRITER} at`) || /^written_by:\s*["']?wo-toolkit reconcile["']?\s*$/m.test(text);
}

/** The owner and start time a lock records (mapping or plain text), when it records them. */
export function lockOwnerAndTime(text: string, content: Record<string, unknown> | undefined): { user?: string; timestamp?: string } {
  const result: { user?: string; timestamp?: string } = {};
  if (content) {
    if (typeof content['user'] === 'string' && content['user'].trim() !== '') result.user = content['user'].trim();
    const ts = content['timestamp'];
    if (ts instanceof Date && !Number.isNaN(ts.getTime())) result.timestamp = ts.toISOString();
    else if (typeof ts === 'string' && !Number.isNaN(Date.parse(ts))) result.timestamp = ts.trim();
    return result;
  }
  const locked = /^\s*Locked by .+ at (\S+)\s*$/m.exec(text);
  if (locked && !Number.isNaN(Date.parse(locked[1]!))) result.timestamp = locked[1]!;
  const user = /^\s*User:\s*(.+?)\s*$/m.exec(text);
  if (user) result.user = user[1]!;
  return result;
}
