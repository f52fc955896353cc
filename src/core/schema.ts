import Ajv2020Module from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import configSchema from '../../schemas/config.schema.json' with { type: 'json' };

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
