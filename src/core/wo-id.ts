import path from 'node:path';

/**
 * WO ids as names (docs/security.md): an id is a name, never a path, and the configured id pattern
 * can never hang a run.
 */

/** Longer text is never a WO id (and is never matched against the pattern). */
export const MAX_WO_ID_LENGTH = 128;

/**
 * Why `id` cannot name a file or folder, or undefined when it can: an id never carries a separator,
 * a `..`, a NUL or a control character, and is never `.`, empty or too long. This is the one check
 * every path built from an id goes through (woPath).
 */
export function woIdPathProblem(id: string): string | undefined {
  if (id === '' || id === '.') return 'is empty or `.`';
  if (id.length > MAX_WO_ID_LENGTH) return `is longer than ${MAX_WO_ID_LENGTH} characters`;
  if (id.includes('/') || id.includes('\\')) return 'contains a path separator';
  if (id.includes('..')) return 'contains `..`';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(id)) return 'contains a control character';
  if (path.isAbsolute(id) || /^[A-Za-z]:/.test(id)) return 'is an absolute path';
  return undefined;
}

export function isPathSafeWoId(id: string): boolean {
  return woIdPathProblem(id) === undefined;
}

/**
 * `<folder>/<id><suffix>[/<rest>…]`, repository-relative: the one place a WO id turns into a path.
 * Undefined when the id cannot name a file (see woIdPathProblem); callers treat that as "no such
 * file" and report the id, never build a path from it.
 */
export function woPath(folder: string, id: string, suffix = '', ...rest: string[]): string | undefined {
  if (!isPathSafeWoId(id)) return undefined;
  return [folder, `${id}${suffix}`, ...rest].join('/');
}

/**
 * Whether `text` is a WO id by the configured pattern: too long a text never is (the pattern is run
 * only on bounded input), nor one that cannot name a file.
 */
export function matchesWoId(pattern: RegExp, text: string): boolean {
  return text.length <= MAX_WO_ID_LENGTH && isPathSafeWoId(text) && pattern.test(text);
}

/**
 * Why a configured `wo_id_pattern` could backtrack catastrophically, or undefined when it cannot.
 * JavaScript's engine backtracks, so a pattern such as `(a+)+$` takes exponential time on a long
 * non-matching text. The rules (docs/security.md), checked on the pattern's structure:
 * - no repeated group (`*`, `+`, `{n,}`, `{n,m}` with m > 1) that itself holds a repetition or an
 *   alternation: `(a+)+`, `(a|ab)*`, `(?:[0-9]+\.)*` (write `[0-9.]*` instead);
 * - no back-reference (`\1`, `\k<name>`);
 * - at most 4 unbounded repetitions in all (with ids capped at 128 characters, what overlapping
 *   neighbours such as `[A-Z]*[A-Z]*` cost stays small).
 */
export function woIdPatternProblem(source: string): string | undefined {
  interface Group {
    /** A repetition or alternation inside (directly or in a nested group). */
    repeats: boolean;
    alternates: boolean;
  }
  const stack: Group[] = [{ repeats: false, alternates: false }];
  let unbounded = 0;
  // What the previous atom was: a group that just closed (with what it held), or anything else.
  let previous: { group?: Group } | undefined;
  const quantifierAt = (i: number): { length: number; max: number } | undefined => {
    const c = source[i];
    let length = 0;
    let max = 1;
    if (c === '*' || c === '+') {
      length = 1;
      max = Infinity;
    } else if (c === '?') {
      length = 1;
      max = 1;
    } else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i));
      if (!m) return undefined;
      length = m[0].length;
      max = m[2] === undefined ? Number(m[1]) : m[3] === '' ? Infinity : Number(m[3]);
    } else return undefined;
    if (source[i + length] === '?') length++; // lazy: same cost
    return { length, max };
  };
  for (let i = 0; i < source.length; ) {
    const c = source[i]!;
    const quantifier = quantifierAt(i);
    if (quantifier) {
      if (quantifier.max === Infinity) unbounded++;
      const top = stack[stack.length - 1]!;
      if (quantifier.max > 1) {
        const group = previous?.group;
        if (group && group.repeats) return 'a repeated group holds a repetition (nested quantifiers such as `(a+)+`)';
        if (group && group.alternates) return 'a repeated group holds an alternation (such as `(a|ab)*`)';
        top.repeats = true;
      }
      previous = undefined;
      i += quantifier.length;
      continue;
    }
    if (c === '\\') {
      const next = source[i + 1] ?? '';
      if (/[1-9]/.test(next) || next === 'k') return 'it uses a back-reference';
      previous = {};
      i += 2;
      continue;
    }
    if (c === '[') {
      // A character class is one atom: skip to its closing bracket.
      let j = i + 1;
      if (source[j] === '^') j++;
      if (source[j] === ']') j++;
      while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
      previous = {};
      i = j + 1;
      continue;
    }
    if (c === '(') {
      stack.push({ repeats: false, alternates: false });
      previous = undefined;
      i += source[i + 1] === '?' ? (source[i + 2] === '<' && source[i + 3] !== '=' && source[i + 3] !== '!' ? source.indexOf('>', i) + 1 - i : 3) : 1;
      continue;
    }
    if (c === ')') {
      const group = stack.length > 1 ? stack.pop()! : { repeats: false, alternates: false };
      const parent = stack[stack.length - 1]!;
      parent.repeats ||= group.repeats;
      parent.alternates ||= group.alternates;
      previous = { group };
      i++;
      continue;
    }
    if (c === '|') stack[stack.length - 1]!.alternates = true;
    previous = {};
    i++;
  }
  if (unbounded > 4) return `it has ${unbounded} unbounded repetitions (at most 4)`;
  return undefined;
}
