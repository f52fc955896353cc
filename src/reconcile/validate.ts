import type { Config } from '../core/config.js';
import { describeSchemaError, validate } from '../core/schema.js';
import '../validate/schemas.js'; // registers the work-order schema

/**
 * Whether a WO, as a repair would leave it, validates against the work-order schema: one line naming
 * the first problem, or undefined when it validates.
 */
export function checkWorkOrder(_root: string, _config: Config, data: Record<string, unknown>): string | undefined {
  const errors = validate('work_order', data);
  if (errors.length === 0) return undefined;
  return `${describeSchemaError(errors[0]!)} (schemas/work_order.schema.json)`;
}
