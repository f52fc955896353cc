import fs from 'node:fs';
import path from 'node:path';
import { ConfigurationError } from './errors.js';
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

/** Writes a report as JSON to FILE (created with its folders) or to standard output for `-`. */
export function writeJsonReport(target: string, report: unknown, argName = '--json', stdout: (t: string) => void = (t) => void process.stdout.write(t)): void {
  const text = `${JSON.stringify(report, null, 2)}\n`;
  if (target === '-') {
    stdout(text);
    return;
  }
  try {
    fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
    const tmp = `${target}.tmp-${process.pid}`;
    fs.writeFileSync(tmp, text);
    fs.renameSync(tmp, target);
  } catch (error) {
    throw new ConfigurationError(`${argName}: cannot write '${target}' (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}
