import { isUtf8 } from 'node:buffer';
import path from 'node:path';
import { isRepoFileError, MAX_READ_BYTES, readFolderEntry, readRepoFile, readUserFile, type FileContent, type RepoFolder } from '../core/repo-files.js';
import { isAlias, isMap, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import type { ProblemCollector } from './problems.js';

/** Larger files are reported and not parsed: no hand-written backlog file comes near this size. */
export const MAX_FILE_BYTES = MAX_READ_BYTES;

/** A file's text with a line index that is built on first use only. */
export class SourceText {
  private lineStarts: number[] | undefined;

  constructor(readonly text: string) {}

  /** 1-based line and column of a character offset. */
  position(offset: number): { line: number; column: number } {
    const starts = (this.lineStarts ??= lineStartsOf(this.text));
    const target = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= target) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: target - starts[low]! + 1 };
  }
}

/**
 * 1-based lines and columns of some character offsets, in one pass over the text up to the last of them
 * (no line index is built or kept): for positions a caller keeps instead of the text.
 */
export function positionsOf(text: string, offsets: readonly number[]): { line: number; column: number }[] {
  const order = offsets.map((offset, index) => ({ offset: Math.max(0, Math.min(offset, text.length)), index })).sort((a, b) => a.offset - b.offset);
  const result: { line: number; column: number }[] = new Array(offsets.length);
  let line = 1;
  let lineStart = 0;
  for (const { offset, index } of order) {
    for (let next = text.indexOf('\n', lineStart); next !== -1 && next < offset; next = text.indexOf('\n', lineStart)) {
      line++;
      lineStart = next + 1;
    }
    result[index] = { line, column: offset - lineStart + 1 };
  }
  return result;
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** The offset of the first byte that breaks UTF-8 (the buffer is known not to be valid UTF-8). */
function firstInvalidUtf8(bytes: Buffer): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    if (length > 1) {
      if (!isUtf8(bytes.subarray(i, i + length))) return i;
    }
    i += length;
  }
  return i;
}

