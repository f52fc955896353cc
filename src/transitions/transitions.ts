import { STATES, type Config, type State } from '../core/config.js';
import { CatFileBatch } from '../core/git.js';
import { bypassingCommit, readRangeHistory } from './bypass.js';
import { checkClosings, type CloseCondition, type Closing } from './closing.js';
import type { TransitionCode, TransitionNoteCode } from './codes.js';
import { baseFilesFrom, diffFiles, isRegularFile, listFiles, literalPathspecs, resolveEndpoints, type DiffEntry, type EndpointRequest, type Endpoints, type TreeEntry } from './snapshot.js';
import { firstChangedLine, keyLine, readWoVersion, stemOf, type WoVersion } from './wo-text.js';
import { matchesWoId } from '../core/wo-id.js';

/**
 * The transitions engine (docs/transitions.md): reads the WO files of two sides from git, follows each
 * WO by its id from one side to the other, and judges every change against the legal transitions.
 */

export interface TransitionChange {
  wo_id: string;
  /** The state before (null: the WO is new). */
  from: State | null;
  /** The state after (null: the WO is gone). */
  to: State | null;
  /** Its file on the head side (on the base side when it is gone). */
  file: string;
  /** `legal`, `violation`, or `bypassed` when every violation of the WO is bypassed. */
  outcome: 'legal' | 'violation' | 'bypassed';
}

export interface TransitionViolation {
  wo_id: string;
  code: TransitionCode;
  from: State | null;
  to: State | null;
  file: string;
  line: number;
  message: string;
  /** True when a commit carrying the bypass marker introduced it: a warning, it fails nothing. */
  bypassed: boolean;
  /** With `close_unverified`: which closing condition failed. */
  condition?: CloseCondition;
  /** With `bypassed`: the commit that carries the marker, and its subject. */
  commit?: string;
  commit_subject?: string;
}

export interface TransitionNote {
  wo_id: string;
  code: TransitionNoteCode;
  file: string;
  line: number;
  message: string;
}

export interface TransitionsOptions extends EndpointRequest {
  root: string;
  config: Config;
  /** The text that marks a commit's violations as bypassed; empty turns bypassing off. */
  bypassMarker: string;
}

export interface TransitionsResult {
  endpoints: Endpoints;
  changes: TransitionChange[];
  violations: TransitionViolation[];
  notes: TransitionNote[];
}

/** One WO file on one side. */
interface WoAt {
  path: string;
  state: State;
  oid: string;
  version: WoVersion;
}

/** A violation before bypassing, with every path whose commits decide whether it is bypassed. */
interface Pending extends Omit<TransitionViolation, 'bypassed' | 'commit' | 'commit_subject'> {
  paths: string[];
}

const RANK: Record<State, number> = { pending: 0, running: 1, failed: 2, done: 3 };

/** Where a WO is when it has files in several folders (split brain): the most advanced of them. */
function stateOf(files: readonly WoAt[]): State | null {
  let best: State | null = null;
  for (const f of files) if (best === null || RANK[f.state] > RANK[best]) best = f.state;
  return best;
}

/** Reads where each path lies: a WO file or a lock directly in a state folder, or nothing of ours. */
function classifier(config: Config): (path: string) => { state: State; kind: 'wo' | 'lock' } | undefined {
  const byFolder = new Map<string, State>(STATES.map((s) => [config.stateFolders[s], s]));
  return (path) => {
    const slash = path.lastIndexOf('/');
    const state = byFolder.get(path.slice(0, slash));
    if (state === undefined) return undefined;
    if (/\.ya?ml$/.test(path) && path !== config.whitelist) return { state, kind: 'wo' };
    if (state === 'running' && path.endsWith('.lock')) return { state, kind: 'lock' };
    return undefined;
  };
}

