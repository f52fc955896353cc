import type { Command } from '../command.js';

export const weeklyGateCommand: Command = {
  name: 'weekly-gate',
  summary: 'fail-closed health check: audit + gc; exit 1 on any P0 finding or expired whitelist entry',
  usage: '[--root DIR] [--json FILE] [--out-dir DIR] [--export-patches] [--today DATE] [--config FILE]',
  help: [
    ['--export-patches', 'write missing evidence for dirty worktrees first (gc --export-patch); default: gc dry run'],
    ['--out-dir DIR', 'write wo_audit_<ts>.json, wo_gc_<ts>.json, wo_weekly_gate_<ts>.json and .log there'],
  ],
  options: { 'export-patches': { type: 'boolean' }, 'out-dir': { type: 'string' } },
  async run(args) {
    const { formatWeeklyGate, readWeeklyGateSettings, runWeeklyGate } = await import('../../commands/weekly-gate.js');
    const report = await runWeeklyGate(readWeeklyGateSettings(args));
    return { exitCode: report.exit_code, report, text: formatWeeklyGate(report) };
  },
};