/** Decodes a file's bytes, reporting a file that is too large or not UTF-8 (then undefined). */
export function decode(file: string, bytes: Buffer, problems: ProblemCollector): SourceText | undefined {
  if (bytes.length > MAX_FILE_BYTES) {
    const mib = (bytes.length / (1024 * 1024)).toFixed(1);
    problems.add(file, undefined, { line: 1, column: 1 }, 'file-too-large', `the file is ${mib} MiB; files larger than 1 MiB are not parsed`);
    return undefined;
  }
  if (!isUtf8(bytes)) {
    const offset = firstInvalidUtf8(bytes);
    const lineStart = offset === 0 ? 0 : bytes.lastIndexOf(0x0a, offset - 1) + 1;
    const line = bytes.subarray(0, lineStart).reduce((count, b) => count + (b === 0x0a ? 1 : 0), 1);
    const column = bytes.subarray(lineStart, offset).toString('utf8').length + 1;
    const hex = bytes[offset]!.toString(16).toUpperCase().padStart(2, '0');
    problems.add(file, undefined, { line, column }, 'encoding', `the file is not valid UTF-8: byte 0x${hex} at line ${line}, column ${column} (save it as UTF-8)`);
    return undefined;
  }
  const text = bytes.toString('utf8');
  // A byte order mark is no part of the document, and editors do not count it as a column.
  return new SourceText(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
}

/**
 * Reads a file of the repository (or, `file` absolute, a `--config` file outside it) as UTF-8 text,
 * through the one safe reader (core/repo-files: links never followed out, regular files only, the
 * read cap), reporting a file that cannot be read, is too large or is not UTF-8 (then undefined).
 */
export function readSource(root: string, file: string, problems: ProblemCollector): SourceText | undefined {
  return sourceOf(file, () => (path.isAbsolute(file) ? readUserFile(file, file) : readRepoFile(root, file)), problems);
}

/**
 * readSource for the entry `name` of a folder already listed through repo-files (the state folders):
 * the entry is opened directly, without resolving its path again (readFolderEntry).
 */
export function readSourceEntry(root: string, folder: RepoFolder, name: string, problems: ProblemCollector): SourceText | undefined {
  return sourceOf(`${folder.rel}/${name}`, () => readFolderEntry(root, folder, name), problems);
}

function sourceOf(file: string, read: () => FileContent | undefined, problems: ProblemCollector): SourceText | undefined {
  let content: FileContent | undefined;
  try {
    content = read();
  } catch (error) {
    if (!isRepoFileError(error)) throw error;
    problems.add(file, undefined, { line: 1, column: 1 }, error.problem === 'too-large' ? 'file-too-large' : 'unreadable', `the file ${error.reason}`);
    return undefined;
  }
  if (content === undefined) {
    problems.add(file, undefined, { line: 1, column: 1 }, 'unreadable', 'the file cannot be read (it disappeared)');
    return undefined;
  }
  const text = content.bytes.toString('utf8');
  // The bytes are examined only when the decoded text holds a replacement character.
  if (!text.includes('\ufffd')) return new SourceText(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  return decode(file, content.bytes, problems);
}

export type ParsedDocument = Document.Parsed;

/**
 * Parses a YAML document and reports the parser's errors and warnings at their positions.
 * Returns the document, and whether it is free of errors (only then is its content trusted).
 */
export function parseYaml(file: string, source: SourceText, problems: ProblemCollector): { doc: ParsedDocument; ok: boolean } {
  const doc = parseDocument(source.text, { prettyErrors: false, uniqueKeys: true });
  for (const error of doc.errors) {
    const offset = error.pos[0];
    if (error.code === 'DUPLICATE_KEY') {
      const key = keyAt(doc, offset);
      problems.add(file, source, offset, 'duplicate-key', key === undefined ? 'duplicate key in a mapping' : `duplicate key '${key}': a mapping may declare a key only once`);
      continue;
    }
    let message = `${firstLine(error.message)} (${error.code})`;
    if (error.code === 'MISSING_CHAR' && /quote/.test(error.message)) {
      const opened = openingQuoteBefore(doc, offset);
      if (opened !== undefined) {
        const at = source.position(opened);
        message += `; the quoted string opened at line ${at.line}, column ${at.column} is never closed`;
      }
    }
    problems.add(file, source, offset, 'yaml-syntax', message);
  }
  for (const warning of doc.warnings) {
    problems.add(file, source, warning.pos[0], 'yaml-warning', `${firstLine(warning.message)} (${warning.code})`);
  }
  return { doc, ok: doc.errors.length === 0 };
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

/** The key scalar that starts at `offset`, for a duplicate-key message. */
function keyAt(doc: ParsedDocument, offset: number): string | undefined {
  let found: string | undefined;
  const visit = (node: unknown): void => {
    if (found !== undefined) return;
    if (isMap(node)) {
      for (const pair of node.items) {
        if (isScalar(pair.key) && pair.key.range?.[0] === offset) found = String(pair.key.value);
        visit(pair.value);
      }
    } else if (isSeq(node)) node.items.forEach(visit);
  };
  visit(doc.contents);
  return found;
}

/** Where an unclosed quoted scalar opened: the quoted scalar the parser ran to `end` with. */
function openingQuoteBefore(doc: ParsedDocument, end: number): number | undefined {
  let found: number | undefined;
  const visit = (node: unknown): void => {
    if (found !== undefined || !node) return;
    if (isMap(node)) {
      for (const pair of node.items) {
        visit(pair.key);
        visit(pair.value);
      }
    } else if (isSeq(node)) node.items.forEach(visit);
    else if (isScalar(node) && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && node.range && node.range[1] >= end) {
      found = node.range[0];
    }
  };
  visit(doc.contents);
  return found;
}

/** Splits a JSON pointer into its unescaped segments. */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function toPointer(segments: readonly (string | number)[]): string {
  return segments.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

function keyText(key: unknown): string | undefined {
  return isScalar(key) ? String(key.value ?? '') : undefined;
}

function start(node: unknown): number | undefined {
  return (node as Node | null | undefined)?.range?.[0];
}

/** True for a value left empty in the source (`key:` with nothing after it). */
function isEmptyValue(node: unknown): boolean {
  return !node || (isScalar(node) && node.value === null && node.range != null && node.range[0] === node.range[1]);
}

/**
 * The character offset of the node a JSON pointer names: its value, or with `target: 'key'` the key
 * that introduces it. A value left empty is located at its key; a path that stops short of the pointer
 * is located at the deepest node that exists.
 */
export function locate(doc: ParsedDocument, segments: readonly string[], target: 'value' | 'key' = 'value'): number {
  let node: unknown = doc.contents;
  let offset = start(node) ?? 0;
  let keyOffset: number | undefined;
  for (const segment of segments) {
    if (isAlias(node)) node = node.resolve(doc);
    if (isMap(node)) {
      const pair = node.items.find((p) => keyText(p.key) === segment);
      if (!pair) return offset;
      keyOffset = start(pair.key);
      node = pair.value;
      offset = isEmptyValue(node) ? (keyOffset ?? offset) : (start(node) ?? keyOffset ?? offset);
    } else if (isSeq(node)) {
      const item = node.items[Number(segment)];
      if (item === undefined) return offset;
      keyOffset = undefined;
      node = item;
      offset = start(item) ?? offset;
    } else {
      return offset;
    }
  }
  return target === 'key' && keyOffset !== undefined ? keyOffset : offset;
}

/** A top-level value of a document and the offset of its node (of its key when the value is empty). */
export interface Located {
  value: unknown;
  at: number;
}

/**
 * The named top-level values of a mapping document with their offsets: what the cross-file checks
 * need of a file, kept instead of its whole document and content.
 */
export function pickTopLevel<K extends string>(doc: ParsedDocument, data: Record<string, unknown>, keys: readonly K[]): Partial<Record<K, Located>> {
  const result: Partial<Record<K, Located>> = {};
  if (!isMap(doc.contents)) return result;
  for (const pair of doc.contents.items) {
    const key = keyText(pair.key) as K | undefined;
    const keyOffset = start(pair.key);
    if (key === undefined || keyOffset === undefined || !keys.includes(key)) continue;
    result[key] = { value: data[key], at: isEmptyValue(pair.value) ? keyOffset : (start(pair.value) ?? keyOffset) };
  }
  return result;
}
