/**
 * A fast parser for the plain subset of YAML that work-order files are written in: block mappings and
 * sequences, plain and quoted one-line scalars, one-line flow sequences of scalars, comments.
 *
 * Audit reads ten thousand WO files per run and needs little more than their `id`; the full `yaml`
 * parser costs ~200 µs a short file and ten times that for a real ~80-line WO. This parser either returns
 * exactly what `yaml`'s `parse` would return, or `undefined` when the text strays outside the subset
 * (anchors, tags, flow mappings, tabs, multi-line quoted scalars, several documents, duplicate keys,
 * anything doubtful) — the caller then uses the full parser, which also decides what is invalid. It never
 * accepts a text that `yaml` rejects.
 *
 * `readSimpleYamlId` answers the one question audit asks, a mapping's `id`, and only checks the rest:
 * it builds nothing else, and checks the plainest lines with one regular expression each. Because it
 * builds nothing else, it also accepts what real WO files hold beyond the one-line subset: block scalars
 * (`|`, `>`, with chomping and indentation indicators), whose lines it skips by their indentation alone
 * (their content can be anything), and multi-line plain scalars whose continuation lines are plain text
 * (no `:` or `#`, no indicator first). A text with a byte-order mark or CRLF line ends is read as the
 * same text without them (as `yaml` reads it); a lone carriage return is left to the full parser.
 * test/core/fast-yaml.fuzz.test.ts proves the agreement with `yaml` on both benchmark corpora and on
 * thousands of mutations of them.
 *
 * Both work on character positions in the text: a table of lines (start and end of each line's content,
 * its indentation) is built once, in arrays reused from file to file, and only keys and values are ever
 * sliced out. Only the space (U+0020) indents or separates: any other white space is content, as in YAML.
 */

// Thrown to give up on a text; a shared value, so giving up costs no stack trace.
const BAIL = Symbol('outside the fast subset');
const bail = (): never => {
  throw BAIL;
};

const SPACE = 0x20;
const HASH = 0x23;
const DASH = 0x2d;
const COLON = 0x3a;

