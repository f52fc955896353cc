import { describe, expect, test } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { registerSchema, validate, validator } from '../../src/core/schema.js';
import { KINDS } from '../../src/validate/schemas.js';

/** The schemas are part of the product: strict, self-describing, and usable from an editor. */

const SCHEMA_DIR = path.resolve('schemas');
const files = fs.readdirSync(SCHEMA_DIR).filter((f) => f.endsWith('.schema.json')).sort();
const load = (file: string): Record<string, unknown> => JSON.parse(fs.readFileSync(path.join(SCHEMA_DIR, file), 'utf8')) as Record<string, unknown>;

/** Paths of every subschema below `properties`, `items`, `$defs` and `anyOf` that lacks a title or a description. */
function undocumented(schema: Record<string, unknown>, at = '#'): string[] {
  const missing: string[] = [];
  const visit = (node: unknown, where: string, mustDescribe: boolean): void => {
    if (node === null || typeof node !== 'object') return;
    const s = node as Record<string, unknown>;
    if (mustDescribe && !s['$ref'] && (typeof s['title'] !== 'string' || typeof s['description'] !== 'string')) missing.push(where);
    for (const [key, child] of Object.entries((s['properties'] as Record<string, unknown>) ?? {})) visit(child, `${where}/properties/${key}`, true);
    for (const [key, child] of Object.entries((s['$defs'] as Record<string, unknown>) ?? {})) visit(child, `${where}/$defs/${key}`, true);
    if (s['items']) visit(s['items'], `${where}/items`, true);
    ((s['anyOf'] as unknown[]) ?? []).forEach((child, i) => visit(child, `${where}/anyOf/${i}`, true));
  };
  visit(schema, at, true);
  return missing;
}

describe.each(files)('%s', (file) => {
  const schema = load(file);

  test('is draft 2020-12 with an $id named after the file', () => {
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema['$id']).toBe(`https://wo-toolkit.dev/schemas/${file}`);
  });

  test('has a title and a description on every property', () => {
    expect(undocumented(schema)).toEqual([]);
  });

  test('compiles under strict mode', () => {
    const name = file.replace('.schema.json', '');
    if (!(name in KINDS)) registerSchema(name, schema);
    expect(() => validator(name)).not.toThrow();
  });
});

test('validate-backlog checks each kind against its schema file', () => {
  for (const [kind, spec] of Object.entries(KINDS)) {
    expect(spec.schema).toEqual(load(spec.file));
    expect(files).toContain(spec.file);
    expect(() => validator(kind)).not.toThrow();
  }
});

describe('open and closed schemas', () => {
  const wo = parse(['id: WO-0001', 'epic_id: EPIC-001', 'dod_id: DOD-DEFAULT', 'title: T', 'scope: {allow: [src/**], deny: []}', 'verify: {commands: [npm test]}', 'team_note: extra'].join('\n')) as unknown;

  test('a WO with an extra key is valid for editors (the validator warns about it instead)', () => {
    expect(validate('work_order', wo)).toEqual([]);
  });

  test('the whitelist and the config reject unknown keys as before', () => {
    const entry = { code: 'duplicate_yaml', wo_id: 'WO-0001', reason: 'r', owner: 'o', review_by: '2026-12-31' };
    expect(validate('whitelist', { entries: [entry] })).toEqual([]);
    expect(validate('whitelist', { entries: [{ ...entry, extra: 1 }] }).map((e) => e.keyword)).toEqual(['additionalProperties']);
    expect(validate('whitelist', { entries: [{ ...entry, review_by: '2026-02-30' }] }).map((e) => e.keyword)).toEqual(['format']);
    expect(validate('config', { state_folders: { pending: 'p' }, retention_days: 30 })).toEqual([]);
    expect(validate('config', { colour: 'blue' }).map((e) => e.keyword)).toEqual(['additionalProperties']);
    expect(validate('config', { retention_days: 0 }).map((e) => e.keyword)).toEqual(['minimum']);
  });

  test('timestamps accept an ISO 8601 date-time or date, and nothing else', () => {
    const base = wo as Record<string, unknown>;
    for (const ok of ['2026-01-31T09:30:00Z', '2026-01-31T09:30:00+02:00', '2026-01-31']) expect(validate('work_order', { ...base, created_at: ok })).toEqual([]);
    for (const bad of ['2026-13-01', '31/01/2026', 'soon']) expect(validate('work_order', { ...base, created_at: bad })).not.toEqual([]);
  });

  test('DoD artifacts are paths inside the evidence folder', () => {
    const dod = { id: 'DOD-DEFAULT', title: 'Default' };
    expect(validate('dod', { ...dod, required_artifacts: ['handoff.md', 'reports/coverage.txt', 'a..b'] })).toEqual([]);
    for (const bad of ['../escape.md', '/etc/passwd', 'reports/../../x', '\\\\server\\share']) {
      // `if` only says that the single-DoD branch failed; `pattern` is why.
      expect(validate('dod', { ...dod, required_artifacts: [bad] }).map((e) => e.keyword).filter((k) => k !== 'if')).toEqual(['pattern']);
    }
  });
});
