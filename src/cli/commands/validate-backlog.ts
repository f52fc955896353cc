import { str, type Command } from '../command.js';

export const validateBacklogCommand: Command = {
  name: 'validate-backlog',
  summary: 'check the backlog, DoD catalog and WO files against their schemas and each other (exit 1 on errors)',
  usage: '[--root DIR] [--strict] [--json FILE] [--config FILE] [--today DATE]',
  help: [['--strict', 'warnings count as errors (unknown keys, legacy paths, expired whitelist entries, ...)']],
  options: { strict: { type: 'boolean' } },
  async run(values) {
    const { formatValidateBacklog, runValidateBacklog } = await import('../../commands/validate-backlog.js');
    const report = await runValidateBacklog({
      root: str(values, 'root'),
      config: str(values, 'config'),
      strict: values['strict'] === true,
      today: str(values, 'today'),
    });
    return { exitCode: report.exit_code, report, text: formatValidateBacklog(report) };
  },
};
