import type { SourceText } from './source.js';

export type ProblemSeverity = 'error' | 'warning';

/** One validation problem, as reported (docs/validate-backlog.md). */
export interface Problem {
  /** Repository-relative path (forward slashes); absolute only for a --config file outside the root. */
  file: string;
  /** 1-based line of the offending YAML node, or of the parse error. */
  line: number;
  /** 1-based column (in characters) of the offending YAML node, or of the parse error. */
  column: number;
  /** JSON pointer of the offending value in the document ('' for the whole file). */
  pointer: string;
  message: string;
  rule: string;
  severity: ProblemSeverity;
}

/**
 * Every rule validate-backlog reports, with its default severity. Schema violations are reported as
 * `schema/<keyword>` (schema/type, schema/required, schema/enum, …) and are errors.
 */
export const RULES = {
  unreadable: { severity: 'error', summary: 'the file cannot be read' },
  encoding: { severity: 'error', summary: 'the file is not valid UTF-8' },
  'file-too-large': { severity: 'error', summary: 'the file is larger than the 1 MiB a backlog file may be; it is not parsed' },
  'yaml-syntax': { severity: 'error', summary: "the file is not valid YAML (the parser's message and position)" },
  'duplicate-key': { severity: 'error', summary: 'a mapping declares the same key twice' },
  'yaml-warning': { severity: 'warning', summary: "a YAML parser warning (for example an unresolved tag)" },
  'empty-file': { severity: 'error', summary: 'the file holds no YAML document' },
  'not-a-mapping': { severity: 'error', summary: 'the document is not a mapping of keys to values' },
  'missing-file': { severity: 'error', summary: 'the backlog file or the DoD catalog folder does not exist' },
  'unknown-key': { severity: 'warning', summary: 'a key the schema does not know (an error in the config and the whitelist)' },
  'id-pattern': { severity: 'error', summary: "a WO id does not match the configured wo_id_pattern" },
  'id-mismatch': { severity: 'error', summary: "the file name's stem differs from the id inside the file (not for x_legacy files)" },
  'duplicate-id': { severity: 'error', summary: 'two WO files, two DoD files or two epics declare the same id' },
  'status-mismatch': { severity: 'error', summary: "a WO's status names another state than the folder it is in" },
  'unknown-epic': { severity: 'error', summary: "a WO's epic_id names no epic of the backlog" },
  'unknown-dod': { severity: 'error', summary: "a WO's dod_id names no DoD of the catalog" },
  'missing-verified-sha': { severity: 'error', summary: 'a WO in done/ has no verified_at_sha (missing or null); not for x_legacy files' },
  'legacy-dod': { severity: 'warning', summary: 'a WO that is not itself x_legacy uses a DoD marked x_legacy: true' },
  'missing-artifact': { severity: 'error', summary: "a done WO's evidence folder lacks a file its DoD requires" },
  'unknown-wo': { severity: 'error', summary: "a backlog wo_queue entry names no WO file" },
  'queue-mismatch': { severity: 'warning', summary: "a WO is queued in an epic other than its epic_id" },
  'unknown-finding-code': { severity: 'error', summary: 'a whitelist entry names a code audit does not report' },
  'whitelist-expired': { severity: 'warning', summary: "a whitelist entry's review_by date has passed" },
  'legacy-path': { severity: 'warning', summary: 'a file under a legacy, non-canonical path (such as _ctx/blacklog/)' },
} as const satisfies Record<string, { severity: ProblemSeverity; summary: string }>;

export type RuleName = keyof typeof RULES | `schema/${string}`;

/** Where in a file a problem is: a character offset into its text, or a line and column already known. */
export type Where = number | { line: number; column: number };

interface PendingProblem {
  file: string;
  source: SourceText | undefined;
  where: Where;
  pointer: string;
  message: string;
  rule: RuleName;
  severity: ProblemSeverity;
}

/**
 * Collects problems with character offsets and turns offsets into lines and columns only at the end,
 * so a file's line index is built only when that file has a problem.
 */
export class ProblemCollector {
  private readonly pending: PendingProblem[] = [];

  add(
    file: string,
    source: SourceText | undefined,
    where: Where,
    rule: RuleName,
    message: string,
    options: { pointer?: string; severity?: ProblemSeverity } = {},
  ): void {
    const severity = options.severity ?? (rule in RULES ? RULES[rule as keyof typeof RULES].severity : 'error');
    this.pending.push({ file, source, where, pointer: options.pointer ?? '', message, rule, severity });
  }

  errorCount(): number {
    return this.pending.filter((p) => p.severity === 'error').length;
  }

  /** The problems with lines and columns, ordered by file, line, column and rule. */
  resolve(): Problem[] {
    const problems = this.pending.map((p): Problem => {
      const { line, column } = typeof p.where === 'number' ? (p.source?.position(p.where) ?? { line: 1, column: 1 }) : p.where;
      return { file: p.file, line, column, pointer: p.pointer, message: p.message, rule: p.rule, severity: p.severity };
    });
    return problems.sort(
      (a, b) =>
        compareText(a.file, b.file) || a.line - b.line || a.column - b.column || compareText(a.rule, b.rule) || compareText(a.message, b.message),
    );
  }
}

/** Plain code-unit order: stable whatever the locale. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
