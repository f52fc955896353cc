import { parseYamlBounded } from '../core/yaml.js';
import type { Config } from '../core/config.js';
import { evidenceFolder, verdictFiles, verdictOfText } from '../core/evidence.js';
import { tryGit, type CatFileBatch } from '../core/git.js';
import { mapLimit } from '../core/concurrency.js';
import { isRegularFile, listFiles, literalPathspecs, type Endpoints } from './snapshot.js';
import { keyLine, scalarText, type WoVersion } from './wo-text.js';

/**
 * The checks of a close: a WO that arrives in done/ must carry a `verified_at_sha` of the head's
 * history, a PASS verdict in its verdict files and its DoD's required artifacts in its evidence
 * folder, all as they are on the head side (docs/transitions.md).
 */

/** A WO arriving in done/ on the head side. */
export interface Closing {
  woId: string;
  /** Its file in done/ on the head side. */
  file: string;
  version: WoVersion;
}

/** A closing condition that failed: becomes one `close_unverified` violation. */
/** Which closing condition failed. */
export type CloseCondition = 'verified_at_sha' | 'verdict' | 'dod' | 'artifacts';

export interface CloseFailure {
  woId: string;
  file: string;
  line: number;
  condition: CloseCondition;
  message: string;
}

/** A condition that could not be checked (shallow history): a note, not a violation. */
export interface CloseNote {
  woId: string;
  file: string;
  line: number;
  message: string;
}

const SHA = /^[0-9a-fA-F]{7,40}$/;
// An id that names one folder (no separators, no dot segments): anything else never becomes a path.
const FOLDER_NAME = /^(?!\.\.?$)[A-Za-z0-9_.-]+$/;
/** DoD id → its required artifacts, from every DoD file (one DoD, or a catalog under `dod:`). */
function readDodCatalog(texts: readonly string[]): Map<string, string[]> {
  const catalog = new Map<string, string[]>();
  const add = (entry: unknown): void => {
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) return;
    const { id, required_artifacts: artifacts } = entry as Record<string, unknown>;
    if (typeof id !== 'string') return;
    catalog.set(id.trim(), Array.isArray(artifacts) ? artifacts.filter((a): a is string => typeof a === 'string') : []);
  };
  for (const text of texts) {
    let data: unknown;
    try {
      data = parseYamlBounded(text, { uniqueKeys: false });
    } catch {
      continue;
    }
    const list = (data as { dod?: unknown } | null)?.dod;
    if (Array.isArray(list)) list.forEach(add);
    else add(data);
  }
  return catalog;
}

/** Which of `oids` are commits of `head`'s history. */
async function ancestorsOf(root: string, head: string, oids: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>();
  if (oids.length === 0) return found;
  if (oids.length <= 8) {
    const answers = await mapLimit(oids, 2, async (oid) => (await tryGit(['merge-base', '--is-ancestor', oid, head], { cwd: root })).code === 0);
    oids.forEach((oid, i) => answers[i] && found.add(oid));
    return found;
  }
  // Many closes at once: one walk of the history instead of one git run per commit.
  const history = new Set((await tryGit(['rev-list', head], { cwd: root })).stdout.split('\n'));
  for (const oid of oids) if (history.has(oid)) found.add(oid);
  return found;
}

