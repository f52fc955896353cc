import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { registerSchema } from '../../src/core/schema.js';
import { runCliBundle } from '../helpers/bundles.js';
import { makeTempDir, type TestRepo } from '../helpers/repo.js';
import { baseRepo, fullValidRepo, woText, writeRawWo } from '../validate/fixtures.js';
import { schemaErrors } from '../helpers/schemas.js';

/** The CLI as users run it: the built bundle, in a child process. */


const cli = (args: string[], cwd?: string) => runCliBundle(['validate-backlog', ...args], { cwd });

let valid: TestRepo;
let broken: TestRepo;
let out: string;

beforeAll(() => {
  valid = fullValidRepo();
  broken = baseRepo();
  writeRawWo(broken, 'pending', 'WO-0001.yaml', woText('WO-0001', 'colour: blue\n').replace('EPIC-001', 'EPIC-404'));
  writeRawWo(broken, 'pending', 'WO-0002.yaml', woText('WO-0002').replace('  deny: []', '   deny: []'));
  out = makeTempDir('wo-toolkit-out-');
});

afterAll(() => {
  valid.cleanup();
  broken.cleanup();
  fs.rmSync(out, { recursive: true, force: true });
});

describe('wo-toolkit validate-backlog', () => {
  test('a fully valid repository passes under --strict', async () => {
    const result = await cli(['--root', valid.root, '--strict']);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('schemas: bundled for config, whitelist, work_order, backlog, dod\n0 errors, 0 warnings in 10 files checked (strict: warnings count as errors)\n');
    expect(result.code).toBe(0);
  });

  test('prints file:line:col: severity: message [rule], one per line, then the count; exit 1', async () => {
    const result = await cli(['--root', broken.root]);
    expect(result.stdout.split('\n')).toEqual([
      "_ctx/jobs/pending/WO-0001.yaml:2:10: error: epic_id 'EPIC-404' names no epic in _ctx/backlog/backlog.yaml [unknown-epic]",
      "_ctx/jobs/pending/WO-0001.yaml:12:1: warning: unknown key 'colour' (not in schemas/work_order.schema.json) [unknown-key]",
      '_ctx/jobs/pending/WO-0002.yaml:8:1: error: All mapping items must start at the same column (BAD_INDENT) [yaml-syntax]',
      'schemas: bundled for config, whitelist, work_order, backlog, dod',
      '2 errors, 1 warning in 4 files checked',
      '',
    ]);
    expect(result.code).toBe(1);
  });

  test('runs from inside the repository by default', async () => {
    const result = await cli([], path.join(broken.root, '_ctx/jobs'));
    expect(result.stdout).toContain('_ctx/jobs/pending/WO-0001.yaml:2:10: error:');
    expect(result.code).toBe(1);
  });

  test('--json FILE writes a report that matches its schema and the human output', async () => {
    const file = path.join(out, 'nested', 'report.json');
    const result = await cli(['--root', broken.root, '--json', file]);
    expect(result.code).toBe(1);
    const report = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown> & { errors: { file: string; line: number; column: number; rule: string }[] };
    expect(schemaErrors('validate-backlog-report.schema.json', report)).toEqual([]);
    expect(report['exit_code']).toBe(1);
    expect(report['summary']).toEqual({ errors: 2, warnings: 1 });
    expect(report.errors.map((p) => `${p.file}:${p.line}:${p.column} ${p.rule}`)).toEqual([
      '_ctx/jobs/pending/WO-0001.yaml:2:10 unknown-epic',
      '_ctx/jobs/pending/WO-0002.yaml:8:1 yaml-syntax',
    ]);
  });

  test('--json - puts the report on standard output and the text on standard error', async () => {
    const result = await cli(['--root', valid.root, '--strict', '--json', '-']);
    const report = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(schemaErrors('validate-backlog-report.schema.json', report)).toEqual([]);
    expect(report).toMatchObject({ command: 'validate-backlog', exit_code: 0, strict: true, errors: [], warnings: [] });
    expect(report['files']).toEqual({ config: 1, whitelist: 1, backlog: 1, dod: 2, work_orders: 5, legacy: 0 });
    expect(result.stderr).toContain('0 errors, 0 warnings');
  });

  test('warnings alone pass; under --strict they fail', async () => {
    const repo = baseRepo();
    try {
      writeRawWo(repo, 'pending', 'WO-0001.yaml', woText('WO-0001', 'colour: blue\n'));
      const lenient = await cli(['--root', repo.root]);
      expect(lenient.code).toBe(0);
      expect(lenient.stdout).toContain(':12:1: warning: ');
      const strict = await cli(['--root', repo.root, '--strict']);
      expect(strict.code).toBe(1);
      expect(strict.stdout).toContain(':12:1: error: ');
      expect(strict.stdout).toContain('1 error, 0 warnings in 3 files checked (strict: warnings count as errors)');
    } finally {
      repo.cleanup();
    }
  });

  test('--quiet prints nothing but keeps the exit code', async () => {
    const result = await cli(['--root', broken.root, '--quiet']);
    expect(result.stdout + result.stderr).toBe('');
    expect(result.code).toBe(1);
  });

  test('an invalid configuration file: its problems with their lines, exit 2', async () => {
    const repo = baseRepo();
    try {
      repo.write('.wo-toolkit.yaml', 'retention_days: 0\n');
      const result = await cli(['--root', repo.root]);
      expect(result.stdout.split('\n')).toEqual([
        '.wo-toolkit.yaml:1:17: error: retention_days: must be >= 1 [schema/minimum]',
        '1 error, 0 warnings in 1 file checked',
        '.wo-toolkit.yaml: the configuration is invalid, so the backlog was not validated',
        '',
      ]);
      expect(result.code).toBe(2);
    } finally {
      repo.cleanup();
    }
  });

  test.each([
    [['--root', '/nonexistent/folder'], "--root: folder '/nonexistent/folder' does not exist"],
    [['--strict=yes'], "Option '--strict' does not take an argument"],
    [['--today', '2026-02-30'], "--today: expected a date YYYY-MM-DD, got '2026-02-30'"],
    [['--config', 'missing.yaml'], "--config: file 'missing.yaml' does not exist"],
  ])('%j: one line on standard error, exit 2', async (args, message) => {
    const result = await cli(args, broken.root);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')).toHaveLength(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  test('a run that cannot start still writes a report that matches the schema', async () => {
    const file = path.join(out, 'failed.json');
    const result = await cli(['--root', out, '--json', file]);
    expect(result.code).toBe(2);
    const report = JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
    expect(schemaErrors('validate-backlog-report.schema.json', report)).toEqual([]);
    expect(report).toMatchObject({ exit_code: 2, error: expect.stringContaining('is not inside a git repository') });
  });

  test('--help names the command options', async () => {
    const result = await cli(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('usage: wo-toolkit validate-backlog [--root DIR] [--strict] [--json FILE]');
    expect(result.stdout).toContain('--strict');
  });
});
