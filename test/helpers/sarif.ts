import type { ValidateFunction } from 'ajv';
import AjvDraft04Module from 'ajv-draft-04';
import fs from 'node:fs';
import path from 'node:path';
import { isValidDateTime } from '../../src/core/schema.js';
import { PROJECT_ROOT } from './bundles.js';

/**
 * Validates SARIF logs against the official SARIF 2.1.0 JSON Schema vendored in test/fixtures (a
 * draft-04 schema, hence Ajv's draft-04 class). Its formats are checked for real: `uri` must parse as an
 * absolute URL, `uri-reference` as a URL relative to a base, `date-time` as RFC 3339. Patterns are
 * compiled without the `u` flag, as draft-04 schemas were written for (the schema's `language` pattern
 * is not a valid Unicode-mode expression).
 */
const AjvDraft04 = ((AjvDraft04Module as unknown as { default?: unknown }).default ?? AjvDraft04Module) as typeof AjvDraft04Module.default;

export const SARIF_SCHEMA_FILE = path.join(PROJECT_ROOT, 'test', 'fixtures', 'sarif-schema-2.1.0.json');

function isUri(value: string): boolean {
  return URL.canParse(value) && /^[a-z][a-z0-9+.-]*:/i.test(value);
}

function isUriReference(value: string): boolean {
  return !/[\s\\]/.test(value) && URL.canParse(value, 'file:///base/');
}

let validator: ValidateFunction | undefined;

/** Readable schema errors of a SARIF log (empty when it is valid SARIF 2.1.0). */
export function sarifSchemaErrors(log: unknown): string[] {
  if (!validator) {
    const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false });
    ajv.addFormat('uri', { type: 'string', validate: isUri });
    ajv.addFormat('uri-reference', { type: 'string', validate: isUriReference });
    ajv.addFormat('date-time', { type: 'string', validate: isValidDateTime });
    validator = ajv.compile(JSON.parse(fs.readFileSync(SARIF_SCHEMA_FILE, 'utf8')) as object);
  }
  const validate = validator;
  return validate(log) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? e.keyword}`);
}
