import fs from 'node:fs';
import path from 'node:path';
import { isFindingCode } from '../core/codes.js';
import { CONFIG_FILE, STATES, type Config, type State } from '../core/config.js';
import { ConfigurationError } from '../core/errors.js';
import { isInside, relativeTo } from '../core/paths.js';
import { isValidDate } from '../core/schema.js';
import { evidenceFolder } from '../core/evidence.js';
import { filesById, readWoFiles } from '../core/state.js';
import { isRepoFileError, listRepoFolder, type RepoFolder } from '../core/repo-files.js';
import { checkDocument, readFile, type CheckedDocument } from './documents.js';
import { findLegacyFiles } from './legacy.js';
import type { ProblemCollector } from './problems.js';
import { bundledSchema, resolveSchemas, type SchemaSet } from './schemas.js';
import { locate, pickTopLevel, positionsOf, readSourceEntry } from './source.js';
import { isPathSafeWoId, matchesWoId, woIdPathProblem } from '../core/wo-id.js';

/** How many files of each kind were checked. */
export interface FileCounts {
  config: number;
  whitelist: number;
  backlog: number;
  dod: number;
  work_orders: number;
  legacy: number;
}

/** The top-level keys of a WO that the reference checks read. */
const WO_KEYS = ['id', 'epic_id', 'dod_id', 'status', 'verified_at_sha', 'x_legacy'] as const;
type Position = { line: number; column: number };
/** A top-level value and where it is (of its key when the value is empty). */
type WoFields = Partial<Record<(typeof WO_KEYS)[number], { value: unknown; at: Position }>>;

/**
 * What the reference checks need of one WO file. Its text, document and content are not kept: with
 * thousands of files, holding them all would cost more than reading them (the garbage collector
 * would walk them all again and again); the few places a reference problem can point at are kept
 * as lines and columns.
 */
interface WorkOrderFile {
  file: string;
  state: State;
  stem: string;
  /** Its `id`, or the file name's stem when the file has no usable id. */
  id: string;
  idFromStem: boolean;
  /** Present when the file is a mapping (even one that breaks the schema). */
  fields?: WoFields;
  /** Where the document's root node is (where a missing top-level key is reported). */
  root: Position;
  /**
   * `x_legacy: true`: a file kept on purpose in an older form. Exempt from the naming and form rules
   * (file stem = id, verified_at_sha, legacy DoD), never from identity (duplicates, split brain).
   */
  legacy?: boolean;
}

/**
 * One Definition of Done: a whole file (`{id, title, …}`), or one entry of a catalog file's `dod:`
 * list (`{version, dod: [{id, …}, …]}`). File names are free: a DoD is known by its id.
 */
interface DodEntry {
  file: string;
  checked: CheckedDocument;
  id: string;
  /** Path of the DoD's mapping in its file: [] for a whole file, ['dod', '<i>'] in a catalog. */
  at: string[];
  data: Record<string, unknown>;
  /** `x_legacy: true`: kept for WOs of an older form (a current WO that uses it is warned about). */
  legacy: boolean;
}

interface Backlog {
  checked: CheckedDocument;
  /** Epic id to its index in `epics`; undefined when the backlog could not be read. */
  epics?: Map<string, number>;
}

const YAML_FILE = /\.ya?ml$/;

/** Something is at `file` (a dangling link too: it is reported when read, never taken for "no file"). */
function isPresent(root: string, file: string): boolean {
  return fs.lstatSync(path.join(root, file), { throwIfNoEntry: false }) !== undefined;
}

function nonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/**
 * Validates the configuration file (the one given, or .wo-toolkit.yaml at the root when present)
 * against its schema. Returns its path as reported, or undefined when there is none.
 */
