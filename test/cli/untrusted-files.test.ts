import { jest } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { runCliBundle, type ProcessResult } from '../helpers/bundles.js';
import { FILE_SHAPES, makeHostile, type HostileShape } from '../helpers/hostile.js';
import { makeTempDir, TestRepo } from '../helpers/repo.js';

/**
 * Every file the commands read, replaced by every hostile shape (a link out of the repository, a link
 * to /dev/zero, a FIFO, a 64 MiB file, a folder, a dangling link, an alias bomb), run through the
 * built CLI as a user runs it. Each run ends (the bundle helper kills a child that hangs, and the test
 * then fails), never prints a stack trace or "internal error", and either turns the file into a finding
 * or a validation problem, or stops with exit 2 and one line that names the file.
 */

jest.setTimeout(120_000);

const COMMANDS = ['audit', 'validate-backlog', 'weekly-gate', 'gc', 'retention-gc'] as const;

let outside: string;
beforeAll(() => {
  outside = makeTempDir('wo-toolkit-outside-');
});
afterAll(() => fs.rmSync(outside, { recursive: true, force: true }));

/** A governed repository with a running WO (and its lock, verdict and decision), a backlog, a DoD and a whitelist. */
function governedRepo(): TestRepo {
  const repo = TestRepo.create();
  repo.writeWo('running', 'WO-0007');
  repo.writeLock('WO-0007');
  repo.writeWo('done', 'WO-0001', { fields: { verified_at_sha: 'a'.repeat(40) } });
  repo.writeBacklog([{ id: 'EPIC-001', title: 'Epic', wo_queue: ['WO-0007'] }]);
  repo.writeDod('DOD-DEFAULT');
  repo.writeWhitelist([{ code: 'stale_lock', wo_id: 'WO-0007', reason: 'long build', owner: 'platform', review_by: '2099-01-01' }]);
  repo.writeVerdict('WO-0007', 'PASS');
  repo.write('_ctx/handoff/WO-0001/decision.md', '**Status:** DECIDED - CLEANUP APPROVED\n');
  repo.commit('governed');
  return repo;
}

async function run(repo: TestRepo, command: string, ...args: string[]): Promise<ProcessResult & { report?: Record<string, unknown> }> {
  const json = path.join(outside, `${command}-${path.basename(repo.root)}.json`);
  const result = await runCliBundle([command, '--root', repo.root, '--json', json, '--today', '2026-06-01', ...args]);
  const report = fs.existsSync(json) ? (JSON.parse(fs.readFileSync(json, 'utf8')) as Record<string, unknown>) : undefined;
  return report ? { ...result, report } : result;
}

/** Exit 2 with one line on standard error, naming `file`, and no trace of a crash. */
function expectClearRefusal(result: ProcessResult, command: string, file: string): void {
  expect(result.signal).toBeNull();
  expect(result.code).toBe(2);
  const lines = result.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain(`wo-toolkit ${command}: `);
  expect(lines[0]).toContain(file);
  expect(result.stderr).not.toMatch(/internal error|\n\s+at /);
}

function expectNoCrash(result: ProcessResult): void {
  expect(result.signal).toBeNull();
  expect(result.stderr).not.toMatch(/internal error|\n\s+at /);
}

const YAML_SHAPES: HostileShape[] = [...FILE_SHAPES, 'alias-bomb'];

describe('the configuration file: every command stops with one line that names it', () => {
  const cases = YAML_SHAPES.flatMap((shape) => COMMANDS.map((command) => [shape, command] as const));
  test.each(cases)('.wo-toolkit.yaml as %s: %s exits 2', async (shape, command) => {
    const repo = governedRepo();
    try {
      makeHostile(repo, '.wo-toolkit.yaml', shape, outside);
      const result = await run(repo, command);
      if (command === 'validate-backlog' && result.stderr === '') {
        // validate-backlog reports the configuration's problem at its line, then stops: exit 2.
        expectNoCrash(result);
        expect(result.code).toBe(2);
        expect(result.stdout).toMatch(/^\.wo-toolkit\.yaml:1:1: error: /m);
        expect(result.report!['error']).toMatch(/^\.wo-toolkit\.yaml: /);
      } else expectClearRefusal(result, command, '.wo-toolkit.yaml');
    } finally {
      repo.cleanup();
    }
  });
});

