import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { runCliBundle } from '../helpers/bundles.js';
import { buildRealRepo, type RealRepo } from '../helpers/real-repo.js';
import { makeTempDir } from '../helpers/repo.js';
import { sarifSchemaErrors } from '../helpers/sarif.js';

interface Log {
  runs: { automationDetails: { id: string }; results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[];
}

let real: RealRepo;
let out: string;
beforeAll(() => {
  real = buildRealRepo({ plant: ['runningWithoutLock', 'zombieWorktrees', 'badEnum'] });
  out = makeTempDir('wo-toolkit-sarif-');
});
afterAll(() => {
  real.cleanup();
  fs.rmSync(out, { recursive: true, force: true });
});

describe('--sarif (the built CLI)', () => {
  test.each([
    ['audit', 'wo-toolkit/audit/'],
    ['validate-backlog', 'wo-toolkit/validate-backlog/'],
  ])('%s --sarif FILE writes valid SARIF 2.1.0 whatever the exit code, beside the JSON report', async (command, category) => {
    const file = path.join(out, `${command}.sarif`);
    const json = path.join(out, `${command}.json`);
    const run = await runCliBundle([command, '--root', real.root, '--sarif', file, '--json', json]);
    expect(run.code).toBe(1);
    const log = JSON.parse(fs.readFileSync(file, 'utf8')) as Log;
    expect(sarifSchemaErrors(log)).toEqual([]);
    expect(log.runs[0]!.automationDetails.id).toBe(category);
    const report = JSON.parse(fs.readFileSync(json, 'utf8')) as { findings?: unknown[]; errors?: unknown[]; warnings?: unknown[] };
    const count = report.findings?.length ?? (report.errors?.length ?? 0) + (report.warnings?.length ?? 0);
    expect(log.runs[0]!.results).toHaveLength(count);
    expect(log.runs[0]!.results.length).toBeGreaterThan(0);
    // Repository-relative locations, nothing of this machine.
    expect(fs.readFileSync(file, 'utf8')).not.toContain(real.base);
  });

  test('--sarif - writes SARIF to standard output and the human output to standard error', async () => {
    const run = await runCliBundle(['audit', '--root', real.root, '--sarif', '-']);
    expect(run.code).toBe(1);
    expect(sarifSchemaErrors(JSON.parse(run.stdout))).toEqual([]);
    expect(run.stderr).toMatch(/summary: P0=/);
  });

  test.each([
    [['audit', '--sarif', '-', '--json', '-'], "wo-toolkit audit: --sarif - and --json -: only one of them can go to standard output\n"],
    [['validate-backlog', '--sarif', ''], "wo-toolkit validate-backlog: --sarif: expected a file path or -, got an empty value\n"],
    // A folder that cannot be made: its parent is a file (found before the run).
    [['audit', '--sarif', '<out>/blocker/y.sarif'], "wo-toolkit audit: --sarif: cannot write '<out>/blocker/y.sarif': <out>/blocker is a file, not a folder\n"],
  ])('%j is one line and exit 2', async (args, message) => {
    fs.writeFileSync(path.join(out, 'blocker'), 'a file, not a folder\n');
    const run = await runCliBundle([...args.map((a) => a.replace('<out>', out)), '--root', real.root]);
    expect(run.code).toBe(2);
    expect(run.stderr.replace(/\(E[A-Z]+\)/, '(E…)')).toBe(message.replace(/<out>/g, out));
  });

  test('commands that report no files take no --sarif', async () => {
    const run = await runCliBundle(['gc', '--root', real.root, '--sarif', path.join(out, 'gc.sarif')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Unknown option '--sarif'");
  });
});
