/**
 * How the command line speaks to a terminal: colour, wrapping, suggestions.
 *
 * - Colour (`colorFor(stream, env)`): on when the stream is a terminal (and TERM is not `dumb`); off
 *   when `NO_COLOR` is set to anything non-empty (https://no-color.org) or the output is piped;
 *   `FORCE_COLOR` wins over both (`0`/`false` forces it off, any other value on), as in Node.js itself.
 * - Wrapping (`wrapText(text, width)`): at word boundaries, to the terminal's width, and only on a
 *   terminal. Piped output is never wrapped, so each finding or problem stays one line for grep and
 *   editors (`file:line:col: …`).
 * - Suggestions (`didYouMean(given, candidates)`): the closest known name for a mistyped command or
 *   flag, by edit distance, when it is close enough to be what the user meant.
 */

export interface Stream {
  isTTY?: boolean;
  columns?: number;
}

export type Env = Readonly<Record<string, string | undefined>>;

/** Whether output to `stream` should carry colour, given the environment. */
export function colorEnabled(stream: Stream, env: Env = process.env): boolean {
  const force = env['FORCE_COLOR'];
  if (force !== undefined) return !(force === '0' || force.toLowerCase() === 'false');
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false;
  return stream.isTTY === true && env['TERM'] !== 'dumb';
}

/** The width to wrap to: the terminal's, or undefined when output is not a terminal (no wrapping). */
export function wrapWidth(stream: Stream): number | undefined {
  if (stream.isTTY !== true) return undefined;
  const columns = stream.columns ?? 80;
  return columns >= 20 ? columns : undefined;
}

const SGR = { bold: [1, 22], dim: [2, 22], red: [31, 39], green: [32, 39], yellow: [33, 39], blue: [34, 39], cyan: [36, 39] } as const;
export type StyleName = keyof typeof SGR;

export type Styler = Record<StyleName, (text: string) => string> & { enabled: boolean };

/** Functions that colour text when `enabled`, and return it unchanged otherwise. */
export function styler(enabled: boolean): Styler {
  const entries = Object.entries(SGR).map(([name, [on, off]]) => [name, enabled ? (t: string) => (t === '' ? t : `\u001b[${on}m${t}\u001b[${off}m`) : (t: string) => t]);
  return { ...(Object.fromEntries(entries) as Record<StyleName, (t: string) => string>), enabled };
}

/** `text` without colour codes. */
export function stripColor(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;]*m/g, '');
}

/** How many columns `text` takes (colour codes take none). */
function visibleLength(text: string): number {
  return [...stripColor(text)].length;
}

/**
 * Wraps each line of `text` at word boundaries to `width` columns; a continuation keeps the line's
 * indentation plus two spaces (a hanging indent). A word longer than the width (a path) is never cut:
 * it gets a line of its own. Without a width the text is returned as it is.
 */
export function wrapText(text: string, width: number | undefined): string {
  if (width === undefined) return text;
  return text
    .split('\n')
    .map((line) => wrapLine(line, width))
    .join('\n');
}

function wrapLine(line: string, width: number): string {
  if (visibleLength(line) <= width) return line;
  const indent = /^ */.exec(line)![0];
  const hanging = `${indent}  `;
  const words = line.slice(indent.length).split(/ +/);
  const out: string[] = [];
  let current = indent;
  let currentLength = indent.length;
  let empty = true;
  for (const word of words) {
    const length = visibleLength(word);
    if (!empty && currentLength + 1 + length > width) {
      out.push(current);
      current = hanging + word;
      currentLength = hanging.length + length;
    } else {
      current += (empty ? '' : ' ') + word;
      currentLength += (empty ? 0 : 1) + length;
    }
    empty = false;
  }
  out.push(current);
  return out.join('\n');
}

/** Optimal string alignment distance (Levenshtein with adjacent transpositions). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * The candidate closest to `given`, when it is close enough to be a typo of it (at most a third of its
 * length in edits, at least one, at most three) or `given` is a prefix of exactly one candidate.
 */
export function didYouMean(given: string, candidates: readonly string[]): string | undefined {
  const needle = given.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(needle, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const allowed = Math.min(3, Math.max(1, Math.floor(Math.max(needle.length, 3) / 3)));
  if (best !== undefined && bestDistance > 0 && bestDistance <= allowed) return best;
  const prefixed = candidates.filter((c) => needle.length >= 2 && c.toLowerCase().startsWith(needle));
  return prefixed.length === 1 ? prefixed[0] : undefined;
}

/**
 * Colours the shapes every formatter shares, so the commands' text stays plain and one layer decides
 * colour: severities (P0 red, P1 yellow, P2 cyan), `error:`/`warning:` of a problem line, verdicts
 * (FAIL red, PASS and a final `pass` green), ACTION_REQUIRED, and the section words of the help.
 * Tokens inside ids and paths (WO-P2.1) are left alone. Without colour the text is returned unchanged.
 */
export function colorize(text: string, style: Styler): string {
  if (!style.enabled) return text;
  const edge = (token: string): RegExp => new RegExp(`(?<![\\w./-])(${token})(?![\\w./-])`, 'g');
  return text
    .split('\n')
    .map((line) =>
      line
        .replace(edge('P0'), (t) => style.bold(style.red(t)))
        .replace(edge('P1'), (t) => style.yellow(t))
        .replace(edge('P2'), (t) => style.cyan(t))
        .replace(/(: )(error)(: )/, (_m, a: string, t: string, b: string) => `${a}${style.red(t)}${b}`)
        .replace(/(: )(warning)(: )/, (_m, a: string, t: string, b: string) => `${a}${style.yellow(t)}${b}`)
        .replace(edge('FAIL(?:ED)?'), (t) => style.bold(style.red(t)))
        .replace(edge('PASS'), (t) => style.bold(style.green(t)))
        .replace(/(: )(pass)$/, (_m, a: string, t: string) => `${a}${style.green(t)}`)
        .replace(edge('ACTION_REQUIRED'), (t) => style.bold(style.yellow(t)))
        .replace(/^(usage|options|commands):/, (t) => style.bold(t)),
    )
    .join('\n');
}
