import { UsageError } from '../../core/errors.js';
import { SARIF_HELP, SARIF_OPTION, type Command } from '../command.js';

export const auditCommand: Command = {
  name: 'audit',
  summary: 'read-only detection of work-order drift (exit 1 on findings matching --fail-on)',
  usage: '[--root DIR] [--fail-on LIST] [--json FILE | --out FILE] [--sarif FILE] [--today DATE] [--config FILE]',
  help: [
    ['--fail-on LIST', 'codes, P0/P1/P2, all or none, separated by commas or spaces (default: P0)'],
    ['--out FILE', 'same as --json'],
    SARIF_HELP,
  ],
  options: { 'fail-on': { type: 'string' }, out: { type: 'string' }, ...SARIF_OPTION },
  async run(args) {
    if (args.text('out') !== undefined && args.text('json') !== undefined) {
      throw new UsageError('--out and --json name the same report: give one of them');
    }
    const { formatAudit, readAuditSettings, runAudit } = await import('../../commands/audit.js');
    const report = await runAudit(readAuditSettings(args));
    const { auditSarif } = await import('../../audit/sarif.js');
    return { exitCode: report.exit_code, report, text: formatAudit(report), sarif: () => auditSarif(report.findings) };
  },
};