export async function compareTransitions(options: TransitionsOptions): Promise<TransitionsResult> {
  const { root, config } = options;
  const endpoints = await resolveEndpoints(root, options);
  const pathspecs = literalPathspecs(STATES.map((s) => config.stateFolders[s]));
  const headCommit = endpoints.staged ? undefined : endpoints.head;
  const [diff, headFiles] = await Promise.all([diffFiles(root, endpoints.from, headCommit, pathspecs), listFiles(root, headCommit, pathspecs)]);
  const baseFiles = baseFilesFrom(headFiles, diff);
  const classify = classifier(config);
  const isWo = (entry: TreeEntry | undefined): entry is TreeEntry => entry !== undefined && isRegularFile(entry.mode) && classify(entry.path)?.kind === 'wo';

  const objects = new CatFileBatch(root);
  try {
    // Round one: both sides of every changed WO file.
    const versions = new Map<string, WoVersion>();
    const read = async (entries: readonly TreeEntry[]): Promise<void> => {
      const wanted = entries.filter((e) => !versions.has(`${e.oid}\0${stemOf(e.path)}`));
      const oids = [...new Set(wanted.map((e) => e.oid))];
      const blobs = await objects.read(oids);
      const text = new Map(oids.map((oid, i) => [oid, blobs[i]?.content.toString('utf8') ?? '']));
      for (const e of wanted) versions.set(`${e.oid}\0${stemOf(e.path)}`, readWoVersion(text.get(e.oid)!, stemOf(e.path)));
    };
    const versionOf = (e: TreeEntry): WoVersion => versions.get(`${e.oid}\0${stemOf(e.path)}`)!;
    const changedBase = diff.map((d) => (d.oldPath === null ? undefined : baseFiles.get(d.oldPath))).filter(isWo);
    const changedHead = diff.map((d) => (d.newPath === null ? undefined : headFiles.get(d.newPath))).filter(isWo);
    await read([...changedBase, ...changedHead]);

    // A file whose one side cannot be read keeps the identity the other side declares: breaking a
    // file's YAML is an edit of that WO, not a new WO.
    const identity = new Map<string, string>();
    const idChanges: { pair: DiffEntry; oldId: string; newId: string }[] = [];
    for (const d of diff) {
      const before = d.oldPath === null ? undefined : baseFiles.get(d.oldPath);
      const after = d.newPath === null ? undefined : headFiles.get(d.newPath);
      if (!isWo(before) || !isWo(after)) continue;
      const a = versionOf(before);
      const b = versionOf(after);
      if (a.idFromStem && !b.idFromStem) identity.set(`base\0${before.path}`, b.id);
      else if (!a.idFromStem && b.idFromStem) identity.set(`head\0${after.path}`, a.id);
      else if (!a.idFromStem && !b.idFromStem && a.id !== b.id) idChanges.push({ pair: d, oldId: a.id, newId: b.id });
    }
    const idOf = (side: 'base' | 'head', e: TreeEntry): string => identity.get(`${side}\0${e.path}`) ?? versionOf(e).id;
    const touched = new Set([...changedBase.map((e) => idOf('base', e)), ...changedHead.map((e) => idOf('head', e))]);

    // Round two: the files the change left alone that may belong to a touched WO. A file named after
    // a touched id is read; so is any file whose name is not a WO id (it may declare any id). A file
    // named like another WO is taken to be that WO (validate-backlog reports a name that differs from its id).
    const changedPaths = new Set(diff.flatMap((d) => [d.oldPath, d.newPath]).filter((p): p is string => p !== null));
    const unchanged = [...headFiles.values()].filter((e) => isWo(e) && !changedPaths.has(e.path));
    const related = unchanged.filter((e) => touched.has(stemOf(e.path)) || !matchesWoId(config.woIdPattern, stemOf(e.path)));
    await read(related);

    const collect = (side: 'base' | 'head', entries: readonly TreeEntry[]): Map<string, WoAt[]> => {
      const byId = new Map<string, WoAt[]>();
      for (const e of entries) {
        const id = idOf(side, e);
        if (!touched.has(id)) continue;
        const at: WoAt = { path: e.path, state: classify(e.path)!.state, oid: e.oid, version: versionOf(e) };
        const list = byId.get(id);
        if (list) list.push(at);
        else byId.set(id, [at]);
      }
      return byId;
    };
    const base = collect('base', [...changedBase, ...related]);
    const head = collect('head', [...changedHead, ...related]);
    const lockIds = (files: ReadonlyMap<string, TreeEntry>): Set<string> =>
      new Set([...files.values()].filter((e) => classify(e.path)?.kind === 'lock').map((e) => stemOf(e.path)));
    const judged = judge({ config, touched, base, head, headLocks: lockIds(headFiles), idChanges, classify });

    const closing = await checkClosings(root, config, endpoints, judged.closings, objects);
    for (const failure of closing.failures) {
      judged.pending.push({
        wo_id: failure.woId,
        code: 'close_unverified',
        from: judged.fromOf.get(failure.woId) ?? null,
        to: 'done',
        file: failure.file,
        line: failure.line,
        message: failure.message,
        condition: failure.condition,
        paths: [failure.file],
      });
    }
    const notes: TransitionNote[] = closing.notes.map((n) => ({ wo_id: n.woId, code: 'shallow_history', file: n.file, line: n.line, message: n.message }));

    const violations = await applyBypass(options, endpoints, pathspecs, judged.pending);
    const changes = judged.changes.map((c): TransitionChange => {
      const own = violations.filter((v) => v.wo_id === c.wo_id);
      const outcome = own.length === 0 ? 'legal' : own.every((v) => v.bypassed) ? 'bypassed' : 'violation';
      return { ...c, outcome };
    });
    return { endpoints, changes, violations, notes };
  } finally {
    objects.close();
  }
}

