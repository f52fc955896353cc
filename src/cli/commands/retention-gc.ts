import type { Command } from '../command.js';

export const retentionGcCommand: Command = {
  name: 'retention-gc',
  summary: 'delete evidence patches older than --days, never what must stay (dry run unless --apply)',
  usage: '[--root DIR] [--days N] [--dry-run | --apply] [--json FILE] [--today DATE] [--config FILE]',
  help: [
    ['--days N', 'minimum age in days, a whole number >= 1 (default: retention_days, 90)'],
    ['--dry-run', 'report what would be deleted and write nothing (the default)'],
    ['--apply', 'delete the eligible files'],
  ],
  options: { days: { type: 'string' }, 'dry-run': { type: 'boolean' }, apply: { type: 'boolean' } },
  flagChoices: { mode: ['dry-run', 'apply'] },
  async run(args) {
    const { formatRetentionGc, readRetentionGcSettings, runRetentionGc } = await import('../../commands/retention-gc.js');
    const report = await runRetentionGc(readRetentionGcSettings(args));
    return { exitCode: report.exit_code, report, text: formatRetentionGc(report) };
  },
};
