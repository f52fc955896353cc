import AjvModule from 'ajv';
import Ajv2020Module from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv';
import type { Config } from '../core/config.js';
import { readRepoText } from '../core/repo-files.js';
import { describeSchemaError, isValidDate, isValidDateTime, validate } from '../core/schema.js';
import '../validate/schemas.js'; // registers the bundled work-order schema

/** The repository's own work-order schema, used instead of the bundled one when present. */
export const REPOSITORY_WORK_ORDER_SCHEMA = 'docs/backlog/schema/work_order.schema.json';

// ajv is CommonJS: under NodeNext its default import is the module object.
const Ajv07 = ((AjvModule as unknown as { default?: unknown }).default ?? AjvModule) as typeof AjvModule.default;
const Ajv2020 = ((Ajv2020Module as unknown as { default?: unknown }).default ?? Ajv2020Module) as typeof Ajv2020Module.default;

const compiled = new Map<string, ValidateFunction | string>();

/** The repository's schema compiled (draft-07 or 2020-12), a reason it cannot be used, or undefined when it has none. */
function repositorySchema(root: string): ValidateFunction | string | undefined {
  const text = readRepoText(root, REPOSITORY_WORK_ORDER_SCHEMA);
  if (text === undefined) return undefined;
  const cached = compiled.get(text);
  if (cached !== undefined) return cached;
  let result: ValidateFunction | string;
  try {
    const schema = JSON.parse(text) as { $schema?: unknown };
    const modern = typeof schema.$schema === 'string' && schema.$schema.includes('2020-12');
    const ajv = modern ? new Ajv2020({ strict: false, allErrors: true }) : new Ajv07({ strict: false, allErrors: true });
    ajv.addFormat('date', { type: 'string', validate: isValidDate });
    ajv.addFormat('date-time', { type: 'string', validate: isValidDateTime });
    result = ajv.compile(schema as object);
  } catch (error) {
    result = `${REPOSITORY_WORK_ORDER_SCHEMA} cannot be used: ${(error as Error).message.split('\n')[0]}`;
  }
  compiled.set(text, result);
  return result;
}

/**
 * Whether a WO, as a repair would leave it, validates against the work-order schema (the repository's
 * own when it has one, else the bundled one): one line naming the first problem, or undefined.
 */
export function checkWorkOrder(root: string, _config: Config, data: Record<string, unknown>): string | undefined {
  const own = repositorySchema(root);
  if (typeof own === 'string') return own;
  if (own) {
    if (own(data)) return undefined;
    return `${describeSchemaError(own.errors![0]!)} (${REPOSITORY_WORK_ORDER_SCHEMA})`;
  }
  const errors = validate('work_order', data);
  if (errors.length === 0) return undefined;
  return `${describeSchemaError(errors[0]!)} (schemas/work_order.schema.json)`;
}
