import { readFile, readRoot, readToday, type Args, type PathArg } from '../core/args.js';
import { loadConfig } from '../core/config.js';
import { baseReport, type BaseReport } from '../core/report.js';
import { resolveRoot } from '../core/repo.js';
import { ProblemCollector, type Problem } from '../validate/problems.js';
import type { DocumentKind } from '../validate/schemas.js';
import { checkConfigFile, validateBacklog, type FileCounts } from '../validate/validate.js';

/** A kind of file and the schema it was validated against. */
export interface SchemaUsed {
  kind: DocumentKind;
  file: string;
  origin: 'repository' | 'bundled';
  draft: string;
}

export interface ValidateBacklogSettings {
  root: PathArg;
  config: PathArg | undefined;
  /** Warnings count as errors. */
  strict: boolean;
  /** YYYY-MM-DD: the date whitelist entries are judged by. */
  today: string;
  now: Date;
}

export function readValidateBacklogSettings(args: Args): ValidateBacklogSettings {
  const now = new Date();
  return { root: readRoot(args), config: readFile(args, 'config'), strict: args.flag('strict') ?? false, today: readToday(args, 'today', now), now };
}

export interface ValidateBacklogReport extends BaseReport {
  strict: boolean;
  today: string;
  /** The configuration file that was read, if any. */
  config_file: string | null;
  files: FileCounts;
  /** The schema each kind of file was validated against (absent when the configuration was invalid). */
  schemas?: SchemaUsed[];
  summary: { errors: number; warnings: number };
  /** Every error (and, under strict, every warning), ordered by file, line and column. */
  errors: Problem[];
  warnings: Problem[];
  /** Why the run could not go on (exit code 2), when it stopped at an invalid configuration file. */
  error?: string;
}

/**
 * Validates the backlog, the DoD catalog, every WO file, the whitelist and the configuration against
 * their schemas, then the references between them (docs/validate-backlog.md). Exit code 1 when there is an error
 * (under strict, a warning too); 2 when the configuration file is invalid, since then the layout to
 * validate is unknown (its problems are still reported with their lines).
 */
export async function runValidateBacklog(settings: ValidateBacklogSettings): Promise<ValidateBacklogReport> {
  const { strict, today, config: configArg } = settings;
  // Not openRepository: an invalid configuration file is reported as problems at their lines, not thrown.
  const root = await resolveRoot(settings.root);
  const problems = new ProblemCollector();
  const files: FileCounts = { config: 0, whitelist: 0, backlog: 0, dod: 0, work_orders: 0, legacy: 0 };

  const configFile = checkConfigFile(root, configArg?.path, problems);
  if (configFile !== undefined) files.config = 1;
  let error: string | undefined;
  let schemas: SchemaUsed[] | undefined;
  if (problems.errorCount() > 0) {
    error = `${configFile}: the configuration is invalid, so the backlog was not validated`;
  } else {
    const config = loadConfig(root, configArg);
    const result = await validateBacklog(root, config, today, problems);
    Object.assign(files, result.files);
    schemas = Object.values(result.schemas).map(({ kind, file, origin, draft }) => ({ kind, file, origin, draft }));
  }

  const all = problems.resolve().map((p): Problem => (strict && p.severity === 'warning' ? { ...p, severity: 'error' } : p));
  const errors = all.filter((p) => p.severity === 'error');
  const warnings = all.filter((p) => p.severity === 'warning');
  const exitCode = error !== undefined ? 2 : errors.length > 0 ? 1 : 0;
  const report: ValidateBacklogReport = {
    ...baseReport('validate-backlog', root, exitCode, settings.now),
    strict,
    today,
    config_file: configFile ?? null,
    files,
    ...(schemas ? { schemas } : {}),
    summary: { errors: errors.length, warnings: warnings.length },
    errors,
    warnings,
  };
  if (error !== undefined) report.error = error;
  return report;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** One line per problem, `file:line:col: error|warning: message [rule]`, then the counts. */
export function formatValidateBacklog(report: ValidateBacklogReport): string {
  const problems = [...report.errors, ...report.warnings].sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column,
  );
  const lines = problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.severity}: ${p.message} [${p.rule}]`);
  const f = report.files;
  const checked = f.config + f.whitelist + f.backlog + f.dod + f.work_orders;
  const strict = report.strict ? ' (strict: warnings count as errors)' : '';
  if (report.schemas) {
    const own = report.schemas.filter((s) => s.origin === 'repository');
    const describe = (list: SchemaUsed[]): string => list.map((s) => `${s.kind} ${s.file}${s.origin === 'repository' ? ` (${s.draft})` : ''}`).join(', ');
    const bundledKinds = report.schemas.filter((s) => s.origin === 'bundled').map((s) => s.kind);
    lines.push(`schemas: ${own.length > 0 ? `${describe(own)}; ` : ''}bundled for ${bundledKinds.join(', ')}`);
  }
  lines.push(`${plural(report.summary.errors, 'error')}, ${plural(report.summary.warnings, 'warning')} in ${plural(checked, 'file')} checked${strict}`);
  if (report.error !== undefined) lines.push(report.error);
  return `${lines.join('\n')}\n`;
}
