import { cliArgs } from '../../src/cli/command.js';
import { readRetentionGcSettings } from '../../src/commands/retention-gc.js';

describe('readRetentionGcSettings: every rule of every retention-gc option', () => {
  const read = (values: Record<string, string | boolean>) => readRetentionGcSettings(cliArgs(values, { mode: ['dry-run', 'apply'] }));

  test('defaults: a dry run with the configured retention_days; --apply and --days as given', () => {
    expect(read({})).toMatchObject({ mode: 'dry-run', days: undefined });
    expect(read({ apply: true, days: '30' })).toMatchObject({ mode: 'apply', days: 30 });
  });

  test.each([
    [{ days: '0' }, "--days: expected a whole number >= 1, got '0'"],
    [{ days: '-5' }, "--days: expected a whole number >= 1, got '-5'"],
    [{ days: '1.5' }, "--days: expected a whole number >= 1, got '1.5'"],
    [{ days: 'abc' }, "--days: expected a whole number >= 1, got 'abc'"],
    [{ days: '99999999999999999999' }, '--days: expected a whole number >= 1'],
    [{ 'dry-run': true, apply: true }, '--dry-run and --apply: give only one of --dry-run, --apply'],
  ])('%j is a usage error naming the option', (values, message) => {
    expect(() => read(values)).toThrow(expect.objectContaining({ exitCode: 2, message: expect.stringContaining(message) }));
  });
});