describe('the whitelist: the gate never passes on a whitelist it could not read', () => {
  const file = '_ctx/jobs/audit_whitelist.yaml';
  test.each(YAML_SHAPES)(`${file} as %s: audit and weekly-gate exit 2 naming it; validate-backlog reports it`, async (shape) => {
    const repo = governedRepo();
    try {
      makeHostile(repo, file, shape, outside);
      expectClearRefusal(await run(repo, 'audit'), 'audit', file);
      expectClearRefusal(await run(repo, 'weekly-gate'), 'weekly-gate', file);
      const validate = await run(repo, 'validate-backlog');
      expectNoCrash(validate);
      expect(validate.code).toBe(1);
      expect((validate.report!['errors'] as { file: string }[]).map((e) => e.file)).toContain(file);
    } finally {
      repo.cleanup();
    }
  });
});

describe('a WO file: a finding of that WO, never invisible, never a hang', () => {
  const file = '_ctx/jobs/running/WO-0007.yaml';
  test.each(YAML_SHAPES.filter((s) => s !== 'folder'))(`${file} as %s: audit reports unreadable_wo; validate-backlog an error`, async (shape) => {
    const repo = governedRepo();
    try {
      makeHostile(repo, file, shape, outside);
      const audit = await run(repo, 'audit', '--fail-on', 'none');
      expectNoCrash(audit);
      expect(audit.code).toBe(0);
      const findings = audit.report!['findings'] as { code: string; wo_id: string; paths: string[]; message: string }[];
      const unreadable = findings.find((f) => f.code === 'unreadable_wo');
      expect(unreadable).toMatchObject({ wo_id: 'WO-0007', paths: [file] });
      if (shape.startsWith('link')) expect(unreadable!.message).toMatch(/outside the repository/);
      const validate = await run(repo, 'validate-backlog');
      expectNoCrash(validate);
      expect(validate.code).toBe(1);
      expect((validate.report!['errors'] as { file: string }[]).map((e) => e.file)).toContain(file);
      const gate = await run(repo, 'weekly-gate');
      expectNoCrash(gate);
      expect([0, 1]).toContain(gate.code);
    } finally {
      repo.cleanup();
    }
  });

  test('a WO file that is a link inside the repository is read through it and judged like any other', async () => {
    const repo = governedRepo();
    try {
      repo.write('_ctx/archive/WO-0008.yaml', fs.readFileSync(repo.path('_ctx/jobs/running/WO-0007.yaml'), 'utf8').replace(/WO-0007/g, 'WO-0008'));
      repo.symlink('_ctx/jobs/running/WO-0008.yaml', '../../archive/WO-0008.yaml');
      const audit = await run(repo, 'audit');
      expectNoCrash(audit);
      expect(audit.code).toBe(1);
      const findings = audit.report!['findings'] as { code: string; wo_id: string }[];
      expect(findings.map((f) => `${f.code}:${f.wo_id}`)).toContain('running_without_lock:WO-0008');
    } finally {
      repo.cleanup();
    }
  });
});

describe('a lock: its presence counts, its content is never read through a link out or a FIFO', () => {
  const file = '_ctx/jobs/running/WO-0007.lock';
  test.each(YAML_SHAPES.filter((s) => s !== 'folder'))(`${file} as %s is still the lock of WO-0007`, async (shape) => {
    const repo = governedRepo();
    try {
      makeHostile(repo, file, shape, outside);
      const audit = await run(repo, 'audit');
      expectNoCrash(audit);
      const codes = (audit.report!['findings'] as { code: string; wo_id: string }[]).map((f) => `${f.code}:${f.wo_id}`);
      expect(codes).not.toContain('running_without_lock:WO-0007');
      expect(audit.code).toBe(0);
    } finally {
      repo.cleanup();
    }
  });
});

