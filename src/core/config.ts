import path from 'node:path';
import type { PathArg } from './args.js';
import { ConfigurationError } from './errors.js';
import { isInside, normaliseRelative } from './paths.js';
import { isRepoFileError, readRepoText, readUserFile } from './repo-files.js';
import { describeSchemaError, validate } from './schema.js';
import { woIdPatternProblem } from './wo-id.js';
import { describeYamlProblem, parseYamlStrict, yamlData } from './yaml.js';

export const STATES = ['pending', 'running', 'done', 'failed'] as const;
export type State = (typeof STATES)[number];

/** The governed repository's layout and policy (docs/formats.md#the-governed-repository), every path relative to the root. */
export interface Config {
  stateFolders: Record<State, string>;
  backlog: string;
  dodDir: string;
  handoffDir: string;
  whitelist: string;
  /**
   * Folders that hold one worktree per WO, relative to the root; unlike every other path they may lie
   * outside the repository (the default has the one beside it, `../.worktrees`).
   */
  worktreesDirs: string[];
  /** A branch named one of these followed by a WO id is that WO's branch. */
  branchPrefixes: string[];
  woIdPattern: RegExp;
  /**
   * Where a WO's verdict files are, newest first wins: repository-relative paths in which `{id}`
   * stands for the WO id.
   */
  verdictPaths: string[];
  /** The JSON Schemas the repository names in the config, per kind (`bundled` forces the bundled one). */
  schemas: Partial<Record<RepositorySchemaKind, string>>;
  dirtyExclusions: string[];
  staleLockHours: number;
  retentionDays: number;
  /** The moves of a WO between state folders that are legal, and where a new WO may appear (`new`). */
  transitions: Transitions;
  /** The text that, in a commit message, turns that commit's transition violations into warnings. */
  bypassMarker: string;
  /** The configuration file that was read, if any (relative to the root, or absolute when outside). */
  source?: string;
}

/** For each state (and `new`, a WO that did not exist before), the states a WO may move to from it. */
export type Transitions = Record<State | 'new', State[]>;

export const CONFIG_FILE = '.wo-toolkit.yaml';

/** The kinds of file a repository may bring its own JSON Schema for. */
export const REPOSITORY_SCHEMA_KINDS = ['work_order', 'backlog', 'dod'] as const;
export type RepositorySchemaKind = (typeof REPOSITORY_SCHEMA_KINDS)[number];
/** Where a repository keeps its own schemas, found without configuration: `<dir>/<kind>.schema.json`. */
export const REPOSITORY_SCHEMA_DIR = 'docs/backlog/schema';
/** The `{id}` placeholder of `verdict_paths`. */
export const VERDICT_ID = '{id}';
/** Ids such as WO-0012, WO-0018A, WO-0012.1, WO-P2.1, WO-0020-formatter. */
export const DEFAULT_WO_ID_PATTERN = /^WO-[A-Za-z0-9][A-Za-z0-9.-]*$/;

export function defaultConfig(): Config {
  return {
    stateFolders: {
      pending: '_ctx/jobs/pending',
      running: '_ctx/jobs/running',
      done: '_ctx/jobs/done',
      failed: '_ctx/jobs/failed',
    },
    backlog: '_ctx/backlog/backlog.yaml',
    dodDir: '_ctx/dod',
    handoffDir: '_ctx/handoff',
    whitelist: '_ctx/jobs/audit_whitelist.yaml',
    worktreesDirs: ['.worktrees', '../.worktrees'],
    branchPrefixes: ['feat/wo-'],
    woIdPattern: DEFAULT_WO_ID_PATTERN,
    verdictPaths: ['_ctx/handoff/{id}/verdict.json', '_ctx/logs/{id}/verdict.json'],
    schemas: {},
    dirtyExclusions: ['_ctx/telemetry/', '_ctx/handoff/', '_ctx/logs/', '_ctx/index/'],
    staleLockHours: 1,
    retentionDays: 90,
    transitions: {
      new: ['pending'],
      pending: ['running'],
      running: ['done', 'failed', 'pending'],
      done: [],
      failed: ['pending'],
    },
    bypassMarker: '[emergency]',
  };
}

interface RawConfig {
  state_folders?: Partial<Record<State, string>>;
  backlog?: string;
  dod_dir?: string;
  handoff_dir?: string;
  whitelist?: string;
  worktrees_dir?: string;
  worktrees_dirs?: string[];
  branch_prefix?: string;
  branch_prefixes?: string[];
  wo_id_pattern?: string;
  verdict_paths?: string[];
  schemas?: Partial<Record<RepositorySchemaKind, string>>;
  dirty_exclusions?: string[];
  stale_lock_hours?: number;
  retention_days?: number;
  transitions?: Partial<Record<State | 'new', State[]>>;
  bypass_marker?: string;
}

/**
 * Loads the defaults, overridden by the configuration file given (`--config FILE`, `input 'config'`)
 * or else `.wo-toolkit.yaml` at the root when present. Any problem with the file is a
 * ConfigurationError that names it.
 */