/** Turns the violations that only marked commits introduced into warnings, naming the commit. */
async function applyBypass(options: TransitionsOptions, endpoints: Endpoints, pathspecs: string[], pending: readonly Pending[]): Promise<TransitionViolation[]> {
  const plain = (p: Pending): TransitionViolation => {
    const { paths: _paths, ...rest } = p;
    return { ...rest, bypassed: false };
  };
  // Staged changes have no commit yet, so no message to carry the marker.
  if (pending.length === 0 || endpoints.staged || options.bypassMarker === '') return pending.map(plain);
  const history = await readRangeHistory(options.root, endpoints.from, endpoints.head, pathspecs, options.bypassMarker);
  if (history.marked.size === 0) return pending.map(plain);
  return pending.map((p) => {
    const commit = bypassingCommit(history, p.paths);
    return commit === undefined ? plain(p) : { ...plain(p), bypassed: true, commit: commit.sha, commit_subject: commit.subject };
  });
}

interface JudgeInput {
  config: Config;
  touched: ReadonlySet<string>;
  base: ReadonlyMap<string, WoAt[]>;
  head: ReadonlyMap<string, WoAt[]>;
  headLocks: ReadonlySet<string>;
  idChanges: readonly { pair: DiffEntry; oldId: string; newId: string }[];
  classify: ReturnType<typeof classifier>;
}