export function checkConfigFile(root: string, configArg: string | undefined, problems: ProblemCollector): string | undefined {
  const abs = configArg ?? path.join(root, CONFIG_FILE);
  // A missing configuration file given by the user is reported when it is read (a configuration error).
  if (!fs.existsSync(abs)) return undefined;
  const file = isInside(root, abs) ? relativeTo(root, abs) : abs;
  checkDocument(bundledSchema('config'), file, readFile(root, file, problems), problems, { allowEmpty: true });
  return file;
}

function checkWhitelist(root: string, config: Config, today: string, problems: ProblemCollector): number {
  const file = config.whitelist;
  if (!isPresent(root, file)) return 0;
  const { data, doc, source } = checkDocument(bundledSchema('whitelist'), file, readFile(root, file, problems), problems, { allowEmpty: true });
  const entries = data?.['entries'];
  if (!doc || !source || !Array.isArray(entries)) return 1;
  entries.forEach((entry: unknown, index) => {
    if (entry === null || typeof entry !== 'object') return;
    const { code, review_by: reviewBy, wo_id: woId } = entry as Record<string, unknown>;
    if (typeof code === 'string' && code !== '' && !isFindingCode(code)) {
      problems.add(file, source, locate(doc, ['entries', String(index), 'code']), 'unknown-finding-code', `entries[${index}].code: '${code}' is not a code audit reports`, {
        pointer: `/entries/${index}/code`,
      });
    }
    if (typeof reviewBy === 'string' && isValidDate(reviewBy) && reviewBy < today) {
      problems.add(
        file,
        source,
        locate(doc, ['entries', String(index), 'review_by']),
        'whitelist-expired',
        `entries[${index}] (${String(code)} for ${String(woId)}) expired on ${reviewBy} (today is ${today}): renew it with a reason or fix the finding`,
        { pointer: `/entries/${index}/review_by` },
      );
    }
  });
  return 1;
}

function checkBacklog(root: string, config: Config, schemas: SchemaSet, problems: ProblemCollector): Backlog | undefined {
  const file = config.backlog;
  if (!isPresent(root, file)) {
    problems.add(file, undefined, { line: 1, column: 1 }, 'missing-file', `the backlog ${file} does not exist (epic_id references are not checked)`);
    return undefined;
  }
  const checked = checkDocument(schemas.backlog, file, readFile(root, file, problems), problems);
  const list = checked.data?.['epics'];
  if (!checked.doc || !checked.source || !Array.isArray(list)) return { checked };
  const { doc, source } = checked;
  const epics = new Map<string, number>();
  list.forEach((epic: unknown, index) => {
    const id = epic !== null && typeof epic === 'object' ? (epic as Record<string, unknown>)['id'] : undefined;
    if (!nonEmptyString(id)) return;
    const first = epics.get(id);
    if (first === undefined) {
      epics.set(id, index);
      return;
    }
    const firstLine = source.position(locate(doc, ['epics', String(first), 'id'])).line;
    problems.add(file, source, locate(doc, ['epics', String(index), 'id']), 'duplicate-id', `epics[${index}]: epic id '${id}' is already declared by epics[${first}] (line ${firstLine})`, {
      pointer: `/epics/${index}/id`,
    });
  });
  return { checked, epics };
}

function dodEntries(checked: CheckedDocument): DodEntry[] {
  const data = checked.data;
  if (!data) return [];
  const entry = (value: unknown, at: string[]): DodEntry | undefined => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
    const record = value as Record<string, unknown>;
    const id = record['id'];
    if (!nonEmptyString(id)) return undefined;
    return { file: checked.file, checked, id: id.trim(), at, data: record, legacy: record['x_legacy'] === true };
  };
  const list = data['dod'];
  if (Array.isArray(list)) return list.map((value, i) => entry(value, ['dod', String(i)])).filter((e): e is DodEntry => e !== undefined);
  const single = entry(data, []);
  return single ? [single] : [];
}

