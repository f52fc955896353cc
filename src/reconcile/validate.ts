import type { Config } from '../core/config.js';
import { describeSchemaError } from '../core/schema.js';
import { resolveSchemas, type SchemaInUse } from '../validate/schemas.js';

/**
 * Whether WOs, as repairs would leave them, validate against the work-order schema in use: the
 * repository's own (docs/backlog/schema/work_order.schema.json, or `schemas:` in the configuration)
 * when it has one, else the bundled one. Resolved once per plan, when a repair first needs it; a
 * repository schema that cannot be read or compiled stops the run (exit 2), as validate-backlog does.
 */
export function workOrderChecker(root: string, config: Config): (data: Record<string, unknown>) => string | undefined {
  let schema: SchemaInUse | undefined;
  return (data) => {
    schema ??= resolveSchemas(root, config).work_order;
    if (schema.validate(data)) return undefined;
    return `${describeSchemaError(schema.validate.errors![0]!)} (${schema.file})`;
  };
}
