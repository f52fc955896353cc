import type { Command } from '../command.js';

export const reconcileCommand: Command = {
  name: 'reconcile',
  summary: 'repair split brains, missing locks, failed-but-running WOs and locks left behind (a plan unless --apply)',
  usage: '[--root DIR] [--apply] [--force] [--json FILE] [--config FILE]',
  help: [
    ['--apply', 'carry out the safe repairs (without it: plan only, write nothing)'],
    ['--force', 'with --apply: also remove split-brain copies that differ in more than status and the fields a WO gains as it moves (each saved first)'],
  ],
  options: { apply: { type: 'boolean' }, force: { type: 'boolean' } },
  async run(args) {
    const { formatReconcile, readReconcileSettings, runReconcile } = await import('../../commands/reconcile.js');
    const report = await runReconcile(readReconcileSettings(args));
    return { exitCode: report.exit_code, report, text: formatReconcile(report) };
  },
};
