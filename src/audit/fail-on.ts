import { readList, type Args } from '../core/args.js';
import { UsageError } from '../core/errors.js';
import { ALL_CODES, SEVERITIES, isFindingCode, type FindingCode, type Severity } from '../core/codes.js';

/** What `--fail-on` selects: finding codes and severities (empty sets for `none`). */
export interface FailOn {
  codes: Set<FindingCode>;
  severities: Set<Severity>;
  /** The tokens as given, normalised, for reports. */
  tokens: string[];
}

/** Reads the option `name` (default `P0`) as a fail-on list. */
export function readFailOn(args: Args, name: string): FailOn {
  return parseFailOn(readList(args, name) ?? ['P0'], args.label(name));
}

/**
 * Parses a list of codes, severities, `all` or `none`. An unknown token is a UsageError: a typo must
 * never pass silently.
 */
export function parseFailOn(tokens: readonly string[], argName: string): FailOn {
  const text = tokens.join(',');
  if (tokens.length === 0) {
    throw new UsageError(`${argName}: expected a list of finding codes, P0, P1, P2, all or none, got an empty value`);
  }
  const result: FailOn = { codes: new Set(), severities: new Set(), tokens: [] };
  for (const raw of tokens) {
    const token = raw.toLowerCase();
    if (token === 'all') {
      SEVERITIES.forEach((s) => result.severities.add(s));
      result.tokens.push('all');
    } else if (token === 'none') {
      result.tokens.push('none');
    } else if (/^p[012]$/.test(token)) {
      result.severities.add(token.toUpperCase() as Severity);
      result.tokens.push(token.toUpperCase());
    } else if (isFindingCode(token)) {
      result.codes.add(token);
      result.tokens.push(token);
    } else {
      throw new UsageError(`${argName}: unknown token '${raw}' (expected a finding code, P0, P1, P2, all or none; codes: ${ALL_CODES.join(', ')})`);
    }
  }
  if (result.tokens.includes('none') && result.tokens.length > 1) {
    throw new UsageError(`${argName}: 'none' cannot be combined with other tokens, got '${text}'`);
  }
  return result;
}

export function failsOn(failOn: FailOn, code: FindingCode, severity: Severity): boolean {
  return failOn.codes.has(code) || failOn.severities.has(severity);
}
