import { SARIF_HELP, SARIF_OPTION, type Command } from '../command.js';

export const validateBacklogCommand: Command = {
  name: 'validate-backlog',
  summary: 'check the backlog, DoD catalog and WO files against their schemas and each other (exit 1 on errors)',
  usage: '[--root DIR] [--strict] [--json FILE] [--sarif FILE] [--config FILE] [--today DATE]',
  help: [['--strict', 'warnings count as errors (unknown keys, legacy paths, expired whitelist entries, ...)'], SARIF_HELP],
  options: { strict: { type: 'boolean' }, ...SARIF_OPTION },
  async run(args) {
    const { formatValidateBacklog, readValidateBacklogSettings, runValidateBacklog } = await import('../../commands/validate-backlog.js');
    const report = await runValidateBacklog(readValidateBacklogSettings(args));
    const { validateSarif } = await import('../../validate/sarif.js');
    return { exitCode: report.exit_code, report, text: formatValidateBacklog(report), sarif: () => validateSarif([...report.errors, ...report.warnings]) };
  },
};
