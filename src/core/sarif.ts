/**
 * SARIF 2.1.0 for GitHub code scanning: the one builder every command that reports problems at files
 * (audit, validate-backlog, transitions) uses, so all of them look alike in the Security tab.
 *
 * API
 * - `buildSarif({ command, rules, results, uriPrefix? }): SarifLog` — one run of one command:
 *   - `rules`: every rule the command can report (not only those that fired), each
 *     `{ id, summary, help, level, tags? }`. `summary` is one sentence (shortDescription), `help` says
 *     what the rule means and which command fixes it (Markdown; also given as plain text), `level` the
 *     default level (`error` | `warning` | `note`).
 *   - `results`: `{ ruleId, message, file?, line?, column?, level?, identity, related?, suppressed? }`.
 *     `file` is repository-relative with forward slashes; it becomes a relative URI against the base id
 *     `%SRCROOT%` (the governed repository, or the checkout when `uriPrefix` is given). `identity` is
 *     what makes the result the same alert from one run to the next: pass what names the problem, never
 *     what moves (line numbers, messages, dates), e.g. `[code, woId, file]`. It is hashed into
 *     `partialFingerprints["woToolkit/v1"]`; equal identities within a run get an ordinal, so no two
 *     results of a run share a fingerprint. `related` are further repository-relative paths (shown as
 *     related locations); `suppressed` is the justification of an accepted result (a whitelist entry).
 *   - `uriPrefix`: the governed repository's folder inside the checked-out repository (`''` when they are
 *     the same), so an action run on `root: sub/dir` still points code scanning at the right files.
 *   A path outside the repository (a worktree beside it) is never turned into a URI; a result with no
 *   path inside it points at `fallbackFile` (default `.`, the repository itself), so every result has the
 *   one location code scanning requires.
 * - `sarifFingerprint(parts)`: the hash used for `identity`, exported for tests and for callers that
 *   compare runs.
 * - `writeSarif(target, log, argName)`: writes the log as JSON (`-` = standard output), with the same
 *   one-line error naming `argName` as a JSON report when the file cannot be written.
 *
 * The run's `automationDetails.id` is `wo-toolkit/<command>/`, so uploads of different commands for one
 * commit are separate analyses and never replace each other's alerts. The full mapping is documented in
 * docs/sarif.md.
 */
import { createHash } from 'node:crypto';
import { writeJsonReport } from './report.js';
import { INFORMATION_URI, TOOL, VERSION } from './version.js';

export type SarifLevel = 'error' | 'warning' | 'note';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
export const SARIF_VERSION = '2.1.0';
/** The base id every result URI is relative to. */
export const SRCROOT = '%SRCROOT%';
/** The key of our fingerprint in `partialFingerprints`; versioned, so a change of recipe is a new key. */
export const FINGERPRINT_KEY = 'woToolkit/v1';

export interface SarifRuleSpec {
  id: string;
  /** One sentence: what the rule detects. */
  summary: string;
  /** What it means and what to do (Markdown, short). */
  help: string;
  level: SarifLevel;
  tags?: readonly string[];
}

export interface SarifResultSpec {
  ruleId: string;
  message: string;
  /** Repository-relative path, forward slashes. */
  file?: string;
  /** 1-based. */
  line?: number;
  /** 1-based, in UTF-16 code units (JavaScript string offsets). */
  column?: number;
  /** Overrides the rule's default level. */
  level?: SarifLevel;
  /** What names this problem across runs (never line numbers or messages). */
  identity: readonly string[];
  /** More repository-relative paths involved. */
  related?: readonly string[];
  /** Justification when the result is accepted (it is reported as suppressed). */
  suppressed?: string;
  properties?: Record<string, unknown>;
}

export interface SarifRunSpec {
  command: string;
  rules: readonly SarifRuleSpec[];
  results: readonly SarifResultSpec[];
  /** The governed repository's folder inside the checkout, '' (default) when it is the checkout. */
  uriPrefix?: string;
  /** Where a result with no path inside the repository points (repository-relative; default `.`, the repository itself). */
  fallbackFile?: string;
}

/* The subset of the SARIF 2.1.0 object model this builder writes. */
export interface SarifMessage {
  text: string;
  markdown?: string;
}
export interface SarifArtifactLocation {
  uri: string;
  uriBaseId: string;
}
export interface SarifLocation {
  id?: number;
  physicalLocation: { artifactLocation: SarifArtifactLocation; region?: { startLine: number; startColumn?: number } };
}
export interface SarifReportingDescriptor {
  id: string;
  name: string;
  shortDescription: SarifMessage;
  fullDescription: SarifMessage;
  help: SarifMessage;
  helpUri?: string;
  defaultConfiguration: { level: SarifLevel };
  properties: { tags: string[]; precision: 'very-high'; 'problem.severity': 'error' | 'warning' | 'recommendation' };
}
export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: SarifMessage;
  locations: SarifLocation[];
  relatedLocations?: SarifLocation[];
  partialFingerprints: Record<string, string>;
  suppressions?: { kind: 'external'; justification: string }[];
  properties?: Record<string, unknown>;
}
export interface SarifLog {
  $schema: string;
  version: typeof SARIF_VERSION;
  runs: {
    tool: {
      driver: {
        name: string;
        version: string;
        semanticVersion: string;
        informationUri?: string;
        rules: SarifReportingDescriptor[];
      };
    };
    automationDetails: { id: string };
    originalUriBaseIds: Record<string, { description: SarifMessage }>;
    columnKind: 'utf16CodeUnits';
    results: SarifResult[];
  }[];
}