function checkDodCatalog(root: string, config: Config, schemas: SchemaSet, problems: ProblemCollector): { byId: Map<string, DodEntry[]>; files: number } | undefined {
  const dir = config.dodDir;
  let folder: RepoFolder | undefined;
  try {
    folder = listRepoFolder(root, dir);
  } catch (error) {
    if (!isRepoFileError(error)) throw error;
    problems.add(`${dir}/`, undefined, { line: 1, column: 1 }, 'unreadable', `the Definition-of-Done catalog ${error.message} (dod_id references are not checked)`);
    return undefined;
  }
  if (!folder) {
    problems.add(`${dir}/`, undefined, { line: 1, column: 1 }, 'missing-file', `the Definition-of-Done catalog ${dir}/ does not exist (dod_id references are not checked)`);
    return undefined;
  }
  // A catalog file kept as a link (or a FIFO, a device…) is still read or reported (through the link, only while it stays inside the repository).
  const names = folder.entries
    .filter((e) => !e.isDirectory() && YAML_FILE.test(e.name))
    .map((e) => e.name)
    .sort();
  const byId = new Map<string, DodEntry[]>();
  for (const name of names) {
    const file = `${dir}/${name}`;
    const checked = checkDocument(schemas.dod, file, readFile(root, file, problems), problems);
    for (const dod of dodEntries(checked)) {
      const list = byId.get(dod.id);
      if (list) list.push(dod);
      else byId.set(dod.id, [dod]);
    }
  }
  const where = (dod: DodEntry): string => (dod.at.length === 0 ? dod.file : `${dod.file} (${dod.at[0]}[${dod.at[1]}])`);
  for (const [id, list] of byId) {
    if (list.length < 2) continue;
    for (const dod of list) {
      const others = list.filter((d) => d !== dod).map(where);
      const at = dod.checked.doc ? locate(dod.checked.doc, [...dod.at, 'id']) : 0;
      problems.add(dod.file, dod.checked.source, at, 'duplicate-id', `DoD id '${id}' is also declared by ${others.join(', ')}`, { pointer: `/${[...dod.at, 'id'].join('/')}` });
    }
  }
  return { byId, files: names.length };
}

async function checkWorkOrders(root: string, config: Config, schemas: SchemaSet, problems: ProblemCollector): Promise<WorkOrderFile[]> {
  const { files, present } = readWoFiles(root, config);
  if (present.length === 0) {
    const jobs = path.posix.dirname(config.stateFolders.pending);
    if (!fs.existsSync(path.join(root, jobs))) {
      throw new ConfigurationError(
        `${root}: no work-order folders found: expected ${jobs}/{pending,running,done,failed}/ (set state_folders in .wo-toolkit.yaml)`,
      );
    }
  }
  files.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  return files.map(({ state, rel, stem, problem, folder, name }): WorkOrderFile => {
    if (problem !== undefined) problems.add(rel, undefined, { line: 1, column: 1 }, 'unreadable', `the file ${problem}`);
    // Read through the state folder already listed (no path resolved again per file).
    const checked = checkDocument(schemas.work_order, rel, problem === undefined ? readSourceEntry(root, folder, name, problems) : undefined, problems);
    const rawId = checked.data?.['id'];
    const idFromStem = !nonEmptyString(rawId);
    const rootOffset = checked.doc?.contents?.range?.[0] ?? 0;
    const located = checked.data && checked.doc ? pickTopLevel(checked.doc, checked.data, WO_KEYS) : undefined;
    const keys = located ? (Object.keys(located) as (keyof WoFields)[]) : [];
    const positions = checked.source ? positionsOf(checked.source.text, [rootOffset, ...keys.map((key) => located![key]!.at)]) : [];
    const wo: WorkOrderFile = {
      file: rel,
      state,
      stem,
      id: idFromStem ? stem : rawId.trim(),
      idFromStem,
      root: positions[0] ?? { line: 1, column: 1 },
    };
    if (located) {
      const fields: WoFields = {};
      keys.forEach((key, i) => (fields[key] = { value: located[key]!.value, at: positions[i + 1]! }));
      wo.fields = fields;
      wo.legacy = fields.x_legacy?.value === true;
    }
    return wo;
  });
}

