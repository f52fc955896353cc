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
