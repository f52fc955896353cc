import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { stripColor } from '../../src/cli/terminal.js';
import { PROJECT_ROOT, runCliBundle } from '../helpers/bundles.js';
import { buildRealRepo, type RealRepo } from '../helpers/real-repo.js';

/**
 * Colour, wrapping, help and suggestions of the built CLI as a user meets them: piped (as in CI and
 * scripts) and on a real pseudo-terminal (`script`), with NO_COLOR and FORCE_COLOR.
 */

const CLI = path.join(PROJECT_ROOT, 'dist', 'cli', 'index.js');
const ESC = '\u001b[';

let real: RealRepo;
beforeAll(() => {
  real = buildRealRepo({ plant: ['ghostWorktree', 'zombieWorktrees', 'runningWithoutLock'] });
});
afterAll(() => real.cleanup());

/** Runs the CLI on a pseudo-terminal `columns` wide; returns what the terminal showed. */
function onTerminal(args: string[], env: NodeJS.ProcessEnv = {}, columns = 200): { code: number | null; screen: string } {
  const quoted = [process.execPath, CLI, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const base: NodeJS.ProcessEnv = { PATH: process.env['PATH'], HOME: process.env['HOME'], TERM: 'xterm-256color' };
  const result = spawnSync('script', ['-qec', `stty cols ${columns} rows 50; exec ${quoted}`, '/dev/null'], {
    env: { ...base, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, screen: result.stdout.replace(/\r\n/g, '\n') };
}

describe('colour', () => {
  test('on a terminal: severities and the verdict are coloured; the words are the same as piped', async () => {
    const piped = await runCliBundle(['audit', '--root', real.root]);
    const tty = onTerminal(['audit', '--root', real.root]);
    expect(tty.code).toBe(1);
    expect(tty.screen).toContain(`${ESC}1m${ESC}31mP0${ESC}39m${ESC}22m`);
    expect(tty.screen).toMatch(/FAIL/);
    expect(stripColor(tty.screen)).toBe(piped.stdout);
  });

  test('piped: no colour; NO_COLOR on a terminal: none; FORCE_COLOR piped: colour; FORCE_COLOR=0 on a terminal: none', async () => {
    const piped = await runCliBundle(['audit', '--root', real.root]);
    expect(piped.code).toBe(1);
    expect(piped.stdout).toContain('P0 (');
    expect(piped.stdout).not.toContain(ESC);

    const noColor = onTerminal(['audit', '--root', real.root], { NO_COLOR: '1' });
    expect(noColor.screen).toContain('P0 (');
    expect(noColor.screen).not.toContain(ESC);

    const forced = await runCliBundle(['audit', '--root', real.root], { env: { FORCE_COLOR: '1' } });
    expect(forced.stdout).toContain(`${ESC}1m${ESC}31mP0`);
    expect(stripColor(forced.stdout)).toBe(piped.stdout);

    const forcedOff = onTerminal(['audit', '--root', real.root], { FORCE_COLOR: '0' });
    expect(forcedOff.screen).not.toContain(ESC);
  });

  test('an error on a terminal stays one line with the same words', () => {
    const tty = onTerminal(['audit', '--root', real.root, '--today', '2026-13-01']);
    expect(tty.code).toBe(2);
    expect(stripColor(tty.screen)).toBe("wo-toolkit audit: --today: expected a date YYYY-MM-DD, got '2026-13-01'\n");
  });
});

describe('wrapping', () => {
  test('on a narrow terminal long lines wrap at word boundaries, never inside a word; piped output is not wrapped', async () => {
    const piped = await runCliBundle(['audit', '--root', real.root]);
    const longest = Math.max(...piped.stdout.split('\n').map((l) => l.length));
    expect(longest).toBeGreaterThan(60);
    const tty = onTerminal(['audit', '--root', real.root], { NO_COLOR: '1' }, 60);
    const lines = tty.screen.split('\n');
    for (const line of lines) if (line.length > 60) expect(line.trim()).not.toContain(' ');
    // The same words in the same order: nothing was cut in two.
    expect(tty.screen.split(/\s+/).filter(Boolean)).toEqual(piped.stdout.split(/\s+/).filter(Boolean));
    expect(lines.length).toBeGreaterThan(piped.stdout.split('\n').length);
  });
});

describe('help and suggestions', () => {
  test('`help <command>` prints that command\'s help, as `<command> --help` does', async () => {
    const help = await runCliBundle(['help', 'validate-backlog']);
    const flag = await runCliBundle(['validate-backlog', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toBe(flag.stdout);
    expect(help.stdout).toContain('--sarif FILE');
    expect((await runCliBundle(['help'])).stdout).toContain("Run 'wo-toolkit help <command>'");
  });

  test.each([
    [['audti'], "wo-toolkit: unknown command 'audti'; did you mean 'audit'? (expected one of: "],
    [['help', 'weekly-gat'], "wo-toolkit: unknown command 'weekly-gat'; did you mean 'weekly-gate'? (expected one of: "],
    [['audit', '--fail-no', 'P0'], "wo-toolkit audit: Unknown option '--fail-no'; did you mean --fail-on? (see 'wo-toolkit audit --help')"],
    [['gc', '--dry_run'], "wo-toolkit gc: Unknown option '--dry_run'; did you mean --dry-run? (see 'wo-toolkit gc --help')"],
  ])('%j: one line with a did-you-mean, exit 2', async (args, start) => {
    const run = await runCliBundle(args);
    expect(run.code).toBe(2);
    expect(run.stderr.startsWith(start)).toBe(true);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  test('no suggestion when nothing is close', async () => {
    const run = await runCliBundle(['deploy']);
    expect(run.stderr).not.toContain('did you mean');
  });
});
