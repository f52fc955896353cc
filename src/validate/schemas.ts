import type { ErrorObject, ValidateFunction } from 'ajv';
import { REPOSITORY_SCHEMA_DIR, REPOSITORY_SCHEMA_KINDS, type Config, type RepositorySchemaKind } from '../core/config.js';
import { ConfigurationError } from '../core/errors.js';
import { isRepoFileError, readRepoText } from '../core/repo-files.js';
import { compileRepositorySchema, registerSchema, validator } from '../core/schema.js';
import backlogSchema from '../../schemas/backlog.schema.json' with { type: 'json' };
import configSchema from '../../schemas/config.schema.json' with { type: 'json' };
import dodSchema from '../../schemas/dod.schema.json' with { type: 'json' };
import whitelistSchema from '../../schemas/whitelist.schema.json' with { type: 'json' };
import workOrderSchema from '../../schemas/work_order.schema.json' with { type: 'json' };
import type { ProblemCollector, ProblemSeverity } from './problems.js';
import { locate, pointerSegments, toPointer, type ParsedDocument, type SourceText } from './source.js';

/** The kinds of file validate-backlog checks, each against its schema in schemas/. */
export type DocumentKind = 'config' | 'whitelist' | 'backlog' | 'dod' | 'work_order';

interface KindSpec {
  schema: object;
  /** Schema file name, for messages. */
  file: string;
  /**
   * How a key the schema does not declare is reported. The config and the whitelist are closed
   * (`additionalProperties: false`, their loaders reject unknown keys): an error. The WO, backlog and
   * DoD schemas stay open so editors accept a team's extra keys; the validator warns about each.
   */
  unknownKeys: ProblemSeverity;
}

export const KINDS: Record<DocumentKind, KindSpec> = {
  config: { schema: configSchema, file: 'config.schema.json', unknownKeys: 'error' },
  whitelist: { schema: whitelistSchema, file: 'whitelist.schema.json', unknownKeys: 'error' },
  backlog: { schema: backlogSchema, file: 'backlog.schema.json', unknownKeys: 'warning' },
  dod: { schema: dodSchema, file: 'dod.schema.json', unknownKeys: 'warning' },
  work_order: { schema: workOrderSchema, file: 'work_order.schema.json', unknownKeys: 'warning' },
};

// Registering the same schema object again (config.ts and whitelist.ts do too) is harmless: each
// name is compiled once, on first use.
for (const [kind, spec] of Object.entries(KINDS)) registerSchema(kind, spec.schema);

/** The schema a kind of file is validated against in one run. */
export interface SchemaInUse {
  kind: DocumentKind;
  /** The schema file as reports name it: repository-relative, or `schemas/<kind>.schema.json` for a bundled one. */
  file: string;
  origin: 'repository' | 'bundled';
  /** JSON Schema dialect of a repository schema (draft-07, 2019-09, 2020-12); 2020-12 for bundled ones. */
  draft: string;
  schema: object;
  validate: ValidateFunction;
}

export type SchemaSet = Record<DocumentKind, SchemaInUse>;

/** The bundled schema of a kind, from `schemas/`. */
export function bundledSchema(kind: DocumentKind): SchemaInUse {
  const spec = KINDS[kind];
  return { kind, file: `schemas/${spec.file}`, origin: 'bundled', draft: '2020-12', schema: spec.schema, validate: validator(kind) };
}

/**
 * The schemas of a run: for a WO, the backlog and the DoD catalog, the repository's own schema when
 * the config names one (`schemas:`) or, without configuration, when
 * `docs/backlog/schema/<kind>.schema.json` exists; the bundled one otherwise (or when the config says
 * `bundled`). The config and the whitelist are always checked against the bundled schemas: they are
 * this toolkit's files. A named schema that is missing, or any repository schema that cannot be read
 * or compiled, is a ConfigurationError: validating without the team's contract would pass what it
 * forbids.
 */
