import fs from 'node:fs';
import path from 'node:path';
import { cliArgs } from '../../src/cli/command.js';
import { readAuditSettings } from '../../src/commands/audit.js';
import { makeTempDir } from '../helpers/repo.js';

/** Every rule of every audit option, read as from the command line (the actions label them `input '…'`). */
describe('readAuditSettings', () => {
  let dir: string;
  beforeAll(() => {
    dir = makeTempDir();
    fs.writeFileSync(path.join(dir, 'config.yaml'), 'retention_days: 30\n');
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('defaults: the current folder, no configuration file, fail on P0, today in UTC', () => {
    const settings = readAuditSettings(cliArgs({}));
    expect(settings.root).toEqual({ path: process.cwd(), given: '.', label: '--root' });
    expect(settings.config).toBeUndefined();
    expect(settings.failOn.tokens).toEqual(['P0']);
    expect(settings.today).toBe(settings.now.toISOString().slice(0, 10));
  });

  test('root and config resolve against the current folder and keep what the user wrote', () => {
    const settings = readAuditSettings(cliArgs({ root: dir, config: path.join(dir, 'config.yaml'), today: '2026-02-28', 'fail-on': 'p1, zombie_worktree\nsplit_brain' }));
    expect(settings.root.path).toBe(dir);
    expect(settings.config).toEqual({ path: path.join(dir, 'config.yaml'), given: path.join(dir, 'config.yaml'), label: '--config' });
    expect(settings.today).toBe('2026-02-28');
    expect(settings.failOn.tokens).toEqual(['P1', 'zombie_worktree', 'split_brain']);
  });

  test.each([
    [{ root: '/nonexistent/wo-toolkit' }, "--root: folder '/nonexistent/wo-toolkit' does not exist"],
    [{ root: 'package.json' }, "--root: 'package.json' is not a folder"],
    [{ config: '/nonexistent/config.yaml' }, "--config: file '/nonexistent/config.yaml' does not exist"],
    [{ config: 'test' }, "--config: 'test' is a folder, expected a file"],
    [{ today: '2026-02-30' }, "--today: expected a date YYYY-MM-DD, got '2026-02-30'"],
    [{ today: 'tomorrow' }, "--today: expected a date YYYY-MM-DD, got 'tomorrow'"],
    [{ 'fail-on': 'zombie' }, "--fail-on: unknown token 'zombie'"],
    [{ 'fail-on': 'P3' }, "--fail-on: unknown token 'P3'"],
    [{ 'fail-on': 'split-brain' }, "--fail-on: unknown token 'split-brain'"],
    [{ 'fail-on': 'all,bogus' }, "--fail-on: unknown token 'bogus'"],
    [{ 'fail-on': 'none,P0' }, "--fail-on: 'none' cannot be combined with other tokens"],
  ])('%j is a usage error naming the option', (values, message) => {
    expect(() => readAuditSettings(cliArgs(values))).toThrow(expect.objectContaining({ exitCode: 2, message: expect.stringContaining(message) }));
  });
});