/** SHA-256 (hex) of the parts, each length-prefixed so ['a','bc'] and ['ab','c'] differ. */
export function sarifFingerprint(parts: readonly string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(`${Buffer.byteLength(part)}:${part};`);
  return hash.digest('hex');
}

const PROBLEM_SEVERITY = { error: 'error', warning: 'warning', note: 'recommendation' } as const;

/** A path that names something inside the repository (not absolute, not climbing out of it). */
function insideRepository(file: string): boolean {
  return file !== '' && !file.startsWith('/') && !/^[A-Za-z]:/.test(file) && !file.split('/').includes('..');
}

/** Percent-encodes what a relative URI may not hold, keeping `/` (a path inside the repository). */
function toUri(prefix: string, file: string): string {
  const joined = prefix === '' ? file : `${prefix.replace(/\/+$/, '')}/${file.replace(/^\.\//, '')}`;
  return joined
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

function markdownToText(markdown: string): string {
  return markdown.replace(/`([^`]*)`/g, '$1').replace(/\*\*([^*]*)\*\*/g, '$1');
}

export function buildSarif(spec: SarifRunSpec): SarifLog {
  const prefix = spec.uriPrefix ?? '';
  const ruleIndex = new Map<string, number>();
  const rules: SarifReportingDescriptor[] = spec.rules.map((rule, index) => {
    ruleIndex.set(rule.id, index);
    const descriptor: SarifReportingDescriptor = {
      id: rule.id,
      name: rule.id,
      shortDescription: { text: rule.summary },
      fullDescription: { text: rule.summary },
      help: { text: markdownToText(rule.help), markdown: rule.help },
      defaultConfiguration: { level: rule.level },
      properties: { tags: [TOOL, ...(rule.tags ?? [])], precision: 'very-high', 'problem.severity': PROBLEM_SEVERITY[rule.level] },
    };
    if (INFORMATION_URI !== undefined) descriptor.helpUri = INFORMATION_URI;
    return descriptor;
  });

  const seen = new Map<string, number>();
  const results = spec.results.map((spec_): SarifResult => {
    const index = ruleIndex.get(spec_.ruleId);
    if (index === undefined) throw new Error(`SARIF result for the undeclared rule '${spec_.ruleId}'`);
    const location = (file: string, line?: number, column?: number): SarifLocation => {
      const physical: SarifLocation['physicalLocation'] = { artifactLocation: { uri: toUri(prefix, file), uriBaseId: SRCROOT } };
      if (line !== undefined) physical.region = column === undefined ? { startLine: line } : { startLine: line, startColumn: column };
      return { physicalLocation: physical };
    };
    const paths = [spec_.file, ...(spec_.related ?? [])].filter((p): p is string => p !== undefined && insideRepository(p));
    const primary = spec_.file !== undefined && insideRepository(spec_.file) ? spec_.file : (paths[0] ?? spec.fallbackFile ?? '.');
    const line = primary === spec_.file ? (spec_.line ?? 1) : 1;
    const column = primary === spec_.file ? spec_.column : undefined;

    const base = sarifFingerprint([spec_.ruleId, ...spec_.identity]);
    const ordinal = seen.get(base) ?? 0;
    seen.set(base, ordinal + 1);
    const fingerprint = ordinal === 0 ? base : sarifFingerprint([base, String(ordinal)]);

    const result: SarifResult = {
      ruleId: spec_.ruleId,
      ruleIndex: index,
      level: spec_.level ?? spec.rules[index]!.level,
      message: { text: spec_.message },
      locations: [location(primary, line, column)],
      partialFingerprints: { [FINGERPRINT_KEY]: fingerprint },
    };
    const related = [...new Set(paths.filter((p) => p !== primary))];
    if (related.length > 0) result.relatedLocations = related.map((p, i) => ({ id: i + 1, ...location(p) }));
    if (spec_.suppressed !== undefined) result.suppressions = [{ kind: 'external', justification: spec_.suppressed }];
    if (spec_.properties !== undefined) result.properties = spec_.properties;
    return result;
  });

  const driver: SarifLog['runs'][number]['tool']['driver'] = { name: TOOL, version: VERSION, semanticVersion: VERSION, rules };
  if (INFORMATION_URI !== undefined) driver.informationUri = INFORMATION_URI;
  return {
    $schema: SARIF_SCHEMA_URI,
    version: SARIF_VERSION,
    runs: [
      {
        tool: { driver },
        automationDetails: { id: `${TOOL}/${spec.command}/` },
        originalUriBaseIds: {
          [SRCROOT]: { description: { text: prefix === '' ? 'The root of the governed repository.' : 'The root of the checked-out repository.' } },
        },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

/** Writes a SARIF log (`-` = standard output); a file that cannot be written is one line naming `argName`. */
export function writeSarif(target: string, log: SarifLog, argName = '--sarif', stdout?: (text: string) => void): void {
  writeJsonReport(target, log, argName, stdout);
}
