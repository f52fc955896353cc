import Ajv2020Module from 'ajv/dist/2020.js';
import fs from 'node:fs';
import path from 'node:path';
import { isValidDate, isValidDateTime } from '../../src/core/schema.js';
import { PROJECT_ROOT } from './bundles.js';

const Ajv2020 = ((Ajv2020Module as unknown as { default?: unknown }).default ?? Ajv2020Module) as typeof Ajv2020Module.default;

let ajv: InstanceType<typeof Ajv2020> | undefined;

/** An Ajv (strict, draft 2020-12) holding every schema in schemas/, so cross-file $refs resolve. */
function schemaSet(): InstanceType<typeof Ajv2020> {
  if (!ajv) {
    ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true });
    ajv.addFormat('date', { type: 'string', validate: isValidDate });
    ajv.addFormat('date-time', { type: 'string', validate: isValidDateTime });
    const dir = path.join(PROJECT_ROOT, 'schemas');
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.schema.json')).sort()) {
      ajv.addSchema(JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as object);
    }
  }
  return ajv;
}

/** Validates data against `schemas/<file>` and returns readable errors (empty when valid). */
export function schemaErrors(file: string, data: unknown): string[] {
  const set = schemaSet();
  const id = `https://wo-toolkit.dev/schemas/${file}`;
  const validate = set.getSchema(id);
  if (!validate) throw new Error(`schema ${file} not found (looked for $id ${id})`);
  return validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? e.keyword}`);
}