/** Judges every touched WO: its move, its lock, its close, edits of it while closed, its deletion, its id. */
function judge(input: JudgeInput): { changes: Omit<TransitionChange, 'outcome'>[]; pending: Pending[]; closings: Closing[]; fromOf: Map<string, State | null> } {
  const { config, base, head, headLocks, classify } = input;
  const allowed = config.transitions;
  const lockPath = (id: string): string => `${config.stateFolders.running}/${id}.lock`;
  const changes: Omit<TransitionChange, 'outcome'>[] = [];
  const pending: Pending[] = [];
  const closings: Closing[] = [];
  const fromOf = new Map<string, State | null>();

  // An id change is reported once, on the file that now declares the new id; the old id is not also
  // a deletion, and the new one is judged as a move from where the file was.
  const renamedAway = new Set<string>();
  const renamedFrom = new Map<string, State>();
  const idChangedFiles = new Set<string>();
  for (const { pair, oldId, newId } of input.idChanges) {
    const from = classify(pair.oldPath!)!.state;
    const to = classify(pair.newPath!)!.state;
    const text = head.get(newId)?.find((f) => f.path === pair.newPath)?.version.text ?? '';
    pending.push({
      wo_id: newId,
      code: 'id_changed',
      from,
      to,
      file: pair.newPath!,
      line: keyLine(text, 'id'),
      message: `${pair.newPath} declared id ${oldId} and now declares ${newId}: a WO keeps its id (create a new WO instead)`,
      paths: [pair.newPath!, pair.oldPath!],
    });
    if ((head.get(oldId) ?? []).length === 0) renamedAway.add(oldId);
    renamedFrom.set(newId, from);
    idChangedFiles.add(pair.newPath!);
  }

  for (const id of [...input.touched].sort()) {
    const before = base.get(id) ?? [];
    const after = head.get(id) ?? [];
    const from = stateOf(before) ?? renamedFrom.get(id) ?? null;
    const to = stateOf(after);
    // Same files in the same folders, whatever their names: a rename within a folder changes nothing.
    const same = before.length === after.length && before.every((b) => after.some((a) => a.state === b.state && a.oid === b.oid));
    if (same || (to === null && renamedAway.has(id))) continue;
    fromOf.set(id, from);
    const main = after.find((f) => f.state === to) ?? after[0];
    const gone = before.find((f) => f.state === from) ?? before[0];
    const file = main?.path ?? gone!.path;
    changes.push({ wo_id: id, from, to, file });
    const push = (code: TransitionCode, at: { file: string; line: number }, message: string, paths: string[] = [at.file]): void =>
      void pending.push({ wo_id: id, code, from, to, file: at.file, line: at.line, message, paths });

    if (to === null) {
      push('wo_deleted', { file: gone!.path, line: keyLine(gone!.version.text, 'id') }, `${id} was deleted from ${from}/ (${gone!.path}): WO files are moved between state folders, never deleted`, before.map((f) => f.path));
      continue;
    }
    const idAt = { file: main!.path, line: keyLine(main!.version.text, 'id') };
    if (from === null) {
      if (!allowed.new.includes(to)) push('illegal_transition', idAt, `${id} is new in ${to}/: a new WO appears only in ${describe(allowed.new)}`);
    } else if (from !== to && !allowed[from].includes(to)) {
      push('illegal_transition', idAt, `${id} moved from ${from}/ to ${to}/: from ${from}/ a WO may move only to ${describe(allowed[from])}`, [main!.path, ...before.map((f) => f.path)]);
    }
    // A copy left in, or added to, another folder: the WO now also sits there (audit reports the split brain).
    const beforeStates = new Set(before.map((f) => f.state));
    for (const copy of after) {
      if (copy.state === to || beforeStates.has(copy.state)) continue;
      const legal = from === null ? allowed.new.includes(copy.state) : from === copy.state || allowed[from].includes(copy.state);
      if (!legal) {
        push('illegal_transition', { file: copy.path, line: keyLine(copy.version.text, 'id') }, `${id} got a copy in ${copy.state}/ (${copy.path}) while it is in ${to}/: ${from === null ? 'a new WO' : `from ${from}/ a WO`} may not go to ${copy.state}/`);
      }
    }

    if (to === 'running' && from !== 'running' && !headLocks.has(id)) {
      push('lock_missing', idAt, `${id} moved into running/ without its lock ${lockPath(id)}`, [main!.path, lockPath(id)]);
    }
    if (from === 'running' && to !== 'running' && headLocks.has(id)) {
      push('lock_left', { file: lockPath(id), line: 1 }, `${id} moved from running/ to ${to}/ and its lock ${lockPath(id)} stayed: remove the lock with the move`, [lockPath(id), main!.path]);
    }
    if (to === 'done' && from !== 'done') closings.push({ woId: id, file: main!.path, version: main!.version });

    if (from === to && (to === 'done' || to === 'failed')) {
      const baseOids = new Set(before.filter((f) => f.state === to).map((f) => f.oid));
      for (const edited of after.filter((f) => f.state === to && !baseOids.has(f.oid) && !idChangedFiles.has(f.path))) {
        const counterpart = before.find((f) => f.path === edited.path) ?? before.find((f) => f.state === to) ?? before[0];
        const line = counterpart === undefined ? 1 : firstChangedLine(counterpart.version.text, edited.version.text);
        push('closed_wo_edited', { file: edited.path, line }, `${id} is ${to} and its file ${edited.path} was edited (line ${line}): a closed WO is not edited by hand`);
      }
    }
  }
  return { changes, pending, closings, fromOf };
}

function describe(states: readonly State[]): string {
  return states.length === 0 ? 'nowhere (no move is allowed)' : states.map((s) => `${s}/`).join(', ');
}