export function resolveSchemas(root: string, config: Config): SchemaSet {
  const set = { config: bundledSchema('config'), whitelist: bundledSchema('whitelist') } as SchemaSet;
  for (const kind of REPOSITORY_SCHEMA_KINDS) set[kind] = repositorySchema(root, config, kind) ?? bundledSchema(kind);
  return set;
}

function repositorySchema(root: string, config: Config, kind: RepositorySchemaKind): SchemaInUse | undefined {
  const configured = config.schemas[kind];
  if (configured === 'bundled') return undefined;
  const file = configured ?? `${REPOSITORY_SCHEMA_DIR}/${kind}.schema.json`;
  const where = config.source !== undefined && configured !== undefined ? `${config.source}: schemas.${kind}: ` : '';
  let text: string | undefined;
  try {
    // Through repo-files: never a link out of the repository, never a FIFO, within the read cap.
    text = readRepoText(root, file);
  } catch (error) {
    if (!isRepoFileError(error)) throw error;
    throw new ConfigurationError(`${where}${error.message}`);
  }
  if (text === undefined) {
    if (configured === undefined) return undefined;
    throw new ConfigurationError(`${where}the schema '${file}' does not exist`);
  }
  const { schema, validate, draft } = compileRepositorySchema(text, file);
  return { kind, file, origin: 'repository', draft, schema, validate };
}

/** What a JSON value is, in YAML words, for messages. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `'${value.length > 60 ? `${value.slice(0, 57)}...` : value}'`;
  return `${typeof value} ${String(value)}`;
}

const TYPE_WORDS: Record<string, string> = {
  object: 'a mapping',
  array: 'a list',
  string: 'a string',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  null: 'empty',
};

function valueAt(data: unknown, segments: readonly string[]): unknown {
  let value = data;
  for (const segment of segments) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[segment];
  }
  return value;
}

/** `scope.allow[0]` for /scope/allow/0: how a person names a place in a YAML file. */
export function label(segments: readonly string[]): string {
  return segments.map((s, i) => (/^\d+$/.test(s) ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}

function describeError(error: ErrorObject, value: unknown, subErrors: ErrorObject[]): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'type': {
      const types = ([] as string[]).concat(params['type'] as string | string[]);
      return `must be ${types.map((t) => TYPE_WORDS[t] ?? t).join(' or ')}, got ${describeValue(value)}`;
    }
    case 'enum':
      return `must be one of ${(params['allowedValues'] as unknown[]).map(String).join(', ')}; got ${describeValue(value)}`;
    case 'const':
      return `must be ${String(params['allowedValue'])}; got ${describeValue(value)}`;
    case 'minItems':
      return `must have at least ${String(params['limit'])} item${params['limit'] === 1 ? '' : 's'}`;
    case 'minLength':
      return params['limit'] === 1 ? 'must not be empty' : `must be at least ${String(params['limit'])} characters long`;
    case 'pattern':
      return `${describeValue(value)} does not match the pattern ${String(params['pattern'])}`;
    case 'format':
      return `${describeValue(value)} is not a valid ${String(params['format'])}`;
    case 'uniqueItems':
      return `duplicates item [${String(params['j'])}]`;
    case 'anyOf': {
      const formats = subErrors.filter((e) => e.keyword === 'format').map((e) => String((e.params as { format: string }).format));
      if (formats.length === subErrors.length && formats.length > 0) {
        return `${describeValue(value)} is not a valid ${formats.join(' or ')} (ISO 8601)`;
      }
      return `${describeValue(value)} matches none of the allowed forms: ${subErrors.map((e) => e.message).join('; ')}`;
    }
    default:
      return error.message ?? error.keyword;
  }
}

/**
 * Validates a document's data against its kind's schema and reports every violation at the YAML node
 * it concerns: the value for a wrong value, the key for an unknown key, the parent mapping for a
 * missing required key. Returns the number of errors.
 */
