import { isDeepStrictEqual } from 'node:util';
import { isMap, isScalar, parseDocument, Scalar, type Document } from 'yaml';

/**
 * In-place edits of a WO file's top-level scalar values. The parsed YAML document tells where each
 * value sits in the text (its node's source range); the new value is written over exactly those
 * characters, in the value's own quoting style, so comments, key order, quoting of every other value,
 * block scalars and blank lines stay byte for byte as they were. A key that is missing is added as one
 * new line at the end of the top-level mapping. The result is parsed again and must hold exactly the
 * intended data, or the edit is refused.
 */

export type TopLevelValue = string | null;

export interface ParsedWo {
  text: string;
  doc: Document.Parsed;
  /** The plain data (undefined when the document is not a mapping). */
  data: Record<string, unknown> | undefined;
  /** Why the file cannot be edited (invalid YAML, not a mapping): one short line. */
  problem?: string;
}

export function parseWo(text: string): ParsedWo {
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
  const first = doc.errors[0];
  if (first) {
    const pos = first.linePos?.[0];
    const where = pos ? ` at line ${pos.line}, column ${pos.col}` : '';
    return { text, doc, data: undefined, problem: `invalid YAML${where}: ${first.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}` };
  }
  if (!isMap(doc.contents)) return { text, doc, data: undefined, problem: 'the file is not a YAML mapping' };
  const data = doc.toJS() as Record<string, unknown>;
  return { text, doc, data };
}

/** True when the value counts as empty: missing, null, or a blank string. */
export function isEmptyValue(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** The source text of a scalar in the style of `like` (plain stays plain when that reads back the same). */
function renderScalar(value: TopLevelValue, like: Scalar.Type | undefined): string {
  if (value === null) return 'null';
  if (like === 'QUOTE_SINGLE') return `'${value.replace(/'/g, "''")}'`;
  if (like === 'QUOTE_DOUBLE') return JSON.stringify(value);
  // Plain only when it reads back as the same string (not a number, date, boolean, comment, …).
  const plain = /^[A-Za-z0-9_./@+-][A-Za-z0-9_./@+:-]*$/.test(value) && !/:$/.test(value);
  if (plain) {
    const back = parseDocument(`k: ${value}\n`).toJS() as { k?: unknown };
    if (back.k === value) return value;
  }
  return JSON.stringify(value);
}

interface Splice {
  at: number;
  end: number;
  text: string;
}

/**
 * The text of `wo` with the top-level `changes` applied, or a reason why that cannot be done in place.
 * Only keys whose value is a scalar (or missing) can be changed.
 */
export function editTopLevel(wo: ParsedWo, changes: Record<string, TopLevelValue>): { text: string } | { problem: string } {
  if (wo.problem || !wo.data || !isMap(wo.doc.contents)) return { problem: wo.problem ?? 'the file is not a YAML mapping' };
  const map = wo.doc.contents;
  if (map.flow) return { problem: 'the file is a flow mapping ({ … }), which cannot be edited line by line' };
  const { text } = wo;
  const splices: Splice[] = [];
  const added: string[] = [];
  for (const [key, value] of Object.entries(changes)) {
    const pair = map.items.find((item) => isScalar(item.key) && item.key.value === key);
    if (!pair) {
      added.push(`${key}: ${renderScalar(value, undefined)}`);
      continue;
    }
    const node = pair.value;
    if (node === null) {
      // `key:` with nothing after it: the key's end is where the value goes.
      const keyEnd = isScalar(pair.key) && pair.key.range ? pair.key.range[1] : undefined;
      const colon = keyEnd === undefined ? -1 : text.indexOf(':', keyEnd);
      if (colon < 0) return { problem: `cannot find where '${key}' ends` };
      splices.push({ at: colon + 1, end: colon + 1, text: ` ${renderScalar(value, undefined)}` });
      continue;
    }
    if (!isScalar(node) || !node.range) return { problem: `'${key}' holds a ${isMap(node) ? 'mapping' : 'list'}, not a single value` };
    if (node.anchor || node.tag) return { problem: `'${key}' has an anchor or a tag` };
    const [start, valueEnd] = node.range;
    const original = text.slice(start, valueEnd);
    if (original === '') {
      // An empty plain scalar: insert after the colon, keeping a space.
      splices.push({ at: start, end: start, text: `${text[start - 1] === ':' ? ' ' : ''}${renderScalar(value, undefined)}` });
      continue;
    }
    if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') return { problem: `'${key}' is a block scalar` };
    // `~` and `null` keep their spelling only when the new value is empty too.
    splices.push({ at: start, end: valueEnd, text: value === null && node.value === null ? original : renderScalar(value, node.type) });
  }
  if (added.length > 0) {
    const first = map.items[0];
    const keyStart = first && isScalar(first.key) && first.key.range ? first.key.range[0] : 0;
    const indent = ' '.repeat(keyStart - (text.lastIndexOf('\n', keyStart - 1) + 1));
    const at = map.range ? map.range[2] : text.length;
    const before = at > 0 && text[at - 1] !== '\n' ? '\n' : '';
    splices.push({ at, end: at, text: `${before}${added.map((line) => `${indent}${line}\n`).join('')}` });
  }
  let result = text;
  for (const s of splices.sort((a, b) => b.at - a.at)) result = `${result.slice(0, s.at)}${s.text}${result.slice(s.end)}`;

  // The edited text must parse to exactly the intended data.
  const check = parseWo(result);
  const expected = { ...wo.data, ...changes };
  if (check.problem || !isDeepStrictEqual(check.data, expected)) return { problem: 'the edited file would not read back as intended' };
  return { text: result };
}
