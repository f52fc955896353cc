import AjvModule from 'ajv';
import Ajv2019Module from 'ajv/dist/2019.js';
import Ajv2020Module from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import draft06MetaSchema from 'ajv/dist/refs/json-schema-draft-06.json' with { type: 'json' };
import configSchema from '../../schemas/config.schema.json' with { type: 'json' };
import { ConfigurationError } from './errors.js';

/**
 * One Ajv instance (draft 2020-12, strict about the schemas themselves, all errors collected) and a
 * cache of compiled validators. Schemas are imported, so the bundles carry them.
 */

// ajv is CommonJS: under NodeNext its default import is the module object.
const Ajv2020 = ((Ajv2020Module as unknown as { default?: unknown }).default ?? Ajv2020Module) as typeof Ajv2020Module.default;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([Zz]|[+-]\d{2}:?\d{2})?$/;

let ajv: InstanceType<typeof Ajv2020> | undefined;
const compiled = new Map<string, ValidateFunction>();

export function isValidDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export function isValidDateTime(value: string): boolean {
  return DATE_TIME.test(value) && !Number.isNaN(Date.parse(value)) && isValidDate(value.slice(0, 10));
}

function instance(): InstanceType<typeof Ajv2020> {
  if (!ajv) {
    ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true });
    ajv.addFormat('date', { type: 'string', validate: isValidDate });
    ajv.addFormat('date-time', { type: 'string', validate: isValidDateTime });
  }
  return ajv;
}

export type SchemaName = string;
const registry = new Map<SchemaName, object>([['config', configSchema]]);

/** Makes a schema known by name (schema modules register theirs on import). */
export function registerSchema(name: SchemaName, schema: object): void {
  registry.set(name, schema);
}

export function validator(name: SchemaName): ValidateFunction {
  let validate = compiled.get(name);
  if (!validate) {
    const schema = registry.get(name);
    if (!schema) throw new Error(`unknown schema '${name}'`);
    validate = instance().compile(schema);
    compiled.set(name, validate);
  }
  return validate;
}

export function validate(name: SchemaName, data: unknown): ErrorObject[] {
  const fn = validator(name);
  return fn(data) ? [] : [...(fn.errors ?? [])];
}

/** One readable line for an Ajv error: `/state_folders/pending: must be string`. */
export function describeSchemaError(error: ErrorObject): string {
  const at = error.instancePath || '(top level)';
  if (error.keyword === 'additionalProperties') {
    return `${at}: unknown key '${(error.params as { additionalProperty: string }).additionalProperty}'`;
  }
  if (error.keyword === 'required') {
    return `${at}: missing required key '${(error.params as { missingProperty: string }).missingProperty}'`;
  }
  if (error.keyword === 'enum') {
    return `${at}: ${error.message} (${((error.params as { allowedValues: unknown[] }).allowedValues ?? []).join(', ')})`;
  }
  return `${at}: ${error.message ?? error.keyword}`;
}

// ---------------------------------------------------------------------------------------------------
// The repository's own schemas (docs: validate-backlog, "Which schemas"): draft-06/07, 2019-09 or
// 2020-12, chosen by their `$schema` (draft-07 when absent). Each is compiled by an Ajv of its own,
// not strict about the schema (a team's schema may carry keywords of its own), so that two
// repositories' schemas with the same `$id` never meet.

const AjvDraft07 = ((AjvModule as unknown as { default?: unknown }).default ?? AjvModule) as typeof AjvModule.default;
const Ajv2019 = ((Ajv2019Module as unknown as { default?: unknown }).default ?? Ajv2019Module) as typeof Ajv2019Module.default;

type AnyAjv = InstanceType<typeof AjvDraft07> | InstanceType<typeof Ajv2019> | InstanceType<typeof Ajv2020>;

const DRAFTS: { pattern: RegExp; name: string; create: () => AnyAjv }[] = [
  { pattern: /^https?:\/\/json-schema\.org\/draft-0[67]\/schema#?$/, name: 'draft-07', create: () => {
    const ajv = new AjvDraft07(REPOSITORY_AJV_OPTIONS);
    ajv.addMetaSchema(draft06MetaSchema);
    return ajv;
  } },
  { pattern: /^https?:\/\/json-schema\.org\/draft\/2019-09\/schema#?$/, name: '2019-09', create: () => new Ajv2019(REPOSITORY_AJV_OPTIONS) },
  { pattern: /^https?:\/\/json-schema\.org\/draft\/2020-12\/schema#?$/, name: '2020-12', create: () => new Ajv2020(REPOSITORY_AJV_OPTIONS) },
];

const REPOSITORY_AJV_OPTIONS = { strict: false, allErrors: true, allowUnionTypes: true, logger: false } as const;

/** One compiled repository schema per schema text: tests and benchmarks open many repositories. */
const repositoryValidators = new Map<string, { schema: object; validate: ValidateFunction; draft: string }>();

/**
 * Compiles a repository's schema from its text. `shown` names the file in messages: a schema that
 * is not JSON, names a draft this toolkit does not know or does not compile is a ConfigurationError
 * (validating against a schema that could not be read would pass files it should not).
 */
export function compileRepositorySchema(text: string, shown: string): { schema: object; validate: ValidateFunction; draft: string } {
  const cached = repositoryValidators.get(text);
  if (cached) return cached;
  let schema: unknown;
  try {
    schema = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new ConfigurationError(`${shown}: not a JSON Schema: ${(error as Error).message}`);
  }
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) {
    throw new ConfigurationError(`${shown}: not a JSON Schema: expected a JSON object`);
  }
  const declared = (schema as { $schema?: unknown }).$schema;
  const draft = declared === undefined ? DRAFTS[0] : typeof declared === 'string' ? DRAFTS.find((d) => d.pattern.test(declared)) : undefined;
  if (!draft) {
    throw new ConfigurationError(`${shown}: $schema '${String(declared)}' is not a draft wo-toolkit validates with (draft-07, 2019-09 or 2020-12)`);
  }
  const ajv = draft.create();
  ajv.addFormat('date', { type: 'string', validate: isValidDate });
  ajv.addFormat('date-time', { type: 'string', validate: isValidDateTime });
  let validateFn: ValidateFunction;
  try {
    validateFn = ajv.compile(schema);
  } catch (error) {
    throw new ConfigurationError(`${shown}: the schema cannot be used: ${(error as Error).message}`);
  }
  const compiledSchema = { schema, validate: validateFn, draft: draft.name };
  repositoryValidators.set(text, compiledSchema);
  return compiledSchema;
}
