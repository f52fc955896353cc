import fs from 'node:fs';
import path from 'node:path';
import { ConfigurationError, isConfigurationError, UsageError } from './errors.js';
import { TOOL, VERSION } from './version.js';

/** The fields every JSON report starts with (docs/formats.md#reports). */
export interface BaseReport {
  tool: string;
  version: string;
  command: string;
  generated_at: string;
  root: string;
  exit_code: number;
}

export function baseReport(command: string, root: string, exitCode: number, now = new Date()): BaseReport {
  return { tool: TOOL, version: VERSION, command, generated_at: now.toISOString(), root, exit_code: exitCode };
}

// File systems of the kernel, where a report can never be written (and where node's recursive mkdir
// can hang instead of failing): /proc, /sys and their kin.
const KERNEL_FILE_SYSTEMS = new Map<number, string>([
  [0x9fa0, 'proc'],
  [0x62656572, 'sysfs'],
  [0x1cd1, 'devpts'],
  [0x27e0eb, 'cgroup'],
  [0x63677270, 'cgroup2'],
  [0x64626720, 'debugfs'],
  [0x74726163, 'tracefs'],
  [0x73636673, 'securityfs'],
  [0xcafe4a11, 'bpf'],
  [0x42494e4d, 'binfmt_misc'],
]);

/**
 * Checks, before anything is created, that the folder `dir` can be made and written to: the nearest
 * part of it that exists must be a folder, writable, and not on a kernel file system. A ConfigurationError
 * naming `argName` and the path as the user wrote it (`shownAs`) otherwise, so a run that could not
 * write its report fails at once instead of after its work.
 */
/** A path's status, or undefined when nothing is there (a part of it that is a file counts as nothing). */
function statIfAny(abs: string): fs.Stats | undefined {
  try {
    return fs.statSync(abs);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw new ConfigurationError(`cannot examine '${abs}' (${code ?? 'error'})`);
  }
}

export function checkOutputFolder(dir: string, argName: string, shownAs = dir): void {
  const fail = (why: string): never => {
    throw new ConfigurationError(`${argName}: cannot write '${shownAs}': ${why}`);
  };
  let existing = path.resolve(dir);
  let stat = statIfAny(existing);
  while (!stat) {
    const parent = path.dirname(existing);
    if (parent === existing) fail('no part of the path exists');
    existing = parent;
    stat = statIfAny(existing);
  }
  if (!stat.isDirectory()) fail(`${existing} is a file, not a folder`);
  try {
    const type = fs.statfsSync(existing).type;
    const kernel = KERNEL_FILE_SYSTEMS.get(type);
    if (kernel !== undefined) fail(`${existing} is on the ${kernel} kernel file system, where files cannot be created`);
  } catch (error) {
    if (isConfigurationError(error)) throw error;
    // statfs is unavailable on this platform: the write itself will report what is wrong.
  }
  try {
    fs.accessSync(existing, fs.constants.W_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    fail(`${existing} is not writable (${code === 'EROFS' ? 'a read-only file system' : code === 'EACCES' ? 'permission denied' : (code ?? 'error')})`);
  }
}

/** checkOutputFolder for a report FILE (`-` is standard output, always fine); FILE must not be a folder. */
export function checkOutputFile(target: string, argName: string): void {
  if (target === '-') return;
  if (target === '') throw new UsageError(`${argName}: expected a file path or -, got an empty value`);
  const abs = path.resolve(target);
  if (statIfAny(abs)?.isDirectory()) {
    throw new ConfigurationError(`${argName}: cannot write '${target}': it is a folder, expected a file`);
  }
  checkOutputFolder(path.dirname(abs), argName, target);
}

/** Writes a report as JSON to FILE (created with its folders) or to standard output for `-`. */
export function writeJsonReport(target: string, report: unknown, argName = '--json', stdout: (t: string) => void = (t) => void process.stdout.write(t)): void {
  const text = `${JSON.stringify(report, null, 2)}\n`;
  if (target === '-') {
    stdout(text);
    return;
  }
  checkOutputFile(target, argName);
  try {
    fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
    const tmp = `${target}.tmp-${process.pid}`;
    fs.writeFileSync(tmp, text);
    fs.renameSync(tmp, target);
  } catch (error) {
    throw new ConfigurationError(`${argName}: cannot write '${target}' (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}
