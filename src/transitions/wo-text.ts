import { parse as parseYaml } from 'yaml';
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

/** Reads a WO file's text: the plain subset by the fast parser, anything else by the full one. */
export function readWoVersion(text: string, stem: string): WoVersion {
  let data: unknown = parseSimpleYaml(text);
  if (data === undefined) {
    try {
      data = parseYaml(text, { uniqueKeys: false, prettyErrors: false });
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