describe('the backlog and the DoD catalog: validation problems on the file', () => {
  test.each(YAML_SHAPES.flatMap((shape) => [['_ctx/backlog/backlog.yaml', shape] as const, ['_ctx/dod/DOD-DEFAULT.yaml', shape] as const]))(
    '%s as %s: validate-backlog reports an error on it',
    async (file, shape) => {
      const repo = governedRepo();
      try {
        makeHostile(repo, file, shape, outside);
        const validate = await run(repo, 'validate-backlog');
        expectNoCrash(validate);
        expect(validate.code).toBe(1);
        const errors = validate.report!['errors'] as { file: string; message: string }[];
        expect(errors.map((e) => e.file)).toContain(shape === 'folder' && file.startsWith('_ctx/dod') ? errors[0]!.file : file);
      } finally {
        repo.cleanup();
      }
    },
  );
});

describe('verdicts and decisions: never read through a link out, never a hang', () => {
  test.each(FILE_SHAPES)('verdict.json and decision.md as %s: audit and weekly-gate finish', async (shape) => {
    const repo = governedRepo();
    try {
      makeHostile(repo, '_ctx/handoff/WO-0007/verdict.json', shape, outside);
      makeHostile(repo, '_ctx/handoff/WO-0001/decision.md', shape, outside);
      const audit = await run(repo, 'audit');
      expectNoCrash(audit);
      expect(audit.code).not.toBe(2);
      const gate = await run(repo, 'weekly-gate');
      expectNoCrash(gate);
      expect(gate.code).not.toBe(2);
      // A decision that cannot be read is not complete: the gate keeps asking for it.
      const items = gate.report!['action_required'] as { wo_id: string; type: string }[];
      expect(items).toContainEqual(expect.objectContaining({ wo_id: 'WO-0001', type: 'decision_incomplete' }));
    } finally {
      repo.cleanup();
    }
  });
});

describe('a state folder that is a file, or leads out of the repository', () => {
  const cases = (['file', 'link-outside'] as const).flatMap((shape) => COMMANDS.map((command) => [shape, command] as const));
  test.each(cases)('_ctx/jobs/running as a %s: %s exits 2 naming it', async (shape, command) => {
    const repo = governedRepo();
    try {
      repo.remove('_ctx/jobs/running');
      if (shape === 'file') repo.write('_ctx/jobs/running', 'not a folder\n');
      else {
        const target = makeTempDir('wo-toolkit-outside-running-');
        fs.writeFileSync(path.join(target, 'WO-0099.lock'), 'pid: 1\n');
        repo.symlink('_ctx/jobs/running', target);
      }
      expectClearRefusal(await run(repo, command, ...(command === 'gc' || command === 'retention-gc' ? ['--apply'] : [])), command, '_ctx/jobs/running');
    } finally {
      repo.cleanup();
    }
  });
});

describe('a configuration file named with --config', () => {
  test.each([
    ['/dev/zero', 'is a character device, not a regular file'],
    ['<outside>/fifo.yaml', 'is a FIFO (named pipe), not a regular file'],
    ['<outside>/huge.yaml', 'is 64 MiB, more than the 1 MiB wo-toolkit reads of one file'],
  ])('--config %s: exit 2, one line naming the option and the file', async (given, why) => {
    const repo = governedRepo();
    try {
      const fifo = path.join(outside, 'fifo.yaml');
      if (!fs.existsSync(fifo)) makeHostile(repo, 'fifo.yaml', 'fifo', outside);
      if (fs.existsSync(repo.path('fifo.yaml'))) fs.renameSync(repo.path('fifo.yaml'), fifo);
      const huge = path.join(outside, 'huge.yaml');
      fs.writeFileSync(huge, '');
      fs.truncateSync(huge, 64 * 1024 * 1024);
      const file = given.replace('<outside>', outside);
      const result = await runCliBundle(['audit', '--root', repo.root, '--config', file]);
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(`wo-toolkit audit: --config ${file}: ${why}\n`);
    } finally {
      repo.cleanup();
    }
  });
});
