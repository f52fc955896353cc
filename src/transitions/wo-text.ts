import { parseYamlBounded } from '../core/yaml.js';
import { parseSimpleYaml } from '../core/fast-yaml.js';

/** What `transitions` needs of one version of a WO file. */
export interface WoVersion {
  /** Its `id`, or the file name's stem when the file cannot be parsed or has no string id. */
  id: string;
  idFromStem: boolean;
  /** The top-level mapping, when the file is one. */
  data: Record<string, unknown> | undefined;
  text: string;
}

/** The top-level keys `transitions` reads of a WO. */
const KEYS = ['id', 'dod_id', 'verified_at_sha'] as const;

const TOP_LEVEL_ENTRY = /^([A-Za-z_][A-Za-z0-9_.-]*):(?: +(.*))?$/;
const PLAIN_VALUE = /^[A-Za-z0-9_./][A-Za-z0-9_./ -]*$/;
const NOT_A_STRING = /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|0x[0-9a-fA-F]+|0o[0-7]+|[-+]?\.(?:inf|Inf|INF|nan|NaN|NAN))$/;
const OPEN_FLOW = /^["'[{]/;

/**
 * The few top-level scalars `transitions` needs, read from the lines that start at column 0, without
 * parsing the rest: a WO's body (block scalars, nested mappings, long lists) is the bulk of its text
 * and of the cost of a full parse, and a pull request can touch a thousand WOs. Only an unmistakable
 * top level is read here: every line at column 0 is a comment or `key: …` with a unique plain key, no
 * tab, no document marker, no flow or quoted value left open; the keys asked for hold a one-line plain
 * or quoted string (or nothing). Anything else returns undefined, and the full parser decides.
 */
export function readTopLevelScalars(text: string, keys: readonly string[]): Record<string, string | null> | undefined {
  if (/[\t\r\ufeff]/.test(text)) return undefined;
  const found: Record<string, string | null> = {};
  const seen = new Set<string>();
  // After a plain or empty value of a key asked for, an indented line would continue that value.
  let plainOpen = false;
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    start = end + 1;
    const first = line.charCodeAt(0);
    if (line === '' || first === 0x23 /* # */) continue;
    if (first === 0x20 /* space */) {
      const content = line.trim() !== '' && !line.trimStart().startsWith('#');
      if (content && (seen.size === 0 || plainOpen)) return undefined;
      continue;
    }
    plainOpen = false;
    const entry = TOP_LEVEL_ENTRY.exec(line);
    if (entry === null) return undefined;
    const key = entry[1]!;
    if (seen.has(key)) return undefined;
    seen.add(key);
    const raw = (entry[2] ?? '').replace(/(^| +)#.*$/, '').trimEnd();
    if (!keys.includes(key)) {
      // A flow collection or a quoted scalar may go on over the next lines: leave that to the parser.
      if (OPEN_FLOW.test(raw) && !/^(?:"[^"\\]*"|'[^']*'|\[[^\]]*\]|\{[^}]*\})$/.test(raw)) return undefined;
      continue;
    }
    if (raw === '') {
      found[key] = null; // unless indented lines follow: then the value is a collection, and the parser decides
      plainOpen = true;
    }
    else if (/^"[^"\\]*"$/.test(raw) || /^'[^']*'$/.test(raw)) found[key] = raw.slice(1, -1);
    else if (PLAIN_VALUE.test(raw) && !NOT_A_STRING.test(raw)) {
      found[key] = raw;
      plainOpen = true;
    }
    else if (/^(?:~|null|Null|NULL)$/.test(raw)) found[key] = null;
    else return undefined;
  }
  return seen.size === 0 ? undefined : found;
}

/** Reads a WO file's text: its top level by the line reader above, else the plain subset by the fast parser, else the full parser. */
export function readWoVersion(text: string, stem: string): WoVersion {
  const top = readTopLevelScalars(text, KEYS);
  if (top !== undefined) {
    const id = top['id'];
    if (typeof id === 'string' && id.trim() !== '') return { id: id.trim(), idFromStem: false, data: top, text };
    return { id: stem, idFromStem: true, data: top, text };
  }
  let data: unknown = parseSimpleYaml(text);
  if (data === undefined) {
    try {
      data = parseYamlBounded(text, { uniqueKeys: false });
    } catch {
      data = undefined;
    }
  }
  const mapping = data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
  const id = mapping?.['id'];
  if (typeof id === 'string' && id.trim() !== '') return { id: id.trim(), idFromStem: false, data: mapping, text };
  return { id: stem, idFromStem: true, data: mapping, text };
}

/** The file name without its folder and `.yaml`/`.yml`. */
export function stemOf(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return name.replace(/\.(ya?ml|lock)$/, '');
}

/** The 1-based line of a top-level key (`key:` at the start of a line, maybe quoted), else 1. */
export function keyLine(text: string, key: string): number {
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`^(?:${escaped}|"${escaped}"|'${escaped}') *:`);
  let line = 1;
  let start = 0;
  while (start <= text.length) {
    const end = text.indexOf('\n', start);
    const content = text.slice(start, end < 0 ? text.length : end);
    if (pattern.test(content)) return line;
    if (end < 0) break;
    start = end + 1;
    line++;
  }
  return 1;
}

/** The 1-based line of `after` where it first differs from `before` (1 when they differ only past its end). */
export function firstChangedLine(before: string, after: string): number {
  const a = before.split('\n');
  const b = after.split('\n');
  for (let i = 0; i < b.length; i++) {
    if (a[i] !== b[i]) return i + 1;
  }
  return Math.max(1, b.length);
}

/** A top-level scalar as text (numbers too: an all-digit SHA is read as a number), undefined when absent or empty. */
export function scalarText(data: Record<string, unknown> | undefined, key: string): string | undefined {
  const value = data?.[key];
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}
