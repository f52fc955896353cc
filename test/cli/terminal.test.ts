import { describe, expect, it } from '@jest/globals';
import { colorEnabled, didYouMean, stripColor, styler, wrapText, wrapWidth } from '../../src/cli/terminal.js';

describe('colour', () => {
  const tty = { isTTY: true, columns: 100 };
  const pipe = { isTTY: false };
  it('is on for a terminal, off when piped, off with NO_COLOR or TERM=dumb, and FORCE_COLOR wins', () => {
    expect(colorEnabled(tty, {})).toBe(true);
    expect(colorEnabled(pipe, {})).toBe(false);
    expect(colorEnabled(tty, { NO_COLOR: '1' })).toBe(false);
    expect(colorEnabled(tty, { NO_COLOR: '' })).toBe(true);
    expect(colorEnabled(tty, { TERM: 'dumb' })).toBe(false);
    expect(colorEnabled(pipe, { FORCE_COLOR: '1' })).toBe(true);
    expect(colorEnabled(pipe, { FORCE_COLOR: '' })).toBe(true);
    expect(colorEnabled(tty, { FORCE_COLOR: '0' })).toBe(false);
    expect(colorEnabled(tty, { FORCE_COLOR: 'false' })).toBe(false);
    expect(colorEnabled(pipe, { FORCE_COLOR: '1', NO_COLOR: '1' })).toBe(true);
  });

  it('styles only when enabled', () => {
    expect(styler(true).red('P0')).toBe('\u001b[31mP0\u001b[39m');
    expect(styler(false).red('P0')).toBe('P0');
    expect(stripColor(styler(true).bold('x'))).toBe('x');
  });
});

describe('wrapping', () => {
  it('wraps at word boundaries with a hanging indent, never inside a word', () => {
    const line = '  zombie_worktree WO-0018A worktree ../.worktrees/WO-0018A-with-a-very-long-folder-name (branch job/WO-0018A) is still there';
    const wrapped = wrapText(line, 40).split('\n');
    expect(wrapped.every((l) => l.length <= 40 || !l.trim().includes(' '))).toBe(true);
    expect(wrapped.join(' ').replace(/\s+/g, ' ').trim()).toBe(line.replace(/\s+/g, ' ').trim());
    expect(wrapped.slice(1).every((l) => l.startsWith('    '))).toBe(true);
    expect(wrapped).toContain('    ../.worktrees/WO-0018A-with-a-very-long-folder-name');
  });

  it('does not count colour codes as width, and leaves short lines and piped output alone', () => {
    const s = styler(true);
    const line = `${s.red('P0')} ${'word '.repeat(6).trim()}`;
    expect(wrapText(line, 33)).toBe(line);
    const long = 'x '.repeat(100);
    expect(wrapText(long, wrapWidth({ isTTY: false }))).toBe(long);
    expect(wrapWidth({ isTTY: true, columns: 120 })).toBe(120);
  });
});

describe('did you mean', () => {
  const commands = ['audit', 'gc', 'retention-gc', 'weekly-gate', 'validate-backlog'];
  it('suggests the closest command or flag for a typo', () => {
    expect(didYouMean('audti', commands)).toBe('audit');
    expect(didYouMean('weekly-gat', commands)).toBe('weekly-gate');
    expect(didYouMean('validate', commands)).toBe('validate-backlog');
    expect(didYouMean('fail-no', ['fail-on', 'root', 'json', 'today'])).toBe('fail-on');
    expect(didYouMean('dry_run', ['dry-run', 'apply', 'export-patch'])).toBe('dry-run');
  });

  it('stays silent when nothing is close', () => {
    expect(didYouMean('deploy', commands)).toBeUndefined();
    expect(didYouMean('x', ['root', 'json'])).toBeUndefined();
  });
});