/** Checks every close against the head side; returns the conditions that failed and the ones that could not be checked. */
export async function checkClosings(
  root: string,
  config: Config,
  endpoints: Endpoints,
  closings: readonly Closing[],
  objects: CatFileBatch,
): Promise<{ failures: CloseFailure[]; notes: CloseNote[] }> {
  const failures: CloseFailure[] = [];
  const notes: CloseNote[] = [];
  if (closings.length === 0) return { failures, notes };

  const named = closings.filter((c) => FOLDER_NAME.test(c.woId));
  const folders = [config.dodDir, ...named.flatMap((c) => [evidenceFolder(config, c.woId), ...verdictFiles(config, c.woId)])];
  const headFiles = await listFiles(root, endpoints.staged ? undefined : endpoints.head, literalPathspecs([...new Set(folders)]));
  const dodPrefix = `${config.dodDir}/`;
  const dodFiles = [...headFiles.values()].filter(
    (f) => f.path.startsWith(dodPrefix) && !f.path.slice(dodPrefix.length).includes('/') && /\.ya?ml$/.test(f.path) && isRegularFile(f.mode),
  );
  const verdictEntries = named.flatMap((c) => verdictFiles(config, c.woId).map((p) => headFiles.get(p)).filter((f) => f !== undefined));

  // One round for every DoD and verdict file and every claimed commit.
  const shas = [...new Set(closings.map((c) => scalarText(c.version.data, 'verified_at_sha')).filter((s): s is string => s !== undefined && SHA.test(s)))];
  const blobNames = [...dodFiles.map((f) => f.oid), ...verdictEntries.map((f) => f.oid)];
  const objectsRead = await objects.read([...blobNames, ...shas.map((s) => `${s}^{commit}`)]);
  const blobText = new Map<string, string>();
  blobNames.forEach((oid, i) => blobText.set(oid, objectsRead[i]?.content.toString('utf8') ?? ''));
  const commitOf = new Map<string, string | undefined>();
  shas.forEach((sha, i) => {
    const object = objectsRead[blobNames.length + i];
    commitOf.set(sha, object?.type === 'commit' ? object.oid : undefined);
  });
  const inHistory = endpoints.unborn
    ? new Set<string>()
    : await ancestorsOf(root, endpoints.head, [...new Set([...commitOf.values()].filter((o): o is string => o !== undefined))]);
  const catalog = readDodCatalog(dodFiles.map((f) => blobText.get(f.oid) ?? ''));
  const headName = endpoints.staged ? 'HEAD' : 'the head';

  for (const closing of closings) {
    const { woId, file, version } = closing;
    const fail = (condition: CloseCondition, line: number, message: string): void => void failures.push({ woId, file, line, condition, message });
    const idLine = keyLine(version.text, 'id');

    const sha = scalarText(version.data, 'verified_at_sha');
    const shaLine = keyLine(version.text, 'verified_at_sha');
    if (sha === undefined) fail('verified_at_sha', idLine, `${woId} moved into done/ without verified_at_sha`);
    else if (!SHA.test(sha)) fail('verified_at_sha', shaLine, `${woId} moved into done/ with verified_at_sha '${sha}', which is not a commit id (7 to 40 hex digits)`);
    else {
      const commit = commitOf.get(sha);
      if (commit === undefined) {
        if (endpoints.shallow) notes.push({ woId, file, line: shaLine, message: `${woId}: verified_at_sha ${sha} is not in this shallow clone, so it could not be checked against ${headName}'s history (fetch the full history to check it)` });
        else fail('verified_at_sha', shaLine, `${woId} moved into done/ with verified_at_sha ${sha}, which names no commit of this repository`);
      } else if (!inHistory.has(commit)) {
        if (endpoints.shallow) notes.push({ woId, file, line: shaLine, message: `${woId}: verified_at_sha ${sha} could not be found in ${headName}'s history, which is cut short in this shallow clone (fetch the full history to check it)` });
        else fail('verified_at_sha', shaLine, `${woId} moved into done/ with verified_at_sha ${sha}, which is not a commit of ${headName}'s history`);
      }
    }

    if (!FOLDER_NAME.test(woId)) {
      fail('artifacts', idLine, `${woId} moved into done/, but its id cannot name an evidence folder, so its verdict and artifacts cannot be found`);
      continue;
    }
    const verdicts = verdictFiles(config, woId)
      .map((p) => ({ path: p, entry: headFiles.get(p) }))
      .filter((v) => v.entry !== undefined)
      .map((v) => ({ path: v.path, verdict: verdictOfText(blobText.get(v.entry!.oid) ?? '') }));
    const given = verdicts.filter((v) => v.verdict !== undefined);
    const distinct = new Set(given.map((v) => v.verdict));
    if (given.length === 0) {
      const where = verdicts.length === 0 ? `no verdict file (${verdictFiles(config, woId).join(', ')})` : `no verdict in ${verdicts.map((v) => v.path).join(', ')}`;
      fail('verdict', idLine, `${woId} moved into done/ without a PASS verdict: ${where}`);
    } else if (distinct.size > 1) {
      fail('verdict', idLine, `${woId} moved into done/ with verdict files that disagree (${given.map((v) => `${v.path}: ${v.verdict}`).join(', ')})`);
    } else if (given[0]!.verdict !== 'PASS') {
      fail('verdict', idLine, `${woId} moved into done/ with verdict ${given[0]!.verdict} (${given[0]!.path}), not PASS`);
    }

    const dodId = scalarText(version.data, 'dod_id');
    if (dodId === undefined) {
      fail('dod', idLine, `${woId} moved into done/ without a dod_id, so its required artifacts are unknown`);
      continue;
    }
    const required = catalog.get(dodId);
    if (required === undefined) {
      fail('dod', keyLine(version.text, 'dod_id'), `${woId} moved into done/ with dod_id ${dodId}, which no DoD in ${config.dodDir}/ defines`);
      continue;
    }
    const evidence = evidenceFolder(config, woId);
    // A link is not an artifact: it could point anywhere.
    const missing = required.filter((name) => {
      const entry = headFiles.get(`${evidence}/${name.replace(/^\.\//, '')}`);
      return entry === undefined || !isRegularFile(entry.mode);
    });
    if (missing.length > 0) {
      fail('artifacts', keyLine(version.text, 'dod_id'), `${woId} moved into done/ without the artifacts its DoD ${dodId} requires in ${evidence}/: ${missing.join(', ')}`);
    }
  }
  return { failures, notes };
}