function valuePosition(wo: WorkOrderFile, key: keyof WoFields): Position {
  return wo.fields?.[key]?.at ?? wo.root;
}

/** An id declared by two or more WO files is reported on each of them. */
function checkDuplicateIds(byId: Map<string, WorkOrderFile[]>, problems: ProblemCollector): void {
  for (const [id, list] of byId) {
    if (list.length < 2) continue;
    for (const wo of list) {
      const others = list.filter((w) => w !== wo).map((w) => w.file);
      problems.add(wo.file, undefined, wo.idFromStem ? wo.root : valuePosition(wo, 'id'), 'duplicate-id', `${id} is also declared by ${others.join(', ')}`, { pointer: '/id' });
    }
  }
}

/** A WO's own references: its id and file name, its folder, its epic and DoD, and a done WO's evidence. */
function checkWorkOrder(
  root: string,
  config: Config,
  wo: WorkOrderFile,
  epics: Map<string, number> | undefined,
  dods: Map<string, DodEntry[]> | undefined,
  problems: ProblemCollector,
): void {
  const fields = wo.fields;
  if (!fields) return;
  const add = (key: keyof WoFields, rule: Parameters<ProblemCollector['add']>[3], message: string, at = valuePosition(wo, key)): void =>
    problems.add(wo.file, undefined, at, rule, message, { pointer: `/${key}` });
  if (!wo.idFromStem) {
    if (!matchesWoId(config.woIdPattern, wo.id)) {
      const notAName = woIdPathProblem(wo.id);
      add('id', 'id-pattern', notAName === undefined ? `id '${wo.id}' does not match the WO id pattern ${config.woIdPattern.source}` : `id '${wo.id}' ${notAName}: a WO id must be usable as a file name`);
    }
    if (wo.id !== wo.stem && !wo.legacy) add('id', 'id-mismatch', `id '${wo.id}' differs from the file name's stem '${wo.stem}' (name the file ${wo.id}.yaml, or mark a copy kept on purpose with x_legacy: true)`);
  }
  const status = fields.status?.value;
  if (typeof status === 'string' && (STATES as readonly string[]).includes(status) && status !== wo.state) {
    add('status', 'status-mismatch', `status '${status}' does not match the folder the file is in (${config.stateFolders[wo.state]}/, status ${wo.state})`);
  }
  const epicId = fields.epic_id?.value;
  if (epics && nonEmptyString(epicId) && !epics.has(epicId)) {
    add('epic_id', 'unknown-epic', `epic_id '${epicId}' names no epic in ${config.backlog}`);
  }
  const dodId = fields.dod_id?.value;
  const dod = nonEmptyString(dodId) ? dods?.get(dodId)?.[0] : undefined;
  if (dods && nonEmptyString(dodId) && !dod) add('dod_id', 'unknown-dod', `dod_id '${dodId}' names no Definition of Done in ${config.dodDir}/`);
  if (dod?.legacy && !wo.legacy) {
    add('dod_id', 'legacy-dod', `dod_id '${dod.id}' is a legacy Definition of Done (x_legacy: true in ${dod.file}); a current WO should use a current one`);
  }
  if (wo.state !== 'done') return;
  const sha = fields.verified_at_sha;
  if ((sha === undefined || sha.value === null) && !wo.legacy) {
    add('verified_at_sha', 'missing-verified-sha', `${wo.id} is done but has no verified_at_sha (the commit its verification passed at)`, sha?.at ?? wo.root);
  }
  const artifacts = dod?.data['required_artifacts'];
  if (!Array.isArray(artifacts) || wo.idFromStem) return;
  // An id that cannot name a folder builds no path: the id-pattern problem says so.
  if (!isPathSafeWoId(wo.id)) return;
  const evidence = evidenceFolder(config, wo.id);
  for (const artifact of artifacts) {
    // Paths that leave the evidence folder are the DoD's schema problem, not looked up here.
    if (!nonEmptyString(artifact) || path.isAbsolute(artifact) || artifact.split(/[\\/]/).includes('..')) continue;
    if (!fs.existsSync(path.join(root, evidence, artifact))) {
      add('dod_id', 'missing-artifact', `${wo.id} is done but ${evidence}/${artifact} is missing (required by ${String(dodId)})`);
    }
  }
}