// Characters the subset leaves to the full parser: tabs, carriage returns, control characters, the
// byte-order mark, and the line and paragraph separators (which `.` in a regular expression skips).
// eslint-disable-next-line no-control-regex
const OUTSIDE_SUBSET = /[\t\r\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u0085\u2028\u2029\ufeff]/;
// The indicators a plain scalar may not start with.
const FORBIDDEN_START = new Uint8Array(128);
for (const c of "-?:,[]{}#&*!|>'\"%@`") FORBIDDEN_START[c.charCodeAt(0)] = 1;
const FLOW_INDICATOR = /[[\]{},]/;
const INT = /^[-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
const SPECIAL_NUMBER = /^(?:[-+]?\.(?:inf|Inf|INF|nan|NaN|NAN)$|0[xo])/;
// Plain keys that `yaml` reads as null or a boolean (an object key then spelled `""` or `true`): left to it.
const NON_STRING_KEY = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;
const ESCAPES: Readonly<Record<string, string>> = { '\\': '\\', '"': '"', '/': '/', n: '\n', t: '\t' };

// When values are only checked, a line in one of the plainest forms is checked by one native regular
// expression (sticky, from the line's first character to its end): `key: value` or `- value`, where the
// value is a plain scalar without `:` or `#` (then maybe a comment), a quoted scalar without escapes, or
// a flow sequence of such scalars. Anything else takes the general path below.
//
// Every pattern has exactly one way to match a line (a plain scalar's text ends on a character that is
// not a space, so the spaces after it belong to what follows alone): a line that does not match fails in
// time linear in its length, never by trying every split of its spaces (which made a flow sequence of
// a few dozen items take hours).
const PLAIN_START = "[^\\s\\-?:,[\\]{}#&*!|>'\"%@`]";
const QUOTED = `"[^"\\\\\\n]*"|'[^'\\n]*'`;
/** The rest of a plain scalar after its first character, ending on a character that is not a space. */
const plainRest = (excluded: string): string => `[^${excluded}\\n ]*(?: +[^${excluded}\\n ]+)*`;
const FLOW_ITEM = `(?:${QUOTED}|${PLAIN_START}${plainRest(':#,[\\]{}')})`;
const CHECKED_VALUE = `(?:${PLAIN_START}${plainRest(':#')}|${QUOTED}|\\[ *(?:${FLOW_ITEM} *(?:, *${FLOW_ITEM} *)*)?\\])(?: +#[^\\n]*)? *(?=\\n|$)`;
// `yaml` refuses an implicit key longer than 1024 characters: longer keys are left to it.
const MAX_IMPLICIT_KEY = 1024;
const PLAIN_ENTRY = new RegExp(`[A-Za-z_][A-Za-z0-9_.-]{0,${MAX_IMPLICIT_KEY - 1}}: +${CHECKED_VALUE}`, 'y');
const PLAIN_ITEM = new RegExp(`- +${CHECKED_VALUE}`, 'y');
// A continuation line of a multi-line plain scalar, when only checked: plain text that starts with no
// indicator and holds no `:` or `#` (which could end the scalar or start a key or a comment there).
const CONTINUATION = new RegExp(`${PLAIN_START}[^:#\\n]*(?=\\n|$)`, 'y');

/** Whether `pattern` matches the whole line starting at `start`. */
function lineMatches(pattern: RegExp, start: number): boolean {
  pattern.lastIndex = start;
  return pattern.test(src);
}

// The text being parsed and its table of content lines (blank and comment lines left out): where each
// line's content starts and ends (trailing spaces dropped) and its indentation. The parser is
// synchronous and never re-entered, so one table serves every call.
let src = '';
let count = 0;
let starts = new Int32Array(64);
let ends = new Int32Array(64);
let indents = new Int32Array(64);
/** The next line to parse. */
let at = 0;
/** Where the last quoted scalar ended (after its closing quote). */
let quoteEnd = 0;
/**
 * Whether values are built (parseSimpleYaml) or only checked (readSimpleYamlId, which builds the `id`
 * value alone). Checked-only values are null; mappings are not built and their keys may repeat, as
 * `yaml` allows with `uniqueKeys: false`.
 */
let keep = true;
/** readSimpleYamlId: whether the top-level mapping has an `id` key, and its value. */
let idSeen = false;
let idValue: unknown;

function addLine(start: number, end: number, indent: number): void {
  if (count === starts.length) {
    const grow = (old: Int32Array): Int32Array<ArrayBuffer> => {
      const bigger = new Int32Array(old.length * 2);
      bigger.set(old);
      return bigger;
    };
    starts = grow(starts);
    ends = grow(ends);
    indents = grow(indents);
  }
  starts[count] = start;
  ends[count] = end;
  indents[count] = indent;
  count++;
}

/** Fills the line table; false when a line puts the text outside the subset. */
function tabulate(text: string): boolean {
  src = text;
  count = 0;
  at = 0;
  let first = true;
  const length = text.length;
  for (let pos = 0; pos < length; ) {
    let lineEnd = text.indexOf('\n', pos);
    if (lineEnd === -1) lineEnd = length;
    let start = pos;
    while (start < lineEnd && text.charCodeAt(start) === SPACE) start++;
    if (start < lineEnd && text.charCodeAt(start) !== HASH) {
      let end = lineEnd;
      while (text.charCodeAt(end - 1) === SPACE) end--;
      const c = text.charCodeAt(start);
      if (first && start === pos && end - start === 3 && text.startsWith('---', start)) {
        // The document start marker, alone on the first line.
      } else if ((c === DASH && text.startsWith('---', start)) || (c === 0x2e && text.startsWith('...', start)) || c === 0x25) {
        return false; // another document, a document end, or a directive (`%`)
      } else {
        addLine(start, end, start - pos);
      }
      first = false;
    }
    pos = lineEnd + 1;
  }
  return true;
}

/** Index of the `:` ending a plain key (`[A-Za-z_][A-Za-z0-9_.-]*`) at `start`, followed by a space or the end; else -1. */
function keyColon(start: number, end: number): number {
  let c = src.charCodeAt(start);
  if (!((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f)) return -1;
  let i = start + 1;
  for (; i < end; i++) {
    c = src.charCodeAt(i);
    if (!((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x5f || c === 0x2e || c === DASH)) break;
  }
  if (i === end || src.charCodeAt(i) !== COLON || i - start > MAX_IMPLICIT_KEY) return -1;
  return i + 1 === end || src.charCodeAt(i + 1) === SPACE ? i : -1;
}

/** A `- ` sequence entry (or a lone `-`) starting at `start`. */
function isSeqItem(start: number, end: number): boolean {
  return src.charCodeAt(start) === DASH && (start + 1 === end || src.charCodeAt(start + 1) === SPACE);
}

/** The first index of character `code` in [from, to), or -1 (bounded, unlike indexOf). */
function find(code: number, from: number, to: number): number {
  for (let i = from; i < to; i++) if (src.charCodeAt(i) === code) return i;
  return -1;
}

function skipSpaces(pos: number, end: number): number {
  while (pos < end && src.charCodeAt(pos) === SPACE) pos++;
  return pos;
}

function resolvePlain(text: string): unknown {
  const c = text.charCodeAt(0);
  if ((c >= 0x30 && c <= 0x39) || c === 0x2b || c === DASH || c === 0x2e) {
    const isInt = INT.test(text);
    if (isInt || FLOAT.test(text)) {
      const n = Number(text);
      return Number.isSafeInteger(n) || !isInt ? n : bail();
    }
    // Other core-schema forms (0x1F, 0o17, .inf, .nan) are left to the full parser.
    if (SPECIAL_NUMBER.test(text)) bail();
    return text;
  }
  if (text === '~' || text === 'null' || text === 'Null' || text === 'NULL') return null;
  if (text === 'true' || text === 'True' || text === 'TRUE') return true;
  if (text === 'false' || text === 'False' || text === 'FALSE') return false;
  return text;
}

/** Whether the last value read was a plain scalar with no comment after it (one that may go on over more lines). */
let mayContinue = false;

/** The plain scalar in [start, end): no indicator at the start, no `: ` inside; a ` #` starts a comment. */
function plainScalar(start: number, end: number, inFlow: boolean): unknown {
  mayContinue = true;
  for (let hash = find(HASH, start + 1, end); hash !== -1; hash = find(HASH, hash + 1, end)) {
    if (src.charCodeAt(hash - 1) === SPACE) {
      end = hash;
      mayContinue = false;
      break;
    }
  }
  while (end > start && src.charCodeAt(end - 1) === SPACE) end--;
  if (end === start) return null;
  if (FORBIDDEN_START[src.charCodeAt(start)] === 1 || src.charCodeAt(end - 1) === COLON) bail();
  const value = src.slice(start, end);
  if (value.includes(': ')) bail();
  if (inFlow && FLOW_INDICATOR.test(value)) bail();
  // Only resolving a value may give up (on forms the subset leaves out); the syntax is valid either way.
  return keep ? resolvePlain(value) : null;
}

/** The quoted scalar starting at `start` and closed before `limit`; sets `quoteEnd`. */
function quoted(start: number, limit: number): string {
  const quote = src[start]!;
  const close = find(src.charCodeAt(start), start + 1, limit);
  if (close === -1) bail(); // not closed on this line
  // Without escapes (the common case) the value is the text between the quotes.
  if (quote === "'" ? src.charCodeAt(close + 1) !== 0x27 : find(0x5c, start + 1, close) === -1) {
    quoteEnd = close + 1;
    return src.slice(start + 1, close);
  }
  let out = '';
  for (let i = start + 1; i < limit; i++) {
    const c = src[i]!;
    if (quote === "'") {
      if (c === "'") {
        if (src[i + 1] === "'" && i + 1 < limit) {
          out += "'";
          i++;
          continue;
        }
        quoteEnd = i + 1;
        return out;
      }
      out += c;
    } else {
      if (c === '"') {
        quoteEnd = i + 1;
        return out;
      }
      if (c === '\\') {
        const next = i + 1 < limit ? src[++i]! : '';
        const escaped = ESCAPES[next];
        if (escaped === undefined) bail();
        out += escaped;
        continue;
      }
      out += c;
    }
  }
  return bail(); // not closed on this line
}

/** What may follow a quoted scalar or flow sequence on its line (trailing spaces are already dropped): nothing, or ` #comment`. */
function afterValue(pos: number, end: number): void {
  if (pos !== end && (src.charCodeAt(pos) !== SPACE || src.charCodeAt(skipSpaces(pos, end)) !== HASH)) bail();
}

function flowSequence(start: number, end: number): unknown[] {
  const close = src.lastIndexOf(']', end - 1);
  if (close < start) bail();
  afterValue(close + 1, end);
  let innerEnd = close;
  while (innerEnd > start + 1 && src.charCodeAt(innerEnd - 1) === SPACE) innerEnd--;
  let pos = skipSpaces(start + 1, innerEnd);
  const items: unknown[] = [];
  if (pos === innerEnd) return items;
  for (;;) {
    const c = src.charCodeAt(pos);
    if (c === 0x22 || c === 0x27) {
      items.push(quoted(pos, innerEnd));
      pos = skipSpaces(quoteEnd, innerEnd);
    } else {
      let comma = find(0x2c, pos, innerEnd);
      if (comma === -1) comma = innerEnd;
      let rawEnd = comma;
      while (rawEnd > pos && src.charCodeAt(rawEnd - 1) === SPACE) rawEnd--;
      if (rawEnd === pos || find(HASH, pos, rawEnd) !== -1) bail();
      items.push(plainScalar(pos, rawEnd, true));
      pos = comma;
    }
    if (pos === innerEnd) return items;
    if (src.charCodeAt(pos) !== 0x2c) bail();
    pos = skipSpaces(pos + 1, innerEnd);
    if (pos === innerEnd) bail(); // a trailing comma: left to the full parser
  }
}

/** The one-line value in [start, end) (start is not a space); sets `mayContinue`. */
function scalarValue(start: number, end: number): unknown {
  const first = src.charCodeAt(start);
  if (first === 0x22 || first === 0x27) {
    const value = quoted(start, end);
    afterValue(quoteEnd, end);
    mayContinue = false;
    return value;
  }
  if (first === 0x5b) {
    const value = flowSequence(start, end);
    mayContinue = false; // after the plain scalars in it
    return value;
  }
  return plainScalar(start, end, false);
}

/**
 * The value that starts at `start` on line `at` (not a space, not a comment), in a collection at
 * `indent`, and the lines after it that belong to it; moves `at` past them. `explicitIndent`: whether
 * an indentation indicator may be read relative to `indent` (not in a sequence entry or a compact
 * mapping, where the parser's idea of the parent indentation is left to it).
 */
function inlineValue(indent: number, start: number, end: number, explicitIndent: boolean): unknown {
  const first = src.charCodeAt(start);
  if (first === 0x7c || first === 0x3e) {
    // A block scalar (`|` or `>`): only skipped, never built.
    if (keep) bail();
    skipBlockScalar(indent, start, end, explicitIndent);
    return null;
  }
  const value = scalarValue(start, end);
  at++;
  if (at < count && indents[at]! > indent) {
    // A multi-line scalar: only plain text lines, and only checked.
    if (keep || !mayContinue) bail();
    skipContinuation(indent);
  }
  return value;
}

/**
 * Checks the continuation lines of a multi-line plain scalar (the lines deeper than `indent`) and moves
 * `at` past them. A comment line between them (left out of the line table) would end the scalar: not
 * for this reader.
 */
function skipContinuation(indent: number): void {
  let previousEnd = ends[at - 1]!;
  while (at < count && indents[at]! > indent) {
    const start = starts[at]!;
    if (find(HASH, previousEnd, start) !== -1 || !lineMatches(CONTINUATION, start)) bail();
    previousEnd = ends[at]!;
    at++;
  }
}

/**
 * Skips the block scalar whose header (`|` or `>`, then at most one chomping and one indentation
 * indicator, then maybe a comment) is at [start, end) on line `at`, in a collection at `indent`, and
 * moves `at` to the first line after its content. The content is read from the raw text, line by
 * line: blank lines and lines that look like comments are content too. Its indentation is the
 * indicator's, else that of its first non-blank line, which must be deeper than `indent`; the scalar
 * ends at the first non-blank line at `indent` or less. Anything in between (a line deeper than
 * `indent` but not as deep as the content, leading blank lines deeper than the content) is left to the
 * full parser.
 */
function skipBlockScalar(indent: number, start: number, end: number, explicitIndent: boolean): void {
  let pos = start + 1;
  let indicator = 0;
  let chomping = false;
  for (let k = 0; k < 2 && pos < end; k++) {
    const c = src.charCodeAt(pos);
    if (c >= 0x31 && c <= 0x39 && indicator === 0) indicator = c - 0x30;
    else if ((c === 0x2b || c === DASH) && !chomping) chomping = true;
    else break;
    pos++;
  }
  if (pos < end) {
    if (src.charCodeAt(pos) !== SPACE) bail();
    pos = skipSpaces(pos, end);
    if (pos < end && src.charCodeAt(pos) !== HASH) bail();
  }
  if (indicator !== 0 && !explicitIndent) bail();
  let contentIndent = indicator === 0 ? 0 : indent + indicator;
  let deepestBlank = 0;
  let contentEnd = src.length;
  const headerEnd = src.indexOf('\n', end);
  for (let lineStart = headerEnd === -1 ? src.length : headerEnd + 1; lineStart < src.length; ) {
    let lineEnd = src.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = src.length;
    const spaces = skipSpaces(lineStart, lineEnd) - lineStart;
    if (lineStart + spaces === lineEnd) {
      if (spaces > deepestBlank) deepestBlank = spaces;
    } else if (contentIndent === 0) {
      if (spaces <= indent) {
        contentEnd = lineStart;
        break;
      }
      if (deepestBlank > spaces) bail();
      contentIndent = spaces;
    } else if (spaces < contentIndent) {
      if (spaces > indent) bail();
      contentEnd = lineStart;
      break;
    }
    lineStart = lineEnd + 1;
  }
  at++;
  while (at < count && starts[at]! < contentEnd) at++;
}

function block(indent: number): unknown {
  return isSeqItem(starts[at]!, ends[at]!) ? sequence(indent) : mapping(indent);
}

/** The value after `key:` with nothing on its line: a nested block, a sequence at the same indent, or null. */
function nested(indent: number): unknown {
  if (at === count) return null;
  const next = indents[at]!;
  if (next > indent) return block(next);
  if (next === indent && isSeqItem(starts[at]!, ends[at]!)) return sequence(indent);
  return null;
}

/** A block mapping at `indent`; `compact` when its first key follows a sequence entry's `- `. */
function mapping(indent: number, compact = false): Record<string, unknown> | null {
  const result: Record<string, unknown> | null = keep ? {} : null;
  while (at < count) {
    const lineIndent = indents[at]!;
    if (lineIndent < indent) break;
    const start = starts[at]!;
    const end = ends[at]!;
    if (lineIndent > indent || isSeqItem(start, end)) bail();
    const isTopId = indent === 0 && src.startsWith('id:', start);
    // The plainest line, checked at once, unless a deeper line follows (a multi-line scalar).
    if (!keep && !isTopId && lineMatches(PLAIN_ENTRY, start) && (at + 1 === count || indents[at + 1]! <= indent)) {
      at++;
      continue;
    }
    const colon = keyColon(start, end);
    if (colon === -1) bail();
    let key = '';
    let isId = false;
    if (result) {
      key = src.slice(start, colon);
      if (Object.prototype.hasOwnProperty.call(result, key) || key === '__proto__' || NON_STRING_KEY.test(key)) bail();
    } else if (isTopId) {
      // The top-level mapping's `id` (the only mapping at indent 0): its value is built.
      if (idSeen) bail();
      idSeen = true;
      isId = true;
      keep = true;
    }
    const valueStart = skipSpaces(colon + 1, end);
    let value: unknown;
    if (valueStart === end || src.charCodeAt(valueStart) === HASH) {
      at++;
      value = nested(indent);
    } else {
      value = inlineValue(indent, valueStart, end, !compact);
    }
    if (result) result[key] = value;
    else if (isId) {
      idValue = value;
      keep = false;
    }
  }
  return result;
}

function sequence(indent: number): unknown[] {
  const result: unknown[] = [];
  while (at < count) {
    const lineIndent = indents[at]!;
    const start = starts[at]!;
    const end = ends[at]!;
    if (lineIndent < indent || (lineIndent === indent && !isSeqItem(start, end))) break;
    if (lineIndent > indent) bail();
    if (!keep && lineMatches(PLAIN_ITEM, start) && (at + 1 === count || indents[at + 1]! <= indent)) {
      result.push(null);
      at++;
      continue;
    }
    const item = skipSpaces(start + 1, end);
    if (item === end || src.charCodeAt(item) === HASH) {
      at++;
      result.push(at < count && indents[at]! > indent ? block(indents[at]!) : null);
    } else if (keyColon(item, end) !== -1) {
      // A compact mapping: `- key: value` continues at the column of `key`.
      const column = indent + (item - start);
      starts[at] = item;
      indents[at] = column;
      result.push(mapping(column, true));
    } else if (isSeqItem(item, end)) {
      bail();
    } else {
      result.push(inlineValue(indent, item, end, false));
    }
  }
  return result;
}

const LONE_CARRIAGE_RETURN = /\r(?!\n)/;

/**
 * Fills the line table; false when the text is outside the subset or has no content. A byte-order mark
 * at the start and CRLF line ends are read as `yaml` reads them: as nothing, and as line feeds.
 */
function prepare(text: string): boolean {
  // One scan of the whole text in the common case; the mark and the carriage returns are among what it finds.
  if (OUTSIDE_SUBSET.test(text)) {
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (text.includes('\r')) {
      if (LONE_CARRIAGE_RETURN.test(text)) return false;
      text = text.replace(/\r\n/g, '\n');
    }
    if (OUTSIDE_SUBSET.test(text)) return false;
  }
  return tabulate(text) && count > 0 && indents[0] === 0;
}

/** Parses a whole text (or, with `idOnly`, reads its id); undefined where it leaves the subset. */
function run(text: string, idOnly: boolean): unknown {
  keep = !idOnly;
  idSeen = false;
  try {
    if (!prepare(text)) return undefined;
    if (idOnly) {
      if (isSeqItem(starts[0]!, ends[0]!)) return undefined; // not a mapping
      mapping(0);
      return at === count ? { id: idValue } : undefined;
    }
    const value = block(0);
    return at === count ? value : undefined;
  } catch (error) {
    // Nesting too deep for the stack is also left to the full parser.
    if (error === BAIL || error instanceof RangeError) return undefined;
    throw error;
  } finally {
    src = ''; // do not keep the last text alive
    idValue = undefined;
  }
}

/** What `yaml`'s `parse(text)` returns, or `undefined` when the text is outside the fast subset. */
export function parseSimpleYaml(text: string): unknown {
  return run(text, false);
}

/**
 * The top-level `id` of a YAML mapping, the rest only checked (several times faster than parsing it):
 * `{ id }` when `yaml`'s `parse(text)` returns a mapping (`id` is its `id` value, undefined without
 * one), `undefined` when the text is outside the subset or is not a mapping.
 */
export function readSimpleYamlId(text: string): { id: unknown } | undefined {
  return run(text, true) as { id: unknown } | undefined;
}
