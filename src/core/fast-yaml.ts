/**
 * A fast parser for the plain subset of YAML that work-order files are written in: block mappings and
 * sequences, plain and quoted one-line scalars, one-line flow sequences of scalars, comments.
 *
 * Audit reads ten thousand WO files per run and needs little more than their `id`; the full `yaml`
 * parser costs ~200 µs a file. This parser either returns exactly what `yaml`'s `parse` would return,
 * or `undefined` when the text strays outside the subset (anchors, block scalars, flow mappings, tabs,
 * multi-line scalars, duplicate keys, anything doubtful) — the caller then uses the full parser, which
 * also decides what is invalid. It never accepts a text that `yaml` rejects.
 */

interface Line {
  indent: number;
  content: string;
}

class Bail extends Error {}
const bail = (): never => {
  throw new Bail();
};

const KEY = /^([A-Za-z_][A-Za-z0-9_.-]*):(?: +(.*))?$/;
const FORBIDDEN_START = /^[-?:,[\]{}#&*!|>'"%@`]/;
const INT = /^[-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;

function resolvePlain(text: string): unknown {
  if (text === '~' || text === 'null' || text === 'Null' || text === 'NULL') return null;
  if (text === 'true' || text === 'True' || text === 'TRUE') return true;
  if (text === 'false' || text === 'False' || text === 'FALSE') return false;
  if (INT.test(text) || FLOAT.test(text)) {
    const n = Number(text);
    return Number.isSafeInteger(n) || !INT.test(text) ? n : bail();
  }
  // Other core-schema forms (0x1F, 0o17, .inf, .nan) are left to the full parser.
  if (/^[-+]?\.(?:inf|Inf|INF|nan|NaN|NAN)$/.test(text) || /^0[xo]/.test(text)) bail();
  return text;
}

/** A plain scalar: no indicator at the start, no `: ` or ` #` inside (a ` #` starts a comment). */
function plainScalar(text: string, inFlow: boolean): unknown {
  let value = text;
  const comment = value.search(/ #/);
  if (comment !== -1) value = value.slice(0, comment);
  value = value.trimEnd();
  if (value === '') return null;
  if (FORBIDDEN_START.test(value) || value.includes(': ') || value.endsWith(':') || value.startsWith('#')) bail();
  if (inFlow && /[[\]{},]/.test(value)) bail();
  return resolvePlain(value);
}

/** A quoted scalar at the start of `text`; returns the value and the rest after the closing quote. */
function quoted(text: string): [string, string] {
  const quote = text[0]!;
  let out = '';
  for (let i = 1; i < text.length; i++) {
    const c = text[i]!;
    if (quote === "'") {
      if (c === "'") {
        if (text[i + 1] === "'") {
          out += "'";
          i++;
          continue;
        }
        return [out, text.slice(i + 1)];
      }
      out += c;
    } else {
      if (c === '"') return [out, text.slice(i + 1)];
      if (c === '\\') {
        const next = text[++i];
        const escapes: Record<string, string> = { '\\': '\\', '"': '"', '/': '/', n: '\n', t: '\t' };
        if (next === undefined || !(next in escapes)) bail();
        out += escapes[next!];
        continue;
      }
      out += c;
    }
  }
  return bail(); // not closed on this line
}

/** What may follow a quoted scalar or flow sequence on its line: spaces, then maybe ` #comment`. */
function afterValue(rest: string): void {
  if (!/^(?: *| +#.*)$/.test(rest)) bail();
}

function flowSequence(text: string): unknown[] {
  const close = text.lastIndexOf(']');
  if (close === -1) bail();
  afterValue(text.slice(close + 1));
  const inner = text.slice(1, close).trim();
  if (inner === '') return [];
  const items: unknown[] = [];
  let rest = inner;
  for (;;) {
    rest = rest.trimStart();
    let item: unknown;
    if (rest.startsWith('"') || rest.startsWith("'")) {
      const [value, after] = quoted(rest);
      item = value;
      rest = after.trimStart();
    } else {
      const comma = rest.indexOf(',');
      const raw = (comma === -1 ? rest : rest.slice(0, comma)).trim();
      if (raw === '' || raw.includes('#')) bail();
      item = plainScalar(raw, true);
      rest = comma === -1 ? '' : rest.slice(comma);
    }
    items.push(item);
    if (rest === '') return items;
    if (!rest.startsWith(',')) bail();
    rest = rest.slice(1);
    if (rest.trim() === '') bail(); // a trailing comma: left to the full parser
  }
}

function scalarValue(text: string): unknown {
  const first = text[0];
  if (first === '"' || first === "'") {
    const [value, rest] = quoted(text);
    afterValue(rest);
    return value;
  }
  if (first === '[') return flowSequence(text);
  return plainScalar(text, false);
}

class Parser {
  private i = 0;
  constructor(private readonly lines: Line[]) {}

  parseDocument(): unknown {
    if (this.lines.length === 0 || this.lines[0]!.indent !== 0) bail();
    const value = this.block(0);
    if (this.i !== this.lines.length) bail();
    return value;
  }

  private isSeqItem(line: Line): boolean {
    return line.content === '-' || line.content.startsWith('- ');
  }

  private block(indent: number): unknown {
    return this.isSeqItem(this.lines[this.i]!) ? this.sequence(indent) : this.mapping(indent);
  }

  /** The value after `key:` with nothing on its line: a nested block, a sequence at the same indent, or null. */
  private nested(indent: number): unknown {
    const next = this.lines[this.i];
    if (next && next.indent > indent) return this.block(next.indent);
    if (next && next.indent === indent && this.isSeqItem(next)) return this.sequence(indent);
    return null;
  }

  private mapping(indent: number): Record<string, unknown> {
    const result: Record<string, unknown> = {};
    while (this.i < this.lines.length) {
      const line = this.lines[this.i]!;
      if (line.indent < indent) break;
      if (line.indent > indent || this.isSeqItem(line)) bail();
      const match = KEY.exec(line.content);
      if (!match) bail();
      const key = match![1]!;
      if (Object.prototype.hasOwnProperty.call(result, key) || key === '__proto__') bail();
      this.i++;
      const raw = match![2];
      if (raw === undefined || raw === '' || raw.startsWith('#')) {
        result[key] = this.nested(indent);
      } else {
        result[key] = scalarValue(raw);
        const next = this.lines[this.i];
        if (next && next.indent > indent) bail(); // a multi-line scalar
      }
    }
    return result;
  }

  private sequence(indent: number): unknown[] {
    const result: unknown[] = [];
    while (this.i < this.lines.length) {
      const line = this.lines[this.i]!;
      if (line.indent < indent || (line.indent === indent && !this.isSeqItem(line))) break;
      if (line.indent > indent) bail();
      const rest = line.content === '-' ? '' : line.content.slice(2);
      const offset = line.content.length - rest.trimStart().length;
      const item = rest.trimStart();
      if (item === '' || item.startsWith('#')) {
        this.i++;
        const next = this.lines[this.i];
        result.push(next && next.indent > indent ? this.block(next.indent) : null);
      } else if (KEY.test(item)) {
        // A compact mapping: `- key: value` continues at the column of `key`.
        this.lines[this.i] = { indent: indent + offset, content: item };
        result.push(this.mapping(indent + offset));
      } else if (this.isSeqItem({ indent: 0, content: item })) {
        bail();
      } else {
        result.push(scalarValue(item));
        this.i++;
        const next = this.lines[this.i];
        if (next && next.indent > indent) bail();
      }
    }
    return result;
  }
}

function splitLines(text: string): Line[] | undefined {
  // eslint-disable-next-line no-control-regex
  if (/[\t\r\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufeff]/.test(text)) return undefined;
  const lines: Line[] = [];
  let first = true;
  for (const raw of text.split('\n')) {
    const content = raw.trimStart();
    if (content === '' || content.startsWith('#')) continue;
    if (first && content.trimEnd() === '---') {
      first = false;
      continue;
    }
    first = false;
    if (content.startsWith('---') || content.startsWith('...') || content.startsWith('%')) return undefined;
    lines.push({ indent: raw.length - content.length, content: content.trimEnd() });
  }
  return lines;
}

/** What `yaml`'s `parse(text)` returns, or `undefined` when the text is outside the fast subset. */
export function parseSimpleYaml(text: string): unknown {
  const lines = splitLines(text);
  if (!lines || lines.length === 0) return undefined;
  try {
    return new Parser(lines).parseDocument();
  } catch (error) {
    if (error instanceof Bail) return undefined;
    throw error;
  }
}