/** The backlog's queues name existing WOs, each queued in its own epic. */
function checkQueues(config: Config, backlog: Backlog | undefined, byId: Map<string, WorkOrderFile[]>, problems: ProblemCollector): void {
  const { doc, source, data } = backlog?.checked ?? {};
  const list = data?.['epics'];
  if (!doc || !source || !Array.isArray(list)) return;
  list.forEach((epic: unknown, i) => {
    if (epic === null || typeof epic !== 'object') return;
    const { id: epicId, wo_queue: queue } = epic as Record<string, unknown>;
    if (!Array.isArray(queue)) return;
    queue.forEach((entry: unknown, j) => {
      if (!nonEmptyString(entry)) return;
      const report = (rule: 'unknown-wo' | 'queue-mismatch', message: string): void =>
        problems.add(config.backlog, source, locate(doc, ['epics', String(i), 'wo_queue', String(j)]), rule, `epics[${i}].wo_queue[${j}]: ${message}`, {
          pointer: `/epics/${i}/wo_queue/${j}`,
        });
      const files = byId.get(entry);
      if (!files) {
        report('unknown-wo', `'${entry}' names no WO file in the state folders`);
        return;
      }
      for (const wo of files) {
        const own = wo.fields?.epic_id?.value;
        if (nonEmptyString(epicId) && nonEmptyString(own) && own !== epicId) {
          report('queue-mismatch', `${entry} is queued in ${epicId} but its epic_id is ${own} (${wo.file})`);
        }
      }
    });
  });
}

/**
 * Validates the governed repository's backlog files (docs/validate-backlog.md): the whitelist, the backlog, the DoD
 * catalog and every WO file against their schemas, then the references between them, and reports
 * files under legacy paths. Every problem goes to `problems`; the configuration is checked apart
 * (checkConfigFile), before it is loaded.
 */
export async function validateBacklog(root: string, config: Config, today: string, problems: ProblemCollector): Promise<{ files: Omit<FileCounts, 'config'>; schemas: SchemaSet }> {
  const schemas = resolveSchemas(root, config);
  const whitelist = checkWhitelist(root, config, today, problems);
  const dods = checkDodCatalog(root, config, schemas, problems);
  const wos = await checkWorkOrders(root, config, schemas, problems);
  // The backlog after the WO files: parsed first, a backlog that queues thousands of WOs stays alive
  // through the whole run, and V8 then allocates the parser's short-lived nodes of every WO file
  // straight in the old generation (allocation-site pretenuring): twice the garbage collection time
  // (scripts/bench/validate.mjs, docs/performance.md).
  const backlog = checkBacklog(root, config, schemas, problems);
  const byId = filesById(wos);
  checkDuplicateIds(byId, problems);
  for (const wo of wos) checkWorkOrder(root, config, wo, backlog?.epics, dods?.byId, problems);
  checkQueues(config, backlog, byId, problems);
  const legacy = findLegacyFiles(root, config);
  for (const { file, reason } of legacy) problems.add(file, undefined, { line: 1, column: 1 }, 'legacy-path', reason);
  return {
    files: {
      whitelist,
      backlog: backlog ? 1 : 0,
      dod: dods?.files ?? 0,
      work_orders: wos.length,
      legacy: legacy.length,
    },
    schemas,
  };
}
