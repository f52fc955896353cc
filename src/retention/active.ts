import fs from 'node:fs';
import path from 'node:path';
import { STATES, type Config } from '../core/config.js';
import { ConfigurationError } from '../core/errors.js';
import { listRepoFolder, readFolderEntry } from '../core/repo-files.js';
import { parseWoText } from '../core/state.js';
import { matchesWoId } from '../core/wo-id.js';

/** Why a WO's evidence folder is protected by the WO's own state. */
export interface ActiveWo {
  reason: 'wo_running' | 'wo_pending' | 'wo_locked';
  /** The file that makes it active (repository-relative). */
  path: string;
}

const WO_FILE = /\.ya?ml$/;

// A plain top-level `id: WO-0001` (quoted or not, perhaps with a comment) is read without a YAML parse,
// which costs about a millisecond per file; anything else (anchors, tags, flow style…) is parsed.
const PLAIN_ID = /^id:[ \t]*(?:"([^"\n]*)"|'([^'\n]*)'|([^\s#'"&!*|>{[][^\s#]*))[ \t]*(?:#.*)?\r?$/gm;

/** The ids a WO file declares (every plain top-level `id`, which only protects more), else its parsed id. */
export function declaredIds(text: string, stem: string, woIdPattern: RegExp): string[] {
  const plain = [...text.matchAll(PLAIN_ID)].map((m) => (m[1] ?? m[2] ?? m[3])!.trim());
  if (plain.length > 0 && plain.every((id) => matchesWoId(woIdPattern, id))) return plain;
  return [parseWoText(text, stem).id];
}


/**
 * The WOs whose evidence must stay because they are in `running/` or `pending/`, or hold a lock.
 * Only those two folders are read. Both the `id` field and the file name's stem count, so a WO file
 * whose id disagrees with its name protects both folders. When no state folder exists at all the
 * repository is not a governed one: a ConfigurationError, rather than deleting with no idea what runs.
 */
export function activeWorkOrders(root: string, config: Config): Map<string, ActiveWo> {
  if (!STATES.some((state) => fs.existsSync(path.join(root, config.stateFolders[state])))) {
    const jobs = path.posix.dirname(config.stateFolders.pending);
    throw new ConfigurationError(
      `${root}: no work-order folders found: expected ${jobs}/{pending,running,done,failed}/ (set state_folders in .wo-toolkit.yaml)`,
    );
  }
  const active = new Map<string, ActiveWo>();
  const mark = (id: string, wo: ActiveWo): void => {
    if (!active.has(id)) active.set(id, wo);
  };
  // A state folder that leads outside the repository or is a file stops the run (a RepoFileError):
  // retention must not delete with no idea what runs.
  const folders = { running: listRepoFolder(root, config.stateFolders.running), pending: listRepoFolder(root, config.stateFolders.pending) };
  for (const state of ['running', 'pending'] as const) {
    const folder = folders[state];
    for (const entry of folder?.entries ?? []) {
      if (entry.isDirectory() || !WO_FILE.test(entry.name)) continue;
      const rel = `${folder!.rel}/${entry.name}`;
      if (rel === config.whitelist) continue;
      const stem = entry.name.replace(WO_FILE, '');
      const wo: ActiveWo = { reason: state === 'running' ? 'wo_running' : 'wo_pending', path: rel };
      mark(stem, wo);
      try {
        const content = readFolderEntry(root, folder!, entry.name);
        if (content) for (const id of declaredIds(content.bytes.toString('utf8'), stem, config.woIdPattern)) mark(id, wo);
      } catch {
        // Unreadable (a link out of the repository, a FIFO, too large): its stem already protects it.
      }
    }
  }
  // A lock means someone is at work on the WO, whatever folder its file is in.
  for (const entry of folders.running?.entries ?? []) {
    if (!entry.isDirectory() && entry.name.endsWith('.lock')) {
      mark(entry.name.slice(0, -'.lock'.length), { reason: 'wo_locked', path: `${folders.running!.rel}/${entry.name}` });
    }
  }
  return active;
}
