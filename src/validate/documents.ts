import { isMap } from 'yaml';
import { yamlData } from '../core/yaml.js';
import type { ProblemCollector } from './problems.js';
import { checkSchema, describeValue, type DocumentKind, type SchemaInUse } from './schemas.js';
import { parseYaml, readSource, type ParsedDocument, type SourceText } from './source.js';

/** One file after the per-file checks: what could be read of it. */
export interface CheckedDocument {
  file: string;
  /** The text, when it could be decoded (problems in the file are located through it). */
  source?: SourceText;
  /** The parsed document, when it has no YAML errors. */
  doc?: ParsedDocument;
  /** The content, when it is a mapping (even one that breaks its schema). */
  data?: Record<string, unknown>;
  /** Number of schema errors found in `data`. */
  schemaErrors: number;
}

const NOUN: Record<DocumentKind, string> = {
  config: 'a wo-toolkit configuration',
  whitelist: 'an audit whitelist',
  backlog: 'a backlog with epics',
  dod: 'a Definition of Done',
  work_order: 'a work order',
};

/** Reads a file (relative to the root, or absolute) for checkDocument; problems reading it are reported. */
export function readFile(root: string, file: string, problems: ProblemCollector): SourceText | undefined {
  return readSource(root, file, problems);
}

/**
 * The per-file checks every kind shares (after readFile has checked size and encoding): YAML syntax, an empty file, a document
 * that is not a mapping, then the schema in use for its kind. `allowEmpty` accepts an empty file (the config and
 * the whitelist may be empty).
 */
export function checkDocument(
  schema: SchemaInUse,
  file: string,
  source: SourceText | undefined,
  problems: ProblemCollector,
  options: { allowEmpty?: boolean } = {},
): CheckedDocument {
  if (!source) return { file, schemaErrors: 0 };
  const kind = schema.kind;
  const { doc, ok } = parseYaml(file, source, problems);
  if (!ok) return { file, source, schemaErrors: 0 };
  let data: unknown;
  const converted = yamlData(doc);
  if (converted.error) {
    // For example an alias bomb: expansion beyond the limit.
    problems.add(file, source, doc.contents?.range?.[0] ?? 0, 'yaml-syntax', `the document cannot be read: ${converted.error.message}`);
    return { file, source, schemaErrors: 0 };
  }
  data = converted.data;
  if (data === null || data === undefined) {
    if (!options.allowEmpty) {
      problems.add(file, source, doc.contents?.range?.[0] ?? 0, 'empty-file', `the file holds no YAML document (expected ${NOUN[kind]})`);
    }
    return { file, source, doc, schemaErrors: 0 };
  }
  if (!isMap(doc.contents) || typeof data !== 'object' || Array.isArray(data)) {
    problems.add(file, source, doc.contents?.range?.[0] ?? 0, 'not-a-mapping', `the document is ${describeValue(data)}, expected ${NOUN[kind]} (a mapping of keys to values)`);
    return { file, source, doc, schemaErrors: 0 };
  }
  const record = data as Record<string, unknown>;
  const schemaErrors = checkSchema(schema, file, source, doc, record, problems);
  return { file, source, doc, data: record, schemaErrors };
}