export function checkSchema(
  inUse: SchemaInUse,
  file: string,
  source: SourceText,
  doc: ParsedDocument,
  data: unknown,
  problems: ProblemCollector,
): number {
  const { validate, kind } = inUse;
  // An `if` failure only says that `then` or `else` failed, whose own errors are reported.
  let errors: ErrorObject[] = validate(data) ? [] : (validate.errors ?? []).filter((e) => e.keyword !== 'if');
  // An anyOf failure is reported once, in its own words, instead of once per alternative.
  const anyOfs = errors.filter((e) => e.keyword === 'anyOf');
  const subErrorsOf = new Map<ErrorObject, ErrorObject[]>();
  for (const anyOf of anyOfs) {
    const subs = errors.filter((e) => e !== anyOf && e.instancePath === anyOf.instancePath && e.schemaPath.startsWith(`${anyOf.schemaPath}/`));
    subErrorsOf.set(anyOf, subs);
    errors = errors.filter((e) => !subs.includes(e));
  }
  for (const error of errors) {
    const segments = pointerSegments(error.instancePath);
    const params = error.params as Record<string, unknown>;
    const where = label(segments);
    if (error.keyword === 'required') {
      const missing = String(params['missingProperty']);
      const message = where === '' ? `missing required key '${missing}'` : `${where}: missing required key '${missing}'`;
      problems.add(file, source, locate(doc, segments), 'schema/required', message, { pointer: toPointer([...segments, missing]) });
      continue;
    }
    if (error.keyword === 'additionalProperties') {
      const key = String(params['additionalProperty']);
      if (EXTENSION_KEY.test(key)) continue;
      const keySegments = [...segments, key];
      problems.add(file, source, locate(doc, keySegments, 'key'), 'unknown-key', unknownKeyMessage(inUse, keySegments), {
        pointer: toPointer(keySegments),
        severity: 'error',
      });
      continue;
    }
    const target = error.keyword === 'uniqueItems' ? [...segments, String(params['j'])] : segments;
    const value = valueAt(data, segments);
    const subErrors = subErrorsOf.get(error) ?? [];
    const message = describeError(error, value, subErrors);
    // An anyOf of formats only (a date-time or a date) is a format problem to the reader.
    const keyword = error.keyword === 'anyOf' && subErrors.length > 0 && subErrors.every((e) => e.keyword === 'format') ? 'format' : error.keyword;
    problems.add(file, source, locate(doc, target), `schema/${keyword}`, where === '' ? message : `${where}: ${message}`, {
      pointer: toPointer(target),
    });
  }
  if (KINDS[kind].unknownKeys === 'warning') {
    forEachUnknownKey(inUse.schema, data, (segments) => {
      problems.add(file, source, locate(doc, segments, 'key'), 'unknown-key', unknownKeyMessage(inUse, segments), {
        pointer: toPointer(segments),
        severity: 'warning',
      });
    });
  }
  return errors.length;
}

function unknownKeyMessage(inUse: SchemaInUse, segments: readonly string[]): string {
  const key = segments[segments.length - 1]!;
  const parent = label(segments.slice(0, -1));
  return `unknown key '${key}'${parent === '' ? '' : ` in ${parent}`} (not in ${inUse.file})`;
}

type SchemaNode = {
  $ref?: string;
  properties?: Record<string, SchemaNode>;
  additionalProperties?: unknown;
  unevaluatedProperties?: unknown;
  patternProperties?: Record<string, unknown>;
  items?: SchemaNode | SchemaNode[];
  allOf?: SchemaNode[];
  anyOf?: SchemaNode[];
  oneOf?: SchemaNode[];
  then?: SchemaNode;
  else?: SchemaNode;
};

/** A schema reduced to what the unknown-key walk needs: declared keys, and where to look deeper. */
interface KeyTree {
  /** Declared keys and their subtrees; undefined when the schema says nothing about mapping keys. */
  properties?: Map<string, KeyTree>;
  /** Keys matching one of these (`patternProperties`) are declared too. */
  patterns: RegExp[];
  /** True when keys beyond `properties` are allowed without a word (no additionalProperties). */
  open: boolean;
  items?: KeyTree;
}

/** Keys of this form are a team's extensions: never reported, whatever the schema says of them. */
const EXTENSION_KEY = /^x_/;

