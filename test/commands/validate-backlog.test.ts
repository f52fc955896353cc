import { cliArgs } from '../../src/cli/command.js';
import { readValidateBacklogSettings } from '../../src/commands/validate-backlog.js';

describe('readValidateBacklogSettings: every rule of every validate-backlog option', () => {
  test('strict is off unless given', () => {
    expect(readValidateBacklogSettings(cliArgs({})).strict).toBe(false);
    expect(readValidateBacklogSettings(cliArgs({ strict: true })).strict).toBe(true);
  });

  test('a bad date is a usage error naming the option', () => {
    expect(() => readValidateBacklogSettings(cliArgs({ today: '2026-13-01' }))).toThrow("--today: expected a date YYYY-MM-DD, got '2026-13-01'");
  });
});
