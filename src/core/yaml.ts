import { parseDocument, type Document } from 'yaml';

export interface YamlProblem {
  line?: number;
  column?: number;
  message: string;
}

/** Parses YAML strictly (duplicate keys are errors) and returns the document or its first error. */
export function parseYamlStrict(text: string): { doc: Document; error?: YamlProblem } {
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: true });
  const first = doc.errors[0];
  if (!first) return { doc };
  const message = first.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  const pos = first.linePos?.[0];
  return { doc, error: pos ? { line: pos.line, column: pos.col, message } : { message } };
}

/** `file:line:col: invalid YAML: message` */
export function describeYamlProblem(file: string, problem: YamlProblem): string {
  const where = problem.line === undefined ? '' : `:${problem.line}:${problem.column ?? 1}`;
  return `${file}${where}: invalid YAML: ${problem.message}`;
}

/**
 * How many alias expansions a document may make (counted as the `yaml` package counts them, with the
 * aliases an expanded node holds): beyond it the document is refused as a possible alias bomb
 * (docs/security.md). Hand-written work-order files use a few anchors at most.
 */
export const MAX_YAML_ALIAS_COUNT = 100;

export const ALIAS_BOMB_MESSAGE = `its aliases expand too far (more than ${MAX_YAML_ALIAS_COUNT} alias expansions): refused as a possible alias bomb`;

/** The options every conversion of a parsed document to plain data uses. */
export const TO_JS_OPTIONS = { maxAliasCount: MAX_YAML_ALIAS_COUNT } as const;

/**
 * A parsed document as plain data, or the problem that stopped the conversion (an alias bomb, or an
 * alias whose anchor is missing): never an exception.
 */
export function yamlData(doc: Document): { data: unknown; error?: YamlProblem } {
  try {
    return { data: doc.toJS(TO_JS_OPTIONS) };
  } catch (error) {
    const message = (error as Error).message ?? String(error);
    return { data: undefined, error: { message: /resource exhaustion/.test(message) ? ALIAS_BOMB_MESSAGE : message.split('\n')[0]! } };
  }
}

/** `parse` from the `yaml` package with the alias limit; throws a YAML or alias problem as an Error with a clear message. */
export function parseYamlBounded(text: string, options: { uniqueKeys?: boolean } = {}): unknown {
  const doc = parseDocument(text, { uniqueKeys: options.uniqueKeys ?? true, prettyErrors: false });
  const first = doc.errors[0];
  if (first) throw new Error(first.message.split('\n')[0]!);
  const { data, error } = yamlData(doc);
  if (error) throw new Error(error.message);
  return data;
}