function isNode(value: unknown): value is SchemaNode {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function resolveRef(root: SchemaNode, schema: SchemaNode): SchemaNode {
  let current = schema;
  for (let depth = 0; current.$ref?.startsWith('#/') && depth < 16; depth++) {
    let target: unknown = root;
    for (const segment of pointerSegments(current.$ref.slice(1))) target = isNode(target) ? (target as Record<string, unknown>)[segment] : undefined;
    if (!isNode(target)) return {};
    current = target;
  }
  return current;
}

/**
 * The node and every subschema that can add keys to the same mapping: `allOf`, `anyOf`, `oneOf`, and
 * the `then`/`else` of a condition (a key any of them declares is declared).
 */
function parts(root: SchemaNode, node: SchemaNode, into: SchemaNode[] = []): SchemaNode[] {
  const s = resolveRef(root, node);
  if (into.includes(s) || into.length > 64) return into;
  into.push(s);
  for (const list of [s.allOf, s.anyOf, s.oneOf]) if (Array.isArray(list)) for (const sub of list) if (isNode(sub)) parts(root, sub, into);
  for (const sub of [s.then, s.else]) if (isNode(sub)) parts(root, sub, into);
  return into;
}

function compilePattern(source: string): RegExp | undefined {
  try {
    return new RegExp(source, 'u');
  } catch {
    return undefined;
  }
}

function keyTree(root: SchemaNode, node: SchemaNode, seen = new Map<SchemaNode, KeyTree>()): KeyTree {
  const s = resolveRef(root, node);
  const cached = seen.get(s);
  if (cached) return cached;
  const all = parts(root, s);
  const tree: KeyTree = {
    patterns: [],
    open: all.every((p) => p.additionalProperties === undefined && p.unevaluatedProperties === undefined),
  };
  seen.set(s, tree);
  const declared = new Map<string, SchemaNode[]>();
  for (const part of all) {
    if (isNode(part.properties)) {
      for (const [key, child] of Object.entries(part.properties)) if (isNode(child)) declared.set(key, [...(declared.get(key) ?? []), child]);
    }
    if (isNode(part.patternProperties)) {
      for (const source of Object.keys(part.patternProperties)) {
        const pattern = compilePattern(source);
        if (pattern) tree.patterns.push(pattern);
      }
    }
    if (!tree.items && isNode(part.items)) tree.items = keyTree(root, part.items, seen);
  }
  if (declared.size > 0 || tree.patterns.length > 0) {
    tree.properties = new Map([...declared].map(([key, children]) => [key, keyTree(root, children.length === 1 ? children[0]! : { allOf: children }, seen)]));
  }
  return tree;
}

const keyTrees = new WeakMap<object, KeyTree>();

/**
 * Walks data alongside a schema and calls back with the path of every mapping key that the schema
 * does not declare (by `properties` or `patternProperties`, in the node or any of its `allOf`,
 * `anyOf`, `oneOf`, `then`, `else`) where it says nothing else about extra keys (no
 * `additionalProperties`; where it says `false`, the validator reports the key). `x_*` keys are never
 * reported. Follows `items` and local `$ref`s.
 */
export function forEachUnknownKey(schema: object, data: unknown, report: (segments: string[]) => void): void {
  let root = keyTrees.get(schema);
  if (!root) keyTrees.set(schema, (root = keyTree(schema as SchemaNode, schema as SchemaNode)));
  const walk = (tree: KeyTree, value: unknown, path: readonly string[]): void => {
    if (Array.isArray(value)) {
      if (tree.items) for (let i = 0; i < value.length; i++) walk(tree.items, value[i], [...path, String(i)]);
      return;
    }
    if (value === null || typeof value !== 'object' || !tree.properties) return;
    for (const key in value as Record<string, unknown>) {
      const child = tree.properties.get(key);
      if (child) {
        if (child.properties || child.items) walk(child, (value as Record<string, unknown>)[key], [...path, key]);
      } else if (tree.open && !EXTENSION_KEY.test(key) && !tree.patterns.some((p) => p.test(key))) report([...path, key]);
    }
  };
  walk(root, data, []);
}
