import { str, type Command } from '../command.js';

export const reconcileCommand: Command = {
  name: 'reconcile',
  summary: 'repair split brains, missing locks, failed-but-running WOs and locks left behind (a plan unless --apply)',
  usage: '[--root DIR] [--apply] [--force] [--json FILE] [--config FILE]',
  help: [
    ['--apply', 'carry out the safe repairs (without it: plan only, write nothing)'],
    ['--force', 'with --apply: also remove split-brain copies that differ in more than status and the fields a WO gains as it moves (each saved first)'],
  ],
  options: { apply: { type: 'boolean' }, force: { type: 'boolean' } },
  async run(values) {
    const { formatReconcile, readReconcileSettings, runReconcile } = await import('../../commands/reconcile.js');
    const settings = readReconcileSettings({
      text: (name) => str(values, name),
      flag: (name) => (typeof values[name] === 'boolean' ? (values[name] as boolean) : undefined),
      label: (name) => `--${name}`,
    });
    const report = await runReconcile(settings);
    return { exitCode: report.exit_code, report, text: formatReconcile(report) };
  },
};