export function loadConfig(root: string, configFile?: PathArg): Config {
  const shown = configFile?.given ?? CONFIG_FILE;
  // The file the user named may lie anywhere; the default one is a file of the repository, read only
  // when it stays inside it. Either way: a regular file within the read cap, or a one-line error.
  let text: string | undefined;
  try {
    text = configFile ? readUserFile(configFile.path, shown)?.bytes.toString('utf8') : readRepoText(root, CONFIG_FILE);
  } catch (error) {
    // The file the user named is named with the option they named it by: `--config /dev/zero: is a character device…`.
    if (configFile && isRepoFileError(error)) throw new ConfigurationError(`${configFile.label} ${error.message}`);
    throw error;
  }
  if (text === undefined) {
    if (!configFile) return defaultConfig();
    throw new ConfigurationError(`${configFile.label}: file '${shown}' does not exist`);
  }
  const { doc, error } = parseYamlStrict(text);
  if (error) throw new ConfigurationError(describeYamlProblem(shown, error));
  const converted = yamlData(doc);
  if (converted.error) throw new ConfigurationError(describeYamlProblem(shown, converted.error));
  const raw = (converted.data ?? {}) as unknown;
  const errors = validate('config', raw);
  if (errors.length > 0) {
    throw new ConfigurationError(`${shown}: ${describeSchemaError(errors[0]!)} (see schemas/config.schema.json)`);
  }
  return applyRaw(root, raw as RawConfig, shown);
}

function applyRaw(root: string, raw: RawConfig, shown: string): Config {
  const config = defaultConfig();
  config.source = shown;
  const inside = (key: string, value: string): string => {
    const normalised = normaliseRelative(value);
    if (path.isAbsolute(value) || !isInside(root, path.resolve(root, normalised))) {
      throw new ConfigurationError(`${shown}: ${key} must be a path inside the repository, got '${value}'`);
    }
    return normalised;
  };
  for (const state of Object.keys(raw.state_folders ?? {}) as State[]) {
    config.stateFolders[state] = inside(`state_folders.${state}`, raw.state_folders![state]!);
  }
  if (raw.backlog !== undefined) config.backlog = inside('backlog', raw.backlog);
  if (raw.dod_dir !== undefined) config.dodDir = inside('dod_dir', raw.dod_dir);
  if (raw.handoff_dir !== undefined) config.handoffDir = inside('handoff_dir', raw.handoff_dir);
  if (raw.whitelist !== undefined) config.whitelist = inside('whitelist', raw.whitelist);
  const both = (single: string, list: string): never => {
    throw new ConfigurationError(`${shown}: set ${list} (a list) or ${single}, not both`);
  };
  // Worktrees folders may lie beside the repository: only their form is checked.
  const folder = (key: string, value: string): string => {
    if (path.isAbsolute(value)) return path.normalize(value);
    const normalised = normaliseRelative(value);
    if (normalised === '.' || normalised === '') throw new ConfigurationError(`${shown}: ${key} must name a folder other than the repository root, got '${value}'`);
    return normalised;
  };
  if (raw.worktrees_dir !== undefined && raw.worktrees_dirs !== undefined) both('worktrees_dir', 'worktrees_dirs');
  if (raw.worktrees_dir !== undefined) config.worktreesDirs = [folder('worktrees_dir', raw.worktrees_dir)];
  if (raw.worktrees_dirs !== undefined) config.worktreesDirs = raw.worktrees_dirs.map((p, i) => folder(`worktrees_dirs[${i}]`, p));
  if (raw.branch_prefix !== undefined && raw.branch_prefixes !== undefined) both('branch_prefix', 'branch_prefixes');
  if (raw.branch_prefix !== undefined) config.branchPrefixes = [raw.branch_prefix];
  if (raw.branch_prefixes !== undefined) config.branchPrefixes = [...raw.branch_prefixes];
  // By default the hand-written verdict follows the evidence folder wherever handoff_dir puts it.
  if (raw.verdict_paths === undefined) config.verdictPaths = [`${config.handoffDir}/${VERDICT_ID}/verdict.json`, ...config.verdictPaths.slice(1)];
  if (raw.verdict_paths !== undefined) {
    config.verdictPaths = raw.verdict_paths.map((p, i) => {
      const key = `verdict_paths[${i}]`;
      if (!p.includes(VERDICT_ID)) throw new ConfigurationError(`${shown}: ${key} must contain ${VERDICT_ID} (where the WO id goes), got '${p}'`);
      return inside(key, p);
    });
  }
  for (const kind of REPOSITORY_SCHEMA_KINDS) {
    const value = raw.schemas?.[kind];
    if (value === undefined) continue;
    config.schemas[kind] = value === 'bundled' ? 'bundled' : inside(`schemas.${kind}`, value);
  }
  if (raw.wo_id_pattern !== undefined) {
    try {
      config.woIdPattern = new RegExp(raw.wo_id_pattern);
    } catch {
      throw new ConfigurationError(`${shown}: wo_id_pattern is not a valid regular expression: '${raw.wo_id_pattern}'`);
    }
    const unsafe = woIdPatternProblem(raw.wo_id_pattern);
    if (unsafe !== undefined) {
      throw new ConfigurationError(`${shown}: wo_id_pattern '${raw.wo_id_pattern}' could take exponential time to match: ${unsafe} (see docs/security.md)`);
    }
  }
  if (raw.dirty_exclusions !== undefined) {
    config.dirtyExclusions = raw.dirty_exclusions.map((p, i) => `${inside(`dirty_exclusions[${i}]`, p)}/`);
  }
  if (raw.stale_lock_hours !== undefined) config.staleLockHours = raw.stale_lock_hours;
  if (raw.retention_days !== undefined) config.retentionDays = raw.retention_days;
  // Each state given replaces that state's list; the states not given keep their defaults.
  for (const [from, to] of Object.entries(raw.transitions ?? {}) as [State | 'new', State[]][]) config.transitions[from] = [...new Set(to)];
  if (raw.bypass_marker !== undefined) config.bypassMarker = raw.bypass_marker;
  const folders = Object.values(config.stateFolders);
  if (new Set(folders).size !== folders.length) {
    throw new ConfigurationError(`${shown}: state_folders must be four different folders`);
  }
  return config;
}
